/* haven-school-class.h: a class (班级) and its class teacher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_SCHOOL_CLASS_GRADE,
  HAVEN_SCHOOL_CLASS_NAME,
  HAVEN_SCHOOL_CLASS_TEACHER_ID,
  HAVEN_SCHOOL_CLASS_TEACHER_NAME,
  HAVEN_SCHOOL_CLASS_N_CHILDREN,
  HAVEN_SCHOOL_CLASS_N_FIELDS
} HavenSchoolClassField;

#define HAVEN_TYPE_SCHOOL_CLASS (haven_school_class_get_type ())

G_DECLARE_FINAL_TYPE (HavenSchoolClass, haven_school_class, HAVEN, SCHOOL_CLASS, HavenRecord)

HavenSchoolClass *haven_school_class_new (void);

G_END_DECLS
