/* haven-due-rules-group.h: the school's due rules, in Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_DUE_RULES_GROUP (haven_due_rules_group_get_type ())

G_DECLARE_FINAL_TYPE (HavenDueRulesGroup, haven_due_rules_group, HAVEN, DUE_RULES_GROUP, AdwPreferencesGroup)

void       haven_due_rules_group_set_context (HavenDueRulesGroup *self,
                                              HavenContext       *context);
/* The settings shown (HavenDueSetting, in rule order), once read;
 * NULL before. */
GPtrArray *haven_due_rules_group_get_settings (HavenDueRulesGroup *self);
/* Saves what is waiting to be saved now, rather than after the pause. */
void       haven_due_rules_group_flush        (HavenDueRulesGroup *self);

G_END_DECLS
