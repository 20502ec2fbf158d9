/* haven-store-pairings.c: the SQL of mentors and pairings (结对帮扶)
 *
 * The joins of the board's rows, its two lists (the mentors, a mentor's
 * children), the moves of the board in one transaction each, their undo,
 * the proposal for the unpaired children and the roster of the command
 * line. A pairing that ends keeps its row with its end date; only an undo
 * removes the pairing it had just made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-child-index.h"
#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-pairing.h"
#include "haven-pairing-query.h"
#include "haven-pairing-rules.h"
#include "haven-pinyin.h"
#include "haven-store-features.h"
#include "haven-store-pairings.h"

G_DEFINE_QUARK (haven-pairing-error-quark, haven_pairing_error)

/* Children the board counts: on the roll and not deleted. */
#define ON_ROLL(c) c ".deleted = 0 AND " c ".status = 0"

#define MENTOR_LOAD(m, day) \
  "(SELECT count (*) FROM pairing lp JOIN child lc ON lc.id = lp.child_id WHERE lp.mentor_id = " m ".id" \
  " AND " ON_ROLL ("lc") " AND " HAVEN_PAIRING_CURRENT_SQL ("lp", day) ")"

const HavenDerivedSql haven_mentor_derived_sql = {
  MENTOR_LOAD ("t", "?2") ", " HAVEN_MENTOR_CAPACITY_SQL ("t") ", st.name, mc.name, mk.name",
  "LEFT JOIN staff st ON st.id = t.staff_id LEFT JOIN child mc ON mc.id = t.child_id"
  " LEFT JOIN school_class mk ON mk.id = coalesce (t.school_class_id, mc.school_class_id)",
};

const HavenDerivedSql haven_pairing_derived_sql = {
  "c.name, m.name, m.kind, k.name, c.village, c.key_support, c.study_level, c.missing,"
  " (SELECT count (*) FROM pairing_check x WHERE x.pairing_id = t.id),"
  " coalesce ((SELECT x.date FROM pairing_check x WHERE x.pairing_id = t.id ORDER BY x.date DESC, x.id DESC LIMIT 1), ''),"
  " coalesce ((SELECT x.progress FROM pairing_check x WHERE x.pairing_id = t.id ORDER BY x.date DESC, x.id DESC LIMIT 1), 0),"
  " c.care_risk,"
  /* One seek in the table the talks' triggers keep (1: a mentor talk). */
  " coalesce ((SELECT l.date FROM talk_last l WHERE l.child_id = t.child_id AND l.kind = 1), '')",
  "JOIN child c ON c.id = t.child_id JOIN mentor m ON m.id = t.mentor_id"
  " LEFT JOIN school_class k ON k.id = c.school_class_id",
};

/* Searching as the archive searches */

/* The LIKE patterns of a search: contains, starts with, and the digits
 * of a phone fragment (NULL when the search is none). */
typedef struct
{
  char *contains;
  char *prefix;
  char *phone;
} Patterns;

static void
patterns_init (Patterns   *patterns,
               const char *search)
{
  HavenNameSearch name = { 0 };

  memset (patterns, 0, sizeof *patterns);
  haven_name_search_init (&name, search);
  if (*name.compact != '\0')
    {
      patterns->contains = haven_sql_like_pattern (name.compact, FALSE);
      patterns->prefix = haven_sql_like_pattern (name.compact, TRUE);
      if (haven_child_index_is_phone_fragment (search))
        {
          GString *digits = g_string_new (NULL);

          for (const char *p = search; *p != '\0'; p++)
            if (g_ascii_isdigit (*p))
              g_string_append_c (digits, *p);
          patterns->phone = haven_sql_like_pattern (digits->str, FALSE);
          g_string_free (digits, TRUE);
        }
    }
  haven_name_search_clear (&name);
}

