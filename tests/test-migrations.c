/* test-migrations.c: the ordered schema steps and user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-migrations"

#include "config.h"

#include <glib/gstdio.h>

#include "haven-db.h"
#include "haven-test-utils.h"

/* Every table of the domain; a new one must be added here too. */
static const char * const tables[] = {
  "activity",
  "activity_class",
  "attendance",
  "child",
  "child_change",
  "due_rule",
  "growth_entry",
  "guardian",
  "individual_plan",
  "mentor",
  "meta",
  "pairing",
  "pairing_check",
  "parent",
  "plan_review",
  "school",
  "school_class",
  "staff",
  "talk",
  "talk_last",
  "term",
};

static const char list_tables_sql[] =
  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
static const char count_schema_sql[] = "SELECT count (*) FROM sqlite_master";

static GPtrArray *
list_tables (HavenDb *db)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = haven_db_prepare (db, list_tables_sql, &error);

  g_assert_no_error (error);
  for (;;)
    {
      gboolean has_row;

      g_assert_true (haven_db_step (db, stmt, &has_row, &error));
      g_assert_no_error (error);
      if (!has_row)
        break;
      g_ptr_array_add (names, g_strdup (haven_db_column_text (stmt, 0)));
    }
  return g_steal_pointer (&names);
}

static int
count_schema (HavenDb *db)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = haven_db_prepare (db, count_schema_sql, &error);
  gboolean has_row;
  int n;

  g_assert_no_error (error);
  g_assert_true (haven_db_step (db, stmt, &has_row, &error));
  g_assert_true (has_row);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Runs SQL on the file with plain SQLite, as another program would. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static int
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  return value;
}

static void
test_migrations_fresh (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  HavenDb *db;

  g_assert_cmpint (haven_migrations_latest (), >=, 1);

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());

  names = list_tables (db);
  g_assert_cmpuint (names->len, ==, G_N_ELEMENTS (tables));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, tables[i]);

  haven_db_close (db);
}

