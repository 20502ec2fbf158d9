/* test-store.c: the store: open, save, load, delete, history, lists, overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "haven-activity.h"
#include "haven-concerned-class.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-db.h"
#include "haven-owned-query.h"
#include "haven-store-private.h"
#include "haven-store-records.h"
#include "haven-guardian.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-parent.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-term.h"
#include "haven-test-utils.h"
#include "haven-validate.h"

typedef struct
{
  GType  type;
  gint64 id;
} Change;

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  GArray       *changes;   /* Change, from the changed signal */
} Fixture;

static void
changed_cb (HavenStore *store,
            GType       type,
            gint64      id,
            Fixture    *fixture)
{
  Change change = { type, id };

  g_array_append_val (fixture->changes, change);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = haven_test_dir_new ();
  fixture->store = haven_test_open_store (fixture->dir->path);
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  haven_test_finalize_store (&fixture->store);
  g_array_unref (fixture->changes);
  haven_test_dir_free (fixture->dir);
}

/* Asserts that exactly one changed signal came since the last check. */
static void
assert_changed (Fixture *fixture,
                GType    type,
                gint64   id)
{
  Change *change;

  g_assert_cmpuint (fixture->changes->len, ==, 1);
  change = &g_array_index (fixture->changes, Change, 0);
  g_assert_cmpstr (g_type_name (change->type), ==, g_type_name (type));
  g_assert_cmpint (change->id, ==, id);
  g_array_set_size (fixture->changes, 0);
}

static gint64
make_staff (HavenStore *store,
            const char *name,
            gboolean    active)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ACTIVE, active);
  return haven_test_save_owned (store, g_steal_pointer (&staff));
}

static gint64
make_class (HavenStore *store,
            int         grade,
            const char *name,
            gint64      teacher_id)
{
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();

  haven_record_set_int (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_GRADE, grade);
  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, name);
  haven_record_set_ref (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_TEACHER_ID, teacher_id);
  return haven_test_save_owned (store, g_steal_pointer (&klass));
}

static gint64
save_file_ok (HavenStore     *store,
              HavenChildFile *file,
              const char     *author)
{
  g_autoptr(GError) error = NULL;
  gint64 id = haven_test_save_child_file (store, file, author, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The same, for a file only the test holds, which must go after. */
static gint64
save_file_owned (HavenStore     *store,
                 HavenChildFile *file,
                 const char     *author)
{
  gint64 id = save_file_ok (store, file, author);

  g_assert_finalize_object (file);
  return id;
}

static gint64
make_child (HavenStore *store,
            const char *name,
            gint64      class_id,
            const char *birth_date)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, "13812345678");

  if (birth_date != NULL)
    haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_BIRTH_DATE, birth_date);
  return save_file_owned (store, g_steal_pointer (&file), "测试");
}

static HavenChildFile *
load_file_ok (HavenStore *store,
              gint64      child_id)
{
  g_autoptr(GError) error = NULL;
  HavenChildFile *file = haven_test_load_child_file (store, child_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

static gint64
make_talk (HavenStore *store,
           gint64      child_id,
           const char *date,
           const char *follow_up)
{
  g_autoptr(HavenTalk) talk = haven_talk_new ();

  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_CHILD_ID, child_id);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_DATE, date);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_FOLLOW_UP_DATE, follow_up);
  return haven_test_save_owned (store, g_steal_pointer (&talk));
}

static gint64
make_mentor (HavenStore *store,
             const char *name)
{
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();

  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, name);
  return haven_test_save_owned (store, g_steal_pointer (&mentor));
}

static gint64
make_pairing (HavenStore *store,
              gint64      child_id,
              gint64      mentor_id,
              const char *start,
              const char *end)
{
  g_autoptr(HavenPairing) pairing = haven_pairing_new ();

  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_CHILD_ID, child_id);
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_MENTOR_ID, mentor_id);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_START_DATE, start);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_END_DATE, end);
  return haven_test_save_owned (store, g_steal_pointer (&pairing));
}

static gint64
make_activity (HavenStore *store,
               const char *starts_at)
{
  g_autoptr(HavenActivity) activity = haven_activity_new ();

  haven_record_set_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_TITLE, "活动");
  haven_record_set_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_STARTS_AT, starts_at);
  return haven_test_save_owned (store, g_steal_pointer (&activity));
}

