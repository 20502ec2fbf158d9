/* haven-talk-editor.c: the talk record card (谈心记录卡) as a form
 *
 * The rows are HavenFormRows bound to a working copy of the record; what
 * is wrong with it comes from the model (haven_record_check()), shown
 * under each field. Who talked is the session's, kept by the store. A
 * counselling record starts confidential; a confidential record the
 * session may not read opens only to say that it exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talk-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-print-talks.h"
#include "haven-store-talks.h"
#include "haven-talk.h"
#include "haven-talk-editor.h"

/* The height a toast takes at the bottom of the form, in pixels. */

struct _HavenTalkEditor
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
  GtkLabel          *notice_label;
  GtkLabel          *talker_label;
  HavenFormRow      *kind_row;
  HavenFormRow      *call_with_row;
  HavenFormRow      *minutes_row;
  HavenFormRow      *confidential_row;
  AdwPreferencesGroup *about_group;
  AdwPreferencesGroup *notes_group;

  /* Owned */
  HavenContext      *context;
  HavenRecord       *loaded;     /* as the store had it, or as made */
  HavenRecord       *talk;       /* the working copy the rows edit */
  GPtrArray         *rows;       /* HavenFormRow, borrowed, in form order */
  GCancellable      *cancellable;
  gint64             talk_id;
  gint64             child_id;
  HavenTalkKind      kind;
  guint              check_source;
  gboolean           loading;
  gboolean           saving;
  gboolean           read_only;
  gboolean           may_close;
  gboolean           confidential_chosen;  /* the person set it: the kind no longer does */
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TALK_ID,
  PROP_CHILD_ID,
  PROP_KIND,
  PROP_LOADING,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenTalkEditor, haven_talk_editor, ADW_TYPE_WINDOW)

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static GPtrArray *
check_talk (HavenTalkEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_assert (HAVEN_IS_TALK_EDITOR (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return haven_record_check (self->talk, &today);
}

/* Whether the form holds anything the record does not. */
static gboolean
form_changed (HavenTalkEditor *self)
{
  g_assert (HAVEN_IS_TALK_EDITOR (self));

  if (self->talk == NULL || self->loading || self->read_only)
    return FALSE;
  for (guint i = 0; i < haven_record_get_n_fields (self->talk); i++)
    {
      const HavenField *info = haven_record_get_field_info (self->talk, i);

      if ((info->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED)) != 0)
        continue;
      if (!haven_record_field_equal (self->talk, self->loaded, i))
        return TRUE;
    }
  return FALSE;
}

static void
update_actions (HavenTalkEditor *self)
{
  gboolean ready = !self->loading && !self->saving && self->talk != NULL;

  g_assert (HAVEN_IS_TALK_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "talk.save", ready && !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "talk.print", ready && self->talk_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "talk.delete", ready && !self->read_only && self->talk_id != 0);
}

/* The phone log's fields only for a phone call. */
static void
update_kind (HavenTalkEditor *self)
{
  gboolean call = haven_record_get_int (self->talk, HAVEN_TALK_KIND) == HAVEN_TALK_FAMILY_CALL;

  g_assert (HAVEN_IS_TALK_EDITOR (self));

  gtk_widget_set_visible (GTK_WIDGET (self->call_with_row), call);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_row), call);
}

