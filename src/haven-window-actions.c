/* haven-window-actions.c: the window's commands, win.*
 *
 * Pages ask the window for what lies outside them through these actions
 * (with parameters), never by calling it: showing a child, editing one,
 * telling the person about an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-window"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-editor.h"
#include "haven-growth-editor.h"
#include "haven-model-enums.h"
#include "haven-phone-log.h"
#include "haven-plan-editor.h"
#include "haven-preferences-window.h"
#include "haven-talk.h"
#include "haven-talk-editor.h"
#include "haven-store-children.h"
#include "haven-store-pairings.h"
#include "haven-window-private.h"

static void
show_view (HavenWindow *self,
           const char  *name)
{
  g_assert (HAVEN_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    haven_window_set_page (self, "main");
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_view (HAVEN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The calendar's agenda from today: where the overview's "activities in
 * the next two weeks" leads. */
static void
show_agenda_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  show_view (self, "calendar");
  haven_calendar_page_show_agenda (self->calendar_page, &today);
}

static void
show_child_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  show_view (self, "archive");
  haven_archive_page_show_child (self->archive_page, g_variant_get_int64 (parameter));
}

static void
show_children_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  show_view (self, "archive");
  haven_archive_page_show_filtered (self->archive_page, g_variant_get_string (parameter, NULL));
}

static void
editor_saved_cb (HavenWindow      *self,
                 gint64            child_id,
                 HavenChildEditor *editor)
{
  g_assert (HAVEN_IS_WINDOW (self));

  haven_window_toast (self, _("Child’s file saved"), 3);
  /* The file just saved is what the teacher wants to see next, wherever
   * the editor was opened from. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-child", "x", child_id);
}

static void
edit_child (HavenWindow *self,
            gint64       child_id)
{
  HavenChildEditor *editor;
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_assert (HAVEN_IS_WINDOW (self));

  if (!self->ready)
    return;
  if (self->editor != NULL)
    {
      gtk_window_present (self->editor);
      return;
    }

  editor = haven_child_editor_new (self->context, child_id);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  /* On a 1024×600 screen the form must fit under the parent's height. */
  if (height > 0)
    gtk_window_set_default_size (GTK_WINDOW (editor), 640, MIN (720, height - 24));
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_child_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  edit_child (HAVEN_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  edit_child (HAVEN_WINDOW (widget), 0);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  show_view (self, "archive");
  haven_archive_page_focus_search (self->archive_page);
}

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* Errors stay until read: a teacher may be looking away. */
  haven_window_toast (HAVEN_WINDOW (widget), g_variant_get_string (parameter, NULL), 0);
}

static void
show_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  haven_window_toast (HAVEN_WINDOW (widget), g_variant_get_string (parameter, NULL), 3);
}

static void
undo_dismissed_cb (HavenWindow *self,
                   AdwToast    *toast)
{
  g_assert (HAVEN_IS_WINDOW (self));

  if (toast != self->undo_toast)
    return;
  g_clear_object (&self->undo_toast);
  g_clear_pointer (&self->undo_action, g_free);
  g_clear_pointer (&self->undo_target, g_variant_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

/* (message, button label, action name, action target): a toast whose
 * button runs an action, such as Undo. While it shows, Ctrl+Z runs it. */
static void
show_undo_toast_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  g_autofree char *escaped = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *message, *button, *action;
  AdwToast *toast;

  g_variant_get (parameter, "(&s&s&sv)", &message, &button, &action, &target);
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, button);
  adw_toast_set_action_name (toast, action);
  adw_toast_set_action_target_value (toast, target);

  if (self->undo_toast != NULL)
    undo_dismissed_cb (self, self->undo_toast);
  self->undo_toast = g_object_ref (toast);
  self->undo_action = g_strdup (action);
  self->undo_target = g_variant_ref (target);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_dismissed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (widget, "win.undo", TRUE);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  if (self->undo_toast == NULL)
    return;
  /* Taken first: dismissing the toast clears them. */
  toast = g_steal_pointer (&self->undo_toast);
  action = g_steal_pointer (&self->undo_action);
  target = g_steal_pointer (&self->undo_target);
  gtk_widget_action_set_enabled (widget, "win.undo", FALSE);
  adw_toast_dismiss (toast);
  gtk_widget_activate_action_variant (widget, action, target);
}

