/* haven-growth-editor.c: an entry of the growth folder, as a form
 *
 * Good news, a test result, a photo or a letter, on form rows bound to a
 * working copy of the entry; the model says what each kind needs. A photo
 * is chosen from a file and made smaller off the main thread before it
 * goes into the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-growth-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-growth-editor.h"
#include "haven-growth-entry.h"
#include "haven-photo-import.h"

struct _HavenGrowthEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkBox              *form_box;
  HavenFormRow        *subject_row;
  HavenFormRow        *score_row;
  AdwPreferencesGroup *photo_group;
  GtkPicture          *photo_picture;
  GtkLabel            *photo_message;

  /* Owned */
  HavenContext        *context;
  HavenRecord         *entry;
  GPtrArray           *rows;
  GCancellable        *cancellable;
  gint64               entry_id;
  gint64               child_id;
  HavenGrowthKind      kind;
  gboolean             loading;
  gboolean             importing;
  gboolean             saving;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ENTRY_ID,
  PROP_CHILD_ID,
  PROP_KIND,
  PROP_IMPORTING,
  PROP_LOADING,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenGrowthEditor, haven_growth_editor, ADW_TYPE_WINDOW)

static gboolean
writable (HavenGrowthEditor *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  return session != NULL && haven_session_can_write (session);
}

static void
update_actions (HavenGrowthEditor *self)
{
  gboolean ready = self->entry != NULL && !self->loading && !self->importing && !self->saving && writable (self);

  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "growth.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "growth.choose-photo", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "growth.delete", ready && self->entry_id != 0);
}

/* The first error, a copy for the caller, or NULL. */
static HavenProblem *
refresh_checks (HavenGrowthEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  const HavenProblem *photo_problem;
  const HavenProblem *first = NULL;
  int kind;
  GBytes *thumbnail;
  GDate today;

  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  if (self->entry == NULL)
    return NULL;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  problems = haven_record_check (self->entry, &today);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      const HavenProblem *problem = haven_problems_find (problems, haven_form_row_get_field (row));

      haven_form_row_set_problem (row, problem);
      if (first == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR)
        first = problem;
    }

  kind = haven_record_get_int (self->entry, HAVEN_GROWTH_ENTRY_KIND);
  gtk_widget_set_visible (GTK_WIDGET (self->subject_row), kind == HAVEN_GROWTH_TEST_RESULT);
  gtk_widget_set_visible (GTK_WIDGET (self->score_row), kind == HAVEN_GROWTH_TEST_RESULT);
  gtk_widget_set_visible (GTK_WIDGET (self->photo_group), kind == HAVEN_GROWTH_PHOTO || kind == HAVEN_GROWTH_LETTER);

  thumbnail = haven_record_get_blob (self->entry, HAVEN_GROWTH_ENTRY_THUMBNAIL);
  if (thumbnail != NULL && g_bytes_get_size (thumbnail) > 0)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (thumbnail, NULL);
      gtk_picture_set_paintable (self->photo_picture, GDK_PAINTABLE (texture));
    }
  else
    gtk_picture_set_paintable (self->photo_picture, NULL);

  photo_problem = haven_problems_find (problems, "photo");
  gtk_label_set_label (self->photo_message, photo_problem != NULL ? photo_problem->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->photo_message), photo_problem != NULL);
  if (first == NULL && photo_problem != NULL && photo_problem->severity == HAVEN_SEVERITY_ERROR)
    first = photo_problem;
  return first != NULL ? haven_problem_copy (first) : NULL;
}

static void
entry_notify_cb (HavenGrowthEditor *self)
{
  g_autoptr(HavenProblem) problem = refresh_checks (self);

  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

}

static void
show_entry (HavenGrowthEditor *self,
            HavenRecord       *entry)
{
  g_autoptr(HavenProblem) problem = NULL;

  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  g_clear_object (&self->entry);
  self->entry = haven_record_dup (entry);
  g_signal_connect_object (self->entry, "notify", G_CALLBACK (entry_notify_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, self->entry);
      gtk_widget_set_sensitive (GTK_WIDGET (row), writable (self));
    }
  adw_window_title_set_subtitle (self->window_title, haven_record_get_string (entry, HAVEN_GROWTH_ENTRY_CHILD_NAME));
  self->loading = FALSE;
  g_clear_pointer (&problem, haven_problem_free);
  problem = refresh_checks (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
entry_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenGrowthEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) entry = haven_store_load_finish (HAVEN_STORE (object), result, &error);

  if (entry == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  show_entry (self, entry);
}

/* The photo */

static void
set_importing (HavenGrowthEditor *self,
               gboolean           importing)
{
  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  self->importing = importing;
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORTING]);
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenGrowthEditor) self = user_data;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GBytes) thumbnail = NULL;
  g_autoptr(GError) error = NULL;

  if (!haven_photo_import_finish (result, &photo, &thumbnail, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text = g_strdup_printf (_("This photo could not be read: %s"), error->message);
          haven_form_toast (self->toast_overlay, text, 0);
          set_importing (self, FALSE);
        }
      return;
    }
  g_object_freeze_notify (G_OBJECT (self->entry));
  haven_record_set_blob (self->entry, HAVEN_GROWTH_ENTRY_PHOTO, photo);
  haven_record_set_blob (self->entry, HAVEN_GROWTH_ENTRY_THUMBNAIL, thumbnail);
  g_object_thaw_notify (G_OBJECT (self->entry));
  set_importing (self, FALSE);
}