static HavenFormRow *
refresh_checks (HavenTalkEditor *self)
{
  g_autoptr(GPtrArray) problems = check_talk (self);
  HavenFormRow *first_error = NULL;

  g_assert (HAVEN_IS_TALK_EDITOR (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      const HavenProblem *problem = haven_problems_find (problems, haven_form_row_get_field (row));

      haven_form_row_set_problem (row, problem);
      if (first_error == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR)
        first_error = row;
    }
  update_kind (self);
  return first_error;
}

static gboolean
check_cb (gpointer user_data)
{
  HavenTalkEditor *self = user_data;

  self->check_source = 0;
  refresh_checks (self);
  return G_SOURCE_REMOVE;
}

static void
talk_notify_cb (HavenTalkEditor *self,
                GParamSpec      *pspec,
                HavenRecord     *talk)
{
  g_assert (HAVEN_IS_TALK_EDITOR (self));

  /* Counselling is confidential unless the person chose otherwise. */
  if (g_str_equal (pspec->name, "kind") && !self->confidential_chosen)
    {
      self->confidential_chosen = FALSE;
      g_signal_handlers_block_by_func (talk, talk_notify_cb, self);
      haven_record_set_int (talk, HAVEN_TALK_CONFIDENTIAL,
                            haven_talk_kind_is_confidential (haven_record_get_int (talk, HAVEN_TALK_KIND)));
      g_signal_handlers_unblock_by_func (talk, talk_notify_cb, self);
    }
  else if (g_str_equal (pspec->name, "confidential"))
    self->confidential_chosen = TRUE;

  if (self->check_source == 0)
    self->check_source = g_idle_add (check_cb, self);
}

static void
set_loading (HavenTalkEditor *self,
             gboolean         loading)
{
  g_assert (HAVEN_IS_TALK_EDITOR (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_talk (HavenTalkEditor *self,
           HavenRecord     *talk)
{
  HavenSession *session = haven_context_get_session (self->context);
  const char *talker = haven_record_get_string (talk, HAVEN_TALK_TALKER);
  /* A new record has no author yet: the store makes it the session's,
   * so the session always reads what it is writing. */
  gboolean withheld = self->talk_id != 0
                      && haven_record_get_int (talk, HAVEN_TALK_CONFIDENTIAL)
                      && !haven_record_may_read_secrets (talk, session);

  g_assert (HAVEN_IS_TALK_EDITOR (self));

  g_set_object (&self->loaded, talk);
  g_clear_object (&self->talk);
  self->talk = haven_record_dup (talk);
  self->confidential_chosen = self->talk_id != 0;
  self->read_only = withheld || session == NULL || !haven_session_can_write (session);

  g_signal_connect_object (self->talk, "notify", G_CALLBACK (talk_notify_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, self->talk);
      gtk_widget_set_sensitive (GTK_WIDGET (row), !self->read_only);
      if (GTK_IS_ENTRY (haven_form_row_get_editor (row)))
        gtk_entry_set_activates_default (GTK_ENTRY (haven_form_row_get_editor (row)), TRUE);
    }

  /* A new record is the session's; the store writes it so. */
  gtk_label_set_label (self->talker_label, *talker != '\0' ? talker
                                           : session != NULL ? haven_session_get_name (session) : "");

  if (withheld)
    gtk_label_set_label (self->notice_label,
                         _("This record is confidential: only its author, the counsellor and the headteacher can read what it says."));
  else if (self->read_only)
    gtk_label_set_label (self->notice_label, _("You may read this record but not change it."));
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), self->read_only);
  /* Nothing to show of what was said: not even empty boxes. */
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), !withheld);
  gtk_widget_set_visible (GTK_WIDGET (self->about_group), !withheld);

  adw_window_title_set_subtitle (self->window_title, haven_record_get_string (talk, HAVEN_TALK_CHILD_NAME));
  refresh_checks (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
  set_loading (self, FALSE);
  /* A new record was never loading: its actions wake here. */
  update_actions (self);

  /* The first thing a person fills in: the child when none is chosen,
   * else what was said. */
  {
    HavenFormRow *first = haven_form_find_row (self->rows, haven_record_get_ref (self->talk, HAVEN_TALK_CHILD_ID) == 0
                                          ? "child-id" : "content");

    if (!self->read_only && first != NULL)
      gtk_widget_grab_focus (haven_form_row_get_editor (first));
  }
}

static void
talk_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenTalkEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) talk = haven_store_load_finish (HAVEN_STORE (object), result, &error);

  if (talk == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_loading (self, FALSE);
      return;
    }
  show_talk (self, talk);
}

/* Saving */

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HavenTalkEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = haven_store_save_talk_finish (HAVEN_STORE (object), result, &error);

  self->saving = FALSE;
  update_actions (self);
  if (id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Everything typed stays: the person can try again. */
      text = g_strdup_printf (_("The record was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (widget);
  HavenFormRow *first_error;

  if (self->talk == NULL || self->saving || self->read_only)
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

  self->saving = TRUE;
  update_actions (self);
  haven_store_save_talk_async (haven_context_get_store (self->context), HAVEN_TALK (self->talk), self->cancellable,
                               save_done_cb, g_object_ref (self));
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenTalkEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_print_talks_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    haven_form_toast (self->toast_overlay, error->message, 0);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (widget);

  if (self->talk_id == 0)
    return;
  /* What is printed is what is stored, as the session may read it. */
  haven_print_talk_card_async (haven_context_get_store (self->context), GTK_WINDOW (self), self->talk_id,
                               self->cancellable, printed_cb, g_object_ref (self));
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenTalkEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_delete_finish (HAVEN_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", _("Talk record deleted"));
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_response_cb (HavenTalkEditor  *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  g_assert (HAVEN_IS_TALK_EDITOR (self));

  if (!g_str_equal (response, "delete"))
    return;
  haven_store_delete_async (haven_context_get_store (self->context), HAVEN_TYPE_TALK, self->talk_id,
                            self->cancellable, deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (widget);
  GtkWidget *dialog;

  if (self->talk_id == 0 || self->read_only)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Record?"),
                                   _("The talk record will be deleted for good. The child’s file stays."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
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
haven_talk_editor_close_request (GtkWindow *window)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (window);
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (haven_talk_editor_parent_class);

  if (self->saving && !self->may_close)
    return TRUE;
  if (self->may_close || !form_changed (self))
    return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;

  haven_form_ask_discard (window, _("What you wrote on this record has not been saved."), &self->may_close);
  return TRUE;
}

/* GObject */

static void
haven_talk_editor_constructed (GObject *object)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (object);

  G_OBJECT_CLASS (haven_talk_editor_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));
  update_actions (self);

  if (self->talk_id == 0)
    {
      g_autofree char *today = today_string ();
      g_autoptr(HavenTalk) talk = haven_talk_new_for (self->child_id, self->kind, today);

      adw_window_title_set_title (self->window_title, _("New Talk Record"));
      show_talk (self, HAVEN_RECORD (talk));
      return;
    }

  set_loading (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  haven_store_load_async (haven_context_get_store (self->context), HAVEN_TYPE_TALK, self->talk_id, self->cancellable,
                          talk_loaded_cb, g_object_ref (self));
}

static void
haven_talk_editor_dispose (GObject *object)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_TALK_EDITOR);
  g_clear_object (&self->talk);
  g_clear_object (&self->loaded);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_talk_editor_parent_class)->dispose (object);
}

static void
haven_talk_editor_finalize (GObject *object)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_talk_editor_parent_class)->finalize (object);
}

