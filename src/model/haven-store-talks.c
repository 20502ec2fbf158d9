/* haven-store-talks.c: the SQL of talk records (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-store-features.h"
#include "haven-talk.h"
#include "haven-talk-query.h"

const HavenDerivedSql haven_talk_derived_sql = {
  "c.name, k.name",
  "JOIN child c ON c.id = t.child_id LEFT JOIN school_class k ON k.id = c.school_class_id",
};

GPtrArray *
haven_store_talks_query (HavenJob    *job,
                         HavenQuery  *query,
                         GError     **error)
{
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *today = haven_query_dup_today (query);
  gint64 child_id, staff_id, class_id;
  gboolean follow_up_due;
  sqlite3_stmt *stmt;
  int kind;

  g_object_get (query, "child-id", &child_id, "staff-id", &staff_id, "class-id", &class_id,
                "kind", &kind, "from", &from, "to", &to, "follow-up-due", &follow_up_due, NULL);

  /* The search looks at names only: the text of a record is not for every
   * list (a confidential talk's is for few). */
  stmt = haven_db_prepare (job->db,
                           "SELECT t.id FROM talk t JOIN child c ON c.id = t.child_id"
                           " WHERE c.deleted = 0 AND (?1 = 0 OR t.child_id = ?1)"
                           "  AND (?2 = '' OR t.date >= ?2) AND (?3 = '' OR t.date < ?3)"
                           "  AND (?4 IS NULL OR c.name LIKE ?4 ESCAPE '\\'"
                           "       OR c.name_pinyin LIKE ?4 ESCAPE '\\' OR t.talker LIKE ?4 ESCAPE '\\')"
                           "  AND (?5 = 0 OR t.staff_id = ?5)"
                           "  AND (?6 = 0 OR c.school_class_id = ?6)"
                           "  AND (?7 < 0 OR t.kind = ?7)"
                           "  AND (?8 = 0 OR (t.follow_up_date <> '' AND t.follow_up_date <= ?9"
                           "       AND NOT EXISTS (SELECT 1 FROM talk u WHERE u.child_id = t.child_id"
                           "         AND u.date >= t.follow_up_date)))"
                           " ORDER BY t.date DESC, t.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  haven_db_bind_text (stmt, 2, from);
  haven_db_bind_text (stmt, 3, to);
  if (like != NULL)
    haven_db_bind_text (stmt, 4, like);
  sqlite3_bind_int64 (stmt, 5, staff_id);
  sqlite3_bind_int64 (stmt, 6, class_id);
  sqlite3_bind_int (stmt, 7, kind);
  sqlite3_bind_int (stmt, 8, follow_up_due);
  haven_db_bind_text (stmt, 9, today);
  return haven_job_collect_rows (job, HAVEN_TYPE_TALK, stmt, error);
}
