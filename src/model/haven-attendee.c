/* haven-attendee.c: a child on an occurrence's attendance sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-attendee"

#include "config.h"

#include "haven-attendee.h"

struct _HavenAttendee
{
  GObject   parent_instance;

  gint64    child_id;
  gint64    class_id;
  char     *name;
  char     *class_name;
  gboolean  concerned;
  gboolean  recorded;
  gboolean  present;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_CLASS_NAME,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenAttendee, haven_attendee, G_TYPE_OBJECT)

static void
haven_attendee_finalize (GObject *object)
{
  HavenAttendee *self = HAVEN_ATTENDEE (object);

  g_free (self->name);
  g_free (self->class_name);

  G_OBJECT_CLASS (haven_attendee_parent_class)->finalize (object);
}

static void
haven_attendee_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HavenAttendee *self = HAVEN_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CLASS_NAME:
      g_value_set_string (value, self->class_name);
      break;
    case PROP_PRESENT:
      g_value_set_boolean (value, self->present);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_attendee_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HavenAttendee *self = HAVEN_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_PRESENT:
      haven_attendee_set_present (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_attendee_class_init (HavenAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = haven_attendee_finalize;
  object_class->get_property = haven_attendee_get_property;
  object_class->set_property = haven_attendee_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASS_NAME] =
    g_param_spec_string ("class-name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_attendee_init (HavenAttendee *self)
{
  g_assert (HAVEN_IS_ATTENDEE (self));

}

HavenAttendee *
haven_attendee_new (gint64      child_id,
                    const char *name,
                    gint64      class_id,
                    const char *class_name,
                    gboolean    concerned,
                    gboolean    recorded,
                    gboolean    present)
{
  HavenAttendee *self = g_object_new (HAVEN_TYPE_ATTENDEE, NULL);

  self->child_id = child_id;
  self->name = g_strdup (name != NULL ? name : "");
  self->class_id = class_id;
  self->class_name = g_strdup (class_name != NULL ? class_name : "");
  self->concerned = concerned;
  self->recorded = recorded;
  self->present = present;
  return self;
}

gint64
haven_attendee_get_child_id (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), 0);
  return self->child_id;
}

const char *
haven_attendee_get_name (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), NULL);
  return self->name;
}

gint64
haven_attendee_get_class_id (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), 0);
  return self->class_id;
}

const char *
haven_attendee_get_class_name (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), NULL);
  return self->class_name;
}

gboolean
haven_attendee_get_concerned (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), FALSE);
  return self->concerned;
}

gboolean
haven_attendee_get_recorded (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), FALSE);
  return self->recorded;
}

gboolean
haven_attendee_get_present (HavenAttendee *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDEE (self), FALSE);
  return self->present;
}

void
haven_attendee_set_present (HavenAttendee *self,
                            gboolean       present)
{
  g_return_if_fail (HAVEN_IS_ATTENDEE (self));

  present = !!present;
  if (self->present == present)
    return;
  self->present = present;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
}
