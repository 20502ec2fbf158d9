/* test-shortcuts.c: every accelerator is in the shortcuts window (Ctrl+?),
 * the standard ones exist, and Ctrl+Z and Ctrl+P do what they say
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
} Fixture;

static gboolean
window_ready (gpointer data)
{
  Fixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store);
}

/* Every wait has a deadline: a test that hangs fails instead. */
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

  f->store = haven_test_open_store (f->dir->path);
  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (GTK_APPLICATION (f->app), f->context, 0));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (window_ready, f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (f->window);
  haven_test_finalize_object_soon (f->context);
  haven_test_finalize_store (&f->store);
  g_clear_object (&f->app);
  haven_test_dir_free (f->dir);
}

/* "<Control>p" and "<Primary>p" alike. */
static char *
canonical (const char *accelerator)
{
  guint key = 0;
  GdkModifierType mods = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  return gtk_accelerator_name (gdk_keyval_to_lower (key), mods);
}

/* Adds "accelerator → action" for the key shortcuts of widget's class
 * that run one of the app's own actions. */
static void
add_class_shortcuts (GHashTable *found,
                     GtkWidget  *widget)
{
  static const char * const ours[] = { "app.", "win.", "archive.", "child.", "editor.", "preferences.", NULL };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          const char *name;
          gboolean own = FALSE;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          for (guint k = 0; ours[k] != NULL; k++)
            own |= g_str_has_prefix (name, ours[k]);
          /* window.close is GTK's, but only the app binds Ctrl+W to it. */
          own |= g_str_equal (name, "window.close")
                 && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != 0;
          if (own)
            {
              g_autofree char *accel = gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                                             gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));

              g_hash_table_insert (found, g_strdup_printf ("%s %s", G_OBJECT_TYPE_NAME (widget), accel),
                                   g_strdup (name));
            }
        }
    }
}

static void
test_complete (Fixture       *f,
               gconstpointer  data)
{
  static const char * const standard[] = {
    "<Control>f", "<Control>n", "<Control>p", "<Control>z", "<Control>w", "<Control>q", "<Control>comma",
    "<Control>question", NULL,
  };
  g_autoptr(GHashTable) accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (f->app));
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GtkWidget *preferences;
  GtkWindow *editor;
  GHashTableIter iter;
  gpointer key, value;
  guint n_listed = 0;

  /* The window has the overlay from the resource, so Ctrl+? opens it. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)));

  /* What the shortcuts window lists: its own accelerators, or those the
   * application has for its action. */
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      n_listed++;
      g_object_get (l->data, "accelerator", &accelerator, "action-name", &action, NULL);
      if (action != NULL)
        {
          g_auto(GStrv) for_action = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), action);

          /* An action with no accelerator would show an empty line. */
          if (g_strv_length (for_action) == 0)
            g_error ("the shortcuts window lists %s, which has no accelerator", action);
          for (guint i = 0; for_action[i] != NULL; i++)
            g_hash_table_add (listed, canonical (for_action[i]));
        }
      parts = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_hash_table_add (listed, canonical (parts[i]));
    }
  g_assert_cmpuint (n_listed, >=, 10);

  /* What the app has: the application's accelerators ... */
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) for_action = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), actions[i]);

      for (guint j = 0; for_action[j] != NULL; j++)
        g_hash_table_insert (accels, canonical (for_action[j]), g_strdup (actions[i]));
    }
  /* ... and the key bindings of its windows and pages. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-child", NULL);
  editor = haven_window_get_editor (f->window);
  g_assert_nonnull (editor);
  preferences = g_object_ref_sink (haven_preferences_window_new (f->context));
  add_class_shortcuts (found, GTK_WIDGET (f->window));
  add_class_shortcuts (found, haven_window_get_page (f->window, "archive"));
  add_class_shortcuts (found, haven_archive_page_get_child_page (HAVEN_ARCHIVE_PAGE (haven_window_get_page (f->window, "archive"))));
  add_class_shortcuts (found, GTK_WIDGET (editor));
  add_class_shortcuts (found, preferences);
  g_assert_cmpuint (g_hash_table_size (found), >=, 5);
  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (accels, canonical (strchr (key, ' ') + 1), g_strdup_printf ("%s (%s)", (char *) value, (char *) key));

  g_hash_table_iter_init (&iter, accels);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_test_message ("%s: %s", (char *) key, (char *) value);
      if (!g_hash_table_contains (listed, key))
        g_error ("%s (%s) is missing from resources/gtk/help-overlay.ui", (char *) key, (char *) value);
    }

  for (guint i = 0; standard[i] != NULL; i++)
    {
      g_autofree char *accel = canonical (standard[i]);

      if (!g_hash_table_contains (accels, accel))
        g_error ("the standard accelerator %s does nothing", standard[i]);
    }

  gtk_window_destroy (editor);
  gtk_window_destroy (GTK_WINDOW (preferences));
  haven_test_finalize_object_soon (preferences);
}

/* Ctrl+Z runs the undo of the toast on show, once. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "overview"));
  /* Nothing to undo yet. */
  gtk_widget_activate_action (window, "win.undo", NULL);
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "overview");

  g_assert_true (gtk_widget_activate_action (window, "win.show-undo-toast", "(sssv)", "Done", "_Undo",
                                             "win.show-view", g_variant_new_string ("talks")));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "talks");

  /* Once undone, Ctrl+Z does it no more. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "overview"));
  gtk_widget_activate_action (window, "win.undo", NULL);
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "overview");

  /* A newer toast's undo replaces the older one's. */
  gtk_widget_activate_action (window, "win.show-undo-toast", "(sssv)", "One", "_Undo", "win.show-view",
                              g_variant_new_string ("pairing"));
  gtk_widget_activate_action (window, "win.show-undo-toast", "(sssv)", "Two", "_Undo", "win.show-view",
                              g_variant_new_string ("calendar"));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "calendar");
}

static gboolean
class_has_action (GType       type,
                  const char *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const GVariantType *parameter_type;
  const char *action_name, *property_name;
  GType owner;

  /* GTK 4.8 writes every out argument. */
  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_CLASS (klass), i, &owner, &action_name,
                                                   &parameter_type, &property_name);
       i++)
    if (g_str_equal (action_name, name))
      return TRUE;
  return FALSE;
}

/* Ctrl+P: a view prints through "<view>.print" on its page; the archive
 * has one. A view without says so instead of doing nothing. */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_assert_true (class_has_action (HAVEN_TYPE_ARCHIVE_PAGE, "archive.print"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.print", NULL));
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

  g_test_add ("/shortcuts/complete", Fixture, NULL, fixture_setup, test_complete, fixture_teardown);
  g_test_add ("/shortcuts/undo", Fixture, NULL, fixture_setup, test_undo, fixture_teardown);
  g_test_add ("/shortcuts/print", Fixture, NULL, fixture_setup, test_print, fixture_teardown);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
