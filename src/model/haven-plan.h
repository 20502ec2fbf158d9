/* haven-plan.h: an individual plan (个别教育管理方案) and its reviews
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_PLAN_CHILD_ID,
  HAVEN_PLAN_STAFF_ID,
  HAVEN_PLAN_OTHERS,
  HAVEN_PLAN_START_DATE,
  HAVEN_PLAN_END_DATE,
  HAVEN_PLAN_SITUATION,
  HAVEN_PLAN_GOALS,
  HAVEN_PLAN_MEASURES,
  HAVEN_PLAN_CHILD_NAME,
  HAVEN_PLAN_STAFF_NAME,
  HAVEN_PLAN_NEXT_REVIEW,
  HAVEN_PLAN_N_FIELDS
} HavenPlanField;

typedef enum
{
  HAVEN_PLAN_REVIEW_PLAN_ID,
  HAVEN_PLAN_REVIEW_CHILD_ID,
  HAVEN_PLAN_REVIEW_REVIEW_DATE,
  HAVEN_PLAN_REVIEW_DONE_DATE,
  HAVEN_PLAN_REVIEW_PROGRESS,
  HAVEN_PLAN_REVIEW_NOTES,
  HAVEN_PLAN_REVIEW_N_FIELDS
} HavenPlanReviewField;

#define HAVEN_TYPE_PLAN (haven_plan_get_type ())

G_DECLARE_FINAL_TYPE (HavenPlan, haven_plan, HAVEN, PLAN, HavenRecord)

#define HAVEN_TYPE_PLAN_REVIEW (haven_plan_review_get_type ())

G_DECLARE_FINAL_TYPE (HavenPlanReview, haven_plan_review, HAVEN, PLAN_REVIEW, HavenRecord)

HavenPlan       *haven_plan_new        (void);
HavenPlanReview *haven_plan_review_new (void);
/* Whether the plan runs on day (YYYY-MM-DD): it has started and not
 * ended. */
gboolean         haven_plan_is_active  (HavenPlan       *self,
                                        const char      *day);

G_END_DECLS
