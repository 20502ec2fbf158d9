/* haven-store-children.c: the SQL of child files, their history and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-change.h"
#include "haven-pinyin.h"
#include "haven-store-private.h"

/* The stored child fields in column order, then updated_at and the
 * columns derived from the name and the file's completeness. */
static const char insert_child_sql[] =
  "INSERT INTO child (uuid, name, gender, birth_date, id_number, school_class_id, student_number,"
  "  address, reason, personality, interests, talents, health, study_level, study_notes, boarding,"
  "  hardship, aid, key_support, status, left_date, left_reason, notes, updated_at,"
  "  name_pinyin, name_initials, name_key, missing, phones)"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

static const char update_child_sql[] =
  "UPDATE child SET name = ?, gender = ?, birth_date = ?, id_number = ?, school_class_id = ?,"
  "  student_number = ?, address = ?, reason = ?, personality = ?, interests = ?, talents = ?,"
  "  health = ?, study_level = ?, study_notes = ?, boarding = ?, hardship = ?, aid = ?,"
  "  key_support = ?, status = ?, left_date = ?, left_reason = ?, notes = ?, updated_at = ?,"
  "  name_pinyin = ?, name_initials = ?, name_key = ?, missing = ?, phones = ?"
  " WHERE id = ?";

static void
bind_derived (sqlite3_stmt   *stmt,
              int             first,
              HavenChildFile *file)
{
  const char *name = haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (file)),
                                              HAVEN_CHILD_NAME);
  g_autofree char *pinyin = haven_pinyin_full (name);
  g_autofree char *initials = haven_pinyin_initials (name);
  g_autoptr(GBytes) key = haven_pinyin_sort_key (name);
  g_autofree char *now = haven_db_now ();
  gsize key_len = 0;
  gconstpointer key_data = key != NULL ? g_bytes_get_data (key, &key_len) : NULL;
  g_autofree char *phones = g_strjoin (" ",
                                       haven_record_get_string (HAVEN_RECORD (haven_child_file_get_guardian (file)), HAVEN_GUARDIAN_PHONE),
                                       haven_record_get_string (HAVEN_RECORD (haven_child_file_get_father (file)), HAVEN_PARENT_PHONE),
                                       haven_record_get_string (HAVEN_RECORD (haven_child_file_get_mother (file)), HAVEN_PARENT_PHONE),
                                       NULL);

  haven_db_bind_text (stmt, first, now);
  haven_db_bind_text (stmt, first + 1, pinyin);
  haven_db_bind_text (stmt, first + 2, initials);
  sqlite3_bind_blob (stmt, first + 3, key_data, key_len, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, first + 4, haven_missing_count (haven_child_file_get_missing (file)));
  haven_db_bind_text (stmt, first + 5, phones);
}

static guint
n_stored_fields (HavenRecord *record)
{
  guint n = 0;

  for (guint i = 0; i < haven_record_get_n_fields (record); i++)
    if (!(haven_record_get_field_info (record, i)->flags & HAVEN_FIELD_DERIVED))
      n++;
  return n;
}

static gboolean
write_child (HavenDb         *db,
             HavenChildFile  *file,
             GError         **error)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  guint n = n_stored_fields (child);
  sqlite3_stmt *stmt;

  if (haven_record_get_id (child) == 0)
    {
      stmt = haven_db_prepare (db, insert_child_sql, error);
      if (stmt == NULL)
        return FALSE;
      haven_sql_ensure_uuid (child);
      haven_db_bind_text (stmt, 1, haven_record_get_uuid (child));
      haven_sql_bind_fields (stmt, 2, child);
      bind_derived (stmt, n + 2, file);
      if (!haven_db_run (db, stmt, error))
        return FALSE;
      haven_record_set_id (child, haven_db_last_insert_id (db));
      return TRUE;
    }

  stmt = haven_db_prepare (db, update_child_sql, error);
  if (stmt == NULL)
    return FALSE;
  haven_sql_bind_fields (stmt, 1, child);
  bind_derived (stmt, n + 1, file);
  sqlite3_bind_int64 (stmt, n + 7, haven_record_get_id (child));
  if (!haven_db_run (db, stmt, error))
    return FALSE;
  if (haven_db_changes (db) == 0)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND,
                   _("This child’s file no longer exists. It may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_member (HavenDb      *db,
              HavenRecord  *member,
              gint64        child_id,
              guint         child_id_field,
              GError      **error)
{
  haven_record_set_ref (member, child_id_field, child_id);
  return haven_sql_save_record (db, member, error);
}