static void
patterns_clear (Patterns *patterns)
{
  g_clear_pointer (&patterns->contains, g_free);
  g_clear_pointer (&patterns->prefix, g_free);
  g_clear_pointer (&patterns->phone, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Patterns, patterns_clear)

/* ?S contains, ?P prefix, ?T phone. */
#define MENTOR_MATCHES(m, s, p) \
  "(" m ".name LIKE " s " ESCAPE '\\' OR " m ".name_pinyin LIKE " s " ESCAPE '\\'" \
  " OR " m ".name_initials LIKE " p " ESCAPE '\\')"
#define CHILD_MATCHES(c, s, p, t) \
  "(" c ".name LIKE " s " ESCAPE '\\' OR " c ".name_pinyin LIKE " s " ESCAPE '\\'" \
  " OR " c ".name_initials LIKE " p " ESCAPE '\\' OR " c ".student_number LIKE " s " ESCAPE '\\'" \
  " OR (" t " IS NOT NULL AND replace (" c ".phones, '-', '') LIKE " t " ESCAPE '\\'))"

static void
bind_patterns (sqlite3_stmt   *stmt,
               int             first,
               const Patterns *patterns)
{
  if (patterns->contains != NULL)
    haven_db_bind_text (stmt, first, patterns->contains);
  if (patterns->prefix != NULL)
    haven_db_bind_text (stmt, first + 1, patterns->prefix);
  if (patterns->phone != NULL)
    haven_db_bind_text (stmt, first + 2, patterns->phone);
}

/* The lists */

/* A search finds a pairing by its child, or all of a mentor's by the
 * mentor: the column of a mentor found by name shows every child. The
 * child or mentor asked for is named outright, not as "?1 = 0 OR …",
 * which SQLite cannot look up in an index: each mentor's column then read
 * every pairing of the county. */
#define PAIRINGS_SQL(by) \
  "SELECT p.id FROM pairing p" \
  " JOIN child c ON c.id = p.child_id JOIN mentor m ON m.id = p.mentor_id" \
  " LEFT JOIN school_class k ON k.id = c.school_class_id" \
  " WHERE c.deleted = 0 AND " by \
  "  AND (?4 = 0 OR " HAVEN_PAIRING_CURRENT_SQL ("p", "?2") ")" \
  "  AND (?5 = 0 OR c.status = 0)" \
  "  AND (?6 = 0 OR c.school_class_id = ?6)" \
  "  AND (?7 = 0 OR k.grade = ?7)" \
  "  AND (?8 = '' OR c.village = ?8)" \
  "  AND (?9 IS NULL OR " MENTOR_MATCHES ("m", "?9", "?10") \
  "       OR " CHILD_MATCHES ("c", "?9", "?10", "?11") ")" \
  " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, p.start_date DESC, p.id DESC"

const char *
haven_store_pairings_sql (gint64 child_id,
                          gint64 mentor_id)
{
  if (mentor_id != 0)
    return PAIRINGS_SQL ("p.mentor_id = ?3 AND (?1 = 0 OR p.child_id = ?1)");
  if (child_id != 0)
    return PAIRINGS_SQL ("p.child_id = ?1 AND ?3 = 0");
  return PAIRINGS_SQL ("?1 = 0 AND ?3 = 0");
}

GPtrArray *
haven_store_pairings_query (HavenJob    *job,
                            HavenQuery  *query,
                            GError     **error)
{
  g_autofree char *today = haven_query_dup_today (query);
  g_auto(Patterns) patterns = { 0 };
  g_autofree char *village = NULL;
  gint64 child_id, mentor_id, class_id;
  gboolean current_only, on_roll;
  int grade;
  sqlite3_stmt *stmt;

  g_object_get (query, "child-id", &child_id, "mentor-id", &mentor_id, "current-only", &current_only,
                "on-roll", &on_roll, "class-id", &class_id, "grade", &grade, "village", &village, NULL);
  patterns_init (&patterns, haven_query_get_search (query));

  stmt = haven_db_prepare (job->db, haven_store_pairings_sql (child_id, mentor_id), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  haven_db_bind_text (stmt, 2, today);
  sqlite3_bind_int64 (stmt, 3, mentor_id);
  sqlite3_bind_int (stmt, 4, current_only);
  sqlite3_bind_int (stmt, 5, on_roll);
  sqlite3_bind_int64 (stmt, 6, class_id);
  sqlite3_bind_int (stmt, 7, grade);
  haven_db_bind_text (stmt, 8, village);
  bind_patterns (stmt, 9, &patterns);
  return haven_job_collect_rows (job, HAVEN_TYPE_PAIRING, stmt, error);
}

GPtrArray *
haven_store_mentors_query (HavenJob    *job,
                           HavenQuery  *query,
                           GError     **error)
{
  g_autofree char *today = haven_query_dup_today (query);
  g_auto(Patterns) patterns = { 0 };
  g_autofree char *village = NULL;
  gboolean with_children;
  gint64 class_id;
  int kind, grade;
  sqlite3_stmt *stmt;

  g_object_get (query, "kind", &kind, "with-children", &with_children, "class-id", &class_id,
                "grade", &grade, "village", &village, NULL);
  patterns_init (&patterns, haven_query_get_search (query));

#define HAS_CHILD(extra) \
  "EXISTS (SELECT 1 FROM pairing p JOIN child c ON c.id = p.child_id" \
  " LEFT JOIN school_class k ON k.id = c.school_class_id" \
  " WHERE p.mentor_id = m.id AND " ON_ROLL ("c") " AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?5") \
  " AND (?7 = 0 OR c.school_class_id = ?7) AND (?8 = 0 OR k.grade = ?8) AND (?9 = '' OR c.village = ?9)" \
  extra ")"

  stmt = haven_db_prepare (job->db,
                           "SELECT m.id FROM mentor m"
                           " WHERE (?1 < 0 OR m.kind = ?1)"
                           "  AND (?2 IS NULL OR " MENTOR_MATCHES ("m", "?2", "?3")
                           "       OR " HAS_CHILD (" AND " CHILD_MATCHES ("c", "?2", "?3", "?4")) ")"
                           "  AND (?6 = 0 OR " HAS_CHILD (" AND (?2 IS NULL OR " MENTOR_MATCHES ("m", "?2", "?3")
                                                          " OR " CHILD_MATCHES ("c", "?2", "?3", "?4") ")") ")"
                           " ORDER BY m.kind, m.name_key, m.id",
                           error);
#undef HAS_CHILD
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, kind);
  bind_patterns (stmt, 2, &patterns);
  haven_db_bind_text (stmt, 5, today);
  sqlite3_bind_int (stmt, 6, with_children);
  sqlite3_bind_int64 (stmt, 7, class_id);
  sqlite3_bind_int (stmt, 8, grade);
  haven_db_bind_text (stmt, 9, village);
  return haven_job_collect_rows (job, HAVEN_TYPE_MENTOR, stmt, error);
}

