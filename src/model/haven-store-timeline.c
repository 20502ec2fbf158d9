/* haven-store-timeline.c: a child's records in time order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-growth-entry.h"
#include "haven-pairing.h"
#include "haven-plan.h"
#include "haven-store-private.h"
#include "haven-store-timeline.h"
#include "haven-talk.h"

typedef gboolean (*ReadFunc) (HavenJob *job, sqlite3_stmt *stmt, GPtrArray *items);

/* The talk's own rule decides, as for any load. */
static gboolean
may_read_talk (HavenJob *job,
               gboolean  confidential,
               gint64    staff_id)
{
  g_autoptr(HavenTalk) probe = haven_talk_new ();

  haven_record_set_int (HAVEN_RECORD (probe), HAVEN_TALK_CONFIDENTIAL, confidential);
  haven_record_set_ref (HAVEN_RECORD (probe), HAVEN_TALK_STAFF_ID, staff_id);
  return haven_record_may_read_secrets (HAVEN_RECORD (probe), job->session);
}

static gboolean
read_talk (HavenJob     *job,
           sqlite3_stmt *stmt,
           GPtrArray    *items)
{
  HavenTimelineEntry entry = { 0 };
  gboolean confidential = sqlite3_column_int (stmt, 5) != 0;
  gboolean readable = may_read_talk (job, confidential, sqlite3_column_int64 (stmt, 4));

  entry.kind = HAVEN_TIMELINE_TALK;
  entry.record_type = HAVEN_TYPE_TALK;
  entry.record_id = sqlite3_column_int64 (stmt, 0);
  entry.date = haven_db_column_text (stmt, 1);
  entry.subkind = sqlite3_column_int (stmt, 2);
  entry.author = haven_db_column_text (stmt, 3);
  entry.confidential = confidential;
  entry.withheld = !readable;
  /* What the session may not read never leaves the worker. */
  if (readable)
    {
      entry.text = haven_db_column_text (stmt, 6);
      entry.problems = haven_db_column_text (stmt, 7);
      entry.measures = haven_db_column_text (stmt, 8);
    }
  entry.follow_up = haven_db_column_text (stmt, 9);
  g_ptr_array_add (items, haven_timeline_item_new (&entry));
  return TRUE;
}

static gboolean
read_growth (HavenJob     *job,
             sqlite3_stmt *stmt,
             GPtrArray    *items)
{
  HavenTimelineEntry entry = { 0 };
  g_autoptr(GBytes) thumbnail = NULL;
  g_autofree char *result = NULL;
  const char *title = haven_db_column_text (stmt, 3);
  const char *subject = haven_db_column_text (stmt, 5);
  const char *score = haven_db_column_text (stmt, 6);

  entry.kind = HAVEN_TIMELINE_GROWTH;
  entry.record_type = HAVEN_TYPE_GROWTH_ENTRY;
  entry.record_id = sqlite3_column_int64 (stmt, 0);
  entry.date = haven_db_column_text (stmt, 1);
  entry.subkind = sqlite3_column_int (stmt, 2);
  if (entry.subkind == HAVEN_GROWTH_TEST_RESULT && *subject != '\0')
    {
      /* Translators: a test and its score, "数学期中考试: 92". */
      result = g_strdup_printf (_("%s: %s"), subject, score);
      entry.title = *title != '\0' ? title : result;
      entry.problems = *title != '\0' ? result : "";
    }
  else
    entry.title = title;
  entry.text = haven_db_column_text (stmt, 4);
  if (sqlite3_column_type (stmt, 7) == SQLITE_BLOB)
    {
      thumbnail = g_bytes_new (sqlite3_column_blob (stmt, 7), sqlite3_column_bytes (stmt, 7));
      entry.thumbnail = thumbnail;
    }
  entry.author = haven_db_column_text (stmt, 8);
  g_ptr_array_add (items, haven_timeline_item_new (&entry));
  return TRUE;
}

static gboolean
read_plan (HavenJob     *job,
           sqlite3_stmt *stmt,
           GPtrArray    *items)
{
  HavenTimelineEntry entry = { 0 };

  entry.kind = HAVEN_TIMELINE_PLAN;
  entry.record_type = HAVEN_TYPE_PLAN;
  entry.record_id = sqlite3_column_int64 (stmt, 0);
  entry.date = haven_db_column_text (stmt, 1);
  entry.text = haven_db_column_text (stmt, 2);
  entry.measures = haven_db_column_text (stmt, 3);
  entry.problems = haven_db_column_text (stmt, 4);
  entry.author = haven_db_column_text (stmt, 5);
  g_ptr_array_add (items, haven_timeline_item_new (&entry));
  return TRUE;
}