static GArray *
query_ids (HavenStore *store,
           HavenQuery *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = haven_test_query (store, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return ids;
}

static guint
count_children (HavenStore *store,
                HavenRoll   roll)
{
  g_autoptr(HavenChildQuery) query = haven_child_query_new ();
  g_autoptr(GArray) ids = NULL;

  haven_child_query_set_roll (query, roll);
  ids = query_ids (store, HAVEN_QUERY (query));
  g_assert_finalize_object (g_steal_pointer (&query));
  return ids->len;
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Open */

static void
test_store_open (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_busy = 0;

  g_assert_cmpstr (haven_store_get_path (fixture->store), ==, fixture->dir->path);
  g_assert_false (haven_store_get_busy (fixture->store));
  g_assert_cmpfloat (haven_store_get_progress (fixture->store), ==, -1.0);
  g_assert_true (g_file_test (fixture->dir->path, G_FILE_TEST_IS_REGULAR));

  /* Opening again is harmless; busy goes up and down once. */
  haven_test_count_notify (fixture->store, "busy", &n_busy);
  haven_store_open_async (fixture->store, NULL, haven_test_result_cb, &result);
  g_assert_true (haven_store_get_busy (fixture->store));
  haven_test_wait (&result);
  g_assert_true (haven_store_open_finish (fixture->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  haven_test_drain (fixture->store);
  g_assert_false (haven_store_get_busy (fixture->store));
  g_assert_cmpuint (n_busy, ==, 2);

  /* Nothing changed. */
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_store_open_errors (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HavenStore *store;

  /* Not opened yet: every job says so. */
  store = haven_store_new (dir->path);
  g_assert_null (haven_test_query (store, query, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN);
  g_clear_error (&error);
  haven_test_finalize_store (&store);
  g_assert_false (g_file_test (dir->path, G_FILE_TEST_EXISTS));

  /* Not a database: open fails and the store stays closed. */
  g_assert_true (g_file_set_contents (dir->path, "Dear diary, this is not SQLite.", -1, NULL));
  store = haven_store_new (dir->path);
  haven_store_open_async (store, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_false (haven_store_open_finish (store, result, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_CORRUPT);
  g_clear_error (&error);
  g_clear_object (&result);

  g_assert_null (haven_test_query (store, query, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN);
  g_clear_error (&error);

  haven_test_finalize_store (&store);
  g_assert_finalize_object (g_steal_pointer (&query));
}

static void
test_store_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(HavenStaff) staff = haven_staff_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  haven_store_save_async (fixture->store, HAVEN_RECORD (staff), cancellable, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_finish (fixture->store, result, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_object (&result);
  haven_test_drain (fixture->store);

  /* Nothing was saved, nothing announced. */
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&staff));
}

/* Schema against field tables */

typedef struct
{
  GType     (*get_type) (void);
  const char *table;
} TableOf;

static const TableOf table_of[] = {
  { haven_activity_get_type, "activity" },
  { haven_attendance_get_type, "attendance" },
  { haven_change_get_type, "child_change" },
  { haven_concerned_class_get_type, "activity_class" },
  { haven_child_get_type, "child" },
  { haven_guardian_get_type, "guardian" },
  { haven_mentor_get_type, "mentor" },
  { haven_pairing_get_type, "pairing" },
  { haven_pairing_check_get_type, "pairing_check" },
  { haven_parent_get_type, "parent" },
  { haven_school_class_get_type, "school_class" },
  { haven_school_info_get_type, "school" },
  { haven_staff_get_type, "staff" },
  { haven_talk_get_type, "talk" },
  { haven_term_get_type, "term" },
};

static const char table_columns_sql[] = "SELECT name FROM pragma_table_info (?1) ORDER BY name";
static const char tables_sql[] =
  "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

static void
collect_text (HavenDb      *db,
              sqlite3_stmt *stmt,
              GString      *out)
{
  g_autoptr(GError) error = NULL;

  for (;;)
    {
      gboolean has_row;

      g_assert_true (haven_db_step (db, stmt, &has_row, &error));
      g_assert_no_error (error);
      if (!has_row)
        break;
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, haven_db_column_text (stmt, 0));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_store_schema (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) tables = g_string_new (NULL);
  g_autoptr(GPtrArray) registered = g_ptr_array_new ();
  g_autoptr(GString) expected_tables = g_string_new (NULL);
  HavenDb *db = haven_db_open (dir->path, &error);
  const GType *types;
  guint n_types;

  g_assert_no_error (error);
  types = haven_schema_get_types (&n_types);

  /* Every table of the migrations is a registered record type (but meta,
   * the database's own facts, and talk_last, which triggers keep), and
   * every listed type is registered. */
  for (guint t = 0; t < G_N_ELEMENTS (table_of); t++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n_types; i++)
        found |= types[i] == table_of[t].get_type ();
      g_test_message ("%s", table_of[t].table);
      g_assert_true (found);
    }
  for (guint i = 0; i < n_types; i++)
    g_ptr_array_add (registered, (gpointer) haven_table_sql_get (types[i])->table);
  g_ptr_array_add (registered, "meta");
  g_ptr_array_add (registered, "talk_last");
  g_ptr_array_sort (registered, compare_strings);
  for (guint i = 0; i < registered->len; i++)
    g_string_append_printf (expected_tables, "%s%s", i > 0 ? "," : "", (char *) g_ptr_array_index (registered, i));
  collect_text (db, haven_db_prepare (db, tables_sql, &error), tables);
  g_assert_cmpstr (tables->str, ==, expected_tables->str);

  /* Each table's columns are id, uuid, created_by, updated_at and the
   * record's stored fields (the child's also its deleted flag); each
   * statement derived from the field table compiles against them. */
  for (guint i = 0; i < n_types; i++)
    {
      const HavenTableSql *table = haven_table_sql_get (types[i]);
      g_autoptr(HavenRecord) record = g_object_new (types[i], NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autoptr(GString) columns = g_string_new (NULL);
      const char *statements[] = {
        table->insert, table->update, table->select_by_id, table->select_by_uuid,
        table->select_row, table->delete_by_id, table->list_all, table->count_all,
      };
      sqlite3_stmt *stmt;

      g_test_message ("%s", table->table);
      g_ptr_array_add (names, g_strdup ("id"));
      g_ptr_array_add (names, g_strdup ("uuid"));
      g_ptr_array_add (names, g_strdup ("created_by"));
      g_ptr_array_add (names, g_strdup ("updated_at"));
      if (HAVEN_IS_CHILD (record))
        g_ptr_array_add (names, g_strdup ("deleted"));
      for (guint f = 0; f < haven_record_get_n_fields (record); f++)
        {
          const HavenField *field = haven_record_get_field_info (record, f);

          if (field->flags & HAVEN_FIELD_STORED)
            g_ptr_array_add (names, g_strdup (field->column));
        }
      g_ptr_array_sort (names, compare_strings);
      for (guint n = 0; n < names->len; n++)
        g_string_append_printf (expected, "%s%s", n > 0 ? "," : "", (char *) g_ptr_array_index (names, n));

      stmt = haven_db_prepare (db, table_columns_sql, &error);
      g_assert_no_error (error);
      haven_db_bind_text (stmt, 1, table->table);
      collect_text (db, stmt, columns);
      g_assert_cmpstr (columns->str, ==, expected->str);

      for (guint n = 0; n < G_N_ELEMENTS (statements); n++)
        {
          g_test_message ("%s", statements[n]);
          g_assert_nonnull (haven_db_prepare (db, statements[n], &error));
          g_assert_no_error (error);
        }
      /* The statements take the values the generic binders give. */
      g_assert_cmpint (sqlite3_bind_parameter_count (haven_db_prepare (db, table->insert, NULL)), ==,
                       table->n_stored + 3);
      g_assert_cmpint (sqlite3_bind_parameter_count (haven_db_prepare (db, table->update, NULL)), ==,
                       table->n_stored + 2);
      g_assert_finalize_object (g_steal_pointer (&record));
    }

  haven_db_close (db);
}

/* The plain statements of a table come from its field table alone: none
 * is written out per table in the store layer. */
static void
test_store_no_table_sql (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "src", "model", "haven-store-records.c", NULL);
  g_autofree char *source = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  g_assert_no_error (error);
  for (guint t = 0; t < G_N_ELEMENTS (table_of); t++)
    {
      const char *verbs[] = { "INSERT INTO %s", "UPDATE %s", "FROM %s", "DELETE FROM %s" };

      for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
        {
          g_autofree char *needle = g_strdup_printf (verbs[v], table_of[t].table);
          g_test_message ("%s", needle);
          g_assert_null (strstr (source, needle));
        }
    }
}

/* Round trips */

/* The ids that references are set to, by field name. */
typedef struct
{
  gint64 staff;
  gint64 term;
  gint64 school_class;
  gint64 child;
  gint64 mentor;
  gint64 pairing;
  gint64 activity;
} Refs;

static gint64
ref_for (const Refs *refs,
         const char *name)
{
  if (g_str_equal (name, "staff-id") || g_str_equal (name, "teacher-id") || g_str_equal (name, "organiser-id"))
    return refs->staff;
  if (g_str_equal (name, "term-id"))
    return refs->term;
  if (g_str_equal (name, "school-class-id"))
    return refs->school_class;
  if (g_str_equal (name, "child-id"))
    return refs->child;
  if (g_str_equal (name, "mentor-id"))
    return refs->mentor;
  if (g_str_equal (name, "pairing-id"))
    return refs->pairing;
  if (g_str_equal (name, "activity-id"))
    return refs->activity;
  /* An activity's own series: none yet while activities are made. */
  if (g_str_equal (name, "series-id"))
    return refs->activity;

  /* A new reference field: teach this test where it points. */
  g_test_message ("No id for field %s", name);
  g_assert_not_reached ();
}

/* Sets every stored field to something other than its default, and
 * different for each field and each round, so a column that is read or
 * written in the wrong place shows. */
/* A resident id that agrees with a birth date (GB 11643). */
static char *
resident_id_for (const char *birth_date,
                 guint       round)
{
  g_autofree char *digits = g_strdup_printf ("110105%.4s%.2s%.2s%03u", birth_date, birth_date + 5,
                                             birth_date + 8, 100 + round);
  char check = haven_resident_id_check_char (digits);

  return g_strdup_printf ("%s%c", digits, check);
}

/* Sets every typed field to something other than its default, and
 * different for each field and each round, so a column that is read or
 * written in the wrong place shows; every value keeps the type's rules
 * (dates are dates, phones phones), since the store refuses the rest.
 * Computed fields are the model's to fill. */
static void
fill_stored_fields (HavenRecord *record,
                    const Refs  *refs,
                    guint        round)
{
  const char *type_name = G_OBJECT_TYPE_NAME (record);

  for (guint i = 0; i < haven_record_get_n_fields (record); i++)
    {
      const HavenField *field = haven_record_get_field_info (record, i);

      if (field->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED))
        continue;

      switch (field->kind)
        {
        case HAVEN_FIELD_TEXT:
          {
            g_autofree char *text = NULL;

            if (g_str_equal (field->name, "phone"))
              text = g_strdup_printf ("13%u%08u", 5 + round, 1000 * i + round);
            /* An activity's day and times, and the festival it follows. */
            else if (g_str_equal (field->name, "starts-at"))
              text = g_strdup_printf ("2015-%02u-%02u 14:%02u", round == 0 ? 1 : 3, i % 28 + 1, 10 + round);
            else if (g_str_equal (field->name, "ends-at"))
              text = g_strdup_printf ("16:%02u", 20 + round);
            else if (g_str_equal (field->name, "festival"))
              text = g_strdup (round == 0 ? "mid-autumn" : "qingming");
            else
              text = g_strdup_printf ("%s·%s·第%u轮", type_name, field->name, round);
            haven_record_set_string (record, i, text);
          }
          break;
        case HAVEN_FIELD_DATE:
          {
            /* January and March have 31 days, so any day stays a date. */
            g_autofree char *date = g_strdup_printf ("2015-%02u-%02u", round == 0 ? 1 : 3, i % 28 + 1);
            haven_record_set_string (record, i, date);
          }
          break;
        case HAVEN_FIELD_INTEGER:
          haven_record_set_int (record, i, 10 * (round + 1) + i);
          break;
        case HAVEN_FIELD_BOOL:
          haven_record_set_int (record, i, round == 0);
          break;
        case HAVEN_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->get_type ());
            guint n = enum_class->n_values;

            /* A parent's role is its place in the file: keep it. */
            if (HAVEN_IS_PARENT (record) && i == HAVEN_PARENT_ROLE)
              break;
            haven_record_set_int (record, i, enum_class->values[round == 0 ? n - 1 : MIN (1, n - 1)].value);
          }
          break;
        case HAVEN_FIELD_FLAGS:
          {
            g_autoptr(GFlagsClass) flags_class = g_type_class_ref (field->get_type ());
            haven_record_set_int (record, i, round == 0 ? (int) flags_class->mask : 1 << 2);
          }
          break;
        case HAVEN_FIELD_REF:
          haven_record_set_ref (record, i, ref_for (refs, field->name));
          break;
        case HAVEN_FIELD_BLOB:
          {
            g_autoptr(GBytes) bytes = g_bytes_new (type_name, strlen (type_name) - round);
            haven_record_set_blob (record, i, bytes);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (HAVEN_IS_CHILD (record))
    {
      g_autofree char *id = resident_id_for (haven_record_get_string (record, HAVEN_CHILD_BIRTH_DATE), round);
      haven_record_set_string (record, HAVEN_CHILD_ID_NUMBER, id);
    }
}

static void
assert_stored_equal (HavenRecord *expected,
                     HavenRecord *actual)
{
  g_assert_true (G_OBJECT_TYPE (expected) == G_OBJECT_TYPE (actual));

  for (guint i = 0; i < haven_record_get_n_fields (expected); i++)
    {
      const HavenField *field = haven_record_get_field_info (expected, i);
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;

      if (field->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED))
        continue;
      if (haven_record_field_equal (expected, actual, i))
        continue;

      want = haven_record_dup_field_text (expected, i);
      got = haven_record_dup_field_text (actual, i);
      g_test_message ("%s.%s: saved “%s”, loaded “%s”", G_OBJECT_TYPE_NAME (expected), field->name, want, got);
      g_assert_cmpstr (got, ==, want);
    }
}

static HavenRecord *
load_ok (HavenStore *store,
         GType       type,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  HavenRecord *record = haven_test_load (store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  g_assert_true (G_OBJECT_TYPE (record) == type);
  g_assert_cmpint (haven_record_get_id (record), ==, id);
  g_assert_true (haven_record_get_loaded (record));
  return record;
}

/* Inserts a record with every field set, loads it back and compares;
 * then updates every field and does it again. Returns the id. */
static gint64
round_trip (Fixture    *fixture,
            GType       type,
            const Refs *refs)
{
  g_autoptr(HavenRecord) record = g_object_new (type, NULL);
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(HavenRecord) edited = NULL;
  g_autoptr(HavenRecord) reloaded = NULL;
  g_autofree char *uuid = NULL;
  gint64 id;

  g_test_message ("Round trip of %s", g_type_name (type));

  fill_stored_fields (record, refs, 0);
  id = haven_test_save_ok (fixture->store, record);
  assert_changed (fixture, type, id);
  /* The store saved a copy: the caller's record is untouched. */
  g_assert_cmpint (haven_record_get_id (record), ==, 0);

  loaded = load_ok (fixture->store, type, id);
  g_assert_nonnull (haven_record_get_uuid (loaded));
  g_assert_true (g_uuid_string_is_valid (haven_record_get_uuid (loaded)));
  uuid = g_strdup (haven_record_get_uuid (loaded));
  assert_stored_equal (record, loaded);

  edited = haven_record_dup (loaded);
  fill_stored_fields (edited, refs, 1);
  g_assert_cmpint (haven_test_save_ok (fixture->store, edited), ==, id);
  assert_changed (fixture, type, id);

  reloaded = load_ok (fixture->store, type, id);
  g_assert_cmpstr (haven_record_get_uuid (reloaded), ==, uuid);
  assert_stored_equal (edited, reloaded);

  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&edited));
  g_assert_finalize_object (g_steal_pointer (&loaded));
  g_assert_finalize_object (g_steal_pointer (&record));
  return id;
}

static void
fill_child_file (HavenChildFile *file,
                 const Refs     *refs,
                 guint           round)
{
  fill_stored_fields (HAVEN_RECORD (haven_child_file_get_child (file)), refs, round);
  fill_stored_fields (HAVEN_RECORD (haven_child_file_get_father (file)), refs, round);
  fill_stored_fields (HAVEN_RECORD (haven_child_file_get_mother (file)), refs, round);
  fill_stored_fields (HAVEN_RECORD (haven_child_file_get_guardian (file)), refs, round);
}

static void
assert_file_equal (HavenChildFile *expected,
                   HavenChildFile *actual)
{
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_child (expected)),
                       HAVEN_RECORD (haven_child_file_get_child (actual)));
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_father (expected)),
                       HAVEN_RECORD (haven_child_file_get_father (actual)));
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_mother (expected)),
                       HAVEN_RECORD (haven_child_file_get_mother (actual)));
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_guardian (expected)),
                       HAVEN_RECORD (haven_child_file_get_guardian (actual)));
}

