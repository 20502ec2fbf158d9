/* haven-activity.c: an activity of the calendar (行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-activity"

#include "config.h"

#include "haven-activity.h"

struct _HavenActivity
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenActivity, haven_activity, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "type", HAVEN_FIELD_ENUM, haven_activity_type_get_type, HAVEN_FIELD_STORED },
  { "title", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "starts-at", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "ends-at", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "place", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "organiser-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "recurrence", HAVEN_FIELD_ENUM, haven_recurrence_get_type, HAVEN_FIELD_STORED },
  { "recurrence-until", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "lunar", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "description", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "term-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "organiser-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "n-attending", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_ACTIVITY_N_FIELDS);

static void
haven_activity_class_init (HavenActivityClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_activity_init (HavenActivity *self)
{
}

HavenActivity *
haven_activity_new (void)
{
  return g_object_new (HAVEN_TYPE_ACTIVITY, NULL);
}
