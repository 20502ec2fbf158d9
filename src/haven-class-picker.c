/* haven-class-picker.c: choosing a class (班级), searchable
 *
 * The one place a class is picked: the archive's filter and the child's
 * form both use it (the list and search are HavenRecordPicker's).
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
  HavenRecordPicker parent_instance;
};

enum {
  PROP_0,
  PROP_CLASS_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenClassPicker, haven_class_picker, HAVEN_TYPE_RECORD_PICKER)

/* "class-id" is the base's "record-id" under the name the forms bind. */
static void
record_id_changed_cb (HavenClassPicker *self)
{
  g_assert (HAVEN_IS_CLASS_PICKER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

static void
haven_class_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CLASS_ID:
      g_value_set_int64 (value, haven_record_picker_get_record_id (HAVEN_RECORD_PICKER (object)));
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
  switch (prop_id)
    {
    case PROP_CLASS_ID:
      haven_record_picker_set_record_id (HAVEN_RECORD_PICKER (object), g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_class_picker_class_init (HavenClassPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HavenRecordPickerClass *picker_class = HAVEN_RECORD_PICKER_CLASS (klass);

  object_class->get_property = haven_class_picker_get_property;
  object_class->set_property = haven_class_picker_set_property;
  picker_class->record_type = haven_school_class_get_type;
  picker_class->name_field = HAVEN_SCHOOL_CLASS_NAME;

  properties[PROP_CLASS_ID] = g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_class_picker_init (HavenClassPicker *self)
{
  haven_record_picker_set_none_label (HAVEN_RECORD_PICKER (self), _("No class"));
  g_signal_connect (self, "notify::record-id", G_CALLBACK (record_id_changed_cb), NULL);
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
  return haven_record_picker_get_context (HAVEN_RECORD_PICKER (self));
}

void
haven_class_picker_set_context (HavenClassPicker *self,
                                 HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));
  haven_record_picker_set_context (HAVEN_RECORD_PICKER (self), context);
}

gint64
haven_class_picker_get_class_id (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), 0);
  return haven_record_picker_get_record_id (HAVEN_RECORD_PICKER (self));
}

void
haven_class_picker_set_class_id (HavenClassPicker *self,
                                 gint64            class_id)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));
  haven_record_picker_set_record_id (HAVEN_RECORD_PICKER (self), class_id);
}

void
haven_class_picker_set_none_label (HavenClassPicker *self,
                                    const char       *label)
{
  g_return_if_fail (HAVEN_IS_CLASS_PICKER (self));
  haven_record_picker_set_none_label (HAVEN_RECORD_PICKER (self), label);
}

const char *
haven_class_picker_get_class_name (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), "");
  return haven_record_picker_get_record_name (HAVEN_RECORD_PICKER (self));
}

GtkWidget *
haven_class_picker_get_drop_down (HavenClassPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_CLASS_PICKER (self), NULL);
  return haven_record_picker_get_drop_down (HAVEN_RECORD_PICKER (self));
}
