/* haven-store-talks.c: the SQL of talk records (谈心记录)
 *
 * The list's search finds a child by name the archive's way (characters,
 * pinyin, initials: the children's index, which holds no record text), the
 * teacher by name, and the text of records: a confidential record's text
 * only for a session allowed to read it, checked in the statement itself,
 * so its words never decide what another session's list shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-store-features.h"
#include "haven-store-talks.h"
#include "haven-talk.h"
#include "haven-talk-query.h"

const HavenDerivedSql haven_talk_derived_sql = {
  "c.name, k.name",
  "JOIN child c ON c.id = t.child_id LEFT JOIN school_class k ON k.id = c.school_class_id",
};

/* A JSON array of ids, for json_each (). */
static char *
ids_json (GArray *ids)
{
  GString *json = g_string_sized_new (8 * ids->len + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, g_array_index (ids, gint64, i));
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* Whether the session reads every confidential record (the counsellor and
 * the headteacher), by the session's own rule. */
static gboolean
reads_all_confidential (HavenSession *session)
{
  return session != NULL && haven_session_can_read_confidential (session, -1);
}

/* CROSS JOIN keeps talk outside: the newest first come straight from
 * talk_by_date (date, then id), so a page of a million records reads a
 * page. A child's or a staff member's records are named outright, not as
 * "?1 = 0 OR …", which SQLite cannot look up in an index: from
 * talk_by_child or talk_by_staff, newest first, they read only theirs. */
#define TALKS_SQL(by) \
  "SELECT t.id FROM talk t CROSS JOIN child c ON c.id = t.child_id" \
  " WHERE c.deleted = 0 AND " by \
  "  AND (?2 = '' OR t.date >= ?2) AND (?3 = '' OR t.date < ?3)" \
  "  AND (?4 IS NULL OR t.child_id IN (SELECT value FROM json_each (?10))" \
  "       OR t.talker LIKE ?4 ESCAPE '\\'" \
  "       OR ((t.confidential = 0 OR ?11 = 1 OR (?12 <> 0 AND t.staff_id = ?12))" \
  "           AND (t.content LIKE ?4 ESCAPE '\\' OR t.problems LIKE ?4 ESCAPE '\\'" \
  "                OR t.measures LIKE ?4 ESCAPE '\\')))" \
  "  AND (?6 = 0 OR c.school_class_id = ?6)" \
  "  AND (?7 < 0 OR t.kind = ?7)" \
  "  AND (?8 = 0 OR (t.follow_up_date <> '' AND t.follow_up_date <= ?9" \
  "       AND NOT EXISTS (SELECT 1 FROM talk u WHERE u.child_id = t.child_id" \
  "         AND u.date >= t.follow_up_date)))" \
  " ORDER BY t.date DESC, t.id DESC LIMIT ?13"

const char *
haven_store_talks_sql (gint64 child_id,
                       gint64 staff_id)
{
  if (child_id != 0)
    return TALKS_SQL ("t.child_id = ?1 AND (?5 = 0 OR t.staff_id = ?5)");
  if (staff_id != 0)
    return TALKS_SQL ("t.staff_id = ?5 AND ?1 = 0");
  return TALKS_SQL ("?1 = 0 AND ?5 = 0");
}

GPtrArray *
haven_store_talks_query (HavenJob    *job,
                         HavenQuery  *query,
                         GError     **error)
{
  const char *search = haven_query_get_search (query);
  g_autofree char *stripped = g_strstrip (g_strdup (search));
  g_autofree char *like = *stripped != '\0' ? haven_sql_like_pattern (stripped, FALSE) : NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = haven_query_dup_today (query);
  g_autofree char *children = NULL;
  gint64 child_id, staff_id, class_id;
  gboolean follow_up_due;
  sqlite3_stmt *stmt;
  int kind, limit;

  g_object_get (query, "child-id", &child_id, "staff-id", &staff_id, "class-id", &class_id,
                "kind", &kind, "from", &from, "to", &to, "follow-up-due", &follow_up_due,
                "limit", &limit, NULL);

  if (like != NULL)
    {
      g_autoptr(GArray) ids = haven_job_match_children (job, stripped, error);

      if (ids == NULL)
        return NULL;
      children = ids_json (ids);
    }

  stmt = haven_db_prepare (job->db, haven_store_talks_sql (child_id, staff_id), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  haven_db_bind_text (stmt, 2, from);
  haven_db_bind_text (stmt, 3, to);
  if (like != NULL)
    {
      haven_db_bind_text (stmt, 4, like);
      haven_db_bind_text (stmt, 10, children);
    }
  sqlite3_bind_int64 (stmt, 5, staff_id);
  sqlite3_bind_int64 (stmt, 6, class_id);
  sqlite3_bind_int (stmt, 7, kind);
  sqlite3_bind_int (stmt, 8, follow_up_due);
  haven_db_bind_text (stmt, 9, today);
  sqlite3_bind_int (stmt, 11, reads_all_confidential (job->session));
  sqlite3_bind_int64 (stmt, 12, haven_job_get_staff_id (job));
  sqlite3_bind_int (stmt, 13, limit > 0 ? limit : -1);
  return haven_job_collect_rows (job, HAVEN_TYPE_TALK, stmt, error);
}

/* Saving */

static gpointer
save_talk_job (HavenJob  *job,
               gpointer   data,
               GError   **error)
{
  HavenRecord *talk = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  const HavenProblem *problem;
  gint64 id = haven_record_get_id (talk);
  GDate today;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  if (id != 0)
    {
      g_autoptr(HavenRecord) stored = haven_job_load_record (job, HAVEN_TYPE_TALK, id, NULL, error);

      if (stored == NULL)
        return NULL;
      if (job->session != NULL && !haven_record_may_read_secrets (stored, job->session))
        {
          g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN,
                               _("This record is confidential: only its author, the counsellor and the headteacher may change it."));
          return NULL;
        }
      /* The author of a record stays its author, whoever mends it. */
      haven_record_set_ref (talk, HAVEN_TALK_STAFF_ID, haven_record_get_ref (stored, HAVEN_TALK_STAFF_ID));
      haven_record_set_string (talk, HAVEN_TALK_TALKER, haven_record_get_string (stored, HAVEN_TALK_TALKER));
    }
  else if (job->session != NULL)
    {
      if (haven_record_get_ref (talk, HAVEN_TALK_STAFF_ID) == 0)
        haven_record_set_ref (talk, HAVEN_TALK_STAFF_ID, haven_session_get_staff_id (job->session));
      if (*haven_record_get_string (talk, HAVEN_TALK_TALKER) == '\0')
        haven_record_set_string (talk, HAVEN_TALK_TALKER, haven_session_get_name (job->session));
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  haven_record_normalise (talk);
  problems = haven_record_check (talk, &today);
  problem = haven_problems_first_error (problems);
  if (problem != NULL)
    {
      g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, problem->message);
      return NULL;
    }

  if (!haven_job_write_record (job, talk, error))
    return NULL;
  haven_job_changed (job, HAVEN_TYPE_TALK, haven_record_get_id (talk));
  return haven_job_return_id (haven_record_get_id (talk));
}

void
haven_store_save_talk_async (HavenStore          *self,
                             HavenTalk           *talk,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_TALK (talk));

  haven_store_queue_job (self, haven_store_save_talk_async, save_talk_job,
                         haven_record_dup (HAVEN_RECORD (talk)), g_object_unref, g_free,
                         cancellable, callback, user_data);
}

gint64
haven_store_save_talk_finish (HavenStore    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_save_talk_async, error);
}
