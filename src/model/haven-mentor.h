/* haven-mentor.h: a mentor (帮扶教师, 爱心妈妈, 小老师 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_MENTOR_NAME,
  HAVEN_MENTOR_KIND,
  HAVEN_MENTOR_STAFF_ID,
  HAVEN_MENTOR_PHONE,
  HAVEN_MENTOR_ORGANISATION,
  HAVEN_MENTOR_NOTES,
  HAVEN_MENTOR_N_CHILDREN,
  HAVEN_MENTOR_N_FIELDS
} HavenMentorField;

#define HAVEN_TYPE_MENTOR (haven_mentor_get_type ())

G_DECLARE_FINAL_TYPE (HavenMentor, haven_mentor, HAVEN, MENTOR, HavenRecord)

HavenMentor *haven_mentor_new (void);

G_END_DECLS
