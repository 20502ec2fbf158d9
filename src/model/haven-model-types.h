/* haven-model-types.h: forward typedefs and the enums of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _HavenDb HavenDb;
typedef struct _HavenSession HavenSession;

typedef enum
{
  HAVEN_GENDER_UNKNOWN,
  HAVEN_GENDER_MALE,
  HAVEN_GENDER_FEMALE,
} HavenGender;

/* Why a child is left behind (留守类型). */
typedef enum
{
  HAVEN_LEFT_BEHIND_UNKNOWN,
  HAVEN_LEFT_BEHIND_BOTH_AWAY,
  HAVEN_LEFT_BEHIND_FATHER_AWAY,
  HAVEN_LEFT_BEHIND_MOTHER_AWAY,
  HAVEN_LEFT_BEHIND_OTHER_UNABLE,
} HavenLeftBehindReason;

/* Whether the child is still on the school's roll. */
typedef enum
{
  HAVEN_CHILD_STATUS_CURRENT,
  HAVEN_CHILD_STATUS_LEFT,
  HAVEN_CHILD_STATUS_TRANSFERRED,
  HAVEN_CHILD_STATUS_GRADUATED,
} HavenChildStatus;

/* 学业: 学困生 struggling, 潜能生 potential. */
typedef enum
{
  HAVEN_STUDY_UNKNOWN,
  HAVEN_STUDY_GOOD,
  HAVEN_STUDY_AVERAGE,
  HAVEN_STUDY_STRUGGLING,
  HAVEN_STUDY_POTENTIAL,
} HavenStudyLevel;

typedef enum
{
  HAVEN_PARENT_ROLE_FATHER,
  HAVEN_PARENT_ROLE_MOTHER,
} HavenParentRole;

typedef enum
{
  HAVEN_HOME_VISITS_UNKNOWN,
  HAVEN_HOME_VISITS_WEEKLY,
  HAVEN_HOME_VISITS_MONTHLY,
  HAVEN_HOME_VISITS_SEASONALLY,
  HAVEN_HOME_VISITS_YEARLY,
  HAVEN_HOME_VISITS_RARELY,
} HavenHomeVisits;

typedef enum
{
  HAVEN_RELATIONSHIP_OTHER,
  HAVEN_RELATIONSHIP_GRANDFATHER,
  HAVEN_RELATIONSHIP_GRANDMOTHER,
  HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER,
  HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER,
  HAVEN_RELATIONSHIP_FATHER,
  HAVEN_RELATIONSHIP_MOTHER,
  HAVEN_RELATIONSHIP_UNCLE_AUNT,
  HAVEN_RELATIONSHIP_SIBLING,
  HAVEN_RELATIONSHIP_RELATIVE,
  HAVEN_RELATIONSHIP_NEIGHBOUR,
  /* Nobody looks after the child, who lives alone; stored: add at the end. */
  HAVEN_RELATIONSHIP_NOBODY,
} HavenRelationship;

typedef enum
{
  HAVEN_STAFF_ROLE_HEADTEACHER,
  HAVEN_STAFF_ROLE_CLASS_TEACHER,
  HAVEN_STAFF_ROLE_SUBJECT_TEACHER,
  HAVEN_STAFF_ROLE_COUNSELLOR,
  HAVEN_STAFF_ROLE_VOLUNTEER,
  /* Mentors only: a subject teacher or a volunteer who mentors children. */
  HAVEN_STAFF_ROLE_MENTOR,
  /* Reads the archive and the calendar; writes nothing. */
  HAVEN_STAFF_ROLE_VIEWER,
} HavenStaffRole;

/* 结对类型 */
typedef enum
{
  HAVEN_MENTOR_KIND_TEACHER,
  HAVEN_MENTOR_KIND_CARING_PARENT,
  HAVEN_MENTOR_KIND_PEER,
  HAVEN_MENTOR_KIND_VOLUNTEER,
} HavenMentorKind;

typedef enum
{
  HAVEN_PROGRESS_UNKNOWN,
  HAVEN_PROGRESS_BETTER,
  HAVEN_PROGRESS_SAME,
  HAVEN_PROGRESS_WORSE,
} HavenProgress;

typedef enum
{
  HAVEN_ACTIVITY_OTHER,
  HAVEN_ACTIVITY_BIRTHDAY_PARTY,
  HAVEN_ACTIVITY_LETTER_HOME,
  HAVEN_ACTIVITY_LECTURE,
  HAVEN_ACTIVITY_PARENT_MEETING,
  HAVEN_ACTIVITY_HOME_VISITS,
  HAVEN_ACTIVITY_FAMILY_CALL,
  HAVEN_ACTIVITY_CLASS_MEETING,
  HAVEN_ACTIVITY_OUTING,
  HAVEN_ACTIVITY_CONTEST,
  HAVEN_ACTIVITY_INTEREST_GROUP,
  HAVEN_ACTIVITY_FESTIVAL_PARTY,
  HAVEN_ACTIVITY_GUARDIAN_TRAINING,   /* values are stored: add at the end */
} HavenActivityType;