static gboolean
read_review (HavenJob     *job,
             sqlite3_stmt *stmt,
             GPtrArray    *items)
{
  HavenTimelineEntry entry = { 0 };
  const char *done = haven_db_column_text (stmt, 2);

  entry.kind = HAVEN_TIMELINE_PLAN_REVIEW;
  entry.record_type = HAVEN_TYPE_PLAN;
  /* A review opens its plan. */
  entry.record_id = sqlite3_column_int64 (stmt, 5);
  entry.done = *done != '\0';
  entry.date = entry.done ? done : haven_db_column_text (stmt, 1);
  entry.subkind = sqlite3_column_int (stmt, 3);
  entry.text = haven_db_column_text (stmt, 4);
  entry.author = haven_db_column_text (stmt, 6);
  g_ptr_array_add (items, haven_timeline_item_new (&entry));
  return TRUE;
}

static gboolean
read_pairing (HavenJob     *job,
              sqlite3_stmt *stmt,
              GPtrArray    *items)
{
  HavenTimelineEntry entry = { 0 };
  const char *end = haven_db_column_text (stmt, 2);

  entry.kind = HAVEN_TIMELINE_PAIRING;
  entry.record_type = HAVEN_TYPE_PAIRING;
  entry.record_id = sqlite3_column_int64 (stmt, 0);
  entry.date = haven_db_column_text (stmt, 1);
  entry.title = haven_db_column_text (stmt, 3);
  entry.subkind = sqlite3_column_int (stmt, 4);
  entry.text = haven_db_column_text (stmt, 5);
  g_ptr_array_add (items, haven_timeline_item_new (&entry));
  if (*end != '\0')
    {
      entry.kind = HAVEN_TIMELINE_PAIRING_END;
      entry.date = end;
      entry.text = "";
      g_ptr_array_add (items, haven_timeline_item_new (&entry));
    }
  return TRUE;
}

typedef struct
{
  const char *sql;
  ReadFunc    read;
} Source;

static const Source sources[] = {
  { "SELECT t.id, t.date, t.kind, t.talker, coalesce (t.staff_id, 0), t.confidential, t.content, t.problems,"
    " t.measures, t.follow_up_date FROM talk t WHERE t.child_id = ?1 AND t.date <> ''", read_talk },
  { "SELECT g.id, g.date, g.kind, g.title, g.text, g.subject, g.score, g.thumbnail, coalesce (s.name, '')"
    " FROM growth_entry g LEFT JOIN staff s ON s.id = g.created_by WHERE g.child_id = ?1 AND g.date <> ''",
    read_growth },
  { "SELECT p.id, p.start_date, p.goals, p.measures, p.situation, coalesce (s.name, '')"
    " FROM individual_plan p LEFT JOIN staff s ON s.id = p.staff_id WHERE p.child_id = ?1 AND p.start_date <> ''",
    read_plan },
  { "SELECT r.id, r.review_date, r.done_date, r.progress, r.notes, r.plan_id, coalesce (s.name, '')"
    " FROM plan_review r JOIN individual_plan p ON p.id = r.plan_id LEFT JOIN staff s ON s.id = p.staff_id"
    " WHERE r.child_id = ?1 AND (r.review_date <> '' OR r.done_date <> '')", read_review },
  { "SELECT p.id, p.start_date, p.end_date, m.name, m.kind, p.plan_goal FROM pairing p"
    " JOIN mentor m ON m.id = p.mentor_id WHERE p.child_id = ?1 AND p.start_date <> ''", read_pairing },
};

static int
compare_items (gconstpointer pa,
               gconstpointer pb)
{
  const HavenTimelineEntry *a = haven_timeline_item_get_entry (*(HavenTimelineItem * const *) pa);
  const HavenTimelineEntry *b = haven_timeline_item_get_entry (*(HavenTimelineItem * const *) pb);
  int cmp = strcmp (b->date, a->date);

  /* Newest first; within a day, in the order of kinds, then as made. */
  if (cmp == 0)
    cmp = (int) a->kind - (int) b->kind;
  if (cmp == 0)
    cmp = (b->record_id > a->record_id) - (b->record_id < a->record_id);
  return cmp;
}

static gpointer
timeline_job (HavenJob  *job,
              gpointer   data,
              GError   **error)
{
  gint64 child_id = *(gint64 *) data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (!haven_job_ensure_open (job, error))
    return NULL;
  if (!haven_db_exec (job->db, "BEGIN", error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      sqlite3_stmt *stmt = haven_db_prepare (job->db, sources[i].sql, error);

      if (stmt == NULL)
        {
          haven_db_rollback (job->db);
          return NULL;
        }
      sqlite3_bind_int64 (stmt, 1, child_id);
      for (;;)
        {
          gboolean has_row;

          if (!haven_db_step (job->db, stmt, &has_row, error))
            {
              haven_db_rollback (job->db);
              return NULL;
            }
          if (!has_row)
            break;
          sources[i].read (job, stmt, items);
        }
    }
  haven_db_rollback (job->db);

  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}

void
haven_store_timeline_async (HavenStore          *self,
                            gint64               child_id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_timeline_async, timeline_job, haven_job_return_id (child_id), g_free,
                         (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
haven_store_timeline_finish (HavenStore    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_timeline_async, error);
}
