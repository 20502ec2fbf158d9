/* test-preferences.c: every user setting of the schema is in Preferences,
 * and the rows, the settings and what they change follow each other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "haven-application.h"
#include "haven-archive-page.h"
#include "haven-preferences-window.h"
#include "haven-test-utils.h"
#include "haven-window.h"

/* Keys the app keeps for itself: no one looks for them in Preferences. */
static const char * const state_keys[] = {
  "window-width", "window-height", "window-maximized", "last-view", "last-database", NULL,
};

/* Settings and their Preferences row, by the row's title. */
static const struct
{
  const char *key;
  const char *title;
} setting_rows[] = {
  { "color-scheme", "Style" },
  { "archive-sort", "Sort children" },
};

/* One application for the whole run: it is exported on the session bus
 * when there is one, and a path is exported once a process. */
static HavenApplication *app;

typedef struct
{
  HavenTestDir     *dir;
  HavenApplication *app;
  HavenStore       *store;
  HavenContext     *context;
  HavenWindow      *window;
  GtkWidget        *preferences;
  GSettings        *settings;
} Fixture;

static gboolean
window_ready (gpointer data)
{
  Fixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store);
}

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + HAVEN_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = haven_test_dir_new ();
  f->app = g_object_ref (app);

  f->settings = g_settings_new (APP_ID);
  f->store = haven_test_open_store (f->dir->path);
  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (GTK_APPLICATION (f->app), f->context, 0));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (window_ready, f);
  f->preferences = g_object_ref_sink (haven_preferences_window_new (f->context));
  gtk_window_set_transient_for (GTK_WINDOW (f->preferences), GTK_WINDOW (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->preferences));
  haven_test_finalize_object_soon (f->preferences);
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (f->window);
  haven_test_finalize_object_soon (f->context);
  haven_test_finalize_store (&f->store);
  g_settings_reset (f->settings, "color-scheme");
  g_settings_reset (f->settings, "archive-sort");
  g_clear_object (&f->settings);
  g_clear_object (&f->app);
  haven_test_dir_free (f->dir);
}

static void
assert_key (GSettings  *settings,
            const char *key,
            const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A new key must be shown in Preferences, or declared the app's own. */
static void
test_every_setting (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (f->settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gboolean shown = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (setting_rows); j++)
        if (g_str_equal (keys[i], setting_rows[j].key))
          {
            g_assert_nonnull (find_row (f->preferences, ADW_TYPE_COMBO_ROW, setting_rows[j].title));
            shown = TRUE;
          }
      if (!shown && !g_strv_contains (state_keys, keys[i]))
        g_error ("the setting %s has no row in Preferences", keys[i]);
    }
}

/* Style: the row, the key and libadwaita's style manager agree. */
static void
test_style (Fixture       *f,
            gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_row (f->preferences, ADW_TYPE_COMBO_ROW, "Style"));
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  adw_combo_row_set_selected (row, 2);
  assert_key (f->settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));

  g_settings_set_string (f->settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  adw_combo_row_set_selected (row, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

/* The archive's order: Preferences and the archive's own drop-down. */
static void
test_archive_sort (Fixture       *f,
                   gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (find_row (f->preferences, ADW_TYPE_COMBO_ROW, "Sort children"));
  HavenArchivePage *archive = HAVEN_ARCHIVE_PAGE (haven_window_get_page (f->window, "archive"));
  HavenChildQuery *query = haven_archive_page_get_query (archive);

  g_assert_nonnull (query);
  g_assert_cmpint (haven_child_query_get_sort (query), ==, HAVEN_SORT_CLASS);

  adw_combo_row_set_selected (row, 2);
  assert_key (f->settings, "archive-sort", "birthday");
  g_assert_cmpint (haven_child_query_get_sort (query), ==, HAVEN_SORT_BIRTHDAY);

  g_settings_set_string (f->settings, "archive-sort", "name");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_assert_cmpint (haven_child_query_get_sort (query), ==, HAVEN_SORT_NAME);
}

/* The database's file is named where the backup is offered. */
static void
test_database (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *row = find_row (f->preferences, ADW_TYPE_ACTION_ROW, "Database file");

  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, haven_store_get_path (f->store));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Registering runs startup, which sets the accelerators and applies
   * the style setting; without uniqueness it needs no session bus. */
  app = haven_application_new ();
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/preferences/every-setting", Fixture, NULL, fixture_setup, test_every_setting, fixture_teardown);
  g_test_add ("/preferences/style", Fixture, NULL, fixture_setup, test_style, fixture_teardown);
  g_test_add ("/preferences/archive-sort", Fixture, NULL, fixture_setup, test_archive_sort, fixture_teardown);
  g_test_add ("/preferences/database", Fixture, NULL, fixture_setup, test_database, fixture_teardown);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
