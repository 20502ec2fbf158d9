/* haven-activity-editor.c: add or edit an activity of the calendar
 *
 * The form is HavenFormRows bound to a working copy of the activity, as
 * the child's editor is; what is wrong comes from the model's checker.
 * An occurrence of a series is edited as the series shows it on its day;
 * saving asks whether the change is for that day only or for the whole
 * series, and the store keeps the series where it was either way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-activity.h"
#include "haven-activity-editor.h"
#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-school-class.h"
#include "haven-store-activities.h"


struct _HavenActivityEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  GtkScrolledWindow *scrolled_window;
  GtkBox            *form_box;
  GtkLabel          *occurrence_label;
  AdwPreferencesGroup *activity_group;
  HavenFormRow      *type_row;
  HavenFormRow      *topic_row;
  HavenFormRow      *title_row;
  AdwActionRow      *classes_row;
  GtkMenuButton     *classes_button;
  GtkBox            *classes_box;
  AdwActionRow      *weekdays_row;
  GtkBox            *weekdays_box;
  HavenFormRow      *until_row;
  HavenFormRow      *lunar_row;
  AdwComboRow       *festival_row;

  /* Owned */
  HavenContext      *context;
  HavenRecord       *loaded;       /* as the store had it */
  HavenRecord       *activity;     /* the working copy the rows edit */
  GPtrArray         *rows;         /* HavenFormRow, borrowed */
  GArray            *class_ids;    /* gint64, the classes concerned */
  GArray            *loaded_class_ids;
  GArray            *all_class_ids;
  GCancellable      *cancellable;
  GtkWidget         *weekday_buttons[7];   /* borrowed */
  gint64             activity_id;
  char              *original_date;
  guint              check_source;
  gboolean           loading;
  gboolean           saving;
  gboolean           may_close;
  gboolean           syncing;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ACTIVITY_ID,
  PROP_ORIGINAL_DATE,
  PROP_LOADING,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenActivityEditor, haven_activity_editor, ADW_TYPE_WINDOW)

/* The festivals a letter or party can belong to, in the combo's order
 * after "None". */
static const HavenFestival festival_choices[] = {
  HAVEN_FESTIVAL_NEW_YEARS_DAY, HAVEN_FESTIVAL_NEW_YEARS_EVE, HAVEN_FESTIVAL_SPRING_FESTIVAL, HAVEN_FESTIVAL_LANTERN,
  HAVEN_FESTIVAL_QINGMING, HAVEN_FESTIVAL_MOTHERS_DAY, HAVEN_FESTIVAL_CHILDRENS_DAY, HAVEN_FESTIVAL_DRAGON_BOAT,
  HAVEN_FESTIVAL_FATHERS_DAY, HAVEN_FESTIVAL_QIXI, HAVEN_FESTIVAL_TEACHERS_DAY, HAVEN_FESTIVAL_MID_AUTUMN,
  HAVEN_FESTIVAL_NATIONAL_DAY, HAVEN_FESTIVAL_DOUBLE_NINTH,
};

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, gint64, i) != g_array_index (b, gint64, i))
      return FALSE;
  return TRUE;
}

static gboolean
form_changed (HavenActivityEditor *self)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->activity == NULL || self->loading)
    return FALSE;
  for (guint i = 0; i < haven_record_get_n_fields (self->activity); i++)
    {
      const HavenField *info = haven_record_get_field_info (self->activity, i);

      if ((info->flags & HAVEN_FIELD_DERIVED) == 0 && !haven_record_field_equal (self->activity, self->loaded, i))
        return TRUE;
    }
  return !same_ids (self->class_ids, self->loaded_class_ids);
}

static gboolean
is_recurring (HavenActivityEditor *self)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  return self->activity_id != 0 && self->original_date != NULL && self->loaded != NULL
         && haven_record_get_int (self->loaded, HAVEN_ACTIVITY_RECURRENCE) != HAVEN_RECURRENCE_NONE;
}

/* Checks and what shows */