static gboolean
write_file (HavenDb         *db,
            HavenChildFile  *file,
            GError         **error)
{
  gint64 child_id;

  if (!write_child (db, file, error))
    return FALSE;

  child_id = haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file)));
  return write_member (db, HAVEN_RECORD (haven_child_file_get_father (file)), child_id, HAVEN_PARENT_CHILD_ID, error)
      && write_member (db, HAVEN_RECORD (haven_child_file_get_mother (file)), child_id, HAVEN_PARENT_CHILD_ID, error)
      && write_member (db, HAVEN_RECORD (haven_child_file_get_guardian (file)), child_id, HAVEN_GUARDIAN_CHILD_ID, error);
}

/* For the sample generator and imports: no history, the caller holds the
 * transaction. */
gboolean
haven_sql_insert_child_file (HavenDb         *db,
                             HavenChildFile  *file,
                             GError         **error)
{
  return write_file (db, file, error);
}

static gboolean
record_change (HavenDb     *db,
               gint64       child_id,
               const char  *changed_at,
               const char  *field,
               const char  *old_value,
               const char  *new_value,
               const char  *author,
               GError     **error)
{
  g_autoptr(HavenChange) change = haven_change_new ();
  HavenRecord *record = HAVEN_RECORD (change);

  haven_record_set_ref (record, HAVEN_CHANGE_CHILD_ID, child_id);
  haven_record_set_string (record, HAVEN_CHANGE_CHANGED_AT, changed_at);
  haven_record_set_string (record, HAVEN_CHANGE_FIELD, field);
  haven_record_set_string (record, HAVEN_CHANGE_OLD_VALUE, old_value);
  haven_record_set_string (record, HAVEN_CHANGE_NEW_VALUE, new_value);
  haven_record_set_string (record, HAVEN_CHANGE_AUTHOR, author);
  return haven_sql_insert_record (db, record, error);
}