static void
test_store_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  Refs refs = { 0 };
  g_autoptr(HavenChildFile) file = haven_child_file_new ();
  g_autoptr(HavenChildFile) loaded = NULL;
  g_autoptr(HavenChildFile) edited = NULL;
  g_autoptr(HavenChildFile) reloaded = NULL;
  g_autoptr(HavenRecord) father = NULL;
  g_autoptr(HavenRecord) guardian = NULL;
  g_autoptr(HavenRecord) pairing = NULL;
  g_autoptr(HavenRecord) klass = NULL;
  g_autofree char *child_name = NULL;
  gint64 father_id;
  gint64 guardian_id;

  /* In the order the references need. */
  round_trip (fixture, HAVEN_TYPE_SCHOOL_INFO, &refs);
  refs.staff = round_trip (fixture, HAVEN_TYPE_STAFF, &refs);
  refs.term = round_trip (fixture, HAVEN_TYPE_TERM, &refs);
  refs.school_class = round_trip (fixture, HAVEN_TYPE_SCHOOL_CLASS, &refs);

  /* Children are saved as whole files: child, parents and guardian. */
  fill_child_file (file, &refs, 0);
  refs.child = save_file_ok (fixture->store, file, "测试");
  assert_changed (fixture, HAVEN_TYPE_CHILD, refs.child);
  loaded = load_file_ok (fixture->store, refs.child);
  g_assert_cmpint (haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (loaded))), ==, refs.child);
  g_assert_cmpint (haven_record_get_ref (HAVEN_RECORD (haven_child_file_get_father (loaded)), HAVEN_PARENT_CHILD_ID),
                   ==, refs.child);
  g_assert_cmpint (haven_record_get_ref (HAVEN_RECORD (haven_child_file_get_guardian (loaded)), HAVEN_GUARDIAN_CHILD_ID),
                   ==, refs.child);
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (haven_child_file_get_mother (loaded)), HAVEN_PARENT_ROLE),
                   ==, HAVEN_PARENT_ROLE_MOTHER);
  /* The store saved a copy of the file, whose members it pointed at the
   * new child; the caller's file still has no ids. */
  g_assert_cmpint (haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file))), ==, 0);
  haven_record_set_ref (HAVEN_RECORD (haven_child_file_get_father (file)), HAVEN_PARENT_CHILD_ID, refs.child);
  haven_record_set_ref (HAVEN_RECORD (haven_child_file_get_mother (file)), HAVEN_PARENT_CHILD_ID, refs.child);
  haven_record_set_ref (HAVEN_RECORD (haven_child_file_get_guardian (file)), HAVEN_GUARDIAN_CHILD_ID, refs.child);
  assert_file_equal (file, loaded);

  edited = haven_child_file_dup (loaded);
  fill_child_file (edited, &refs, 1);
  g_assert_cmpint (save_file_ok (fixture->store, edited, "测试"), ==, refs.child);
  assert_changed (fixture, HAVEN_TYPE_CHILD, refs.child);
  reloaded = load_file_ok (fixture->store, refs.child);
  assert_file_equal (edited, reloaded);

  /* A parent and the guardian load, and update, on their own too. */
  father_id = haven_record_get_id (HAVEN_RECORD (haven_child_file_get_father (reloaded)));
  father = load_ok (fixture->store, HAVEN_TYPE_PARENT, father_id);
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_father (reloaded)), father);
  fill_stored_fields (father, &refs, 0);
  g_assert_cmpint (haven_test_save_ok (fixture->store, father), ==, father_id);
  assert_changed (fixture, HAVEN_TYPE_PARENT, father_id);
  {
    g_autoptr(HavenRecord) again = load_ok (fixture->store, HAVEN_TYPE_PARENT, father_id);
    assert_stored_equal (father, again);
    g_assert_finalize_object (g_steal_pointer (&again));
  }

  guardian_id = haven_record_get_id (HAVEN_RECORD (haven_child_file_get_guardian (reloaded)));
  guardian = load_ok (fixture->store, HAVEN_TYPE_GUARDIAN, guardian_id);
  assert_stored_equal (HAVEN_RECORD (haven_child_file_get_guardian (reloaded)), guardian);
  fill_stored_fields (guardian, &refs, 0);
  g_assert_cmpint (haven_test_save_ok (fixture->store, guardian), ==, guardian_id);
  assert_changed (fixture, HAVEN_TYPE_GUARDIAN, guardian_id);
  {
    g_autoptr(HavenRecord) again = load_ok (fixture->store, HAVEN_TYPE_GUARDIAN, guardian_id);
    assert_stored_equal (guardian, again);
    g_assert_finalize_object (g_steal_pointer (&again));
  }

  refs.mentor = round_trip (fixture, HAVEN_TYPE_MENTOR, &refs);
  refs.pairing = round_trip (fixture, HAVEN_TYPE_PAIRING, &refs);
  round_trip (fixture, HAVEN_TYPE_PAIRING_CHECK, &refs);
  refs.activity = round_trip (fixture, HAVEN_TYPE_ACTIVITY, &refs);
  round_trip (fixture, HAVEN_TYPE_ATTENDANCE, &refs);
  round_trip (fixture, HAVEN_TYPE_CONCERNED_CLASS, &refs);
  round_trip (fixture, HAVEN_TYPE_TALK, &refs);
  round_trip (fixture, HAVEN_TYPE_CHANGE, &refs);

  /* Derived fields come from the referenced rows. */
  child_name = g_strdup (haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (reloaded)),
                                                  HAVEN_CHILD_NAME));
  pairing = load_ok (fixture->store, HAVEN_TYPE_PAIRING, refs.pairing);
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_CHILD_NAME), ==, child_name);
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_MENTOR_NAME), !=, "");
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_CLASS_NAME), !=, "");
  klass = load_ok (fixture->store, HAVEN_TYPE_SCHOOL_CLASS, refs.school_class);
  g_assert_cmpstr (haven_record_get_string (klass, HAVEN_SCHOOL_CLASS_TEACHER_NAME), !=, "");

  g_assert_finalize_object (g_steal_pointer (&klass));
  g_assert_finalize_object (g_steal_pointer (&pairing));
  g_assert_finalize_object (g_steal_pointer (&guardian));
  g_assert_finalize_object (g_steal_pointer (&father));
  g_assert_finalize_object (g_steal_pointer (&reloaded));
  g_assert_finalize_object (g_steal_pointer (&edited));
  g_assert_finalize_object (g_steal_pointer (&loaded));
  g_assert_finalize_object (g_steal_pointer (&file));
}