/* Ctrl+P prints what the view shows: a view that can print installs
 * "<view>.print" on its page. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  const char *view = haven_window_get_view (self);
  g_autofree char *page_action = g_strdup_printf ("%s.print", view);
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, view);

  if (page == NULL || !gtk_widget_activate_action (page, page_action, NULL))
    haven_window_toast (self, _("This view has nothing to print."), 3);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_set_child_deleted_finish (HAVEN_STORE (object), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The file could not be restored. %s"), error->message);
      haven_window_toast (self, text, 0);
    }
}

static void
restore_child_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  haven_store_set_child_deleted_async (haven_context_get_store (self->context), g_variant_get_int64 (parameter),
                                       FALSE, self->cancellable, restored_cb, g_object_ref (self));
}

static void
pairings_undone_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_undo_pairings_finish (HAVEN_STORE (object), result, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The pairing change could not be undone. %s"), error->message);
      haven_window_toast (self, text, 0);
    }
}

/* The Undo of the pairing board's toasts: the board may be gone by then. */
static void
undo_pairing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  g_autoptr(HavenPairingUndo) undo = haven_pairing_undo_from_variant (parameter);

  g_return_if_fail (undo != NULL);
  haven_store_undo_pairings_async (haven_context_get_store (self->context), undo, self->cancellable,
                                   pairings_undone_cb, g_object_ref (self));
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_backup_finish (HAVEN_STORE (object), result, &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_("The backup failed. %s"), error->message);
      haven_window_toast (self, text, 0);
    }
  else
    haven_window_toast (self, _("Backup saved"), 3);
}

static void
backup_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  /* The store refuses the database itself and keeps any older file. */
  haven_store_backup_async (haven_context_get_store (self->context), g_variant_get_string (parameter, NULL),
                            self->cancellable, backup_done_cb, g_object_ref (self));
}

static void
backup_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(HavenWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.backup-to", "s", path);
    }
  g_object_unref (dialog);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "haven-backup-%Y-%m-%d.db");

  chooser = gtk_file_chooser_native_new (_("Back Up Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (backup_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Talk records */

static void
talk_saved_cb (HavenWindow     *self,
               gint64           talk_id,
               HavenTalkEditor *editor)
{
  g_assert (HAVEN_IS_WINDOW (self));

  haven_window_toast (self, _("Talk record saved"), 3);
}

static void
present_dialog (HavenWindow *self,
                GtkWindow   *dialog)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_assert (HAVEN_IS_WINDOW (self));

  gtk_window_set_transient_for (dialog, GTK_WINDOW (self));
  /* On a 1024×600 screen the form must fit under the parent's height. */
  if (height > 0)
    gtk_window_set_default_size (dialog, 640, MIN (720, height - 24));
  gtk_window_present (dialog);
}

static void
open_talk_editor (HavenWindow     *self,
                  HavenTalkEditor *editor)
{
  g_assert (HAVEN_IS_WINDOW (self));

  g_signal_connect_object (editor, "saved", G_CALLBACK (talk_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (editor));
}

/* What a talk started without a kind is, by who starts it: a mentor's
 * talk for a mentor, counselling for the counsellor. */
static HavenTalkKind
default_kind (HavenWindow *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_WINDOW (self));

  switch (session != NULL ? haven_session_get_role (session) : HAVEN_STAFF_ROLE_CLASS_TEACHER)
    {
    case HAVEN_STAFF_ROLE_COUNSELLOR:
      return HAVEN_TALK_COUNSELLING;
    case HAVEN_STAFF_ROLE_MENTOR:
    case HAVEN_STAFF_ROLE_SUBJECT_TEACHER:
    case HAVEN_STAFF_ROLE_VOLUNTEER:
      return HAVEN_TALK_MENTOR;
    default:
      return HAVEN_TALK_MONTHLY;
    }
}

/* (x): the child, 0 to choose one in the form. */
static void
new_talk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  if (!self->ready)
    return;
  open_talk_editor (self, haven_talk_editor_new (self->context, g_variant_get_int64 (parameter),
                                                 default_kind (self)));
}

/* ((xs)): the child and the kind's nick ("home-visit", "family-call"),
 * what the calendar's activities and the due list ask for. */
static void
new_talk_of_kind_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  const char *nick;
  gint64 child_id;
  int kind;

  if (!self->ready)
    return;
  g_variant_get (parameter, "(x&s)", &child_id, &nick);
  kind = haven_talk_kind_from_nick (nick);
  if (kind < 0)
    {
      g_autofree char *text = g_strdup_printf (_("There is no kind of talk record called “%s”."), nick);
      haven_window_toast (self, text, 0);
      return;
    }
  open_talk_editor (self, haven_talk_editor_new (self->context, child_id, kind));
}

static void
edit_talk_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  if (!self->ready || g_variant_get_int64 (parameter) <= 0)
    return;
  open_talk_editor (self, haven_talk_editor_new_for_talk (self->context, g_variant_get_int64 (parameter)));
}

static void
phone_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  if (!self->ready)
    return;
  present_dialog (self, GTK_WINDOW (haven_phone_log_new (self->context)));
}

/* The growth folder and the individual plan */

static void
growth_saved_cb (HavenWindow       *self,
                 gint64             entry_id,
                 HavenGrowthEditor *editor)
{
  g_assert (HAVEN_IS_WINDOW (self));

  haven_window_toast (self, _("Growth folder updated"), 3);
}

