/* haven-store-records.c: the SQL of every table but the child's
 *
 * Each table's statements list the record's fields in the order of its
 * HavenField table: the generic binders walk the fields in that order.
 * test-store checks that every statement takes exactly that many values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-guardian.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-parent.h"
#include "haven-school-info.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-store-private.h"
#include "haven-talk.h"
#include "haven-term.h"

typedef struct
{
  GType      (*get_type) (void);
  const char  *insert;   /* uuid, stored fields, updated_at */
  const char  *update;   /* stored fields, updated_at, id */
  const char  *select;   /* id, uuid, all fields; ?1 id, ?2 today */
  const char  *delete;
} TableSql;

/* A pairing is current from its start until its end date, if it has one. */
#define CURRENT_PAIRING "(p.start_date <= ?2 AND (p.end_date = '' OR p.end_date >= ?2))"

static const TableSql tables[] = {
  { haven_school_info_get_type,
    "INSERT INTO school (uuid, name, county, address, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE school SET name = ?, county = ?, address = ?, phone = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, name, county, address, phone FROM school WHERE id = ?1",
    "DELETE FROM school WHERE id = ?" },
  { haven_term_get_type,
    "INSERT INTO term (uuid, name, start_date, end_date, updated_at) VALUES (?, ?, ?, ?, ?)",
    "UPDATE term SET name = ?, start_date = ?, end_date = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, name, start_date, end_date FROM term WHERE id = ?1",
    "DELETE FROM term WHERE id = ?" },
  { haven_staff_get_type,
    "INSERT INTO staff (uuid, name, role, phone, active, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE staff SET name = ?, role = ?, phone = ?, active = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, name, role, phone, active FROM staff WHERE id = ?1",
    "DELETE FROM staff WHERE id = ?" },
  { haven_school_class_get_type,
    "INSERT INTO school_class (uuid, grade, name, teacher_id, updated_at) VALUES (?, ?, ?, ?, ?)",
    "UPDATE school_class SET grade = ?, name = ?, teacher_id = ?, updated_at = ? WHERE id = ?",
    "SELECT k.id, k.uuid, k.grade, k.name, k.teacher_id, s.name,"
    "  (SELECT count (*) FROM child c WHERE c.school_class_id = k.id AND c.status = 0 AND c.deleted = 0)"
    " FROM school_class k LEFT JOIN staff s ON s.id = k.teacher_id WHERE k.id = ?1",
    "DELETE FROM school_class WHERE id = ?" },
  { haven_child_get_type,
    NULL, /* haven-store-children.c derives columns when saving */
    NULL,
    "SELECT c.id, c.uuid, c.name, c.gender, c.birth_date, c.id_number, c.school_class_id,"
    "  c.student_number, c.address, c.reason, c.personality, c.interests, c.talents, c.health,"
    "  c.study_level, c.study_notes, c.boarding, c.hardship, c.aid, c.key_support, c.status,"
    "  c.left_date, c.left_reason, c.notes,"
    "  c.missing, k.name, k.grade, g.name, g.phone,"
    "  (SELECT m.name FROM pairing p JOIN mentor m ON m.id = p.mentor_id"
    "    WHERE p.child_id = c.id AND " CURRENT_PAIRING " ORDER BY p.start_date DESC LIMIT 1),"
    "  (SELECT max (t.date) FROM talk t WHERE t.child_id = c.id)"
    " FROM child c"
    " LEFT JOIN school_class k ON k.id = c.school_class_id"
    " LEFT JOIN guardian g ON g.child_id = c.id"
    " WHERE c.id = ?1",
    "DELETE FROM child WHERE id = ?" },
  { haven_parent_get_type,
    "INSERT INTO parent (uuid, child_id, role, name, away, work_place, employer, employer_address,"
    "  phone, home_visits, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE parent SET child_id = ?, role = ?, name = ?, away = ?, work_place = ?, employer = ?,"
    "  employer_address = ?, phone = ?, home_visits = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, child_id, role, name, away, work_place, employer, employer_address, phone,"
    "  home_visits FROM parent WHERE id = ?1",
    "DELETE FROM parent WHERE id = ?" },
  { haven_guardian_get_type,
    "INSERT INTO guardian (uuid, child_id, name, relationship, occupation, address, phone, health,"
    "  age, entrusted, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE guardian SET child_id = ?, name = ?, relationship = ?, occupation = ?, address = ?,"
    "  phone = ?, health = ?, age = ?, entrusted = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, child_id, name, relationship, occupation, address, phone, health, age,"
    "  entrusted FROM guardian WHERE id = ?1",
    "DELETE FROM guardian WHERE id = ?" },
  { haven_mentor_get_type,
    "INSERT INTO mentor (uuid, name, kind, staff_id, phone, organisation, notes, updated_at)"
    "  VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE mentor SET name = ?, kind = ?, staff_id = ?, phone = ?, organisation = ?, notes = ?,"
    "  updated_at = ? WHERE id = ?",
    "SELECT m.id, m.uuid, m.name, m.kind, m.staff_id, m.phone, m.organisation, m.notes,"
    "  (SELECT count (*) FROM pairing p JOIN child c ON c.id = p.child_id"
    "    WHERE p.mentor_id = m.id AND c.deleted = 0 AND " CURRENT_PAIRING ")"
    " FROM mentor m WHERE m.id = ?1",
    "DELETE FROM mentor WHERE id = ?" },
  { haven_pairing_get_type,
    "INSERT INTO pairing (uuid, child_id, mentor_id, start_date, end_date, plan_schedule,"
    "  plan_content, plan_goal, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE pairing SET child_id = ?, mentor_id = ?, start_date = ?, end_date = ?,"
    "  plan_schedule = ?, plan_content = ?, plan_goal = ?, updated_at = ? WHERE id = ?",
    "SELECT p.id, p.uuid, p.child_id, p.mentor_id, p.start_date, p.end_date, p.plan_schedule,"
    "  p.plan_content, p.plan_goal, c.name, m.name, m.kind, k.name"
    " FROM pairing p JOIN child c ON c.id = p.child_id JOIN mentor m ON m.id = p.mentor_id"
    " LEFT JOIN school_class k ON k.id = c.school_class_id WHERE p.id = ?1",
    "DELETE FROM pairing WHERE id = ?" },
  { haven_pairing_check_get_type,
    "INSERT INTO pairing_check (uuid, pairing_id, date, progress, note, updated_at)"
    "  VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE pairing_check SET pairing_id = ?, date = ?, progress = ?, note = ?, updated_at = ?"
    "  WHERE id = ?",
    "SELECT id, uuid, pairing_id, date, progress, note FROM pairing_check WHERE id = ?1",
    "DELETE FROM pairing_check WHERE id = ?" },
  { haven_activity_get_type,
    "INSERT INTO activity (uuid, type, title, starts_at, ends_at, place, organiser_id, recurrence,"
    "  recurrence_until, lunar, description, term_id, updated_at)"
    "  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE activity SET type = ?, title = ?, starts_at = ?, ends_at = ?, place = ?,"
    "  organiser_id = ?, recurrence = ?, recurrence_until = ?, lunar = ?, description = ?,"
    "  term_id = ?, updated_at = ? WHERE id = ?",
    "SELECT a.id, a.uuid, a.type, a.title, a.starts_at, a.ends_at, a.place, a.organiser_id,"
    "  a.recurrence, a.recurrence_until, a.lunar, a.description, a.term_id, s.name,"
    "  (SELECT count (*) FROM attendance t WHERE t.activity_id = a.id AND t.present = 1)"
    " FROM activity a LEFT JOIN staff s ON s.id = a.organiser_id WHERE a.id = ?1",
    "DELETE FROM activity WHERE id = ?" },
  { haven_attendance_get_type,
    "INSERT INTO attendance (uuid, activity_id, child_id, occurrence_date, present, note,"
    "  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    "UPDATE attendance SET activity_id = ?, child_id = ?, occurrence_date = ?, present = ?,"
    "  note = ?, updated_at = ? WHERE id = ?",
    "SELECT a.id, a.uuid, a.activity_id, a.child_id, a.occurrence_date, a.present, a.note, c.name, v.title"
    " FROM attendance a JOIN child c ON c.id = a.child_id JOIN activity v ON v.id = a.activity_id"
    " WHERE a.id = ?1",
    "DELETE FROM attendance WHERE id = ?" },
  { haven_talk_get_type,
    "INSERT INTO talk (uuid, child_id, staff_id, talker, date, kind, topics, mood, content,"
    "  problems, measures, follow_up_date, confidential, updated_at)"
    "  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE talk SET child_id = ?, staff_id = ?, talker = ?, date = ?, kind = ?, topics = ?,"
    "  mood = ?, content = ?, problems = ?, measures = ?, follow_up_date = ?, confidential = ?,"
    "  updated_at = ? WHERE id = ?",
    "SELECT t.id, t.uuid, t.child_id, t.staff_id, t.talker, t.date, t.kind, t.topics, t.mood,"
    "  t.content, t.problems, t.measures, t.follow_up_date, t.confidential, c.name, k.name"
    " FROM talk t JOIN child c ON c.id = t.child_id"
    " LEFT JOIN school_class k ON k.id = c.school_class_id WHERE t.id = ?1",
    "DELETE FROM talk WHERE id = ?" },
  { haven_change_get_type,
    "INSERT INTO child_change (uuid, child_id, changed_at, field, old_value, new_value, author,"
    "  staff_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "UPDATE child_change SET child_id = ?, changed_at = ?, field = ?, old_value = ?,"
    "  new_value = ?, author = ?, staff_id = ?, updated_at = ? WHERE id = ?",
    "SELECT id, uuid, child_id, changed_at, field, old_value, new_value, author, staff_id"
    " FROM child_change WHERE id = ?1",
    "DELETE FROM child_change WHERE id = ?" },
};

