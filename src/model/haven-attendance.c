/* haven-attendance.c: a child taking part in an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-attendance"

#include "config.h"

#include "haven-attendance.h"

struct _HavenAttendance
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenAttendance, haven_attendance, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "activity-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "occurrence-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "present", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "note", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "child-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "activity-title", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_ATTENDANCE_N_FIELDS);

static void
haven_attendance_class_init (HavenAttendanceClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_attendance_init (HavenAttendance *self)
{
}

HavenAttendance *
haven_attendance_new (void)
{
  return g_object_new (HAVEN_TYPE_ATTENDANCE, NULL);
}
