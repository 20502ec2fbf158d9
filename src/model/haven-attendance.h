/* haven-attendance.h: a child taking part in an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_ATTENDANCE_ACTIVITY_ID,
  HAVEN_ATTENDANCE_CHILD_ID,
  HAVEN_ATTENDANCE_OCCURRENCE_DATE,
  HAVEN_ATTENDANCE_PRESENT,
  HAVEN_ATTENDANCE_NOTE,
  HAVEN_ATTENDANCE_CHILD_NAME,
  HAVEN_ATTENDANCE_ACTIVITY_TITLE,
  HAVEN_ATTENDANCE_N_FIELDS
} HavenAttendanceField;

#define HAVEN_TYPE_ATTENDANCE (haven_attendance_get_type ())

G_DECLARE_FINAL_TYPE (HavenAttendance, haven_attendance, HAVEN, ATTENDANCE, HavenRecord)

HavenAttendance *haven_attendance_new (void);

G_END_DECLS