/* Changes and deletion */

static void
test_store_changed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 staff_id;
  gint64 child_id;

  staff_id = make_staff (fixture->store, "王老师", TRUE);
  assert_changed (fixture, HAVEN_TYPE_STAFF, staff_id);

  g_assert_true (haven_test_delete (fixture->store, HAVEN_TYPE_STAFF, staff_id, &error));
  g_assert_no_error (error);
  assert_changed (fixture, HAVEN_TYPE_STAFF, staff_id);

  child_id = make_child (fixture->store, "张小明", 0, NULL);
  assert_changed (fixture, HAVEN_TYPE_CHILD, child_id);

  g_assert_true (haven_test_set_child_deleted (fixture->store, child_id, TRUE, &error));
  g_assert_no_error (error);
  assert_changed (fixture, HAVEN_TYPE_CHILD, child_id);

  /* Reading announces nothing. */
  {
    g_autoptr(HavenChildFile) file = load_file_ok (fixture->store, child_id);
    g_assert_finalize_object (g_steal_pointer (&file));
  }
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_store_not_found (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) staff = NULL;
  g_autoptr(HavenChildFile) file = NULL;
  gint64 staff_id;
  gint64 child_id;

  staff_id = make_staff (fixture->store, "王老师", TRUE);
  staff = load_ok (fixture->store, HAVEN_TYPE_STAFF, staff_id);
  g_assert_true (haven_test_delete (fixture->store, HAVEN_TYPE_STAFF, staff_id, &error));
  g_assert_no_error (error);
  g_array_set_size (fixture->changes, 0);

  /* Saving a record someone else deleted is an error, not a new row. */
  haven_record_set_string (staff, HAVEN_STAFF_NAME, "王校长");
  g_assert_cmpint (haven_test_save (fixture->store, staff, &error), ==, 0);
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  g_assert_null (haven_test_load (fixture->store, HAVEN_TYPE_STAFF, staff_id, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The same for a child's file. */
  child_id = make_child (fixture->store, "张小明", 0, NULL);
  file = load_file_ok (fixture->store, child_id);
  g_assert_true (haven_test_delete (fixture->store, HAVEN_TYPE_CHILD, child_id, &error));
  g_assert_no_error (error);
  g_array_set_size (fixture->changes, 0);

  g_assert_cmpint (haven_test_save_child_file (fixture->store, file, "测试", &error), ==, 0);
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  g_assert_null (haven_test_load_child_file (fixture->store, child_id, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting the child took its parents and guardian along. */
  {
    g_autoptr(HavenOwnedQuery) query = haven_owned_query_new (HAVEN_TYPE_PARENT, "child-id", child_id);
    g_autoptr(GArray) ids = NULL;

    ids = query_ids (fixture->store, HAVEN_QUERY (query));
    g_assert_cmpuint (ids->len, ==, 0);
    g_assert_finalize_object (g_steal_pointer (&query));
  }

  g_assert_finalize_object (g_steal_pointer (&file));
  g_assert_finalize_object (g_steal_pointer (&staff));
}

/* History */

static GPtrArray *
load_history (HavenStore *store,
              gint64      child_id)
{
  g_autoptr(HavenOwnedQuery) query = haven_owned_query_new (HAVEN_TYPE_CHANGE, "child-id", child_id);
  GPtrArray *changes;

  changes = haven_test_query_records (store, HAVEN_QUERY (query));
  g_assert_finalize_object (g_steal_pointer (&query));
  for (guint i = 0; i < changes->len; i++)
    {
      HavenRecord *change = g_ptr_array_index (changes, i);

      g_assert_true (HAVEN_IS_CHANGE (change));
      g_assert_cmpint (haven_record_get_ref (change, HAVEN_CHANGE_CHILD_ID), ==, child_id);
      g_assert_cmpstr (haven_record_get_string (change, HAVEN_CHANGE_CHANGED_AT), !=, "");
    }
  return changes;
}

static HavenRecord *
find_change (GPtrArray  *changes,
             const char *field)
{
  HavenRecord *found = NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      HavenRecord *change = g_ptr_array_index (changes, i);

      if (g_str_equal (haven_record_get_string (change, HAVEN_CHANGE_FIELD), field))
        {
          g_assert_null (found);
          found = change;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
assert_change (GPtrArray  *changes,
               const char *field,
               const char *old_value,
               const char *new_value,
               const char *author)
{
  HavenRecord *change = find_change (changes, field);

  g_assert_cmpstr (haven_record_get_string (change, HAVEN_CHANGE_OLD_VALUE), ==, old_value);
  g_assert_cmpstr (haven_record_get_string (change, HAVEN_CHANGE_NEW_VALUE), ==, new_value);
  g_assert_cmpstr (haven_record_get_string (change, HAVEN_CHANGE_AUTHOR), ==, author);
}

static void
test_store_history (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new ("张小明", 0, "13800000000");
  g_autoptr(HavenChildFile) loaded = NULL;
  g_autoptr(HavenRecord) child = NULL;
  GPtrArray *changes;
  gint64 child_id;

  /* Creation is one entry, with the name. */
  child_id = save_file_ok (fixture->store, file, "王老师");
  changes = load_history (fixture->store, child_id);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, "file.created", "", "张小明", "王老师");
  haven_test_free_records (changes);

  /* A new guardian phone is one entry, the newest first. */
  loaded = load_file_ok (fixture->store, child_id);
  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_guardian (loaded)), HAVEN_GUARDIAN_PHONE, "13900000000");
  g_assert_cmpint (save_file_ok (fixture->store, loaded, "李老师"), ==, child_id);
  changes = load_history (fixture->store, child_id);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, "guardian.phone", "13800000000", "13900000000", "李老师");
  g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (changes, 0), HAVEN_CHANGE_FIELD), ==, "guardian.phone");
  g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (changes, 1), HAVEN_CHANGE_FIELD), ==, "file.created");
  haven_test_free_records (changes);

  /* The list row shows the new phone. */
  child = load_ok (fixture->store, HAVEN_TYPE_CHILD, child_id);
  g_assert_cmpstr (haven_record_get_string (child, HAVEN_CHILD_GUARDIAN_PHONE), ==, "13900000000");
  g_assert_finalize_object (g_steal_pointer (&child));

  /* Saving without changes records nothing. */
  g_assert_finalize_object (g_steal_pointer (&loaded));
  loaded = load_file_ok (fixture->store, child_id);
  save_file_ok (fixture->store, loaded, "李老师");
  changes = load_history (fixture->store, child_id);
  g_assert_cmpuint (changes->len, ==, 2);
  haven_test_free_records (changes);

  /* Several fields at once: one entry each, enums by nick. */
  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_child (loaded)), HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (loaded)), HAVEN_CHILD_NAME, "张小敏");
  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_father (loaded)), HAVEN_PARENT_AWAY, FALSE);
  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_mother (loaded)), HAVEN_PARENT_PHONE, "");
  save_file_ok (fixture->store, loaded, "赵老师");
  changes = load_history (fixture->store, child_id);
  g_assert_cmpuint (changes->len, ==, 6);
  assert_change (changes, "child.gender", "male", "female", "赵老师");
  assert_change (changes, "child.name", "张小明", "张小敏", "赵老师");
  assert_change (changes, "father.away", "yes", "no", "赵老师");
  assert_change (changes, "mother.phone", "13500000002", "", "赵老师");
  haven_test_free_records (changes);

  /* A move to another class is remembered by the classes' names. */
  {
    gint64 class_2 = make_class (fixture->store, 2, "二年级（2）班", 0);
    gint64 class_3 = make_class (fixture->store, 3, "三年级（3）班", 0);

    HavenRecord *newest;

    haven_record_set_ref (HAVEN_RECORD (haven_child_file_get_child (loaded)), HAVEN_CHILD_SCHOOL_CLASS_ID, class_2);
    save_file_ok (fixture->store, loaded, "赵老师");
    haven_record_set_ref (HAVEN_RECORD (haven_child_file_get_child (loaded)), HAVEN_CHILD_SCHOOL_CLASS_ID, class_3);
    save_file_ok (fixture->store, loaded, "钱老师");
    changes = load_history (fixture->store, child_id);
    g_assert_cmpuint (changes->len, ==, 8);
    newest = g_ptr_array_index (changes, 0);
    g_assert_cmpstr (haven_record_get_string (newest, HAVEN_CHANGE_FIELD), ==, "child.school-class-id");
    g_assert_cmpstr (haven_record_get_string (newest, HAVEN_CHANGE_OLD_VALUE), ==, "二年级（2）班");
    g_assert_cmpstr (haven_record_get_string (newest, HAVEN_CHANGE_NEW_VALUE), ==, "三年级（3）班");
    g_assert_cmpstr (haven_record_get_string (newest, HAVEN_CHANGE_AUTHOR), ==, "钱老师");
    haven_test_free_records (changes);
  }

  /* Other children's history is their own. */
  {
    gint64 other = make_child (fixture->store, "李华", 0, NULL);

    changes = load_history (fixture->store, other);
    g_assert_cmpuint (changes->len, ==, 1);
    assert_change (changes, "file.created", "", "李华", "测试");
    haven_test_free_records (changes);
  }

  g_assert_finalize_object (g_steal_pointer (&loaded));
  g_assert_finalize_object (g_steal_pointer (&file));
}

