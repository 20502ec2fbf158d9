/* test-term-plan.c: the programme "Plan a Term" drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-term-plan"

#include "config.h"

#include <glib.h>

#include "haven-term-plan.h"

static GDate
day (const char *iso)
{
  GDate date;

  g_assert_true (haven_date_parse_iso (iso, &date));
  return date;
}

static HavenRecord *
find (GPtrArray  *plan,
      const char *key)
{
  for (guint i = 0; i < plan->len; i++)
    {
      HavenRecord *r = g_ptr_array_index (plan, i);

      if (g_str_equal (haven_record_get_string (r, HAVEN_ACTIVITY_PLAN_KEY), key))
        return r;
    }
  g_test_message ("no %s in the plan", key);
  return NULL;
}

static const char *
start_of (GPtrArray  *plan,
          const char *key)
{
  HavenRecord *r = find (plan, key);

  g_assert_nonnull (r);
  return haven_record_get_string (r, HAVEN_ACTIVITY_STARTS_AT);
}

/* The autumn term of the seeds: 2026-09-01 to 2027-01-20. */
static void
test_term_plan_autumn (void)
{
  GDate first = day ("2026-09-01"), last = day ("2027-01-20");
  g_autoptr(GPtrArray) plan = haven_term_plan_build (42, &first, &last);
  static const char * const keys[] = {
    "plan-meeting", "lecture-law", "lecture-safety", "lecture-mental-health", "parent-meeting",
    "guardian-training", "home-visits-start", "home-visits-middle", "home-visits-end", "birthday-parties",
    "letter-mid-autumn-2026", "letter-double-ninth-2026", "class-meeting-2026-09", "class-meeting-2027-01",
    "new-year-party-2027", "file-update",
  };
  HavenRecord *r;

  g_assert_nonnull (plan);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_nonnull (find (plan, keys[i]));

  for (guint i = 0; i < plan->len; i++)
    {
      GDate date;

      r = g_ptr_array_index (plan, i);
      g_assert_cmpint (haven_record_get_ref (r, HAVEN_ACTIVITY_TERM_ID), ==, 42);
      g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_TITLE), !=, "");
      /* In the term, on a school day, in date order. */
      g_assert_true (haven_activity_get_date (HAVEN_ACTIVITY (r), &date));
      g_assert_cmpint (g_date_compare (&date, &first), >=, 0);
      g_assert_cmpint (g_date_compare (&date, &last), <=, 0);
      g_assert_cmpint (g_date_get_weekday (&date), <=, G_DATE_FRIDAY);
      if (i > 0)
        g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (plan, i - 1), HAVEN_ACTIVITY_STARTS_AT), <=,
                         haven_record_get_string (r, HAVEN_ACTIVITY_STARTS_AT));
    }

  /* 中秋 2026 is Friday 25 September; 重阳 is Sunday 18 October, so the
   * letter is written on the Friday before. */
  g_assert_cmpstr (start_of (plan, "letter-mid-autumn-2026"), ==, "2026-09-25 15:30");
  g_assert_cmpstr (start_of (plan, "letter-double-ninth-2026"), ==, "2026-10-16 15:30");
  r = find (plan, "letter-mid-autumn-2026");
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_FESTIVAL), ==, "mid-autumn");
  g_assert_cmpint (haven_record_get_int (r, HAVEN_ACTIVITY_TYPE), ==, HAVEN_ACTIVITY_LETTER_HOME);
  /* Spring Festival 2027 (6 February) is after the term: no letter for it. */
  g_assert_null (find (plan, "letter-spring-festival-2027"));

  /* The New Year party on the last school day of 2026, Thursday 31 December. */
  g_assert_cmpstr (start_of (plan, "new-year-party-2027"), ==, "2026-12-31 14:30");
  /* 元旦 2026 is Wednesday; the second Monday of September is the 14th. */
  g_assert_cmpstr (start_of (plan, "class-meeting-2026-09"), ==, "2026-09-14 14:30");

  /* One party a month, from the archive, until the end of term. */
  r = find (plan, "birthday-parties");
  g_assert_cmpint (haven_record_get_int (r, HAVEN_ACTIVITY_RECURRENCE), ==, HAVEN_RECURRENCE_MONTHLY);
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-25 15:30");
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_RECURRENCE_UNTIL), ==, "2027-01-20");

  r = find (plan, "lecture-mental-health");
  g_assert_cmpint (haven_record_get_int (r, HAVEN_ACTIVITY_TOPIC), ==, HAVEN_LECTURE_MENTAL_HEALTH);
  r = find (plan, "guardian-training");
  g_assert_cmpint (haven_record_get_int (r, HAVEN_ACTIVITY_TYPE), ==, HAVEN_ACTIVITY_GUARDIAN_TRAINING);

  /* Parents are not home yet: the meeting goes before the end of term. */
  g_assert_cmpstr (start_of (plan, "parent-meeting"), <, "2027-01-20");
  g_assert_cmpstr (start_of (plan, "parent-meeting"), >=, "2027-01-01");
  /* Start, middle and end. */
  g_assert_cmpstr (start_of (plan, "home-visits-start"), <, "2026-10-01");
  g_assert_cmpstr (start_of (plan, "home-visits-middle"), >, "2026-10-31");
  g_assert_cmpstr (start_of (plan, "home-visits-middle"), <, "2026-12-01");
  g_assert_cmpstr (start_of (plan, "home-visits-end"), >, "2027-01-01");
}

/* The spring term begins while parents are home for the Spring Festival
 * (2027-02-06, the Lantern Festival 2027-02-20): the parent meeting is
 * held at once. */
static void
test_term_plan_spring (void)
{
  GDate first = day ("2027-02-20"), last = day ("2027-07-10");
  g_autoptr(GPtrArray) plan = haven_term_plan_build (7, &first, &last);

  g_assert_nonnull (plan);
  g_assert_cmpstr (start_of (plan, "parent-meeting"), ==, "2027-02-22 14:00");
  /* Qingming 2027-04-05 is a Monday; Dragon Boat 2027-06-09 a Wednesday;
   * Mother's Day 2027-05-09 a Sunday. */
  g_assert_cmpstr (start_of (plan, "letter-qingming-2027"), ==, "2027-04-05 15:30");
  g_assert_cmpstr (start_of (plan, "letter-dragon-boat-2027"), ==, "2027-06-09 15:30");
  g_assert_cmpstr (start_of (plan, "letter-mothers-day-2027"), ==, "2027-05-07 15:30");
  g_assert_cmpstr (start_of (plan, "childrens-day-party-2027"), ==, "2027-06-01 14:30");
  g_assert_null (find (plan, "new-year-party-2028"));
}

static void
test_term_plan_no_term (void)
{
  GDate first = day ("2027-02-20"), last = day ("2027-02-20");

  g_assert_null (haven_term_plan_build (1, &first, &last));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/term-plan/autumn", test_term_plan_autumn);
  g_test_add_func ("/term-plan/spring", test_term_plan_spring);
  g_test_add_func ("/term-plan/no-term", test_term_plan_no_term);

  return g_test_run ();
}
