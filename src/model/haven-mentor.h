/* haven-mentor.h: a mentor (帮扶教师, 爱心妈妈, 小老师 …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table: typed fields, then the
 * fields the model computes on save, then the derived ones. */
typedef enum
{
  HAVEN_MENTOR_NAME,
  HAVEN_MENTOR_KIND,
  HAVEN_MENTOR_STAFF_ID,
  HAVEN_MENTOR_PHONE,
  HAVEN_MENTOR_ORGANISATION,
  HAVEN_MENTOR_NOTES,
  /* How many children the mentor carries; 0 for the school's default. */
  HAVEN_MENTOR_CAPACITY,
  /* A pupil mentor's own file; a parent mentor's own child. */
  HAVEN_MENTOR_CHILD_ID,
  /* The class a teacher mentor teaches; a pupil mentor's class. */
  HAVEN_MENTOR_SCHOOL_CLASS_ID,
  HAVEN_MENTOR_NAME_PINYIN,
  HAVEN_MENTOR_NAME_INITIALS,
  HAVEN_MENTOR_NAME_KEY,
  /* Children paired now (on the roll). */
  HAVEN_MENTOR_N_CHILDREN,
  /* The capacity that applies: the mentor's own, or the school's. */
  HAVEN_MENTOR_EFFECTIVE_CAPACITY,
  HAVEN_MENTOR_STAFF_NAME,
  HAVEN_MENTOR_CHILD_NAME,
  HAVEN_MENTOR_CLASS_NAME,
  HAVEN_MENTOR_N_FIELDS
} HavenMentorField;

#define HAVEN_TYPE_MENTOR (haven_mentor_get_type ())

G_DECLARE_FINAL_TYPE (HavenMentor, haven_mentor, HAVEN, MENTOR, HavenRecord)

HavenMentor *haven_mentor_new (void);

G_END_DECLS