/* Opening: the mentors' pinyin */

/* Fills the pinyin and sort keys of mentors made before they were kept
 * (schema 5), and rebuilds them after an ICU upgrade, as the children's. */
gboolean
haven_store_pairings_open (HavenJob  *job,
                           GError   **error)
{
  g_autofree char *version = haven_pinyin_collation_version ();
  g_autofree char *stored = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 stale;

  stmt = haven_db_prepare (job->db, "SELECT value FROM meta WHERE key = 'mentor-collation'", error);
  if (stmt == NULL || !haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  stored = has_row ? g_strdup (haven_db_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);

  stmt = haven_db_prepare (job->db, "SELECT count (*) FROM mentor WHERE name_key IS NULL AND name <> ''", error);
  if (stmt == NULL || !haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  stale = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (stale == 0 && g_strcmp0 (stored, version) == 0)
    return TRUE;

  if (!haven_db_begin (job->db, error))
    return FALSE;
  stmt = haven_db_prepare (job->db, "SELECT id, name FROM mentor", error);
  while (stmt != NULL && haven_db_step (job->db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup (haven_db_column_text (stmt, 1)));
    }
  if (stmt == NULL || (error != NULL && *error != NULL))
    {
      haven_db_rollback (job->db);
      return FALSE;
    }

  stmt = haven_db_prepare (job->db,
                           "UPDATE mentor SET name_pinyin = ?2, name_initials = ?3, name_key = ?4 WHERE id = ?1",
                           error);
  for (guint i = 0; stmt != NULL && i < ids->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *pinyin = haven_pinyin_full (name);
      g_autofree char *initials = haven_pinyin_initials (name);
      g_autoptr(GBytes) key = haven_pinyin_sort_key (name);
      gsize key_len = 0;
      gconstpointer key_data = g_bytes_get_data (key, &key_len);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      haven_db_bind_text (stmt, 2, pinyin);
      haven_db_bind_text (stmt, 3, initials);
      sqlite3_bind_blob (stmt, 4, key_data, key_len, SQLITE_TRANSIENT);
      if (!haven_db_run (job->db, stmt, error))
        {
          haven_db_rollback (job->db);
          return FALSE;
        }
    }

  stmt = stmt != NULL
         ? haven_db_prepare (job->db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('mentor-collation', ?1)", error)
         : NULL;
  if (stmt == NULL)
    {
      haven_db_rollback (job->db);
      return FALSE;
    }
  haven_db_bind_text (stmt, 1, version);
  if (!haven_db_run (job->db, stmt, error) || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return FALSE;
    }
  return TRUE;
}

/* Undo records */

G_DEFINE_BOXED_TYPE (HavenPairingUndo, haven_pairing_undo, haven_pairing_undo_copy, haven_pairing_undo_free)

HavenPairingUndo *
haven_pairing_undo_new (const char *day)
{
  HavenPairingUndo *undo = g_new0 (HavenPairingUndo, 1);

  undo->created = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->ended = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->day = g_strdup (day != NULL ? day : "");
  return undo;
}

HavenPairingUndo *
haven_pairing_undo_copy (const HavenPairingUndo *undo)
{
  HavenPairingUndo *copy;

  g_return_val_if_fail (undo != NULL, NULL);

  copy = haven_pairing_undo_new (undo->day);
  g_array_append_vals (copy->created, undo->created->data, undo->created->len);
  g_array_append_vals (copy->ended, undo->ended->data, undo->ended->len);
  copy->summary = g_strdup (undo->summary);
  return copy;
}

void
haven_pairing_undo_free (HavenPairingUndo *undo)
{
  if (undo == NULL)
    return;
  g_array_unref (undo->created);
  g_array_unref (undo->ended);
  g_free (undo->day);
  g_free (undo->summary);
  g_free (undo);
}

GVariant *
haven_pairing_undo_to_variant (const HavenPairingUndo *undo)
{
  g_return_val_if_fail (undo != NULL, NULL);

  return g_variant_new ("(@ax@axs)",
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, undo->created->data,
                                                   undo->created->len, sizeof (gint64)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, undo->ended->data,
                                                   undo->ended->len, sizeof (gint64)),
                        undo->day);
}

HavenPairingUndo *
haven_pairing_undo_from_variant (GVariant *variant)
{
  g_autoptr(GVariant) created = NULL;
  g_autoptr(GVariant) ended = NULL;
  const char *day;
  HavenPairingUndo *undo;
  gconstpointer data;
  gsize n;

  g_return_val_if_fail (variant != NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE ("(axaxs)")))
    return NULL;
  g_variant_get (variant, "(@ax@ax&s)", &created, &ended, &day);
  undo = haven_pairing_undo_new (day);
  data = g_variant_get_fixed_array (created, &n, sizeof (gint64));
  g_array_append_vals (undo->created, data, n);
  data = g_variant_get_fixed_array (ended, &n, sizeof (gint64));
  g_array_append_vals (undo->ended, data, n);
  return undo;
}

/* Changing the board (on the worker) */

static char *
today_or (const char *day)
{
  g_autoptr(GDateTime) now = NULL;

  if (day != NULL && *day != '\0')
    return g_strdup (day);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
ensure_arranger (HavenJob  *job,
                 GError   **error)
{
  if (!haven_job_ensure_writer (job, error))
    return FALSE;
  if (haven_pairing_may_arrange (job->session))
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN,
                       _("Only the headteacher arranges the pairings; you may read the board."));
  return FALSE;
}

typedef struct
{
  char *name;
  int   kind;
  int   load;
  int   capacity;
} MentorState;

static gboolean
read_mentor (HavenJob     *job,
             gint64        mentor_id,
             const char   *day,
             MentorState  *state,
             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  stmt = haven_db_prepare (job->db,
                           "SELECT m.name, m.kind, " MENTOR_LOAD ("m", "?2") ", " HAVEN_MENTOR_CAPACITY_SQL ("m")
                           " FROM mentor m WHERE m.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentor_id);
  haven_db_bind_text (stmt, 2, day);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_NOT_FOUND,
                           _("This mentor is no longer on the board."));
      return FALSE;
    }
  state->name = g_strdup (haven_db_column_text (stmt, 0));
  state->kind = sqlite3_column_int (stmt, 1);
  state->load = sqlite3_column_int (stmt, 2);
  state->capacity = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The child's name, if on the roll. */
static char *
read_child_on_roll (HavenJob    *job,
                    gint64       child_id,
                    GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db, "SELECT name FROM child c WHERE c.id = ?1 AND " ON_ROLL ("c"),
                                         error);
  gboolean has_row;
  char *name;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, child_id);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_NOT_FOUND,
                           _("This child is no longer on the roll."));
      return NULL;
    }
  name = g_strdup (haven_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* The current pairing of child with mentor on day, 0 for none, -1 on error. */
static gint64
current_pairing (HavenJob    *job,
                 gint64       child_id,
                 gint64       mentor_id,
                 const char  *day,
                 GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "SELECT p.id FROM pairing p WHERE p.child_id = ?1 AND p.mentor_id = ?3"
                                         " AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?2") " ORDER BY p.id LIMIT 1",
                                         error);
  gboolean has_row;
  gint64 id;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, child_id);
  haven_db_bind_text (stmt, 2, day);
  sqlite3_bind_int64 (stmt, 3, mentor_id);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return -1;
  id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return id;
}