static void
update_visible (HavenActivityEditor *self)
{
  int type = haven_record_get_int (self->activity, HAVEN_ACTIVITY_TYPE);
  int recurrence = haven_record_get_int (self->activity, HAVEN_ACTIVITY_RECURRENCE);
  const char *festival = haven_record_get_string (self->activity, HAVEN_ACTIVITY_FESTIVAL);
  const char *hint = NULL;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  gtk_widget_set_visible (GTK_WIDGET (self->topic_row), type == HAVEN_ACTIVITY_LECTURE);
  gtk_widget_set_visible (GTK_WIDGET (self->weekdays_row), recurrence == HAVEN_RECURRENCE_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), recurrence != HAVEN_RECURRENCE_NONE);
  gtk_widget_set_visible (GTK_WIDGET (self->lunar_row),
                          recurrence == HAVEN_RECURRENCE_MONTHLY || recurrence == HAVEN_RECURRENCE_YEARLY);
  gtk_widget_set_visible (GTK_WIDGET (self->festival_row),
                          type == HAVEN_ACTIVITY_LETTER_HOME || type == HAVEN_ACTIVITY_FESTIVAL_PARTY || *festival != '\0');

  if (type == HAVEN_ACTIVITY_BIRTHDAY_PARTY)
    hint = _("A birthday party is for the children on the roll born in its month, in the classes chosen: they come from the archive, as it is on the day.");
  else if (type == HAVEN_ACTIVITY_LETTER_HOME)
    /* Translators: a letter home is 亲情书信. */
    hint = _("Each child writes a letter to the parents far away; under “Who Took Part” tick those who wrote one.");
  else if (type == HAVEN_ACTIVITY_HOME_VISITS || type == HAVEN_ACTIVITY_FAMILY_CALL)
    hint = _("Each visit or call is written down as a talk record of the child.");
  adw_preferences_group_set_description (self->activity_group, hint);
}

static GPtrArray *
check (HavenActivityEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  return haven_record_check (self->activity, &today);
}

static HavenFormRow *
refresh_checks (HavenActivityEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  HavenFormRow *first_error = NULL;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->activity == NULL)
    return NULL;
  problems = check (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      const HavenProblem *problem = haven_problems_find (problems, haven_form_row_get_field (row));

      haven_form_row_set_problem (row, problem);
      if (first_error == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR
          && gtk_widget_get_visible (GTK_WIDGET (row)))
        first_error = row;
    }
  update_visible (self);
  return first_error;
}

static gboolean
check_cb (gpointer user_data)
{
  HavenActivityEditor *self = user_data;

  self->check_source = 0;
  refresh_checks (self);
  return G_SOURCE_REMOVE;
}

static void
sync_weekdays (HavenActivityEditor *self);
static void
sync_festival (HavenActivityEditor *self);

static void
record_notify_cb (HavenActivityEditor *self,
                  GParamSpec          *pspec,
                  HavenRecord         *record)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (g_str_equal (pspec->name, "weekdays") || g_str_equal (pspec->name, "starts-at"))
    sync_weekdays (self);
  if (g_str_equal (pspec->name, "festival"))
    sync_festival (self);
  if (self->check_source == 0)
    self->check_source = g_idle_add (check_cb, self);
}

static void
update_actions (HavenActivityEditor *self)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !self->loading && !self->saving && self->activity != NULL);
}

/* Weekdays */

static void
sync_weekdays (HavenActivityEditor *self)
{
  guint mask = (guint) haven_record_get_int (self->activity, HAVEN_ACTIVITY_WEEKDAYS);
  GDate start;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  /* No day chosen is the first day's weekday. */
  if (mask == 0 && haven_activity_get_date (HAVEN_ACTIVITY (self->activity), &start))
    mask = HAVEN_WEEKDAY_BIT (g_date_get_weekday (&start));
  self->syncing = TRUE;
  for (guint i = 0; i < 7; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->weekday_buttons[i]), (mask & (1u << i)) != 0);
  self->syncing = FALSE;
}

static void
weekday_toggled_cb (HavenActivityEditor *self,
                    GtkToggleButton     *button)
{
  guint mask = 0;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->syncing || self->activity == NULL)
    return;
  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->weekday_buttons[i])))
      mask |= 1u << i;
  haven_record_set_int (self->activity, HAVEN_ACTIVITY_WEEKDAYS, (int) mask);
}

/* Festival */

