/* haven-talk.c: a talk record (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talk"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-child.h"
#include "haven-record-rules.h"
#include "haven-staff.h"
#include "haven-session.h"
#include "haven-talk.h"
#include "haven-validate.h"

#define SECRET (HAVEN_FIELD_STORED | HAVEN_FIELD_SECRET)

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
  HAVEN_TEXT ("talker", "talker"),
  HAVEN_DATE ("date", "date"),
  HAVEN_ENUM ("kind", "kind", haven_talk_kind_get_type),
  HAVEN_FLAGS ("topics", "topics", haven_topics_get_type),
  HAVEN_ENUM ("mood", "mood", haven_mood_get_type),
  { "content", "content", HAVEN_FIELD_TEXT, NULL, SECRET },
  { "problems", "problems", HAVEN_FIELD_TEXT, NULL, SECRET },
  { "measures", "measures", HAVEN_FIELD_TEXT, NULL, SECRET },
  HAVEN_DATE ("follow-up-date", "follow_up_date"),
  HAVEN_BOOL ("confidential", "confidential"),
  /* The family phone log (亲情电话): who answered, and for how long. */
  HAVEN_ENUM ("call-with", "call_with", haven_call_with_get_type),
  HAVEN_INTEGER ("minutes", "minutes"),
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
haven_talk_check (HavenRecord *record,
                  const GDate *today,
                  GPtrArray   *problems)
{
  const char *date = haven_record_get_string (record, HAVEN_TALK_DATE);
  const char *follow_up = haven_record_get_string (record, HAVEN_TALK_FOLLOW_UP_DATE);
  int kind = haven_record_get_int (record, HAVEN_TALK_KIND);
  int minutes = haven_record_get_int (record, HAVEN_TALK_MINUTES);
  GDate day;

  if (haven_record_get_ref (record, HAVEN_TALK_CHILD_ID) == 0)
    haven_problems_add (problems, "child-id", HAVEN_SEVERITY_ERROR, _("Please choose the child."));

  if (haven_rules_is_blank (record, HAVEN_TALK_DATE))
    haven_problems_add (problems, "date", HAVEN_SEVERITY_ERROR,
                        _("Please enter the day of the talk, for example 2026-11-20."));
  else if (haven_validate_date (date, &day, NULL) && g_date_compare (&day, today) > 0)
    haven_problems_add (problems, "date", HAVEN_SEVERITY_ERROR,
                        _("This day has not come yet: a talk is recorded once it has taken place."));

  /* ISO dates compare as text. */
  if (*follow_up != '\0' && haven_validate_date (follow_up, NULL, NULL)
      && haven_validate_date (date, NULL, NULL) && strcmp (follow_up, date) < 0)
    haven_problems_add (problems, "follow-up-date", HAVEN_SEVERITY_ERROR,
                        _("The follow-up comes before the talk itself."));

  if (minutes < 0 || minutes > HAVEN_TALK_MAX_MINUTES)
    haven_problems_add (problems, "minutes", HAVEN_SEVERITY_ERROR,
                        _("Please give the length of the call in minutes, up to 600."));

  /* A record card is filled in detail; a phone log line may stay short.
   * A warning only: what happened is worth keeping even half written. */
  if (kind != HAVEN_TALK_FAMILY_CALL && haven_rules_is_blank (record, HAVEN_TALK_CONTENT))
    haven_problems_add (problems, "content", HAVEN_SEVERITY_WARNING,
                        _("The record card asks for what was said, in some detail."));
}

static void
haven_talk_class_init (HavenTalkClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_talk_check;
  record_class->normalise = haven_rules_trim_texts;
  record_class->may_read_secrets = haven_talk_may_read_secrets;
  haven_record_class_install_fields (record_class, "talk", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_talk_init (HavenTalk *self)
{
  g_assert (HAVEN_IS_TALK (self));

}

HavenTalk *
haven_talk_new (void)
{
  return g_object_new (HAVEN_TYPE_TALK, NULL);
}

gboolean
haven_talk_kind_is_confidential (HavenTalkKind kind)
{
  return kind == HAVEN_TALK_COUNSELLING;
}

HavenTalk *
haven_talk_new_for (gint64         child_id,
                    HavenTalkKind  kind,
                    const char    *date)
{
  HavenTalk *talk = haven_talk_new ();
  HavenRecord *record = HAVEN_RECORD (talk);

  haven_record_set_ref (record, HAVEN_TALK_CHILD_ID, child_id);
  haven_record_set_int (record, HAVEN_TALK_KIND, kind);
  haven_record_set_int (record, HAVEN_TALK_CONFIDENTIAL, haven_talk_kind_is_confidential (kind));
  if (kind == HAVEN_TALK_FAMILY_CALL)
    haven_record_set_int (record, HAVEN_TALK_CALL_WITH, HAVEN_CALL_WITH_FATHER);
  if (date != NULL)
    haven_record_set_string (record, HAVEN_TALK_DATE, date);
  return talk;
}

int
haven_talk_kind_from_nick (const char *nick)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (HAVEN_TYPE_TALK_KIND);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (enum_class, nick) : NULL;

  return value != NULL ? value->value : -1;
}