/* Ends from_pairing_id of child on day; it must be current. The names
 * of its child and mentor go to *names, for the summary. */
static gboolean
end_pairing (HavenJob          *job,
             gint64             child_id,
             gint64             pairing_id,
             const char        *day,
             HavenPairingUndo  *undo,
             char             **child_name,
             char             **mentor_name,
             GError           **error)
{
  g_autofree char *now = haven_db_now ();
  sqlite3_stmt *stmt;
  gboolean has_row;

  stmt = haven_db_prepare (job->db,
                           "SELECT c.name, m.name FROM pairing p JOIN child c ON c.id = p.child_id"
                           " JOIN mentor m ON m.id = p.mentor_id WHERE p.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *child_name = g_strdup (haven_db_column_text (stmt, 0));
      *mentor_name = g_strdup (haven_db_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  stmt = haven_db_prepare (job->db,
                                         "UPDATE pairing SET end_date = ?2, updated_at = ?4"
                                         " WHERE id = ?1 AND child_id = ?3 AND " HAVEN_PAIRING_CURRENT_SQL ("pairing", "?2"),
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  haven_db_bind_text (stmt, 2, day);
  sqlite3_bind_int64 (stmt, 3, child_id);
  haven_db_bind_text (stmt, 4, now);
  if (!haven_db_run (job->db, stmt, error))
    return FALSE;
  if (haven_db_changes (job->db) == 0)
    {
      g_set_error_literal (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_NOT_CURRENT,
                           _("This pairing has already ended."));
      return FALSE;
    }
  g_array_append_val (undo->ended, pairing_id);
  return TRUE;
}

/* Pairs child with mentor from day, within the capacity unless allowed;
 * loads counts what this transaction added to each mentor so far. */
static gboolean
start_pairing (HavenJob                 *job,
               gint64                    child_id,
               gint64                    mentor_id,
               const char               *day,
               HavenPairingChangeFlags   flags,
               HavenPairingUndo         *undo,
               char                    **child_name_out,
               char                    **mentor_name_out,
               GError                  **error)
{
  g_autofree char *child_name = NULL;
  g_autoptr(HavenPairing) pairing = NULL;
  MentorState mentor = { 0 };
  gint64 existing;
  gboolean ok = FALSE;

  child_name = read_child_on_roll (job, child_id, error);
  if (child_name == NULL || !read_mentor (job, mentor_id, day, &mentor, error))
    goto out;

  existing = current_pairing (job, child_id, mentor_id, day, error);
  if (existing < 0)
    goto out;
  if (existing > 0)
    {
      /* Translators: a child's name, then a mentor's. */
      g_set_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_ALREADY_PAIRED,
                   _("%s is already paired with %s."), child_name, mentor.name);
      goto out;
    }
  if (!haven_pairing_has_room (mentor.load, mentor.capacity) && !(flags & HAVEN_PAIRING_CHANGE_OVER_CAPACITY))
    {
      /* Translators: a mentor's name, the children they carry, and how
       * many they can carry. */
      g_set_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY,
                   ngettext ("%s already carries %d child of %d.", "%s already carries %d children of %d.", mentor.load),
                   mentor.name, mentor.load, mentor.capacity);
      goto out;
    }

  pairing = haven_pairing_new ();
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_CHILD_ID, child_id);
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_MENTOR_ID, mentor_id);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_START_DATE, day);
  haven_record_set_int (HAVEN_RECORD (pairing), HAVEN_PAIRING_KIND, mentor.kind);
  if (haven_job_insert_record (job, HAVEN_RECORD (pairing), error))
    {
      gint64 id = haven_record_get_id (HAVEN_RECORD (pairing));

      g_array_append_val (undo->created, id);
      *child_name_out = g_steal_pointer (&child_name);
      *mentor_name_out = g_steal_pointer (&mentor.name);
      ok = TRUE;
    }

