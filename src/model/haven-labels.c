/* haven-labels.c: what a person reads for each value of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-child.h"
#include "haven-guardian.h"
#include "haven-labels.h"
#include "haven-parent.h"
#include "haven-model-enums.h"

static const char *
pick (const char * const *labels,
      guint               n_labels,
      int                 value)
{
  if (value < 0 || (guint) value >= n_labels)
    return "";
  return g_dpgettext2 (GETTEXT_PACKAGE, "value", labels[value]);
}

#define PICK(labels, value) pick (labels, G_N_ELEMENTS (labels), value)

static const char * const genders[] = { NC_("value", "Not given"), NC_("value", "Boy"), NC_("value", "Girl") };
static const char * const reasons[] = {
  NC_("value", "Not given"), NC_("value", "Both parents away"), NC_("value", "Father away"), NC_("value", "Mother away"),
  NC_("value", "One away, the other unable to care"),
};
static const char * const statuses[] = {
  /* Translators: a child's standing at the school (学籍): still a pupil here. */
  NC_("value", "On the roll"),
  /* Translators: the child has left the school. */
  NC_("value", "Left"), NC_("value", "Transferred"), NC_("value", "Graduated"),
};
static const char * const study_levels[] = {
  NC_("value", "Not given"), NC_("value", "Good"), NC_("value", "Average"),
  /* Translators: a pupil who finds school work hard (学困生). */
  NC_("value", "Struggling"),
  /* Translators: a pupil who could do much better than now (潜能生). */
  NC_("value", "Potential"),
};
static const char * const parent_roles[] = { NC_("value", "Father"), NC_("value", "Mother") };
static const char * const home_visits[] = {
  NC_("value", "Not given"), NC_("value", "Every week"), NC_("value", "Every month"), NC_("value", "A few times a year"),
  NC_("value", "Once a year"), NC_("value", "Rarely"),
};
static const char * const relationships[] = {
  NC_("value", "Other"), NC_("value", "Grandfather"), NC_("value", "Grandmother"), NC_("value", "Maternal grandfather"),
  NC_("value", "Maternal grandmother"), NC_("value", "Father"), NC_("value", "Mother"), NC_("value", "Uncle or aunt"),
  NC_("value", "Brother or sister"), NC_("value", "Other relative"), NC_("value", "Neighbour"),
  NC_("value", "Nobody: lives alone"),
};
static const char * const staff_roles[] = {
  NC_("value", "Headteacher"), NC_("value", "Class teacher"), NC_("value", "Subject teacher"), NC_("value", "Counsellor"), NC_("value", "Volunteer"),
  NC_("value", "Mentor"),
  /* Translators: a staff role that may read the records but not change them. */
  NC_("value", "Viewer"),
};
static const char * const mentor_kinds[] = {
  NC_("value", "Teacher"),
  /* Translators: another pupil's parent who mentors a child (爱心妈妈, 爱心爸爸, 代理家长). */
  NC_("value", "Caring parent"),
  /* Translators: a good pupil paired with the child (小老师, 手拉手). */
  NC_("value", "Peer buddy"), NC_("value", "Volunteer"),
};
static const char * const progress[] = {
  NC_("value", "Not given"),
  /* Translators: how a child has done since a pairing's last check. */
  NC_("value", "Better"), NC_("value", "Same"), NC_("value", "Worse"),
};
static const char * const activity_types[] = {
  NC_("value", "Other"), NC_("value", "Birthday party"), NC_("value", "Letter home"), NC_("value", "Lecture"), NC_("value", "Parent meeting"),
  NC_("value", "Home visits"), NC_("value", "Family phone call"), NC_("value", "Theme class meeting"), NC_("value", "Outing"),
  NC_("value", "Contest or show"), NC_("value", "Interest group"), NC_("value", "Festival party"), NC_("value", "Guardian training"),
};
static const char * const lecture_topics[] = {
  NC_("value", "Not given"), NC_("value", "Law"), NC_("value", "Safety"), NC_("value", "Mental health"), NC_("value", "Other"),
};
static const char * const recurrences[] = {
  /* Translators: how often an activity recurs: only once. */
  NC_("value", "Once"), NC_("value", "Every week"), NC_("value", "Every month"), NC_("value", "Every year"),
  NC_("value", "Every term"),
};
static const char * const talk_kinds[] = {
  NC_("value", "Monthly talk"), NC_("value", "Mentor talk"), NC_("value", "Counselling"), NC_("value", "Home visit"),
  NC_("value", "Family phone call"), NC_("value", "Guardian contact"), NC_("value", "Group meeting"),
};
/* The record card's 5-step scale, from 很差 to 很好. */
static const char * const moods[] = {
  NC_("value", "Not noted"), NC_("value", "Very low"), NC_("value", "Low"), NC_("value", "Steady"), NC_("value", "Good"),
  NC_("value", "Very good"),
};
static const char * const call_withs[] = {
  NC_("value", "Nobody answered"), NC_("value", "Father"), NC_("value", "Mother"), NC_("value", "Guardian"),
};
static const char * const growth_kinds[] = {
  NC_("value", "Good news"), NC_("value", "Test result"), NC_("value", "Photo"), NC_("value", "Letter"),
};
static const char * const due_rules[] = {
  NC_("value", "Class teacher’s talk"), NC_("value", "Mentor’s talk"), NC_("value", "Phone call with parents"),
  NC_("value", "Guardian contact"), NC_("value", "Home visit"), NC_("value", "Individual plan review"),
};
static const char * const due_statuses[] = {
  NC_("value", "Done"), NC_("value", "Open"), NC_("value", "Due soon"), NC_("value", "Overdue"), NC_("value", "Not asked"),
};
static const char * const due_periods[] = {
  NC_("value", "Every week"), NC_("value", "Every month"), NC_("value", "Every term"),
};
static const char * const care_risks[] = {
  NC_("value", "Guardian aged 70 or more"), NC_("value", "Guardian in poor health"), NC_("value", "Lives alone"),
  NC_("value", "Lives only with a brother or sister under 16"), NC_("value", "No phone for either parent"),
  NC_("value", "A parent has not come home for over a year"),
};
static const char * const topics[] = {
  NC_("value", "Study"), NC_("value", "Daily life"), NC_("value", "Mood"), NC_("value", "Friends"), NC_("value", "Health"), NC_("value", "Safety"), NC_("value", "Family"),
};
static const char * const missing_items[] = {
  NC_("value", "Name"), NC_("value", "Gender"), NC_("value", "Date of birth"), NC_("value", "Class"), NC_("value", "Home address"),
  NC_("value", "Why left behind"), NC_("value", "Guardian’s name"), NC_("value", "Guardian’s phone"),
  NC_("value", "A parent’s phone"), NC_("value", "Where the father works"), NC_("value", "Where the mother works"),
};

