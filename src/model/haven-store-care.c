/* haven-store-care.c: the care-risk flags of the children's files
 *
 * A file's flags are computed whenever it is saved
 * (haven_child_file_normalise()). Files saved before the rules existed, or
 * under older rules, are redone once when the database opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-care-risk.h"
#include "haven-store-features.h"

#define META_KEY "care-risk-rules"

gboolean
haven_store_care_open (HavenJob  *job,
                       GError   **error)
{
  sqlite3_stmt *stmt, *update;
  gboolean has_row, current;

  stmt = haven_db_prepare (job->db, "SELECT value = ?1 FROM meta WHERE key = '" META_KEY "'", error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, HAVEN_CARE_RISK_RULES_VERSION);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  current = has_row && sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (current)
    return TRUE;

  if (!haven_db_begin (job->db, error))
    return FALSE;
  stmt = haven_db_prepare (job->db,
                           "SELECT c.id, coalesce (g.health, ''), coalesce (g.age, 0), coalesce (g.relationship, 0),"
                           " coalesce (f.phone, ''), coalesce (m.phone, ''), coalesce (f.away, 0), coalesce (m.away, 0),"
                           " coalesce (f.home_visits, 0), coalesce (m.home_visits, 0), c.care_risk"
                           " FROM child c LEFT JOIN guardian g ON g.child_id = c.id"
                           " LEFT JOIN parent f ON f.child_id = c.id AND f.role = 0"
                           " LEFT JOIN parent m ON m.child_id = c.id AND m.role = 1",
                           error);
  update = stmt != NULL ? haven_db_prepare (job->db, "UPDATE child SET care_risk = ?2 WHERE id = ?1", error) : NULL;
  while (update != NULL)
    {
      HavenCareFacts facts;
      HavenCareRisk risk;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        break;
      if (!has_row)
        {
          stmt = haven_db_prepare (job->db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('" META_KEY "', ?1)",
                                   error);
          if (stmt == NULL)
            break;
          haven_db_bind_text (stmt, 1, HAVEN_CARE_RISK_RULES_VERSION);
          if (!haven_db_run (job->db, stmt, error) || !haven_db_commit (job->db, error))
            break;
          return TRUE;
        }
      facts.guardian_health = haven_db_column_text (stmt, 1);
      facts.guardian_age = sqlite3_column_int (stmt, 2);
      facts.guardian_relationship = sqlite3_column_int (stmt, 3);
      facts.father_phone = haven_db_column_text (stmt, 4);
      facts.mother_phone = haven_db_column_text (stmt, 5);
      facts.father_away = sqlite3_column_int (stmt, 6);
      facts.mother_away = sqlite3_column_int (stmt, 7);
      facts.father_home_visits = sqlite3_column_int (stmt, 8);
      facts.mother_home_visits = sqlite3_column_int (stmt, 9);
      risk = haven_care_risk_of (&facts);
      if ((int) risk == sqlite3_column_int (stmt, 10))
        continue;
      sqlite3_bind_int64 (update, 1, sqlite3_column_int64 (stmt, 0));
      sqlite3_bind_int (update, 2, risk);
      if (!haven_db_run (job->db, update, error))
        break;
      sqlite3_reset (update);
    }
  haven_db_rollback (job->db);
  return FALSE;
}
