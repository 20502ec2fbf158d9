/* haven-screenshots.c: renders every view to PNG, for review
 *
 * Opens one window per view and size on the real database, waits until
 * the store is idle and every visible row has its data, then renders the
 * window with its own renderer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-screenshots"

#include "config.h"

#include <glib/gstdio.h>

#include "haven-archive-page.h"
#include "haven-pairing.h"
#include "haven-pairing-card.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-page.h"
#include "haven-pairing-suggestions.h"
#include "haven-screenshots.h"
#include "haven-window.h"

typedef struct
{
  int width;
  int height;
} Size;

static const Size sizes[] = { { 1366, 768 }, { 1024, 600 } };
static const char * const views[] = {
  "welcome", "overview", "archive", "child", "child-edit", "pairing", "pairing-dialog", "pairing-suggestions",
  "calendar", "talks",
};

typedef struct
{
  GtkApplication *app;
  HavenContext   *context;
  HavenContext   *empty_context;  /* a new database, for the first-run page */
  char           *empty_dir;
  char           *dir;
  const char     *lang;
  guint           shot;      /* index into sizes × views */
  HavenWindow    *window;
  guint           idle_polls;
  guint           polls;
  gboolean        child_opened;
} Run;

static void next_shot (Run *run);

static HavenArchivePage *
archive_page (HavenWindow *window)
{
  return HAVEN_ARCHIVE_PAGE (haven_window_get_page (window, "archive"));
}

static gboolean
save_png (GtkWidget  *widget,
          const char *path)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || renderer == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

/* The pairing board's shots */

static HavenPairingPage *
pairing_page (HavenWindow *window)
{
  return HAVEN_PAIRING_PAGE (haven_window_get_page (window, "pairing"));
}

/* Whether every card on screen has its child; n counts them. */
static gboolean
cards_loaded_count (GtkWidget *widget,
                    guint     *n)
{
  if (HAVEN_IS_PAIRING_CARD (widget) && gtk_widget_get_mapped (widget))
    {
      HavenRecord *row = haven_pairing_card_get_row (HAVEN_PAIRING_CARD (widget));

      (*n)++;
      return row == NULL || haven_record_get_loaded (row);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!cards_loaded_count (child, n))
      return FALSE;
  return TRUE;
}

static gboolean
cards_loaded (GtkWidget *widget)
{
  guint n = 0;

  return cards_loaded_count (widget, &n);
}

/* The board's columns are built just before a frame: until then it shows
 * no card at all, which is not settled either. */
static gboolean
board_shown (GtkWidget *widget)
{
  guint n = 0;

  return cards_loaded_count (widget, &n) && n > 0;
}

/* The first pairing on screen with the most checks, for the dialog. */
static gint64
pairing_to_show (GtkWidget *widget,
                 int       *checks)
{
  gint64 best = 0;

  if (HAVEN_IS_PAIRING_CARD (widget) && gtk_widget_get_mapped (widget))
    {
      HavenRecord *row = haven_pairing_card_get_row (HAVEN_PAIRING_CARD (widget));

      if (row != NULL && haven_pairing_card_get_pairing_id (HAVEN_PAIRING_CARD (widget)) != 0
          && haven_record_get_loaded (row) && haven_record_get_int (row, HAVEN_PAIRING_N_CHECKS) > *checks)
        {
          *checks = haven_record_get_int (row, HAVEN_PAIRING_N_CHECKS);
          return haven_record_get_id (row);
        }
      return 0;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gint64 id = pairing_to_show (child, checks);

      if (id != 0)
        best = id;
    }
  return best;
}

static gboolean
settled (Run *run)
{
  HavenArchivePage *page = archive_page (run->window);
  GListModel *list;

  if (!haven_window_get_ready (run->window) || haven_store_get_busy (haven_context_get_store (haven_window_get_context (run->window))))
    return FALSE;

  if (g_str_has_prefix (views[run->shot % G_N_ELEMENTS (views)], "pairing"))
    {
      GtkWindow *dialog = haven_pairing_page_get_dialog (pairing_page (run->window));

      if (!board_shown (GTK_WIDGET (pairing_page (run->window))))
        return FALSE;
      if (HAVEN_IS_PAIRING_DIALOG (dialog) && !haven_pairing_dialog_show_checks (HAVEN_PAIRING_DIALOG (dialog)))
        return FALSE;
      if (HAVEN_IS_PAIRING_SUGGESTIONS (dialog) && !haven_pairing_suggestions_get_ready (HAVEN_PAIRING_SUGGESTIONS (dialog)))
        return FALSE;
      return dialog == NULL || cards_loaded (GTK_WIDGET (dialog));
    }

  /* Rows still waiting for their page of data would show blank. */
  list = page != NULL ? G_LIST_MODEL (haven_archive_page_get_list (page)) : NULL;
  if (list != NULL && g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(HavenRecord) first = g_list_model_get_item (list, 0);
      if (!haven_record_get_loaded (first))
        return FALSE;
    }
  return TRUE;
}