const char *haven_label_gender (HavenGender v)                { return PICK (genders, v); }
const char *haven_label_reason (HavenLeftBehindReason v)      { return PICK (reasons, v); }
const char *haven_label_status (HavenChildStatus v)           { return PICK (statuses, v); }
const char *haven_label_study_level (HavenStudyLevel v)       { return PICK (study_levels, v); }
const char *haven_label_parent_role (HavenParentRole v)       { return PICK (parent_roles, v); }
const char *haven_label_home_visits (HavenHomeVisits v)       { return PICK (home_visits, v); }
const char *haven_label_relationship (HavenRelationship v)    { return PICK (relationships, v); }
const char *haven_label_staff_role (HavenStaffRole v)         { return PICK (staff_roles, v); }
const char *haven_label_mentor_kind (HavenMentorKind v)       { return PICK (mentor_kinds, v); }
const char *haven_label_progress (HavenProgress v)            { return PICK (progress, v); }
const char *haven_label_activity_type (HavenActivityType v)   { return PICK (activity_types, v); }
const char *haven_label_recurrence (HavenRecurrence v)        { return PICK (recurrences, v); }
const char *haven_label_lecture_topic (HavenLectureTopic v)   { return PICK (lecture_topics, v); }
const char *haven_label_talk_kind (HavenTalkKind v)           { return PICK (talk_kinds, v); }
const char *haven_label_mood (HavenMood v)                    { return PICK (moods, v); }
const char *haven_label_call_with (HavenCallWith v)           { return PICK (call_withs, v); }
const char *haven_label_growth_kind (HavenGrowthKind v)       { return PICK (growth_kinds, v); }
const char *haven_label_due_rule (HavenDueRuleKind v)         { return PICK (due_rules, v); }
const char *haven_label_due_status (HavenDueStatus v)         { return PICK (due_statuses, v); }
const char *haven_label_due_period (HavenDuePeriod v)         { return PICK (due_periods, v); }

