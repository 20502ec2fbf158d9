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
  HAVEN_TALK_CALL_WITH,
  HAVEN_TALK_MINUTES,
  HAVEN_TALK_CHILD_NAME,
  HAVEN_TALK_CLASS_NAME,
  HAVEN_TALK_N_FIELDS
} HavenTalkField;

/* A phone call longer than this is a typing mistake. */
#define HAVEN_TALK_MAX_MINUTES 600

#define HAVEN_TYPE_TALK (haven_talk_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalk, haven_talk, HAVEN, TALK, HavenRecord)

HavenTalk *haven_talk_new                       (void);
/* A new record of kind with child_id, dated date (YYYY-MM-DD, or NULL for
 * none yet), confidential when the kind is by default. */
HavenTalk *haven_talk_new_for                   (gint64         child_id,
                                                 HavenTalkKind  kind,
                                                 const char    *date);
/* Counselling (心理辅导) notes are confidential unless the counsellor
 * says otherwise. */
gboolean   haven_talk_kind_is_confidential      (HavenTalkKind  kind);
/* A kind by its nick ("home-visit"), or -1. */
int        haven_talk_kind_from_nick            (const char    *nick);

G_END_DECLS