out:
  g_free (mentor.name);
  return ok;
}

static void
announce (HavenJob         *job,
          HavenPairingUndo *undo)
{
  for (guint i = 0; i < undo->created->len; i++)
    haven_job_changed (job, HAVEN_TYPE_PAIRING, g_array_index (undo->created, gint64, i));
  for (guint i = 0; i < undo->ended->len; i++)
    haven_job_changed (job, HAVEN_TYPE_PAIRING, g_array_index (undo->ended, gint64, i));
}

typedef struct
{
  GArray                  *child_ids;    /* gint64 */
  GArray                  *from_ids;     /* gint64, 0: none */
  GArray                  *mentor_ids;   /* gint64, 0: none */
  char                    *day;
  HavenPairingChangeFlags  flags;
} Change;

static void
change_free (Change *change)
{
  g_clear_pointer (&change->child_ids, g_array_unref);
  g_clear_pointer (&change->from_ids, g_array_unref);
  g_clear_pointer (&change->mentor_ids, g_array_unref);
  g_free (change->day);
  g_free (change);
}

static Change *
change_new (const char              *day,
            HavenPairingChangeFlags  flags)
{
  Change *change = g_new0 (Change, 1);

  change->child_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  change->from_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  change->mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  change->day = today_or (day);
  change->flags = flags;
  return change;
}

static void
change_add (Change *change,
            gint64  child_id,
            gint64  from_id,
            gint64  mentor_id)
{
  g_array_append_val (change->child_ids, child_id);
  g_array_append_val (change->from_ids, from_id);
  g_array_append_val (change->mentor_ids, mentor_id);
}

static gpointer
change_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  Change *change = data;
  g_autoptr(HavenPairingUndo) undo = haven_pairing_undo_new (change->day);

  if (!ensure_arranger (job, error) || !haven_db_begin (job->db, error))
    return NULL;

  for (guint i = 0; i < change->child_ids->len; i++)
    {
      gint64 child_id = g_array_index (change->child_ids, gint64, i);
      gint64 from_id = g_array_index (change->from_ids, gint64, i);
      gint64 mentor_id = g_array_index (change->mentor_ids, gint64, i);
      g_autofree char *child_name = NULL;
      g_autofree char *old_mentor = NULL;
      g_autofree char *paired_child = NULL;
      g_autofree char *new_mentor = NULL;

      /* A move ends the old pairing on the day and starts the new one the
       * same day; both or neither. */
      if ((from_id != 0 && !end_pairing (job, child_id, from_id, change->day, undo, &child_name, &old_mentor, error))
          || (mentor_id != 0 && !start_pairing (job, child_id, mentor_id, change->day, change->flags, undo,
                                                &paired_child, &new_mentor, error)))
        {
          haven_db_rollback (job->db);
          return NULL;
        }

      g_free (undo->summary);
      if (change->child_ids->len > 1)
        undo->summary = g_strdup_printf (ngettext ("%u child paired", "%u children paired", undo->created->len),
                                         undo->created->len);
      else if (from_id != 0 && mentor_id != 0)
        /* Translators: a child's name, the mentor before and the mentor now. */
        undo->summary = g_strdup_printf (_("%s moved from %s to %s"), paired_child, old_mentor, new_mentor);
      else if (from_id != 0)
        /* Translators: a child's name, then the mentor whose pairing ended. */
        undo->summary = g_strdup_printf (_("%s’s pairing with %s ended"), child_name, old_mentor);
      else
        /* Translators: a child's name, then a mentor's. */
        undo->summary = g_strdup_printf (_("%s paired with %s"), paired_child, new_mentor);
    }
  if (undo->summary == NULL)
    undo->summary = g_strdup (_("Nothing to pair"));

  if (!haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  announce (job, undo);
  return g_steal_pointer (&undo);
}

