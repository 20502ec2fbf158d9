/* haven-concerned-class.c: a class an activity concerns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-concerned-class"

#include "config.h"

#include "haven-activity.h"
#include "haven-concerned-class.h"
#include "haven-school-class.h"

static const HavenField fields[] = {
  HAVEN_REF ("activity-id", "activity_id", haven_activity_get_type),
  HAVEN_REF ("school-class-id", "school_class_id", haven_school_class_get_type),
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_CONCERNED_CLASS_N_FIELDS);

HAVEN_DEFINE_RECORD (HavenConcernedClass, haven_concerned_class, "activity_class", fields, NULL)
