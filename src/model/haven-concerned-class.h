/* haven-concerned-class.h: a class an activity concerns
 *
 * An activity with no such rows concerns every child on the roll. The
 * table is activity_class.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_CONCERNED_CLASS_ACTIVITY_ID,
  HAVEN_CONCERNED_CLASS_SCHOOL_CLASS_ID,
  HAVEN_CONCERNED_CLASS_CLASS_NAME,
  HAVEN_CONCERNED_CLASS_N_FIELDS
} HavenConcernedClassField;

#define HAVEN_TYPE_CONCERNED_CLASS (haven_concerned_class_get_type ())

G_DECLARE_FINAL_TYPE (HavenConcernedClass, haven_concerned_class, HAVEN, CONCERNED_CLASS, HavenRecord)

HavenConcernedClass *haven_concerned_class_new (void);

G_END_DECLS
