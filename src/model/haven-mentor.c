/* haven-mentor.c: a mentor (帮扶教师, 爱心妈妈, 小老师 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor"

#include "config.h"

#include "haven-staff.h"
#include "haven-mentor.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_ENUM ("kind", "kind", haven_mentor_kind_get_type),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
  HAVEN_TEXT ("phone", "phone"),
  HAVEN_TEXT ("organisation", "organisation"),
  HAVEN_TEXT ("notes", "notes"),
  HAVEN_DERIVED ("n-children", HAVEN_FIELD_INTEGER, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_MENTOR_N_FIELDS);

static const int order[] = { HAVEN_MENTOR_KIND, HAVEN_MENTOR_NAME, -1 };

HAVEN_DEFINE_RECORD (HavenMentor, haven_mentor, "mentor", fields, order)
