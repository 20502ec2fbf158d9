/* haven-talk.h: a talk record (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_TALK_CHILD_ID,
  HAVEN_TALK_STAFF_ID,
  HAVEN_TALK_TALKER,
  HAVEN_TALK_DATE,
  HAVEN_TALK_KIND,
  HAVEN_TALK_TOPICS,
  HAVEN_TALK_MOOD,
  HAVEN_TALK_CONTENT,
  HAVEN_TALK_PROBLEMS,
  HAVEN_TALK_MEASURES,
  HAVEN_TALK_FOLLOW_UP_DATE,
  HAVEN_TALK_CONFIDENTIAL,
  HAVEN_TALK_CHILD_NAME,
  HAVEN_TALK_CLASS_NAME,
  HAVEN_TALK_N_FIELDS
} HavenTalkField;

#define HAVEN_TYPE_TALK (haven_talk_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalk, haven_talk, HAVEN, TALK, HavenRecord)

HavenTalk *haven_talk_new (void);

G_END_DECLS
