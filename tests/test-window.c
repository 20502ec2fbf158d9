/* test-window.c: the window, its views and the archive, driven by actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "haven-archive-page.h"
#include "haven-child.h"
#include "haven-child-editor.h"
#include "haven-child-page.h"
#include "haven-change.h"
#include "haven-guardian.h"
#include "haven-record-list.h"
#include "haven-ui-test-utils.h"

static HavenStore *
store_of (HavenWindow *window)
{
  return haven_context_get_store (haven_window_get_context (window));
}

static void
test_views (HavenUiFixture *f,
            gconstpointer  data)
{
  const char *views[] = { "overview", "archive", "pairing", "calendar", "talks" };

  /* The sample school is not empty, so the views show, not the welcome. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", views[i]));
      g_assert_cmpstr (haven_window_get_view (f->window), ==, views[i]);
    }

  /* An unknown view leaves the current one. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "nowhere");
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "talks");
}

static gboolean
list_has_items (gpointer data)
{
  HavenRecordList *list = data;

  return !haven_record_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

static gboolean
list_idle (gpointer data)
{
  return !haven_record_list_get_loading (HAVEN_RECORD_LIST (data));
}

static void
test_archive_search (HavenUiFixture *f,
                     gconstpointer  data)
{
  HavenArchivePage *page = haven_ui_archive (f->window);
  HavenRecordList *list = haven_archive_page_get_list (page);
  HavenQuery *query = HAVEN_QUERY (haven_archive_page_get_query (page));
  g_autoptr(HavenRecord) first = NULL;
  g_autofree char *name = NULL;
  guint all;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL);
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "archive");
  haven_ui_wait_for (list_has_items, list);
  all = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (all, >, 30);
  g_assert_cmpuint (all, <=, 40);

  /* Rows fill in from the store once asked for. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  haven_ui_wait_for ((gboolean (*) (gpointer)) haven_record_get_loaded, first);
  name = g_strdup (haven_record_get_string (first, HAVEN_CHILD_NAME));
  g_assert_cmpstr (name, !=, "");

  /* Searching for the exact name narrows the list to that child. */
  haven_query_set_search (query, name);
  haven_ui_wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, all);

  haven_query_set_search (query, "no such child 无此人");
  haven_ui_wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "archive.clear-filters", NULL);
  haven_query_set_search (query, "");
  haven_ui_wait_for (list_has_items, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, all);

  /* Key-support only is a subset. */
  haven_child_query_set_key_support (HAVEN_CHILD_QUERY (query), TRUE);
  haven_ui_wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, all);
}

static void
test_edit_child (HavenUiFixture *f,
                 gconstpointer  data)
{
  GtkWindow *editor;

  /* Ctrl+N's action opens an empty editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-child", NULL));
  editor = haven_window_get_editor (f->window);
  g_assert_nonnull (editor);
  g_assert_true (HAVEN_IS_CHILD_EDITOR (editor));

  /* A bad phone is refused next to the field, and the text stays. */
  haven_child_editor_set_field_text (HAVEN_CHILD_EDITOR (editor), "guardian.phone", "12345");
  g_assert_nonnull (haven_child_editor_get_field_error (HAVEN_CHILD_EDITOR (editor), "guardian.phone"));
  haven_child_editor_set_field_text (HAVEN_CHILD_EDITOR (editor), "guardian.phone", "13800138000");
  g_assert_null (haven_child_editor_get_field_error (HAVEN_CHILD_EDITOR (editor), "guardian.phone"));

  gtk_window_destroy (editor);
  g_assert_null (haven_window_get_editor (f->window));
}


static gboolean
page_has_file (gpointer data)
{
  HavenChildPage *page = data;
  HavenChildFile *file = haven_child_page_get_file (page);

  return file != NULL
         && haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file))) == haven_child_page_get_child_id (page);
}

static gboolean
history_has_guardian_phone (gpointer data)
{
  GListModel *history = data;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(HavenRecord) change = g_list_model_get_item (history, i);

      if (haven_record_get_loaded (change)
          && g_str_equal (haven_record_get_string (change, HAVEN_CHANGE_FIELD), "guardian.phone")
          && g_str_equal (haven_record_get_string (change, HAVEN_CHANGE_NEW_VALUE), "13912345678"))
        return TRUE;
    }
  return FALSE;
}