static void
sync_festival (HavenActivityEditor *self)
{
  HavenFestival festival = haven_activity_get_festival (HAVEN_ACTIVITY (self->activity));
  guint position = 0;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (festival_choices); i++)
    if (festival_choices[i] == festival)
      position = i + 1;
  self->syncing = TRUE;
  adw_combo_row_set_selected (self->festival_row, position);
  self->syncing = FALSE;
}

static void
festival_selected_cb (HavenActivityEditor *self)
{
  guint position = adw_combo_row_get_selected (self->festival_row);
  HavenFestival festival;
  GDate day, start;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->syncing || self->activity == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  if (position == 0)
    {
      haven_record_set_string (self->activity, HAVEN_ACTIVITY_FESTIVAL, "");
      return;
    }
  festival = festival_choices[position - 1];
  haven_record_set_string (self->activity, HAVEN_ACTIVITY_FESTIVAL, haven_festival_get_nick (festival));
  /* The day moves to the festival's in the activity's year. */
  if (haven_activity_get_date (HAVEN_ACTIVITY (self->activity), &start)
      && haven_festival_get_date (festival, g_date_get_year (&start), &day))
    haven_activity_set_date (HAVEN_ACTIVITY (self->activity), &day);
}

/* Classes */

static void
update_classes_label (HavenActivityEditor *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->classes_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      {
        if (n++ < 2)
          g_string_append_printf (text, "%s%s", text->len > 0 ? _(", ") : "", gtk_check_button_get_label (GTK_CHECK_BUTTON (child)));
      }
  if (n == 0)
    gtk_menu_button_set_label (self->classes_button, _("Every class"));
  else if (n <= 2)
    gtk_menu_button_set_label (self->classes_button, text->str);
  else
    {
      /* Translators: the classes an activity concerns, when there are many. */
      g_autofree char *many = g_strdup_printf (ngettext ("%u class", "%u classes", n), n);
      gtk_menu_button_set_label (self->classes_button, many);
    }
}

static void
class_toggled_cb (HavenActivityEditor *self,
                  GtkCheckButton      *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "haven-index"));
  gint64 id = g_array_index (self->all_class_ids, gint64, index);

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->syncing)
    return;
  for (guint i = 0; i < self->class_ids->len; i++)
    if (g_array_index (self->class_ids, gint64, i) == id)
      {
        g_array_remove_index (self->class_ids, i);
        break;
      }
  if (gtk_check_button_get_active (button))
    {
      /* Kept in the order of the list, as the store reads them. */
      guint at = 0;

      while (at < self->class_ids->len && g_array_index (self->class_ids, gint64, at) < id)
        at++;
      g_array_insert_val (self->class_ids, at, id);
    }
  update_classes_label (self);
}

static void
sync_classes (HavenActivityEditor *self)
{
  guint index = 0;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->classes_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child), index++)
    {
      gint64 id = g_array_index (self->all_class_ids, gint64, index);
      gboolean active = FALSE;

      for (guint i = 0; i < self->class_ids->len; i++)
        active |= g_array_index (self->class_ids, gint64, i) == id;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), active);
    }
  self->syncing = FALSE;
  update_classes_label (self);
}

static void
classes_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenActivityEditor) self = user_data;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  classes = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (classes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->classes_box))) != NULL)
    gtk_box_remove (self->classes_box, child);
  g_array_set_size (self->all_class_ids, 0);
  for (guint i = 0; i < classes->len; i++)
    {
      HavenRecord *klass = g_ptr_array_index (classes, i);
      gint64 id = haven_record_get_id (klass);
      GtkWidget *button = gtk_check_button_new_with_label (haven_record_get_string (klass, HAVEN_SCHOOL_CLASS_NAME));

      g_array_append_val (self->all_class_ids, id);
      g_object_set_data (G_OBJECT (button), "haven-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "toggled", G_CALLBACK (class_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->classes_box, button);
    }
  sync_classes (self);
}

static void
classes_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenActivityEditor) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_SCHOOL_CLASS, ids, NULL, self->cancellable,
                           classes_fetched_cb, g_object_ref (self));
}

static GArray *
ids_of_text (const char *text)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (g_ascii_string_to_signed (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        g_array_append_val (ids, id);
    }
  return ids;
}

