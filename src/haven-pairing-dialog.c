/* haven-pairing-dialog.c: one pairing, its plan and its effect checks
 *
 * Built on HavenFormRows like the child's editor: the pairing's dates,
 * kind and plan (帮扶计划) are bound to a working copy, the model's checks
 * show under the fields, and the headteacher saves them. Below, the dated
 * checks of the pairing's effect (定期检查), newest first, and a form to
 * add one, which any member of staff who writes may do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"
#include "haven-labels.h"
#include "haven-owned-query.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-rules.h"
#include "haven-record-list.h"
#include "haven-record-rules.h"

struct _HavenPairingDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkWidget         *save_button;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkBox            *form_box;
  AdwPreferencesGroup *pairing_group;
  GtkListBox        *checks_box;
  GtkWidget         *checks_group;
  GtkScrolledWindow *scrolled_window;
  AdwPreferencesGroup *new_check_group;
  GtkWidget         *add_check_button;

  /* Owned */
  HavenContext      *context;
  GCancellable      *cancellable;
  HavenRecord       *loaded;     /* the pairing as the store had it */
  HavenRecord       *pairing;    /* the working copy the rows edit */
  HavenRecord       *check;      /* the check being added */
  HavenRecordList   *checks;
  GPtrArray         *rows;       /* HavenFormRow, borrowed */
  gint64             pairing_id;
  guint              check_source;
  gboolean           loading;
  gboolean           saving;
  gboolean           may_close;
};

G_DEFINE_FINAL_TYPE (HavenPairingDialog, haven_pairing_dialog, ADW_TYPE_WINDOW)

static gboolean
is_check_row (HavenFormRow *row)
{
  return g_strcmp0 (haven_form_row_get_part (row), "check") == 0;
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
}

/* Checks of the form */

/* Shows the model's problems under the rows of record (the pairing, or
 * the new check), and returns the first row with an error. */
static HavenFormRow *
show_problems (HavenPairingDialog *self,
               HavenRecord        *record,
               gboolean            check_rows)
{
  g_autoptr(GPtrArray) problems = NULL;
  HavenFormRow *first_error = NULL;
  GDate day;

  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  if (record == NULL)
    return NULL;
  today (&day);
  problems = haven_record_check (record, &day);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      const HavenProblem *problem;

      if (is_check_row (row) != check_rows)
        continue;
      problem = haven_problems_find (problems, haven_form_row_get_field (row));
      haven_form_row_set_problem (row, problem);
      if (first_error == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR)
        first_error = row;
    }
  return first_error;
}

static gboolean
check_cb (gpointer user_data)
{
  HavenPairingDialog *self = user_data;

  self->check_source = 0;
  show_problems (self, self->pairing, FALSE);
  show_problems (self, self->check, TRUE);
  return G_SOURCE_REMOVE;
}

static void
record_notify_cb (HavenPairingDialog *self)
{
  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  /* One check for a burst of keystrokes. */
  if (self->check_source == 0)
    self->check_source = g_idle_add (check_cb, self);
}

static gboolean
may_arrange (HavenPairingDialog *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  return session != NULL && haven_pairing_may_arrange (session);
}

static gboolean
may_write (HavenPairingDialog *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  return session != NULL && haven_session_can_write (session);
}

static void
update_actions (HavenPairingDialog *self)
{
  gboolean ready = !self->loading && self->pairing != NULL;

  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.save", ready && !self->saving && may_arrange (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.add-check", ready && may_write (self));
}

/* The checks' list */

