/* haven-class-picker.c: choosing a class (班级), searchable
 *
 * The one place a class is picked: the archive's filter and the child's
 * form both use it. Classes are few enough per school to list whole; the
 * drop-down searches them as the teacher types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-class-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-class-picker.h"
#include "haven-school-class.h"

struct _HavenClassPicker
{
  GtkWidget      parent_instance;

  GtkDropDown   *drop_down;    /* owned child */
  GtkStringList *names;        /* owned: the none label, then the classes */
  GArray        *ids;          /* gint64, parallel to names after the first */
  HavenContext  *context;      /* owned */
  GCancellable  *cancellable;
  char          *none_label;
  gint64         class_id;
  gboolean       filling;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CLASS_ID,
  PROP_NONE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenClassPicker, haven_class_picker, GTK_TYPE_WIDGET)

static void
select_class (HavenClassPicker *self)
{
  guint position = 0;

  g_assert (HAVEN_IS_CLASS_PICKER (self));

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == self->class_id)
      position = i + 1;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->drop_down, position);
  self->filling = FALSE;
}

static void
classes_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenClassPicker) self = user_data;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  classes = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (classes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  g_array_set_size (self->ids, 0);
  g_ptr_array_add (names, self->none_label);
  for (guint i = 0; i < classes->len; i++)
    {
      HavenRecord *klass = g_ptr_array_index (classes, i);
      gint64 id = haven_record_get_id (klass);

      g_array_append_val (self->ids, id);
      g_ptr_array_add (names, (gpointer) haven_record_get_string (klass, HAVEN_SCHOOL_CLASS_NAME));
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)),
                          (const char * const *) names->pdata);
  self->filling = FALSE;
  select_class (self);
}

static void
classes_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenClassPicker) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_SCHOOL_CLASS, ids, NULL, self->cancellable,
                           classes_fetched_cb, g_object_ref (self));
}

static void
reload (HavenClassPicker *self)
{
  g_autoptr(HavenQuery) query = haven_query_new (HAVEN_TYPE_SCHOOL_CLASS);

  g_assert (HAVEN_IS_CLASS_PICKER (self));

  if (self->context == NULL)
    return;
  haven_store_query_async (haven_context_get_store (self->context), query, self->cancellable,
                           classes_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenClassPicker *self,
                  GType             type,
                  gint64            id,
                  HavenStore       *store)
{
  g_assert (HAVEN_IS_CLASS_PICKER (self));

  if (type == HAVEN_TYPE_SCHOOL_CLASS || type == HAVEN_TYPE_RECORD)
    reload (self);
}

static void
selected_cb (HavenClassPicker *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);
  gint64 id = selected > 0 && selected <= self->ids->len ? g_array_index (self->ids, gint64, selected - 1) : 0;

  g_assert (HAVEN_IS_CLASS_PICKER (self));

  if (self->filling || id == self->class_id)
    return;
  self->class_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

static void
haven_class_picker_dispose (GObject *object)
{
  HavenClassPicker *self = HAVEN_CLASS_PICKER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer ((GtkWidget **) &self->drop_down, gtk_widget_unparent);
  g_clear_object (&self->context);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (haven_class_picker_parent_class)->dispose (object);
}

static void
haven_class_picker_finalize (GObject *object)
{
  HavenClassPicker *self = HAVEN_CLASS_PICKER (object);

  g_clear_object (&self->cancellable);
  g_array_unref (self->ids);
  g_free (self->none_label);

  G_OBJECT_CLASS (haven_class_picker_parent_class)->finalize (object);
}

static void
haven_class_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenClassPicker *self = HAVEN_CLASS_PICKER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, self->class_id);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_class_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenClassPicker *self = HAVEN_CLASS_PICKER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_class_picker_set_context (self, g_value_get_object (value));
      break;
    case PROP_CLASS_ID:
      haven_class_picker_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_NONE_LABEL:
      haven_class_picker_set_none_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_class_picker_class_init (HavenClassPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = haven_class_picker_dispose;
  object_class->finalize = haven_class_picker_finalize;
  object_class->get_property = haven_class_picker_get_property;
  object_class->set_property = haven_class_picker_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, flags);
  properties[PROP_CLASS_ID] = g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NONE_LABEL] = g_param_spec_string ("none-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_class_picker_init (HavenClassPicker *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  g_assert (HAVEN_IS_CLASS_PICKER (self));

  self->cancellable = g_cancellable_new ();
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->none_label = g_strdup (_("No class"));
  self->names = gtk_string_list_new ((const char * const[]) { self->none_label, NULL });

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  self->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->names)),
                                                      g_steal_pointer (&expression)));
  gtk_drop_down_set_enable_search (self->drop_down, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->drop_down), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->drop_down), GTK_WIDGET (self));
  g_signal_connect_object (self->drop_down, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
haven_class_picker_new (void)
{
  return g_object_new (HAVEN_TYPE_CLASS_PICKER, NULL);
}

HavenContext *
haven_class_picker_get_context (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), NULL);
  return self->context;
}

void
haven_class_picker_set_context (HavenClassPicker *self,
                                HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));

  if (self->context == context)
    return;
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (haven_context_get_store (self->context), store_changed_cb, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

gint64
haven_class_picker_get_class_id (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), 0);
  return self->class_id;
}

void
haven_class_picker_set_class_id (HavenClassPicker *self,
                                 gint64            class_id)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));

  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  select_class (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

void
haven_class_picker_set_none_label (HavenClassPicker *self,
                                   const char       *label)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));

  if (label == NULL || g_strcmp0 (self->none_label, label) == 0)
    return;
  g_free (self->none_label);
  self->none_label = g_strdup (label);
  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, 1, (const char * const[]) { label, NULL });
  self->filling = FALSE;
  select_class (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

const char *
haven_class_picker_get_class_name (HavenClassPicker *self)
{
  guint selected;

  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), "");

  selected = gtk_drop_down_get_selected (self->drop_down);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (self->names, selected);
}

GtkWidget *
haven_class_picker_get_drop_down (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), NULL);
  return GTK_WIDGET (self->drop_down);
}