/* Loading */

static void
set_loading (HavenActivityEditor *self,
             gboolean             loading)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_activity (HavenActivityEditor *self,
               HavenRecord         *activity)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  g_set_object (&self->loaded, activity);
  g_clear_object (&self->activity);
  self->activity = haven_record_dup (activity);
  g_clear_pointer (&self->class_ids, g_array_unref);
  g_clear_pointer (&self->loaded_class_ids, g_array_unref);
  self->class_ids = ids_of_text (haven_record_get_string (activity, HAVEN_ACTIVITY_CLASS_IDS));
  self->loaded_class_ids = g_array_copy (self->class_ids);

  g_signal_connect_object (self->activity, "notify", G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, self->activity);
      if (GTK_IS_ENTRY (haven_form_row_get_editor (row)))
        gtk_entry_set_activates_default (GTK_ENTRY (haven_form_row_get_editor (row)), TRUE);
    }

  if (is_recurring (self))
    {
      GDate day;
      char text[64] = "";
      g_autofree char *label = NULL;

      haven_date_parse_iso (self->original_date, &day);
      /* Translators: see strftime(3). */
      g_date_strftime (text, sizeof text, _("%A %e %B %Y"), &day);
      /* Translators: over the form of one day of a repeating activity; %s is the day. */
      label = g_strdup_printf (_("This activity repeats. You are looking at its occurrence of %s; on saving you choose whether the change is for that day only or for every occurrence."),
                               g_strstrip (text));
      gtk_label_set_label (self->occurrence_label, label);
      gtk_widget_set_visible (GTK_WIDGET (self->occurrence_label), TRUE);
    }

  adw_window_title_set_title (self->window_title, self->activity_id == 0 ? _("New Activity")
                                                  : haven_record_get_string (activity, HAVEN_ACTIVITY_TITLE));
  sync_weekdays (self);
  sync_festival (self);
  sync_classes (self);
  refresh_checks (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
  set_loading (self, FALSE);
  gtk_widget_grab_focus (haven_form_row_get_editor (self->title_row));
}

static void
activity_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenActivityEditor) self = user_data;
  g_autoptr(HavenActivity) activity = NULL;
  g_autoptr(GError) error = NULL;

  activity = haven_store_load_occurrence_finish (HAVEN_STORE (object), result, &error);
  if (activity == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_loading (self, FALSE);
      return;
    }
  show_activity (self, HAVEN_RECORD (activity));
}

/* Saving */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenActivityEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = haven_store_save_occurrence_finish (HAVEN_STORE (object), result, &error);
  self->saving = FALSE;
  update_actions (self);
  if (id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Everything typed stays: the person can try again. */
      text = g_strdup_printf (_("The activity was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save (HavenActivityEditor *self,
      HavenEditScope       scope)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  self->saving = TRUE;
  update_actions (self);
  haven_store_save_occurrence_async (haven_context_get_store (self->context), HAVEN_ACTIVITY (self->activity),
                                     self->activity_id, self->original_date, scope, self->class_ids,
                                     self->cancellable, saved_cb, g_object_ref (self));
}

static void
scope_response_cb (HavenActivityEditor *self,
                   const char          *response,
                   AdwMessageDialog    *dialog)
{
  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (g_str_equal (response, "this"))
    save (self, HAVEN_EDIT_OCCURRENCE);
  else if (g_str_equal (response, "all"))
    save (self, HAVEN_EDIT_SERIES);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (widget);
  HavenFormRow *first_error;
  AdwMessageDialog *dialog;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  if (self->activity == NULL || self->saving)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  first_error = refresh_checks (self);
  if (first_error != NULL)
    {
      haven_form_scroll_to (self->scrolled_window, GTK_WIDGET (self->form_box), GTK_WIDGET (first_error));
      gtk_widget_grab_focus (haven_form_row_get_editor (first_error));
      haven_form_toast (self->toast_overlay, haven_form_row_get_problem (first_error)->message, 5);
      return;
    }

  if (!is_recurring (self))
    {
      save (self, HAVEN_EDIT_SERIES);
      return;
    }

  /* One occurrence or all of them: never guessed (elementary/calendar#661). */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change Only This Occurrence?"),
                                                       _("This activity repeats. The change can be for this day only, and the others stay as they are, or for every occurrence.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "all", _("_All Occurrences"),
                                    "this", _("_Only This One"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "this", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "this");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (scope_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing */

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
chain_close_request (GtkWindow *window)
{
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (haven_activity_editor_parent_class);

  return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
}

static gboolean
haven_activity_editor_close_request (GtkWindow *window)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (window);

  if (self->may_close)
    return chain_close_request (window);
  if (self->saving)
    return TRUE;
  if (!form_changed (self))
    return chain_close_request (window);

  haven_form_ask_discard (window, _("What you typed for this activity has not been saved."), &self->may_close);
  return TRUE;
}

/* GObject */

static void
haven_activity_editor_constructed (GObject *object)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (object);
  g_autoptr(HavenQuery) classes = haven_query_new (HAVEN_TYPE_SCHOOL_CLASS);

  G_OBJECT_CLASS (haven_activity_editor_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));

  haven_store_query_async (haven_context_get_store (self->context), classes, self->cancellable,
                           classes_found_cb, g_object_ref (self));
  if (self->activity_id == 0)
    return;   /* haven_activity_editor_new_for_day() shows the form */

  set_loading (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  haven_store_load_occurrence_async (haven_context_get_store (self->context), self->activity_id, self->original_date,
                                     self->cancellable, activity_loaded_cb, g_object_ref (self));
}

static void
haven_activity_editor_dispose (GObject *object)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_ACTIVITY_EDITOR);
  g_clear_object (&self->activity);
  g_clear_object (&self->loaded);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_activity_editor_parent_class)->dispose (object);
}

