/* haven-phone-log.c: the family phone's log (亲情电话)
 *
 * The teacher who keeps the school's family phone logs each call in a
 * few keystrokes: the child, who answered, how long, a line of notes.
 * Enter logs it and the form is ready for the next call, the day kept.
 * Each call is a talk record of the phone-call kind, so it meets the
 * "phone call with parents" rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-phone-log"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-phone-log.h"
#include "haven-record-list-view.h"
#include "haven-store-talks.h"
#include "haven-talk.h"
#include "haven-talk-query.h"

struct _HavenPhoneLog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkBox              *form_box;
  HavenRecordListView *list_view;

  /* Owned */
  HavenContext        *context;
  HavenRecord         *call;      /* the call being typed */
  GPtrArray           *rows;      /* HavenFormRow, borrowed */
  GCancellable        *cancellable;
  gboolean             busy;
};

G_DEFINE_FINAL_TYPE (HavenPhoneLog, haven_phone_log, ADW_TYPE_WINDOW)

static void
describe_call (HavenRecord  *r,
               HavenRowText *text)
{
  int minutes = haven_record_get_int (r, HAVEN_TALK_MINUTES);
  g_autofree char *length = g_strdup_printf (ngettext ("%d minute", "%d minutes", minutes), minutes);

  text->title = g_strdup (haven_record_get_string (r, HAVEN_TALK_CHILD_NAME));
  text->subtitle = g_strdup_printf ("%s · %s · %s", haven_label_call_with (haven_record_get_int (r, HAVEN_TALK_CALL_WITH)),
                                    length, haven_record_get_string (r, HAVEN_TALK_TALKER));
  text->note = g_strdup (haven_record_get_string (r, HAVEN_TALK_DATE));
}

static GPtrArray *
check_call (HavenPhoneLog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_assert (HAVEN_IS_PHONE_LOG (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return haven_record_check (self->call, &today);
}

static HavenFormRow *
refresh_checks (HavenPhoneLog *self)
{
  g_autoptr(GPtrArray) problems = check_call (self);
  HavenFormRow *first_error = NULL;

  g_assert (HAVEN_IS_PHONE_LOG (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      const HavenProblem *problem = haven_problems_find (problems, haven_form_row_get_field (row));

      haven_form_row_set_problem (row, problem);
      if (first_error == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR)
        first_error = row;
    }
  return first_error;
}

static void
call_notify_cb (HavenPhoneLog *self)
{
  g_assert (HAVEN_IS_PHONE_LOG (self));

  refresh_checks (self);
}

/* A fresh call on the same day: the next call is usually that day's. */
static void
new_call (HavenPhoneLog *self,
          const char    *date)
{
  g_autoptr(HavenTalk) call = haven_talk_new_for (0, HAVEN_TALK_FAMILY_CALL, date);

  g_assert (HAVEN_IS_PHONE_LOG (self));

  if (self->call != NULL)
    g_signal_handlers_disconnect_by_func (self->call, call_notify_cb, self);
  g_set_object (&self->call, HAVEN_RECORD (call));
  haven_record_set_int (self->call, HAVEN_TALK_MINUTES, 5);
  g_signal_connect_object (self->call, "notify", G_CALLBACK (call_notify_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, self->call);
      if (GTK_IS_ENTRY (haven_form_row_get_editor (row)))
        gtk_entry_set_activates_default (GTK_ENTRY (haven_form_row_get_editor (row)), TRUE);
    }
  refresh_checks (self);
  gtk_widget_grab_focus (haven_form_row_get_editor (haven_form_find_row (self->rows, "child-id")));
}

static void
set_busy (HavenPhoneLog *self,
          gboolean       busy)
{
  g_assert (HAVEN_IS_PHONE_LOG (self));

  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "phone.log", !busy);
}

static void
logged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HavenPhoneLog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  set_busy (self, FALSE);
  if (haven_store_save_talk_finish (HAVEN_STORE (object), result, &error) == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_("The call was not logged: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  haven_form_toast (self->toast_overlay, _("Call logged"), 2);
  date = g_strdup (haven_record_get_string (self->call, HAVEN_TALK_DATE));
  new_call (self, date);
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HavenPhoneLog *self = HAVEN_PHONE_LOG (widget);
  HavenFormRow *first_error;

  if (self->busy || self->call == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  first_error = refresh_checks (self);
  if (first_error != NULL)
    {
      gtk_widget_grab_focus (haven_form_row_get_editor (first_error));
      haven_form_toast (self->toast_overlay, haven_form_row_get_problem (first_error)->message, 5);
      return;
    }
  set_busy (self, TRUE);
  haven_store_save_talk_async (haven_context_get_store (self->context), HAVEN_TALK (self->call), self->cancellable,
                               logged_cb, g_object_ref (self));
}

static void
call_activated_cb (HavenPhoneLog       *self,
                   gint64               id,
                   HavenRecordListView *view)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_assert (HAVEN_IS_PHONE_LOG (self));

  /* The main window opens records; this one steps aside for it. */
  if (parent != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.edit-talk", "x", id);
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
haven_phone_log_dispose (GObject *object)
{
  HavenPhoneLog *self = HAVEN_PHONE_LOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PHONE_LOG);
  g_clear_object (&self->call);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_phone_log_parent_class)->dispose (object);
}

static void
haven_phone_log_class_init (HavenPhoneLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_phone_log_dispose;

  g_type_ensure (HAVEN_TYPE_FORM_ROW);
  g_type_ensure (HAVEN_TYPE_RECORD_LIST_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-phone-log.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPhoneLog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenPhoneLog, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenPhoneLog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, call_activated_cb);

  gtk_widget_class_install_action (widget_class, "phone.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "phone.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "phone.close", NULL);
}

static void
haven_phone_log_init (HavenPhoneLog *self)
{
  g_assert (HAVEN_IS_PHONE_LOG (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
}

HavenPhoneLog *
haven_phone_log_new (HavenContext *context)
{
  HavenPhoneLog *self;
  g_autoptr(HavenTalkQuery) calls = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_PHONE_LOG, NULL);
  self->context = g_object_ref (context);
  calls = haven_talk_query_new ();
  g_object_set (calls, "kind", HAVEN_TALK_FAMILY_CALL, NULL);
  haven_record_list_view_set_list (self->list_view, context, HAVEN_QUERY (calls), describe_call);
  new_call (self, today);
  return self;
}

HavenRecord *
haven_phone_log_get_call (HavenPhoneLog *self)
{
  g_return_val_if_fail (HAVEN_IS_PHONE_LOG (self), NULL);
  return self->call;
}

HavenFormRow *
haven_phone_log_get_row (HavenPhoneLog *self,
                         const char    *field)
{
  g_return_val_if_fail (HAVEN_IS_PHONE_LOG (self), NULL);
  return haven_form_find_row (self->rows, field);
}

HavenRecordList *
haven_phone_log_get_list (HavenPhoneLog *self)
{
  g_return_val_if_fail (HAVEN_IS_PHONE_LOG (self), NULL);
  return haven_record_list_view_get_list (self->list_view);
}

gboolean
haven_phone_log_get_busy (HavenPhoneLog *self)
{
  g_return_val_if_fail (HAVEN_IS_PHONE_LOG (self), FALSE);
  return self->busy;
}
