/* haven-labels.h: what a person reads for each value of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-child-file.h"
#include "haven-due.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

/* Each returns a translated, static string; out-of-range values give "". */
const char *haven_label_gender         (HavenGender           value);
const char *haven_label_reason         (HavenLeftBehindReason value);
const char *haven_label_status         (HavenChildStatus      value);
const char *haven_label_study_level    (HavenStudyLevel       value);
const char *haven_label_parent_role    (HavenParentRole       value);
const char *haven_label_home_visits    (HavenHomeVisits       value);
const char *haven_label_relationship   (HavenRelationship     value);
const char *haven_label_staff_role     (HavenStaffRole        value);
const char *haven_label_mentor_kind    (HavenMentorKind       value);
const char *haven_label_progress       (HavenProgress         value);
const char *haven_label_activity_type  (HavenActivityType     value);
const char *haven_label_recurrence     (HavenRecurrence       value);
const char *haven_label_lecture_topic  (HavenLectureTopic     value);
const char *haven_label_talk_kind      (HavenTalkKind         value);
const char *haven_label_mood           (HavenMood             value);
const char *haven_label_topic          (HavenTopics           topic);
const char *haven_label_call_with      (HavenCallWith         value);
const char *haven_label_growth_kind    (HavenGrowthKind       value);
const char *haven_label_due_rule       (HavenDueRuleKind      value);
const char *haven_label_due_status     (HavenDueStatus        value);
const char *haven_label_due_period     (HavenDuePeriod        value);
/* One label per warning sign of a child's care, in the flags' order. */
GStrv       haven_label_care_risks     (HavenCareRisk         risks);
/* "Study, mood" — the set topics joined by the locale's list separator. */
char       *haven_label_topics         (HavenTopics           topics);
/* One label per missing item, for "this file still lacks …". */
GStrv       haven_label_missing        (HavenMissing          missing);
/* The label of a history field key such as "guardian.phone". */
const char *haven_label_history_field  (const char           *key);
/* A value of the history as a person reads it: "both-away" for the
 * field "child.reason" becomes "Both parents away", "yes" "Yes". */
char       *haven_label_history_value  (const char           *key,
                                        const char           *value);
/* Parts joined by " · ", leaving out the empty ones: no stray separator
 * ("・未填写") where something is not known. NULL ends the list. */
char       *haven_label_join           (const char           *first,
                                        ...) G_GNUC_NULL_TERMINATED;
/* A guardian as a list shows them: "奶奶 · 13800138000", the name alone
 * with a note when there is no phone, the phone alone without a name. */
char       *haven_label_guardian       (const char           *name,
                                        const char           *phone);
/* The label of one flag of a flags type labelled here (topics, care
 * risks), "" for others. */
const char *haven_label_for_flag       (GType                 flags_type,
                                        guint                 flag);
/* The number of values of an enum labelled here, for drop-downs. */
guint       haven_label_count          (GType                 enum_type);
const char *haven_label_for            (GType                 enum_type,
                                        int                   value);

G_END_DECLS