static void
haven_activity_editor_finalize (GObject *object)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->class_ids, g_array_unref);
  g_clear_pointer (&self->loaded_class_ids, g_array_unref);
  g_clear_pointer (&self->all_class_ids, g_array_unref);
  g_free (self->original_date);

  G_OBJECT_CLASS (haven_activity_editor_parent_class)->finalize (object);
}

static void
haven_activity_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_ACTIVITY_ID:
      g_value_set_int64 (value, self->activity_id);
      break;
    case PROP_ORIGINAL_DATE:
      g_value_set_string (value, self->original_date);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_activity_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HavenActivityEditor *self = HAVEN_ACTIVITY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_ACTIVITY_ID:
      self->activity_id = g_value_get_int64 (value);
      break;
    case PROP_ORIGINAL_DATE:
      g_free (self->original_date);
      self->original_date = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_activity_editor_class_init (HavenActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = haven_activity_editor_constructed;
  object_class->dispose = haven_activity_editor_dispose;
  object_class->finalize = haven_activity_editor_finalize;
  object_class->get_property = haven_activity_editor_get_property;
  object_class->set_property = haven_activity_editor_set_property;
  window_class->close_request = haven_activity_editor_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGINAL_DATE] =
    g_param_spec_string ("original-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenActivityEditor::saved:
   * @id: the id of the row written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, occurrence_label);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, activity_group);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, topic_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, classes_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, classes_button);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, classes_box);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, weekdays_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, weekdays_box);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, until_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, lunar_row);
  gtk_widget_class_bind_template_child (widget_class, HavenActivityEditor, festival_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
haven_activity_editor_init (HavenActivityEditor *self)
{
  g_autoptr(GtkStringList) festivals = gtk_string_list_new (NULL);
  GDate monday;

  g_assert (HAVEN_IS_ACTIVITY_EDITOR (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->loaded_class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->all_class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
  gtk_menu_button_set_label (self->classes_button, _("Every class"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->classes_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Classes concerned"), -1);

  /* The days of the week, Monday first, named as the locale names them. */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 5, G_DATE_JANUARY, 2026);
  for (guint i = 0; i < 7; i++)
    {
      char short_name[32], long_name[64];
      GtkWidget *button;

      g_date_strftime (short_name, sizeof short_name, "%a", &monday);
      g_date_strftime (long_name, sizeof long_name, "%A", &monday);
      button = gtk_toggle_button_new_with_label (short_name);
      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      g_signal_connect_object (button, "toggled", G_CALLBACK (weekday_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->weekdays_box, button);
      self->weekday_buttons[i] = button;
      g_date_add_days (&monday, 1);
    }

  gtk_string_list_append (festivals, C_("festival", "None"));
  for (guint i = 0; i < G_N_ELEMENTS (festival_choices); i++)
    gtk_string_list_append (festivals, haven_festival_get_name (festival_choices[i]));
  adw_combo_row_set_model (self->festival_row, G_LIST_MODEL (festivals));
  g_signal_connect_object (self->festival_row, "notify::selected", G_CALLBACK (festival_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

HavenActivityEditor *
haven_activity_editor_new (HavenContext *context,
                           gint64        activity_id,
                           const char   *original_date)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (activity_id > 0, NULL);

  return g_object_new (HAVEN_TYPE_ACTIVITY_EDITOR, "context", context, "activity-id", activity_id,
                       "original-date", original_date, NULL);
}

HavenActivityEditor *
haven_activity_editor_new_for_day (HavenContext      *context,
                                   const GDate       *day,
                                   HavenActivityType  type,
                                   const char        *festival)
{
  HavenActivityEditor *self;
  g_autoptr(HavenActivity) activity = haven_activity_new ();
  HavenRecord *r = HAVEN_RECORD (activity);
  g_autofree char *iso = NULL;
  g_autofree char *starts = NULL;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (HAVEN_TYPE_ACTIVITY_EDITOR, "context", context, NULL);
  iso = haven_date_format_iso (day);
  /* School activities are mostly in the afternoon. */
  starts = g_strconcat (iso, " 14:30", NULL);
  haven_record_set_int (r, HAVEN_ACTIVITY_TYPE, type);
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, starts);
  if (festival != NULL && haven_festival_from_nick (festival) != HAVEN_N_FESTIVALS)
    {
      /* Translators: the title a letter home for a festival starts with;
       * %s is a festival such as "Mid-Autumn Festival". */
      g_autofree char *title = g_strdup_printf (_("Letter home for the %s"),
                                                haven_festival_get_name (haven_festival_from_nick (festival)));

      haven_record_set_string (r, HAVEN_ACTIVITY_FESTIVAL, festival);
      haven_record_set_string (r, HAVEN_ACTIVITY_TITLE, title);
    }
  show_activity (self, r);
  return self;
}

gboolean
haven_activity_editor_get_loading (HavenActivityEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self), FALSE);
  return self->loading;
}

HavenRecord *
haven_activity_editor_get_activity (HavenActivityEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self), NULL);
  return self->activity;
}

HavenFormRow *
haven_activity_editor_get_row (HavenActivityEditor *self,
                               const char          *key)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self), NULL);
  return haven_form_find_row (self->rows, key);
}

