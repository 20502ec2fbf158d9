/* haven-staff-picker.c: choosing a staff member, searchable
 *
 * Those still working (active) only; a form row of a reference to staff
 * (an activity's organiser) uses it (the list and search are
 * HavenRecordPicker's).
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
  HavenRecordPicker parent_instance;
};

enum {
  PROP_0,
  PROP_STAFF_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenStaffPicker, haven_staff_picker, HAVEN_TYPE_RECORD_PICKER)

/* Who left stays only as the one already chosen (the base keeps it). */
static gboolean
offers_staff (HavenRecordPicker *picker,
              HavenRecord       *member)
{
  return haven_record_get_int (member, HAVEN_STAFF_ACTIVE);
}

/* "staff-id" is the base's "record-id" under the name the forms bind. */
static void
record_id_changed_cb (HavenStaffPicker *self)
{
  g_assert (HAVEN_IS_STAFF_PICKER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

static void
haven_staff_picker_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, haven_record_picker_get_record_id (HAVEN_RECORD_PICKER (object)));
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
  switch (prop_id)
    {
    case PROP_STAFF_ID:
      haven_record_picker_set_record_id (HAVEN_RECORD_PICKER (object), g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_staff_picker_class_init (HavenStaffPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  HavenRecordPickerClass *picker_class = HAVEN_RECORD_PICKER_CLASS (klass);

  object_class->get_property = haven_staff_picker_get_property;
  object_class->set_property = haven_staff_picker_set_property;
  picker_class->record_type = haven_staff_get_type;
  picker_class->name_field = HAVEN_STAFF_NAME;
  picker_class->offers = offers_staff;

  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_staff_picker_init (HavenStaffPicker *self)
{
  haven_record_picker_set_none_label (HAVEN_RECORD_PICKER (self), _("Nobody"));
  g_signal_connect (self, "notify::record-id", G_CALLBACK (record_id_changed_cb), NULL);
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
  return haven_record_picker_get_context (HAVEN_RECORD_PICKER (self));
}

void
haven_staff_picker_set_context (HavenStaffPicker *self,
                                 HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));
  haven_record_picker_set_context (HAVEN_RECORD_PICKER (self), context);
}

gint64
haven_staff_picker_get_staff_id (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), 0);
  return haven_record_picker_get_record_id (HAVEN_RECORD_PICKER (self));
}

void
haven_staff_picker_set_staff_id (HavenStaffPicker *self,
                                 gint64            staff_id)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));
  haven_record_picker_set_record_id (HAVEN_RECORD_PICKER (self), staff_id);
}

void
haven_staff_picker_set_none_label (HavenStaffPicker *self,
                                    const char       *label)
{
  g_return_if_fail (HAVEN_IS_STAFF_PICKER (self));
  haven_record_picker_set_none_label (HAVEN_RECORD_PICKER (self), label);
}

const char *
haven_staff_picker_get_staff_name (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), "");
  return haven_record_picker_get_record_name (HAVEN_RECORD_PICKER (self));
}

GtkWidget *
haven_staff_picker_get_drop_down (HavenStaffPicker *self)
{
  g_return_val_if_fail (HAVEN_IS_STAFF_PICKER (self), NULL);
  return haven_record_picker_get_drop_down (HAVEN_RECORD_PICKER (self));
}
