/* haven-application.c: the application, its actions and its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-application"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-application.h"
#include "haven-command-calendar.h"
#include "haven-command-line.h"
#include "haven-sample.h"
#include "haven-tooltips.h"
#include "haven-screenshots.h"
#include "haven-settings.h"
#include "haven-window.h"

struct _HavenApplication
{
  AdwApplication  parent_instance;

  char           *database;        /* --database, or the default path */
  guint           sample;          /* --sample N: fill and exit */
  char           *print_cards;     /* --print-cards CLASS|all */
  char           *output;          /* --output FILE.pdf */
  gboolean        a5;              /* --paper A5 */
  gboolean        pairings;        /* --pairings */
  gboolean        suggest_pairings; /* --suggest-pairings */
  gboolean        apply;           /* --apply */
  char           *screenshots;     /* --screenshots DIR */
  GSettings      *settings;
  char           *export_calendar; /* --export FILE.ics */
  char           *from;            /* --from YYYY-MM-DD */
  char           *to;              /* --to YYYY-MM-DD */
  char           *due;             /* --due YYYY-MM-DD */
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (HavenApplication, haven_application, ADW_TYPE_APPLICATION)

/* Translators: PATH, N, CLASS, FILE and SIZE stand for what the user types
 * after the option in "haven --help"; the option names stay in English. */