static void
fill_check_row (AdwActionRow *row)
{
  HavenRecord *check = g_object_get_data (G_OBJECT (row), "haven-check");
  g_autofree char *title = NULL;

  if (!haven_record_get_loaded (check))
    return;
  /* Translators: a dated check of a pairing: the date and the progress mark. */
  title = g_strdup_printf (_("%s · %s"), haven_record_get_string (check, HAVEN_PAIRING_CHECK_DATE),
                           haven_label_progress (haven_record_get_int (check, HAVEN_PAIRING_CHECK_PROGRESS)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, haven_record_get_string (check, HAVEN_PAIRING_CHECK_NOTE));
}

static GtkWidget *
create_check_row (gpointer item,
                  gpointer user_data)
{
  HavenPairingDialog *self = user_data;
  HavenRecord *check = item;
  GtkWidget *row = adw_action_row_new ();

  /* A pairing's few checks: every row shows. */
  haven_record_list_want (self->checks, check);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  g_object_set_data_full (G_OBJECT (row), "haven-check", g_object_ref (check), g_object_unref);
  g_signal_connect_object (check, "notify::loaded", G_CALLBACK (fill_check_row), row, G_CONNECT_SWAPPED);
  fill_check_row (ADW_ACTION_ROW (row));
  return row;
}

/* The new check */

static void
new_check (HavenPairingDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  if (self->check != NULL)
    g_signal_handlers_disconnect_by_func (self->check, record_notify_cb, self);
  g_clear_object (&self->check);
  self->check = HAVEN_RECORD (haven_pairing_check_new ());
  haven_record_set_ref (self->check, HAVEN_PAIRING_CHECK_PAIRING_ID, self->pairing_id);
  haven_record_set_string (self->check, HAVEN_PAIRING_CHECK_DATE, day);
  haven_record_set_int (self->check, HAVEN_PAIRING_CHECK_PROGRESS, HAVEN_PROGRESS_BETTER);
  g_signal_connect_object (self->check, "notify", G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      if (is_check_row (row))
        {
          haven_form_row_set_record (row, self->check);
          haven_form_row_set_problem (row, NULL);
        }
    }
}

static void
check_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPairingDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (haven_store_save_finish (HAVEN_STORE (object), result, &error) == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* What was typed stays, to try again. */
      text = g_strdup_printf (_("The check was not added: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  haven_form_toast (self->toast_overlay, _("Check added"), 3);
  new_check (self);
}

static void
add_check_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenPairingDialog *self = HAVEN_PAIRING_DIALOG (widget);
  HavenFormRow *first_error;

  for (guint i = 0; i < self->rows->len; i++)
    if (is_check_row (g_ptr_array_index (self->rows, i)))
      haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  first_error = show_problems (self, self->check, TRUE);
  if (first_error != NULL)
    {
      gtk_widget_grab_focus (haven_form_row_get_editor (first_error));
      haven_form_toast (self->toast_overlay, haven_form_row_get_problem (first_error)->message, 5);
      return;
    }
  haven_store_save_async (haven_context_get_store (self->context), self->check, self->cancellable,
                          check_saved_cb, g_object_ref (self));
}

/* Loading and saving the pairing */

static void
pairing_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenPairingDialog) self = user_data;
  g_autoptr(HavenRecord) pairing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  gboolean arrange;

  pairing = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  self->loading = FALSE;
  if (pairing == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_actions (self);
      return;
    }

  self->loaded = g_object_ref (pairing);
  self->pairing = haven_record_dup (pairing);
  g_signal_connect_object (self->pairing, "notify", G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
  arrange = may_arrange (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      if (is_check_row (row))
        continue;
      haven_form_row_set_record (row, self->pairing);
      /* Only the headteacher changes a pairing; others read it. */
      gtk_widget_set_sensitive (GTK_WIDGET (row), arrange);
    }
  gtk_widget_set_visible (self->save_button, arrange);
  new_check (self);
  gtk_widget_set_visible (GTK_WIDGET (self->new_check_group), may_write (self));
  gtk_widget_set_visible (self->add_check_button, may_write (self));

  /* Translators: the child and the mentor of a pairing, "张小明 · 李老师". */
  subtitle = g_strdup_printf (_("%s with %s"), haven_record_get_string (pairing, HAVEN_PAIRING_CHILD_NAME),
                              haven_record_get_string (pairing, HAVEN_PAIRING_MENTOR_NAME));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  {
    /* Translators: who the child is paired with: the mentor's name and kind. */
    g_autofree char *description = g_strdup_printf (_("Mentor: %s (%s)"),
                                                    haven_record_get_string (pairing, HAVEN_PAIRING_MENTOR_NAME),
                                                    haven_label_mentor_kind (haven_record_get_int (pairing, HAVEN_PAIRING_MENTOR_KIND)));
    adw_preferences_group_set_description (self->pairing_group, description);
  }
  gtk_stack_set_visible_child_name (self->stack, "form");
  update_actions (self);
}

static gboolean
form_changed (HavenPairingDialog *self)
{
  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  if (self->pairing == NULL || self->loaded == NULL)
    return FALSE;
  for (guint i = 0; i < haven_record_get_n_fields (self->pairing); i++)
    {
      const HavenField *info = haven_record_get_field_info (self->pairing, i);

      if ((info->flags & HAVEN_FIELD_STORED) && !haven_record_field_equal (self->pairing, self->loaded, i))
        return TRUE;
    }
  return self->check != NULL && !haven_rules_is_blank (self->check, HAVEN_PAIRING_CHECK_NOTE);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenPairingDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  update_actions (self);
  if (haven_store_save_finish (HAVEN_STORE (object), result, &error) == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_("The pairing was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))), "win.show-toast", "s",
                                _("Pairing saved"));
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenPairingDialog *self = HAVEN_PAIRING_DIALOG (widget);
  HavenFormRow *first_error;

  if (self->pairing == NULL || self->saving)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    if (!is_check_row (g_ptr_array_index (self->rows, i)))
      haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  first_error = show_problems (self, self->pairing, FALSE);
  if (first_error != NULL)
    {
      gtk_widget_grab_focus (haven_form_row_get_editor (first_error));
      haven_form_toast (self->toast_overlay, haven_form_row_get_problem (first_error)->message, 5);
      return;
    }
  self->saving = TRUE;
  update_actions (self);
  haven_store_save_async (haven_context_get_store (self->context), self->pairing, self->cancellable,
                          saved_cb, g_object_ref (self));
}

/* Closing */

static gboolean
haven_pairing_dialog_close_request (GtkWindow *window)
{
  HavenPairingDialog *self = HAVEN_PAIRING_DIALOG (window);
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (haven_pairing_dialog_parent_class);

  if (self->saving)
    return TRUE;
  if (self->may_close || !form_changed (self))
    return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;

  haven_form_ask_discard (window, _("What you typed in this pairing has not been saved."), &self->may_close);
  return TRUE;
}

/* GObject */

static void
haven_pairing_dialog_dispose (GObject *object)
{
  HavenPairingDialog *self = HAVEN_PAIRING_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_DIALOG);
  g_clear_object (&self->checks);
  g_clear_object (&self->check);
  g_clear_object (&self->pairing);
  g_clear_object (&self->loaded);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_pairing_dialog_parent_class)->dispose (object);
}

