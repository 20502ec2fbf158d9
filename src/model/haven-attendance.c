/* haven-attendance.c: a child taking part in an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-attendance"

#include "config.h"

#include "haven-activity.h"
#include "haven-child.h"
#include "haven-attendance.h"

static const HavenField fields[] = {
  HAVEN_REF ("activity-id", "activity_id", haven_activity_get_type),
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_DATE ("occurrence-date", "occurrence_date"),
  HAVEN_BOOL ("present", "present"),
  HAVEN_TEXT ("note", "note"),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("activity-title", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_ATTENDANCE_N_FIELDS);


HAVEN_DEFINE_RECORD (HavenAttendance, haven_attendance, "attendance", fields, NULL)