static const GOptionEntry options[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the database at PATH"), N_("PATH") },
  { "sample", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Make a sample school of N children in an empty database (the separate sample database unless --database is given), then exit"), N_("N") },
  { "print-cards", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Write the contact cards of a class (or “all”) to the --output PDF, then exit"), N_("CLASS") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The PDF file that --print-cards writes"), N_("FILE") },
  { "pairings", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print one tab-separated line per child on the roll with their mentor, the mentor’s kind, load and capacity and the pairing’s start (to --output FILE if given), then exit"), NULL },
  { "suggest-pairings", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print a proposal of mentors for the children without one, with the reasons, changing nothing (to --output FILE if given), then exit"), NULL },
  { "apply", 0, 0, G_OPTION_ARG_NONE, NULL, N_("With --suggest-pairings: apply the proposal printed, in one transaction"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper size of --print-cards: A4 (the default) or A5"), N_("SIZE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write the activity calendar from --from to --to to an iCalendar file, then exit"), N_("FILE.ics") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The first day --export writes"), N_("YYYY-MM-DD") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The last day --export writes"), N_("YYYY-MM-DD") },
  { "due", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Print what is due on DATE for every child and rule (child, class, rule, last done, status; tab-separated, to --output if given), then exit"), N_("DATE") },
  { "screenshots", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL, NULL, NULL },
  { NULL }
};

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Haven Contributors https://github.com/havenapp/haven", NULL };
  /* Not translated: names of software. */
  const char *built_with[] = {
    "GTK https://gtk.org",
    "libadwaita https://gnome.pages.gitlab.gnome.org/libadwaita/",
    "SQLite https://sqlite.org",
    "ICU https://icu.unicode.org",
    "json-glib https://gitlab.gnome.org/GNOME/json-glib",
    "lunar-date https://github.com/yetist/lunar-date",
    "Pango and Cairo https://pango.gnome.org",
    NULL,
  };
  /* The same words as the metainfo's release, so one translation serves. */
  g_autofree char *release_notes = g_markup_printf_escaped ("<p>%s</p>",
    _("The first release, with child files, contact cards, mentor pairing, the activity calendar, talk records and the overview of what is due."));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Haven"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Haven Contributors"),
                        "version", PACKAGE_VERSION,
                        "release-notes-version", "0.1.0",
                        "release-notes", release_notes,
                        "comments", _("Care records for left-behind children: files and contact cards, mentors, the activity calendar and talks."),
                        "website", "https://github.com/havenapp/haven",
                        "issue-url", "https://github.com/havenapp/haven/issues",
                        "developers", developers,
                        "copyright", _("© 2026 The Haven Contributors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one a line, as "Name <email>" or "Name https://…". */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about), _("Built With"), built_with);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
try_sample (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  HavenApplication *self = HAVEN_APPLICATION (user_data);
  g_autofree char *path = haven_store_sample_path ();

  /* The sample lives in its own file, never mixed into real data. */
  haven_application_open_database (self, path, 300);
}

static const GActionEntry app_actions[] = {
  { "about", show_about },
  { "quit", quit },
  { "try-sample", try_sample },
};

void
haven_application_open_database (HavenApplication *self,
                                 const char       *path,
                                 guint             sample_children)
{
  g_autoptr(HavenStore) store = NULL;
  g_autoptr(HavenContext) context = NULL;
  HavenWindow *window;

  g_return_if_fail (HAVEN_IS_APPLICATION (self));

  /* The same file open twice would have two writers: reuse its window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (HAVEN_IS_WINDOW (l->data)
        && g_strcmp0 (haven_store_get_path (haven_context_get_store (haven_window_get_context (l->data))), path) == 0)
      {
        gtk_window_present (l->data);
        return;
      }

  store = haven_store_new (path);
  context = haven_context_new (store);
  window = haven_window_new (GTK_APPLICATION (self), context, sample_children);
  gtk_window_present (GTK_WINDOW (window));
}

static void
haven_application_activate (GApplication *app)
{
  HavenApplication *self = HAVEN_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  haven_application_open_database (self, self->database, 0);
}

static int
haven_application_handle_local_options (GApplication *app,
                                        GVariantDict *dict)
{
  HavenApplication *self = HAVEN_APPLICATION (app);
  const char *database = NULL;
  const char *print_cards = NULL;
  const char *output = NULL;
  const char *screenshots = NULL;
  const char *paper = NULL;
  const char *sample_arg = NULL;
  const char *export_calendar = NULL;
  const char *from = NULL;
  const char *to = NULL;
  const char *due = NULL;
  guint64 sample = 0;

  g_variant_dict_lookup (dict, "database", "^&ay", &database);
  /* A string, not an int: GApplication drops an int option equal to 0,
   * and "--sample 0" must be refused, not ignored. */
  g_variant_dict_lookup (dict, "sample", "&s", &sample_arg);
  g_variant_dict_lookup (dict, "print-cards", "&s", &print_cards);
  g_variant_dict_lookup (dict, "output", "^&ay", &output);
  g_variant_dict_lookup (dict, "screenshots", "^&ay", &screenshots);
  g_variant_dict_lookup (dict, "paper", "&s", &paper);
  self->pairings = g_variant_dict_contains (dict, "pairings");
  self->suggest_pairings = g_variant_dict_contains (dict, "suggest-pairings");
  self->apply = g_variant_dict_contains (dict, "apply");

  if (self->apply && !self->suggest_pairings)
    {
      g_printerr ("%s\n", _("--apply goes with --suggest-pairings"));
      return 1;
    }
  if ((self->pairings || self->suggest_pairings)
      && self->pairings + self->suggest_pairings + (print_cards != NULL) + (sample_arg != NULL) > 1)
    {
      g_printerr ("%s\n", _("--pairings and --suggest-pairings go alone, without --sample or --print-cards"));
      return 1;
    }
  g_variant_dict_lookup (dict, "export", "^&ay", &export_calendar);
  g_variant_dict_lookup (dict, "from", "&s", &from);
  g_variant_dict_lookup (dict, "to", "&s", &to);
  g_variant_dict_lookup (dict, "due", "&s", &due);

  if (paper != NULL && g_ascii_strcasecmp (paper, "A4") != 0 && g_ascii_strcasecmp (paper, "A5") != 0)
    {
      g_printerr ("%s\n", _("--paper takes A4 or A5"));
      return 1;
    }
  self->a5 = paper != NULL && g_ascii_strcasecmp (paper, "A5") == 0;

  if (sample_arg != NULL
      && !g_ascii_string_to_unsigned (sample_arg, 10, 1, HAVEN_SAMPLE_MAX_CHILDREN, &sample, NULL))
    {
      g_printerr (_("--sample takes a number of children from 1 to %u.\n"), HAVEN_SAMPLE_MAX_CHILDREN);
      return 1;
    }
  self->sample = (guint) sample;

  if (database != NULL)
    self->database = g_canonicalize_filename (database, NULL);
  else if (self->sample > 0)
    /* A sample never goes into the school's real database. */
    self->database = haven_store_sample_path ();
  else
    self->database = haven_store_default_path ();

  self->print_cards = g_strdup (print_cards);
  self->output = output != NULL ? g_canonicalize_filename (output, NULL) : NULL;
  self->screenshots = screenshots != NULL ? g_canonicalize_filename (screenshots, NULL) : NULL;

  if (self->print_cards != NULL && self->output == NULL)
    {
      g_printerr ("%s\n", _("--print-cards needs --output FILE.pdf"));
      return 1;
    }
  self->due = g_strdup (due);
  if (self->due != NULL && (self->print_cards != NULL || self->sample > 0))
    {
      g_printerr ("%s\n", _("--due runs on its own, without --print-cards or --sample"));
      return 1;
    }

  self->export_calendar = export_calendar != NULL ? g_canonicalize_filename (export_calendar, NULL) : NULL;
  self->from = g_strdup (from);
  self->to = g_strdup (to);
  if (self->export_calendar != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!haven_command_check_calendar_range (self->from, self->to, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  /* Command-line work runs before GTK starts, so it needs no display. */
  if (self->sample > 0 || self->print_cards != NULL || self->pairings || self->suggest_pairings
      || self->export_calendar != NULL || self->due != NULL)
    {
      HavenCommandLine command = {
        self->database, self->sample, self->print_cards, self->output, self->a5,
        self->pairings, self->suggest_pairings, self->apply,
      };

      command.export_calendar = self->export_calendar;
      command.from = self->from;
      command.to = self->to;
      command.due = self->due;
      return haven_command_line_run (&command);
    }

  /* Each database is its own instance: no D-Bus uniqueness, so two schools'
   * files can be open in two processes. */
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

/* Preferences → Style: light, dark, or as the system says. */
static void
color_scheme_changed_cb (HavenApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  g_autofree char *value = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  g_assert (HAVEN_IS_APPLICATION (self));

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_str_equal (value, haven_color_scheme_choices[i]))
      scheme = schemes[i];
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
haven_application_startup (GApplication *app)
{
  HavenApplication *self = HAVEN_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *help_accels[] = { "<Control>question", NULL };
  const char *search_accels[] = { "<Control>f", NULL };
  const char *add_accels[] = { "<Control>n", NULL };
  const char *print_accels[] = { "<Control>p", NULL };
  const char *undo_accels[] = { "<Control>z", NULL };
  const char *view_accels[5][2] = {
    { "<Alt>1", NULL }, { "<Alt>2", NULL }, { "<Alt>3", NULL }, { "<Alt>4", NULL }, { "<Alt>5", NULL },
  };
  const char *views[] = { "overview", "archive", "pairing", "calendar", "talks" };

  G_APPLICATION_CLASS (haven_application_parent_class)->startup (app);
  haven_tooltips_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.add-child", add_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo", undo_accels);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.show-view::%s", views[i]);
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, view_accels[i]);
    }

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (color_scheme_changed_cb), self);
  color_scheme_changed_cb (self);
}

static int
haven_application_command_line (GApplication            *app,
                                GApplicationCommandLine *command_line)
{
  HavenApplication *self = HAVEN_APPLICATION (app);

  if (self->screenshots != NULL)
    {
      haven_screenshots_run (GTK_APPLICATION (app), self->database, self->screenshots);
      return 0;
    }

  g_application_activate (app);
  return 0;
}

static void
haven_application_shutdown (GApplication *app)
{
  G_APPLICATION_CLASS (haven_application_parent_class)->shutdown (app);
}

static void
haven_application_finalize (GObject *object)
{
  HavenApplication *self = HAVEN_APPLICATION (object);

  g_free (self->database);
  g_free (self->print_cards);
  g_free (self->output);
  g_free (self->screenshots);
  g_clear_object (&self->settings);
  g_free (self->export_calendar);
  g_free (self->from);
  g_free (self->to);
  g_free (self->due);

  G_OBJECT_CLASS (haven_application_parent_class)->finalize (object);
}

static void
haven_application_class_init (HavenApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = haven_application_finalize;
  app_class->activate = haven_application_activate;
  app_class->startup = haven_application_startup;
  app_class->shutdown = haven_application_shutdown;
  app_class->handle_local_options = haven_application_handle_local_options;
  app_class->command_line = haven_application_command_line;
}

static void
haven_application_init (HavenApplication *self)
{
  g_assert (HAVEN_IS_APPLICATION (self));

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

HavenApplication *
haven_application_new (void)
{
  return g_object_new (HAVEN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