static void
test_store_child_deleted (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HavenQuery) children = HAVEN_QUERY (haven_child_query_new ());
  g_autoptr(HavenQuery) talks = HAVEN_QUERY (haven_talk_query_new ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 kept, hidden;

  kept = make_child (fixture->store, "张小明", 0, NULL);
  hidden = make_child (fixture->store, "李华", 0, NULL);
  make_talk (fixture->store, hidden, "2026-11-02", "");
  haven_child_query_set_roll (HAVEN_CHILD_QUERY (children), HAVEN_ROLL_ALL);

  ids = query_ids (fixture->store, children);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  /* Hidden at once, from every list. */
  g_assert_true (haven_test_set_child_deleted (fixture->store, hidden, TRUE, &error));
  g_assert_no_error (error);
  ids = query_ids (fixture->store, children);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, kept);
  g_clear_pointer (&ids, g_array_unref);
  ids = query_ids (fixture->store, talks);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Undo brings it back with everything it had. */
  g_assert_true (haven_test_set_child_deleted (fixture->store, hidden, FALSE, &error));
  g_assert_no_error (error);
  ids = query_ids (fixture->store, children);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (ids_contain (ids, hidden));
  g_clear_pointer (&ids, g_array_unref);
  ids = query_ids (fixture->store, talks);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* Deleted again, the file is purged the next time the database opens. */
  g_assert_true (haven_test_set_child_deleted (fixture->store, hidden, TRUE, &error));
  haven_test_finalize_store (&fixture->store);
  fixture->store = haven_test_open_store (fixture->dir->path);

  g_assert_null (haven_test_load_child_file (fixture->store, hidden, &error));
  g_assert_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(HavenChildFile) file = load_file_ok (fixture->store, kept);
    g_assert_finalize_object (g_steal_pointer (&file));
  }
  haven_child_query_set_roll (HAVEN_CHILD_QUERY (children), HAVEN_ROLL_ALL);
  ids = query_ids (fixture->store, children);
  g_assert_cmpuint (ids->len, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&talks));
  g_assert_finalize_object (g_steal_pointer (&children));
}

