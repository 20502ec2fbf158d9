/* haven-migrations.c: the ordered schema steps
 *
 * Each step runs in one transaction and ends by setting user_version, so
 * a database is always at a whole step. Steps are never edited once
 * released: a change is a new step at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-migrations"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "haven-db.h"

static const char * const migrations[] = {
  /* 1: the whole domain. Every record has a stable uuid besides its row id
   * so that files can be exchanged between machines and merged. Dates are
   * ISO 8601 text (sortable, readable, portable to PostgreSQL). */
  "CREATE TABLE school ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  county TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL);"

  "CREATE TABLE term ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL);"

  "CREATE TABLE staff ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  role INTEGER NOT NULL DEFAULT 0,"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  updated_at TEXT NOT NULL);"

  "CREATE TABLE school_class ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  grade INTEGER NOT NULL DEFAULT 1,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  teacher_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"

  /* name_pinyin, name_initials and name_key are derived from name when
   * saved, so search and pinyin sorting are plain indexed SQL. missing
   * counts what a complete file still lacks, for the 建档率 and filter. */
  "CREATE TABLE child ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  gender INTEGER NOT NULL DEFAULT 0,"
  "  birth_date TEXT NOT NULL DEFAULT '',"
  "  id_number TEXT NOT NULL DEFAULT '',"
  "  school_class_id INTEGER REFERENCES school_class (id) ON DELETE SET NULL,"
  "  student_number TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  reason INTEGER NOT NULL DEFAULT 0,"
  "  personality TEXT NOT NULL DEFAULT '',"
  "  interests TEXT NOT NULL DEFAULT '',"
  "  talents TEXT NOT NULL DEFAULT '',"
  "  health TEXT NOT NULL DEFAULT '',"
  "  study_level INTEGER NOT NULL DEFAULT 0,"
  "  study_notes TEXT NOT NULL DEFAULT '',"
  "  boarding INTEGER NOT NULL DEFAULT 0,"
  "  hardship TEXT NOT NULL DEFAULT '',"
  "  aid TEXT NOT NULL DEFAULT '',"
  "  key_support INTEGER NOT NULL DEFAULT 0,"
  "  status INTEGER NOT NULL DEFAULT 0,"
  "  left_date TEXT NOT NULL DEFAULT '',"
  "  left_reason TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  name_pinyin TEXT NOT NULL DEFAULT '',"
  "  name_initials TEXT NOT NULL DEFAULT '',"
  "  name_key BLOB,"
  "  missing INTEGER NOT NULL DEFAULT 0,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX child_by_class ON child (school_class_id, name_key);"
  "CREATE INDEX child_by_name ON child (name_key);"
  "CREATE INDEX child_by_birthday ON child (substr (birth_date, 6, 5));"

  /* Two parents per child, one row each, so "who is away" is per parent. */
  "CREATE TABLE parent ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  role INTEGER NOT NULL,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  away INTEGER NOT NULL DEFAULT 0,"
  "  work_place TEXT NOT NULL DEFAULT '',"
  "  employer TEXT NOT NULL DEFAULT '',"
  "  employer_address TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  home_visits INTEGER NOT NULL DEFAULT 0,"
  "  updated_at TEXT NOT NULL,"
  "  UNIQUE (child_id, role));"
  "CREATE INDEX parent_by_phone ON parent (phone);"

  /* The current guardian; earlier ones live on in child_change. */
  "CREATE TABLE guardian ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL UNIQUE REFERENCES child (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  relationship INTEGER NOT NULL DEFAULT 0,"
  "  occupation TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  health TEXT NOT NULL DEFAULT '',"
  "  age INTEGER NOT NULL DEFAULT 0,"
  "  entrusted INTEGER NOT NULL DEFAULT 0,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX guardian_by_phone ON guardian (phone);"

  /* A mentor may be staff or someone from outside (爱心妈妈, a pupil). */
  "CREATE TABLE mentor ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL DEFAULT '',"
  "  kind INTEGER NOT NULL DEFAULT 0,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  organisation TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL);"

  "CREATE TABLE pairing ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  plan_schedule TEXT NOT NULL DEFAULT '',"
  "  plan_content TEXT NOT NULL DEFAULT '',"
  "  plan_goal TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX pairing_by_child ON pairing (child_id, end_date);"
  "CREATE INDEX pairing_by_mentor ON pairing (mentor_id, end_date);"

  "CREATE TABLE pairing_check ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  pairing_id INTEGER NOT NULL REFERENCES pairing (id) ON DELETE CASCADE,"
  "  date TEXT NOT NULL DEFAULT '',"
  "  progress INTEGER NOT NULL DEFAULT 0,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX pairing_check_by_pairing ON pairing_check (pairing_id, date);"

  /* lunar: the date was given in the lunar calendar (festivals) and each
   * recurrence falls on that lunar date. */
  "CREATE TABLE activity ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  type INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL DEFAULT '',"
  "  starts_at TEXT NOT NULL DEFAULT '',"
  "  ends_at TEXT NOT NULL DEFAULT '',"
  "  place TEXT NOT NULL DEFAULT '',"
  "  organiser_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  recurrence INTEGER NOT NULL DEFAULT 0,"
  "  recurrence_until TEXT NOT NULL DEFAULT '',"
  "  lunar INTEGER NOT NULL DEFAULT 0,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  term_id INTEGER REFERENCES term (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX activity_by_start ON activity (starts_at);"

  "CREATE TABLE attendance ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  occurrence_date TEXT NOT NULL DEFAULT '',"
  "  present INTEGER NOT NULL DEFAULT 1,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  updated_at TEXT NOT NULL,"
  "  UNIQUE (activity_id, child_id, occurrence_date));"
  "CREATE INDEX attendance_by_child ON attendance (child_id);"

  /* confidential talks (counselling) are shown only to their author and
   * counsellors; the flag travels with the row. */
  "CREATE TABLE talk ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  talker TEXT NOT NULL DEFAULT '',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  kind INTEGER NOT NULL DEFAULT 0,"
  "  topics INTEGER NOT NULL DEFAULT 0,"
  "  mood INTEGER NOT NULL DEFAULT 0,"
  "  content TEXT NOT NULL DEFAULT '',"
  "  problems TEXT NOT NULL DEFAULT '',"
  "  measures TEXT NOT NULL DEFAULT '',"
  "  follow_up_date TEXT NOT NULL DEFAULT '',"
  "  confidential INTEGER NOT NULL DEFAULT 0,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX talk_by_child ON talk (child_id, date);"
  "CREATE INDEX talk_by_date ON talk (date);"

  /* The dated history of each child's file (及时补充或变更). */
  "CREATE TABLE child_change ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  changed_at TEXT NOT NULL,"
  "  field TEXT NOT NULL,"
  "  old_value TEXT NOT NULL DEFAULT '',"
  "  new_value TEXT NOT NULL DEFAULT '',"
  "  author TEXT NOT NULL DEFAULT '',"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX child_change_by_child ON child_change (child_id, changed_at);"

  "PRAGMA user_version = 1;",

  /* 2: facts about the database itself, such as the collator version the
   * stored pinyin sort keys were made with. */
  "CREATE TABLE meta ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL DEFAULT '');"
  "PRAGMA user_version = 2;",

  /* 3: every phone of the file on the child's row, so a phone search is
   * one column scan instead of two lookups per child. */
  "ALTER TABLE child ADD COLUMN phones TEXT NOT NULL DEFAULT '';"
  "UPDATE child SET phones = coalesce ((SELECT group_concat (phone, ' ') FROM"
  "  (SELECT g.phone FROM guardian g WHERE g.child_id = child.id"
  "   UNION ALL SELECT p.phone FROM parent p WHERE p.child_id = child.id)), '');"
  "PRAGMA user_version = 3;",

  /* 4: who made each record (the session's staff member), the staff row
   * each OS account works as until staff sign in, and the child's
   * village (for pairing by village) and arrival date (for due rules). */
  "ALTER TABLE school ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE term ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE staff ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE school_class ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE child ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE parent ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE guardian ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE mentor ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE pairing ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE pairing_check ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE activity ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE attendance ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE talk ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE child_change ADD COLUMN created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL;"
  "ALTER TABLE staff ADD COLUMN os_account TEXT NOT NULL DEFAULT '';"
  "CREATE UNIQUE INDEX staff_by_account ON staff (os_account) WHERE os_account <> '';"
  "ALTER TABLE child ADD COLUMN village TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE child ADD COLUMN arrived_date TEXT NOT NULL DEFAULT '';"
  "PRAGMA user_version = 4;",

  /* 5: the pairing board. Each mentor's capacity (0: the school's
   * default, itself 0 for the usual 3), the file a pupil mentor is (or a
   * parent mentor's own child), the class a teacher mentor teaches, and
   * the name in pinyin for search and order (filled when the database
   * opens, haven-store-pairings.c); each pairing's kind, at first its
   * mentor's. */
  "ALTER TABLE school ADD COLUMN mentor_capacity INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE mentor ADD COLUMN capacity INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE mentor ADD COLUMN child_id INTEGER REFERENCES child (id) ON DELETE SET NULL;"
  "ALTER TABLE mentor ADD COLUMN school_class_id INTEGER REFERENCES school_class (id) ON DELETE SET NULL;"
  "ALTER TABLE mentor ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE mentor ADD COLUMN name_initials TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE mentor ADD COLUMN name_key BLOB;"
  "ALTER TABLE pairing ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;"
  "UPDATE pairing SET kind = coalesce ((SELECT m.kind FROM mentor m WHERE m.id = pairing.mentor_id), 0);"
  "CREATE INDEX mentor_by_staff ON mentor (staff_id);"
  "CREATE INDEX mentor_by_child ON mentor (child_id);"
  "PRAGMA user_version = 5;",

  /* 6: the calendar. A series keeps its rule on its row (weekdays of a
   * weekly series, the festival it follows); an occurrence edited, moved
   * or cancelled on its own is a row pointing at its series, with the day
   * it had there (RECURRENCE-ID). The classes an activity concerns are
   * rows of activity_class (none: every child). Attendance is kept per
   * occurrence, by the series and that day. Lunar activities used to keep
   * their lunar month and day in starts_at; the open hook converts them
   * to their Gregorian day once, as the key below asks. */
  "ALTER TABLE activity ADD COLUMN weekdays INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE activity ADD COLUMN topic INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE activity ADD COLUMN festival TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE activity ADD COLUMN series_id INTEGER REFERENCES activity (id) ON DELETE CASCADE;"
  "ALTER TABLE activity ADD COLUMN occurrence_date TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE activity ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE activity ADD COLUMN plan_key TEXT NOT NULL DEFAULT '';"
  "CREATE INDEX activity_by_series ON activity (series_id, occurrence_date);"
  "CREATE INDEX activity_by_plan ON activity (term_id, plan_key) WHERE plan_key <> '';"
  "CREATE TABLE activity_class ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,"
  "  school_class_id INTEGER NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL,"
  "  UNIQUE (activity_id, school_class_id));"
  "CREATE INDEX attendance_by_occurrence ON attendance (occurrence_date, activity_id);"
  "INSERT INTO meta (key, value) SELECT 'activity-lunar-days', 'lunar'"
  "  WHERE EXISTS (SELECT 1 FROM activity WHERE lunar = 1);"
  "PRAGMA user_version = 6;",

  /* 7: talk records and what is due. The family phone log is kept as talks
   * of the phone-call kind, with who answered and for how long; mood moves
   * onto the record card's 5-step scale (1 very low … 5 very good); the
   * due rules are the school's own rows, seeded with the seeds' defaults;
   * a child's care-risk flags are computed from the file on save (and redone
   * once on open, haven-store-due.c); the growth folder, individual plans
   * and their reviews are new records. */
  "ALTER TABLE talk ADD COLUMN call_with INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE talk ADD COLUMN minutes INTEGER NOT NULL DEFAULT 0;"
  "UPDATE talk SET mood = CASE mood WHEN 1 THEN 5 WHEN 2 THEN 4 WHEN 3 THEN 2 WHEN 4 THEN 2"
  "  WHEN 5 THEN 1 WHEN 6 THEN 1 ELSE 0 END;"
  /* Last done per child and kind is one index seek: the overdue scan. */
  "CREATE INDEX talk_by_child_kind ON talk (child_id, kind, date);"
  "CREATE INDEX talk_by_staff ON talk (staff_id, date);"
  "CREATE INDEX talk_by_follow_up ON talk (follow_up_date) WHERE follow_up_date <> '';"
  "ALTER TABLE child ADD COLUMN care_risk INTEGER NOT NULL DEFAULT 0;"

  "CREATE TABLE due_rule ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  rule INTEGER NOT NULL UNIQUE,"
  "  period INTEGER NOT NULL DEFAULT 1,"
  "  soon_days INTEGER NOT NULL DEFAULT 7,"
  "  term_days_only INTEGER NOT NULL DEFAULT 0,"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  /* rule: class talk, mentor talk, phone call, guardian contact, home
   * visit, plan review; period: week 0, month 1, term 2. */
  "INSERT INTO due_rule (uuid, rule, period, soon_days, term_days_only, updated_at) VALUES"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 0, 1, 7, 1, datetime ('now')),"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 1, 0, 2, 1, datetime ('now')),"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 2, 1, 7, 0, datetime ('now')),"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 3, 1, 7, 0, datetime ('now')),"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 4, 2, 14, 1, datetime ('now')),"
  "  ((lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' || substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + abs (random ()) % 4, 1) || substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))), 5, 1, 7, 0, datetime ('now'));"

  "CREATE TABLE growth_entry ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  kind INTEGER NOT NULL DEFAULT 0,"
  "  date TEXT NOT NULL DEFAULT '',"
  "  title TEXT NOT NULL DEFAULT '',"
  "  text TEXT NOT NULL DEFAULT '',"
  "  subject TEXT NOT NULL DEFAULT '',"
  "  score TEXT NOT NULL DEFAULT '',"
  "  photo BLOB,"
  "  thumbnail BLOB,"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX growth_by_child ON growth_entry (child_id, date);"

  "CREATE TABLE individual_plan ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  others TEXT NOT NULL DEFAULT '',"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  situation TEXT NOT NULL DEFAULT '',"
  "  goals TEXT NOT NULL DEFAULT '',"
  "  measures TEXT NOT NULL DEFAULT '',"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX plan_by_child ON individual_plan (child_id, start_date);"

  "CREATE TABLE plan_review ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  plan_id INTEGER NOT NULL REFERENCES individual_plan (id) ON DELETE CASCADE,"
  "  child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,"
  "  review_date TEXT NOT NULL DEFAULT '',"
  "  done_date TEXT NOT NULL DEFAULT '',"
  "  progress INTEGER NOT NULL DEFAULT 0,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
  "  updated_at TEXT NOT NULL);"
  "CREATE INDEX plan_review_by_plan ON plan_review (plan_id, review_date);"
  "CREATE INDEX plan_review_by_child ON plan_review (child_id, review_date);"
  "PRAGMA user_version = 7;",

  /* 8: the latest talk of each kind per child, kept by triggers, so the
   * overdue scan reads one row per child and kind, not every talk. A
   * talk moved or deleted recomputes its old child and kind from the
   * talk_by_child_kind index. */
  "CREATE TABLE talk_last ("
  "  child_id INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL,"
  "  date TEXT NOT NULL,"
  "  PRIMARY KEY (child_id, kind)) WITHOUT ROWID;"
  "INSERT INTO talk_last (child_id, kind, date)"
  "  SELECT child_id, kind, max (date) FROM talk WHERE date <> '' GROUP BY child_id, kind;"
  "CREATE TRIGGER talk_last_insert AFTER INSERT ON talk WHEN new.date <> '' BEGIN"
  "  INSERT INTO talk_last (child_id, kind, date) VALUES (new.child_id, new.kind, new.date)"
  "    ON CONFLICT (child_id, kind) DO UPDATE SET date = excluded.date WHERE excluded.date > date;"
  " END;"
  "CREATE TRIGGER talk_last_delete AFTER DELETE ON talk BEGIN"
  "  DELETE FROM talk_last WHERE child_id = old.child_id AND kind = old.kind;"
  "  INSERT INTO talk_last (child_id, kind, date)"
  "    SELECT old.child_id, old.kind, max (date) FROM talk"
  "    WHERE child_id = old.child_id AND kind = old.kind AND date <> '' HAVING max (date) IS NOT NULL;"
  " END;"
  "CREATE TRIGGER talk_last_update AFTER UPDATE OF child_id, kind, date ON talk BEGIN"
  "  DELETE FROM talk_last WHERE child_id = old.child_id AND kind = old.kind;"
  "  INSERT INTO talk_last (child_id, kind, date)"
  "    SELECT old.child_id, old.kind, max (date) FROM talk"
  "    WHERE child_id = old.child_id AND kind = old.kind AND date <> '' HAVING max (date) IS NOT NULL;"
  "  INSERT INTO talk_last (child_id, kind, date) SELECT new.child_id, new.kind, new.date WHERE new.date <> ''"
  "    ON CONFLICT (child_id, kind) DO UPDATE SET date = excluded.date WHERE excluded.date > date;"
  " END;"
  "PRAGMA user_version = 8;",
};

