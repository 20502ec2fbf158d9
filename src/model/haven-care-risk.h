/* haven-care-risk.h: whether a child's care is at risk, from the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-child-file.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

/* A guardian this old or older is a risk to the child's care. */
#define HAVEN_CARE_RISK_OLD_AGE 70
/* A brother or sister younger than this is no guardian. */
#define HAVEN_CARE_RISK_ADULT_AGE 16
/* Changes whenever the rules below change, so stored flags are redone. */
#define HAVEN_CARE_RISK_RULES_VERSION "1"

/* What the rules read of a file: the guardian and both parents. Strings
 * may be NULL. */
typedef struct
{
  const char        *guardian_health;
  int                guardian_age;           /* 0: not known */
  HavenRelationship  guardian_relationship;
  const char        *father_phone;
  const char        *mother_phone;
  gboolean           father_away;
  gboolean           mother_away;
  HavenHomeVisits    father_home_visits;
  HavenHomeVisits    mother_home_visits;
} HavenCareFacts;

/* The seeds' warning signs:
 * - a guardian aged HAVEN_CARE_RISK_OLD_AGE or more, or in poor health;
 * - a child living alone (the guardian is "nobody"), or only with a
 *   brother or sister younger than HAVEN_CARE_RISK_ADULT_AGE;
 * - no phone for either parent;
 * - a parent who works away and comes home less than once a year. */
HavenCareRisk  haven_care_risk_of             (const HavenCareFacts *facts);
HavenCareRisk  haven_care_risk_of_file        (HavenChildFile       *file);
/* Whether a guardian's health as typed names a condition that keeps them
 * from looking after a child: bedridden, disabled, paralysed, after a
 * stroke, poor sight, needing lasting treatment (卧床, 残疾, 瘫痪, 中风,
 * 视力差, 长期服药 …). "高血压" alone is not poor health. */
gboolean       haven_care_risk_health_is_poor (const char           *health);

G_END_DECLS