void
haven_store_change_pairing_async (HavenStore              *self,
                                  gint64                   child_id,
                                  gint64                   from_pairing_id,
                                  gint64                   mentor_id,
                                  const char              *day,
                                  HavenPairingChangeFlags  flags,
                                  GCancellable            *cancellable,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data)
{
  Change *change;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (child_id > 0);
  g_return_if_fail (from_pairing_id > 0 || mentor_id > 0);

  change = change_new (day, flags);
  change_add (change, child_id, from_pairing_id, mentor_id);
  haven_store_queue_job (self, haven_store_change_pairing_async, change_job,
                         change, (GDestroyNotify) change_free, (GDestroyNotify) haven_pairing_undo_free,
                         cancellable, callback, user_data);
}

HavenPairingUndo *
haven_store_change_pairing_finish (HavenStore    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_change_pairing_async, error);
}

void
haven_store_apply_pairings_async (HavenStore              *self,
                                  GArray                  *child_ids,
                                  GArray                  *mentor_ids,
                                  const char              *day,
                                  HavenPairingChangeFlags  flags,
                                  GCancellable            *cancellable,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data)
{
  Change *change;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (child_ids != NULL && mentor_ids != NULL && child_ids->len == mentor_ids->len);

  change = change_new (day, flags);
  for (guint i = 0; i < child_ids->len; i++)
    if (g_array_index (mentor_ids, gint64, i) != 0)
      change_add (change, g_array_index (child_ids, gint64, i), 0, g_array_index (mentor_ids, gint64, i));
  haven_store_queue_job (self, haven_store_apply_pairings_async, change_job,
                         change, (GDestroyNotify) change_free, (GDestroyNotify) haven_pairing_undo_free,
                         cancellable, callback, user_data);
}

HavenPairingUndo *
haven_store_apply_pairings_finish (HavenStore    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_apply_pairings_async, error);
}

static gboolean
remove_made (HavenJob  *job,
             gint64     pairing_id,
             GError   **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;
  gint64 checks;

  stmt = haven_db_prepare (job->db, "SELECT count (*) FROM pairing_check WHERE pairing_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  checks = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (checks > 0)
    {
      g_set_error_literal (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_HAS_CHECKS,
                           _("The pairing has effect checks now, so it cannot be undone. End it instead."));
      return FALSE;
    }
  return haven_job_delete_record (job, HAVEN_TYPE_PAIRING, pairing_id, error);
}

static gboolean
resume_ended (HavenJob    *job,
              gint64       pairing_id,
              const char  *day,
              GError     **error)
{
  g_autofree char *now = haven_db_now ();
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "UPDATE pairing SET end_date = '', updated_at = ?3 WHERE id = ?1 AND end_date = ?2",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  haven_db_bind_text (stmt, 2, day);
  haven_db_bind_text (stmt, 3, now);
  /* A pairing ended again by hand since keeps that end. */
  return haven_db_run (job->db, stmt, error);
}

static gpointer
undo_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  HavenPairingUndo *undo = data;

  if (!ensure_arranger (job, error) || !haven_db_begin (job->db, error))
    return NULL;

  for (guint i = 0; i < undo->created->len; i++)
    if (!remove_made (job, g_array_index (undo->created, gint64, i), error))
      {
        haven_db_rollback (job->db);
        return NULL;
      }
  for (guint i = 0; i < undo->ended->len; i++)
    if (!resume_ended (job, g_array_index (undo->ended, gint64, i), undo->day, error))
      {
        haven_db_rollback (job->db);
        return NULL;
      }

  if (!haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  announce (job, undo);
  return HAVEN_JOB_DONE;
}

void
haven_store_undo_pairings_async (HavenStore             *self,
                                 const HavenPairingUndo *undo,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (undo != NULL);

  haven_store_queue_job (self, haven_store_undo_pairings_async, undo_job,
                         haven_pairing_undo_copy (undo), (GDestroyNotify) haven_pairing_undo_free, NULL,
                         cancellable, callback, user_data);
}

gboolean
haven_store_undo_pairings_finish (HavenStore    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_undo_pairings_async, error);
}

/* The proposal */

void
haven_proposal_line_free (HavenProposalLine *line)
{
  if (line == NULL)
    return;
  g_free (line->child_name);
  g_free (line->class_name);
  g_free (line->village);
  g_free (line->mentor_name);
  g_free (line->reason);
  g_free (line);
}

