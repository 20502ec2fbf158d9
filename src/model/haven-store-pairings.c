/* haven-store-pairings.c: the SQL of mentors and pairings (结对帮扶)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-pairing.h"
#include "haven-pairing-query.h"
#include "haven-store-features.h"

/* A pairing is current from its start until its end date, if it has one;
 * ?2 is today. */
#define CURRENT_PAIRING "(p.start_date <= ?2 AND (p.end_date = '' OR p.end_date >= ?2))"

const HavenDerivedSql haven_mentor_derived_sql = {
  "(SELECT count (*) FROM pairing p JOIN child c ON c.id = p.child_id"
  "  WHERE p.mentor_id = t.id AND c.deleted = 0 AND " CURRENT_PAIRING ")",
  NULL,
};

const HavenDerivedSql haven_pairing_derived_sql = {
  "c.name, m.name, m.kind, k.name",
  "JOIN child c ON c.id = t.child_id JOIN mentor m ON m.id = t.mentor_id"
  " LEFT JOIN school_class k ON k.id = c.school_class_id",
};

GPtrArray *
haven_store_pairings_query (HavenJob    *job,
                            HavenQuery  *query,
                            GError     **error)
{
  g_autofree char *today = haven_query_dup_today (query);
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  gint64 child_id, mentor_id;
  gboolean current_only;
  sqlite3_stmt *stmt;

  g_object_get (query, "child-id", &child_id, "mentor-id", &mentor_id, "current-only", &current_only, NULL);

  stmt = haven_db_prepare (job->db,
                           "SELECT p.id FROM pairing p"
                           " JOIN child c ON c.id = p.child_id JOIN mentor m ON m.id = p.mentor_id"
                           " LEFT JOIN school_class k ON k.id = c.school_class_id"
                           " WHERE c.deleted = 0"
                           "  AND (?1 = 0 OR p.child_id = ?1)"
                           "  AND (?3 = 0 OR p.mentor_id = ?3)"
                           "  AND (?4 = 0 OR " CURRENT_PAIRING ")"
                           "  AND (?5 IS NULL OR c.name LIKE ?5 ESCAPE '\\'"
                           "       OR c.name_pinyin LIKE ?5 ESCAPE '\\' OR m.name LIKE ?5 ESCAPE '\\')"
                           " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, p.start_date DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  haven_db_bind_text (stmt, 2, today);
  sqlite3_bind_int64 (stmt, 3, mentor_id);
  sqlite3_bind_int (stmt, 4, current_only);
  if (like != NULL)
    haven_db_bind_text (stmt, 5, like);
  return haven_job_collect_rows (job, HAVEN_TYPE_PAIRING, stmt, error);
}

GPtrArray *
haven_store_mentors_query (HavenJob    *job,
                           HavenQuery  *query,
                           GError     **error)
{
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  sqlite3_stmt *stmt;
  int kind;

  g_object_get (query, "kind", &kind, NULL);

  stmt = haven_db_prepare (job->db,
                           "SELECT id FROM mentor WHERE (?1 IS NULL OR name LIKE ?1 ESCAPE '\\')"
                           " AND (?2 < 0 OR kind = ?2)"
                           " ORDER BY kind, name",
                           error);
  if (stmt == NULL)
    return NULL;
  if (like != NULL)
    haven_db_bind_text (stmt, 1, like);
  sqlite3_bind_int (stmt, 2, kind);
  return haven_job_collect_rows (job, HAVEN_TYPE_MENTOR, stmt, error);
}
