/* haven-test-utils.c: temp databases, a main loop for async calls, counters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-test"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "haven-test-utils.h"

/* Temp folders */

HavenTestDir *
haven_test_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  HavenTestDir *dir = g_new0 (HavenTestDir, 1);

  dir->dir = g_dir_make_tmp ("haven-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dir->dir);
  dir->path = g_build_filename (dir->dir, "haven.db", NULL);
  return dir;
}

char *
haven_test_dir_file (HavenTestDir *dir,
                     const char   *name)
{
  return g_build_filename (dir->dir, name, NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      /* A test may have made a folder unwritable to provoke an error. */
      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (g_rmdir (path) != 0)
        g_test_message ("Could not remove %s", path);
    }
  else if (g_remove (path) != 0)
    g_test_message ("Could not remove %s", path);
}

void
haven_test_dir_free (HavenTestDir *dir)
{
  if (dir == NULL)
    return;
  remove_tree (dir->dir);
  g_free (dir->dir);
  g_free (dir->path);
  g_free (dir);
}

/* Main loop */

void
haven_test_result_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
haven_test_wait (GAsyncResult **result)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (HAVEN_TEST_TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (*result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    {
      g_test_message ("No result after %d seconds", HAVEN_TEST_TIMEOUT_SECONDS);
      g_assert_not_reached ();
    }
  g_source_remove (source);
}

void
haven_test_drain (HavenStore *store)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (HAVEN_TEST_TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!timed_out && (haven_store_get_busy (store) || g_main_context_pending (NULL)))
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    {
      g_test_message ("The store was still busy after %d seconds", HAVEN_TEST_TIMEOUT_SECONDS);
      g_assert_not_reached ();
    }
  g_source_remove (source);
}

/* Store */