const char *
haven_label_for_flag (GType flags_type,
                      guint flag)
{
  int bit = g_bit_nth_lsf (flag, -1);

  if (bit < 0 || (flag & (flag - 1)) != 0)
    return "";
  if (flags_type == HAVEN_TYPE_TOPICS)
    return PICK (topics, bit);
  if (flags_type == HAVEN_TYPE_CARE_RISK)
    return PICK (care_risks, bit);
  return "";
}

GStrv
haven_label_care_risks (HavenCareRisk risks)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (care_risks); i++)
    if (risks & (1u << i))
      g_strv_builder_add (builder, PICK (care_risks, i));
  return g_strv_builder_end (builder);
}

const char *
haven_label_topic (HavenTopics topic)
{
  int bit = g_bit_nth_lsf (topic, -1);

  return bit < 0 ? "" : PICK (topics, bit);
}

char *
haven_label_topics (HavenTopics value)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      if (!(value & (1u << i)))
        continue;
      if (text->len > 0)
        /* Translators: separates items of a list, as in "Study, mood". */
        g_string_append (text, C_("list", ", "));
      g_string_append (text, PICK (topics, i));
    }
  return g_string_free (text, FALSE);
}

GStrv
haven_label_missing (HavenMissing missing)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (missing_items); i++)
    if (missing & (1u << i))
      g_strv_builder_add (builder, PICK (missing_items, i));
  return g_strv_builder_end (builder);
}

typedef struct
{
  const char *key;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "file.created", NC_("value", "File created") },
  { "child.name", NC_("value", "Name") },
  { "child.gender", NC_("value", "Gender") },
  { "child.birth-date", NC_("value", "Date of birth") },
  { "child.id-number", NC_("value", "Resident ID") },
  { "child.school-class-id", NC_("value", "Class") },
  { "child.student-number", NC_("value", "Student number") },
  { "child.address", NC_("value", "Home address") },
  { "child.reason", NC_("value", "Why left behind") },
  { "child.personality", NC_("value", "Personality") },
  { "child.interests", NC_("value", "Interests") },
  { "child.talents", NC_("value", "Talents") },
  { "child.health", NC_("value", "Health") },
  { "child.study-level", NC_("value", "Study") },
  { "child.study-notes", NC_("value", "Study notes") },
  { "child.boarding", NC_("value", "Boarding") },
  { "child.hardship", NC_("value", "Family hardship") },
  { "child.aid", NC_("value", "Aid received") },
  { "child.key-support", NC_("value", "Key support") },
  { "child.status", NC_("value", "On the roll") },
  { "child.left-date", NC_("value", "Date left") },
  { "child.left-reason", NC_("value", "Reason for leaving") },
  { "child.notes", NC_("value", "Notes") },
  { "father.name", NC_("value", "Father’s name") },
  { "father.away", NC_("value", "Father works away") },
  { "father.work-place", NC_("value", "Where the father works") },
  { "father.employer", NC_("value", "Father’s employer") },
  { "father.employer-address", NC_("value", "Father’s employer’s address") },
  { "father.phone", NC_("value", "Father’s phone") },
  { "father.home-visits", NC_("value", "Father comes home") },
  { "mother.name", NC_("value", "Mother’s name") },
  { "mother.away", NC_("value", "Mother works away") },
  { "mother.work-place", NC_("value", "Where the mother works") },
  { "mother.employer", NC_("value", "Mother’s employer") },
  { "mother.employer-address", NC_("value", "Mother’s employer’s address") },
  { "mother.phone", NC_("value", "Mother’s phone") },
  { "mother.home-visits", NC_("value", "Mother comes home") },
  { "guardian.name", NC_("value", "Guardian’s name") },
  { "guardian.relationship", NC_("value", "Guardian’s relationship") },
  { "guardian.occupation", NC_("value", "Guardian’s occupation") },
  { "guardian.address", NC_("value", "Guardian’s address") },
  { "guardian.phone", NC_("value", "Guardian’s phone") },
  { "guardian.health", NC_("value", "Guardian’s health") },
  { "guardian.age", NC_("value", "Guardian’s age") },
  { "guardian.entrusted", NC_("value", "Entrusted guardian") },
};

const char *
haven_label_history_field (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_strcmp0 (field_labels[i].key, key) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "value", field_labels[i].label);
  return key;
}

