/* haven-child-editor.c: add or edit a child's whole contact card (联系卡)
 *
 * The form is made of HavenFormRows, each bound to a field of a working
 * copy of the file's four records. What is wrong with the file comes from
 * the model (haven_child_file_check()), the same rules every importer
 * meets; the editor only shows it under the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-address.h"
#include "haven-child-editor.h"
#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-store-children.h"

/* The height a toast takes at the bottom of the form, in pixels. */

struct _HavenChildEditor
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
  GtkLabel          *missing_label;
  GtkImage          *missing_icon;
  HavenFormRow      *left_date_row;
  HavenFormRow      *left_reason_row;

  /* Owned */
  HavenContext      *context;
  HavenChildFile    *loaded;     /* as the store had it */
  HavenChildFile    *file;       /* the working copy the rows edit */
  GPtrArray         *rows;       /* HavenFormRow, borrowed, in form order */
  char              *guessed_village;  /* what the address last gave */
  GCancellable      *cancellable;
  gint64             child_id;
  guint              check_source;
  gboolean           loading;
  gboolean           saving;
  gboolean           may_close;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CHILD_ID,
  PROP_LOADING,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenChildEditor, haven_child_editor, ADW_TYPE_WINDOW)

static HavenFormRow *
find_row (HavenChildEditor *self,
          const char       *key)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *row_key = haven_form_row_dup_key (row);

      if (g_str_equal (row_key, key))
        return row;
    }
  return NULL;
}

static gboolean
on_roll (HavenChildEditor *self)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  return haven_record_get_int (HAVEN_RECORD (haven_child_file_get_child (self->file)), HAVEN_CHILD_STATUS)
         == HAVEN_CHILD_STATUS_CURRENT;
}

static gboolean
records_differ (HavenRecord *a,
                HavenRecord *b)
{
  for (guint i = 0; i < haven_record_get_n_fields (a); i++)
    {
      const HavenField *info = haven_record_get_field_info (a, i);

      if ((info->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED)) != 0)
        continue;
      if (!haven_record_field_equal (a, b, i))
        return TRUE;
    }
  return FALSE;
}

/* Whether the form holds anything the file does not: typing and then
 * erasing it is no change. */
static gboolean
form_changed (HavenChildEditor *self)
{
  static const char * const parts[] = { "child", "father", "mother", "guardian" };

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  if (self->file == NULL || self->loading)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (records_differ (haven_child_file_get_part (self->file, parts[i]),
                        haven_child_file_get_part (self->loaded, parts[i])))
      return TRUE;
  return FALSE;
}

/* Checks */

static GPtrArray *
check_file (HavenChildEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return haven_child_file_check (self->file, &today);
}

static void
update_missing (HavenChildEditor *self)
{
  HavenMissing missing = haven_child_file_get_missing (self->file);

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  if (missing == HAVEN_MISSING_NONE)
    {
      gtk_label_set_text (self->missing_label, _("This file is complete."));
      gtk_image_set_from_icon_name (self->missing_icon, "emblem-ok-symbolic");
    }
  else
    {
      g_auto(GStrv) labels = haven_label_missing (missing);
      /* Translators: separates the items of "This file still lacks: …". */
      g_autofree char *list = g_strjoinv (_(", "), labels);
      /* Translators: %s is a list such as "Gender, Guardian’s phone". */
      g_autofree char *text = g_strdup_printf (_("This file still lacks: %s"), list);

      gtk_label_set_text (self->missing_label, text);
      gtk_image_set_from_icon_name (self->missing_icon, "dialog-information-symbolic");
    }
}

static void
update_actions (HavenChildEditor *self)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !self->loading && !self->saving && self->file != NULL);
}

/* Shows what the model says of each field, and returns the first row
 * with an error, in form order. */
static HavenFormRow *
refresh_checks (HavenChildEditor *self)
{
  g_autoptr(GPtrArray) problems = check_file (self);
  HavenFormRow *first_error = NULL;

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *key = haven_form_row_dup_key (row);
      const HavenProblem *problem = haven_problems_find (problems, key);

      haven_form_row_set_problem (row, problem);
      if (first_error == NULL && problem != NULL && problem->severity == HAVEN_SEVERITY_ERROR)
        first_error = row;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->left_date_row), !on_roll (self));
  gtk_widget_set_visible (GTK_WIDGET (self->left_reason_row), !on_roll (self));
  update_missing (self);
  return first_error;
}

