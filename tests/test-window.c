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
#include "haven-overview-page.h"
#include "haven-print.h"
#include "haven-store-overview.h"
#include "haven-tooltips.h"
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

/* The overview's figures open the archive filtered to what they count. */
static void
test_overview_rows (HavenUiFixture *f,
                    gconstpointer   data)
{
  HavenArchivePage *archive = haven_ui_archive (f->window);
  HavenChildQuery *query;
  HavenRecordList *list;
  g_autoptr(HavenOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  struct { const char *preset; guint expected; } rows[4];

  overview = haven_test_overview (f->store, NULL, &error);
  g_assert_no_error (error);
  rows[0].preset = "incomplete";
  rows[0].expected = overview->children - overview->complete;
  rows[1].preset = "no-mentor";
  rows[1].expected = overview->children - overview->paired;
  rows[2].preset = "key-support";
  rows[2].expected = overview->key_support;
  rows[3].preset = "roll";
  rows[3].expected = overview->children;
  g_assert_cmpuint (rows[0].expected, >, 0);
  g_assert_cmpuint (rows[0].expected, <, overview->children);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_test_message ("%s: %u", rows[i].preset, rows[i].expected);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-children", "s", rows[i].preset));
      g_assert_cmpstr (haven_window_get_view (f->window), ==, "archive");
      query = haven_archive_page_get_query (archive);
      list = haven_archive_page_get_list (archive);
      g_assert_cmpint (haven_child_query_get_incomplete (query), ==, i == 0);
      g_assert_cmpint (haven_child_query_get_no_mentor (query), ==, i == 1);
      g_assert_cmpint (haven_child_query_get_key_support (query), ==, i == 2);
      haven_ui_settle (f->store);
      haven_ui_wait_for (list_idle, list);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, rows[i].expected);
    }
}

/* The window's icon is drawn, not GTK's missing-image: the SVG loader
 * (librsvg2-common) is there and the icon is found by its name. */
static void
test_icon (HavenUiFixture *f,
           gconstpointer   data)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;

  /* What GtkApplication does for the app from its resource base path. */
  gtk_icon_theme_add_resource_path (theme, RESOURCE_PREFIX "/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, "io.github.havenapp.Haven"));
  icon = gtk_icon_theme_lookup_icon (theme, "io.github.havenapp.Haven", NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (g_str_has_suffix (uri, "io.github.havenapp.Haven.svg"));
  }

  texture = gdk_texture_new_from_resource (RESOURCE_PREFIX "/icons/scalable/apps/io.github.havenapp.Haven.svg");
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), >, 0);
}

/* Tooltips keep their width: near the window's edge GTK 4.8 wrapped
 * "主菜单" one character per line. */
static void
test_tooltips (HavenUiFixture *f,
               gconstpointer   data)
{
  g_autoptr(GtkWidget) shortest = g_object_ref_sink (haven_tooltip_label_new ("主菜单", FALSE));
  g_autoptr(GtkWidget) longest = g_object_ref_sink (
    haven_tooltip_label_new ("按年级、班级、留守类型等筛选，只看需要重点关爱的孩子", FALSE));
  int one_line, minimum;

  /* A short tooltip is never wrapped: its narrowest is its whole text. */
  g_assert_false (gtk_label_get_wrap (GTK_LABEL (shortest)));
  gtk_widget_measure (shortest, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &one_line, NULL, NULL);
  g_assert_cmpint (minimum, ==, one_line);

  /* A long one wraps, but never narrower than a readable line. */
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (longest)));
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (longest)), >=, 20);
  gtk_widget_measure (longest, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, >, 4 * one_line);

  /* The app's own buttons answer with such a label. */
  haven_tooltips_init ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  {
    GtkWidget *button = gtk_menu_button_new ();

    gtk_widget_set_tooltip_text (button, "主菜单");
    gtk_widget_set_parent (button, GTK_WIDGET (f->window));
    g_signal_emit_by_name (button, "map");
    g_assert_cmpuint (g_signal_handler_find (button, G_SIGNAL_MATCH_ID, g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET),
                                             0, NULL, NULL, NULL), !=, 0);
    gtk_widget_unparent (button);
  }
}

/* One child's card is offered as a PDF under the child's name. */
static void
test_card_name (void)
{
  g_autofree char *one = haven_print_cards_basename ("王小明");
  g_autofree char *odd = haven_print_cards_basename ("a/b\\c:d");
  g_autofree char *many = haven_print_cards_basename (NULL);

  g_assert_cmpstr (one, ==, "contact-card-王小明");
  g_assert_cmpstr (odd, ==, "contact-card-a-b-c-d");
  g_assert_cmpstr (many, ==, "contact-cards");
}