static const TableSql *
table_for (GType     type,
           GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].get_type () == type)
      return &tables[i];

  g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL,
               "No table for records of type %s", g_type_name (type));
  return NULL;
}

void
haven_sql_bind_fields (sqlite3_stmt *stmt,
                       int           first,
                       HavenRecord  *record)
{
  guint n_fields = haven_record_get_n_fields (record);
  int index = first;

  for (guint i = 0; i < n_fields; i++)
    {
      const HavenField *field = haven_record_get_field_info (record, i);

      if (field->flags & HAVEN_FIELD_DERIVED)
        continue;

      switch (field->kind)
        {
        case HAVEN_FIELD_STRING:
          haven_db_bind_text (stmt, index, haven_record_get_string (record, i));
          break;
        case HAVEN_FIELD_ID:
          haven_db_bind_id (stmt, index, haven_record_get_ref (record, i));
          break;
        case HAVEN_FIELD_INT:
        case HAVEN_FIELD_BOOL:
        case HAVEN_FIELD_ENUM:
        case HAVEN_FIELD_FLAGS:
          sqlite3_bind_int (stmt, index, haven_record_get_int (record, i));
          break;
        default:
          g_assert_not_reached ();
        }
      index++;
    }
}

void
haven_sql_read_record (sqlite3_stmt *stmt,
                       HavenRecord  *record)
{
  guint n_fields = haven_record_get_n_fields (record);
  int n_columns = sqlite3_column_count (stmt);

  haven_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  haven_record_set_uuid (record, haven_db_column_text (stmt, 1));

  for (guint i = 0; i < n_fields && (int) i + 2 < n_columns; i++)
    {
      const HavenField *field = haven_record_get_field_info (record, i);
      int column = i + 2;

      switch (field->kind)
        {
        case HAVEN_FIELD_STRING:
          haven_record_set_string (record, i, haven_db_column_text (stmt, column));
          break;
        case HAVEN_FIELD_ID:
          haven_record_set_ref (record, i, sqlite3_column_int64 (stmt, column));
          break;
        case HAVEN_FIELD_INT:
        case HAVEN_FIELD_BOOL:
        case HAVEN_FIELD_ENUM:
        case HAVEN_FIELD_FLAGS:
          haven_record_set_int (record, i, sqlite3_column_int (stmt, column));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  haven_record_set_loaded (record, TRUE);
}

void
haven_sql_ensure_uuid (HavenRecord *record)
{
  const char *uuid = haven_record_get_uuid (record);

  if (uuid == NULL || *uuid == '\0')
    {
      g_autofree char *fresh = g_uuid_string_random ();
      haven_record_set_uuid (record, fresh);
    }
}

/* The record's insert or update statement, checked to exist. */
static sqlite3_stmt *
prepare_write (HavenDb      *db,
               HavenRecord  *record,
               gboolean      insert,
               GError      **error)
{
  const TableSql *table = table_for (G_OBJECT_TYPE (record), error);
  const char *sql;

  if (table == NULL)
    return NULL;

  sql = insert ? table->insert : table->update;
  if (sql == NULL)
    {
      /* Children are saved as whole files, with their history. */
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL,
                   "Records of type %s are saved with their file", G_OBJECT_TYPE_NAME (record));
      return NULL;
    }
  return haven_db_prepare (db, sql, error);
}

gboolean
haven_sql_insert_record (HavenDb      *db,
                         HavenRecord  *record,
                         GError      **error)
{
  sqlite3_stmt *stmt = prepare_write (db, record, TRUE, error);
  g_autofree char *now = haven_db_now ();
  int n_params;

  if (stmt == NULL)
    return FALSE;

  haven_sql_ensure_uuid (record);
  n_params = sqlite3_bind_parameter_count (stmt);
  haven_db_bind_text (stmt, 1, haven_record_get_uuid (record));
  haven_sql_bind_fields (stmt, 2, record);
  haven_db_bind_text (stmt, n_params, now);

  if (!haven_db_run (db, stmt, error))
    return FALSE;

  haven_record_set_id (record, haven_db_last_insert_id (db));
  return TRUE;
}

static gboolean
update_record (HavenDb      *db,
               HavenRecord  *record,
               GError      **error)
{
  sqlite3_stmt *stmt = prepare_write (db, record, FALSE, error);
  g_autofree char *now = haven_db_now ();
  int n_params;

  if (stmt == NULL)
    return FALSE;

  n_params = sqlite3_bind_parameter_count (stmt);
  haven_sql_bind_fields (stmt, 1, record);
  haven_db_bind_text (stmt, n_params - 1, now);
  sqlite3_bind_int64 (stmt, n_params, haven_record_get_id (record));

  if (!haven_db_run (db, stmt, error))
    return FALSE;

  if (haven_db_changes (db) == 0)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND,
                   _("The record no longer exists. It may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

gboolean
haven_sql_save_record (HavenDb      *db,
                       HavenRecord  *record,
                       GError      **error)
{
  if (haven_record_get_id (record) == 0)
    return haven_sql_insert_record (db, record, error);
  return update_record (db, record, error);
}

static void
bind_select (sqlite3_stmt *stmt,
             gint64        id,
             const char   *today)
{
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    haven_db_bind_text (stmt, 2, today);
}

HavenRecord *
haven_sql_load_record (HavenDb     *db,
                       GType        type,
                       gint64       id,
                       const char  *today,
                       GError     **error)
{
  const TableSql *table = table_for (type, error);
  g_autofree char *day = haven_today_string (today);
  g_autoptr(HavenRecord) record = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (table == NULL)
    return NULL;

  stmt = haven_db_prepare (db, table->select, error);
  if (stmt == NULL)
    return NULL;

  bind_select (stmt, id, day);
  if (!haven_db_step (db, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND,
                   _("The record no longer exists. It may have been deleted."));
      return NULL;
    }

  record = g_object_new (type, NULL);
  haven_sql_read_record (stmt, record);
  sqlite3_reset (stmt);
  return g_steal_pointer (&record);
}

gboolean
haven_sql_delete_record (HavenDb     *db,
                         GType        type,
                         gint64       id,
                         GError     **error)
{
  const TableSql *table = table_for (type, error);
  sqlite3_stmt *stmt;

  if (table == NULL)
    return FALSE;

  stmt = haven_db_prepare (db, table->delete, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return haven_db_run (db, stmt, error);
}

GPtrArray *
haven_sql_fetch (HavenDb     *db,
                 HavenQuery  *query,
                 GArray      *ids,
                 GError     **error)
{
  GType type = haven_query_get_item_type (query);
  const TableSql *table = table_for (type, error);
  g_autofree char *today = haven_today_string (haven_query_get_today (query));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  if (table == NULL)
    return NULL;

  stmt = haven_db_prepare (db, table->select, error);
  if (stmt == NULL)
    return NULL;

  /* One read transaction, so the page is consistent and fast. */
  if (!haven_db_exec (db, "BEGIN", error))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      gboolean has_row;
      HavenRecord *record;

      sqlite3_reset (stmt);
      bind_select (stmt, g_array_index (ids, gint64, i), today);
      if (!haven_db_step (db, stmt, &has_row, error))
        {
          haven_db_rollback (db);
          return NULL;
        }
      if (!has_row)
        continue;

      record = g_object_new (type, NULL);
      haven_sql_read_record (stmt, record);
      g_ptr_array_add (records, record);
    }
  sqlite3_reset (stmt);
  haven_db_rollback (db);

  return g_steal_pointer (&records);
}

/* "%text%" for LIKE ... ESCAPE '\', with the wildcards in text escaped. */
char *
haven_sql_like_pattern (const char *text,
                        gboolean    prefix_only)
{
  GString *pattern = g_string_new (prefix_only ? "" : "%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static GArray *
collect_ids (HavenDb       *db,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (;;)
    {
      gboolean has_row;
      gint64 id;

      if (!haven_db_step (db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&ids);
}

GArray *
haven_sql_collect_ids (HavenDb       *db,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  return collect_ids (db, stmt, error);
}

GArray *
haven_sql_query_ids (HavenDb     *db,
                     HavenQuery  *query,
                     GError     **error)
{
  g_autofree char *today = haven_today_string (haven_query_get_today (query));
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  sqlite3_stmt *stmt = NULL;

  switch (haven_query_get_kind (query))
    {
    case HAVEN_QUERY_CHILDREN:
      return haven_sql_query_children (db, query, error);

    case HAVEN_QUERY_PARENTS:
      stmt = haven_db_prepare (db, "SELECT id FROM parent WHERE child_id = ?1 ORDER BY role", error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 1, haven_query_get_child_id (query));
      break;

    case HAVEN_QUERY_PAIRINGS:
      stmt = haven_db_prepare (db,
                               "SELECT p.id FROM pairing p"
                               " JOIN child c ON c.id = p.child_id JOIN mentor m ON m.id = p.mentor_id"
                               " LEFT JOIN school_class k ON k.id = c.school_class_id"
                               " WHERE c.deleted = 0"
                               "  AND (?1 = 0 OR p.child_id = ?1)"
                               "  AND (?3 = 0 OR p.mentor_id = ?3)"
                               "  AND (?4 = 2 OR " CURRENT_PAIRING ")"
                               "  AND (?5 IS NULL OR c.name LIKE ?5 ESCAPE '\\'"
                               "       OR c.name_pinyin LIKE ?5 ESCAPE '\\' OR m.name LIKE ?5 ESCAPE '\\')"
                               " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, p.start_date DESC",
                               error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, haven_query_get_child_id (query));
          haven_db_bind_text (stmt, 2, today);
          sqlite3_bind_int64 (stmt, 3, haven_query_get_owner_id (query));
          sqlite3_bind_int (stmt, 4, haven_query_get_roll (query));
          if (like != NULL)
            haven_db_bind_text (stmt, 5, like);
        }
      break;

    case HAVEN_QUERY_PAIRING_CHECKS:
      stmt = haven_db_prepare (db,
                               "SELECT id FROM pairing_check WHERE pairing_id = ?1 ORDER BY date DESC, id DESC",
                               error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 1, haven_query_get_owner_id (query));
      break;

    case HAVEN_QUERY_MENTORS:
      stmt = haven_db_prepare (db,
                               "SELECT id FROM mentor WHERE (?1 IS NULL OR name LIKE ?1 ESCAPE '\\')"
                               " ORDER BY kind, name",
                               error);
      if (stmt != NULL && like != NULL)
        haven_db_bind_text (stmt, 1, like);
      break;

    case HAVEN_QUERY_ACTIVITIES:
      /* A recurring activity shows in every range its repeats reach. */
      stmt = haven_db_prepare (db,
                               "SELECT id FROM activity"
                               " WHERE (?1 = '' OR substr (starts_at, 1, 10) >= ?1"
                               "        OR (recurrence <> 0 AND (recurrence_until = '' OR recurrence_until >= ?1)))"
                               "  AND (?2 = '' OR substr (starts_at, 1, 10) < ?2)"
                               "  AND (?3 IS NULL OR title LIKE ?3 ESCAPE '\\' OR place LIKE ?3 ESCAPE '\\')"
                               " ORDER BY starts_at, id",
                               error);
      if (stmt != NULL)
        {
          haven_db_bind_text (stmt, 1, haven_query_get_from (query));
          haven_db_bind_text (stmt, 2, haven_query_get_to (query));
          if (like != NULL)
            haven_db_bind_text (stmt, 3, like);
        }
      break;

    case HAVEN_QUERY_ATTENDANCE:
      stmt = haven_db_prepare (db,
                               "SELECT a.id FROM attendance a JOIN child c ON c.id = a.child_id"
                               " JOIN activity v ON v.id = a.activity_id"
                               " WHERE c.deleted = 0 AND (?1 = 0 OR a.activity_id = ?1)"
                               "  AND (?2 = 0 OR a.child_id = ?2)"
                               " ORDER BY v.starts_at DESC, c.name_key",
                               error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, haven_query_get_owner_id (query));
          sqlite3_bind_int64 (stmt, 2, haven_query_get_child_id (query));
        }
      break;

    case HAVEN_QUERY_TALKS:
      stmt = haven_db_prepare (db,
                               "SELECT t.id FROM talk t JOIN child c ON c.id = t.child_id"
                               " WHERE c.deleted = 0 AND (?1 = 0 OR t.child_id = ?1)"
                               "  AND (?2 = '' OR t.date >= ?2) AND (?3 = '' OR t.date < ?3)"
                               "  AND (?4 IS NULL OR c.name LIKE ?4 ESCAPE '\\'"
                               "       OR c.name_pinyin LIKE ?4 ESCAPE '\\' OR t.talker LIKE ?4 ESCAPE '\\')"
                               " ORDER BY t.date DESC, t.id DESC",
                               error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, haven_query_get_child_id (query));
          haven_db_bind_text (stmt, 2, haven_query_get_from (query));
          haven_db_bind_text (stmt, 3, haven_query_get_to (query));
          if (like != NULL)
            haven_db_bind_text (stmt, 4, like);
        }
      break;

    case HAVEN_QUERY_CHANGES:
      stmt = haven_db_prepare (db,
                               "SELECT id FROM child_change WHERE child_id = ?1"
                               " ORDER BY changed_at DESC, id DESC",
                               error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 1, haven_query_get_child_id (query));
      break;

    case HAVEN_QUERY_STAFF:
      stmt = haven_db_prepare (db, "SELECT id FROM staff ORDER BY role, name", error);
      break;

    case HAVEN_QUERY_CLASSES:
      stmt = haven_db_prepare (db, "SELECT id FROM school_class ORDER BY grade, name", error);
      break;

    case HAVEN_QUERY_TERMS:
      stmt = haven_db_prepare (db, "SELECT id FROM term ORDER BY start_date DESC", error);
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  if (stmt == NULL)
    return NULL;
  return collect_ids (db, stmt, error);
}

static gboolean
count (HavenDb     *db,
       const char  *sql,
       const char  *today,
       guint       *out,
       GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    haven_db_bind_text (stmt, 1, today);
  if (!haven_db_step (db, stmt, &has_row, error))
    return FALSE;
  *out = has_row ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

#define ON_ROLL "c.deleted = 0 AND c.status = 0"

HavenOverview *
haven_sql_overview (HavenDb     *db,
                    const char  *today,
                    GError     **error)
{
  g_autoptr(HavenOverview) overview = g_new0 (HavenOverview, 1);
  gboolean ok;

  if (!haven_db_exec (db, "BEGIN", error))
    return NULL;

  ok = count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL, today, &overview->children, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL " AND c.missing = 0", today, &overview->complete, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL " AND c.key_support = 1", today, &overview->key_support, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND EXISTS (SELECT 1 FROM pairing p WHERE p.child_id = c.id"
                  "   AND (p.end_date = '' OR p.end_date >= ?1) AND p.start_date <= ?1)",
              today, &overview->paired, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND EXISTS (SELECT 1 FROM talk t WHERE t.child_id = c.id"
                  "   AND t.date >= substr (?1, 1, 8) || '01' AND t.date <= ?1)",
              today, &overview->talked_this_month, error)
    && count (db, "SELECT count (*) FROM talk t JOIN child c ON c.id = t.child_id WHERE c.deleted = 0"
                  " AND t.date >= substr (?1, 1, 8) || '01' AND t.date <= ?1",
              today, &overview->talks_this_month, error)
    /* A follow-up is due when its date has come and no later talk with
     * the child has happened since. */
    && count (db, "SELECT count (*) FROM talk t JOIN child c ON c.id = t.child_id WHERE " ON_ROLL
                  " AND t.follow_up_date <> '' AND t.follow_up_date <= ?1"
                  " AND NOT EXISTS (SELECT 1 FROM talk u WHERE u.child_id = t.child_id"
                  "   AND u.date >= t.follow_up_date)",
              today, &overview->follow_ups_due, error)
    && count (db, "SELECT count (*) FROM child c WHERE " ON_ROLL
                  " AND substr (c.birth_date, 6, 2) = substr (?1, 6, 2)",
              today, &overview->birthdays_this_month, error)
    && count (db, "SELECT count (*) FROM activity WHERE substr (starts_at, 1, 10) >= ?1"
                  " AND substr (starts_at, 1, 10) <= date (?1, '+14 days')",
              today, &overview->activities_ahead, error)
    && count (db, "SELECT count (*) FROM (SELECT p.mentor_id FROM pairing p JOIN child c ON c.id = p.child_id"
                  " WHERE " ON_ROLL " AND p.start_date <= ?1 AND (p.end_date = '' OR p.end_date >= ?1)"
                  " GROUP BY p.mentor_id HAVING count (*) > 3)",
              today, &overview->mentors_overloaded, error)
    && count (db, "SELECT count (*) FROM staff WHERE active = 1", today, &overview->staff, error)
    && count (db, "SELECT count (*) FROM school_class", today, &overview->classes, error);

  haven_db_rollback (db);
  return ok ? g_steal_pointer (&overview) : NULL;
}

gboolean
haven_sql_purge_deleted (HavenDb  *db,
                         GError  **error)
{
  return haven_db_exec (db, "DELETE FROM child WHERE deleted = 1", error);
}