void
haven_activity_editor_set_field_text (HavenActivityEditor *self,
                                      const char          *key,
                                      const char          *text)
{
  HavenFormRow *row;
  GtkWidget *editor;

  g_return_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self));

  row = haven_form_find_row (self->rows, key);
  g_return_if_fail (row != NULL);
  editor = haven_form_row_get_editor (row);
  g_return_if_fail (GTK_IS_EDITABLE (editor));

  gtk_editable_set_text (GTK_EDITABLE (editor), text);
  haven_form_row_reveal (row);
  refresh_checks (self);
}

const char *
haven_activity_editor_get_field_error (HavenActivityEditor *self,
                                       const char          *key)
{
  HavenFormRow *row;
  const HavenProblem *problem;

  g_return_val_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self), NULL);

  row = haven_form_find_row (self->rows, key);
  g_return_val_if_fail (row != NULL, NULL);
  problem = haven_form_row_get_problem (row);
  if (problem == NULL || !haven_form_row_get_touched (row))
    return NULL;
  return problem->message;
}

GArray *
haven_activity_editor_get_class_ids (HavenActivityEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self), NULL);
  return self->class_ids;
}

void
haven_activity_editor_set_class_ids (HavenActivityEditor *self,
                                     GArray              *class_ids)
{
  g_return_if_fail (HAVEN_IS_ACTIVITY_EDITOR (self));
  g_return_if_fail (class_ids != NULL);

  g_clear_pointer (&self->class_ids, g_array_unref);
  self->class_ids = g_array_copy (class_ids);
  sync_classes (self);
}