static void
test_store_parents_query (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 child_id = make_child (fixture->store, "张小明", 0, NULL);
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PARENT, "child-id", child_id));
  g_autoptr(GPtrArray) parents = NULL;

  make_child (fixture->store, "李华", 0, NULL);
  parents = haven_test_query_records (fixture->store, query);

  /* Father, then mother, of this child only. */
  g_assert_cmpuint (parents->len, ==, 2);
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (parents, 0), HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_FATHER);
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (parents, 1), HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_MOTHER);
  for (guint i = 0; i < parents->len; i++)
    g_assert_cmpint (haven_record_get_ref (g_ptr_array_index (parents, i), HAVEN_PARENT_CHILD_ID), ==, child_id);

  haven_test_free_records (g_steal_pointer (&parents));
  g_assert_finalize_object (g_steal_pointer (&query));
}

/* Overview */

static void
set_child_field (HavenStore *store,
                 gint64      child_id,
                 guint       field,
                 int         value)
{
  g_autoptr(HavenChildFile) file = load_file_ok (store, child_id);

  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_child (file)), field, value);
  /* A child who left needs the date and the reason (the model's rule). */
  if (field == HAVEN_CHILD_STATUS && value != HAVEN_CHILD_STATUS_CURRENT)
    {
      haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_LEFT_DATE, "2026-10-08");
      haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_LEFT_REASON, "随父母到广州就读");
    }
  save_file_ok (store, file, "测试");
  g_assert_finalize_object (g_steal_pointer (&file));
}

