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

/* Every function takes the caller's GRand so a seed gives the same school. */
const char *haven_sample_data_pick          (GRand          *rand,
                                             HavenSampleList list);
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