HavenStore *
haven_test_open_store (const char *path)
{
  g_autoptr(HavenStore) store = haven_store_new (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_store_open_async (store, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_store_open_finish (store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  haven_test_drain (store);
  return g_steal_pointer (&store);
}

void
haven_test_finalize_store (HavenStore **store)
{
  g_assert_nonnull (*store);
  haven_test_drain (*store);

  /* The worker hands its reference to a finished job's task (which holds
   * the store) back to this thread; those releases run in the loop. */
  haven_test_finalize_object_soon (g_steal_pointer (store));
}

void
haven_test_finalize_object_soon (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + HAVEN_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  gpointer weak = object;

  g_assert_true (G_IS_OBJECT (object));
  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);

  /* Cancelled work still holds its widget until its callback has run;
   * a cycle never lets go, and fails here. */
  while (weak != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (weak != NULL)
    g_printerr ("Still alive: %s\n", G_OBJECT_TYPE_NAME (weak));
  if (weak != NULL)
    g_object_remove_weak_pointer (G_OBJECT (weak), &weak);
  g_assert_null (weak);
}

gint64
haven_test_save (HavenStore  *store,
                 gpointer     record,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gint64 id;

  haven_store_save_async (store, HAVEN_RECORD (record), NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return id;
}

HavenRecord *
haven_test_load (HavenStore  *store,
                 GType        type,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenRecord *record;

  haven_store_load_async (store, type, id, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  record = haven_store_load_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return record;
}

gboolean
haven_test_delete (HavenStore  *store,
                   GType        type,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ok;

  haven_store_delete_async (store, type, id, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  ok = haven_store_delete_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return ok;
}

void
haven_test_run_as (HavenStore     *store,
                   const char     *name,
                   HavenStaffRole  role)
{
  g_autoptr(HavenSession) session = name != NULL ? haven_session_new (0, name, role) : NULL;

  haven_store_set_session (store, session);
}

gint64
haven_test_save_child_file (HavenStore      *store,
                            HavenChildFile  *file,
                            const char      *author,
                            GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gint64 id;

  if (author != NULL)
    haven_test_run_as (store, author, HAVEN_STAFF_ROLE_HEADTEACHER);
  haven_store_save_child_file_async (store, file, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_child_file_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return id;
}

HavenChildFile *
haven_test_load_child_file (HavenStore  *store,
                            gint64       child_id,
                            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenChildFile *file;

  haven_store_load_child_file_async (store, child_id, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  file = haven_store_load_child_file_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return file;
}

gboolean
haven_test_set_child_deleted (HavenStore  *store,
                              gint64       child_id,
                              gboolean     deleted,
                              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ok;

  haven_store_set_child_deleted_async (store, child_id, deleted, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  ok = haven_store_set_child_deleted_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return ok;
}

char *
haven_test_query_plan (const char *path,
                       const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString *plan = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (plan, FALSE);
}

GArray *
haven_test_query (HavenStore  *store,
                  HavenQuery  *query,
                  GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GArray *ids;

  haven_store_query_async (store, query, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  rows = haven_store_query_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  if (rows == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < rows->len; i++)
    {
      HavenRecord *row = g_ptr_array_index (rows, i);
      gint64 id = haven_record_get_id (row);

      g_array_append_val (ids, id);
    }
  return ids;
}

GPtrArray *
haven_test_fetch (HavenStore  *store,
                  HavenQuery  *query,
                  GArray      *ids,
                  GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GPtrArray *records;

  haven_store_fetch_async (store, haven_query_get_item_type (query), ids, haven_query_get_today (query),
                           NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  records = haven_store_fetch_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return records;
}

GPtrArray *
haven_test_query_records (HavenStore *store,
                          HavenQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = haven_test_query (store, query, &error);
  GPtrArray *records;

  g_assert_no_error (error);
  g_assert_nonnull (ids);
  records = haven_test_fetch (store, query, ids, &error);
  g_assert_no_error (error);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, ids->len);
  return records;
}

void
haven_test_free_records (GPtrArray *records)
{
  g_autoptr(GPtrArray) weak = g_ptr_array_new ();

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (weak, g_ptr_array_index (records, i));
  /* Only now: adding could move pdata. */
  for (guint i = 0; i < weak->len; i++)
    g_object_add_weak_pointer (g_ptr_array_index (weak, i), &weak->pdata[i]);

  g_ptr_array_unref (records);
  for (guint i = 0; i < weak->len; i++)
    g_assert_null (g_ptr_array_index (weak, i));
}

HavenOverview *
haven_test_overview (HavenStore  *store,
                     const char  *today,
                     GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenOverview *overview;

  haven_store_overview_async (store, today, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  overview = haven_store_overview_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return overview;
}

gboolean
haven_test_fill_sample (HavenStore  *store,
                        guint        n_children,
                        guint32      seed,
                        const char  *today,
                        GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ok;

  haven_sample_fill_async (store, n_children, seed, today, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  ok = haven_sample_fill_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return ok;
}

gboolean
haven_test_backup (HavenStore  *store,
                   const char  *destination,
                   GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ok;

  haven_store_backup_async (store, destination, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  ok = haven_store_backup_finish (store, result, error);
  g_clear_object (&result);
  haven_test_drain (store);
  return ok;
}

/* Records */

HavenChildFile *
haven_test_child_file_new (const char *name,
                           gint64      class_id,
                           const char *guardian_phone)
{
  HavenChildFile *file = haven_child_file_new ();
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  HavenRecord *father = HAVEN_RECORD (haven_child_file_get_father (file));
  HavenRecord *mother = HAVEN_RECORD (haven_child_file_get_mother (file));
  HavenRecord *guardian = HAVEN_RECORD (haven_child_file_get_guardian (file));

  haven_record_set_string (child, HAVEN_CHILD_NAME, name);
  haven_record_set_int (child, HAVEN_CHILD_GENDER, HAVEN_GENDER_MALE);
  haven_record_set_string (child, HAVEN_CHILD_BIRTH_DATE, "2018-03-14");
  haven_record_set_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID, class_id);
  haven_record_set_string (child, HAVEN_CHILD_ADDRESS, "红星镇石桥村3组");
  haven_record_set_int (child, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_BOTH_AWAY);

  haven_record_set_string (father, HAVEN_PARENT_NAME, "父亲");
  haven_record_set_int (father, HAVEN_PARENT_AWAY, TRUE);
  haven_record_set_string (father, HAVEN_PARENT_WORK_PLACE, "广东省东莞市");
  haven_record_set_string (father, HAVEN_PARENT_PHONE, "13500000001");

  haven_record_set_string (mother, HAVEN_PARENT_NAME, "母亲");
  haven_record_set_int (mother, HAVEN_PARENT_AWAY, TRUE);
  haven_record_set_string (mother, HAVEN_PARENT_WORK_PLACE, "浙江省义乌市");
  haven_record_set_string (mother, HAVEN_PARENT_PHONE, "13500000002");

  haven_record_set_string (guardian, HAVEN_GUARDIAN_NAME, "奶奶");
  haven_record_set_int (guardian, HAVEN_GUARDIAN_RELATIONSHIP, HAVEN_RELATIONSHIP_GRANDMOTHER);
  haven_record_set_string (guardian, HAVEN_GUARDIAN_PHONE, guardian_phone);

  return file;
}

/* Counters */

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *counter)
{
  (*counter)++;
}

gulong
haven_test_count_notify (gpointer    object,
                         const char *property,
                         guint      *counter)
{
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (object), property));
  return g_signal_connect (object, detailed, G_CALLBACK (count_cb), counter);
}

struct _HavenTestItemsLog
{
  GListModel *model;    /* weak */
  gulong      handler;
  GArray     *changes;  /* HavenTestItemsChanged */
};

static void
items_changed_cb (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  HavenTestItemsLog *log)
{
  HavenTestItemsChanged change = { position, removed, added };

  g_test_message ("items-changed (%u, %u, %u)", position, removed, added);
  g_array_append_val (log->changes, change);
}

HavenTestItemsLog *
haven_test_items_log_new (GListModel *model)
{
  HavenTestItemsLog *log = g_new0 (HavenTestItemsLog, 1);

  log->model = model;
  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &log->model);
  log->changes = g_array_new (FALSE, FALSE, sizeof (HavenTestItemsChanged));
  log->handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), log);
  return log;
}

guint
haven_test_items_log_len (HavenTestItemsLog *log)
{
  return log->changes->len;
}

void
haven_test_items_log_assert_one (HavenTestItemsLog *log,
                                 guint              position,
                                 guint              removed,
                                 guint              added)
{
  HavenTestItemsChanged *change;

  g_assert_cmpuint (log->changes->len, ==, 1);
  change = &g_array_index (log->changes, HavenTestItemsChanged, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  haven_test_items_log_clear (log);
}

void
haven_test_items_log_assert_none (HavenTestItemsLog *log)
{
  g_assert_cmpuint (log->changes->len, ==, 0);
}

void
haven_test_items_log_clear (HavenTestItemsLog *log)
{
  g_array_set_size (log->changes, 0);
}

void
haven_test_items_log_free (HavenTestItemsLog *log)
{
  if (log == NULL)
    return;
  if (log->model != NULL)
    {
      g_signal_handler_disconnect (log->model, log->handler);
      g_object_remove_weak_pointer (G_OBJECT (log->model), (gpointer *) &log->model);
    }
  g_array_unref (log->changes);
  g_free (log);
}

gint64
haven_test_save_ok (HavenStore *store,
                    gpointer    record)
{
  g_autoptr(GError) error = NULL;
  gint64 id = haven_test_save (store, record, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

gint64
haven_test_save_owned (HavenStore *store,
                       gpointer    record)
{
  gint64 id = haven_test_save_ok (store, record);

  g_assert_finalize_object (record);
  return id;
}