static void
test_child_page_history (HavenUiFixture *f,
                         gconstpointer  data)
{
  HavenArchivePage *archive = haven_ui_archive (f->window);
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (archive));
  HavenRecordList *list = haven_archive_page_get_list (archive);
  g_autoptr(HavenRecord) first = NULL;
  g_autoptr(HavenChildFile) file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  haven_ui_wait_for (list_has_items, list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-child", "x",
                                             haven_record_get_id (first)));
  haven_ui_wait_for (page_has_file, page);

  /* A new guardian phone, saved by someone: the page's history shows it. */
  file = haven_child_file_dup (haven_child_page_get_file (page));
  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_guardian (file)), HAVEN_GUARDIAN_PHONE, "13912345678");
  haven_test_run_as (f->store, "班主任", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  haven_store_save_child_file_async (f->store, file, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_child_file_finish (f->store, result, &error), ==, haven_record_get_id (first));
  g_assert_no_error (error);
  haven_ui_wait_for (history_has_guardian_phone, haven_child_page_get_history (page));

  /* Back returns to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "child.back", NULL));
}


static gboolean
archive_filled (gpointer data)
{
  HavenWindow *window = data;
  HavenRecordList *list = haven_archive_page_get_list (haven_ui_archive (window));

  return list != NULL && !haven_store_get_busy (store_of (window))
         && !haven_record_list_get_loading (list)
         && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

/* "Try a sample school": a window on an empty file fills it with a
 * sample, then shows the views, not the welcome page. */
static void
test_sample_window (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *path = haven_test_dir_file (dir, "sample.db");
  HavenStore *store = haven_store_new (path);
  HavenContext *context = haven_context_new (store);
  HavenWindow *window = g_object_ref_sink (haven_window_new (NULL, context, 25));
  HavenRecordList *list;

  gtk_window_present (GTK_WINDOW (window));
  haven_ui_wait_for (archive_filled, window);
  list = haven_archive_page_get_list (haven_ui_archive (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <=, 25);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 20);
  g_assert_cmpstr (haven_window_get_view (window), !=, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
  haven_test_finalize_object_soon (window);
  haven_test_finalize_object_soon (context);
  haven_test_finalize_store (&store);
}

static gboolean
shows_welcome (gpointer data)
{
  return g_strcmp0 (haven_window_get_view (data), "welcome") == 0;
}

/* A new, empty database opens on the welcome page. */
static void
test_welcome (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *path = haven_test_dir_file (dir, "new.db");
  HavenStore *store = haven_store_new (path);
  HavenContext *context = haven_context_new (store);
  HavenWindow *window = g_object_ref_sink (haven_window_new (NULL, context, 0));

  gtk_window_present (GTK_WINDOW (window));
  haven_ui_wait_for (shows_welcome, window);

  /* Choosing a view from the keyboard leaves it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "archive"));
  g_assert_cmpstr (haven_window_get_view (window), ==, "archive");

  gtk_window_destroy (GTK_WINDOW (window));
  haven_test_finalize_object_soon (window);
  haven_test_finalize_object_soon (context);
  haven_test_finalize_store (&store);
}


typedef struct
{
  HavenRecordList *list;
  gint64           id;
} Membership;

static gboolean
child_gone (gpointer data)
{
  Membership *m = data;

  return !haven_record_list_get_loading (m->list) && haven_record_list_find (m->list, m->id) == G_MAXUINT;
}

/* Deleting asks first; "Cancel" keeps the child, "Delete" hides them. */
static void
test_delete_asks (HavenUiFixture *f,
                  gconstpointer  data)
{
  HavenArchivePage *archive = haven_ui_archive (f->window);
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (archive));
  HavenRecordList *list = haven_archive_page_get_list (archive);
  g_autoptr(HavenRecord) first = NULL;
  AdwMessageDialog *dialog;
  Membership m;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  haven_ui_wait_for (list_has_items, list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-child", "x",
                                             haven_record_get_id (first)));
  haven_ui_wait_for (page_has_file, page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "child.delete", NULL));
  dialog = haven_ui_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* A response closes the dialog by itself. */
  adw_message_dialog_response (dialog, "cancel");
  /* Only once the store has had time to act could a wrong delete show. */
  haven_test_drain (f->store);
  g_assert_false (haven_record_list_get_loading (list));
  g_assert_cmpuint (haven_record_list_find (list, haven_record_get_id (first)), !=, G_MAXUINT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "child.delete", NULL));
  dialog = haven_ui_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");

  m.list = list;
  m.id = haven_record_get_id (first);
  haven_ui_wait_for (child_gone, &m);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, HavenUiFixture, NULL, haven_ui_fixture_setup, func, haven_ui_fixture_teardown)
  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/sample", test_sample_window);
  ADD ("/window/views", test_views);
  ADD ("/window/archive-search", test_archive_search);
  ADD ("/window/child-page-history", test_child_page_history);
  ADD ("/window/delete-asks", test_delete_asks);
  ADD ("/window/edit-child", test_edit_child);

  return g_test_run ();
}
