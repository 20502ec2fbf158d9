/* haven-pairing.c: a mentor paired with a child (结对)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing"

#include "config.h"

#include "haven-child.h"
#include "haven-mentor.h"
#include "haven-pairing.h"

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("mentor-id", "mentor_id", haven_mentor_get_type),
  HAVEN_DATE ("start-date", "start_date"),
  HAVEN_DATE ("end-date", "end_date"),
  HAVEN_TEXT ("plan-schedule", "plan_schedule"),
  HAVEN_TEXT ("plan-content", "plan_content"),
  HAVEN_TEXT ("plan-goal", "plan_goal"),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("mentor-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("mentor-kind", HAVEN_FIELD_ENUM, haven_mentor_kind_get_type),
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_N_FIELDS);


HAVEN_DEFINE_RECORD (HavenPairing, haven_pairing, "pairing", fields, NULL)
