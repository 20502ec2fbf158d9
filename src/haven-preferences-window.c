/* haven-preferences-window.c: the school, its terms, who works here;
 * the app's own settings
 *
 * Changes are saved as they are made, a moment after the last keystroke,
 * once the model finds nothing wrong with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-due-rules-group.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-pairing-preferences.h"
#include "haven-preferences-window.h"
#include "haven-school-info.h"
#include "haven-settings.h"
#include "haven-staff.h"
#include "haven-store-staff.h"
#include "haven-term.h"

/* How long typing rests before the change is saved, in ms. */
#define SAVE_DELAY 600

/* The school's own row: there is one. */
#define SCHOOL_INFO_ID 1

struct _HavenPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *school_group;
  AdwPreferencesGroup  *terms_group;
  AdwComboRow          *staff_row;
  AdwComboRow          *style_row;
  AdwComboRow          *sort_row;
  AdwActionRow         *database_row;
  HavenPairingPreferences *pairing_preferences;
  HavenDueRulesGroup   *due_rules_group;

  /* Owned */
  GSettings            *settings;
  HavenContext         *context;
  GCancellable         *cancellable;
  HavenRecord          *school;
  GPtrArray            *term_rows;    /* AdwExpanderRow, borrowed from the group */
  GArray               *staff_ids;    /* gint64, parallel to staff_row's model */
  GHashTable           *pending;      /* HavenRecord → source id of its save */
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (HavenPreferencesWindow, haven_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
report_error (HavenPreferencesWindow *self,
              const char             *what,
              const GError           *error)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;

  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  text = g_strdup_printf ("%s %s", what, error->message);
  escaped = g_markup_escape_text (text, -1);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

/* Saving */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (haven_store_save_finish (HAVEN_STORE (object), result, &error) == 0)
    report_error (self, _("The change was not saved."), error);
}

typedef struct
{
  HavenPreferencesWindow *self;    /* borrowed: the window removes its sources */
  HavenRecord            *record;  /* owned */
} PendingSave;

static void
pending_save_free (PendingSave *save)
{
  g_object_unref (save->record);
  g_free (save);
}

static void
show_problems (GtkWidget   *container,
               HavenRecord *record,
               GPtrArray   *problems)
{
  for (GtkWidget *child = gtk_widget_get_first_child (container); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HAVEN_IS_FORM_ROW (child) && haven_form_row_get_record (HAVEN_FORM_ROW (child)) == record)
        {
          haven_form_row_reveal (HAVEN_FORM_ROW (child));
          haven_form_row_set_problem (HAVEN_FORM_ROW (child),
                                      haven_problems_find (problems, haven_form_row_get_field (HAVEN_FORM_ROW (child))));
        }
      else
        show_problems (child, record, problems);
    }
}

static gboolean
save_cb (gpointer user_data)
{
  PendingSave *save = user_data;
  HavenPreferencesWindow *self = save->self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  g_hash_table_remove (self->pending, save->record);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  problems = haven_record_check (save->record, &today);
  show_problems (GTK_WIDGET (self), save->record, problems);
  /* A half-typed date waits until it is a date. */
  if (haven_problems_first_error (problems) == NULL)
    haven_store_save_async (haven_context_get_store (self->context), save->record, self->cancellable,
                            saved_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
record_edited_cb (HavenPreferencesWindow *self,
                  GParamSpec             *pspec,
                  HavenRecord            *record)
{
  PendingSave *save;
  guint source;

  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  if (self->filling || g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "uuid")
      || g_str_equal (pspec->name, "loaded"))
    return;

  source = GPOINTER_TO_UINT (g_hash_table_lookup (self->pending, record));
  if (source != 0)
    g_source_remove (source);

  save = g_new0 (PendingSave, 1);
  save->self = self;
  save->record = g_object_ref (record);
  source = g_timeout_add_full (G_PRIORITY_DEFAULT, SAVE_DELAY, save_cb, save, (GDestroyNotify) pending_save_free);
  g_hash_table_insert (self->pending, record, GUINT_TO_POINTER (source));
}

/* Binds the form rows inside container to record. */
static void
bind_rows (HavenPreferencesWindow *self,
           GtkWidget              *container,
           HavenRecord            *record)
{
  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (container); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HAVEN_IS_FORM_ROW (child))
        haven_form_row_set_record (HAVEN_FORM_ROW (child), record);
      else
        bind_rows (self, child, record);
    }
  g_signal_connect_object (record, "notify", G_CALLBACK (record_edited_cb), self, G_CONNECT_SWAPPED);
}