typedef struct
{
  char *child_name;
  char *class_name;
  char *village;
} ChildNames;

static void
child_names_free (gpointer data)
{
  ChildNames *names = data;

  g_free (names->child_name);
  g_free (names->class_name);
  g_free (names->village);
  g_free (names);
}

typedef struct
{
  char *name;
  int   kind;
} MentorName;

static void
mentor_name_free (gpointer data)
{
  MentorName *name = data;

  g_free (name->name);
  g_free (name);
}

static gboolean
gather_mentors (HavenJob               *job,
                const char             *day,
                HavenPairingSuggester  *suggester,
                GHashTable             *names,
                GError                **error)
{
  sqlite3_stmt *stmt;

  /* In the board's order, which breaks ties. */
  stmt = haven_db_prepare (job->db,
                           "SELECT m.id, m.staff_id, m.school_class_id, m.child_id, m.kind, m.name,"
                           " " MENTOR_LOAD ("m", "?1") ", " HAVEN_MENTOR_CAPACITY_SQL ("m")
                           " FROM mentor m ORDER BY m.kind, m.name_key, m.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, day);
  for (;;)
    {
      HavenSuggestMentor mentor = { 0 };
      MentorName *name;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      mentor.id = sqlite3_column_int64 (stmt, 0);
      mentor.staff_id = sqlite3_column_int64 (stmt, 1);
      mentor.class_id = sqlite3_column_int64 (stmt, 2);
      mentor.child_id = sqlite3_column_int64 (stmt, 3);
      mentor.kind = sqlite3_column_int (stmt, 4);
      mentor.load = sqlite3_column_int (stmt, 6);
      mentor.capacity = sqlite3_column_int (stmt, 7);
      haven_pairing_suggester_add_mentor (suggester, &mentor);

      name = g_new0 (MentorName, 1);
      name->name = g_strdup (haven_db_column_text (stmt, 5));
      name->kind = mentor.kind;
      g_hash_table_insert (names, g_memdup2 (&mentor.id, sizeof mentor.id), name);
    }

  stmt = haven_db_prepare (job->db,
                           "SELECT p.mentor_id, c.village FROM pairing p JOIN child c ON c.id = p.child_id"
                           " WHERE " ON_ROLL ("c") " AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?1"),
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, day);
  for (;;)
    {
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      haven_pairing_suggester_add_mentee (suggester, sqlite3_column_int64 (stmt, 0), haven_db_column_text (stmt, 1));
    }
  return TRUE;
}

static gboolean
gather_unpaired (HavenJob               *job,
                 const char             *day,
                 HavenPairingSuggester  *suggester,
                 GHashTable             *names,
                 GError                **error)
{
  sqlite3_stmt *stmt;

  /* In the order of the board's Unpaired column. */
  stmt = haven_db_prepare (job->db,
                           "SELECT c.id, c.school_class_id, k.teacher_id, c.village, c.key_support, c.name, k.name"
                           " FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id"
                           " WHERE " ON_ROLL ("c")
                           "  AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.child_id = c.id"
                           "   AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?1") ")"
                           " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, c.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, day);
  for (;;)
    {
      HavenSuggestChild child = { 0 };
      ChildNames *child_names;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child.id = sqlite3_column_int64 (stmt, 0);
      child.class_id = sqlite3_column_int64 (stmt, 1);
      child.class_teacher_id = sqlite3_column_int64 (stmt, 2);
      child.village = haven_db_column_text (stmt, 3);
      child.key_support = sqlite3_column_int (stmt, 4) != 0;
      haven_pairing_suggester_add_child (suggester, &child);

      child_names = g_new0 (ChildNames, 1);
      child_names->child_name = g_strdup (haven_db_column_text (stmt, 5));
      child_names->class_name = g_strdup (haven_db_column_text (stmt, 6));
      child_names->village = g_strdup (child.village);
      g_hash_table_insert (names, g_memdup2 (&child.id, sizeof child.id), child_names);
    }
  return TRUE;
}

static gpointer
suggest_job (HavenJob  *job,
             gpointer   data,
             GError   **error)
{
  const char *day = data;
  g_autoptr(HavenPairingSuggester) suggester = haven_pairing_suggester_new ();
  g_autoptr(GHashTable) mentors = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, mentor_name_free);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, child_names_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) haven_proposal_line_free);
  g_autoptr(GArray) suggestions = NULL;
  gboolean ok;

  if (!haven_job_ensure_open (job, error))
    return NULL;

  /* One read transaction: the loads agree with the children. */
  if (!haven_db_exec (job->db, "BEGIN", error))
    return NULL;
  ok = gather_mentors (job, day, suggester, mentors, error)
       && gather_unpaired (job, day, suggester, children, error);
  haven_db_rollback (job->db);
  if (!ok)
    return NULL;

  suggestions = haven_pairing_suggester_run (suggester);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const HavenSuggestion *suggestion = &g_array_index (suggestions, HavenSuggestion, i);
      const ChildNames *child = g_hash_table_lookup (children, &suggestion->child_id);
      const MentorName *mentor = g_hash_table_lookup (mentors, &suggestion->mentor_id);
      HavenProposalLine *line = g_new0 (HavenProposalLine, 1);

      line->child_id = suggestion->child_id;
      line->child_name = g_strdup (child->child_name);
      line->class_name = g_strdup (child->class_name);
      line->village = g_strdup (child->village);
      line->mentor_id = suggestion->mentor_id;
      line->mentor_name = g_strdup (mentor != NULL ? mentor->name : "");
      line->mentor_kind = mentor != NULL ? mentor->kind : HAVEN_MENTOR_KIND_TEACHER;
      line->suggestion = *suggestion;
      line->reason = haven_suggestion_describe (suggestion, child->class_name, child->village);
      g_ptr_array_add (lines, line);
    }
  return g_steal_pointer (&lines);
}

