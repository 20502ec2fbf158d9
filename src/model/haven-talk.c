/* haven-talk.c: a talk record (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talk"

#include "config.h"

#include "haven-talk.h"

struct _HavenTalk
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenTalk, haven_talk, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "staff-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "talker", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "kind", HAVEN_FIELD_ENUM, haven_talk_kind_get_type, HAVEN_FIELD_STORED },
  { "topics", HAVEN_FIELD_FLAGS, haven_topics_get_type, HAVEN_FIELD_STORED },
  { "mood", HAVEN_FIELD_ENUM, haven_mood_get_type, HAVEN_FIELD_STORED },
  { "content", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "problems", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "measures", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "follow-up-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "confidential", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "child-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "class-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_TALK_N_FIELDS);

static void
haven_talk_class_init (HavenTalkClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
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
