/* haven-store-children.c: children's files, their history, the archive
 *
 * The SQL of this feature: the joins of a child's list row, the archive's
 * search index and what feeds it, the file's history, deletion with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-change.h"
#include "haven-child-index.h"
#include "haven-child-query.h"
#include "haven-pairing.h"
#include "haven-pairing-rules.h"
#include "haven-pinyin.h"
#include "haven-school-class.h"
#include "haven-store-children.h"
#include "haven-store-features.h"
#include "haven-store-private.h"

/* A pairing is current from its start until its end date, if it has one
 * (haven-pairing-rules.h). */
#define CURRENT_PAIRING HAVEN_PAIRING_CURRENT_SQL ("p", "?2")

const HavenDerivedSql haven_child_derived_sql = {
  "k.name, k.grade, g.name, g.phone,"
  " (SELECT m.name FROM pairing p JOIN mentor m ON m.id = p.mentor_id"
  "   WHERE p.child_id = t.id AND " CURRENT_PAIRING " ORDER BY p.start_date DESC LIMIT 1),"
  " (SELECT max (x.date) FROM talk x WHERE x.child_id = t.id)",
  "LEFT JOIN school_class k ON k.id = t.school_class_id LEFT JOIN guardian g ON g.child_id = t.id",
};

/* The search index */

#define INDEX_KEY "children-index"

typedef struct
{
  HavenChildIndex *index;
  guint64          children;   /* generations the index reflects */
  guint64          classes;
  guint64          pairings;
} IndexState;

static void
index_state_free (IndexState *state)
{
  haven_child_index_free (state->index);
  g_free (state);
}

#define INDEX_SELECT \
  "SELECT c.id, c.school_class_id, k.grade, k.name, c.status, c.reason, c.key_support, c.missing," \
  " c.name, c.name_pinyin, c.name_initials, c.student_number, c.phones, c.village, c.name_key," \
  " c.birth_date, c.care_risk FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id"

static void
read_index_row (sqlite3_stmt       *stmt,
                HavenChildIndexRow *row)
{
  row->id = sqlite3_column_int64 (stmt, 0);
  row->class_id = sqlite3_column_int64 (stmt, 1);
  row->grade = sqlite3_column_int (stmt, 2);
  row->class_name = haven_db_column_text (stmt, 3);
  row->status = sqlite3_column_int (stmt, 4);
  row->reason = sqlite3_column_int (stmt, 5);
  row->key_support = sqlite3_column_int (stmt, 6);
  row->missing = sqlite3_column_int (stmt, 7);
  row->name = haven_db_column_text (stmt, 8);
  row->name_pinyin = haven_db_column_text (stmt, 9);
  row->name_initials = haven_db_column_text (stmt, 10);
  row->student_number = haven_db_column_text (stmt, 11);
  row->phones = haven_db_column_text (stmt, 12);
  row->village = haven_db_column_text (stmt, 13);
  row->name_key = sqlite3_column_blob (stmt, 14);
  row->name_key_len = sqlite3_column_bytes (stmt, 14);
  row->birth_date = haven_db_column_text (stmt, 15);
  row->care_risk = sqlite3_column_int (stmt, 16);
}

static gboolean
rebuild_index (HavenJob    *job,
               IndexState  *state,
               GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db, INDEX_SELECT " WHERE c.deleted = 0", error);

  if (stmt == NULL)
    return FALSE;

  haven_child_index_clear (state->index);
  for (;;)
    {
      HavenChildIndexRow row;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      read_index_row (stmt, &row);
      haven_child_index_put (state->index, &row);
    }

  state->children = haven_job_get_generation (job, HAVEN_TYPE_CHILD);
  state->classes = haven_job_get_generation (job, HAVEN_TYPE_SCHOOL_CLASS);
  state->pairings = G_MAXUINT64;
  return TRUE;
}

/* Refreshes one child after this feature wrote it. */
static gboolean
update_index (HavenJob    *job,
              gint64       child_id,
              GError     **error)
{
  IndexState *state = haven_job_get_state (job, INDEX_KEY);
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (state == NULL)
    return TRUE;

  stmt = haven_db_prepare (job->db, INDEX_SELECT " WHERE c.id = ?1 AND c.deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, child_id);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      HavenChildIndexRow row;

      read_index_row (stmt, &row);
      haven_child_index_put (state->index, &row);
      sqlite3_reset (stmt);
    }
  else
    haven_child_index_remove (state->index, child_id);
  return TRUE;
}