static void
test_store_overview (Fixture       *fixture,
                     gconstpointer  data)
{
  HavenStore *store = fixture->store;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenOverview) overview = NULL;
  gint64 class_1, class_3, m1, m2;
  gint64 a, b, c, d, e, f, g;

  make_staff (store, "王校长", TRUE);
  class_1 = make_class (store, 1, "一年级（1）班", make_staff (store, "李老师", TRUE));
  class_3 = make_class (store, 3, "三年级（1）班", 0);
  make_staff (store, "退休的张老师", FALSE);

  /* A: complete, key support, birthday this month, paired, follow-up due. */
  a = make_child (store, "阿强", class_1, "2019-11-05");
  set_child_field (store, a, HAVEN_CHILD_KEY_SUPPORT, TRUE);
  make_talk (store, a, "2026-11-10", "2026-11-20");

  /* B: no guardian phone; its October follow-up was done on the 2nd. */
  {
    g_autoptr(HavenChildFile) file = haven_test_child_file_new ("白雪", class_1, "");
    b = save_file_owned (store, g_steal_pointer (&file), "测试");
  }
  make_talk (store, b, "2026-10-15", "2026-10-29");
  make_talk (store, b, "2026-11-02", "");

  /* C: has left the school: counts nowhere. */
  c = make_child (store, "陈静", class_3, "2018-11-11");
  set_child_field (store, c, HAVEN_CHILD_KEY_SUPPORT, TRUE);
  set_child_field (store, c, HAVEN_CHILD_STATUS, HAVEN_CHILD_STATUS_TRANSFERRED);

  /* D: deleted: counts nowhere. */
  d = make_child (store, "丁一", class_3, "2018-11-12");
  /* Its talk this month is gone with it. */
  make_talk (store, d, "2026-11-05", "");
  g_assert_true (haven_test_set_child_deleted (store, d, TRUE, &error));

  /* E: a talk this month with a follow-up still ahead, one in the future. */
  e = make_child (store, "鄂尔", class_3, NULL);
  make_talk (store, e, "2026-11-01", "2026-11-30");
  make_talk (store, e, "2026-11-25", "");

  /* F, G: on the roll; G born in November, its pairing has ended. */
  f = make_child (store, "方方", class_3, NULL);
  g = make_child (store, "高高", class_3, "2019-11-30");

  /* M1 has four current children: too many. */
  m1 = make_mentor (store, "爱心妈妈");
  make_pairing (store, a, m1, "2026-09-01", "");
  make_pairing (store, b, m1, "2026-09-01", "2027-01-20");
  make_pairing (store, e, m1, "2026-09-01", "");
  make_pairing (store, f, m1, "2026-11-22", "");
  m2 = make_mentor (store, "志愿者");
  make_pairing (store, g, m2, "2026-09-01", "2026-10-01");
  make_pairing (store, c, m2, "2026-09-01", "");

  make_activity (store, "2026-11-21 14:30");
  make_activity (store, "2026-11-22 14:30");
  make_activity (store, "2026-12-06 09:00");
  make_activity (store, "2026-12-07 09:00");

  overview = haven_test_overview (store, HAVEN_TEST_TODAY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (overview);

  g_assert_cmpuint (overview->children, ==, 5);            /* A B E F G */
  g_assert_cmpuint (overview->complete, ==, 4);            /* not B */
  g_assert_cmpuint (overview->key_support, ==, 1);         /* A */
  g_assert_cmpuint (overview->paired, ==, 4);              /* A B E F */
  g_assert_cmpuint (overview->talked_this_month, ==, 3);   /* A B E */
  g_assert_cmpuint (overview->talks_this_month, ==, 3);    /* 11-10, 11-02, 11-01 */
  g_assert_cmpuint (overview->follow_ups_due, ==, 1);      /* A's */
  g_assert_cmpuint (overview->birthdays_this_month, ==, 2);/* A G */
  g_assert_cmpuint (overview->activities_ahead, ==, 1);    /* 11-22: 12-06 is the 15th day */
  g_assert_cmpuint (overview->mentors_overloaded, ==, 1);  /* M1 */
  g_assert_cmpuint (overview->staff, ==, 2);
  g_assert_cmpuint (overview->classes, ==, 2);

  /* A month later, the picture moves on. */
  g_clear_pointer (&overview, haven_overview_free);
  overview = haven_test_overview (store, "2026-12-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overview->talks_this_month, ==, 0);
  g_assert_cmpuint (overview->birthdays_this_month, ==, 0);
  g_assert_cmpuint (overview->activities_ahead, ==, 0);
  g_assert_cmpuint (overview->follow_ups_due, ==, 2);      /* A's and E's */

  /* The boxed type copies. */
  {
    g_autoptr(HavenOverview) copy = g_boxed_copy (HAVEN_TYPE_OVERVIEW, overview);
    g_assert_cmpmem (copy, sizeof *copy, overview, sizeof *overview);
  }
}

/* Backup */

static void
test_store_backup (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *destination = haven_test_dir_file (fixture->dir, "backup.db");
  g_autoptr(GError) error = NULL;
  HavenStore *copy;
  GStatBuf st;

  make_child (fixture->store, "张小明", 0, NULL);
  make_child (fixture->store, "李华", 0, NULL);
  make_child (fixture->store, "王芳", 0, NULL);

  g_assert_true (haven_test_backup (fixture->store, destination, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (haven_store_get_progress (fixture->store), ==, -1.0);

  /* The backup is private like the database. */
  g_assert_cmpint (g_stat (destination, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* It opens as a database of its own, with the same children. */
  copy = haven_test_open_store (destination);
  g_assert_cmpuint (count_children (copy, HAVEN_ROLL_ALL), ==, 3);
  haven_test_finalize_store (&copy);

  /* The original goes on working. */
  make_child (fixture->store, "赵六", 0, NULL);
  g_assert_cmpuint (count_children (fixture->store, HAVEN_ROLL_ALL), ==, 4);
}


/* Backing up onto the open database (or its -wal, or a link to it) is
 * refused, and the database keeps every child. */
static void
test_store_backup_onto_itself (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->dir->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->dir->path, "-shm", NULL);
  g_autofree char *link_path = haven_test_dir_file (fixture->dir, "link.db");
  g_autofree char *dotted = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->dir->path);
  g_autofree char *base = g_path_get_basename (fixture->dir->path);
  const char *targets[5];
  HavenStore *reopened;

  dotted = g_build_filename (folder, ".", base, NULL);
  g_assert_cmpint (symlink (fixture->dir->path, link_path), ==, 0);
  targets[0] = fixture->dir->path;
  targets[1] = wal;
  targets[2] = shm;
  targets[3] = link_path;
  targets[4] = dotted;

  make_child (fixture->store, "张小明", 0, NULL);
  make_child (fixture->store, "李华", 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("backup onto %s", targets[i]);
      g_assert_false (haven_test_backup (fixture->store, targets[i], &error));
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);
      g_assert_cmpuint (count_children (fixture->store, HAVEN_ROLL_ALL), ==, 2);
    }

  /* Still there after the store closes and opens again. */
  haven_test_finalize_store (&fixture->store);
  reopened = haven_test_open_store (fixture->dir->path);
  g_assert_cmpuint (count_children (reopened, HAVEN_ROLL_ALL), ==, 2);
  fixture->store = reopened;
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
}

/* A second backup onto the same name keeps the first as .old. */
static void
test_store_backup_keeps_old (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *destination = haven_test_dir_file (fixture->dir, "backup.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  const char *name;
  HavenStore *copy;
  GDir *dir;

  make_child (fixture->store, "张小明", 0, NULL);
  g_assert_true (haven_test_backup (fixture->store, destination, &error));
  g_assert_no_error (error);
  make_child (fixture->store, "李华", 0, NULL);
  g_assert_true (haven_test_backup (fixture->store, destination, &error));
  g_assert_no_error (error);

  dir = g_dir_open (fixture->dir->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "backup.db.") && g_str_has_suffix (name, ".old"))
      {
        g_assert_null (kept);
        kept = haven_test_dir_file (fixture->dir, name);
      }
  g_dir_close (dir);
  g_assert_nonnull (kept);

  copy = haven_test_open_store (destination);
  g_assert_cmpuint (count_children (copy, HAVEN_ROLL_ALL), ==, 2);
  haven_test_finalize_store (&copy);
  copy = haven_test_open_store (kept);
  g_assert_cmpuint (count_children (copy, HAVEN_ROLL_ALL), ==, 1);
  haven_test_finalize_store (&copy);

  /* The kept copy of the database itself is never a backup's target. */
  g_clear_pointer (&kept, g_free);
  kept = g_strconcat (fixture->dir->path, ".20261122-101500.old", NULL);
  g_assert_false (haven_test_backup (fixture->store, kept, &error));
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);
}

static void
released_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  guint *n_replies = user_data;

  (*n_replies)++;
}

/* Dropping the last reference while jobs are queued must never leave it
 * to the worker, which would join itself ("Resource deadlock avoided").
 * The same short life, many times. */
/* Jobs for the screen go before background ones */

typedef struct
{
  GMutex  lock;
  GCond   cond;
  gboolean open;      /* the gate job may end */
  GString *order;     /* the jobs' names, as their answers came */
} Gate;

static gpointer
gate_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  Gate *gate = data;

  g_mutex_lock (&gate->lock);
  while (!gate->open)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);
  return HAVEN_JOB_DONE;
}

static gpointer
named_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  return HAVEN_JOB_DONE;
}

static void
named_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Gate *gate = g_object_get_data (object, "gate");

  g_string_append (gate->order, user_data);
}

static void
queue_named (HavenStore       *store,
             Gate             *gate,
             HavenJobPriority  priority,
             HavenJobFunc      func,
             const char       *name)
{
  haven_store_queue_job_full (store, queue_named, priority, func, gate, NULL, NULL, NULL, named_done_cb,
                              (gpointer) name);
}

/* The Overview's figures take seconds at county scale: a list's query
 * queued after them, while they wait, runs first; within a priority, jobs
 * keep their order. */
