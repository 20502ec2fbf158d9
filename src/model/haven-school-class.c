/* haven-school-class.c: a class (班级) and its class teacher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-school-class"

#include "config.h"

#include "haven-staff.h"
#include "haven-school-class.h"

static const HavenField fields[] = {
  HAVEN_INTEGER ("grade", "grade"),
  HAVEN_TEXT ("name", "name"),
  HAVEN_REF ("teacher-id", "teacher_id", haven_staff_get_type),
  HAVEN_DERIVED ("teacher-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("n-children", HAVEN_FIELD_INTEGER, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_SCHOOL_CLASS_N_FIELDS);

static const int order[] = { HAVEN_SCHOOL_CLASS_GRADE, HAVEN_SCHOOL_CLASS_NAME, -1 };

HAVEN_DEFINE_RECORD (HavenSchoolClass, haven_school_class, "school_class", fields, order)
