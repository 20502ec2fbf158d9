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
#include "haven-child-page.h"
#include "haven-due-list.h"
#include "haven-screenshots.h"
#include "haven-talk-editor.h"
#include "haven-talks-page.h"
#include "haven-window.h"

typedef struct
{
  int width;
  int height;
} Size;

static const Size sizes[] = { { 1366, 768 }, { 1024, 600 } };
static const char * const views[] = {
  "welcome", "overview", "archive", "child", "child-edit", "pairing", "calendar", "talks",
  "talk-form", "due", "timeline",
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
  gboolean        talk_opened;
  gboolean        view_shown;
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

static HavenTalksPage *
talks_page (HavenWindow *window)
{
  return HAVEN_TALKS_PAGE (haven_window_get_page (window, "talks"));
}

/* The talk record form the window opened, if any. */
static GtkWindow *
talk_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (HAVEN_IS_TALK_EDITOR (window))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static gboolean
first_loaded (GListModel *list)
{
  g_autoptr(HavenRecord) first = NULL;

  if (list == NULL || g_list_model_get_n_items (list) == 0)
    return TRUE;
  first = g_list_model_get_item (list, 0);
  return haven_record_get_loaded (first);
}

static gboolean
settled (Run *run)
{
  HavenArchivePage *page = archive_page (run->window);
  HavenTalksPage *talks = talks_page (run->window);
  GtkWindow *editor = talk_editor ();
  GListModel *list;

  if (!haven_window_get_ready (run->window) || haven_store_get_busy (haven_context_get_store (haven_window_get_context (run->window))))
    return FALSE;
  if (talks != NULL && (!first_loaded (G_LIST_MODEL (haven_talks_page_get_list (talks)))
                        || haven_due_list_get_loading (haven_talks_page_get_due_list (talks))))
    return FALSE;
  if (editor != NULL && haven_talk_editor_get_loading (HAVEN_TALK_EDITOR (editor)))
    return FALSE;

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
  /* The Talks view's presets wait until the window is ready. */
  if (!run->view_shown && (g_str_equal (view, "due") || g_str_equal (view, "talks") || g_str_equal (view, "talk-form")))
    {
      if (g_str_equal (view, "due"))
        gtk_widget_activate_action (GTK_WIDGET (run->window), "win.show-due", "s", "scope=school");
      else
        gtk_widget_activate_action (GTK_WIDGET (run->window), "win.show-talks", "s", "all");
      run->view_shown = TRUE;
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }
  if (g_str_equal (view, "talk-form") && !run->talk_opened)
    {
      GListModel *list = G_LIST_MODEL (haven_talks_page_get_list (talks_page (run->window)));
      g_autoptr(HavenRecord) first = g_list_model_get_n_items (list) > 0 ? g_list_model_get_item (list, 0) : NULL;

      /* The newest record, filled in as a teacher would have. */
      if (first != NULL)
        gtk_widget_activate_action (GTK_WIDGET (run->window), "win.edit-talk", "x", haven_record_get_id (first));
      run->talk_opened = TRUE;
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }
  if ((g_str_equal (view, "child") || g_str_equal (view, "child-edit") || g_str_equal (view, "timeline"))
      && !run->child_opened && page != NULL)
    {
      GListModel *list = G_LIST_MODEL (haven_archive_page_get_list (page));
      g_autoptr(HavenRecord) first = g_list_model_get_n_items (list) > 0 ? g_list_model_get_item (list, 0) : NULL;

      if (first != NULL)
        {
          gtk_widget_activate_action (GTK_WIDGET (run->window),
                                      g_str_equal (view, "child-edit") ? "win.edit-child" : "win.show-child",
                                      "x", haven_record_get_id (first));
        }
      run->child_opened = TRUE;
      run->idle_polls = 0;
      return G_SOURCE_CONTINUE;
    }

  /* A few quiet polls let the last rows and animations finish. */
  if (++run->idle_polls < 8)
    return G_SOURCE_CONTINUE;
  if (g_str_equal (view, "timeline") && run->idle_polls == 8 && page != NULL)
    {
      haven_child_page_show_timeline (HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (page)));
      return G_SOURCE_CONTINUE;
    }
  if (run->idle_polls < 12 && g_str_equal (view, "timeline"))
    return G_SOURCE_CONTINUE;

  if (g_str_equal (view, "child-edit") && haven_window_get_editor (run->window) != NULL)
    target = GTK_WIDGET (haven_window_get_editor (run->window));
  if (g_str_equal (view, "talk-form") && talk_editor () != NULL)
    target = GTK_WIDGET (talk_editor ());

  name = g_strdup_printf ("%s-%s-%dx%d.png", view, run->lang, size->width, size->height);
  path = g_build_filename (run->dir, name, NULL);
  if (save_png (target, path))
    g_print ("%s\n", path);
  else
    g_printerr ("Could not write %s\n", path);

  if (haven_window_get_editor (run->window) != NULL)
    gtk_window_destroy (haven_window_get_editor (run->window));
  if (talk_editor () != NULL)
    gtk_window_destroy (talk_editor ());
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
                              g_str_equal (view, "child") || g_str_equal (view, "child-edit")
                              || g_str_equal (view, "timeline") ? "archive"
                              : g_str_equal (view, "due") || g_str_equal (view, "talk-form") ? "talks" : view);

  run->polls = 0;
  run->idle_polls = 0;
  run->child_opened = FALSE;
  run->talk_opened = FALSE;
  run->view_shown = FALSE;
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
