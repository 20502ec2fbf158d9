/* haven-due-setting.c: one of the school's due rules, as it is kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-due-setting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-due-setting.h"

static const HavenField fields[] = {
  HAVEN_ENUM ("rule", "rule", haven_due_rule_kind_get_type),
  HAVEN_ENUM ("period", "period", haven_due_period_get_type),
  HAVEN_INTEGER ("soon-days", "soon_days"),
  HAVEN_BOOL ("term-days-only", "term_days_only"),
  HAVEN_BOOL ("active", "active"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_DUE_SETTING_N_FIELDS);

static const int order[] = { HAVEN_DUE_SETTING_RULE, -1 };

struct _HavenDueSetting
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenDueSetting, haven_due_setting, HAVEN_TYPE_RECORD)

guint
haven_due_period_max_days (HavenDuePeriod period)
{
  switch (period)
    {
    case HAVEN_DUE_PERIOD_WEEK:
      return 7;
    case HAVEN_DUE_PERIOD_MONTH:
      return 28;
    case HAVEN_DUE_PERIOD_TERM:
    default:
      return 60;
    }
}

static void
haven_due_setting_check (HavenRecord *record,
                         const GDate *today,
                         GPtrArray   *problems)
{
  int soon = haven_record_get_int (record, HAVEN_DUE_SETTING_SOON_DAYS);
  guint most = haven_record_get_int (record, HAVEN_DUE_SETTING_RULE) == HAVEN_DUE_RULE_PLAN_REVIEW
               ? HAVEN_DUE_MAX_REVIEW_SOON_DAYS
               : haven_due_period_max_days (haven_record_get_int (record, HAVEN_DUE_SETTING_PERIOD));

  if (soon < 0 || (guint) soon > most)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("“Due soon” can start from 0 to %u day before the end.",
                                                            "“Due soon” can start from 0 to %u days before the end.",
                                                            most),
                                                  most);
      haven_problems_add (problems, "soon-days", HAVEN_SEVERITY_ERROR, message);
    }
}

static void
haven_due_setting_class_init (HavenDueSettingClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_due_setting_check;
  haven_record_class_install_fields (record_class, "due_rule", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_due_setting_init (HavenDueSetting *self)
{
  g_assert (HAVEN_IS_DUE_SETTING (self));

}

HavenDueSetting *
haven_due_setting_new (void)
{
  return g_object_new (HAVEN_TYPE_DUE_SETTING, NULL);
}

void
haven_due_setting_default (HavenDueRuleKind  kind,
                           HavenDueRule     *rule)
{
  int talk_kind = haven_due_rule_talk_kind (kind);

  g_return_if_fail (rule != NULL);

  if (talk_kind < 0 || !haven_due_rule_for_talk_kind (talk_kind, rule))
    *rule = (HavenDueRule) { HAVEN_DUE_PERIOD_MONTH, 7, FALSE };
}

void
haven_due_setting_get_rule (HavenDueSetting *self,
                            HavenDueRule    *rule)
{
  HavenRecord *record = HAVEN_RECORD (self);

  g_return_if_fail (HAVEN_IS_DUE_SETTING (self));
  g_return_if_fail (rule != NULL);

  rule->period = haven_record_get_int (record, HAVEN_DUE_SETTING_PERIOD);
  rule->soon_days = MAX (0, haven_record_get_int (record, HAVEN_DUE_SETTING_SOON_DAYS));
  rule->term_days_only = haven_record_get_int (record, HAVEN_DUE_SETTING_TERM_DAYS_ONLY);
}

int
haven_due_rule_talk_kind (HavenDueRuleKind rule)
{
  switch (rule)
    {
    case HAVEN_DUE_RULE_CLASS_TALK:       return HAVEN_TALK_MONTHLY;
    case HAVEN_DUE_RULE_MENTOR_TALK:      return HAVEN_TALK_MENTOR;
    case HAVEN_DUE_RULE_FAMILY_CALL:      return HAVEN_TALK_FAMILY_CALL;
    case HAVEN_DUE_RULE_GUARDIAN_CONTACT: return HAVEN_TALK_GUARDIAN_CONTACT;
    case HAVEN_DUE_RULE_HOME_VISIT:       return HAVEN_TALK_HOME_VISIT;
    case HAVEN_DUE_RULE_PLAN_REVIEW:
    default:                              return -1;
    }
}

gboolean
haven_due_rule_counts_talk (HavenDueRuleKind rule,
                            HavenTalkKind    kind)
{
  if (rule == HAVEN_DUE_RULE_GUARDIAN_CONTACT && kind == HAVEN_TALK_HOME_VISIT)
    return TRUE;
  return haven_due_rule_talk_kind (rule) == (int) kind;
}