static gboolean
keep_copy_before_upgrade (HavenDb  *db,
                          int       version,
                          GError  **error)
{
  const char *path = haven_db_get_path (db);
  g_autofree char *suffix = NULL;
  g_autofree char *copy = NULL;
  sqlite3_stmt *stmt;

  if (g_str_equal (path, ":memory:"))
    return TRUE;

  suffix = g_strdup_printf (".schema-%d.bak", version);
  copy = g_strconcat (path, suffix, NULL);
  if (g_file_test (copy, G_FILE_TEST_EXISTS))
    return TRUE;

  /* VACUUM INTO writes a consistent copy, WAL included. */
  stmt = haven_db_prepare (db, "VACUUM INTO ?1", error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, copy);
  if (!haven_db_run (db, stmt, error))
    return FALSE;
  if (g_chmod (copy, 0600) != 0)
    g_debug ("Could not restrict permissions of the copy");
  return TRUE;
}

int
haven_migrations_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

gboolean
haven_migrations_run (HavenDb  *db,
                      GError  **error)
{
  int version = haven_db_get_user_version (db);

  if (version < 0)
    return haven_db_set_error (db, SQLITE_NOTADB, error);

  if (version > (int) G_N_ELEMENTS (migrations))
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_TOO_NEW,
                   _("This database was made by a newer version of Haven (schema %d). Please update Haven."),
                   version);
      return FALSE;
    }

  /* A file that holds data is kept as it was before its schema changes. */
  if (version > 0 && version < (int) G_N_ELEMENTS (migrations)
      && !keep_copy_before_upgrade (db, version, error))
    return FALSE;

  for (guint i = version; i < G_N_ELEMENTS (migrations); i++)
    {
      if (!haven_db_begin (db, error))
        return FALSE;
      if (!haven_db_exec (db, migrations[i], error))
        {
          haven_db_rollback (db);
          return FALSE;
        }
      if (!haven_db_commit (db, error))
        {
          haven_db_rollback (db);
          return FALSE;
        }
    }

  return TRUE;
}
