/* haven-store-records.c: the statements every table gets from its fields
 *
 * Insert, update, load by id or uuid, the list rows and delete are
 * written once per record type from its HavenField table (column names
 * come only from those compiled tables; every value is bound), then kept
 * for the life of the process. Derived fields come from the feature's
 * hand-written joins (haven-schema.c lists them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-owned-query.h"
#include "haven-sql-dialect.h"
#include "haven-store-features.h"
#include "haven-store-private.h"
#include "haven-store-records.h"

static GMutex tables_lock;
static GHashTable *tables;  /* GType → HavenTableSql, never freed */

static void
append_placeholder (GString *sql,
                    guint    n)
{
  haven_sql_dialect_sqlite ()->placeholder (sql, n);
}

static void
append_columns (GString          *sql,
                HavenRecordClass *klass,
                const guint      *fields,
                guint             n_fields,
                const char       *alias)
{
  for (guint i = 0; i < n_fields; i++)
    {
      g_string_append (sql, ", ");
      if (alias != NULL)
        {
          g_string_append (sql, alias);
          g_string_append_c (sql, '.');
        }
      g_string_append (sql, haven_record_class_get_field (klass, fields[i])->column);
    }
}

/* SELECT t.id, t.uuid, the columns, the derived columns FROM … */
static char *
build_select (HavenRecordClass      *klass,
              const guint           *stored,
              guint                  n_stored,
              const HavenDerivedSql *derived,
              const char            *where)
{
  GString *sql = g_string_new ("SELECT t.id, t.uuid");

  append_columns (sql, klass, stored, n_stored, "t");
  if (derived != NULL && derived->columns != NULL)
    {
      g_string_append (sql, ", ");
      g_string_append (sql, derived->columns);
    }
  g_string_append (sql, " FROM ");
  g_string_append (sql, klass->table);
  g_string_append (sql, " t");
  if (derived != NULL && derived->joins != NULL)
    {
      g_string_append_c (sql, ' ');
      g_string_append (sql, derived->joins);
    }
  g_string_append (sql, " WHERE ");
  g_string_append (sql, where);
  return g_string_free (sql, FALSE);
}

static HavenTableSql *
build_table (GType type)
{
  HavenRecordClass *klass = g_type_class_ref (type);   /* kept: the table lives forever */
  const HavenDerivedSql *derived = haven_schema_get_derived (type);
  HavenTableSql *table = g_new0 (HavenTableSql, 1);
  guint n = haven_record_class_get_n_fields (klass);
  const int *order;
  GString *sql;

  table->type = type;
  table->table = klass->table;
  table->stored = g_new0 (guint, n);
  table->read = g_new0 (guint, n);
  table->row_read = g_new0 (guint, n);

  for (guint i = 0; i < n; i++)
    if (haven_record_class_get_field (klass, i)->flags & HAVEN_FIELD_STORED)
      table->stored[table->n_stored++] = i;
  for (guint i = 0; i < table->n_stored; i++)
    {
      guint field = table->stored[i];

      table->read[table->n_read++] = field;
      if (!(haven_record_class_get_field (klass, field)->flags & HAVEN_FIELD_SECRET))
        table->row_read[table->n_row_read++] = field;
    }
  table->n_stored_read = table->n_read;
  table->n_stored_row_read = table->n_row_read;
  for (guint i = 0; i < n; i++)
    if (haven_record_class_get_field (klass, i)->flags & HAVEN_FIELD_DERIVED)
      {
        table->read[table->n_read++] = i;
        table->row_read[table->n_row_read++] = i;
      }

  /* ?1 uuid, ?2 created_by, ?3 updated_at, then the columns. */
  sql = g_string_new ("INSERT INTO ");
  g_string_append (sql, klass->table);
  g_string_append (sql, " (uuid, created_by, updated_at");
  append_columns (sql, klass, table->stored, table->n_stored, NULL);
  g_string_append (sql, ") VALUES (");
  for (guint i = 1; i <= table->n_stored + 3; i++)
    {
      if (i > 1)
        g_string_append (sql, ", ");
      append_placeholder (sql, i);
    }
  g_string_append_c (sql, ')');
  table->insert = g_string_free (sql, FALSE);

  /* ?1 id, ?2 updated_at, then the columns. */
  sql = g_string_new ("UPDATE ");
  g_string_append (sql, klass->table);
  g_string_append (sql, " SET updated_at = ");
  append_placeholder (sql, 2);
  for (guint i = 0; i < table->n_stored; i++)
    {
      g_string_append (sql, ", ");
      g_string_append (sql, haven_record_class_get_field (klass, table->stored[i])->column);
      g_string_append (sql, " = ");
      append_placeholder (sql, i + 3);
    }
  g_string_append (sql, " WHERE id = ");
  append_placeholder (sql, 1);
  table->update = g_string_free (sql, FALSE);

  table->select_by_id = build_select (klass, table->stored, table->n_stored, derived, "t.id = ?1");
  table->select_by_uuid = build_select (klass, table->stored, table->n_stored, derived, "t.uuid = ?1");
  table->select_row = build_select (klass, table->row_read, table->n_stored_row_read, derived, "t.id = ?1");

  sql = g_string_new ("DELETE FROM ");
  g_string_append (sql, klass->table);
  g_string_append (sql, " WHERE id = ");
  append_placeholder (sql, 1);
  table->delete_by_id = g_string_free (sql, FALSE);

  sql = g_string_new (" ORDER BY ");
  for (order = haven_record_class_get_order (klass); order != NULL && *order >= 0; order++)
    {
      const HavenField *field = haven_record_class_get_field (klass, *order & ~HAVEN_ORDER_DESC);

      g_string_append (sql, "t.");
      g_string_append (sql, field->column);
      g_string_append (sql, (*order & HAVEN_ORDER_DESC) ? " DESC, " : ", ");
    }
  /* Ties go the way of the first key: a newest-first list shows the
   * newest row first among those of one day. */
  order = haven_record_class_get_order (klass);
  g_string_append (sql, order != NULL && *order >= 0 && (*order & HAVEN_ORDER_DESC) ? "t.id DESC" : "t.id");
  table->order_by = g_string_free (sql, FALSE);

  sql = g_string_new ("SELECT t.id FROM ");
  g_string_append (sql, klass->table);
  g_string_append (sql, " t");
  g_string_append (sql, table->order_by);
  table->list_all = g_string_free (sql, FALSE);

  sql = g_string_new ("SELECT count (*) FROM ");
  g_string_append (sql, klass->table);
  table->count_all = g_string_free (sql, FALSE);

  table->owned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return table;
}