static gboolean
check_cb (gpointer user_data)
{
  HavenChildEditor *self = user_data;

  self->check_source = 0;
  refresh_checks (self);
  return G_SOURCE_REMOVE;
}

/* The village follows the address while it is the address's guess (or
 * empty); one typed by hand stays. The model guesses again on save. */
static void
address_changed_cb (HavenChildEditor *self)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (self->file));
  g_autofree char *guess = haven_address_guess_village (haven_record_get_string (child, HAVEN_CHILD_ADDRESS));
  const char *village = haven_record_get_string (child, HAVEN_CHILD_VILLAGE);

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  if (*village == '\0' || g_strcmp0 (village, self->guessed_village) == 0)
    haven_record_set_string (child, HAVEN_CHILD_VILLAGE, guess);
  g_free (self->guessed_village);
  self->guessed_village = g_steal_pointer (&guess);
}

static void
record_notify_cb (HavenChildEditor *self)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  /* A keystroke changes one field; one check for the lot, once idle. */
  if (self->check_source == 0)
    self->check_source = g_idle_add (check_cb, self);
}

/* Loading */

static void
set_loading (HavenChildEditor *self,
             gboolean          loading)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_file (HavenChildEditor *self,
           HavenChildFile   *file)
{
  static const char * const parts[] = { "child", "father", "mother", "guardian" };

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  g_set_object (&self->loaded, file);
  g_clear_object (&self->file);
  self->file = haven_child_file_dup (file);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_signal_connect_object (haven_child_file_get_part (self->file, parts[i]), "notify",
                             G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
  g_free (self->guessed_village);
  self->guessed_village = haven_address_guess_village (haven_record_get_string (haven_child_file_get_part (self->file, "child"),
                                                                               HAVEN_CHILD_ADDRESS));
  g_signal_connect_object (haven_child_file_get_child (self->file), "notify::address",
                           G_CALLBACK (address_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, haven_child_file_get_part (self->file, haven_form_row_get_part (row)));
      /* Enter in any one-line field saves. */
      if (GTK_IS_ENTRY (haven_form_row_get_editor (row)))
        gtk_entry_set_activates_default (GTK_ENTRY (haven_form_row_get_editor (row)), TRUE);
    }

  adw_window_title_set_title (self->window_title,
                              self->child_id == 0 ? _("New Child")
                              : haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (file)),
                                                         HAVEN_CHILD_NAME));
  refresh_checks (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
  set_loading (self, FALSE);
  gtk_widget_grab_focus (haven_form_row_get_editor (g_ptr_array_index (self->rows, 0)));
}

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenChildEditor) self = user_data;
  g_autoptr(HavenChildFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = haven_store_load_child_file_finish (HAVEN_STORE (object), result, &error);
  if (file == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_loading (self, FALSE);
      return;
    }
  show_file (self, file);
}