/* What a lecture (讲座) is about. */
typedef enum
{
  HAVEN_LECTURE_NONE,
  HAVEN_LECTURE_LAW,
  HAVEN_LECTURE_SAFETY,
  HAVEN_LECTURE_MENTAL_HEALTH,
  HAVEN_LECTURE_OTHER,
} HavenLectureTopic;

typedef enum
{
  HAVEN_RECURRENCE_NONE,
  HAVEN_RECURRENCE_WEEKLY,
  HAVEN_RECURRENCE_MONTHLY,
  HAVEN_RECURRENCE_YEARLY,
  HAVEN_RECURRENCE_TERMLY,   /* once a term; values are stored: add at the end */
} HavenRecurrence;

typedef enum
{
  HAVEN_TALK_MONTHLY,
  HAVEN_TALK_MENTOR,
  HAVEN_TALK_COUNSELLING,
  HAVEN_TALK_HOME_VISIT,
  HAVEN_TALK_FAMILY_CALL,
  HAVEN_TALK_GUARDIAN_CONTACT,
  /* A talk with a group of children (团体辅导, 小组谈心); stored: add at the end. */
  HAVEN_TALK_GROUP_MEETING,
} HavenTalkKind;

typedef enum /*< flags >*/
{
  HAVEN_TOPIC_NONE    = 0,
  HAVEN_TOPIC_STUDY   = 1 << 0,
  HAVEN_TOPIC_LIFE    = 1 << 1,
  HAVEN_TOPIC_MOOD    = 1 << 2,
  HAVEN_TOPIC_FRIENDS = 1 << 3,
  HAVEN_TOPIC_HEALTH  = 1 << 4,
  HAVEN_TOPIC_SAFETY  = 1 << 5,
  HAVEN_TOPIC_FAMILY  = 1 << 6,
} HavenTopics;

/* The child's mood on the record card's 5-step scale (情绪状态), from very
 * low to very good; 0 is not noted. Schema 5 moved older values onto it. */
typedef enum
{
  HAVEN_MOOD_UNKNOWN,
  HAVEN_MOOD_VERY_LOW,
  HAVEN_MOOD_LOW,
  HAVEN_MOOD_STEADY,
  HAVEN_MOOD_GOOD,
  HAVEN_MOOD_VERY_GOOD,
} HavenMood;

/* Who was at the other end of a family phone call (亲情电话). */
typedef enum
{
  HAVEN_CALL_WITH_NOBODY,
  HAVEN_CALL_WITH_FATHER,
  HAVEN_CALL_WITH_MOTHER,
  HAVEN_CALL_WITH_GUARDIAN,
} HavenCallWith;

/* What a growth folder (成长记录袋) entry is. */
typedef enum
{
  HAVEN_GROWTH_GOOD_NEWS,
  HAVEN_GROWTH_TEST_RESULT,
  HAVEN_GROWTH_PHOTO,
  HAVEN_GROWTH_LETTER,
} HavenGrowthKind;

/* The due rules a school keeps, one stored row each (due_rule). */
typedef enum
{
  HAVEN_DUE_RULE_CLASS_TALK,
  HAVEN_DUE_RULE_MENTOR_TALK,
  HAVEN_DUE_RULE_FAMILY_CALL,
  HAVEN_DUE_RULE_GUARDIAN_CONTACT,
  HAVEN_DUE_RULE_HOME_VISIT,
  HAVEN_DUE_RULE_PLAN_REVIEW,
} HavenDueRuleKind;

#define HAVEN_N_DUE_RULES (HAVEN_DUE_RULE_PLAN_REVIEW + 1)

/* Why a child's care is at risk, read from the file (haven-care-risk.h). */
typedef enum /*< flags >*/
{
  HAVEN_CARE_RISK_NONE             = 0,
  HAVEN_CARE_RISK_GUARDIAN_OLD     = 1 << 0,  /* the guardian is 70 or older */
  HAVEN_CARE_RISK_GUARDIAN_ILL     = 1 << 1,  /* the guardian's health is poor */
  HAVEN_CARE_RISK_ALONE            = 1 << 2,  /* nobody looks after the child */
  HAVEN_CARE_RISK_SIBLING_ONLY     = 1 << 3,  /* only a brother or sister under 16 */
  HAVEN_CARE_RISK_NO_PARENT_PHONE  = 1 << 4,  /* neither parent can be phoned */
  HAVEN_CARE_RISK_PARENT_AWAY_LONG = 1 << 5,  /* a parent not home for over a year */
} HavenCareRisk;

/* A term's first and last day, both included. An array of them must be
 * sorted and must not overlap. A holiday inside a term (the National Day
 * week) is a gap between two spans; a TERM rule then sees two terms. */
typedef struct
{
  GDate start;
  GDate end;
} HavenTermSpan;

G_END_DECLS