/* The school */

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->school = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  if (self->school == NULL)
    {
      if (!g_error_matches (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND))
        {
          report_error (self, _("Could not read the school."), error);
          return;
        }
      /* A new database: the first save makes the school's row. */
      self->school = HAVEN_RECORD (haven_school_info_new ());
    }
  self->filling = TRUE;
  bind_rows (self, GTK_WIDGET (self->school_group), self->school);
  /* The same school record: its edits are saved with the rest. */
  haven_pairing_preferences_set_school (self->pairing_preferences, self->school);
  self->filling = FALSE;
}

/* Terms */

static char *
term_subtitle (HavenRecord *term)
{
  const char *start = haven_record_get_string (term, HAVEN_TERM_START_DATE);
  const char *end = haven_record_get_string (term, HAVEN_TERM_END_DATE);

  if (*start == '\0' && *end == '\0')
    return g_strdup (_("No dates yet"));
  /* Translators: the first and last day of a term. */
  return g_strdup_printf (_("%s to %s"), start, end);
}

static void
term_changed_cb (AdwExpanderRow *expander,
                 GParamSpec     *pspec,
                 HavenRecord    *term)
{
  g_autofree char *subtitle = term_subtitle (term);
  const char *name = haven_record_get_string (term, HAVEN_TERM_NAME);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), *name != '\0' ? name : _("New Term"));
  adw_expander_row_set_subtitle (expander, subtitle);
}

static GtkWidget *
term_field_row (const char *field,
                const char *title)
{
  return g_object_new (HAVEN_TYPE_FORM_ROW, "field", field, "title", title, NULL);
}

static AdwExpanderRow *
add_term_row (HavenPreferencesWindow *self,
              HavenRecord            *term)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());

  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  /* Translators: the name of a term, not of a person. */
  adw_expander_row_add_row (expander, term_field_row ("name", C_("term", "Name")));
  adw_expander_row_add_row (expander, term_field_row ("start-date", C_("form field", "First day")));
  adw_expander_row_add_row (expander, term_field_row ("end-date", C_("form field", "Last day")));
  g_object_set_data_full (G_OBJECT (expander), "haven-term", g_object_ref (term), g_object_unref);
  self->filling = TRUE;
  bind_rows (self, GTK_WIDGET (expander), term);
  self->filling = FALSE;
  g_signal_connect_object (term, "notify", G_CALLBACK (term_changed_cb), expander, G_CONNECT_SWAPPED);
  term_changed_cb (expander, NULL, term);
  adw_preferences_group_add (self->terms_group, GTK_WIDGET (expander));
  g_ptr_array_add (self->term_rows, expander);
  return expander;
}

static void
terms_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) terms = NULL;

  terms = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (terms == NULL)
    {
      report_error (self, _("Could not read the terms."), error);
      return;
    }
  for (guint i = 0; i < terms->len; i++)
    add_term_row (self, g_ptr_array_index (terms, i));
}

/* The ids of a list's rows. */
static GArray *
ids_of (GPtrArray *rows)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
terms_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      report_error (self, _("Could not read the terms."), error);
      return;
    }
  ids = ids_of (rows);
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_TERM, ids, NULL, self->cancellable,
                           terms_fetched_cb, g_object_ref (self));
}

static void
add_term_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HavenPreferencesWindow *self = HAVEN_PREFERENCES_WINDOW (widget);
  g_autoptr(HavenTerm) term = haven_term_new ();
  AdwExpanderRow *expander;

  expander = add_term_row (self, HAVEN_RECORD (term));
  adw_expander_row_set_expanded (expander, TRUE);
}

/* Who works here */

static void
staff_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HavenSession *session = haven_context_get_session (self->context);
  guint selected = GTK_INVALID_LIST_POSITION;

  staff = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (staff == NULL)
    {
      report_error (self, _("Could not read the staff."), error);
      return;
    }

  g_array_set_size (self->staff_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      HavenRecord *member = g_ptr_array_index (staff, i);
      gint64 id = haven_record_get_id (member);
      /* Translators: a staff member's name and role, "王芳 (Class teacher)". */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), haven_record_get_string (member, HAVEN_STAFF_NAME),
                                                haven_label_staff_role (haven_record_get_int (member, HAVEN_STAFF_ROLE)));

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, label);
      if (session != NULL && id == haven_session_get_staff_id (session))
        selected = i;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->staff_row, selected);
  self->filling = FALSE;
}

static void
staff_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      report_error (self, _("Could not read the staff."), error);
      return;
    }
  ids = ids_of (rows);
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_STAFF, ids, NULL, self->cancellable,
                           staff_fetched_cb, g_object_ref (self));
}

