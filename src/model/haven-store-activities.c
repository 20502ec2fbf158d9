/* haven-store-activities.c: the SQL of the calendar (行事历) and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-activity.h"
#include "haven-activity-query.h"
#include "haven-store-features.h"

const HavenDerivedSql haven_activity_derived_sql = {
  "s.name, (SELECT count (*) FROM attendance x WHERE x.activity_id = t.id AND x.present = 1)",
  "LEFT JOIN staff s ON s.id = t.organiser_id",
};

const HavenDerivedSql haven_attendance_derived_sql = {
  "c.name, v.title",
  "JOIN child c ON c.id = t.child_id JOIN activity v ON v.id = t.activity_id",
};

GPtrArray *
haven_store_activities_query (HavenJob    *job,
                              HavenQuery  *query,
                              GError     **error)
{
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;

  g_object_get (query, "from", &from, "to", &to, NULL);

  /* A recurring activity shows in every range its repeats reach. */
  stmt = haven_db_prepare (job->db,
                           "SELECT id FROM activity"
                           " WHERE (?1 = '' OR substr (starts_at, 1, 10) >= ?1"
                           "        OR (recurrence <> 0 AND (recurrence_until = '' OR recurrence_until >= ?1)))"
                           "  AND (?2 = '' OR substr (starts_at, 1, 10) < ?2)"
                           "  AND (?3 IS NULL OR title LIKE ?3 ESCAPE '\\' OR place LIKE ?3 ESCAPE '\\')"
                           " ORDER BY starts_at, id",
                           error);
  if (stmt == NULL)
    return NULL;
  haven_db_bind_text (stmt, 1, from);
  haven_db_bind_text (stmt, 2, to);
  if (like != NULL)
    haven_db_bind_text (stmt, 3, like);
  return haven_job_collect_rows (job, HAVEN_TYPE_ACTIVITY, stmt, error);
}