void
haven_growth_editor_import_photo (HavenGrowthEditor *self,
                                  GFile             *file)
{
  g_return_if_fail (HAVEN_IS_GROWTH_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  set_importing (self, TRUE);
  haven_photo_import_async (file, self->cancellable, imported_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog   *chooser,
                     int                response,
                     HavenGrowthEditor *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        haven_growth_editor_import_photo (self, file);
    }
  g_object_unref (chooser);
}

static void
choose_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Photo"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Photos"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Saving */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenGrowthEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = haven_store_save_finish (HAVEN_STORE (object), result, &error);

  self->saving = FALSE;
  update_actions (self);
  if (id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_("The entry was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (widget);
  g_autoptr(HavenProblem) problem = NULL;

  if (self->entry == NULL || self->saving || self->importing)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  problem = refresh_checks (self);
  if (problem != NULL)
    {
      HavenFormRow *row = haven_form_find_row (self->rows, problem->key);

      haven_form_toast (self->toast_overlay, problem->message, 5);
      if (row != NULL)
        gtk_widget_grab_focus (haven_form_row_get_editor (row));
      return;
    }
  self->saving = TRUE;
  update_actions (self);
  haven_store_save_async (haven_context_get_store (self->context), self->entry, self->cancellable, saved_cb,
                          g_object_ref (self));
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenGrowthEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_delete_finish (HAVEN_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_response_cb (HavenGrowthEditor *self,
                    const char        *response,
                    AdwMessageDialog  *dialog)
{
  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  if (g_str_equal (response, "delete"))
    haven_store_delete_async (haven_context_get_store (self->context), HAVEN_TYPE_GROWTH_ENTRY, self->entry_id,
                              self->cancellable, deleted_cb, g_object_ref (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Entry?"),
                                              _("It goes from the child’s growth folder for good."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
haven_growth_editor_constructed (GObject *object)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (object);

  G_OBJECT_CLASS (haven_growth_editor_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));
  if (self->entry_id == 0)
    {
      g_autoptr(HavenGrowthEntry) entry = haven_growth_entry_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      haven_record_set_ref (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_CHILD_ID, self->child_id);
      haven_record_set_int (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_KIND, self->kind);
      haven_record_set_string (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_DATE, today);
      show_entry (self, HAVEN_RECORD (entry));
      return;
    }
  self->loading = TRUE;
  update_actions (self);
  haven_store_load_async (haven_context_get_store (self->context), HAVEN_TYPE_GROWTH_ENTRY, self->entry_id,
                          self->cancellable, entry_loaded_cb, g_object_ref (self));
}

static void
haven_growth_editor_dispose (GObject *object)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_GROWTH_EDITOR);
  g_clear_object (&self->entry);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_growth_editor_parent_class)->dispose (object);
}

static void
haven_growth_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_IMPORTING:
      g_value_set_boolean (value, self->importing);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_growth_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenGrowthEditor *self = HAVEN_GROWTH_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_ENTRY_ID:
      self->entry_id = g_value_get_int64 (value);
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
haven_growth_editor_class_init (HavenGrowthEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags readable = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = haven_growth_editor_constructed;
  object_class->dispose = haven_growth_editor_dispose;
  object_class->get_property = haven_growth_editor_get_property;
  object_class->set_property = haven_growth_editor_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, construct);
  properties[PROP_ENTRY_ID] = g_param_spec_int64 ("entry-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_CHILD_ID] = g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, HAVEN_TYPE_GROWTH_KIND, HAVEN_GROWTH_GOOD_NEWS,
                                             construct);
  properties[PROP_IMPORTING] = g_param_spec_boolean ("importing", NULL, NULL, FALSE, readable);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, readable);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenGrowthEditor::saved:
   * @entry_id: the id of the entry saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-growth-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, score_row);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, photo_group);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, photo_picture);
  gtk_widget_class_bind_template_child (widget_class, HavenGrowthEditor, photo_message);

  gtk_widget_class_install_action (widget_class, "growth.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "growth.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "growth.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "growth.choose-photo", NULL, choose_photo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "growth.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "growth.cancel", NULL);
}

static void
haven_growth_editor_init (HavenGrowthEditor *self)
{
  g_assert (HAVEN_IS_GROWTH_EDITOR (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
}

HavenGrowthEditor *
haven_growth_editor_new (HavenContext    *context,
                         gint64           child_id,
                         HavenGrowthKind  kind)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  return g_object_new (HAVEN_TYPE_GROWTH_EDITOR, "context", context, "child-id", child_id, "kind", kind, NULL);
}

HavenGrowthEditor *
haven_growth_editor_new_for_entry (HavenContext *context,
                                   gint64        entry_id)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  return g_object_new (HAVEN_TYPE_GROWTH_EDITOR, "context", context, "entry-id", entry_id, NULL);
}

HavenRecord *
haven_growth_editor_get_entry (HavenGrowthEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_GROWTH_EDITOR (self), NULL);
  return self->entry;
}

HavenFormRow *
haven_growth_editor_get_row (HavenGrowthEditor *self,
                             const char        *field)
{
  g_return_val_if_fail (HAVEN_IS_GROWTH_EDITOR (self), NULL);
  return haven_form_find_row (self->rows, field);
}

gboolean
haven_growth_editor_get_importing (HavenGrowthEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_GROWTH_EDITOR (self), FALSE);
  return self->importing;
}

gboolean
haven_growth_editor_get_loading (HavenGrowthEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_GROWTH_EDITOR (self), FALSE);
  return self->loading;
}
