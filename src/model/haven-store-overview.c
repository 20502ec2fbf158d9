/* haven-store-overview.c: the figures of the overview and the work summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-pairing-rules.h"
#include "haven-store-overview.h"
#include "haven-store-features.h"
#include "haven-store-private.h"

G_DEFINE_BOXED_TYPE (HavenOverview, haven_overview, haven_overview_copy, haven_overview_free)

HavenOverview *
haven_overview_copy (const HavenOverview *overview)
{
  return g_memdup2 (overview, sizeof *overview);
}

void
haven_overview_free (HavenOverview *overview)
{
  g_free (overview);
}

static gboolean
count (HavenDb     *db,
       const char  *sql,
       const char  *today,
       guint       *out,
       GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    haven_db_bind_text (stmt, 1, today);
  if (!haven_db_step (db, stmt, &has_row, error))
    return FALSE;
  *out = has_row ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

#define ON_ROLL "c.deleted = 0 AND c.status = 0"

static HavenOverview *
compute (HavenDb     *db,
         const char  *today,
         GError     **error)
{
  g_autoptr(HavenOverview) overview = g_new0 (HavenOverview, 1);
  gboolean ok;

  if (!haven_db_exec (db, "BEGIN", error))
    return NULL;

  ok = count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL, today, &overview->children, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL " AND c.missing = 0", today, &overview->complete, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL " AND c.key_support = 1", today, &overview->key_support, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND EXISTS (SELECT 1 FROM pairing p WHERE p.child_id = c.id"
                  "   AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?1") ")",
              today, &overview->paired, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND EXISTS (SELECT 1 FROM talk t WHERE t.child_id = c.id"
                  "   AND t.date >= substr (?1, 1, 8) || '01' AND t.date <= ?1)",
              today, &overview->talked_this_month, error)
    /* The month's talks straight from talk_by_date, less those of the
     * few deleted children: no lookup of a child per talk. */
    && count (db, "SELECT (SELECT count (*) FROM talk WHERE date >= substr (?1, 1, 8) || '01' AND date <= ?1)"
                  " - (SELECT count (*) FROM talk t WHERE t.child_id IN (SELECT id FROM child WHERE deleted = 1)"
                  "    AND t.date >= substr (?1, 1, 8) || '01' AND t.date <= ?1)",
              today, &overview->talks_this_month, error)
    /* A follow-up is due when its date has come and no later talk with
     * the child has happened since. */
    && count (db, "SELECT count (*) FROM talk t JOIN child c ON c.id = t.child_id WHERE " ON_ROLL
                  " AND t.follow_up_date <> '' AND t.follow_up_date <= ?1"
                  " AND NOT EXISTS (SELECT 1 FROM talk u WHERE u.child_id = t.child_id"
                  "   AND u.date >= t.follow_up_date)",
              today, &overview->follow_ups_due, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND substr (c.birth_date, 6, 2) = substr (?1, 6, 2)",
              today, &overview->birthdays_this_month, error)
    /* Over the capacity that applies to each mentor (the board marks
     * them); the children on the roll once as a set, not looked up per
     * pairing in mentor order. */
    && count (db, "SELECT count (*) FROM (SELECT p.mentor_id FROM pairing p"
                  " JOIN mentor m ON m.id = p.mentor_id"
                  " WHERE " HAVEN_PAIRING_CURRENT_SQL ("p", "?1")
                  "  AND p.child_id IN (SELECT c.id FROM child c WHERE " ON_ROLL ")"
                  " GROUP BY p.mentor_id HAVING count (*) > " HAVEN_MENTOR_CAPACITY_SQL ("m") ")",
              today, &overview->mentors_overloaded, error)
    && count (db, "SELECT count (*) FROM staff WHERE active = 1", today, &overview->staff, error)
    && count (db, "SELECT count (*) FROM school_class", today, &overview->classes, error);

  haven_db_rollback (db);
  return ok ? g_steal_pointer (&overview) : NULL;
}

static gpointer
overview_job (HavenJob  *job,
              gpointer   data,
              GError   **error)
{
  g_autoptr(HavenOverview) overview = NULL;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  overview = compute (job->db, data, error);
  /* Occurrences, not rows: a weekly group counts each week it meets. */
  if (overview == NULL
      || !haven_job_count_occurrences (job, data, HAVEN_OVERVIEW_DAYS_AHEAD, &overview->activities_ahead, error))
    return NULL;
  return g_steal_pointer (&overview);
}

void
haven_store_overview_async (HavenStore          *self,
                            const char          *today,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  haven_store_queue_job_full (self, haven_store_overview_async, HAVEN_JOB_PRIORITY_BACKGROUND, overview_job,
                         today != NULL && *today != '\0' ? g_strdup (today) : g_date_time_format (now, "%Y-%m-%d"),
                         g_free, (GDestroyNotify) haven_overview_free,
                         cancellable, callback, user_data);
}

HavenOverview *
haven_store_overview_finish (HavenStore    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_overview_async, error);
}

static gpointer
has_school_job (HavenJob  *job,
                gpointer   data,
                GError   **error)
{
  guint has_school = 0;

  if (!haven_job_ensure_open (job, error)
      || !count (job->db, "SELECT EXISTS (SELECT 1 FROM child) OR EXISTS (SELECT 1 FROM school_class)",
                 NULL, &has_school, error))
    return NULL;
  /* The job's result must not be NULL: TRUE and FALSE as 2 and 1. */
  return GUINT_TO_POINTER (has_school ? 2 : 1);
}

void
haven_store_has_school_async (HavenStore          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  haven_store_queue_job (self, haven_store_has_school_async, has_school_job, NULL, NULL, NULL,
                         cancellable, callback, user_data);
}

gboolean
haven_store_has_school_finish (HavenStore    *self,
                               GAsyncResult  *result,
                               gboolean      *has_school,
                               GError       **error)
{
  gpointer answer = haven_store_finish_job (self, result, haven_store_has_school_async, error);

  if (answer == NULL)
    return FALSE;
  if (has_school != NULL)
    *has_school = GPOINTER_TO_UINT (answer) == 2;
  return TRUE;
}