/* Saving */

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HavenChildEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 child_id;

  child_id = haven_store_save_child_file_finish (HAVEN_STORE (object), result, &error);
  self->saving = FALSE;
  update_actions (self);

  if (child_id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Everything typed stays: the person can try again. */
      text = g_strdup_printf (_("The file was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, child_id);
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (widget);
  HavenFormRow *first_error;

  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  if (self->file == NULL || self->saving)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    haven_form_row_reveal (g_ptr_array_index (self->rows, i));
  first_error = refresh_checks (self);
  if (first_error != NULL)
    {
      const HavenProblem *problem = haven_form_row_get_problem (first_error);

      /* The first wrong field takes the focus, where the person can see it. */
      haven_form_scroll_to (self->scrolled_window, GTK_WIDGET (self->form_box), GTK_WIDGET (first_error));
      gtk_widget_grab_focus (haven_form_row_get_editor (first_error));
      haven_form_toast (self->toast_overlay, problem->message, 5);
      return;
    }

  self->saving = TRUE;
  update_actions (self);
  haven_store_save_child_file_async (haven_context_get_store (self->context), self->file, self->cancellable,
                                     save_done_cb, g_object_ref (self));
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
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (haven_child_editor_parent_class);

  return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
}

static gboolean
haven_child_editor_close_request (GtkWindow *window)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (window);

  if (self->may_close)
    return chain_close_request (window);

  /* The save finishes first: it would be lost on the way otherwise. */
  if (self->saving)
    return TRUE;

  if (!form_changed (self))
    return chain_close_request (window);

  haven_form_ask_discard (window, _("What you typed in this file has not been saved."), &self->may_close);
  return TRUE;
}

/* GObject */

static void
haven_child_editor_constructed (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  G_OBJECT_CLASS (haven_child_editor_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));

  if (self->child_id == 0)
    {
      g_autoptr(HavenChildFile) file = haven_child_file_new ();
      show_file (self, file);
      return;
    }

  set_loading (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  haven_store_load_child_file_async (haven_context_get_store (self->context), self->child_id, self->cancellable,
                                     file_loaded_cb, g_object_ref (self));
}

static void
haven_child_editor_dispose (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_EDITOR);
  g_clear_object (&self->file);
  g_clear_object (&self->loaded);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_child_editor_parent_class)->dispose (object);
}

static void
haven_child_editor_finalize (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  g_clear_object (&self->cancellable);
  g_free (self->guessed_village);

  G_OBJECT_CLASS (haven_child_editor_parent_class)->finalize (object);
}

static void
haven_child_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_CHILD_ID:
      self->child_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_editor_class_init (HavenChildEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = haven_child_editor_constructed;
  object_class->dispose = haven_child_editor_dispose;
  object_class->finalize = haven_child_editor_finalize;
  object_class->get_property = haven_child_editor_get_property;
  object_class->set_property = haven_child_editor_set_property;
  window_class->close_request = haven_child_editor_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_ID] =
    g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenChildEditor::saved:
   * @child_id: the id of the child whose file was saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  /* Read as a dialog to fill in, not as a "filler". */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, missing_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, missing_icon);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, left_date_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, left_reason_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  /* Closing asks first, as Cancel does, when something was typed. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "editor.cancel", NULL);
}

static void
haven_child_editor_init (HavenChildEditor *self)
{
  g_assert (HAVEN_IS_CHILD_EDITOR (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
}

HavenChildEditor *
haven_child_editor_new (HavenContext *context,
                        gint64        child_id)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  return g_object_new (HAVEN_TYPE_CHILD_EDITOR, "context", context, "child-id", child_id, NULL);
}

gboolean
haven_child_editor_get_loading (HavenChildEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), FALSE);
  return self->loading;
}

HavenFormRow *
haven_child_editor_get_row (HavenChildEditor *self,
                            const char       *key)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), NULL);
  return find_row (self, key);
}

void
haven_child_editor_set_field_text (HavenChildEditor *self,
                                   const char       *key,
                                   const char       *text)
{
  HavenFormRow *row;
  GtkWidget *editor;

  g_return_if_fail (HAVEN_IS_CHILD_EDITOR (self));

  row = find_row (self, key);
  g_return_if_fail (row != NULL);
  editor = haven_form_row_get_editor (row);
  g_return_if_fail (GTK_IS_EDITABLE (editor));

  gtk_editable_set_text (GTK_EDITABLE (editor), text);
  haven_form_row_reveal (row);
  refresh_checks (self);
}

const char *
haven_child_editor_get_field_error (HavenChildEditor *self,
                                    const char       *key)
{
  HavenFormRow *row;
  const HavenProblem *problem;

  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), NULL);

  row = find_row (self, key);
  g_return_val_if_fail (row != NULL, NULL);
  problem = haven_form_row_get_problem (row);
  if (problem == NULL || !haven_form_row_get_touched (row))
    return NULL;
  return problem->message;
}

const char *
haven_child_editor_get_missing_text (HavenChildEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), NULL);
  return gtk_label_get_text (self->missing_label);
}
