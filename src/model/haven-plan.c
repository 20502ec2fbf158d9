/* haven-plan.c: an individual plan (个别教育管理方案) and its reviews
 *
 * Children with serious problems (grades collapsing, personality,
 * conduct, the law) get a plan: what is wrong, the goals, the measures,
 * who is responsible, and review dates. The reviews are due like talks
 * (haven-store-due.c) and show on the child's timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-child.h"
#include "haven-plan.h"
#include "haven-record-rules.h"
#include "haven-staff.h"
#include "haven-validate.h"

static const HavenField plan_fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
  HAVEN_TEXT ("others", "others"),
  HAVEN_DATE ("start-date", "start_date"),
  HAVEN_DATE ("end-date", "end_date"),
  HAVEN_TEXT ("situation", "situation"),
  HAVEN_TEXT ("goals", "goals"),
  HAVEN_TEXT ("measures", "measures"),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("staff-name", HAVEN_FIELD_TEXT, NULL),
  /* The earliest review not yet held, or "". */
  HAVEN_DERIVED ("next-review", HAVEN_FIELD_DATE, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (plan_fields) == HAVEN_PLAN_N_FIELDS);

static const int plan_order[] = { HAVEN_DESC (HAVEN_PLAN_START_DATE), -1 };

static const HavenField review_fields[] = {
  HAVEN_REF ("plan-id", "plan_id", haven_plan_get_type),
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_DATE ("review-date", "review_date"),
  HAVEN_DATE ("done-date", "done_date"),
  HAVEN_ENUM ("progress", "progress", haven_progress_get_type),
  HAVEN_TEXT ("notes", "notes"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (review_fields) == HAVEN_PLAN_REVIEW_N_FIELDS);

static const int review_order[] = { HAVEN_PLAN_REVIEW_REVIEW_DATE, -1 };

struct _HavenPlan
{
  HavenRecord parent_instance;
};

struct _HavenPlanReview
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenPlan, haven_plan, HAVEN_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (HavenPlanReview, haven_plan_review, HAVEN_TYPE_RECORD)

static gboolean
before (HavenRecord *record,
        guint        later,
        guint        earlier)
{
  const char *a = haven_record_get_string (record, later);
  const char *b = haven_record_get_string (record, earlier);

  /* ISO dates compare as text. */
  return haven_validate_date (a, NULL, NULL) && haven_validate_date (b, NULL, NULL) && strcmp (a, b) < 0;
}

static void
haven_plan_check (HavenRecord *record,
                  const GDate *today,
                  GPtrArray   *problems)
{
  if (haven_record_get_ref (record, HAVEN_PLAN_CHILD_ID) == 0)
    haven_problems_add (problems, "child-id", HAVEN_SEVERITY_ERROR, _("Please choose the child."));
  if (haven_record_get_ref (record, HAVEN_PLAN_STAFF_ID) == 0)
    haven_problems_add (problems, "staff-id", HAVEN_SEVERITY_ERROR,
                        _("Please choose the member of staff responsible for the plan."));
  if (haven_rules_is_blank (record, HAVEN_PLAN_START_DATE))
    haven_problems_add (problems, "start-date", HAVEN_SEVERITY_ERROR,
                        _("Please enter the day the plan starts, for example 2026-11-20."));
  if (before (record, HAVEN_PLAN_END_DATE, HAVEN_PLAN_START_DATE))
    haven_problems_add (problems, "end-date", HAVEN_SEVERITY_ERROR, _("The plan ends before it starts."));
  haven_rules_check_required (record, HAVEN_PLAN_GOALS, _("Please write the goals of the plan."), problems);
  haven_rules_check_required (record, HAVEN_PLAN_MEASURES, _("Please write the measures the plan takes."), problems);
}

static void
haven_plan_class_init (HavenPlanClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_plan_check;
  record_class->normalise = haven_rules_trim_texts;
  haven_record_class_install_fields (record_class, "individual_plan", plan_fields,
                                     G_N_ELEMENTS (plan_fields), plan_order);
}

static void
haven_plan_init (HavenPlan *self)
{
  g_assert (HAVEN_IS_PLAN (self));

}

static void
haven_plan_review_check (HavenRecord *record,
                         const GDate *today,
                         GPtrArray   *problems)
{
  const char *done = haven_record_get_string (record, HAVEN_PLAN_REVIEW_DONE_DATE);
  GDate day;

  if (haven_rules_is_blank (record, HAVEN_PLAN_REVIEW_REVIEW_DATE))
    haven_problems_add (problems, "review-date", HAVEN_SEVERITY_ERROR,
                        _("Please enter the day of the review, for example 2026-12-15."));
  if (*done != '\0' && haven_validate_date (done, &day, NULL) && g_date_compare (&day, today) > 0)
    haven_problems_add (problems, "done-date", HAVEN_SEVERITY_ERROR,
                        _("A review is marked held once it has taken place."));
}

static void
haven_plan_review_class_init (HavenPlanReviewClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_plan_review_check;
  record_class->normalise = haven_rules_trim_texts;
  haven_record_class_install_fields (record_class, "plan_review", review_fields,
                                     G_N_ELEMENTS (review_fields), review_order);
}

static void
haven_plan_review_init (HavenPlanReview *self)
{
  g_assert (HAVEN_IS_PLAN_REVIEW (self));

}

HavenPlan *
haven_plan_new (void)
{
  return g_object_new (HAVEN_TYPE_PLAN, NULL);
}

HavenPlanReview *
haven_plan_review_new (void)
{
  return g_object_new (HAVEN_TYPE_PLAN_REVIEW, NULL);
}

gboolean
haven_plan_is_active (HavenPlan  *self,
                      const char *day)
{
  const char *start, *end;

  g_return_val_if_fail (HAVEN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  start = haven_record_get_string (HAVEN_RECORD (self), HAVEN_PLAN_START_DATE);
  end = haven_record_get_string (HAVEN_RECORD (self), HAVEN_PLAN_END_DATE);
  return *start != '\0' && strcmp (start, day) <= 0 && (*end == '\0' || strcmp (end, day) >= 0);
}
