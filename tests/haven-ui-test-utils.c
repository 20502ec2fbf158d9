/* haven-ui-test-utils.c: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-test"

#include "config.h"

#include "haven-child-file.h"
#include "haven-child-page.h"
#include "haven-record-list.h"
#include "haven-sample.h"
#include "haven-ui-test-utils.h"

void
haven_ui_wait_for (gboolean (*condition) (gpointer),
                   gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

void
haven_ui_settle (HavenStore *store)
{
  haven_test_drain (store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
window_ready (gpointer data)
{
  HavenUiFixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store)
         && g_strcmp0 (haven_window_get_view (f->window), "loading") != 0;
}

void
haven_ui_fixture_setup (HavenUiFixture *f,
                        gconstpointer   data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);

  haven_sample_fill_async (f->store, 40, 7, HAVEN_UI_TEST_TODAY, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_sample_fill_finish (f->store, result, &error));
  g_assert_no_error (error);

  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (NULL, f->context, 0));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1024, 600);
  gtk_window_present (GTK_WINDOW (f->window));
  haven_ui_wait_for (window_ready, f);
}

void
haven_ui_fixture_teardown (HavenUiFixture *f,
                           gconstpointer   data)
{
  /* Dialogs a test left open go first: they hold the window. */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (f->window))
        gtk_window_destroy (window);
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (g_steal_pointer (&f->window));
  haven_test_finalize_object_soon (g_steal_pointer (&f->context));
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

HavenArchivePage *
haven_ui_archive (HavenWindow *window)
{
  return HAVEN_ARCHIVE_PAGE (haven_window_get_page (window, "archive"));
}

AdwMessageDialog *
haven_ui_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

GtkWidget *
haven_ui_find_widget (GtkWidget *widget,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = haven_ui_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
list_has_items (gpointer data)
{
  HavenRecordList *list = data;

  return !haven_record_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

static gboolean
page_has_file (gpointer data)
{
  HavenChildPage *page = data;
  HavenChildFile *file = haven_child_page_get_file (page);

  return file != NULL
         && haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file))) == haven_child_page_get_child_id (page);
}

gint64
haven_ui_show_first_child (HavenUiFixture *f)
{
  HavenArchivePage *archive = haven_ui_archive (f->window);
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (archive));
  HavenRecordList *list = haven_archive_page_get_list (archive);
  g_autoptr(HavenRecord) first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive"));
  haven_ui_wait_for (list_has_items, list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-child", "x",
                                             haven_record_get_id (first)));
  haven_ui_wait_for (page_has_file, page);
  return haven_record_get_id (first);
}

void
haven_ui_count_nodes (GskRenderNode *node,
                      guint         *counts)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);

  counts[MIN ((guint) type, HAVEN_UI_NODE_TYPES - 1)]++;
  switch (type)
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        haven_ui_count_nodes (gsk_container_node_get_child (node, i), counts);
      break;
    case GSK_TRANSFORM_NODE:
      haven_ui_count_nodes (gsk_transform_node_get_child (node), counts);
      break;
    case GSK_OPACITY_NODE:
      haven_ui_count_nodes (gsk_opacity_node_get_child (node), counts);
      break;
    case GSK_COLOR_MATRIX_NODE:
      haven_ui_count_nodes (gsk_color_matrix_node_get_child (node), counts);
      break;
    case GSK_CLIP_NODE:
      haven_ui_count_nodes (gsk_clip_node_get_child (node), counts);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      haven_ui_count_nodes (gsk_rounded_clip_node_get_child (node), counts);
      break;
    case GSK_SHADOW_NODE:
      haven_ui_count_nodes (gsk_shadow_node_get_child (node), counts);
      break;
    case GSK_DEBUG_NODE:
      haven_ui_count_nodes (gsk_debug_node_get_child (node), counts);
      break;
    default:
      break;
    }
}
