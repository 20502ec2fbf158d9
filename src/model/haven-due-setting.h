/* haven-due-setting.h: one of the school's due rules, as it is kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-due.h"
#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table. */
typedef enum
{
  HAVEN_DUE_SETTING_RULE,
  HAVEN_DUE_SETTING_PERIOD,
  HAVEN_DUE_SETTING_SOON_DAYS,
  HAVEN_DUE_SETTING_TERM_DAYS_ONLY,
  HAVEN_DUE_SETTING_ACTIVE,
  HAVEN_DUE_SETTING_N_FIELDS
} HavenDueSettingField;

/* "Due soon" never starts earlier than this before a review date. */
#define HAVEN_DUE_MAX_REVIEW_SOON_DAYS 60

#define HAVEN_TYPE_DUE_SETTING (haven_due_setting_get_type ())

G_DECLARE_FINAL_TYPE (HavenDueSetting, haven_due_setting, HAVEN, DUE_SETTING, HavenRecord)

HavenDueSetting *haven_due_setting_new           (void);
/* The seeds' default of a rule (a plan review is due soon 7 days ahead of
 * its date; its period is unused). */
void             haven_due_setting_default       (HavenDueRuleKind  kind,
                                                  HavenDueRule     *rule);
/* The rule as a setting describes it. */
void             haven_due_setting_get_rule      (HavenDueSetting  *self,
                                                  HavenDueRule     *rule);
/* Whether a talk of this kind is what the rule asks for: a guardian
 * contact is also made on a home visit. A plan review is no talk. */
gboolean         haven_due_rule_counts_talk      (HavenDueRuleKind  rule,
                                                  HavenTalkKind     kind);
/* The kind of record that meets the rule, for "record it now"; -1 for
 * a plan review. */
int              haven_due_rule_talk_kind        (HavenDueRuleKind  rule);
/* How many days a period has at most, the longest a soon window can be. */
guint            haven_due_period_max_days       (HavenDuePeriod    period);

G_END_DECLS