static void
test_store_job_priority (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(HavenStore) store = haven_store_new (dir->path);
  Gate gate = { .order = g_string_new (NULL) };
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  g_object_set_data (G_OBJECT (store), "gate", &gate);

  /* The worker is held in the first job while the others queue. */
  queue_named (store, &gate, HAVEN_JOB_PRIORITY_DEFAULT, gate_job, "G");
  queue_named (store, &gate, HAVEN_JOB_PRIORITY_BACKGROUND, named_job, "b");
  queue_named (store, &gate, HAVEN_JOB_PRIORITY_DEFAULT, named_job, "1");
  queue_named (store, &gate, HAVEN_JOB_PRIORITY_BACKGROUND, named_job, "c");
  queue_named (store, &gate, HAVEN_JOB_PRIORITY_DEFAULT, named_job, "2");
  g_mutex_lock (&gate.lock);
  gate.open = TRUE;
  g_cond_signal (&gate.cond);
  g_mutex_unlock (&gate.lock);

  while (gate.order->len < 5 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (gate.order->str, ==, "G12bc");

  g_string_free (gate.order, TRUE);
  g_cond_clear (&gate.cond);
  g_mutex_clear (&gate.lock);
}

static void
test_store_last_unref (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();

  for (guint round = 0; round < 200; round++)
    {
      HavenStore *store = haven_store_new (dir->path);
      g_autoptr(HavenChildQuery) query = haven_child_query_new ();
      gpointer weak = store;
      gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
      guint n_replies = 0;

      g_object_add_weak_pointer (G_OBJECT (store), &weak);
      haven_store_open_async (store, NULL, released_cb, &n_replies);
      haven_store_query_async (store, HAVEN_QUERY (query), NULL, released_cb, &n_replies);
      /* Round by round, the reference goes before, while or after the
       * worker runs the jobs. */
      if (round % 3 == 1)
        g_usleep (round * 10);
      else if (round % 3 == 2)
        while (n_replies < 1 && g_get_monotonic_time () < deadline)
          g_main_context_iteration (NULL, FALSE);
      g_object_unref (store);

      while ((weak != NULL || n_replies < 2) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_null (weak);
      g_assert_cmpuint (n_replies, ==, 2);
    }
}

static gint64
session_staff (HavenStore     *store,
               const char     *name,
               HavenStaffRole  role)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();
  g_autoptr(HavenSession) session = NULL;
  gint64 id;

  haven_test_run_as (store, "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ROLE, role);
  id = haven_test_save_owned (store, g_steal_pointer (&staff));
  session = haven_session_new (id, name, role);
  haven_store_set_session (store, session);
  return id;
}

static HavenTalk *
talk_as (HavenStore *store,
         gint64      talk_id)
{
  g_autoptr(GError) error = NULL;
  HavenRecord *talk = haven_test_load (store, HAVEN_TYPE_TALK, talk_id, &error);

  g_assert_no_error (error);
  return HAVEN_TALK (talk);
}

/* New records name their author from the session; a viewer writes
 * nothing; a confidential talk's text reaches only its author, the
 * counsellor and the headteacher, and no list row at all. */
static void
test_store_sessions (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenTalk) talk = haven_talk_new ();
  g_autoptr(HavenChildFile) file = haven_test_child_file_new ("王小红", 0, "13812345670");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(HavenTalkQuery) talks = haven_talk_query_new ();
  gint64 author, other, child_id, talk_id;
  struct { const char *name; HavenStaffRole role; gboolean reads; } readers[] = {
    { "班主任乙", HAVEN_STAFF_ROLE_CLASS_TEACHER, FALSE },
    { "结对老师", HAVEN_STAFF_ROLE_MENTOR, FALSE },
    { "心理老师", HAVEN_STAFF_ROLE_COUNSELLOR, TRUE },
    { "校长", HAVEN_STAFF_ROLE_HEADTEACHER, TRUE },
    { "来访者", HAVEN_STAFF_ROLE_VIEWER, FALSE },
  };
  HavenDb *db;
  sqlite3_stmt *stmt;

  child_id = save_file_owned (fixture->store, g_steal_pointer (&file), "校长");
  author = session_staff (fixture->store, "班主任甲", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_CHILD_ID, child_id);
  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_STAFF_ID, author);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_DATE, "2026-11-20");
  haven_record_set_int (HAVEN_RECORD (talk), HAVEN_TALK_CONFIDENTIAL, TRUE);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "家里的事，只对老师说");
  talk_id = haven_test_save (fixture->store, talk, &error);
  g_assert_no_error (error);
  g_array_append_val (ids, talk_id);

  /* The author reads it back. */
  g_clear_object (&talk);
  talk = talk_as (fixture->store, talk_id);
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT), ==, "家里的事，只对老师说");

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      g_autoptr(HavenTalk) seen = NULL;

      other = session_staff (fixture->store, readers[i].name, readers[i].role);
      g_assert_cmpint (other, !=, author);
      seen = talk_as (fixture->store, talk_id);
      g_test_message ("%s reads: %s", readers[i].name,
                      haven_record_get_string (HAVEN_RECORD (seen), HAVEN_TALK_CONTENT));
      g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (seen), HAVEN_TALK_CONTENT), ==,
                       readers[i].reads ? "家里的事，只对老师说" : "");
      /* The record itself, its date and child, are not hidden. */
      g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (seen), HAVEN_TALK_DATE), ==, "2026-11-20");

      /* A list row never carries the text, whoever asks. */
      rows = haven_test_fetch (fixture->store, HAVEN_QUERY (talks), ids, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, 1);
      g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (rows, 0), HAVEN_TALK_CONTENT), ==, "");
      g_clear_pointer (&rows, g_ptr_array_unref);
    }

  /* The viewer (the last session) may read, not write. */
  g_clear_object (&talk);
  talk = haven_talk_new ();
  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_CHILD_ID, child_id);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_DATE, "2026-11-21");
  g_assert_cmpint (haven_test_save (fixture->store, talk, &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_false (haven_test_delete (fixture->store, HAVEN_TYPE_TALK, talk_id, &error));
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
  g_clear_error (&error);

  /* Each row names who made it. */
  haven_test_drain (fixture->store);
  db = haven_db_open (fixture->dir->path, &error);
  g_assert_no_error (error);
  stmt = haven_db_prepare (db, "SELECT created_by FROM talk WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, talk_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, author);
  sqlite3_reset (stmt);  /* the connection owns its statements */
  haven_db_close (db);
}

/* After an ICU upgrade the stored sort keys are stale: opening the store
 * rebuilds them, so pinyin order stays right. */
static void
test_store_refresh_name_keys (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *path = haven_test_dir_file (dir, "keys.db");
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  HavenStore *store = haven_test_open_store (path);
  g_autoptr(HavenChildFile) zhang = haven_test_child_file_new ("张伟", 0, "13800138000");
  g_autoptr(HavenChildFile) a = haven_test_child_file_new ("阿芳", 0, "13800138001");
  gint64 zhang_id, a_id;
  HavenDb *db;

  zhang_id = haven_test_save_child_file (store, zhang, "test", &error);
  g_assert_no_error (error);
  a_id = haven_test_save_child_file (store, a, "test", &error);
  g_assert_no_error (error);
  haven_test_finalize_store (&store);

  /* Spoil 张伟's key and pretend another collator made it. */
  db = haven_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (haven_db_exec (db, "UPDATE child SET name_key = x'00' WHERE name = '张伟';"
                                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('collation', 'old')",
                                &error));
  haven_db_close (db);

  store = haven_test_open_store (path);
  haven_child_query_set_sort (HAVEN_CHILD_QUERY (query), HAVEN_SORT_NAME);
  ids = haven_test_query (store, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a_id);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, zhang_id);
  haven_test_finalize_store (&store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/open", test_store_open);
  g_test_add_func ("/store/open-errors", test_store_open_errors);
  ADD ("/store/cancelled", test_store_cancelled);
  g_test_add_func ("/store/schema", test_store_schema);
  g_test_add_func ("/store/no-table-sql", test_store_no_table_sql);
  g_test_add_func ("/store/refresh-name-keys", test_store_refresh_name_keys);
  ADD ("/store/round-trip", test_store_round_trip);
  ADD ("/store/changed", test_store_changed);
  ADD ("/store/not-found", test_store_not_found);
  ADD ("/store/history", test_store_history);
  ADD ("/store/child-deleted", test_store_child_deleted);
  ADD ("/store/parents-query", test_store_parents_query);
  ADD ("/store/overview", test_store_overview);
  ADD ("/store/backup", test_store_backup);
  ADD ("/store/backup-onto-itself", test_store_backup_onto_itself);
  ADD ("/store/backup-keeps-old", test_store_backup_keeps_old);
  g_test_add_func ("/store/last-unref", test_store_last_unref);
  g_test_add_func ("/store/job-priority", test_store_job_priority);
  ADD ("/store/sessions", test_store_sessions);
#undef ADD

  return g_test_run ();
}
