/* test-activity.c: an activity's rules, its days, and edits for a series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-activity"

#include "config.h"

#include <glib.h>

#include "haven-activity.h"
#include "haven-model-enums.h"

static HavenActivity *
make (const char      *title,
      const char      *starts_at,
      HavenRecurrence  recurrence)
{
  HavenActivity *activity = haven_activity_new ();

  haven_record_set_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_TITLE, title);
  haven_record_set_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_STARTS_AT, starts_at);
  haven_record_set_int (HAVEN_RECORD (activity), HAVEN_ACTIVITY_RECURRENCE, recurrence);
  return activity;
}

static GDate
day (const char *iso)
{
  GDate date;

  g_assert_true (haven_date_parse_iso (iso, &date));
  return date;
}

/* The days as "YYYY-MM-DD,…". */
static char *
days_text (GArray *days)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < days->len; i++)
    {
      g_autofree char *iso = haven_date_format_iso (&g_array_index (days, GDate, i));
      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", iso);
    }
  return g_string_free (text, FALSE);
}

static char *
expand (HavenActivity *activity,
        const char    *from,
        const char    *to)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate f = day (from), t = day (to);

  haven_activity_expand (activity, days, &f, &t, NULL, 0, NULL, 0);
  return days_text (days);
}

static const HavenProblem *
problem_of (HavenActivity *activity,
            const char    *key,
            GPtrArray    **problems)
{
  GDate today = day ("2026-11-22");

  g_clear_pointer (problems, g_ptr_array_unref);
  *problems = haven_record_check (HAVEN_RECORD (activity), &today);
  return haven_problems_find (*problems, key);
}

static void
test_activity_time_parse (void)
{
  g_assert_cmpint (haven_time_parse ("14:30"), ==, 14 * 60 + 30);
  g_assert_cmpint (haven_time_parse ("9:05"), ==, 9 * 60 + 5);
  g_assert_cmpint (haven_time_parse (" 9：05 "), ==, 9 * 60 + 5);
  g_assert_cmpint (haven_time_parse ("00:00"), ==, 0);
  g_assert_cmpint (haven_time_parse ("24:00"), ==, -1);
  g_assert_cmpint (haven_time_parse ("12:60"), ==, -1);
  g_assert_cmpint (haven_time_parse ("12:3"), ==, -1);
  g_assert_cmpint (haven_time_parse ("123:30"), ==, -1);
  g_assert_cmpint (haven_time_parse (""), ==, -1);
  g_assert_cmpint (haven_time_parse (NULL), ==, -1);
}

