/* haven-store-growth.c: a child's growth folder (成长记录袋)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-growth-entry.h"
#include "haven-store-features.h"
#include "haven-store-growth.h"

const HavenDerivedSql haven_growth_entry_derived_sql = {
  "c.name",
  "JOIN child c ON c.id = t.child_id",
};

static gpointer
latest_photo_job (HavenJob  *job,
                  gpointer   data,
                  GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  GBytes *thumbnail;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  stmt = haven_db_prepare (job->db,
                           "SELECT thumbnail FROM growth_entry WHERE child_id = ?1 AND kind = ?2"
                           " AND thumbnail IS NOT NULL ORDER BY date DESC, id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) data);
  sqlite3_bind_int (stmt, 2, HAVEN_GROWTH_PHOTO);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return NULL;
  thumbnail = has_row ? g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0))
                      : g_bytes_new (NULL, 0);
  sqlite3_reset (stmt);
  return thumbnail;
}

void
haven_store_latest_photo_async (HavenStore          *self,
                                gint64               child_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_latest_photo_async, latest_photo_job, haven_job_return_id (child_id),
                         g_free, (GDestroyNotify) g_bytes_unref, cancellable, callback, user_data);
}

GBytes *
haven_store_latest_photo_finish (HavenStore    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_latest_photo_async, error);
}