static void
haven_pairing_dialog_class_init (HavenPairingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = haven_pairing_dialog_dispose;
  window_class->close_request = haven_pairing_dialog_close_request;

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, pairing_group);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, checks_box);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, checks_group);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, new_check_group);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingDialog, add_check_button);

  gtk_widget_class_install_action (widget_class, "pairing.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "pairing.add-check", NULL, add_check_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "pairing.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
haven_pairing_dialog_init (HavenPairingDialog *self)
{
  g_assert (HAVEN_IS_PAIRING_DIALOG (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->loading = TRUE;
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
  update_actions (self);
}

GtkWidget *
haven_pairing_dialog_new (HavenContext *context,
                          gint64        pairing_id)
{
  HavenPairingDialog *self;
  HavenStore *store;
  g_autoptr(HavenOwnedQuery) checks = NULL;
  GtkWidget *empty;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_PAIRING_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->pairing_id = pairing_id;
  store = haven_context_get_store (context);

  checks = haven_owned_query_new (HAVEN_TYPE_PAIRING_CHECK, "pairing-id", pairing_id);
  self->checks = haven_record_list_new (store, HAVEN_QUERY (checks));
  empty = gtk_label_new (_("No checks yet"));
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->checks_box, empty);
  gtk_list_box_bind_model (self->checks_box, G_LIST_MODEL (self->checks), create_check_row, self, NULL);

  gtk_stack_set_visible_child_name (self->stack, "loading");
  haven_store_load_async (store, HAVEN_TYPE_PAIRING, pairing_id, self->cancellable, pairing_loaded_cb,
                          g_object_ref (self));
  return GTK_WIDGET (self);
}

gboolean
haven_pairing_dialog_get_loading (HavenPairingDialog *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_DIALOG (self), FALSE);
  return self->loading;
}

HavenFormRow *
haven_pairing_dialog_get_row (HavenPairingDialog *self,
                              const char         *key)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_DIALOG (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *row_key = haven_form_row_dup_key (row);

      if (g_str_equal (row_key, key))
        return row;
    }
  return NULL;
}

gboolean
haven_pairing_dialog_show_checks (HavenPairingDialog *self)
{
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_return_val_if_fail (HAVEN_IS_PAIRING_DIALOG (self), FALSE);

  if (self->loading || gtk_widget_get_height (self->checks_group) == 0
      || !gtk_widget_compute_point (self->checks_group, GTK_WIDGET (self->form_box), &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  /* The plan's last field stays in sight above the checks. */
  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 180));
  return TRUE;
}

GListModel *
haven_pairing_dialog_get_checks (HavenPairingDialog *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_DIALOG (self), NULL);
  return G_LIST_MODEL (self->checks);
}