/* Announces a change this feature has already put in the index. */
static void
child_changed (HavenJob *job,
               gint64    child_id)
{
  IndexState *state = haven_job_get_state (job, INDEX_KEY);
  gboolean in_step = state != NULL
                     && state->children == haven_job_get_generation (job, HAVEN_TYPE_CHILD);

  haven_job_changed (job, HAVEN_TYPE_CHILD, child_id);
  if (in_step)
    state->children = haven_job_get_generation (job, HAVEN_TYPE_CHILD);
}

static gboolean
refresh_mentored (HavenJob    *job,
                  IndexState  *state,
                  const char  *today,
                  GError     **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = haven_db_prepare (job->db,
                           "SELECT DISTINCT p.child_id FROM pairing p"
                           " WHERE " HAVEN_PAIRING_CURRENT_SQL ("p", "?1"),
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, today);
  for (;;)
    {
      gboolean has_row;
      gint64 id;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  haven_child_index_set_mentored (state->index, ids, today);
  state->pairings = haven_job_get_generation (job, HAVEN_TYPE_PAIRING);
  return TRUE;
}

static IndexState *
ensure_index (HavenJob    *job,
              const char  *today,
              gboolean     mentors,
              GError     **error)
{
  IndexState *state = haven_job_get_state (job, INDEX_KEY);
  const char *day;

  if (state == NULL)
    {
      state = g_new0 (IndexState, 1);
      state->index = haven_child_index_new ();
      state->children = G_MAXUINT64;
      haven_job_set_state (job, INDEX_KEY, state, (GDestroyNotify) index_state_free);
    }

  /* A change this feature did not make (an import, a class renamed)
   * rebuilds the lot: 100,000 children take a fraction of a second. */
  if (state->children != haven_job_get_generation (job, HAVEN_TYPE_CHILD)
      || state->classes != haven_job_get_generation (job, HAVEN_TYPE_SCHOOL_CLASS))
    {
      if (!rebuild_index (job, state, error))
        return NULL;
    }

  day = haven_child_index_get_mentored_day (state->index);
  if (mentors && (g_strcmp0 (day, today) != 0
                  || state->pairings != haven_job_get_generation (job, HAVEN_TYPE_PAIRING)))
    {
      if (!refresh_mentored (job, state, today, error))
        return NULL;
    }
  return state;
}

GPtrArray *
haven_store_children_query (HavenJob    *job,
                            HavenQuery  *query,
                            GError     **error)
{
  HavenChildQuery *child_query = HAVEN_CHILD_QUERY (query);
  g_autofree char *today = haven_query_dup_today (query);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  HavenChildIndexQuery search = { 0 };
  IndexState *state;

  search.sort = haven_child_query_get_sort (child_query);
  search.roll = haven_child_query_get_roll (child_query);
  search.class_id = haven_child_query_get_class_id (child_query);
  search.grade = haven_child_query_get_grade (child_query);
  search.reason = haven_child_query_get_reason (child_query);
  search.key_support = haven_child_query_get_key_support (child_query);
  search.incomplete = haven_child_query_get_incomplete (child_query);
  search.no_mentor = haven_child_query_get_no_mentor (child_query);
  search.village = haven_child_query_get_village (child_query);
  search.search = haven_query_get_search (query);
  search.care_risk = haven_child_query_get_care_risk (child_query);
  search.birthday_days = haven_child_query_get_birthday_days (child_query);
  search.today = today;

  state = ensure_index (job, today, search.no_mentor, error);
  if (state == NULL)
    return NULL;

  ids = haven_child_index_search (state->index, &search);
  rows = g_ptr_array_new_full (ids->len, g_object_unref);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (rows, haven_job_get_row (job, HAVEN_TYPE_CHILD, g_array_index (ids, gint64, i)));
  return g_steal_pointer (&rows);
}

GArray *
haven_job_match_children (HavenJob    *job,
                          const char  *search,
                          GError     **error)
{
  HavenChildIndexQuery query = { 0 };
  IndexState *state;

  query.sort = HAVEN_SORT_CLASS;
  query.roll = HAVEN_ROLL_ALL;
  query.reason = HAVEN_ANY_REASON;
  query.search = search;
  state = ensure_index (job, "", FALSE, error);
  if (state == NULL)
    return NULL;
  return haven_child_index_search (state->index, &query);
}

/* Opening */

static gboolean
purge_deleted (HavenJob  *job,
               GError   **error)
{
  return haven_db_exec (job->db, "DELETE FROM child WHERE deleted = 1", error);
}

/* Rebuilds the stored name keys when the collator that made them changed
 * (an ICU upgrade), so pinyin order stays right. */
static gboolean
refresh_name_keys (HavenJob  *job,
                   GError   **error)
{
  g_autofree char *version = haven_pinyin_collation_version ();
  g_autofree char *stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gboolean has_row;

  stmt = haven_db_prepare (job->db, "SELECT value FROM meta WHERE key = 'collation'", error);
  if (stmt == NULL || !haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  stored = has_row ? g_strdup (haven_db_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);
  if (g_strcmp0 (stored, version) == 0)
    return TRUE;

  if (!haven_db_begin (job->db, error))
    return FALSE;

  stmt = haven_db_prepare (job->db, "SELECT id, name FROM child", error);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
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
      if (!haven_db_run (job->db, stmt, error))
        {
          haven_db_rollback (job->db);
          return FALSE;
        }
      if (i % 2000 == 0)
        haven_job_progress (job, (double) i / ids->len);
    }
  haven_job_progress (job, -1.0);

  stmt = stmt != NULL ? haven_db_prepare (job->db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('collation', ?1)", error) : NULL;
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

gboolean
haven_store_children_open (HavenJob  *job,
                           GError   **error)
{
  return purge_deleted (job, error) && refresh_name_keys (job, error);
}

/* Files */

HavenChildFile *
haven_job_load_child_file (HavenJob    *job,
                           gint64       child_id,
                           GError     **error)
{
  g_autoptr(HavenRecord) child = haven_job_load_record (job, HAVEN_TYPE_CHILD, child_id, NULL, error);
  g_autoptr(HavenRecord) father = NULL;
  g_autoptr(HavenRecord) mother = NULL;
  g_autoptr(HavenRecord) guardian = NULL;

  if (child == NULL)
    return NULL;

  father = haven_job_load_owned (job, HAVEN_TYPE_PARENT, HAVEN_PARENT_CHILD_ID, child_id,
                                 HAVEN_PARENT_ROLE, HAVEN_PARENT_ROLE_FATHER, error);
  mother = father != NULL ? haven_job_load_owned (job, HAVEN_TYPE_PARENT, HAVEN_PARENT_CHILD_ID, child_id,
                                                  HAVEN_PARENT_ROLE, HAVEN_PARENT_ROLE_MOTHER, error) : NULL;
  guardian = mother != NULL ? haven_job_load_owned (job, HAVEN_TYPE_GUARDIAN, HAVEN_GUARDIAN_CHILD_ID, child_id,
                                                    -1, 0, error) : NULL;
  if (guardian == NULL)
    return NULL;

  return haven_child_file_new_full (HAVEN_CHILD (child), HAVEN_PARENT (father),
                                    HAVEN_PARENT (mother), HAVEN_GUARDIAN (guardian));
}

static gboolean
write_member (HavenJob     *job,
              HavenRecord  *member,
              gint64        child_id,
              guint         child_id_field,
              GError      **error)
{
  haven_record_set_ref (member, child_id_field, child_id);
  return haven_job_write_record (job, member, error);
}

static gboolean
write_file (HavenJob        *job,
            HavenChildFile  *file,
            GError         **error)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  gint64 child_id;

  if (!haven_job_write_record (job, child, error))
    return FALSE;
  child_id = haven_record_get_id (child);
  return write_member (job, HAVEN_RECORD (haven_child_file_get_father (file)), child_id, HAVEN_PARENT_CHILD_ID, error)
      && write_member (job, HAVEN_RECORD (haven_child_file_get_mother (file)), child_id, HAVEN_PARENT_CHILD_ID, error)
      && write_member (job, HAVEN_RECORD (haven_child_file_get_guardian (file)), child_id, HAVEN_GUARDIAN_CHILD_ID, error);
}

gboolean
haven_job_insert_child_file (HavenJob        *job,
                             HavenChildFile  *file,
                             GError         **error)
{
  haven_child_file_normalise (file);
  return write_file (job, file, error);
}

static gboolean
record_change (HavenJob     *job,
               gint64        child_id,
               const char   *changed_at,
               const char   *field,
               const char   *old_value,
               const char   *new_value,
               GError      **error)
{
  g_autoptr(HavenChange) change = haven_change_new ();
  HavenRecord *record = HAVEN_RECORD (change);

  haven_record_set_ref (record, HAVEN_CHANGE_CHILD_ID, child_id);
  haven_record_set_string (record, HAVEN_CHANGE_CHANGED_AT, changed_at);
  haven_record_set_string (record, HAVEN_CHANGE_FIELD, field);
  haven_record_set_string (record, HAVEN_CHANGE_OLD_VALUE, old_value);
  haven_record_set_string (record, HAVEN_CHANGE_NEW_VALUE, new_value);
  /* The author is the session's, whoever asked for the save. */
  if (job->session != NULL)
    {
      haven_record_set_string (record, HAVEN_CHANGE_AUTHOR, haven_session_get_name (job->session));
      haven_record_set_ref (record, HAVEN_CHANGE_STAFF_ID, haven_session_get_staff_id (job->session));
    }
  return haven_job_insert_record (job, record, error);
}

static char *
class_name (HavenJob *job,
            gint64    class_id)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db, "SELECT name FROM school_class WHERE id = ?1", NULL);
  gboolean has_row = FALSE;
  char *name = NULL;

  if (stmt == NULL || class_id == 0)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (haven_db_step (job->db, stmt, &has_row, NULL) && has_row)
    name = g_strdup (haven_db_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name != NULL ? name : g_strdup_printf ("%" G_GINT64_FORMAT, class_id);
}

/* Records "section.field" for every typed field that differs. */
static gboolean
record_differences (HavenJob     *job,
                    gint64        child_id,
                    const char   *changed_at,
                    const char   *section,
                    HavenRecord  *before,
                    HavenRecord  *after,
                    GError      **error)
{
  for (guint i = 0; i < haven_record_get_n_fields (after); i++)
    {
      const HavenField *field = haven_record_get_field_info (after, i);
      g_autofree char *key = NULL;
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if ((field->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED)) || g_str_equal (field->name, "child-id"))
        continue;
      if (haven_record_field_equal (before, after, i))
        continue;

      key = g_strconcat (section, ".", field->name, NULL);
      if (g_str_equal (key, "child.school-class-id"))
        {
          /* A class is remembered by its name: ids mean nothing to a reader. */
          old_text = class_name (job, haven_record_get_ref (before, i));
          new_text = class_name (job, haven_record_get_ref (after, i));
        }
      else
        {
          old_text = haven_record_dup_field_text (before, i);
          new_text = haven_record_dup_field_text (after, i);
        }
      if (!record_change (job, child_id, changed_at, key, old_text, new_text, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_file (HavenJob        *job,
           HavenChildFile  *file,
           GError         **error)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  g_autoptr(HavenChildFile) before = NULL;
  g_autofree char *now = haven_db_now ();
  gint64 child_id = haven_record_get_id (child);
  static const char * const parts[] = { "child", "father", "mother", "guardian" };
  gboolean ok;

  if (!haven_db_begin (job->db, error))
    return FALSE;

  if (child_id != 0)
    {
      before = haven_job_load_child_file (job, child_id, error);
      if (before == NULL)
        {
          haven_db_rollback (job->db);
          return FALSE;
        }
    }

  ok = write_file (job, file, error);
  child_id = haven_record_get_id (child);

  if (ok && before == NULL)
    ok = record_change (job, child_id, now, "file.created", "",
                        haven_record_get_string (child, HAVEN_CHILD_NAME), error);
  for (guint i = 0; ok && before != NULL && i < G_N_ELEMENTS (parts); i++)
    ok = record_differences (job, child_id, now, parts[i], haven_child_file_get_part (before, parts[i]),
                             haven_child_file_get_part (file, parts[i]), error);

  if (!ok || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      /* The caller's copy must not look saved when the row was rolled back. */
      if (before == NULL)
        haven_record_set_id (child, 0);
      return FALSE;
    }

  return update_index (job, child_id, error);
}

static gpointer
load_child_file_job (HavenJob  *job,
                     gpointer   data,
                     GError   **error)
{
  if (!haven_job_ensure_open (job, error))
    return NULL;
  return haven_job_load_child_file (job, *(gint64 *) data, error);
}

void
haven_store_load_child_file_async (HavenStore          *self,
                                   gint64               child_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  haven_store_queue_job (self, haven_store_load_child_file_async, load_child_file_job,
                         haven_job_return_id (child_id), g_free, g_object_unref,
                         cancellable, callback, user_data);
}

HavenChildFile *
haven_store_load_child_file_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_load_child_file_async, error);
}

static gpointer
save_child_file_job (HavenJob  *job,
                     gpointer   data,
                     GError   **error)
{
  HavenChildFile *file = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  const HavenProblem *problem;
  GDate today;
  gint64 id;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  /* The model's rules, whatever form or importer asked. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  haven_child_file_normalise (file);
  problems = haven_child_file_check (file, &today);
  problem = haven_problems_first_error (problems);
  if (problem != NULL)
    {
      g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, problem->message);
      return NULL;
    }

  if (!save_file (job, file, error))
    return NULL;

  id = haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file)));
  child_changed (job, id);
  return haven_job_return_id (id);
}

void
haven_store_save_child_file_async (HavenStore          *self,
                                   HavenChildFile      *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_CHILD_FILE (file));

  haven_store_queue_job (self, haven_store_save_child_file_async, save_child_file_job,
                         haven_child_file_dup (file), g_object_unref, g_free,
                         cancellable, callback, user_data);
}

gint64
haven_store_save_child_file_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_save_child_file_async, error);
}

typedef struct
{
  gint64   id;
  gboolean deleted;
} SetDeleted;

static gpointer
set_child_deleted_job (HavenJob  *job,
                       gpointer   data,
                       GError   **error)
{
  SetDeleted *set = data;
  sqlite3_stmt *stmt;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  stmt = haven_db_prepare (job->db, "UPDATE child SET deleted = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, set->id);
  sqlite3_bind_int (stmt, 2, set->deleted ? 1 : 0);
  if (!haven_db_run (job->db, stmt, error) || !update_index (job, set->id, error))
    return NULL;

  child_changed (job, set->id);
  return HAVEN_JOB_DONE;
}

void
haven_store_set_child_deleted_async (HavenStore          *self,
                                     gint64               child_id,
                                     gboolean             deleted,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  SetDeleted *set = g_new0 (SetDeleted, 1);

  set->id = child_id;
  set->deleted = deleted;
  haven_store_queue_job (self, haven_store_set_child_deleted_async, set_child_deleted_job,
                         set, g_free, NULL, cancellable, callback, user_data);
}

gboolean
haven_store_set_child_deleted_finish (HavenStore    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_set_child_deleted_async, error);
}

static gpointer
load_child_files_job (HavenJob  *job,
                      gpointer   data,
                      GError   **error)
{
  GArray *ids = data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (!haven_job_ensure_open (job, error))
    return NULL;

  /* One read transaction: the cards agree with each other. */
  if (!haven_db_exec (job->db, "BEGIN", error))
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      HavenChildFile *file = haven_job_load_child_file (job, g_array_index (ids, gint64, i), &local_error);

      if (file != NULL)
        g_ptr_array_add (files, file);
      else if (!g_error_matches (local_error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND))
        {
          haven_db_rollback (job->db);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        {
          haven_db_rollback (job->db);
          return NULL;
        }
    }
  haven_db_rollback (job->db);
  return g_steal_pointer (&files);
}

void
haven_store_load_child_files_async (HavenStore          *self,
                                    GArray              *ids,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (ids != NULL);

  haven_store_queue_job (self, haven_store_load_child_files_async, load_child_files_job,
                         g_array_ref (ids), (GDestroyNotify) g_array_unref, (GDestroyNotify) g_ptr_array_unref,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_load_child_files_finish (HavenStore    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_load_child_files_async, error);
}
