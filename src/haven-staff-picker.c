/* haven-staff-picker.c: choosing a staff member, searchable
 *
 * Made after the class picker: a school's staff are few enough to list
 * whole, those still working (active) only, and the drop-down searches
 * them as the teacher types. A form row of a reference to staff (an
 * activity's organiser) uses it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-staff-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-staff-picker.h"
#include "haven-staff.h"

struct _HavenStaffPicker
{
  GtkWidget      parent_instance;

  GtkDropDown   *drop_down;    /* owned child */
  GtkStringList *names;        /* owned: the none label, then the staff */
  GArray        *ids;          /* gint64, parallel to names after the first */
  HavenContext  *context;      /* owned */
  GCancellable  *cancellable;
  char          *none_label;
  gint64         staff_id;
  gboolean       filling;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STAFF_ID,
  PROP_NONE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenStaffPicker, haven_staff_picker, GTK_TYPE_WIDGET)

static void
select_staff (HavenStaffPicker *self)
{
  guint position = 0;

  g_assert (HAVEN_IS_STAFF_PICKER (self));

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == self->staff_id)
      position = i + 1;
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->drop_down, position);
  self->filling = FALSE;
}

static void
staff_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenStaffPicker) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  staff = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  g_array_set_size (self->ids, 0);
  g_ptr_array_add (names, self->none_label);
  for (guint i = 0; i < staff->len; i++)
    {
      HavenRecord *member = g_ptr_array_index (staff, i);
      gint64 id = haven_record_get_id (member);

      /* Who left stays only as the one already chosen. */
      if (!haven_record_get_int (member, HAVEN_STAFF_ACTIVE) && id != self->staff_id)
        continue;
      g_array_append_val (self->ids, id);
      g_ptr_array_add (names, (gpointer) haven_record_get_string (member, HAVEN_STAFF_NAME));
    }
  g_ptr_array_add (names, NULL);

  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->names)),
                          (const char * const *) names->pdata);
  self->filling = FALSE;
  select_staff (self);
}

static void
staff_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenStaffPicker) self = user_data;
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
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_STAFF, ids, NULL, self->cancellable,
                           staff_fetched_cb, g_object_ref (self));
}

static void
reload (HavenStaffPicker *self)
{
  g_autoptr(HavenQuery) query = haven_query_new (HAVEN_TYPE_STAFF);

  g_assert (HAVEN_IS_STAFF_PICKER (self));

  if (self->context == NULL)
    return;
  haven_store_query_async (haven_context_get_store (self->context), query, self->cancellable,
                           staff_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenStaffPicker *self,
                  GType             type,
                  gint64            id,
                  HavenStore       *store)
{
  g_assert (HAVEN_IS_STAFF_PICKER (self));

  if (type == HAVEN_TYPE_STAFF || type == HAVEN_TYPE_RECORD)
    reload (self);
}

static void
selected_cb (HavenStaffPicker *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);
  gint64 id = selected > 0 && selected <= self->ids->len ? g_array_index (self->ids, gint64, selected - 1) : 0;

  g_assert (HAVEN_IS_STAFF_PICKER (self));

  if (self->filling || id == self->staff_id)
    return;
  self->staff_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

static void
haven_staff_picker_dispose (GObject *object)
{
  HavenStaffPicker *self = HAVEN_STAFF_PICKER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer ((GtkWidget **) &self->drop_down, gtk_widget_unparent);
  g_clear_object (&self->context);
  g_clear_object (&self->names);

  G_OBJECT_CLASS (haven_staff_picker_parent_class)->dispose (object);
}

static void
haven_staff_picker_finalize (GObject *object)
{
  HavenStaffPicker *self = HAVEN_STAFF_PICKER (object);

  g_clear_object (&self->cancellable);
  g_array_unref (self->ids);
  g_free (self->none_label);

  G_OBJECT_CLASS (haven_staff_picker_parent_class)->finalize (object);
}

static void
haven_staff_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenStaffPicker *self = HAVEN_STAFF_PICKER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_staff_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenStaffPicker *self = HAVEN_STAFF_PICKER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_staff_picker_set_context (self, g_value_get_object (value));
      break;
    case PROP_STAFF_ID:
      haven_staff_picker_set_staff_id (self, g_value_get_int64 (value));
      break;
    case PROP_NONE_LABEL:
      haven_staff_picker_set_none_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_staff_picker_class_init (HavenStaffPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = haven_staff_picker_dispose;
  object_class->finalize = haven_staff_picker_finalize;
  object_class->get_property = haven_staff_picker_get_property;
  object_class->set_property = haven_staff_picker_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, flags);
  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NONE_LABEL] = g_param_spec_string ("none-label", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_staff_picker_init (HavenStaffPicker *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  g_assert (HAVEN_IS_STAFF_PICKER (self));

  self->cancellable = g_cancellable_new ();
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->none_label = g_strdup (_("Nobody"));
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
haven_staff_picker_new (void)
{
  return g_object_new (HAVEN_TYPE_STAFF_PICKER, NULL);
}

HavenContext *
haven_staff_picker_get_context (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), NULL);
  return self->context;
}

void
haven_staff_picker_set_context (HavenStaffPicker *self,
                                HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));

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
haven_staff_picker_get_staff_id (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), 0);
  return self->staff_id;
}

void
haven_staff_picker_set_staff_id (HavenStaffPicker *self,
                                 gint64            staff_id)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));

  if (self->staff_id == staff_id)
    return;
  self->staff_id = staff_id;
  select_staff (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

void
haven_staff_picker_set_none_label (HavenStaffPicker *self,
                                   const char       *label)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));

  if (label == NULL || g_strcmp0 (self->none_label, label) == 0)
    return;
  g_free (self->none_label);
  self->none_label = g_strdup (label);
  self->filling = TRUE;
  gtk_string_list_splice (self->names, 0, 1, (const char * const[]) { label, NULL });
  self->filling = FALSE;
  select_staff (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

const char *
haven_staff_picker_get_staff_name (HavenStaffPicker *self)
{
  guint selected;

  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), "");

  selected = gtk_drop_down_get_selected (self->drop_down);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return "";
  return gtk_string_list_get_string (self->names, selected);
}

GtkWidget *
haven_staff_picker_get_drop_down (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), NULL);
  return GTK_WIDGET (self->drop_down);
}
