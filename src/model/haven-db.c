/* haven-db.c: one SQLite connection, owned by one thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "haven-db.h"

struct _HavenDb
{
  sqlite3      *handle;
  char         *path;
  GHashTable   *statements;   /* sql text (borrowed, static) → sqlite3_stmt (owned) */
  GThread      *owner;        /* a connection belongs to exactly one thread */
  GCancellable *cancellable;  /* borrowed for the duration of a job */
};

G_DEFINE_QUARK (haven-db-error-quark, haven_db_error)

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static int
progress_cb (void *user_data)
{
  HavenDb *db = user_data;

  /* Non-zero interrupts the running statement with SQLITE_INTERRUPT. */
  return db->cancellable != NULL && g_cancellable_is_cancelled (db->cancellable);
}

static inline void
assert_owner (HavenDb *db)
{
  g_assert (db != NULL);
  g_assert (db->owner == g_thread_self ());
}

gboolean
haven_db_set_error (HavenDb  *db,
                    int       rc,
                    GError  **error)
{
  HavenDbError code;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = HAVEN_DB_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = HAVEN_DB_ERROR_CONSTRAINT;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = HAVEN_DB_ERROR_CORRUPT;
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      code = HAVEN_DB_ERROR_OPEN;
      break;
    case SQLITE_INTERRUPT:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The operation was cancelled."));
      return FALSE;
    default:
      code = HAVEN_DB_ERROR_SQL;
      break;
    }

  g_set_error (error, HAVEN_DB_ERROR, code, _("Database error: %s"),
               db != NULL && db->handle != NULL ? sqlite3_errmsg (db->handle) : sqlite3_errstr (rc));
  return FALSE;
}

/* Creates the file (and its folder) readable by its owner only: the
 * database holds personal data of minors. */
static gboolean
ensure_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  /* An older file may have been made with looser permissions. */
  if (g_chmod (path, 0600) != 0)
    g_debug ("Could not restrict permissions of the database file");

  return TRUE;
}

HavenDb *
haven_db_open (const char  *path,
               GError     **error)
{
  HavenDb *db;
  gboolean in_memory;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  in_memory = g_str_equal (path, ":memory:");
  if (!in_memory && !ensure_private_file (path, error))
    return NULL;

  db = g_new0 (HavenDb, 1);
  db->path = g_strdup (path);
  db->owner = g_thread_self ();
  db->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);

  rc = sqlite3_open_v2 (path, &db->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      haven_db_set_error (db, rc, error);
      haven_db_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db->handle, TRUE);
  sqlite3_busy_timeout (db->handle, 5000);
  sqlite3_progress_handler (db->handle, 1000, progress_cb, db);

  if (!haven_db_exec (db,
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = FULL;"
                      "PRAGMA foreign_keys = ON;"
                      "PRAGMA secure_delete = ON;"
                      "PRAGMA temp_store = MEMORY;",
                      error)
      || !haven_migrations_run (db, error))
    {
      haven_db_close (db);
      return NULL;
    }

  return db;
}

void
haven_db_close (HavenDb *db)
{
  if (db == NULL)
    return;

  /* Statements must be finalized before the connection closes. */
  g_clear_pointer (&db->statements, g_hash_table_unref);
  if (db->handle != NULL)
    sqlite3_close_v2 (db->handle);
  g_free (db->path);
  g_free (db);
}

const char *
haven_db_get_path (HavenDb *db)
{
  return db->path;
}

sqlite3 *
haven_db_get_handle (HavenDb *db)
{
  assert_owner (db);
  return db->handle;
}

void
haven_db_set_cancellable (HavenDb      *db,
                          GCancellable *cancellable)
{
  db->cancellable = cancellable;
}

sqlite3_stmt *
haven_db_prepare (HavenDb     *db,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  assert_owner (db);

  /* Keyed on the pointer: every SQL text is a string literal. */
  stmt = g_hash_table_lookup (db->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (db->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      haven_db_set_error (db, rc, error);
      return NULL;
    }

  g_hash_table_insert (db->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
haven_db_step (HavenDb       *db,
               sqlite3_stmt  *stmt,
               gboolean      *has_row,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *has_row = TRUE;
      return TRUE;
    }

  *has_row = FALSE;
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  haven_db_set_error (db, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
haven_db_run (HavenDb       *db,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  gboolean has_row;

  if (!haven_db_step (db, stmt, &has_row, error))
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
haven_db_exec (HavenDb     *db,
               const char  *sql,
               GError     **error)
{
  int rc;

  assert_owner (db);
  rc = sqlite3_exec (db->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return haven_db_set_error (db, rc, error);
  return TRUE;
}

gboolean
haven_db_begin (HavenDb  *db,
                GError  **error)
{
  return haven_db_exec (db, "BEGIN IMMEDIATE", error);
}

gboolean
haven_db_commit (HavenDb  *db,
                 GError  **error)
{
  return haven_db_exec (db, "COMMIT", error);
}

void
haven_db_rollback (HavenDb *db)
{
  if (!sqlite3_get_autocommit (db->handle))
    sqlite3_exec (db->handle, "ROLLBACK", NULL, NULL, NULL);
}

gint64
haven_db_last_insert_id (HavenDb *db)
{
  return sqlite3_last_insert_rowid (db->handle);
}

int
haven_db_changes (HavenDb *db)
{
  return sqlite3_changes (db->handle);
}

int
haven_db_get_user_version (HavenDb *db)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  int version = -1;

  stmt = haven_db_prepare (db, "PRAGMA user_version", NULL);
  if (stmt != NULL && haven_db_step (db, stmt, &has_row, NULL) && has_row)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

void
haven_db_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

void
haven_db_bind_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
haven_db_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

char *
haven_db_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M:%S");
}
