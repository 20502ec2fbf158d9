/* haven-screenshots.c: renders every view to PNG, for review
 *
 * Opens one window per view and size on the real database, waits until
 * the store is idle and every visible row has its data, then renders the
 * window with its own renderer. HAVEN_SCREENSHOT_LANG names the language
 * in the file names; HAVEN_SCREENSHOT_STYLE=dark forces the dark style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-screenshots"

#include "config.h"

#include <glib/gstdio.h>

#include "haven-activity-editor.h"
#include "haven-archive-page.h"
#include "haven-attendance-dialog.h"
#include "haven-calendar-page.h"
#include "haven-child-page.h"
#include "haven-due-list.h"
#include "haven-pairing-card.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-page.h"
#include "haven-pairing-suggestions.h"
#include "haven-pairing.h"
#include "haven-preferences-window.h"
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
  "welcome", "overview", "archive", "child", "child-edit", "pairing", "pairing-dialog", "pairing-suggestions",
  "calendar-month", "calendar-agenda", "activity-editor", "activity-letter", "activity-attendance",
  "talks", "talk-form", "due", "timeline",
  /* Windows of their own, opened by their action over the overview. */
  "preferences", "preferences-general", "shortcuts", "about",
};

static const struct
{
  const char *view;
  const char *action;
  GType     (*get_type) (void);
} dialogs[] = {
  { "preferences", "win.preferences", haven_preferences_window_get_type },
  { "preferences-general", "win.preferences", haven_preferences_window_get_type },
  { "shortcuts", "win.show-help-overlay", gtk_shortcuts_window_get_type },
  { "about", "app.about", adw_about_window_get_type },
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
  gboolean        calendar_staged;
  gboolean        talk_opened;
  gboolean        view_shown;
} Run;

static void next_shot (Run *run);

static HavenArchivePage *
archive_page (HavenWindow *window)
{
  return HAVEN_ARCHIVE_PAGE (haven_window_get_page (window, "archive"));
}

static HavenCalendarPage *
calendar_page (HavenWindow *window)
{
  return HAVEN_CALENDAR_PAGE (haven_window_get_page (window, "calendar"));
}

static gboolean
is_calendar_view (const char *view)
{
  return g_str_has_prefix (view, "calendar-") || g_str_has_prefix (view, "activity-");
}

/* The first occurrence of the month shown that matches: a repeating one
 * for the editor, a birthday party for attendance. */
static HavenOccurrence *
find_occurrence (HavenCalendarPage *page,
                 gboolean           repeating,
                 HavenActivityType  type)
{
  HavenMonthGrid *grid = haven_calendar_page_get_grid (page);

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      HavenMonthCell *cell = haven_month_grid_get_cell (grid, i);
      GPtrArray *occurrences = haven_month_cell_get_occurrences (cell);

      for (guint j = 0; haven_month_cell_get_in_month (cell) && occurrences != NULL && j < occurrences->len; j++)
        {
          HavenOccurrence *o = g_ptr_array_index (occurrences, j);

          if (repeating ? haven_occurrence_get_recurrence (o) == HAVEN_RECURRENCE_WEEKLY
                        : haven_occurrence_get_activity_type (o) == type)
            return o;
        }
    }
  return NULL;
}

/* Opens what a calendar shot shows; FALSE until there is something to open. */
static gboolean
stage_calendar (Run        *run,
                const char *view)
{
  HavenCalendarPage *page = calendar_page (run->window);
  HavenOccurrence *o;

  if (g_str_equal (view, "calendar-agenda"))
    return gtk_widget_activate_action (GTK_WIDGET (run->window), "win.show-agenda", NULL);
  if (g_str_equal (view, "activity-letter"))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *iso = NULL;
      GDate day;

      /* A letter home for next year's Mid-Autumn Festival, from its day. */
      if (!haven_festival_get_date (HAVEN_FESTIVAL_MID_AUTUMN, g_date_time_get_year (now) + 1, &day))
        return TRUE;
      iso = haven_date_format_iso (&day);
      return gtk_widget_activate_action (GTK_WIDGET (page), "calendar.letter-for-festival", "(ss)", "mid-autumn", iso);
    }
  if (!haven_month_grid_get_loaded (haven_calendar_page_get_grid (page)))
    return FALSE;
  if (g_str_equal (view, "activity-editor"))
    {
      o = find_occurrence (page, TRUE, 0);
      return o != NULL && gtk_widget_activate_action (GTK_WIDGET (page), "calendar.edit-occurrence", "(xs)",
                                                      haven_occurrence_get_activity_id (o),
                                                      haven_occurrence_get_original_text (o));
    }
  if (g_str_equal (view, "activity-attendance"))
    {
      o = find_occurrence (page, FALSE, HAVEN_ACTIVITY_BIRTHDAY_PARTY);
      if (o == NULL)
        o = find_occurrence (page, TRUE, 0);
      return o != NULL && gtk_widget_activate_action (GTK_WIDGET (page), "calendar.attendance", "(xs)",
                                                      haven_occurrence_get_activity_id (o),
                                                      haven_occurrence_get_original_text (o));
    }
  return TRUE;
}

