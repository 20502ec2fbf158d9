/* haven-record-picker.c: choosing one record of a type, searchable
 *
 * The base of the class and staff pickers. A school's classes or staff
 * are few enough to list whole; the drop-down searches them as the
 * teacher types. A subclass names the type, the field shown and which
 * records it offers; the first entry is "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-picker"

#include "config.h"

#include "haven-record-picker.h"

typedef struct
{
  GtkDropDown   *drop_down;    /* owned child */
  GtkStringList *names;        /* owned: the none label, then the records */
  GArray        *ids;          /* gint64, parallel to names after the first */
  HavenContext  *context;      /* owned */
  GCancellable  *cancellable;
  char          *none_label;
  gint64         record_id;
  gboolean       filling;
} HavenRecordPickerPrivate;

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_RECORD_ID,
  PROP_NONE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (HavenRecordPicker, haven_record_picker, GTK_TYPE_WIDGET)

static void
select_record (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  guint position = 0;

  g_assert (HAVEN_IS_RECORD_PICKER (self));

  for (guint i = 0; i < priv->ids->len; i++)
    if (g_array_index (priv->ids, gint64, i) == priv->record_id)
      position = i + 1;
  priv->filling = TRUE;
  gtk_drop_down_set_selected (priv->drop_down, position);
  priv->filling = FALSE;
}

static void
records_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenRecordPicker) self = user_data;
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  HavenRecordPickerClass *klass = HAVEN_RECORD_PICKER_GET_CLASS (self);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  records = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (records == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  g_array_set_size (priv->ids, 0);
  g_ptr_array_add (names, priv->none_label);
  for (guint i = 0; i < records->len; i++)
    {
      HavenRecord *record = g_ptr_array_index (records, i);
      gint64 id = haven_record_get_id (record);

      if (id != priv->record_id && klass->offers != NULL && !klass->offers (self, record))
        continue;
      g_array_append_val (priv->ids, id);
      g_ptr_array_add (names, (gpointer) haven_record_get_string (record, klass->name_field));
    }
  g_ptr_array_add (names, NULL);

  priv->filling = TRUE;
  gtk_string_list_splice (priv->names, 0, g_list_model_get_n_items (G_LIST_MODEL (priv->names)),
                          (const char * const *) names->pdata);
  priv->filling = FALSE;
  select_record (self);
}

static void
records_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenRecordPicker) self = user_data;
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
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
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_RECORD_PICKER_GET_CLASS (self)->record_type (), ids, NULL,
                           priv->cancellable, records_fetched_cb, g_object_ref (self));
}

static void
reload (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  g_autoptr(HavenQuery) query = NULL;

  g_assert (HAVEN_IS_RECORD_PICKER (self));

  if (priv->context == NULL)
    return;
  query = haven_query_new (HAVEN_RECORD_PICKER_GET_CLASS (self)->record_type ());
  haven_store_query_async (haven_context_get_store (priv->context), query, priv->cancellable,
                           records_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenRecordPicker *self,
                  GType              type,
                  gint64             id,
                  HavenStore        *store)
{
  g_assert (HAVEN_IS_RECORD_PICKER (self));

  if (type == HAVEN_RECORD_PICKER_GET_CLASS (self)->record_type () || type == HAVEN_TYPE_RECORD)
    reload (self);
}

static void
selected_cb (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  guint selected = gtk_drop_down_get_selected (priv->drop_down);
  gint64 id = selected > 0 && selected <= priv->ids->len ? g_array_index (priv->ids, gint64, selected - 1) : 0;

  g_assert (HAVEN_IS_RECORD_PICKER (self));

  if (priv->filling || id == priv->record_id)
    return;
  priv->record_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

static void
haven_record_picker_dispose (GObject *object)
{
  HavenRecordPicker *self = HAVEN_RECORD_PICKER (object);
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  g_clear_pointer ((GtkWidget **) &priv->drop_down, gtk_widget_unparent);
  g_clear_object (&priv->context);
  g_clear_object (&priv->names);

  G_OBJECT_CLASS (haven_record_picker_parent_class)->dispose (object);
}

static void
haven_record_picker_finalize (GObject *object)
{
  HavenRecordPicker *self = HAVEN_RECORD_PICKER (object);
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_clear_object (&priv->cancellable);
  g_array_unref (priv->ids);
  g_free (priv->none_label);

  G_OBJECT_CLASS (haven_record_picker_parent_class)->finalize (object);
}

static void
haven_record_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenRecordPicker *self = HAVEN_RECORD_PICKER (object);
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, priv->record_id);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, priv->none_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_picker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenRecordPicker *self = HAVEN_RECORD_PICKER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_record_picker_set_context (self, g_value_get_object (value));
      break;
    case PROP_RECORD_ID:
      haven_record_picker_set_record_id (self, g_value_get_int64 (value));
      break;
    case PROP_NONE_LABEL:
      haven_record_picker_set_none_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_picker_class_init (HavenRecordPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = haven_record_picker_dispose;
  object_class->finalize = haven_record_picker_finalize;
  object_class->get_property = haven_record_picker_get_property;
  object_class->set_property = haven_record_picker_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, flags);
  properties[PROP_RECORD_ID] = g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NONE_LABEL] = g_param_spec_string ("none-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_record_picker_init (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  g_autoptr(GtkExpression) expression = NULL;

  g_assert (HAVEN_IS_RECORD_PICKER (self));

  priv->cancellable = g_cancellable_new ();
  priv->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  priv->none_label = g_strdup ("");
  priv->names = gtk_string_list_new ((const char * const[]) { priv->none_label, NULL });

  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  priv->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (priv->names)),
                                                      g_steal_pointer (&expression)));
  gtk_drop_down_set_enable_search (priv->drop_down, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (priv->drop_down), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (priv->drop_down), GTK_WIDGET (self));
  g_signal_connect_object (priv->drop_down, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
}

HavenContext *
haven_record_picker_get_context (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD_PICKER (self), NULL);
  return priv->context;
}

void
haven_record_picker_set_context (HavenRecordPicker *self,
                                 HavenContext      *context)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD_PICKER (self));

  if (priv->context == context)
    return;
  if (priv->context != NULL)
    g_signal_handlers_disconnect_by_func (haven_context_get_store (priv->context), store_changed_cb, self);
  g_set_object (&priv->context, context);
  if (context != NULL)
    g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

gint64
haven_record_picker_get_record_id (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD_PICKER (self), 0);
  return priv->record_id;
}

void
haven_record_picker_set_record_id (HavenRecordPicker *self,
                                   gint64             record_id)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD_PICKER (self));

  if (priv->record_id == record_id)
    return;
  priv->record_id = record_id;
  select_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

void
haven_record_picker_set_none_label (HavenRecordPicker *self,
                                    const char        *label)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD_PICKER (self));

  if (label == NULL || g_strcmp0 (priv->none_label, label) == 0)
    return;
  g_free (priv->none_label);
  priv->none_label = g_strdup (label);
  priv->filling = TRUE;
  gtk_string_list_splice (priv->names, 0, 1, (const char * const[]) { label, NULL });
  priv->filling = FALSE;
  select_record (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

const char *
haven_record_picker_get_record_name (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);
  guint selected;

  g_return_val_if_fail (HAVEN_IS_RECORD_PICKER (self), "");

  selected = gtk_drop_down_get_selected (priv->drop_down);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (priv->names, selected);
}

GtkWidget *
haven_record_picker_get_drop_down (HavenRecordPicker *self)
{
  HavenRecordPickerPrivate *priv = haven_record_picker_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD_PICKER (self), NULL);
  return GTK_WIDGET (priv->drop_down);
}
