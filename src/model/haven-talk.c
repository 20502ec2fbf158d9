/* haven-talk.c: a talk record (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talk"

#include "config.h"

#include "haven-child.h"
#include "haven-staff.h"
#include "haven-session.h"
#include "haven-talk.h"

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
  HAVEN_TEXT ("talker", "talker"),
  HAVEN_DATE ("date", "date"),
  HAVEN_ENUM ("kind", "kind", haven_talk_kind_get_type),
  HAVEN_FLAGS ("topics", "topics", haven_topics_get_type),
  HAVEN_ENUM ("mood", "mood", haven_mood_get_type),
  { "content", "content", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SECRET },
  { "problems", "problems", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SECRET },
  { "measures", "measures", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SECRET },
  HAVEN_DATE ("follow-up-date", "follow_up_date"),
  HAVEN_BOOL ("confidential", "confidential"),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_TALK_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_TALK_DATE), -1 };

struct _HavenTalk
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenTalk, haven_talk, HAVEN_TYPE_RECORD)

/* Counselling notes are for the people who must act on them. */
static gboolean
haven_talk_may_read_secrets (HavenRecord  *record,
                             HavenSession *session)
{
  if (!haven_record_get_int (record, HAVEN_TALK_CONFIDENTIAL))
    return TRUE;
  return haven_session_can_read_confidential (session, haven_record_get_ref (record, HAVEN_TALK_STAFF_ID));
}

static void
haven_talk_class_init (HavenTalkClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->may_read_secrets = haven_talk_may_read_secrets;
  haven_record_class_install_fields (record_class, "talk", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_talk_init (HavenTalk *self)
{
}

HavenTalk *
haven_talk_new (void)
{
  return g_object_new (HAVEN_TYPE_TALK, NULL);
}