static gboolean
dialog_settled (GtkWindow *dialog)
{
  if (HAVEN_IS_ACTIVITY_EDITOR (dialog))
    return !haven_activity_editor_get_loading (HAVEN_ACTIVITY_EDITOR (dialog));
  if (HAVEN_IS_ATTENDANCE_DIALOG (dialog))
    return !haven_attendance_dialog_get_loading (HAVEN_ATTENDANCE_DIALOG (dialog));
  return TRUE;
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

/* The shown toplevel of type, such as the preferences window. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      /* Borrowed: the list of toplevels keeps it. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
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
  return (GtkWindow *) find_toplevel (HAVEN_TYPE_TALK_EDITOR);
}

static GtkWidget *
dialog_of (const char *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    if (g_str_equal (view, dialogs[i].view))
      return find_toplevel (dialogs[i].get_type ());
  return NULL;
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

  if (calendar_page (run->window) != NULL && haven_calendar_page_get_loading (calendar_page (run->window)))
    return FALSE;
  if (haven_calendar_page_get_dialog (calendar_page (run->window)) != NULL
      && !dialog_settled (haven_calendar_page_get_dialog (calendar_page (run->window))))
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

      /* The list may still be empty on the first polls. */
      if (first == NULL && run->polls < 300)
        return G_SOURCE_CONTINUE;
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

  for (guint i = 0; i < G_N_ELEMENTS (dialogs); i++)
    if (g_str_equal (view, dialogs[i].view) && !run->child_opened)
      {
        gtk_widget_activate_action (GTK_WIDGET (run->window), dialogs[i].action, NULL);
        if (g_str_equal (view, "preferences-general") && dialog_of (view) != NULL)
          adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (dialog_of (view)), "general");
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

  if (is_calendar_view (view) && !run->calendar_staged)
    {
      run->calendar_staged = stage_calendar (run, view) || run->polls >= 300;
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
  if (dialog_of (view) != NULL)
    target = dialog_of (view);
  if (g_str_has_prefix (view, "pairing-") && haven_pairing_page_get_dialog (pairing_page (run->window)) != NULL)
    target = GTK_WIDGET (haven_pairing_page_get_dialog (pairing_page (run->window)));
  if (g_str_has_prefix (view, "activity-") && haven_calendar_page_get_dialog (calendar_page (run->window)) != NULL)
    target = GTK_WIDGET (haven_calendar_page_get_dialog (calendar_page (run->window)));
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
  if (dialog_of (view) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog_of (view)));
  if (haven_pairing_page_get_dialog (pairing_page (run->window)) != NULL)
    gtk_window_destroy (haven_pairing_page_get_dialog (pairing_page (run->window)));
  if (haven_calendar_page_get_dialog (calendar_page (run->window)) != NULL)
    gtk_window_destroy (haven_calendar_page_get_dialog (calendar_page (run->window)));
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
  const char *only = g_getenv ("HAVEN_SCREENSHOT_ONLY");
  const char *view;
  const Size *size;

  /* HAVEN_SCREENSHOT_ONLY=timeline,due takes only those views. */
  while (only != NULL && run->shot < G_N_ELEMENTS (views) * G_N_ELEMENTS (sizes))
    {
      g_auto(GStrv) names = g_strsplit (only, ",", -1);

      if (g_strv_contains ((const char * const *) names, views[run->shot % G_N_ELEMENTS (views)]))
        break;
      run->shot++;
    }
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
                              : g_str_equal (view, "due") || g_str_equal (view, "talk-form") ? "talks"
                              : g_str_has_prefix (view, "pairing") ? "pairing"
                              : is_calendar_view (view) ? "calendar" : view);

  run->polls = 0;
  run->idle_polls = 0;
  run->child_opened = FALSE;
  run->calendar_staged = FALSE;
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
  /* HAVEN_SCREENSHOT_STYLE=dark: the dark style, whatever the desktop or
   * Preferences say; the names say so too (overview-zh_TW-dark-…). */
  if (g_strcmp0 (g_getenv ("HAVEN_SCREENSHOT_STYLE"), "dark") == 0)
    {
      g_autofree char *tag = g_strconcat (run->lang, "-dark", NULL);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      run->lang = g_intern_string (tag);
    }
  {
    g_autoptr(HavenStore) store = haven_store_new (database);
    run->context = haven_context_new (store);
  }

  g_application_hold (G_APPLICATION (app));
  next_shot (run);
}