static gboolean
poll_cb (gpointer user_data)
{
  Run *run = user_data;
  const char *view = views[run->shot % G_N_ELEMENTS (views)];
  const Size *size = &sizes[run->shot / G_N_ELEMENTS (views)];
  HavenArchivePage *page;
  GtkWidget *target = GTK_WIDGET (run->window);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  run->polls++;
  if (!settled (run) && run->polls < 300)
    {
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }

  page = archive_page (run->window);
  if ((g_str_equal (view, "child") || g_str_equal (view, "child-edit")) && !run->child_opened && page != NULL)
    {
      GListModel *list = G_LIST_MODEL (haven_archive_page_get_list (page));
      g_autoptr(HavenRecord) first = g_list_model_get_n_items (list) > 0 ? g_list_model_get_item (list, 0) : NULL;

      if (first != NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (run->window),
                                      g_str_equal (view, "child") ? "win.show-child" : "win.edit-child",
                                      "x", haven_record_get_id (first));
        }
      run->child_opened = TRUE;
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }

  /* The pairing dialog and the suggestions open over the settled board. */
  if ((g_str_equal (view, "pairing-dialog") || g_str_equal (view, "pairing-suggestions")) && !run->child_opened)
    {
      HavenPairingPage *board = pairing_page (run->window);
      int checks = -1;

      gint64 pairing = g_str_equal (view, "pairing-dialog") ? pairing_to_show (GTK_WIDGET (board), &checks) : 0;

      if (g_str_equal (view, "pairing-dialog") && pairing == 0 && run->polls < 300)
        return G_SOURCE_CONTINUE;
      if (g_str_equal (view, "pairing-dialog"))
        gtk_widget_activate_action (GTK_WIDGET (board), "board.edit-pairing", "x", pairing);
      else
        gtk_widget_activate_action (GTK_WIDGET (board), "board.suggest", NULL);
      run->child_opened = TRUE;
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }

  /* A few quiet polls let the last rows and animations finish. */
  if (++run->idle_polls < 8)
    return G_SOURCE_CONTINUE;

  if (g_str_equal (view, "child-edit") && haven_window_get_editor (run->window) != NULL)
    target = GTK_WIDGET (haven_window_get_editor (run->window));
  if (g_str_has_prefix (view, "pairing-") && haven_pairing_page_get_dialog (pairing_page (run->window)) != NULL)
    target = GTK_WIDGET (haven_pairing_page_get_dialog (pairing_page (run->window)));

  name = g_strdup_printf ("%s-%s-%dx%d.png", view, run->lang, size->width, size->height);
  path = g_build_filename (run->dir, name, NULL);
  if (save_png (target, path))
    g_print ("%s\n", path);
  else
    g_printerr ("Could not write %s\n", path);

  if (haven_window_get_editor (run->window) != NULL)
    gtk_window_destroy (haven_window_get_editor (run->window));
  if (haven_pairing_page_get_dialog (pairing_page (run->window)) != NULL)
    gtk_window_destroy (haven_pairing_page_get_dialog (pairing_page (run->window)));
  gtk_window_destroy (GTK_WINDOW (run->window));
  run->window = NULL;
  run->shot++;
  next_shot (run);
  return G_SOURCE_REMOVE;
}

static void
next_shot (Run *run)
{
  const char *view;
  const Size *size;

  if (run->shot >= G_N_ELEMENTS (views) * G_N_ELEMENTS (sizes))
    {
      g_application_release (G_APPLICATION (run->app));
      g_clear_object (&run->context);
      g_clear_object (&run->empty_context);
      if (run->empty_dir != NULL)
        {
          g_autofree char *db = g_build_filename (run->empty_dir, "empty.db", NULL);
          g_unlink (db);
          g_rmdir (run->empty_dir);
          g_free (run->empty_dir);
        }
      g_free (run->dir);
      g_free (run);
      return;
    }

  view = views[run->shot % G_N_ELEMENTS (views)];
  size = &sizes[run->shot / G_N_ELEMENTS (views)];

  if (g_str_equal (view, "welcome"))
    {
      if (run->empty_context == NULL)
        {
          g_autofree char *db = NULL;
          g_autoptr(HavenStore) store = NULL;

          run->empty_dir = g_dir_make_tmp ("haven-shots-XXXXXX", NULL);
          db = g_build_filename (run->empty_dir, "empty.db", NULL);
          store = haven_store_new (db);
          run->empty_context = haven_context_new (store);
        }
      run->window = haven_window_new (run->app, run->empty_context, 0);
    }
  else
    run->window = haven_window_new (run->app, run->context, 0);
  gtk_window_set_default_size (GTK_WINDOW (run->window), size->width, size->height);
  gtk_window_present (GTK_WINDOW (run->window));
  gtk_widget_activate_action (GTK_WIDGET (run->window), "win.show-view", "s",
                              g_str_equal (view, "child") || g_str_equal (view, "child-edit") ? "archive"
                              : g_str_has_prefix (view, "pairing") ? "pairing" : view);

  run->polls = 0;
  run->idle_polls = 0;
  run->child_opened = FALSE;
  g_timeout_add (100, poll_cb, run);
}

void
haven_screenshots_run (GtkApplication *app,
                       const char     *database,
                       const char     *dir)
{
  Run *run = g_new0 (Run, 1);
  const char *lang = g_getenv ("HAVEN_SCREENSHOT_LANG");

  g_mkdir_with_parents (dir, 0755);
  run->app = app;
  run->dir = g_strdup (dir);
  run->lang = lang != NULL && *lang != '\0' ? lang : "en";
  {
    g_autoptr(HavenStore) store = haven_store_new (database);
    run->context = haven_context_new (store);
  }

  g_application_hold (G_APPLICATION (app));
  next_shot (run);
}