/* The child page asks for nothing until a child is shown: lists without
 * a child would load every talk and change of the county. */
static void
test_child_lists_wait (HavenUiFixture *f,
                       gconstpointer   data)
{
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (haven_ui_archive (f->window)));

  g_assert_null (haven_child_page_get_history (page));
  haven_ui_show_first_child (f);
  g_assert_nonnull (haven_child_page_get_history (page));
}

/* A search refills the rows already built */

static void
label_finalized_cb (gpointer  data,
                    GObject  *label)
{
  g_hash_table_add (data, label);
}

/* The labels of the archive's cells on screen, each with its text. */
static void
collect_cells (GtkWidget  *widget,
               GHashTable *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW))
    g_hash_table_insert (labels, widget, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_cells (child, labels);
}

typedef struct
{
  HavenArchivePage *page;
  guint             n_rows;
} Cells;

/* The list has its rows and the first ones show their names. */
static gboolean
cells_filled (gpointer data)
{
  Cells *c = data;
  HavenRecordList *list = haven_archive_page_get_list (c->page);
  g_autoptr(HavenRecord) first = NULL;
  g_autoptr(HavenRecord) last = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (haven_record_list_get_loading (list) || n != c->n_rows || n == 0)
    return FALSE;
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), MIN (n, 5) - 1);
  return haven_record_get_loaded (first) && haven_record_get_loaded (last);
}

/* A search gives the row widgets already built the new rows: GTK 4.8
 * rebuilt every one of them, up to 200 rows of cells, for each keystroke.
 * And the selection stays on its child, wherever the child goes. */
static void
test_search_refills_rows (HavenUiFixture *f,
                          gconstpointer  data)
{
  HavenArchivePage *page = haven_ui_archive (f->window);
  HavenRecordList *list = haven_archive_page_get_list (page);
  HavenChildQuery *query = haven_archive_page_get_query (page);
  GtkColumnView *view = GTK_COLUMN_VIEW (haven_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  g_autoptr(GHashTable) before = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) after = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) finalized = g_hash_table_new (NULL, NULL);
  g_autoptr(HavenRecord) chosen = NULL;
  GHashTableIter iter;
  gpointer label, text;
  guint refilled = 0, all;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  haven_ui_wait_for (list_has_items, list);
  all = g_list_model_get_n_items (G_LIST_MODEL (list));
  haven_ui_wait_for (cells_filled, &(Cells) { page, all });
  haven_ui_settle (store_of (f->window));
  collect_cells (GTK_WIDGET (view), before);
  g_assert_cmpuint (g_hash_table_size (before), >, 10);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &label, NULL))
    g_object_weak_ref (label, label_finalized_cb, finalized);

  /* The fourth child is chosen; the key-support children come instead. */
  gtk_single_selection_set_selected (selection, 3);
  chosen = g_list_model_get_item (G_LIST_MODEL (list), 3);
  haven_child_query_set_key_support (query, TRUE);
  haven_ui_wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, all);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 1);
  haven_ui_wait_for (cells_filled, &(Cells) { page, g_list_model_get_n_items (G_LIST_MODEL (list)) });
  haven_ui_settle (store_of (f->window));

  collect_cells (GTK_WIDGET (view), after);
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &label, &text))
    if (g_hash_table_contains (before, label) && !g_hash_table_contains (finalized, label)
        && g_strcmp0 (g_hash_table_lookup (before, label), text) != 0)
      refilled++;
  g_assert_cmpuint (refilled, >, 0);

  /* Where the chosen child went, the selection went; gone, it is gone. */
  if (haven_record_list_find (list, haven_record_get_id (chosen)) != G_MAXUINT)
    g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==,
                      haven_record_list_find (list, haven_record_get_id (chosen)));
  else
    g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &label, NULL))
    if (!g_hash_table_contains (finalized, label))
      g_object_weak_unref (label, label_finalized_cb, finalized);
}

/* The rows a search left off screen show their own children when they
 * come into view. */
typedef struct
{
  double  y;
  char   *text;
} ShownCell;

static void
collect_name_cells (GtkWidget *widget,
                    GtkWidget *view,
                    GArray    *cells)
{
  graphene_point_t point;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW)
      && gtk_widget_compute_point (widget, view, &GRAPHENE_POINT_INIT (0, 0), &point) && point.x < 40)
    g_array_append_val (cells, ((ShownCell) { point.y, g_strdup (gtk_label_get_label (GTK_LABEL (widget))) }));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_name_cells (child, view, cells);
}

static int
by_y (gconstpointer a,
      gconstpointer b)
{
  const ShownCell *x = a, *y = b;

  return x->y < y->y ? -1 : x->y > y->y;
}