static void
test_migrations_idempotent (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db;
  int n_schema;

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  n_schema = count_schema (db);
  g_assert_cmpint (n_schema, >, (int) G_N_ELEMENTS (tables));

  /* Running again on the open connection changes nothing. */
  g_assert_true (haven_migrations_run (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  g_assert_cmpint (count_schema (db), ==, n_schema);

  /* Data survives: a second run must not recreate tables. */
  g_assert_true (haven_db_exec (db,
                                "INSERT INTO staff (uuid, name, updated_at) VALUES ('s', '王老师', 'now')",
                                &error));
  g_assert_no_error (error);
  haven_db_close (db);

  /* Nor does opening the file again. */
  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  g_assert_cmpint (count_schema (db), ==, n_schema);
  haven_db_close (db);

  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM staff"), ==, 1);
}

static void
test_migrations_too_new (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", haven_migrations_latest () + 1);
  HavenDb *db;

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);

  /* On an open connection. */
  g_assert_true (haven_db_exec (db, bump, &error));
  g_assert_false (haven_migrations_run (db, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_TOO_NEW);
  g_clear_error (&error);
  haven_db_close (db);

  /* And when opening: an error, and the file is not touched. */
  g_assert_null (haven_db_open (dir->path, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_TOO_NEW);
  g_assert_cmpint (raw_int (dir->path, "PRAGMA user_version"), ==, haven_migrations_latest () + 1);
}

static void
test_migrations_atomic (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;

  /* A file at version 0 whose "term" table is in the way: the first step
   * fails part-way and must leave nothing of itself behind. */
  raw_exec (dir->path, "CREATE TABLE term (x);");

  g_assert_null (haven_db_open (dir->path, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL);

  g_assert_cmpint (raw_int (dir->path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM sqlite_master WHERE name = 'school'"), ==, 0);
  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM sqlite_master"), ==, 1);
}

static void
test_migrations_empty_file (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db;

  /* An empty file (say, one made by touch) is a new database. */
  g_assert_true (g_file_set_contents (dir->path, "", 0, NULL));
  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  haven_db_close (db);
}

/* What step 5 (the pairing board) added, to make an older file. */
#define PAIRING_BOARD_DROPS \
  "DROP INDEX mentor_by_staff;" \
  "DROP INDEX mentor_by_child;" \
  "ALTER TABLE school DROP COLUMN mentor_capacity;" \
  "ALTER TABLE mentor DROP COLUMN capacity;" \
  "ALTER TABLE mentor DROP COLUMN child_id;" \
  "ALTER TABLE mentor DROP COLUMN school_class_id;" \
  "ALTER TABLE mentor DROP COLUMN name_pinyin;" \
  "ALTER TABLE mentor DROP COLUMN name_initials;" \
  "ALTER TABLE mentor DROP COLUMN name_key;" \
  "ALTER TABLE pairing DROP COLUMN kind;"

/* What step 6 (the calendar) added. Its activity columns include a
 * reference, which SQLite drops only with the table. */
#define CALENDAR_DROPS \
  "DROP TABLE activity_class;" \
  "DROP INDEX attendance_by_occurrence;" \
  "DROP TABLE activity;" \
  "CREATE TABLE activity (" \
  "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, type INTEGER NOT NULL DEFAULT 0," \
  "  title TEXT NOT NULL DEFAULT '', starts_at TEXT NOT NULL DEFAULT '', ends_at TEXT NOT NULL DEFAULT ''," \
  "  place TEXT NOT NULL DEFAULT '', organiser_id INTEGER REFERENCES staff (id) ON DELETE SET NULL," \
  "  recurrence INTEGER NOT NULL DEFAULT 0, recurrence_until TEXT NOT NULL DEFAULT ''," \
  "  lunar INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT ''," \
  "  term_id INTEGER REFERENCES term (id) ON DELETE SET NULL, updated_at TEXT NOT NULL," \
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL);" \
  "CREATE INDEX activity_by_start ON activity (starts_at);"

/* What steps 7 and 8 (talk records and what is due, the latest talks)
 * added. */
#define TALKS_DROPS \
  "DROP TRIGGER talk_last_insert;" \
  "DROP TRIGGER talk_last_update;" \
  "DROP TRIGGER talk_last_delete;" \
  "DROP TABLE talk_last;" \
  "DROP TABLE plan_review;" \
  "DROP TABLE individual_plan;" \
  "DROP TABLE growth_entry;" \
  "DROP TABLE due_rule;" \
  "DROP INDEX talk_by_child_kind;" \
  "DROP INDEX talk_by_staff;" \
  "DROP INDEX talk_by_follow_up;" \
  "ALTER TABLE talk DROP COLUMN call_with;" \
  "ALTER TABLE talk DROP COLUMN minutes;" \
  "ALTER TABLE child DROP COLUMN care_risk;"

/* Every step after 4, for a file as schema 4 left it. */
#define SINCE_4_DROPS CALENDAR_DROPS PAIRING_BOARD_DROPS TALKS_DROPS

/* A file with data is copied before its schema changes, and the new
 * step fills its new column from what was there. */
static void
test_migrations_upgrade_keeps_copy (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *path = haven_test_dir_file (dir, "old.db");
  g_autofree char *copy = g_strconcat (path, ".schema-2.bak", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  HavenDb *db;

  db = haven_db_open (path, &error);
  g_assert_no_error (error);
  haven_db_close (db);

  /* Make it a version-2 file with one child, as an older Haven left it. */
  raw_exec (path,
            "INSERT INTO child (id, uuid, name, updated_at) VALUES (1, 'c1', '张小明', 'now');"
            "INSERT INTO guardian (uuid, child_id, phone, updated_at) VALUES ('g1', 1, '13800138000', 'now');"
            "INSERT INTO parent (uuid, child_id, role, phone, updated_at) VALUES ('p1', 1, 0, '13900139000', 'now');"
            "ALTER TABLE child DROP COLUMN phones;"
            /* And what steps 4 and later added. */
            CALENDAR_DROPS
            "ALTER TABLE school DROP COLUMN created_by;"
            "ALTER TABLE term DROP COLUMN created_by;"
            "ALTER TABLE staff DROP COLUMN created_by;"
            "ALTER TABLE school_class DROP COLUMN created_by;"
            "ALTER TABLE child DROP COLUMN created_by;"
            "ALTER TABLE parent DROP COLUMN created_by;"
            "ALTER TABLE guardian DROP COLUMN created_by;"
            "ALTER TABLE mentor DROP COLUMN created_by;"
            "ALTER TABLE pairing DROP COLUMN created_by;"
            "ALTER TABLE pairing_check DROP COLUMN created_by;"
            "ALTER TABLE activity DROP COLUMN created_by;"
            "ALTER TABLE attendance DROP COLUMN created_by;"
            "ALTER TABLE talk DROP COLUMN created_by;"
            "ALTER TABLE child_change DROP COLUMN created_by;"
            "DROP INDEX staff_by_account;"
            "ALTER TABLE staff DROP COLUMN os_account;"
            "ALTER TABLE child DROP COLUMN village;"
            "ALTER TABLE child DROP COLUMN arrived_date;"
            PAIRING_BOARD_DROPS
            TALKS_DROPS
            "PRAGMA user_version = 2;");
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));

  db = haven_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  haven_db_close (db);

  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (raw_int (copy, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (raw_int (copy, "SELECT count (*) FROM child"), ==, 1);
  g_assert_cmpint (raw_int (path, "SELECT count (*) FROM child WHERE phones LIKE '%13800138000%'"
                                  " AND phones LIKE '%13900139000%'"), ==, 1);
  g_unlink (copy);
}

/* A version-4 file's pairings take their mentor's kind, and its mentors
 * the school's default capacity. */
static void
test_migrations_pairing_board (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db;

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  haven_db_close (db);

  raw_exec (dir->path,
            SINCE_4_DROPS
            "INSERT INTO child (id, uuid, name, updated_at) VALUES (1, 'c1', '张小明', 'now');"
            "INSERT INTO mentor (id, uuid, name, kind, updated_at) VALUES (7, 'm7', '李小红', 2, 'now');"
            "INSERT INTO pairing (uuid, child_id, mentor_id, start_date, updated_at)"
            " VALUES ('p1', 1, 7, '2026-09-01', 'now');"
            "PRAGMA user_version = 4;");

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  haven_db_close (db);

  g_assert_cmpint (raw_int (dir->path, "SELECT kind FROM pairing"), ==, 2);
  g_assert_cmpint (raw_int (dir->path, "SELECT capacity FROM mentor WHERE id = 7"), ==, 0);
  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM mentor WHERE child_id IS NULL AND name_pinyin = ''"), ==, 1);
}

/* Step 7: the old moods land on the 5-step scale, the due rules are
 * seeded with the seeds' defaults, each with a uuid of its own. */
static void
test_migrations_talks_and_due (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db;

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  haven_db_close (db);

  /* As schema 4 left it: no step 5 on, talks with the old moods (1 happy,
   * 2 calm, 3 low, 4 anxious, 5 withdrawn, 6 angry). */
  raw_exec (dir->path,
            SINCE_4_DROPS
            "INSERT INTO child (id, uuid, name, updated_at) VALUES (1, 'c1', '张小明', 'now');"
            "INSERT INTO talk (uuid, child_id, mood, updated_at) VALUES"
            "  ('t0', 1, 0, 'now'), ('t1', 1, 1, 'now'), ('t2', 1, 2, 'now'), ('t3', 1, 3, 'now'),"
            "  ('t4', 1, 4, 'now'), ('t5', 1, 5, 'now'), ('t6', 1, 6, 'now');"
            "PRAGMA user_version = 4;");

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  haven_db_close (db);

  g_assert_cmpint (raw_int (dir->path, "SELECT group_concat (mood, '') FROM (SELECT mood FROM talk ORDER BY uuid)"),
                   ==, 542211);
  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM due_rule"), ==, 6);
  g_assert_cmpint (raw_int (dir->path, "SELECT count (DISTINCT uuid) FROM due_rule WHERE length (uuid) = 36"), ==, 6);
  /* Class talk monthly on term days, soon 7; mentor weekly, soon 2; home
   * visit each term, soon 14. */
  g_assert_cmpint (raw_int (dir->path, "SELECT period * 100 + soon_days * 10 + term_days_only FROM due_rule WHERE rule = 0"), ==, 171);
  g_assert_cmpint (raw_int (dir->path, "SELECT period * 100 + soon_days * 10 + term_days_only FROM due_rule WHERE rule = 1"), ==, 21);
  g_assert_cmpint (raw_int (dir->path, "SELECT period * 1000 + soon_days * 10 + term_days_only FROM due_rule WHERE rule = 4"), ==, 2141);
}

/* Step 8: the latest talk per child and kind is filled from the talks
 * there are, then kept by the triggers through inserts, moves and
 * deletes. */
static void
test_migrations_talk_last (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db;

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  haven_db_close (db);

  /* As schema 7 left it, with talks. */
  raw_exec (dir->path,
            "DROP TRIGGER talk_last_insert; DROP TRIGGER talk_last_update; DROP TRIGGER talk_last_delete;"
            "DROP TABLE talk_last;"
            "INSERT INTO child (id, uuid, name, updated_at) VALUES (1, 'c1', '张小明', 'now'), (2, 'c2', '李红', 'now');"
            "INSERT INTO talk (id, uuid, child_id, kind, date, updated_at) VALUES"
            "  (1, 't1', 1, 0, '2026-10-09', 'now'), (2, 't2', 1, 0, '2026-11-03', 'now'),"
            "  (3, 't3', 1, 4, '2026-11-20', 'now'), (4, 't4', 2, 0, '', 'now');"
            "PRAGMA user_version = 7;");

  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  haven_db_close (db);

#define LAST(child, kind) \
  raw_int (dir->path, "SELECT coalesce ((SELECT replace (date, '-', '') FROM talk_last" \
                      " WHERE child_id = " #child " AND kind = " #kind "), 0)")
  g_assert_cmpint (LAST (1, 0), ==, 20261103);
  g_assert_cmpint (LAST (1, 4), ==, 20261120);
  /* A talk without a date is nobody's last. */
  g_assert_cmpint (LAST (2, 0), ==, 0);

  /* A newer talk is the last; an older one is not. */
  raw_exec (dir->path, "INSERT INTO talk (id, uuid, child_id, kind, date, updated_at) VALUES"
                       " (5, 't5', 1, 0, '2026-11-25', 'now'), (6, 't6', 1, 0, '2026-09-01', 'now');");
  g_assert_cmpint (LAST (1, 0), ==, 20261125);
  /* The last one deleted: the one before it. */
  raw_exec (dir->path, "DELETE FROM talk WHERE id = 5;");
  g_assert_cmpint (LAST (1, 0), ==, 20261103);
  /* Moved to another child, another kind, another day. */
  raw_exec (dir->path, "UPDATE talk SET child_id = 2 WHERE id = 2;");
  g_assert_cmpint (LAST (1, 0), ==, 20261009);
  g_assert_cmpint (LAST (2, 0), ==, 20261103);
  raw_exec (dir->path, "UPDATE talk SET kind = 4, date = '2026-11-28' WHERE id = 1;");
  g_assert_cmpint (LAST (1, 0), ==, 20260901);
  g_assert_cmpint (LAST (1, 4), ==, 20261128);
  raw_exec (dir->path, "UPDATE talk SET date = '' WHERE id = 4; UPDATE talk SET date = '2026-08-01' WHERE id = 1;");
  g_assert_cmpint (LAST (1, 4), ==, 20261120);
  /* Every row agrees with the talks, and no row is left over. */
  g_assert_cmpint (raw_int (dir->path,
                            "SELECT count (*) FROM talk_last l FULL JOIN"
                            " (SELECT child_id, kind, max (date) AS date FROM talk WHERE date <> ''"
                            "  GROUP BY child_id, kind) t USING (child_id, kind)"
                            " WHERE l.date IS NOT t.date"), ==, 0);
  /* A child deleted takes its talks, and their rows, with it. */
  raw_exec (dir->path, "PRAGMA foreign_keys = ON; DELETE FROM child WHERE id = 1;");
  g_assert_cmpint (raw_int (dir->path, "SELECT count (*) FROM talk_last WHERE child_id = 1"), ==, 0);
#undef LAST
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/migrations/fresh", test_migrations_fresh);
  g_test_add_func ("/migrations/idempotent", test_migrations_idempotent);
  g_test_add_func ("/migrations/too-new", test_migrations_too_new);
  g_test_add_func ("/migrations/atomic", test_migrations_atomic);
  g_test_add_func ("/migrations/empty-file", test_migrations_empty_file);
  g_test_add_func ("/migrations/upgrade-keeps-copy", test_migrations_upgrade_keeps_copy);
  g_test_add_func ("/migrations/pairing-board", test_migrations_pairing_board);
  g_test_add_func ("/migrations/talks-and-due", test_migrations_talks_and_due);
  g_test_add_func ("/migrations/talk-last", test_migrations_talk_last);

  return g_test_run ();
}