static void
test_activity_check (void)
{
  g_autoptr(HavenActivity) activity = make ("法制讲座", "2026-10-20 14:30", HAVEN_RECURRENCE_NONE);
  g_autoptr(GPtrArray) problems = NULL;
  HavenRecord *r = HAVEN_RECORD (activity);

  problem_of (activity, "title", &problems);
  g_assert_null (haven_problems_first_error (problems));

  haven_record_set_string (r, HAVEN_ACTIVITY_TITLE, "  ");
  g_assert_nonnull (problem_of (activity, "title", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_TITLE, "法制讲座");

  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "2026-02-30");
  g_assert_nonnull (problem_of (activity, "starts-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "2026-10-20 25:00");
  g_assert_nonnull (problem_of (activity, "starts-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "");
  g_assert_nonnull (problem_of (activity, "starts-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "2026-10-20");
  g_assert_null (problem_of (activity, "starts-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "2026-10-20 14:30");

  haven_record_set_string (r, HAVEN_ACTIVITY_ENDS_AT, "14:00");
  g_assert_nonnull (problem_of (activity, "ends-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_ENDS_AT, "四点");
  g_assert_nonnull (problem_of (activity, "ends-at", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_ENDS_AT, "16:00");
  g_assert_null (problem_of (activity, "ends-at", &problems));

  haven_record_set_int (r, HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_WEEKLY);
  haven_record_set_string (r, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "2026-10-01");
  g_assert_nonnull (problem_of (activity, "recurrence-until", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "2027-01-20");
  g_assert_null (problem_of (activity, "recurrence-until", &problems));

  /* Festivals by their stable nick, never by a translated name. */
  haven_record_set_string (r, HAVEN_ACTIVITY_FESTIVAL, "Mid-Autumn Festival");
  g_assert_nonnull (problem_of (activity, "festival", &problems));
  haven_record_set_string (r, HAVEN_ACTIVITY_FESTIVAL, "mid-autumn");
  g_assert_null (problem_of (activity, "festival", &problems));

  /* The lunar calendar stops where its table does. */
  haven_record_set_int (r, HAVEN_ACTIVITY_LUNAR, TRUE);
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, "2101-10-20");
  g_assert_nonnull (problem_of (activity, "starts-at", &problems));
}

static void
test_activity_normalise (void)
{
  g_autoptr(HavenActivity) activity = make (" 家长会 ", "2026-12-19 9：30", HAVEN_RECURRENCE_NONE);
  HavenRecord *r = HAVEN_RECORD (activity);

  haven_record_set_string (r, HAVEN_ACTIVITY_ENDS_AT, "11:5");
  haven_record_normalise (r);
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_TITLE), ==, "家长会");
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_STARTS_AT), ==, "2026-12-19 09:30");
  /* Not a time: left as typed, for the check to say so. */
  g_assert_cmpstr (haven_record_get_string (r, HAVEN_ACTIVITY_ENDS_AT), ==, "11:5");
  g_assert_cmpint (haven_activity_get_start_minutes (activity), ==, 9 * 60 + 30);
}

static void
test_activity_dates (void)
{
  g_autoptr(HavenActivity) activity = make ("兴趣小组", "2026-09-01 16:10", HAVEN_RECURRENCE_WEEKLY);
  GDate date;

  g_assert_true (haven_activity_get_date (activity, &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 1);
  date = day ("2026-09-08");
  haven_activity_set_date (activity, &date);
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-08 16:10");
  haven_record_set_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_STARTS_AT, "2026-09-08");
  date = day ("2026-09-09");
  haven_activity_set_date (activity, &date);
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-09");
}

/* Published dates (Hong Kong Observatory), written out here rather than
 * asked of the library that computes them. */
static void
test_activity_festival_series (void)
{
  g_autoptr(HavenActivity) letter = make ("中秋节亲情书信", "2026-09-25 14:30", HAVEN_RECURRENCE_YEARLY);
  g_autoptr(HavenActivity) lunar = make ("中秋节亲情书信", "2026-09-25 14:30", HAVEN_RECURRENCE_YEARLY);
  g_autoptr(HavenActivity) qingming = make ("清明节", "2026-04-05", HAVEN_RECURRENCE_YEARLY);
  g_autoptr(HavenActivity) mothers = make ("母亲节", "2026-05-10", HAVEN_RECURRENCE_YEARLY);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;

  /* By the festival's nick… */
  haven_record_set_string (HAVEN_RECORD (letter), HAVEN_ACTIVITY_FESTIVAL, "mid-autumn");
  a = expand (letter, "2026-01-01", "2031-01-01");
  g_assert_cmpstr (a, ==, "2026-09-25,2027-09-15,2028-10-03,2029-09-22,2030-09-12");

  /* …or by the lunar date of its first day (八月十五): the same days. */
  haven_record_set_int (HAVEN_RECORD (lunar), HAVEN_ACTIVITY_LUNAR, TRUE);
  b = expand (lunar, "2026-01-01", "2031-01-01");
  g_assert_cmpstr (b, ==, a);

  /* Qingming follows the solar term, not a fixed day. */
  haven_record_set_string (HAVEN_RECORD (qingming), HAVEN_ACTIVITY_FESTIVAL, "qingming");
  c = expand (qingming, "2026-01-01", "2031-01-01");
  g_assert_cmpstr (c, ==, "2026-04-05,2027-04-05,2028-04-04,2029-04-04,2030-04-05");

  /* The second Sunday of May. */
  haven_record_set_string (HAVEN_RECORD (mothers), HAVEN_ACTIVITY_FESTIVAL, "mothers-day");
  d = expand (mothers, "2026-01-01", "2029-01-01");
  g_assert_cmpstr (d, ==, "2026-05-10,2027-05-09,2028-05-14");

  /* An end stops it, a range cuts it. */
  haven_record_set_string (HAVEN_RECORD (letter), HAVEN_ACTIVITY_RECURRENCE_UNTIL, "2028-12-31");
  e = expand (letter, "2027-01-01", "2031-01-01");
  g_assert_cmpstr (e, ==, "2027-09-15,2028-10-03");
}

static void
test_activity_weekly_days (void)
{
  g_autoptr(HavenActivity) groups = make ("兴趣小组", "2026-09-01 16:10", HAVEN_RECURRENCE_WEEKLY);
  g_autofree char *days = NULL;

  /* Tuesday and Thursday afternoons. */
  haven_record_set_int (HAVEN_RECORD (groups), HAVEN_ACTIVITY_WEEKDAYS,
                        HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));
  days = expand (groups, "2026-09-01", "2026-09-18");
  g_assert_cmpstr (days, ==, "2026-09-01,2026-09-03,2026-09-08,2026-09-10,2026-09-15,2026-09-17");
}

/* An occurrence saved for the whole series moves the series only by what
 * it was moved, never to its own day (elementary/calendar#630). */
static void
test_activity_apply_to_series (void)
{
  g_autoptr(HavenActivity) series = make ("兴趣小组", "2026-09-01 16:10", HAVEN_RECURRENCE_WEEKLY);
  g_autoptr(HavenActivity) before = NULL;
  g_autoptr(HavenActivity) after = NULL;
  HavenRecord *s = HAVEN_RECORD (series);
  GDate date = day ("2026-09-15");

  haven_record_set_int (s, HAVEN_ACTIVITY_WEEKDAYS, HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));
  haven_record_set_string (s, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "2027-01-20");
  before = HAVEN_ACTIVITY (haven_record_dup (s));
  haven_activity_set_date (before, &date);

  /* Unchanged: nothing moves. */
  after = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (before)));
  haven_activity_apply_to_series (series, before, after);
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-01 16:10");
  g_assert_cmpint (haven_record_get_int (s, HAVEN_ACTIVITY_WEEKDAYS), ==,
                   HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));

  /* A new time and place: the series takes them and keeps its first day. */
  haven_record_set_string (HAVEN_RECORD (after), HAVEN_ACTIVITY_STARTS_AT, "2026-09-15 16:30");
  haven_record_set_string (HAVEN_RECORD (after), HAVEN_ACTIVITY_PLACE, "操场");
  haven_activity_apply_to_series (series, before, after);
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-01 16:30");
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_PLACE), ==, "操场");
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_RECURRENCE_UNTIL), ==, "2027-01-20");

  /* Moved a day later: the series follows by one day, Wednesday and Friday. */
  g_clear_object (&before);
  before = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (after)));
  haven_record_set_string (HAVEN_RECORD (after), HAVEN_ACTIVITY_STARTS_AT, "2026-09-16 16:30");
  haven_activity_apply_to_series (series, before, after);
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-02 16:30");
  g_assert_cmpint (haven_record_get_int (s, HAVEN_ACTIVITY_WEEKDAYS), ==,
                   HAVEN_WEEKDAY_BIT (G_DATE_WEDNESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_FRIDAY));

  /* What makes an occurrence one of its own never reaches the series. */
  haven_record_set_ref (HAVEN_RECORD (after), HAVEN_ACTIVITY_SERIES_ID, 7);
  haven_record_set_string (HAVEN_RECORD (after), HAVEN_ACTIVITY_OCCURRENCE_DATE, "2026-09-15");
  haven_activity_apply_to_series (series, before, after);
  g_assert_cmpint (haven_record_get_ref (s, HAVEN_ACTIVITY_SERIES_ID), ==, 0);
  g_assert_cmpstr (haven_record_get_string (s, HAVEN_ACTIVITY_OCCURRENCE_DATE), ==, "");
}

static void
test_activity_exception_rule (void)
{
  g_autoptr(HavenActivity) own = make ("兴趣小组", "2026-09-16 16:10", HAVEN_RECURRENCE_WEEKLY);
  HavenRecurrenceRule rule;

  /* A row of its own happens once, whatever rule it was copied with. */
  haven_record_set_ref (HAVEN_RECORD (own), HAVEN_ACTIVITY_SERIES_ID, 3);
  g_assert_true (haven_activity_is_exception (own));
  g_assert_true (haven_activity_get_rule (own, &rule));
  g_assert_cmpint (rule.kind, ==, HAVEN_RECURRENCE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/activity/time-parse", test_activity_time_parse);
  g_test_add_func ("/activity/check", test_activity_check);
  g_test_add_func ("/activity/normalise", test_activity_normalise);
  g_test_add_func ("/activity/dates", test_activity_dates);
  g_test_add_func ("/activity/festival-series", test_activity_festival_series);
  g_test_add_func ("/activity/weekly-days", test_activity_weekly_days);
  g_test_add_func ("/activity/apply-to-series", test_activity_apply_to_series);
  g_test_add_func ("/activity/exception-rule", test_activity_exception_rule);

  return g_test_run ();
}
