/* haven-care-risk.c: whether a child's care is at risk, from the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-care-risk"

#include "config.h"

#include <string.h>

#include "haven-care-risk.h"

/* Words of a health note that mean the guardian cannot do much: what the
 * seeds list (年老体弱, 长期卧病, 残疾) and what teachers write. A chronic
 * illness under treatment (高血压, 糖尿病) is not on its own. */
static const char * const poor_health_words[] = {
  "差", "弱", "不便", "卧床", "卧病", "瘫", "残", "重病", "病重", "癌", "脑梗", "中风",
  "后遗症", "长期服药", "住院", "失明", "痴呆", "精神", "透析", "不能自理", "行动困难",
  "poor", "ill", "bedridden", "disabled", "frail", "stroke", "blind", "dementia",
};

gboolean
haven_care_risk_health_is_poor (const char *health)
{
  g_autofree char *lower = NULL;

  if (health == NULL || *health == '\0')
    return FALSE;

  lower = g_utf8_strdown (health, -1);
  for (guint i = 0; i < G_N_ELEMENTS (poor_health_words); i++)
    {
      const char *word = poor_health_words[i];
      const char *found = strstr (lower, word);

      /* English words only as words: "ill" is not in "still". */
      while (found != NULL && g_ascii_isalpha (*word)
             && ((found > lower && g_ascii_isalpha (found[-1])) || g_ascii_isalpha (found[strlen (word)])))
        found = strstr (found + 1, word);
      if (found != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
away_long (gboolean        away,
           HavenHomeVisits visits)
{
  return away && visits == HAVEN_HOME_VISITS_RARELY;
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

HavenCareRisk
haven_care_risk_of (const HavenCareFacts *facts)
{
  HavenCareRisk risk = HAVEN_CARE_RISK_NONE;

  g_return_val_if_fail (facts != NULL, HAVEN_CARE_RISK_NONE);

  if (facts->guardian_relationship == HAVEN_RELATIONSHIP_NOBODY)
    risk |= HAVEN_CARE_RISK_ALONE;
  else
    {
      if (facts->guardian_age >= HAVEN_CARE_RISK_OLD_AGE)
        risk |= HAVEN_CARE_RISK_GUARDIAN_OLD;
      if (haven_care_risk_health_is_poor (facts->guardian_health))
        risk |= HAVEN_CARE_RISK_GUARDIAN_ILL;
      if (facts->guardian_relationship == HAVEN_RELATIONSHIP_SIBLING
          && facts->guardian_age > 0 && facts->guardian_age < HAVEN_CARE_RISK_ADULT_AGE)
        risk |= HAVEN_CARE_RISK_SIBLING_ONLY;
    }
  if (is_blank (facts->father_phone) && is_blank (facts->mother_phone))
    risk |= HAVEN_CARE_RISK_NO_PARENT_PHONE;
  if (away_long (facts->father_away, facts->father_home_visits)
      || away_long (facts->mother_away, facts->mother_home_visits))
    risk |= HAVEN_CARE_RISK_PARENT_AWAY_LONG;
  return risk;
}

HavenCareRisk
haven_care_risk_of_file (HavenChildFile *file)
{
  HavenRecord *guardian, *father, *mother;
  HavenCareFacts facts;

  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (file), HAVEN_CARE_RISK_NONE);

  guardian = HAVEN_RECORD (haven_child_file_get_guardian (file));
  father = HAVEN_RECORD (haven_child_file_get_father (file));
  mother = HAVEN_RECORD (haven_child_file_get_mother (file));
  facts.guardian_health = haven_record_get_string (guardian, HAVEN_GUARDIAN_HEALTH);
  facts.guardian_age = haven_record_get_int (guardian, HAVEN_GUARDIAN_AGE);
  facts.guardian_relationship = haven_record_get_int (guardian, HAVEN_GUARDIAN_RELATIONSHIP);
  facts.father_phone = haven_record_get_string (father, HAVEN_PARENT_PHONE);
  facts.mother_phone = haven_record_get_string (mother, HAVEN_PARENT_PHONE);
  facts.father_away = haven_record_get_int (father, HAVEN_PARENT_AWAY);
  facts.mother_away = haven_record_get_int (mother, HAVEN_PARENT_AWAY);
  facts.father_home_visits = haven_record_get_int (father, HAVEN_PARENT_HOME_VISITS);
  facts.mother_home_visits = haven_record_get_int (mother, HAVEN_PARENT_HOME_VISITS);
  return haven_care_risk_of (&facts);
}
