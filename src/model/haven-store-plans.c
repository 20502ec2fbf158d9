/* haven-store-plans.c: individual plans (个别教育管理方案) and their reviews
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-store-features.h"
#include "haven-store-plans.h"

const HavenDerivedSql haven_plan_derived_sql = {
  "c.name, coalesce (s.name, ''),"
  " coalesce ((SELECT min (r.review_date) FROM plan_review r WHERE r.plan_id = t.id AND r.done_date = ''"
  "   AND r.review_date <> ''), '')",
  "JOIN child c ON c.id = t.child_id LEFT JOIN staff s ON s.id = t.staff_id",
};

typedef struct
{
  HavenRecord *plan;      /* owned */
  GPtrArray   *reviews;   /* owned copies */
  GArray      *removed;   /* owned, may be NULL */
} SavePlan;

static void
save_plan_free (SavePlan *save)
{
  g_clear_object (&save->plan);
  g_clear_pointer (&save->reviews, g_ptr_array_unref);
  g_clear_pointer (&save->removed, g_array_unref);
  g_free (save);
}

static gboolean
checked (HavenRecord  *record,
         const GDate  *today,
         GError      **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  const HavenProblem *problem;

  haven_record_normalise (record);
  problems = haven_record_check (record, today);
  problem = haven_problems_first_error (problems);
  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, problem->message);
  return FALSE;
}

static gboolean
write_plan (HavenJob     *job,
            SavePlan     *save,
            const GDate  *today,
            GError      **error)
{
  gint64 plan_id, child_id;

  if (!checked (save->plan, today, error) || !haven_job_write_record (job, save->plan, error))
    return FALSE;
  plan_id = haven_record_get_id (save->plan);
  child_id = haven_record_get_ref (save->plan, HAVEN_PLAN_CHILD_ID);

  for (guint i = 0; i < save->reviews->len; i++)
    {
      HavenRecord *review = g_ptr_array_index (save->reviews, i);

      haven_record_set_ref (review, HAVEN_PLAN_REVIEW_PLAN_ID, plan_id);
      haven_record_set_ref (review, HAVEN_PLAN_REVIEW_CHILD_ID, child_id);
      if (!checked (review, today, error) || !haven_job_write_record (job, review, error))
        return FALSE;
    }

  for (guint i = 0; save->removed != NULL && i < save->removed->len; i++)
    if (!haven_job_delete_record (job, HAVEN_TYPE_PLAN_REVIEW, g_array_index (save->removed, gint64, i), error))
      return FALSE;
  return TRUE;
}

static gpointer
save_plan_job (HavenJob  *job,
               gpointer   data,
               GError   **error)
{
  SavePlan *save = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 old_id = haven_record_get_id (save->plan);
  GDate today;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (!haven_db_begin (job->db, error))
    return NULL;
  if (!write_plan (job, save, &today, error) || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      haven_record_set_id (save->plan, old_id);
      return NULL;
    }

  haven_job_changed (job, HAVEN_TYPE_PLAN, haven_record_get_id (save->plan));
  haven_job_changed (job, HAVEN_TYPE_PLAN_REVIEW, 0);
  return haven_job_return_id (haven_record_get_id (save->plan));
}

void
haven_store_save_plan_async (HavenStore          *self,
                             HavenPlan           *plan,
                             GPtrArray           *reviews,
                             GArray              *removed,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  SavePlan *save;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_PLAN (plan));

  save = g_new0 (SavePlan, 1);
  save->plan = haven_record_dup (HAVEN_RECORD (plan));
  save->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    g_ptr_array_add (save->reviews, haven_record_dup (g_ptr_array_index (reviews, i)));
  save->removed = removed != NULL ? g_array_ref (removed) : NULL;
  haven_store_queue_job (self, haven_store_save_plan_async, save_plan_job, save, (GDestroyNotify) save_plan_free,
                         g_free, cancellable, callback, user_data);
}

gint64
haven_store_save_plan_finish (HavenStore    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_save_plan_async, error);
}
