/* haven-activity.h: an activity of the calendar (行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_ACTIVITY_TYPE,
  HAVEN_ACTIVITY_TITLE,
  HAVEN_ACTIVITY_STARTS_AT,
  HAVEN_ACTIVITY_ENDS_AT,
  HAVEN_ACTIVITY_PLACE,
  HAVEN_ACTIVITY_ORGANISER_ID,
  HAVEN_ACTIVITY_RECURRENCE,
  HAVEN_ACTIVITY_RECURRENCE_UNTIL,
  HAVEN_ACTIVITY_LUNAR,
  HAVEN_ACTIVITY_DESCRIPTION,
  HAVEN_ACTIVITY_TERM_ID,
  HAVEN_ACTIVITY_ORGANISER_NAME,
  HAVEN_ACTIVITY_N_ATTENDING,
  HAVEN_ACTIVITY_N_FIELDS
} HavenActivityField;

#define HAVEN_TYPE_ACTIVITY (haven_activity_get_type ())

G_DECLARE_FINAL_TYPE (HavenActivity, haven_activity, HAVEN, ACTIVITY, HavenRecord)

HavenActivity *haven_activity_new (void);

G_END_DECLS