static GParamSpec *
history_pspec (const char *key)
{
  g_auto(GStrv) parts = g_strsplit (key, ".", 2);
  g_autoptr(GTypeClass) klass = NULL;
  GType type;

  if (g_strv_length (parts) != 2)
    return NULL;
  if (g_str_equal (parts[0], "child"))
    type = HAVEN_TYPE_CHILD;
  else if (g_str_equal (parts[0], "father") || g_str_equal (parts[0], "mother"))
    type = HAVEN_TYPE_PARENT;
  else if (g_str_equal (parts[0], "guardian"))
    type = HAVEN_TYPE_GUARDIAN;
  else
    return NULL;

  klass = g_type_class_ref (type);
  return g_object_class_find_property (G_OBJECT_CLASS (klass), parts[1]);
}

char *
haven_label_history_value (const char *key,
                           const char *value)
{
  GParamSpec *pspec = history_pspec (key);

  if (pspec == NULL || value == NULL || *value == '\0')
    return g_strdup (value != NULL ? value : "");

  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return g_strdup (g_str_equal (value, "yes") ? C_("value", "Yes") : C_("value", "No"));

  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
      GEnumValue *ev = g_enum_get_value_by_nick (enum_class, value);

      if (ev != NULL && haven_label_count (pspec->value_type) > 0)
        return g_strdup (haven_label_for (pspec->value_type, ev->value));
    }

  return g_strdup (value);
}

typedef struct
{
  GType              (*get_type) (void);
  const char * const  *labels;
  guint                n_labels;
} EnumLabels;

#define ENUM_LABELS(get_type, labels) { get_type, labels, G_N_ELEMENTS (labels) }

static const EnumLabels enum_labels[] = {
  ENUM_LABELS (haven_gender_get_type, genders),
  ENUM_LABELS (haven_left_behind_reason_get_type, reasons),
  ENUM_LABELS (haven_child_status_get_type, statuses),
  ENUM_LABELS (haven_study_level_get_type, study_levels),
  ENUM_LABELS (haven_parent_role_get_type, parent_roles),
  ENUM_LABELS (haven_home_visits_get_type, home_visits),
  ENUM_LABELS (haven_relationship_get_type, relationships),
  ENUM_LABELS (haven_staff_role_get_type, staff_roles),
  ENUM_LABELS (haven_mentor_kind_get_type, mentor_kinds),
  ENUM_LABELS (haven_progress_get_type, progress),
  ENUM_LABELS (haven_activity_type_get_type, activity_types),
  ENUM_LABELS (haven_recurrence_get_type, recurrences),
  ENUM_LABELS (haven_lecture_topic_get_type, lecture_topics),
  ENUM_LABELS (haven_talk_kind_get_type, talk_kinds),
  ENUM_LABELS (haven_mood_get_type, moods),
  ENUM_LABELS (haven_call_with_get_type, call_withs),
  ENUM_LABELS (haven_growth_kind_get_type, growth_kinds),
  ENUM_LABELS (haven_due_rule_kind_get_type, due_rules),
  ENUM_LABELS (haven_due_status_get_type, due_statuses),
  ENUM_LABELS (haven_due_period_get_type, due_periods),
};

static const EnumLabels *
find_enum (GType enum_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    if (enum_labels[i].get_type () == enum_type)
      return &enum_labels[i];
  return NULL;
}

guint
haven_label_count (GType enum_type)
{
  const EnumLabels *labels = find_enum (enum_type);

  return labels != NULL ? labels->n_labels : 0;
}

const char *
haven_label_for (GType enum_type,
                 int   value)
{
  const EnumLabels *labels = find_enum (enum_type);

  if (labels == NULL)
    return "";
  return pick (labels->labels, labels->n_labels, value);
}

char *
haven_label_join (const char *first,
                  ...)
{
  GString *text = g_string_new (NULL);
  const char *part = first;
  va_list args;

  va_start (args, first);
  for (; part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (text->len > 0)
        /* Translators: joins the parts of a line such as "Class 3 · Both parents away". */
        g_string_append (text, _(" · "));
      g_string_append (text, part);
    }
  va_end (args);
  return g_string_free (text, FALSE);
}

char *
haven_label_guardian (const char *name,
                      const char *phone)
{
  if (name == NULL)
    name = "";
  if (phone == NULL)
    phone = "";
  if (*name != '\0' && *phone == '\0')
    /* Translators: a guardian whose phone number is not on file. */
    return g_strdup_printf (_("%s (no phone)"), name);
  return haven_label_join (name, phone, NULL);
}