static void
account_mapped_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenSession) session = NULL;

  session = haven_store_set_account_staff_finish (HAVEN_STORE (object), result, &error);
  if (session == NULL)
    {
      report_error (self, _("Could not change who works here."), error);
      return;
    }
  haven_context_set_session (self->context, session);
}

static void
staff_selected_cb (HavenPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);

  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  if (self->filling || self->context == NULL || selected >= self->staff_ids->len)
    return;
  haven_store_set_account_staff_async (haven_context_get_store (self->context),
                                       haven_context_get_account (self->context),
                                       g_array_index (self->staff_ids, gint64, selected),
                                       self->cancellable, account_mapped_cb, g_object_ref (self));
}

/* The app's own settings */

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  /* The main window asks where, and reports how it went. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.backup", NULL);
}

/* GObject */

static void
haven_preferences_window_dispose (GObject *object)
{
  HavenPreferencesWindow *self = HAVEN_PREFERENCES_WINDOW (object);
  GHashTableIter iter;
  gpointer value;

  /* What is still waiting to be saved goes now, not never: the store
   * saves its own copy after the window has gone. */
  if (self->pending != NULL)
    {
      gpointer key;

      g_hash_table_iter_init (&iter, self->pending);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          GDate today;

          g_date_clear (&today, 1);
          g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                          g_date_time_get_year (now));
          problems = haven_record_check (key, &today);
          if (haven_problems_first_error (problems) == NULL)
            haven_store_save_async (haven_context_get_store (self->context), key, NULL, NULL, NULL);
          g_source_remove (GPOINTER_TO_UINT (value));
        }
      g_clear_pointer (&self->pending, g_hash_table_unref);
    }

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->school);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (haven_preferences_window_parent_class)->dispose (object);
}

static void
haven_preferences_window_finalize (GObject *object)
{
  HavenPreferencesWindow *self = HAVEN_PREFERENCES_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->term_rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (haven_preferences_window_parent_class)->finalize (object);
}

static void
haven_preferences_window_class_init (HavenPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_preferences_window_dispose;
  object_class->finalize = haven_preferences_window_finalize;

  g_type_ensure (HAVEN_TYPE_FORM_ROW);
  g_type_ensure (HAVEN_TYPE_PAIRING_PREFERENCES);
  g_type_ensure (HAVEN_TYPE_DUE_RULES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, school_group);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, terms_group);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, sort_row);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, pairing_preferences);
  gtk_widget_class_bind_template_child (widget_class, HavenPreferencesWindow, due_rules_group);
  gtk_widget_class_bind_template_callback (widget_class, staff_selected_cb);

  gtk_widget_class_install_action (widget_class, "preferences.add-term", NULL, add_term_action);
  gtk_widget_class_install_action (widget_class, "preferences.backup", NULL, backup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* libadwaita 1.2 gives its search entry no name a screen reader says. */
static void
label_search_entries (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Search preferences"), -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    label_search_entries (child);
}

static void
haven_preferences_window_init (HavenPreferencesWindow *self)
{
  g_assert (HAVEN_IS_PREFERENCES_WINDOW (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  label_search_entries (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->term_rows = g_ptr_array_new ();
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending = g_hash_table_new (NULL, NULL);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, haven_choice_get_mapping, haven_choice_set_mapping,
                                (gpointer) haven_color_scheme_choices, NULL);
  g_settings_bind_with_mapping (self->settings, "archive-sort", self->sort_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, haven_choice_get_mapping, haven_choice_set_mapping,
                                (gpointer) haven_archive_sort_choices, NULL);
}

GtkWidget *
haven_preferences_window_new (HavenContext *context)
{
  HavenPreferencesWindow *self;
  HavenStore *store;
  g_autoptr(HavenQuery) terms = NULL;
  g_autoptr(HavenQuery) staff = NULL;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_PREFERENCES_WINDOW, NULL);
  self->context = g_object_ref (context);
  store = haven_context_get_store (context);
  adw_action_row_set_subtitle (self->database_row, haven_store_get_path (store));

  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, self->cancellable,
                          school_loaded_cb, g_object_ref (self));
  terms = haven_query_new (HAVEN_TYPE_TERM);
  haven_store_query_async (store, terms, self->cancellable, terms_found_cb, g_object_ref (self));
  staff = haven_query_new (HAVEN_TYPE_STAFF);
  haven_store_query_async (store, staff, self->cancellable, staff_found_cb, g_object_ref (self));
  haven_due_rules_group_set_context (self->due_rules_group, context);
  return GTK_WIDGET (self);
}