const HavenTableSql *
haven_table_sql_get (GType type)
{
  HavenTableSql *table;

  g_return_val_if_fail (g_type_is_a (type, HAVEN_TYPE_RECORD) && type != HAVEN_TYPE_RECORD, NULL);

  g_mutex_lock (&tables_lock);
  if (tables == NULL)
    tables = g_hash_table_new (NULL, NULL);
  table = g_hash_table_lookup (tables, GSIZE_TO_POINTER (type));
  if (table == NULL)
    {
      table = build_table (type);
      g_hash_table_insert (tables, GSIZE_TO_POINTER (type), table);
    }
  g_mutex_unlock (&tables_lock);
  return table;
}

/* SELECT … FROM table t WHERE t.owner = ?1 [AND t.role = ?2], made once
 * per table, owner and role. */
static const char *
owned_select (const HavenTableSql *table,
              guint                owner_field,
              int                  role_field)
{
  HavenRecordClass *klass = g_type_class_peek (table->type);
  g_autofree char *key = g_strdup_printf ("%u:%d", owner_field, role_field);
  char *sql;

  g_mutex_lock (&tables_lock);
  sql = g_hash_table_lookup (table->owned, key);
  if (sql == NULL)
    {
      GString *where = g_string_new ("t.");

      g_string_append (where, haven_record_class_get_field (klass, owner_field)->column);
      g_string_append (where, " = ?1");
      if (role_field >= 0)
        {
          g_string_append (where, " AND t.");
          g_string_append (where, haven_record_class_get_field (klass, role_field)->column);
          g_string_append (where, " = ?3");
        }
      g_string_append (where, " ORDER BY t.id LIMIT 1");
      sql = build_select (klass, table->stored, table->n_stored, haven_schema_get_derived (table->type),
                          where->str);
      g_string_free (where, TRUE);
      g_hash_table_insert (table->owned, g_steal_pointer (&key), sql);
    }
  g_mutex_unlock (&tables_lock);
  return sql;
}

/* SELECT t.id FROM table t WHERE t.owner = ?1 ORDER BY …, made once per
 * table and owner field. */
static const char *
owned_list (const HavenTableSql *table,
            guint                owner_field)
{
  HavenRecordClass *klass = g_type_class_peek (table->type);
  g_autofree char *key = g_strdup_printf ("list:%u", owner_field);
  char *sql;

  g_mutex_lock (&tables_lock);
  sql = g_hash_table_lookup (table->owned, key);
  if (sql == NULL)
    {
      GString *text = g_string_new ("SELECT t.id FROM ");

      g_string_append (text, table->table);
      g_string_append (text, " t WHERE t.");
      g_string_append (text, haven_record_class_get_field (klass, owner_field)->column);
      g_string_append (text, " = ?1");
      g_string_append (text, table->order_by);
      sql = g_string_free (text, FALSE);
      g_hash_table_insert (table->owned, g_steal_pointer (&key), sql);
    }
  g_mutex_unlock (&tables_lock);
  return sql;
}

