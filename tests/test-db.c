/* test-db.c: the SQLite connection: file, pragmas, statement cache, errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-db"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "haven-db.h"
#include "haven-test-utils.h"

static HavenDb *
open_db (HavenTestDir *dir)
{
  g_autoptr(GError) error = NULL;
  HavenDb *db = haven_db_open (dir->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/* The first column of the one row a statement returns, as text. */
static char *
query_text (HavenDb    *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = haven_db_prepare (db, sql, &error);
  gboolean has_row = FALSE;
  char *text;

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  g_assert_true (haven_db_step (db, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);
  text = g_strdup (haven_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

static gint64
query_int (HavenDb    *db,
           const char *sql)
{
  g_autofree char *text = query_text (db, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

static void
test_db_file_private (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *folder = haven_test_dir_file (dir, "nested");
  g_autofree char *path = g_build_filename (folder, "haven.db", NULL);
  g_autoptr(GError) error = NULL;
  HavenDb *db;
  GStatBuf st;

  /* The folder does not exist yet: the database makes it, private too. */
  db = haven_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpstr (haven_db_get_path (db), ==, path);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* The write-ahead log holds the same data: it is private too. */
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_true (haven_db_exec (db, "INSERT INTO term (uuid, updated_at) VALUES ('t', 'now')", &error));
    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
  haven_db_close (db);

  /* A file made earlier with looser permissions is tightened. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  db = haven_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  haven_db_close (db);
}

static void
test_db_pragmas (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenDb *db = open_db (dir);
  g_autofree char *journal = query_text (db, "PRAGMA journal_mode");

  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  /* 2 is FULL: a power cut must not lose a saved file. */
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (db, "PRAGMA secure_delete"), ==, 1);
  /* 2 is MEMORY. */
  g_assert_cmpint (query_int (db, "PRAGMA temp_store"), ==, 2);

  haven_db_close (db);
}

static void
test_db_memory (void)
{
  g_autoptr(GError) error = NULL;
  HavenDb *db = haven_db_open (":memory:", &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_false (g_file_test (":memory:", G_FILE_TEST_EXISTS));
  g_assert_cmpint (haven_db_get_user_version (db), ==, haven_migrations_latest ());
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  haven_db_close (db);
}

static const char select_param_sql[] = "SELECT ?";
static const char select_one_sql[] = "SELECT 1";

static void
test_db_statement_cache (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db = open_db (dir);
  sqlite3_stmt *first;
  sqlite3_stmt *again;
  sqlite3_stmt *other;
  gboolean has_row;

  first = haven_db_prepare (db, select_param_sql, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);

  /* Step half-way, with a value bound. */
  sqlite3_bind_int (first, 1, 42);
  g_assert_true (haven_db_step (db, first, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_int (first, 0), ==, 42);

  /* The same literal gives the same statement, reset and unbound. */
  again = haven_db_prepare (db, select_param_sql, &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
  g_assert_true (haven_db_step (db, again, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_type (again, 0), ==, SQLITE_NULL);
  sqlite3_reset (again);

  other = haven_db_prepare (db, select_one_sql, &error);
  g_assert_no_error (error);
  g_assert_true (other != first);

  /* A statement that is done resets itself, so it can run again. */
  g_assert_true (haven_db_step (db, other, &has_row, &error));
  g_assert_true (has_row);
  g_assert_true (haven_db_step (db, other, &has_row, &error));
  g_assert_false (has_row);
  g_assert_true (haven_db_step (db, other, &has_row, &error));
  g_assert_true (has_row);
  sqlite3_reset (other);

  haven_db_close (db);
}

static const char insert_term_sql[] =
  "INSERT INTO term (uuid, name, updated_at) VALUES (?, ?, '2026-11-22 00:00:00')";
static const char insert_class_sql[] =
  "INSERT INTO school_class (uuid, teacher_id, updated_at) VALUES (?, ?, '2026-11-22 00:00:00')";
static const char select_term_name_sql[] = "SELECT name FROM term WHERE id = ?";
static const char select_class_teacher_sql[] = "SELECT teacher_id IS NULL FROM school_class WHERE id = ?";

static void
test_db_errors (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db = open_db (dir);
  sqlite3_stmt *stmt;

  /* A UNIQUE violation is a constraint error. */
  stmt = haven_db_prepare (db, insert_term_sql, &error);
  g_assert_no_error (error);
  haven_db_bind_text (stmt, 1, "same-uuid");
  haven_db_bind_text (stmt, 2, "2026秋");
  g_assert_true (haven_db_run (db, stmt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (haven_db_changes (db), ==, 1);
  g_assert_cmpint (haven_db_last_insert_id (db), >, 0);

  stmt = haven_db_prepare (db, insert_term_sql, &error);
  haven_db_bind_text (stmt, 1, "same-uuid");
  haven_db_bind_text (stmt, 2, "2027春");
  g_assert_false (haven_db_run (db, stmt, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "UNIQUE"));
  g_clear_error (&error);

  /* So is a foreign key to nowhere: foreign keys are enforced. */
  stmt = haven_db_prepare (db, insert_class_sql, &error);
  haven_db_bind_text (stmt, 1, "class-uuid");
  haven_db_bind_id (stmt, 2, 999);
  g_assert_false (haven_db_run (db, stmt, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Bad SQL is an SQL error, from prepare and from exec. */
  g_assert_null (haven_db_prepare (db, "SELEKT 1", &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL);
  g_clear_error (&error);
  g_assert_false (haven_db_exec (db, "SELECT * FROM no_such_table", &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL);
  g_assert_nonnull (strstr (error->message, "no_such_table"));
  g_clear_error (&error);

  /* The connection still works after errors. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM term"), ==, 1);

  /* Every code maps; NULL error is allowed. */
  g_assert_false (haven_db_set_error (db, SQLITE_BUSY, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_LOCKED, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_CORRUPT, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_CANTOPEN, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_READONLY, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_CONSTRAINT_FOREIGNKEY, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_INTERRUPT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (haven_db_set_error (NULL, SQLITE_ERROR, NULL));

  haven_db_close (db);
}

static void
test_db_bind (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db = open_db (dir);
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 term_id;
  gint64 class_id;

  /* NULL text is stored as '' (the columns are NOT NULL). */
  stmt = haven_db_prepare (db, insert_term_sql, &error);
  haven_db_bind_text (stmt, 1, "t1");
  haven_db_bind_text (stmt, 2, NULL);
  g_assert_true (haven_db_run (db, stmt, &error));
  g_assert_no_error (error);
  term_id = haven_db_last_insert_id (db);

  stmt = haven_db_prepare (db, select_term_name_sql, &error);
  sqlite3_bind_int64 (stmt, 1, term_id);
  g_assert_true (haven_db_step (db, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_type (stmt, 0), ==, SQLITE_TEXT);
  g_assert_cmpstr (haven_db_column_text (stmt, 0), ==, "");
  sqlite3_reset (stmt);

  /* Id 0 is bound as NULL, so an empty reference passes the foreign key. */
  stmt = haven_db_prepare (db, insert_class_sql, &error);
  haven_db_bind_text (stmt, 1, "c1");
  haven_db_bind_id (stmt, 2, 0);
  g_assert_true (haven_db_run (db, stmt, &error));
  g_assert_no_error (error);
  class_id = haven_db_last_insert_id (db);

  stmt = haven_db_prepare (db, select_class_teacher_sql, &error);
  sqlite3_bind_int64 (stmt, 1, class_id);
  g_assert_true (haven_db_step (db, stmt, &has_row, &error));
  g_assert_true (has_row);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_reset (stmt);

  /* A NULL column reads as "", never NULL. */
  stmt = haven_db_prepare (db, "SELECT NULL", &error);
  g_assert_true (haven_db_step (db, stmt, &has_row, &error));
  g_assert_cmpstr (haven_db_column_text (stmt, 0), ==, "");
  sqlite3_reset (stmt);

  haven_db_close (db);
}

static void
test_db_transactions (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db = open_db (dir);
  sqlite3_stmt *stmt;

  g_assert_true (haven_db_begin (db, &error));
  stmt = haven_db_prepare (db, insert_term_sql, &error);
  haven_db_bind_text (stmt, 1, "rolled-back");
  haven_db_bind_text (stmt, 2, "");
  g_assert_true (haven_db_run (db, stmt, &error));
  haven_db_rollback (db);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM term"), ==, 0);

  /* Rolling back outside a transaction does nothing. */
  haven_db_rollback (db);

  g_assert_true (haven_db_begin (db, &error));
  stmt = haven_db_prepare (db, insert_term_sql, &error);
  haven_db_bind_text (stmt, 1, "committed");
  haven_db_bind_text (stmt, 2, "");
  g_assert_true (haven_db_run (db, stmt, &error));
  g_assert_true (haven_db_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM term"), ==, 1);

  /* Nested BEGIN is an error, not a crash. */
  g_assert_true (haven_db_begin (db, &error));
  g_assert_false (haven_db_begin (db, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL);
  haven_db_rollback (db);

  haven_db_close (db);

  /* What was committed is in the file. */
  db = open_db (dir);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM term"), ==, 1);
  haven_db_close (db);
}

static const char count_forever_sql[] =
  "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)"
  " SELECT count (*) FROM n";

static void
test_db_cancel (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  HavenDb *db = open_db (dir);
  sqlite3_stmt *stmt;
  gboolean has_row;

  /* A long statement stops at once when its job is cancelled. */
  g_cancellable_cancel (cancellable);
  haven_db_set_cancellable (db, cancellable);
  stmt = haven_db_prepare (db, count_forever_sql, &error);
  g_assert_no_error (error);
  g_assert_false (haven_db_step (db, stmt, &has_row, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (has_row);
  g_clear_error (&error);

  /* Without the cancellable, work goes on. */
  haven_db_set_cancellable (db, NULL);
  g_assert_cmpint (query_int (db, "SELECT 7"), ==, 7);

  haven_db_close (db);
}

static void
test_db_not_a_database (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) junk = g_string_new (NULL);
  HavenDb *db;

  /* Something else, saved under the database's name. */
  for (guint i = 0; i < 400; i++)
    g_string_append (junk, "这不是数据库。This is not a database.\n");
  g_assert_true (g_file_set_contents (dir->path, junk->str, junk->len, &error));

  db = haven_db_open (dir->path, &error);
  g_assert_null (db);
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CORRUPT);
  g_clear_error (&error);

  /* The file is left as it was. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (dir->path, &contents, &length, NULL));
    g_assert_cmpmem (contents, length, junk->str, junk->len);
  }
}

static void
test_db_unreachable (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *file = haven_test_dir_file (dir, "plain-file");
  g_autofree char *path = g_build_filename (file, "haven.db", NULL);
  g_autoptr(GError) error = NULL;

  /* The folder is a file: an error, not a crash. */
  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_null (haven_db_open (path, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_clear_error (&error);

  /* So is the database path being a folder. */
  g_assert_null (haven_db_open (dir->dir, &error));
  g_assert_nonnull (error);
}

static void
test_db_now (void)
{
  g_autofree char *now = haven_db_now ();

  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                                       now, 0, 0));
}

static void
test_db_owner_thread (void)
{
  if (g_test_subprocess ())
    {
      /* In memory: the subprocess dies before it could clean up a folder. */
      HavenDb *db = haven_db_open (":memory:", NULL);
      GThread *thread;

      g_assert_nonnull (db);
      thread = g_thread_new ("intruder", (GThreadFunc) haven_db_get_handle, db);
      g_thread_join (thread);
      haven_db_close (db);
      return;
    }

  /* A connection belongs to the thread that opened it. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*assertion failed*owner*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/db/file-private", test_db_file_private);
  g_test_add_func ("/db/pragmas", test_db_pragmas);
  g_test_add_func ("/db/memory", test_db_memory);
  g_test_add_func ("/db/statement-cache", test_db_statement_cache);
  g_test_add_func ("/db/errors", test_db_errors);
  g_test_add_func ("/db/bind", test_db_bind);
  g_test_add_func ("/db/transactions", test_db_transactions);
  g_test_add_func ("/db/cancel", test_db_cancel);
  g_test_add_func ("/db/not-a-database", test_db_not_a_database);
  g_test_add_func ("/db/unreachable", test_db_unreachable);
  g_test_add_func ("/db/now", test_db_now);
  g_test_add_func ("/db/owner-thread", test_db_owner_thread);

  return g_test_run ();
}