static void
haven_talk_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_TALK_ID:
      g_value_set_int64 (value, self->talk_id);
      break;
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_talk_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HavenTalkEditor *self = HAVEN_TALK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_TALK_ID:
      self->talk_id = g_value_get_int64 (value);
      break;
    case PROP_CHILD_ID:
      self->child_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_talk_editor_class_init (HavenTalkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = haven_talk_editor_constructed;
  object_class->dispose = haven_talk_editor_dispose;
  object_class->finalize = haven_talk_editor_finalize;
  object_class->get_property = haven_talk_editor_get_property;
  object_class->set_property = haven_talk_editor_set_property;
  window_class->close_request = haven_talk_editor_close_request;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, construct);
  properties[PROP_TALK_ID] = g_param_spec_int64 ("talk-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_CHILD_ID] = g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, HAVEN_TYPE_TALK_KIND, HAVEN_TALK_MONTHLY, construct);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenTalkEditor::saved:
   * @talk_id: the id of the record saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-talk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, notice_label);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, talker_label);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, call_with_row);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, minutes_row);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, confidential_row);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, about_group);
  gtk_widget_class_bind_template_child (widget_class, HavenTalkEditor, notes_group);

  gtk_widget_class_install_action (widget_class, "talk.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "talk.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "talk.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "talk.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "talk.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "talk.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "talk.cancel", NULL);
}

static void
haven_talk_editor_init (HavenTalkEditor *self)
{
  g_assert (HAVEN_IS_TALK_EDITOR (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
}

HavenTalkEditor *
haven_talk_editor_new (HavenContext  *context,
                       gint64         child_id,
                       HavenTalkKind  kind)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  return g_object_new (HAVEN_TYPE_TALK_EDITOR, "context", context, "child-id", child_id, "kind", kind, NULL);
}

HavenTalkEditor *
haven_talk_editor_new_for_talk (HavenContext *context,
                                gint64        talk_id)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (talk_id > 0, NULL);

  return g_object_new (HAVEN_TYPE_TALK_EDITOR, "context", context, "talk-id", talk_id, NULL);
}

gboolean
haven_talk_editor_get_loading (HavenTalkEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_TALK_EDITOR (self), FALSE);
  return self->loading;
}

HavenRecord *
haven_talk_editor_get_talk (HavenTalkEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_TALK_EDITOR (self), NULL);
  return self->talk;
}

HavenFormRow *
haven_talk_editor_get_row (HavenTalkEditor *self,
                           const char      *field)
{
  g_return_val_if_fail (HAVEN_IS_TALK_EDITOR (self), NULL);
  return haven_form_find_row (self->rows, field);
}

const char *
haven_talk_editor_get_field_error (HavenTalkEditor *self,
                                   const char      *field)
{
  HavenFormRow *row;
  const HavenProblem *problem;

  g_return_val_if_fail (HAVEN_IS_TALK_EDITOR (self), NULL);

  row = haven_form_find_row (self->rows, field);
  g_return_val_if_fail (row != NULL, NULL);
  problem = haven_form_row_get_problem (row);
  if (problem == NULL || !haven_form_row_get_touched (row))
    return NULL;
  return problem->message;
}

gboolean
haven_talk_editor_get_read_only (HavenTalkEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_TALK_EDITOR (self), FALSE);
  return self->read_only;
}