/* ((xs)): the child and the kind's nick ("good-news", "photo" …). */
static void
add_growth_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (HAVEN_TYPE_GROWTH_KIND);
  HavenGrowthEditor *editor;
  GEnumValue *kind;
  const char *nick;
  gint64 child_id;

  if (!self->ready)
    return;
  g_variant_get (parameter, "(x&s)", &child_id, &nick);
  kind = g_enum_get_value_by_nick (kinds, nick);
  editor = haven_growth_editor_new (self->context, child_id, kind != NULL ? kind->value : HAVEN_GROWTH_GOOD_NEWS);
  g_signal_connect_object (editor, "saved", G_CALLBACK (growth_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (editor));
  /* A photo starts where it comes from. */
  if (kind != NULL && kind->value == HAVEN_GROWTH_PHOTO)
    gtk_widget_activate_action (GTK_WIDGET (editor), "growth.choose-photo", NULL);
}

static void
edit_growth_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  HavenGrowthEditor *editor;

  if (!self->ready || g_variant_get_int64 (parameter) <= 0)
    return;
  editor = haven_growth_editor_new_for_entry (self->context, g_variant_get_int64 (parameter));
  g_signal_connect_object (editor, "saved", G_CALLBACK (growth_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (editor));
}

static void
plan_saved_cb (HavenWindow     *self,
               gint64           plan_id,
               HavenPlanEditor *editor)
{
  g_assert (HAVEN_IS_WINDOW (self));

  haven_window_toast (self, _("Individual plan saved"), 3);
}

/* (x): the child whose plan to make or edit. */
static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  HavenPlanEditor *editor;

  if (!self->ready || g_variant_get_int64 (parameter) <= 0)
    return;
  editor = haven_plan_editor_new (self->context, g_variant_get_int64 (parameter));
  g_signal_connect_object (editor, "saved", G_CALLBACK (plan_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (editor));
}

/* (s): the talk records with a preset filter (haven_talks_page_show_records). */
static void
show_talks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  show_view (self, "talks");
  haven_talks_page_show_records (self->talks_page, g_variant_get_string (parameter, NULL));
}

/* (s): what is due, with a preset filter (haven_due_list_show). */
static void
show_due_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  show_view (self, "talks");
  haven_talks_page_show_due (self->talks_page, g_variant_get_string (parameter, NULL));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  GtkWindow *preferences = GTK_WINDOW (haven_preferences_window_new (self->context));

  gtk_window_set_transient_for (preferences, GTK_WINDOW (self));
  gtk_window_present (preferences);
}

void
_haven_window_actions_update (HavenWindow *self)
{
  static const char * const need_ready[] = {
    "win.add-child", "win.edit-child", "win.show-child", "win.show-children", "win.backup", "win.backup-to",
    "win.search", "win.preferences", "win.restore-child", "win.print", "win.undo-pairing",
    "win.new-talk", "win.new-talk-of-kind", "win.edit-talk", "win.phone-log", "win.show-talks", "win.show-due",
    "win.add-growth", "win.edit-growth", "win.edit-plan",
  };
  gboolean writer = self->ready && haven_context_get_session (self->context) != NULL
                    && haven_session_can_write (haven_context_get_session (self->context));

  for (guint i = 0; i < G_N_ELEMENTS (need_ready); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), need_ready[i], self->ready);
  /* A viewer reads; the model refuses the rest anyway. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-child", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-child", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-child", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-talk", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-talk-of-kind", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.phone-log", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-growth", writer);
}

void
_haven_window_class_actions_init (HavenWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-child", "x", show_child_action);
  gtk_widget_class_install_action (widget_class, "win.show-agenda", NULL, show_agenda_action);
  gtk_widget_class_install_action (widget_class, "win.show-children", "s", show_children_action);
  gtk_widget_class_install_action (widget_class, "win.edit-child", "x", edit_child_action);
  gtk_widget_class_install_action (widget_class, "win.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "win.restore-child", "x", restore_child_action);
  gtk_widget_class_install_action (widget_class, "win.undo-pairing", "(axaxs)", undo_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.backup-to", "s", backup_to_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-undo-toast", "(sssv)", show_undo_toast_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.new-talk", "x", new_talk_action);
  gtk_widget_class_install_action (widget_class, "win.new-talk-of-kind", "(xs)", new_talk_of_kind_action);
  gtk_widget_class_install_action (widget_class, "win.edit-talk", "x", edit_talk_action);
  gtk_widget_class_install_action (widget_class, "win.phone-log", NULL, phone_log_action);
  gtk_widget_class_install_action (widget_class, "win.show-talks", "s", show_talks_action);
  gtk_widget_class_install_action (widget_class, "win.show-due", "s", show_due_action);
  gtk_widget_class_install_action (widget_class, "win.add-growth", "(xs)", add_growth_action);
  gtk_widget_class_install_action (widget_class, "win.edit-growth", "x", edit_growth_action);
  gtk_widget_class_install_action (widget_class, "win.edit-plan", "x", edit_plan_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  /* Ctrl+T is the calendar’s Today, as in GNOME Calendar. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_T, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-talk", "x", (gint64) 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.phone-log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
