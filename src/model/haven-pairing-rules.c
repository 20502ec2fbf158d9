/* haven-pairing-rules.c: the rules of the pairing board (结对帮扶)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-rules"

#include "config.h"

#include <string.h>

#include "haven-pairing-rules.h"
#include "haven-recurrence.h"
#include "haven-session.h"

int
haven_pairing_effective_capacity (int mentor_capacity,
                                  int school_default)
{
  if (mentor_capacity > 0)
    return mentor_capacity;
  return school_default > 0 ? school_default : HAVEN_MENTOR_DEFAULT_CAPACITY;
}

gboolean
haven_pairing_has_room (int load,
                        int capacity)
{
  return load < capacity;
}

gboolean
haven_pairing_may_arrange (HavenSession *session)
{
  g_return_val_if_fail (session == NULL || HAVEN_IS_SESSION (session), FALSE);

  return session == NULL || haven_session_get_role (session) == HAVEN_STAFF_ROLE_HEADTEACHER;
}

gboolean
haven_pairing_is_current (const char *start_date,
                          const char *end_date,
                          const char *day)
{
  g_return_val_if_fail (day != NULL, FALSE);

  /* ISO dates compare as text, as the SQL compares them. */
  if (g_strcmp0 (start_date != NULL ? start_date : "", day) > 0)
    return FALSE;
  return end_date == NULL || *end_date == '\0' || strcmp (end_date, day) > 0;
}

HavenCardFlags
haven_card_flags_for (gboolean key_support,
                      int      study_level,
                      int      missing,
                      guint    care_risk)
{
  HavenCardFlags flags = HAVEN_CARD_FLAG_NONE;

  if (key_support)
    flags |= HAVEN_CARD_FLAG_KEY_SUPPORT;
  if (study_level == HAVEN_STUDY_STRUGGLING)
    flags |= HAVEN_CARD_FLAG_AT_RISK;
  if (missing > 0)
    flags |= HAVEN_CARD_FLAG_INCOMPLETE;
  if (care_risk != 0)
    flags |= HAVEN_CARD_FLAG_CARE_RISK;
  return flags;
}

/* The Monday of the week of an ISO date, as a Julian day; 0 when invalid. */
static guint32
monday_of (const char *iso)
{
  GDate date;

  if (iso == NULL || !haven_date_parse_iso (iso, &date))
    return 0;
  return g_date_get_julian (&date) - (g_date_get_weekday (&date) - G_DATE_MONDAY);
}

gboolean
haven_card_mentor_talk_overdue (const char *start_date,
                                const char *end_date,
                                const char *last_talk,
                                const char *day)
{
  guint32 today = monday_of (day);
  guint32 since = MAX (monday_of (start_date), monday_of (last_talk));

  if (today == 0 || since == 0)
    return FALSE;
  if (end_date != NULL && *end_date != '\0' && g_strcmp0 (end_date, day) < 0)
    return FALSE;
  /* The week after the reference week ended without a talk. */
  return today >= since + 14;
}

void
haven_name_search_init (HavenNameSearch *search,
                        const char      *text)
{
  g_autofree char *lower = g_utf8_strdown (text != NULL ? text : "", -1);
  GString *compact = g_string_new (NULL);

  g_return_if_fail (search != NULL);

  /* "chen shu" finds chenshufei: the spaces a person types between
   * syllables are not in the stored pinyin. */
  for (const char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (compact, *p);
  search->compact = g_string_free (compact, FALSE);
}

void
haven_name_search_clear (HavenNameSearch *search)
{
  g_return_if_fail (search != NULL);
  g_clear_pointer (&search->compact, g_free);
}

gboolean
haven_name_search_matches (const HavenNameSearch *search,
                           const char            *name,
                           const char            *pinyin,
                           const char            *initials)
{
  g_autofree char *lower_name = NULL;

  g_return_val_if_fail (search != NULL && search->compact != NULL, FALSE);

  if (*search->compact == '\0')
    return TRUE;
  if (pinyin != NULL && strstr (pinyin, search->compact) != NULL)
    return TRUE;
  if (initials != NULL && g_str_has_prefix (initials, search->compact))
    return TRUE;
  /* As SQLite's LIKE: ASCII letters of the name compare without case. */
  lower_name = g_ascii_strdown (name != NULL ? name : "", -1);
  return strstr (lower_name, search->compact) != NULL;
}
