/* haven-sample-data.h: realistic material for a sample school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HAVEN_SAMPLE_VILLAGE,            /* "红星村三组" */
  HAVEN_SAMPLE_PARENT_JOB,         /* "建筑工人" */
  HAVEN_SAMPLE_GUARDIAN_JOB,       /* "务农" */
  HAVEN_SAMPLE_PERSONALITY,        /* "内向，话不多" */
  HAVEN_SAMPLE_INTEREST,           /* "画画" */
  HAVEN_SAMPLE_TALENT,             /* "跳绳" */
  HAVEN_SAMPLE_HEALTH,             /* "健康" (mostly), sometimes a condition */
  HAVEN_SAMPLE_GUARDIAN_HEALTH,    /* "高血压" */
  HAVEN_SAMPLE_HARDSHIP,           /* "爷爷常年卧病" */
  HAVEN_SAMPLE_AID,                /* "两免一补" */
  HAVEN_SAMPLE_TALK_CONTENT,       /* a few sentences of a monthly talk */
  HAVEN_SAMPLE_TALK_PROBLEM,
  HAVEN_SAMPLE_TALK_MEASURE,
  HAVEN_SAMPLE_PLAN_CONTENT,       /* 帮扶计划 content */
  HAVEN_SAMPLE_PLAN_GOAL,          /* expected effect */
  HAVEN_SAMPLE_CHECK_NOTE,         /* 定期检查 note */
  HAVEN_SAMPLE_PLACE,              /* where an activity happens: "留守儿童之家" */
  HAVEN_SAMPLE_VOLUNTEER_NAME_ORG, /* "县妇联志愿者" */
  HAVEN_SAMPLE_N_LISTS,
} HavenSampleList;

/* What a note in a child's records may say of the child's file, so it
 * agrees with it (see haven_sample_data_talk_content()). */
typedef struct
{
  gboolean    male;              /* the child */
  gboolean    boarding;
  gboolean    father_away;
  gboolean    mother_away;
  const char *father_city;       /* where the card says the father works */
  const char *mother_city;
  int         guardian;          /* a HavenRelationship */
  gboolean    guardian_male;
  const char *guardian_health;
} HavenSampleFacts;

/* Notes other than the monthly talk, each filled from the child's file. */
typedef enum
{
  HAVEN_SAMPLE_NOTE_MENTOR_TALK,       /* a mentor's weekly talk */
  HAVEN_SAMPLE_NOTE_FAMILY_CALL,       /* a line of the family phone log */
  HAVEN_SAMPLE_NOTE_GUARDIAN_CONTACT,  /* a call or chat with the guardian */
  HAVEN_SAMPLE_NOTE_HOME_VISIT,        /* 家访 */
  HAVEN_SAMPLE_NOTE_GOOD_NEWS,         /* 好消息, for the growth folder */
  HAVEN_SAMPLE_NOTE_LETTER,            /* a letter to the parents */
  HAVEN_SAMPLE_NOTE_PLAN_SITUATION,    /* why an individual plan */
  HAVEN_SAMPLE_NOTE_PLAN_GOAL,
  HAVEN_SAMPLE_NOTE_PLAN_MEASURE,
  HAVEN_SAMPLE_NOTE_PLAN_REVIEW,       /* what a review found */
  HAVEN_SAMPLE_N_NOTES,
} HavenSampleNote;

/* Every function takes the caller's GRand so a seed gives the same school. */
const char *haven_sample_data_pick          (GRand          *rand,
                                             HavenSampleList list);
/* A monthly talk's note, filled from facts: the pronoun by the child's
 * sex, the guardian by relationship, a parent's city from the card. Draws
 * one number, as picking HAVEN_SAMPLE_TALK_CONTENT does. */
char       *haven_sample_data_talk_content  (GRand                  *rand,
                                             const HavenSampleFacts *facts);
/* Another kind of note, filled from facts the same way. */
char       *haven_sample_data_note          (GRand                  *rand,
                                             HavenSampleNote         note,
                                             const HavenSampleFacts *facts);
/* What the child calls the guardian: 奶奶, 外公, 妈妈, 姑姑 … */
const char *haven_sample_data_guardian_word (int                     relationship,
                                             gboolean                male);
/* Every city a parent may work in, NULL-terminated. */
const char * const *haven_sample_data_cities (void);
/* A surname drawn by real frequency (王 李 张 刘 陈 …). */
const char *haven_sample_data_surname       (GRand          *rand);
/* One or two characters that suit a boy or a girl. */
char       *haven_sample_data_given_name    (GRand          *rand,
                                             gboolean        male);
/* Where a parent works: a city (务工地), an employer and its full address. */
void        haven_sample_data_workplace     (GRand          *rand,
                                             const char    **city,
                                             const char    **employer,
                                             const char    **employer_address);
/* A valid mainland mobile number, 11 digits. */
char       *haven_sample_data_mobile        (GRand          *rand);
/* A valid 18-character resident ID for the birth date (YYYY-MM-DD) and sex,
 * with a correct check character. */
char       *haven_sample_data_resident_id   (GRand          *rand,
                                             const char     *birth_date,
                                             gboolean        male);

G_END_DECLS