static void
clear_shown_cell (gpointer data)
{
  g_free (((ShownCell *) data)->text);
}

typedef struct
{
  HavenArchivePage *page;
  GtkWidget        *view;
} NamesShown;

/* The name cells on screen, top to bottom, show the list's rows in order. */
static gboolean
names_in_order (gpointer data)
{
  NamesShown *n = data;
  HavenRecordList *list = haven_archive_page_get_list (n->page);
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (ShownCell));
  guint start = G_MAXUINT;

  g_array_set_clear_func (cells, clear_shown_cell);
  if (haven_record_list_get_loading (list))
    return FALSE;
  collect_name_cells (n->view, n->view, cells);
  if (cells->len < 5)
    return FALSE;
  g_array_sort (cells, by_y);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)) && start == G_MAXUINT; i++)
    {
      g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (haven_record_get_loaded (row)
          && g_str_has_prefix (g_array_index (cells, ShownCell, 0).text, haven_record_get_string (row, HAVEN_CHILD_NAME))
          && *haven_record_get_string (row, HAVEN_CHILD_NAME) != '\0')
        start = i;
    }
  if (start == G_MAXUINT)
    return FALSE;
  for (guint i = 0; i < cells->len; i++)
    {
      g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (list), start + i);

      if (row == NULL || !haven_record_get_loaded (row)
          || !g_str_has_prefix (g_array_index (cells, ShownCell, i).text, haven_record_get_string (row, HAVEN_CHILD_NAME)))
        return FALSE;
    }
  return TRUE;
}

static void
test_rows_shown_after_search (HavenUiFixture *f,
                              gconstpointer  data)
{
  HavenArchivePage *page = haven_ui_archive (f->window);
  HavenRecordList *list = haven_archive_page_get_list (page);
  GtkWidget *view = haven_ui_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  NamesShown shown = { page, view };
  guint all;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  haven_ui_wait_for (list_has_items, list);
  all = g_list_model_get_n_items (G_LIST_MODEL (list));
  haven_ui_wait_for (cells_filled, &(Cells) { page, all });
  haven_ui_wait_for (names_in_order, &shown);

  /* Another order puts other children in every place, most off screen. */
  haven_child_query_set_sort (haven_archive_page_get_query (page), HAVEN_SORT_BIRTHDAY);
  haven_ui_wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, all);
  haven_ui_wait_for (names_in_order, &shown);

  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  haven_ui_settle (store_of (f->window));
  haven_ui_wait_for (names_in_order, &shown);
}

/* The Overview works out its figures when it shows, not for every save
 * made in another view: at county scale they take the worker seconds,
 * and every save behind them waited. */
static gboolean
overview_idle (gpointer data)
{
  return !haven_overview_page_get_refreshing (data);
}

static void
test_overview_waits_until_shown (HavenUiFixture *f,
                                 gconstpointer   data)
{
  HavenOverviewPage *overview = HAVEN_OVERVIEW_PAGE (haven_window_get_page (f->window, "overview"));
  HavenRecordList *list = haven_archive_page_get_list (haven_ui_archive (f->window));
  g_autoptr(HavenRecord) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive"));
  haven_ui_wait_for (list_has_items, list);
  haven_ui_settle (f->store);
  haven_ui_wait_for (overview_idle, overview);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  g_assert_true (haven_test_set_child_deleted (f->store, haven_record_get_id (first), TRUE, &error));
  g_assert_no_error (error);
  haven_ui_settle (f->store);
  g_assert_false (haven_overview_page_get_refreshing (overview));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
  g_assert_true (haven_overview_page_get_refreshing (overview));

  /* Left before its figures came, it lets the worker go, and asks again
   * when it shows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive"));
  g_assert_false (haven_overview_page_get_refreshing (overview));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
  g_assert_true (haven_overview_page_get_refreshing (overview));
  haven_ui_wait_for (overview_idle, overview);
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
  ADD ("/window/search-refills-rows", test_search_refills_rows);
  ADD ("/window/rows-shown-after-search", test_rows_shown_after_search);
  ADD ("/window/child-page-history", test_child_page_history);
  ADD ("/window/delete-asks", test_delete_asks);
  ADD ("/window/edit-child", test_edit_child);
  ADD ("/window/overview-rows", test_overview_rows);
  ADD ("/window/overview-waits-until-shown", test_overview_waits_until_shown);
  ADD ("/window/icon", test_icon);
  ADD ("/window/tooltips", test_tooltips);
  ADD ("/window/child-lists-wait", test_child_lists_wait);
  g_test_add_func ("/window/card-name", test_card_name);

  return g_test_run ();
}