static char *
class_name (HavenDb *db,
            gint64   class_id)
{
  sqlite3_stmt *stmt = haven_db_prepare (db, "SELECT name FROM school_class WHERE id = ?1", NULL);
  gboolean has_row = FALSE;
  char *name = NULL;

  if (stmt == NULL || class_id == 0)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (haven_db_step (db, stmt, &has_row, NULL) && has_row)
    name = g_strdup (haven_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name != NULL ? name : g_strdup_printf ("%" G_GINT64_FORMAT, class_id);
}

/* Records "section.field" for every stored field that differs. */
static gboolean
record_differences (HavenDb      *db,
                    gint64        child_id,
                    const char   *changed_at,
                    const char   *section,
                    HavenRecord  *before,
                    HavenRecord  *after,
                    const char   *author,
                    GError      **error)
{
  for (guint i = 0; i < haven_record_get_n_fields (after); i++)
    {
      const HavenField *field = haven_record_get_field_info (after, i);
      g_autofree char *key = NULL;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if ((field->flags & HAVEN_FIELD_DERIVED) || g_str_equal (field->name, "child-id"))
        continue;
      if (haven_record_field_equal (before, after, i))
        continue;

      key = g_strconcat (section, ".", field->name, NULL);
      if (g_str_equal (key, "child.school-class-id"))
        {
          /* A class is remembered by its name: ids mean nothing to a reader. */
          old_text = class_name (db, haven_record_get_ref (before, i));
          new_text = class_name (db, haven_record_get_ref (after, i));
        }
      else
        {
          old_text = haven_record_dup_field_text (before, i);
          new_text = haven_record_dup_field_text (after, i);
        }
      if (!record_change (db, child_id, changed_at, key, old_text, new_text, author, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
haven_sql_save_child_file (HavenDb         *db,
                           HavenChildFile  *file,
                           const char      *author,
                           GError         **error)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  g_autoptr(HavenChildFile) before = NULL;
  g_autofree char *now = haven_db_now ();
  gint64 child_id = haven_record_get_id (child);
  gboolean ok;

  if (!haven_db_begin (db, error))
    return FALSE;

  if (child_id != 0)
    {
      before = haven_sql_load_child_file (db, child_id, error);
      if (before == NULL)
        {
          haven_db_rollback (db);
          return FALSE;
        }
    }

  ok = write_file (db, file, error);
  child_id = haven_record_get_id (child);

  if (ok && before == NULL)
    ok = record_change (db, child_id, now, "file.created", "",
                        haven_record_get_string (child, HAVEN_CHILD_NAME), author, error);
  else if (ok)
    ok = record_differences (db, child_id, now, "child", HAVEN_RECORD (haven_child_file_get_child (before)),
                             child, author, error)
      && record_differences (db, child_id, now, "father", HAVEN_RECORD (haven_child_file_get_father (before)),
                             HAVEN_RECORD (haven_child_file_get_father (file)), author, error)
      && record_differences (db, child_id, now, "mother", HAVEN_RECORD (haven_child_file_get_mother (before)),
                             HAVEN_RECORD (haven_child_file_get_mother (file)), author, error)
      && record_differences (db, child_id, now, "guardian", HAVEN_RECORD (haven_child_file_get_guardian (before)),
                             HAVEN_RECORD (haven_child_file_get_guardian (file)), author, error);

  if (!ok || !haven_db_commit (db, error))
    {
      haven_db_rollback (db);
      /* The caller's copy must not look saved when the row was rolled back. */
      if (before == NULL)
        haven_record_set_id (child, 0);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_member (HavenDb      *db,
             const char   *sql,
             gint64        child_id,
             int           role,
             HavenRecord  *member,
             GError      **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  if (role >= 0)
    sqlite3_bind_int (stmt, 2, role);
  if (!haven_db_step (db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    haven_sql_read_record (stmt, member);
  sqlite3_reset (stmt);
  return TRUE;
}

HavenChildFile *
haven_sql_load_child_file (HavenDb  *db,
                           gint64    child_id,
                           GError  **error)
{
  g_autoptr(HavenRecord) child = haven_sql_load_record (db, HAVEN_TYPE_CHILD, child_id, NULL, error);
  g_autoptr(HavenParent) father = haven_parent_new ();
  g_autoptr(HavenParent) mother = haven_parent_new ();
  g_autoptr(HavenGuardian) guardian = haven_guardian_new ();

  if (child == NULL)
    return NULL;

  if (!load_member (db,
                    "SELECT id, uuid, child_id, role, name, away, work_place, employer, employer_address,"
                    "  phone, home_visits FROM parent WHERE child_id = ?1 AND role = ?2",
                    child_id, HAVEN_PARENT_ROLE_FATHER, HAVEN_RECORD (father), error)
      || !load_member (db,
                       "SELECT id, uuid, child_id, role, name, away, work_place, employer, employer_address,"
                       "  phone, home_visits FROM parent WHERE child_id = ?1 AND role = ?2",
                       child_id, HAVEN_PARENT_ROLE_MOTHER, HAVEN_RECORD (mother), error)
      || !load_member (db,
                       "SELECT id, uuid, child_id, name, relationship, occupation, address, phone, health,"
                       "  age, entrusted FROM guardian WHERE child_id = ?1",
                       child_id, -1, HAVEN_RECORD (guardian), error))
    return NULL;

  return haven_child_file_new_full (HAVEN_CHILD (child), father, mother, guardian);
}

gboolean
haven_sql_set_child_deleted (HavenDb   *db,
                             gint64     child_id,
                             gboolean   deleted,
                             GError   **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (db, "UPDATE child SET deleted = ?2 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  return haven_db_run (db, stmt, error);
}

/* One statement per sort order: ORDER BY cannot take a bound value.
 * ?1 roll, ?2 class, ?3 grade, ?4 reason, ?5 key support only,
 * ?6 incomplete only, ?7 without mentor only, ?8 today, ?9 name or pinyin
 * pattern, ?10 initials prefix, ?11 phone pattern (over the file's phones). */
#define CHILD_FILTER \
  "SELECT c.id FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id" \
  " WHERE c.deleted = 0" \
  "  AND ((?1 = 0 AND c.status = 0) OR (?1 = 1 AND c.status <> 0) OR ?1 = 2)" \
  "  AND (?2 = 0 OR c.school_class_id = ?2)" \
  "  AND (?3 = 0 OR k.grade = ?3)" \
  "  AND (?4 < 0 OR c.reason = ?4)" \
  "  AND (?5 = 0 OR c.key_support = 1)" \
  "  AND (?6 = 0 OR c.missing > 0)" \
  "  AND (?7 = 0 OR NOT EXISTS (SELECT 1 FROM pairing p WHERE p.child_id = c.id" \
  "        AND p.start_date <= ?8 AND (p.end_date = '' OR p.end_date >= ?8)))" \
  "  AND (?9 IS NULL OR c.name LIKE ?9 ESCAPE '\\' OR c.name_pinyin LIKE ?9 ESCAPE '\\'" \
  "       OR c.name_initials LIKE ?10 ESCAPE '\\' OR c.student_number LIKE ?9 ESCAPE '\\'" \
  "       OR (?11 IS NOT NULL AND c.phones LIKE ?11 ESCAPE '\\'))"

static const char * const child_queries[] = {
  [HAVEN_SORT_CLASS] = CHILD_FILTER " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, c.id",
  [HAVEN_SORT_NAME] = CHILD_FILTER " ORDER BY c.name_key, c.id",
  [HAVEN_SORT_BIRTHDAY] = CHILD_FILTER " ORDER BY c.birth_date = '', substr (c.birth_date, 6, 5), c.name_key, c.id",
};

static gboolean
is_phone_fragment (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }
  return digits >= 3;
}

static char *
digits_only (const char *text)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  return g_string_free (digits, FALSE);
}

GArray *
haven_sql_query_children (HavenDb     *db,
                          HavenQuery  *query,
                          GError     **error)
{
  HavenSort sort = haven_query_get_sort (query);
  g_autofree char *today = haven_today_string (haven_query_get_today (query));
  g_autofree char *search = g_strstrip (g_utf8_strdown (haven_query_get_search (query), -1));
  sqlite3_stmt *stmt;

  if (sort >= G_N_ELEMENTS (child_queries))
    sort = HAVEN_SORT_CLASS;

  stmt = haven_db_prepare (db, child_queries[sort], error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, haven_query_get_roll (query));
  sqlite3_bind_int64 (stmt, 2, haven_query_get_class_id (query));
  sqlite3_bind_int (stmt, 3, haven_query_get_grade (query));
  sqlite3_bind_int (stmt, 4, haven_query_get_reason (query));
  sqlite3_bind_int (stmt, 5, haven_query_get_key_support (query));
  sqlite3_bind_int (stmt, 6, haven_query_get_incomplete (query));
  sqlite3_bind_int (stmt, 7, haven_query_get_no_mentor (query));
  haven_db_bind_text (stmt, 8, today);

  if (*search != '\0')
    {
      g_autofree char *compact = NULL;
      g_autofree char *like = NULL;
      g_autofree char *initials = NULL;
      GString *squeezed = g_string_new (NULL);

      /* "zhang xiao" matches the stored "zhangxiaoming". */
      for (const char *p = search; *p != '\0'; p++)
        if (*p != ' ')
          g_string_append_c (squeezed, *p);
      compact = g_string_free (squeezed, FALSE);

      like = haven_sql_like_pattern (compact, FALSE);
      initials = haven_sql_like_pattern (compact, TRUE);
      haven_db_bind_text (stmt, 9, like);
      haven_db_bind_text (stmt, 10, initials);

      if (is_phone_fragment (search))
        {
          g_autofree char *digits = digits_only (search);
          g_autofree char *phone = haven_sql_like_pattern (digits, FALSE);
          haven_db_bind_text (stmt, 11, phone);
        }
    }

  return haven_sql_collect_ids (db, stmt, error);
}

/* Rebuilds the derived name columns when the collator that made them
 * changed (an ICU upgrade), so pinyin order stays right. */
gboolean
haven_sql_refresh_name_keys (HavenDb   *db,
                             HavenJob  *job,
                             GError   **error)
{
  g_autofree char *version = haven_pinyin_collation_version ();
  g_autofree char *stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean has_row;

  stmt = haven_db_prepare (db, "SELECT value FROM meta WHERE key = 'collation'", error);
  if (stmt == NULL || !haven_db_step (db, stmt, &has_row, error))
    return FALSE;
  stored = has_row ? g_strdup (haven_db_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);
  if (g_strcmp0 (stored, version) == 0)
    return TRUE;

  if (!haven_db_begin (db, error))
    return FALSE;

  stmt = haven_db_prepare (db, "SELECT id, name FROM child", error);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (stmt != NULL && haven_db_step (db, stmt, &has_row, error) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup (haven_db_column_text (stmt, 1)));
    }
  if (stmt == NULL || (error != NULL && *error != NULL))
    {
      haven_db_rollback (db);
      return FALSE;
    }

  stmt = haven_db_prepare (db,
                           "UPDATE child SET name_pinyin = ?2, name_initials = ?3, name_key = ?4 WHERE id = ?1",
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
      if (!haven_db_run (db, stmt, error))
        {
          haven_db_rollback (db);
          return FALSE;
        }
      if (job != NULL && i % 2000 == 0)
        haven_job_progress (job, (double) i / ids->len);
    }
  if (job != NULL)
    haven_job_progress (job, -1.0);

  stmt = stmt != NULL ? haven_db_prepare (db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('collation', ?1)", error) : NULL;
  if (stmt == NULL)
    {
      haven_db_rollback (db);
      return FALSE;
    }
  haven_db_bind_text (stmt, 1, version);
  if (!haven_db_run (db, stmt, error) || !haven_db_commit (db, error))
    {
      haven_db_rollback (db);
      return FALSE;
    }
  return TRUE;
}