void
haven_store_suggest_pairings_async (HavenStore          *self,
                                    const char          *day,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_suggest_pairings_async, suggest_job,
                         today_or (day), g_free, (GDestroyNotify) g_ptr_array_unref,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_suggest_pairings_finish (HavenStore    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_suggest_pairings_async, error);
}

/* The roster */

void
haven_roster_line_free (HavenRosterLine *line)
{
  if (line == NULL)
    return;
  g_free (line->child_name);
  g_free (line->class_name);
  g_free (line->village);
  g_free (line->mentor_name);
  g_free (line->since);
  g_free (line);
}

static gpointer
roster_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  const char *day = data;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) haven_roster_line_free);
  sqlite3_stmt *stmt;

  if (!haven_job_ensure_open (job, error))
    return NULL;

  stmt = haven_db_prepare (job->db,
                           "WITH loads AS (SELECT p.mentor_id AS id, count (*) AS n FROM pairing p"
                           "  JOIN child c ON c.id = p.child_id"
                           "  WHERE " ON_ROLL ("c") " AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?1")
                           "  GROUP BY p.mentor_id)"
                           " SELECT c.id, c.name, k.name, c.village, m.id, m.name, m.kind,"
                           "  coalesce (l.n, 0), " HAVEN_MENTOR_CAPACITY_SQL ("m") ", p.start_date"
                           " FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id"
                           " LEFT JOIN pairing p ON p.child_id = c.id AND " HAVEN_PAIRING_CURRENT_SQL ("p", "?1")
                           " LEFT JOIN mentor m ON m.id = p.mentor_id"
                           " LEFT JOIN loads l ON l.id = m.id"
                           " WHERE " ON_ROLL ("c")
                           " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, c.id, p.start_date, p.id",
                           error);
  if (stmt == NULL)
    return NULL;
  haven_db_bind_text (stmt, 1, day);
  for (;;)
    {
      HavenRosterLine *line;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      line = g_new0 (HavenRosterLine, 1);
      line->child_id = sqlite3_column_int64 (stmt, 0);
      line->child_name = g_strdup (haven_db_column_text (stmt, 1));
      line->class_name = g_strdup (haven_db_column_text (stmt, 2));
      line->village = g_strdup (haven_db_column_text (stmt, 3));
      line->mentor_id = sqlite3_column_int64 (stmt, 4);
      line->mentor_name = g_strdup (haven_db_column_text (stmt, 5));
      line->mentor_kind = sqlite3_column_int (stmt, 6);
      line->load = sqlite3_column_int (stmt, 7);
      line->capacity = line->mentor_id != 0 ? sqlite3_column_int (stmt, 8) : 0;
      line->since = g_strdup (haven_db_column_text (stmt, 9));
      g_ptr_array_add (lines, line);
    }
  return g_steal_pointer (&lines);
}

void
haven_store_pairing_roster_async (HavenStore          *self,
                                  const char          *day,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_pairing_roster_async, roster_job,
                         today_or (day), g_free, (GDestroyNotify) g_ptr_array_unref,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_pairing_roster_finish (HavenStore    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_pairing_roster_async, error);
}

/* Villages */

static int
compare_pinyin (gconstpointer a,
                gconstpointer b)
{
  return haven_pinyin_compare (*(const char * const *) a, *(const char * const *) b);
}

static gpointer
villages_job (HavenJob  *job,
              gpointer   data,
              GError   **error)
{
  g_autoptr(GPtrArray) villages = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (!haven_job_ensure_open (job, error))
    return NULL;

  stmt = haven_db_prepare (job->db,
                           "SELECT DISTINCT c.village FROM child c WHERE " ON_ROLL ("c") " AND c.village <> ''",
                           error);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (villages, g_strdup (haven_db_column_text (stmt, 0)));
    }
  g_ptr_array_sort (villages, compare_pinyin);
  g_ptr_array_add (villages, NULL);
  return g_ptr_array_free (g_steal_pointer (&villages), FALSE);
}

void
haven_store_list_villages_async (HavenStore          *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_list_villages_async, villages_job, NULL, NULL,
                         (GDestroyNotify) g_strfreev, cancellable, callback, user_data);
}

GStrv
haven_store_list_villages_finish (HavenStore    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_list_villages_async, error);
}