/* Binding and reading */

static void
bind_field (sqlite3_stmt *stmt,
            int           index,
            HavenRecord  *record,
            guint         field)
{
  const HavenField *info = haven_record_get_field_info (record, field);

  switch (info->kind)
    {
    case HAVEN_FIELD_TEXT:
    case HAVEN_FIELD_DATE:
      haven_db_bind_text (stmt, index, haven_record_get_string (record, field));
      break;
    case HAVEN_FIELD_REF:
      haven_db_bind_id (stmt, index, haven_record_get_ref (record, field));
      break;
    case HAVEN_FIELD_BLOB:
      {
        GBytes *bytes = haven_record_get_blob (record, field);
        gsize size = 0;
        gconstpointer data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

        if (data != NULL)
          sqlite3_bind_blob (stmt, index, data, size, SQLITE_TRANSIENT);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case HAVEN_FIELD_INTEGER:
    case HAVEN_FIELD_BOOL:
    case HAVEN_FIELD_ENUM:
    case HAVEN_FIELD_FLAGS:
      sqlite3_bind_int (stmt, index, haven_record_get_int (record, field));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_field (sqlite3_stmt *stmt,
            int           column,
            HavenRecord  *record,
            guint         field)
{
  const HavenField *info = haven_record_get_field_info (record, field);

  switch (info->kind)
    {
    case HAVEN_FIELD_TEXT:
    case HAVEN_FIELD_DATE:
      haven_record_set_string (record, field, haven_db_column_text (stmt, column));
      break;
    case HAVEN_FIELD_REF:
      haven_record_set_ref (record, field, sqlite3_column_int64 (stmt, column));
      break;
    case HAVEN_FIELD_BLOB:
      {
        g_autoptr(GBytes) bytes = NULL;

        if (sqlite3_column_type (stmt, column) != SQLITE_NULL)
          bytes = g_bytes_new (sqlite3_column_blob (stmt, column), sqlite3_column_bytes (stmt, column));
        haven_record_set_blob (record, field, bytes);
      }
      break;
    case HAVEN_FIELD_INTEGER:
    case HAVEN_FIELD_BOOL:
    case HAVEN_FIELD_ENUM:
    case HAVEN_FIELD_FLAGS:
      haven_record_set_int (record, field, sqlite3_column_int (stmt, column));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Reads id, uuid, then the fields in the order of the statement. */
static void
read_record (sqlite3_stmt *stmt,
             HavenRecord  *record,
             const guint  *fields,
             guint         n_fields)
{
  haven_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  haven_record_set_uuid (record, haven_db_column_text (stmt, 1));
  for (guint i = 0; i < n_fields; i++)
    read_field (stmt, i + 2, record, fields[i]);
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

gboolean
haven_job_insert_record (HavenJob     *job,
                         HavenRecord  *record,
                         GError      **error)
{
  const HavenTableSql *table = haven_table_sql_get (G_OBJECT_TYPE (record));
  g_autofree char *now = haven_db_now ();
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->insert, error);

  if (stmt == NULL)
    return FALSE;

  haven_sql_ensure_uuid (record);
  haven_db_bind_text (stmt, 1, haven_record_get_uuid (record));
  /* Every new record names the staff member who made it. */
  haven_db_bind_id (stmt, 2, haven_job_get_staff_id (job));
  haven_db_bind_text (stmt, 3, now);
  for (guint i = 0; i < table->n_stored; i++)
    bind_field (stmt, i + 4, record, table->stored[i]);

  if (!haven_db_run (job->db, stmt, error))
    return FALSE;

  haven_record_set_id (record, haven_db_last_insert_id (job->db));
  return TRUE;
}

static gboolean
update_record (HavenJob     *job,
               HavenRecord  *record,
               GError      **error)
{
  const HavenTableSql *table = haven_table_sql_get (G_OBJECT_TYPE (record));
  g_autofree char *now = haven_db_now ();
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->update, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, haven_record_get_id (record));
  haven_db_bind_text (stmt, 2, now);
  for (guint i = 0; i < table->n_stored; i++)
    bind_field (stmt, i + 3, record, table->stored[i]);

  if (!haven_db_run (job->db, stmt, error))
    return FALSE;

  if (haven_db_changes (job->db) == 0)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND,
                   _("The record no longer exists. It may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

gboolean
haven_job_write_record (HavenJob     *job,
                        HavenRecord  *record,
                        GError      **error)
{
  if (haven_record_get_id (record) == 0)
    return haven_job_insert_record (job, record, error);
  return update_record (job, record, error);
}

static void
bind_today (sqlite3_stmt *stmt,
            const char   *today)
{
  g_autofree char *day = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (sqlite3_bind_parameter_count (stmt) < 2)
    return;
  if (today == NULL || *today == '\0')
    {
      now = g_date_time_new_now_local ();
      day = g_date_time_format (now, "%Y-%m-%d");
      today = day;
    }
  haven_db_bind_text (stmt, 2, today);
}

static HavenRecord *
load_one (HavenJob     *job,
          GType         type,
          sqlite3_stmt *stmt,
          GError      **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  g_autoptr(HavenRecord) record = NULL;
  gboolean has_row;

  if (!haven_db_step (job->db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND,
                   _("The record no longer exists. It may have been deleted."));
      return NULL;
    }

  record = g_object_new (type, NULL);
  read_record (stmt, record, table->read, table->n_read);
  sqlite3_reset (stmt);

  /* Rules in the model: a session that may not read the secrets never
   * gets them, whichever view asked. */
  if (!haven_record_may_read_secrets (record, job->session))
    haven_record_clear_secrets (record);
  return g_steal_pointer (&record);
}

HavenRecord *
haven_job_load_record (HavenJob    *job,
                       GType        type,
                       gint64       id,
                       const char  *today,
                       GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->select_by_id, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_today (stmt, today);
  return load_one (job, type, stmt, error);
}

HavenRecord *
haven_job_load_record_by_uuid (HavenJob    *job,
                               GType        type,
                               const char  *uuid,
                               GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->select_by_uuid, error);

  if (stmt == NULL)
    return NULL;
  haven_db_bind_text (stmt, 1, uuid);
  bind_today (stmt, NULL);
  return load_one (job, type, stmt, error);
}

HavenRecord *
haven_job_load_owned (HavenJob    *job,
                      GType        type,
                      guint        owner_field,
                      gint64       owner_id,
                      int          role_field,
                      int          role,
                      GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, owned_select (table, owner_field, role_field), error);
  g_autoptr(HavenRecord) record = g_object_new (type, NULL);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  bind_today (stmt, NULL);
  if (role_field >= 0)
    sqlite3_bind_int (stmt, 3, role);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return NULL;
  if (has_row)
    read_record (stmt, record, table->read, table->n_read);
  sqlite3_reset (stmt);
  return g_steal_pointer (&record);
}

gboolean
haven_job_delete_record (HavenJob    *job,
                         GType        type,
                         gint64       id,
                         GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->delete_by_id, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return haven_db_run (job->db, stmt, error);
}

GPtrArray *
haven_job_fetch_rows (HavenJob    *job,
                      GType        type,
                      GArray      *ids,
                      const char  *today,
                      GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->select_row, error);

  if (stmt == NULL)
    return NULL;

  /* One read transaction, so the page is consistent and fast. */
  if (!haven_db_exec (job->db, "BEGIN", error))
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      HavenRecord *record;
      gboolean has_row;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      bind_today (stmt, today);
      if (!haven_db_step (job->db, stmt, &has_row, error))
        {
          haven_db_rollback (job->db);
          return NULL;
        }
      if (!has_row)
        continue;

      record = g_object_new (type, NULL);
      read_record (stmt, record, table->row_read, table->n_row_read);
      g_ptr_array_add (records, record);
    }
  sqlite3_reset (stmt);
  haven_db_rollback (job->db);

  return g_steal_pointer (&records);
}

GPtrArray *
haven_job_collect_rows (HavenJob      *job,
                        GType          type,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (;;)
    {
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (rows, haven_job_get_row (job, type, sqlite3_column_int64 (stmt, 0)));
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
haven_job_list_all (HavenJob    *job,
                    GType        type,
                    GError     **error)
{
  const HavenTableSql *table = haven_table_sql_get (type);
  sqlite3_stmt *stmt = haven_db_prepare (job->db, table->list_all, error);

  if (stmt == NULL)
    return NULL;
  return haven_job_collect_rows (job, type, stmt, error);
}

gint64
haven_job_count_records (HavenJob    *job,
                         GType        type,
                         GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db, haven_table_sql_get (type)->count_all, error);
  gboolean has_row;
  gint64 n;

  if (stmt == NULL || !haven_db_step (job->db, stmt, &has_row, error))
    return -1;
  n = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return n;
}

GPtrArray *
haven_store_owned_query (HavenJob    *job,
                         HavenQuery  *query,
                         GError     **error)
{
  HavenOwnedQuery *owned = HAVEN_OWNED_QUERY (query);
  GType type = haven_query_get_item_type (query);
  const HavenTableSql *table = haven_table_sql_get (type);
  int field = haven_record_class_find_field (g_type_class_peek (type), haven_owned_query_get_owner_field (owned));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (field >= 0, NULL);

  stmt = haven_db_prepare (job->db, owned_list (table, field), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, haven_owned_query_get_owner_id (owned));
  return haven_job_collect_rows (job, type, stmt, error);
}

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
