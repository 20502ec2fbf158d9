/* haven-activity.c: an activity of the calendar (行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-activity"

#include "config.h"

#include "haven-staff.h"
#include "haven-term.h"
#include "haven-activity.h"

static const HavenField fields[] = {
  HAVEN_ENUM ("type", "type", haven_activity_type_get_type),
  HAVEN_TEXT ("title", "title"),
  HAVEN_TEXT ("starts-at", "starts_at"),
  HAVEN_TEXT ("ends-at", "ends_at"),
  HAVEN_TEXT ("place", "place"),
  HAVEN_REF ("organiser-id", "organiser_id", haven_staff_get_type),
  HAVEN_ENUM ("recurrence", "recurrence", haven_recurrence_get_type),
  HAVEN_DATE ("recurrence-until", "recurrence_until"),
  HAVEN_BOOL ("lunar", "lunar"),
  HAVEN_TEXT ("description", "description"),
  HAVEN_REF ("term-id", "term_id", haven_term_get_type),
  HAVEN_DERIVED ("organiser-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("n-attending", HAVEN_FIELD_INTEGER, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_ACTIVITY_N_FIELDS);

static const int order[] = { HAVEN_ACTIVITY_STARTS_AT, -1 };

HAVEN_DEFINE_RECORD (HavenActivity, haven_activity, "activity", fields, order)
