/* haven-store-staff.c: which staff member is working
 *
 * Until staff sign in, an OS account works as one staff row; sign-in will
 * replace only how the session is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-staff.h"
#include "haven-store-private.h"
#include "haven-store-staff.h"

typedef struct
{
  char   *account;
  char   *real_name;
  gint64  staff_id;
} Account;

static void
account_free (Account *account)
{
  g_free (account->account);
  g_free (account->real_name);
  g_free (account);
}

static HavenSession *
session_of (HavenRecord *staff)
{
  return haven_session_new (haven_record_get_id (staff),
                            haven_record_get_string (staff, HAVEN_STAFF_NAME),
                            haven_record_get_int (staff, HAVEN_STAFF_ROLE));
}

/* The first id stmt finds, 0 for none, -1 on error. */
static gint64
first_id (HavenJob      *job,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  gboolean has_row;
  gint64 id;

  if (!haven_db_step (job->db, stmt, &has_row, error))
    return -1;
  id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return id;
}

static gpointer
account_session_job (HavenJob  *job,
                     gpointer   data,
                     GError   **error)
{
  Account *account = data;
  g_autoptr(HavenRecord) staff = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  if (!haven_job_ensure_open (job, error))
    return NULL;

  stmt = haven_db_prepare (job->db, "SELECT id FROM staff WHERE os_account = ?1", error);
  if (stmt == NULL)
    return NULL;
  haven_db_bind_text (stmt, 1, account->account);
  id = first_id (job, stmt, error);

  if (id == 0)
    {
      /* The headteacher's row nobody has taken yet, else a new one. */
      stmt = haven_db_prepare (job->db,
                               "SELECT id FROM staff WHERE os_account = '' AND role = ?1 AND active = 1"
                               " ORDER BY id LIMIT 1",
                               error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int (stmt, 1, HAVEN_STAFF_ROLE_HEADTEACHER);
      id = first_id (job, stmt, error);
    }
  if (id < 0)
    return NULL;

  if (id > 0)
    {
      staff = haven_job_load_record (job, HAVEN_TYPE_STAFF, id, NULL, error);
      if (staff == NULL)
        return NULL;
      if (g_str_equal (haven_record_get_string (staff, HAVEN_STAFF_ACCOUNT), account->account))
        return session_of (staff);
    }
  else
    {
      staff = HAVEN_RECORD (haven_staff_new ());
      haven_record_set_string (staff, HAVEN_STAFF_NAME, account->real_name);
      haven_record_set_int (staff, HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_HEADTEACHER);
      haven_record_set_int (staff, HAVEN_STAFF_ACTIVE, TRUE);
    }

  haven_record_set_string (staff, HAVEN_STAFF_ACCOUNT, account->account);
  if (!haven_job_write_record (job, staff, error))
    return NULL;
  haven_job_changed (job, HAVEN_TYPE_STAFF, haven_record_get_id (staff));
  return session_of (staff);
}

void
haven_store_account_session_async (HavenStore          *self,
                                   const char          *account,
                                   const char          *real_name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Account *data;

  g_return_if_fail (account != NULL && *account != '\0');

  data = g_new0 (Account, 1);
  data->account = g_strdup (account);
  data->real_name = g_strdup (real_name != NULL && *real_name != '\0' ? real_name : account);
  haven_store_queue_job (self, haven_store_account_session_async, account_session_job,
                         data, (GDestroyNotify) account_free, g_object_unref,
                         cancellable, callback, user_data);
}

HavenSession *
haven_store_account_session_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_account_session_async, error);
}

static gpointer
set_account_staff_job (HavenJob  *job,
                       gpointer   data,
                       GError   **error)
{
  Account *account = data;
  g_autoptr(HavenRecord) staff = NULL;
  sqlite3_stmt *stmt;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  staff = haven_job_load_record (job, HAVEN_TYPE_STAFF, account->staff_id, NULL, error);
  if (staff == NULL)
    return NULL;

  if (!haven_db_begin (job->db, error))
    return NULL;
  /* One row per account: the old row lets go first. */
  stmt = haven_db_prepare (job->db, "UPDATE staff SET os_account = '' WHERE os_account = ?1", error);
  if (stmt != NULL)
    haven_db_bind_text (stmt, 1, account->account);
  haven_record_set_string (staff, HAVEN_STAFF_ACCOUNT, account->account);
  if (stmt == NULL || !haven_db_run (job->db, stmt, error)
      || !haven_job_write_record (job, staff, error) || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  haven_job_changed (job, HAVEN_TYPE_STAFF, 0);
  return session_of (staff);
}

void
haven_store_set_account_staff_async (HavenStore          *self,
                                     const char          *account,
                                     gint64               staff_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Account *data;

  g_return_if_fail (account != NULL && *account != '\0');
  g_return_if_fail (staff_id > 0);

  data = g_new0 (Account, 1);
  data->account = g_strdup (account);
  data->staff_id = staff_id;
  haven_store_queue_job (self, haven_store_set_account_staff_async, set_account_staff_job,
                         data, (GDestroyNotify) account_free, g_object_unref,
                         cancellable, callback, user_data);
}

HavenSession *
haven_store_set_account_staff_finish (HavenStore    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_set_account_staff_async, error);
}
