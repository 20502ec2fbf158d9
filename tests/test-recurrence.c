/* test-recurrence.c: the days a repeating activity falls on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-recurrence"

#include <glib.h>
#include <stdio.h>

#include "haven-lunar.h"
#include "haven-recurrence.h"

#define TUE HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY)
#define THU HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY)

static GDate
date_of (const char *iso)
{
  GDate date;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static HavenRecurrenceRule
rule_of (HavenRecurrence  kind,
         const char      *start)
{
  HavenRecurrenceRule rule;
  GDate day = date_of (start);

  haven_recurrence_rule_init (&rule, kind, &day);
  return rule;
}

/* The occurrences, space-separated. */
static char *
join (GArray *days)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < days->len; i++)
    {
      g_autofree char *iso = format_date (&g_array_index (days, GDate, i));

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, iso);
    }
  return g_string_free (out, FALSE);
}

/* exceptions: NULL-terminated ISO dates, or NULL. */
static char *
expand (const HavenRecurrenceRule *rule,
        const char                *from,
        const char                *to,
        const HavenTermSpan       *terms,
        guint                      n_terms,
        const char * const        *exceptions)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) skip = g_array_new (FALSE, FALSE, sizeof (GDate));
  GDate from_day = date_of (from);
  GDate to_day = date_of (to);

  for (guint i = 0; exceptions != NULL && exceptions[i] != NULL; i++)
    {
      GDate day = date_of (exceptions[i]);

      g_array_append_val (skip, day);
    }

  days = haven_recurrence_expand (rule, &from_day, &to_day, terms, n_terms,
                                  (const GDate *) skip->data, skip->len);
  for (guint i = 1; i < days->len; i++)
    g_assert_cmpint (g_date_compare (&g_array_index (days, GDate, i - 1),
                                     &g_array_index (days, GDate, i)), <, 0);
  return join (days);
}

#define assert_expand(rule, from, to, expected) \
  G_STMT_START { \
    g_autofree char *_got = expand (rule, from, to, NULL, 0, NULL); \
    g_assert_cmpstr (_got, ==, expected); \
  } G_STMT_END

static void
test_recurrence_none (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_NONE, "2024-09-10");

  assert_expand (&rule, "2024-09-01", "2024-10-01", "2024-09-10");
  assert_expand (&rule, "2024-09-11", "2024-10-01", "");
}

static void
test_recurrence_weekly (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");

  /* Interest groups on Tuesday and Thursday afternoons, across the end of
   * September and the National Day week. */
  rule.weekdays = TUE | THU;
  assert_expand (&rule, "2024-09-23", "2024-10-08",
                 "2024-09-24 2024-09-26 2024-10-01 2024-10-03");
  assert_expand (&rule, "2024-08-26", "2024-09-10", "2024-09-03 2024-09-05");

  /* No weekdays: start's own. */
  rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-04");
  assert_expand (&rule, "2024-09-01", "2024-10-01",
                 "2024-09-04 2024-09-11 2024-09-18 2024-09-25");
}

static void
test_recurrence_every_two_weeks (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-02");

  rule.interval = 2;
  assert_expand (&rule, "2024-09-01", "2024-11-01",
                 "2024-09-02 2024-09-16 2024-09-30 2024-10-14 2024-10-28");
  /* A range that begins in an off week. */
  assert_expand (&rule, "2024-09-09", "2024-10-01", "2024-09-16 2024-09-30");

  /* The week of start counts even when start is its Thursday. */
  rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-05");
  rule.weekdays = TUE | THU;
  rule.interval = 2;
  assert_expand (&rule, "2024-09-01", "2024-10-01", "2024-09-05 2024-09-17 2024-09-19");

  /* An old series keeps its phase. */
  rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2000-01-03");
  rule.interval = 2;
  assert_expand (&rule, "2024-09-01", "2024-10-01", "2024-09-09 2024-09-23");
}

static void
test_recurrence_monthly (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2024-01-31");

  /* "Monthly on the 31st" is the end of each month, and the 31st again
   * wherever there is one. */
  assert_expand (&rule, "2024-01-01", "2025-04-01",
                 "2024-01-31 2024-02-29 2024-03-31 2024-04-30 2024-05-31 "
                 "2024-06-30 2024-07-31 2024-08-31 2024-09-30 2024-10-31 "
                 "2024-11-30 2024-12-31 2025-01-31 2025-02-28 2025-03-31");
  /* The range may start after the occurrence of its month. */
  assert_expand (&rule, "2024-03-31", "2024-05-31", "2024-03-31 2024-04-30");
  assert_expand (&rule, "2024-04-01", "2024-05-01", "2024-04-30");

  rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2024-01-15");
  rule.interval = 3;
  assert_expand (&rule, "2024-05-01", "2025-05-01",
                 "2024-07-15 2024-10-15 2025-01-15 2025-04-15");
}

static void
test_recurrence_yearly (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-02-29");

  assert_expand (&rule, "2024-01-01", "2029-01-01",
                 "2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29");

  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2020-06-01");
  rule.interval = 2;
  assert_expand (&rule, "2023-01-01", "2027-01-01", "2024-06-01 2026-06-01");
}

static void
test_recurrence_yearly_lunar (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-09-17");

  /* 中秋 each year, from the Observatory's tables. */
  rule.lunar = TRUE;
  assert_expand (&rule, "2024-01-01", "2031-01-01",
                 "2024-09-17 2025-10-06 2026-09-25 2027-09-15 2028-10-03 "
                 "2029-09-22 2030-09-12");
  assert_expand (&rule, "2027-01-01", "2029-01-01", "2027-09-15 2028-10-03");
  assert_expand (&rule, "2025-10-07", "2026-09-25", "");

  rule.interval = 2;
  assert_expand (&rule, "2024-01-01", "2031-01-01",
                 "2024-09-17 2026-09-25 2028-10-03 2030-09-12");

  /* 腊月三十: on the 29th in the years whose 12th month is short. */
  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-02-09");
  rule.lunar = TRUE;
  assert_expand (&rule, "2024-01-01", "2031-01-01",
                 "2024-02-09 2025-01-28 2026-02-16 2027-02-05 2028-01-25 "
                 "2029-02-12 2030-02-02");

  /* Born on 闰二月十五: the later birthdays are on 二月十五. */
  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2023-04-05");
  rule.lunar = TRUE;
  assert_expand (&rule, "2023-01-01", "2026-01-01", "2023-04-05 2024-03-24 2025-03-14");

  /* Past the lunar table there is nothing to give. */
  assert_expand (&rule, "2101-01-01", "2110-01-01", "");
}

static void
test_recurrence_monthly_lunar (void)
{
  /* Each 十五 from 正月十五 2023, through 闰二月. */
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2023-02-05");

  rule.lunar = TRUE;
  assert_expand (&rule, "2023-02-01", "2023-06-01",
                 "2023-02-05 2023-03-06 2023-04-05 2023-05-04");

  rule.interval = 2;
  assert_expand (&rule, "2023-02-01", "2023-06-01", "2023-02-05 2023-04-05");

  /* 二月三十: the last day of each short month. */
  rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2023-03-21");
  rule.lunar = TRUE;
  assert_expand (&rule, "2023-03-01", "2023-09-15",
                 "2023-03-21 2023-04-19 2023-05-18 2023-06-17 2023-07-17 "
                 "2023-08-15 2023-09-14");
}

static const HavenTermSpan *
school_terms (guint *n)
{
  static HavenTermSpan terms[4];
  static const char * const days[] = {
    "2024-09-01", "2025-01-19",
    "2025-02-16", "2025-07-04",
    "2025-09-01", "2025-12-15",   /* short: ends before the 110th day */
    "2026-03-01", "2026-07-10",
  };

  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    {
      terms[i].start = date_of (days[2 * i]);
      terms[i].end = date_of (days[2 * i + 1]);
    }
  *n = G_N_ELEMENTS (terms);
  return terms;
}

static void
test_recurrence_termly (void)
{
  guint n;
  const HavenTermSpan *terms = school_terms (&n);
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_TERMLY, "2024-12-20");
  g_autofree char *all = NULL;
  g_autofree char *every_other = NULL;
  g_autofree char *one_term = NULL;
  g_autofree char *two_terms = NULL;
  g_autofree char *later = NULL;
  g_autofree char *outside = NULL;
  g_autofree char *first_days = NULL;

  /* 110 days into each term; the third term is shorter. */
  all = expand (&rule, "2024-01-01", "2027-01-01", terms, n, NULL);
  g_assert_cmpstr (all, ==, "2024-12-20 2025-06-06 2025-12-15 2026-06-19");
  one_term = expand (&rule, "2025-08-01", "2026-01-01", terms, n, NULL);
  g_assert_cmpstr (one_term, ==, "2025-12-15");

  rule.interval = 2;
  every_other = expand (&rule, "2024-01-01", "2027-01-01", terms, n, NULL);
  g_assert_cmpstr (every_other, ==, "2024-12-20 2025-12-15");

  /* Only two terms are known yet. */
  rule.interval = 1;
  two_terms = expand (&rule, "2024-01-01", "2027-01-01", terms, 2, NULL);
  g_assert_cmpstr (two_terms, ==, "2024-12-20 2025-06-06");

  /* A series that starts in the second term has nothing in the first. */
  rule = rule_of (HAVEN_RECURRENCE_TERMLY, "2025-03-01");
  later = expand (&rule, "2024-01-01", "2027-01-01", terms, n, NULL);
  g_assert_cmpstr (later, ==, "2025-03-01 2025-09-14 2026-03-14");

  /* Home visits at the start of each term (期初). */
  rule = rule_of (HAVEN_RECURRENCE_TERMLY, "2024-09-01");
  first_days = expand (&rule, "2024-01-01", "2027-01-01", terms, n, NULL);
  g_assert_cmpstr (first_days, ==, "2024-09-01 2025-02-16 2025-09-01 2026-03-01");

  /* In the holidays: no term to repeat in. */
  rule = rule_of (HAVEN_RECURRENCE_TERMLY, "2025-08-01");
  outside = expand (&rule, "2024-01-01", "2027-01-01", terms, n, NULL);
  g_assert_cmpstr (outside, ==, "2025-08-01");
}

static void
test_recurrence_bad_terms (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_TERMLY, "2024-12-20");
  HavenTermSpan terms[2];
  GDate from = date_of ("2024-01-01");
  GDate to = date_of ("2027-01-01");
  GArray *days;

  terms[0].start = date_of ("2025-02-16");
  terms[0].end = date_of ("2025-07-04");
  terms[1].start = date_of ("2024-09-01");
  terms[1].end = date_of ("2025-01-19");

  g_test_expect_message ("haven-recurrence", G_LOG_LEVEL_CRITICAL, "*terms_are_valid*");
  days = haven_recurrence_expand (&rule, &from, &to, terms, 2, NULL, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (days->len, ==, 0);
  g_array_unref (days);
}

static void
test_recurrence_until (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");

  /* until is the last day an occurrence may fall on. */
  rule.until = date_of ("2024-09-17");
  assert_expand (&rule, "2024-09-01", "2024-11-01", "2024-09-03 2024-09-10 2024-09-17");
  assert_expand (&rule, "2024-09-18", "2024-11-01", "");

  rule.until = date_of ("2024-09-16");
  assert_expand (&rule, "2024-09-01", "2024-11-01", "2024-09-03 2024-09-10");

  rule.until = date_of ("2024-09-01");
  assert_expand (&rule, "2024-09-01", "2024-11-01", "");

  /* Lunar and termly series end there too. */
  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-09-17");
  rule.lunar = TRUE;
  rule.until = date_of ("2026-12-31");
  assert_expand (&rule, "2024-01-01", "2031-01-01", "2024-09-17 2025-10-06 2026-09-25");
}

static void
test_recurrence_exceptions (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");
  static const char * const moved[] = { "2024-09-12", NULL };
  static const char * const not_an_occurrence[] = { "2024-09-11", NULL };
  /* More than the few that are searched one by one, out of order. */
  static const char * const many[] = {
    "2024-09-26", "2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05",
    "2024-01-06", "2024-01-07", "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11",
    "2024-01-12", "2024-01-13", "2024-01-14", "2024-01-15", "2024-09-03", "2024-09-17",
    "2024-09-17", "2024-01-16", NULL,
  };
  g_autofree char *full = NULL;
  g_autofree char *without_one = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *without_many = NULL;
  g_autofree char *monthly = NULL;

  rule.weekdays = TUE | THU;
  full = expand (&rule, "2024-09-01", "2024-10-01", NULL, 0, NULL);
  g_assert_cmpstr (full, ==, "2024-09-03 2024-09-05 2024-09-10 2024-09-12 "
                             "2024-09-17 2024-09-19 2024-09-24 2024-09-26");

  /* Moving or cancelling one occurrence takes out exactly that one; the
   * series keeps its rule (elementary/calendar#630). */
  without_one = expand (&rule, "2024-09-01", "2024-10-01", NULL, 0, moved);
  g_assert_cmpstr (without_one, ==, "2024-09-03 2024-09-05 2024-09-10 "
                                    "2024-09-17 2024-09-19 2024-09-24 2024-09-26");

  unchanged = expand (&rule, "2024-09-01", "2024-10-01", NULL, 0, not_an_occurrence);
  g_assert_cmpstr (unchanged, ==, full);

  without_many = expand (&rule, "2024-09-01", "2024-10-01", NULL, 0, many);
  g_assert_cmpstr (without_many, ==, "2024-09-05 2024-09-10 2024-09-12 "
                                     "2024-09-19 2024-09-24");

  /* Skipping February's does not move March's off the 31st. */
  rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2024-01-31");
  monthly = expand (&rule, "2024-01-01", "2024-05-01", NULL, 0,
                    (const char * const[]) { "2024-02-29", NULL });
  g_assert_cmpstr (monthly, ==, "2024-01-31 2024-03-31 2024-04-30");
}

static void
test_recurrence_before_start (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");

  rule.weekdays = 0x7f;
  assert_expand (&rule, "2024-08-01", "2024-09-01", "");
  /* to is not included. */
  assert_expand (&rule, "2024-08-01", "2024-09-03", "");
  assert_expand (&rule, "2024-08-01", "2024-09-04", "2024-09-03");
  assert_expand (&rule, "2024-09-10", "2024-09-10", "");
  assert_expand (&rule, "2024-09-10", "2024-09-01", "");

  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-09-17");
  rule.lunar = TRUE;
  assert_expand (&rule, "2020-01-01", "2024-09-17", "");
  rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2024-09-17");
  assert_expand (&rule, "2020-01-01", "2024-09-17", "");
}

static void
test_recurrence_cap (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2000-01-01");
  GDate from = date_of ("2000-01-01");
  GDate to = date_of ("2050-01-01");
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) more = NULL;
  GDate last, next;

  /* Every day for 50 years: 18,263 days, capped. */
  rule.weekdays = 0x7f;
  days = haven_recurrence_expand (&rule, &from, &to, NULL, 0, NULL, 0);
  g_assert_cmpuint (days->len, ==, HAVEN_RECURRENCE_MAX_OCCURRENCES);

  last = from;
  g_date_add_days (&last, HAVEN_RECURRENCE_MAX_OCCURRENCES - 1);
  g_assert_cmpint (g_date_compare (&g_array_index (days, GDate, days->len - 1), &last), ==, 0);

  /* Asking again from the day after goes on where it stopped. */
  next = last;
  g_date_add_days (&next, 1);
  more = haven_recurrence_expand (&rule, &next, &to, NULL, 0, NULL, 0);
  g_assert_cmpuint (more->len, ==, g_date_days_between (&from, &to) - HAVEN_RECURRENCE_MAX_OCCURRENCES);
  g_assert_cmpint (g_date_compare (&g_array_index (more, GDate, 0), &next), ==, 0);
}

static void
assert_next (const HavenRecurrenceRule *rule,
             const char                *after,
             const GDate               *exceptions,
             guint                      n_exceptions,
             const char                *expected)
{
  GDate after_day = date_of (after);
  GDate next;
  gboolean found;

  found = haven_recurrence_next_after (rule, &after_day, NULL, 0, exceptions, n_exceptions, &next);
  if (expected == NULL)
    g_assert_false (found);
  else
    {
      g_autofree char *iso = NULL;

      g_assert_true (found);
      iso = format_date (&next);
      g_assert_cmpstr (iso, ==, expected);
    }
}

static void
test_recurrence_next_after (void)
{
  HavenRecurrenceRule rule = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");
  GDate skip = date_of ("2024-09-05");

  rule.weekdays = TUE | THU;
  assert_next (&rule, "2024-01-01", NULL, 0, "2024-09-03");
  assert_next (&rule, "2024-09-03", NULL, 0, "2024-09-05");
  assert_next (&rule, "2024-09-05", NULL, 0, "2024-09-10");
  assert_next (&rule, "2024-09-03", &skip, 1, "2024-09-10");
  assert_next (&rule, "2035-06-01", NULL, 0, "2035-06-05");

  rule.until = date_of ("2024-09-05");
  assert_next (&rule, "2024-09-03", NULL, 0, "2024-09-05");
  assert_next (&rule, "2024-09-05", NULL, 0, NULL);

  rule = rule_of (HAVEN_RECURRENCE_NONE, "2024-09-03");
  assert_next (&rule, "2024-09-02", NULL, 0, "2024-09-03");
  assert_next (&rule, "2024-09-03", NULL, 0, NULL);

  rule = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-09-17");
  rule.lunar = TRUE;
  assert_next (&rule, "2024-09-17", NULL, 0, "2025-10-06");
  assert_next (&rule, "2100-12-31", NULL, 0, NULL);

  rule = rule_of (HAVEN_RECURRENCE_MONTHLY, "2024-01-31");
  assert_next (&rule, "2199-02-01", NULL, 0, "2199-02-28");
}

static void
test_recurrence_expand_into (void)
{
  HavenRecurrenceRule weekly = rule_of (HAVEN_RECURRENCE_WEEKLY, "2024-09-03");
  HavenRecurrenceRule yearly = rule_of (HAVEN_RECURRENCE_YEARLY, "2024-09-17");
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autofree char *all = NULL;
  GDate from = date_of ("2024-09-01");
  GDate to = date_of ("2024-09-20");

  g_assert_cmpuint (haven_recurrence_expand_into (days, &weekly, &from, &to, NULL, 0, NULL, 0), ==, 3);
  g_assert_cmpuint (haven_recurrence_expand_into (days, &yearly, &from, &to, NULL, 0, NULL, 0), ==, 1);
  all = join (days);
  g_assert_cmpstr (all, ==, "2024-09-03 2024-09-10 2024-09-17 2024-09-17");
}

/* The same rules, day by day from start: slow, obvious, and a check that
 * jumping to the range keeps every series in step. Lunar ones go by the
 * lunar date of each day. */
static gboolean
reference_falls_on (const HavenRecurrenceRule *rule,
                    const GDate               *day)
{
  guint step = MAX (rule->interval, 1);
  HavenLunarDate lunar, start;
  int months;

  if (g_date_compare (day, &rule->start) < 0 ||
      (g_date_valid (&rule->until) && g_date_compare (day, &rule->until) > 0))
    return FALSE;

  if (rule->lunar)
    {
      g_assert_true (haven_lunar_from_solar (day, &lunar));
      g_assert_true (haven_lunar_from_solar (&rule->start, &start));
    }

  if (rule->lunar && rule->kind == HAVEN_RECURRENCE_MONTHLY)
    return (haven_lunar_month_serial (lunar.year, lunar.month, lunar.leap_month) -
            haven_lunar_month_serial (start.year, start.month, start.leap_month)) % step == 0 &&
           (guint) lunar.day == MIN ((guint) start.day,
                                     haven_lunar_month_days (lunar.year, lunar.month, lunar.leap_month));

  if (rule->lunar && rule->kind == HAVEN_RECURRENCE_YEARLY)
    return g_date_compare (day, &rule->start) == 0 ||
           (lunar.year > start.year && (lunar.year - start.year) % step == 0 &&
            !lunar.leap_month && lunar.month == start.month &&
            (guint) lunar.day == MIN ((guint) start.day,
                                      haven_lunar_month_days (lunar.year, lunar.month, FALSE)));

  switch (rule->kind)
    {
    case HAVEN_RECURRENCE_WEEKLY:
      {
        guint mask = rule->weekdays != 0 ? rule->weekdays
                                         : HAVEN_WEEKDAY_BIT (g_date_get_weekday (&rule->start));
        GDate monday = *day, start_monday = rule->start;

        g_date_subtract_days (&monday, g_date_get_weekday (day) - 1);
        g_date_subtract_days (&start_monday, g_date_get_weekday (&rule->start) - 1);
        return (mask & HAVEN_WEEKDAY_BIT (g_date_get_weekday (day))) != 0 &&
               g_date_days_between (&start_monday, &monday) / 7 % step == 0;
      }
    case HAVEN_RECURRENCE_MONTHLY:
      months = (g_date_get_year (day) - g_date_get_year (&rule->start)) * 12 +
               g_date_get_month (day) - g_date_get_month (&rule->start);
      return months % step == 0 &&
             g_date_get_day (day) == MIN (g_date_get_day (&rule->start),
                                          g_date_get_days_in_month (g_date_get_month (day),
                                                                    g_date_get_year (day)));
    case HAVEN_RECURRENCE_YEARLY:
      return (g_date_get_year (day) - g_date_get_year (&rule->start)) % step == 0 &&
             g_date_get_month (day) == g_date_get_month (&rule->start) &&
             g_date_get_day (day) == MIN (g_date_get_day (&rule->start),
                                          g_date_get_days_in_month (g_date_get_month (day),
                                                                    g_date_get_year (day)));
    case HAVEN_RECURRENCE_NONE:
    case HAVEN_RECURRENCE_TERMLY:
    default:
      g_assert_not_reached ();
    }
}

static void
test_recurrence_reference (void)
{
  static const HavenRecurrence kinds[] = {
    HAVEN_RECURRENCE_WEEKLY, HAVEN_RECURRENCE_MONTHLY, HAVEN_RECURRENCE_YEARLY,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240917);

  for (int i = 0; i < 600; i++)
    {
      HavenRecurrenceRule rule;
      GDate start, from, to, day;
      g_autoptr(GArray) days = NULL;
      guint n = 0;

      /* Days up to the 31st, to reach the months that lack them. */
      int d = g_rand_int_range (rand, 1, 32);
      int m = g_rand_int_range (rand, 1, 13);
      int y = g_rand_int_range (rand, 2010, 2025);

      g_date_clear (&start, 1);
      g_date_set_dmy (&start, g_date_valid_dmy (d, m, y) ? d : 28, m, y);
      haven_recurrence_rule_init (&rule, kinds[i % 3], &start);
      rule.lunar = i % 6 >= 4;
      rule.interval = g_rand_int_range (rand, 0, 4);
      rule.weekdays = g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 1, 128);
      if (i % 5 == 0)
        {
          rule.until = start;
          g_date_add_days (&rule.until, g_rand_int_range (rand, 0, 3000));
        }

      from = start;
      g_date_add_days (&from, g_rand_int_range (rand, 0, 4000));
      g_date_subtract_days (&from, 200);
      to = from;
      g_date_add_days (&to, g_rand_int_range (rand, 1, 400));

      days = haven_recurrence_expand (&rule, &from, &to, NULL, 0, NULL, 0);
      for (day = from; g_date_compare (&day, &to) < 0; g_date_add_days (&day, 1))
        if (reference_falls_on (&rule, &day))
          {
            g_assert_cmpuint (n, <, days->len);
            g_assert_cmpint (g_date_compare (&g_array_index (days, GDate, n), &day), ==, 0);
            n++;
          }
      g_assert_cmpuint (days->len, ==, n);
    }
}

static void
test_recurrence_bad_args (void)
{
  HavenRecurrenceRule rule = { 0 };
  GDate from = date_of ("2024-09-01");
  GDate to = date_of ("2024-10-01");
  GArray *days;

  rule.kind = HAVEN_RECURRENCE_WEEKLY;
  g_test_expect_message ("haven-recurrence", G_LOG_LEVEL_CRITICAL, "*g_date_valid*");
  days = haven_recurrence_expand (&rule, &from, &to, NULL, 0, NULL, 0);
  g_test_assert_expected_messages ();
  g_assert_null (days);

  rule.start = date_of ("2024-09-03");
  g_test_expect_message ("haven-recurrence", G_LOG_LEVEL_CRITICAL, "*exceptions != NULL*");
  days = haven_recurrence_expand (&rule, &from, &to, NULL, 0, NULL, 2);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (days->len, ==, 0);
  g_array_unref (days);
}

/* Not a test: `test-recurrence -m perf` times 50,000 activities of every
 * kind over a six-week month grid. */
static void
test_recurrence_perf (void)
{
  enum { N_RULES = 50000 };
  g_autofree HavenRecurrenceRule *rules = g_new0 (HavenRecurrenceRule, N_RULES);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GDate from = date_of ("2024-09-30");
  GDate to = date_of ("2024-11-11");
  GDate exceptions[3];
  guint n;
  const HavenTermSpan *terms = school_terms (&n);
  double seconds;

  for (guint i = 0; i < G_N_ELEMENTS (exceptions); i++)
    exceptions[i] = date_of ((const char *[]) { "2024-10-01", "2024-10-15", "2024-11-05" }[i]);

  for (guint i = 0; i < N_RULES; i++)
    {
      static const HavenRecurrence kinds[] = {
        HAVEN_RECURRENCE_WEEKLY, HAVEN_RECURRENCE_WEEKLY, HAVEN_RECURRENCE_WEEKLY,
        HAVEN_RECURRENCE_WEEKLY, HAVEN_RECURRENCE_MONTHLY, HAVEN_RECURRENCE_MONTHLY,
        HAVEN_RECURRENCE_YEARLY, HAVEN_RECURRENCE_YEARLY, HAVEN_RECURRENCE_TERMLY,
        HAVEN_RECURRENCE_NONE,
      };
      GDate start = date_of ("2015-01-01");

      g_date_add_days (&start, g_rand_int_range (rand, 0, 3650));
      if (kinds[i % 10] == HAVEN_RECURRENCE_TERMLY)
        start = date_of ("2024-10-20");
      haven_recurrence_rule_init (&rules[i], kinds[i % 10], &start);
      rules[i].weekdays = g_rand_int_range (rand, 0, 128);
      rules[i].interval = g_rand_int_range (rand, 0, 3);
      rules[i].lunar = i % 20 == 5 || i % 20 == 7;
      if (i % 7 == 0)
        g_date_set_julian (&rules[i].until, g_date_get_julian (&start) + g_rand_int_range (rand, 0, 5000));
    }

  /* The first pass also builds the lunar table, once per process; the
   * best of the next five is what a month grid costs. */
  for (int pass = 0; pass < 6; pass++)
    {
      g_array_set_size (days, 0);
      g_test_timer_start ();
      for (guint i = 0; i < N_RULES; i++)
        haven_recurrence_expand_into (days, &rules[i], &from, &to, terms, n,
                                      exceptions, i % 4 == 0 ? G_N_ELEMENTS (exceptions) : 0);
      seconds = g_test_timer_elapsed ();
      if (pass == 0)
        g_test_message ("first pass: %.1f ms", seconds * 1000);
      else
        g_test_minimized_result (seconds, "expanded %d rules over 42 days into %u occurrences in %.1f ms",
                                 N_RULES, days->len, seconds * 1000);
    }
}

static void
test_recurrence_iso_dates (void)
{
  static const char * const good[] = {
    "2024-09-17", "2024-09-17 14:30", "2024-09-17T14:30:00", "2024-02-29",
  };
  static const char * const bad[] = {
    "", "2024-9-17", "2024-09-17x", "2023-02-29", "2024-13-01", "17/09/2024", "2024-09-1",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (haven_date_parse_iso (good[i], &date));
      iso = haven_date_format_iso (&date);
      g_assert_true (g_str_has_prefix (good[i], iso));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("bad: \"%s\"", bad[i]);
      g_assert_false (haven_date_parse_iso (bad[i], &date));
    }

  date = date_of ("0999-01-05");
  {
    g_autofree char *iso = haven_date_format_iso (&date);

    g_assert_cmpstr (iso, ==, "0999-01-05");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/none", test_recurrence_none);
  g_test_add_func ("/recurrence/weekly", test_recurrence_weekly);
  g_test_add_func ("/recurrence/every-two-weeks", test_recurrence_every_two_weeks);
  g_test_add_func ("/recurrence/monthly", test_recurrence_monthly);
  g_test_add_func ("/recurrence/yearly", test_recurrence_yearly);
  g_test_add_func ("/recurrence/yearly-lunar", test_recurrence_yearly_lunar);
  g_test_add_func ("/recurrence/monthly-lunar", test_recurrence_monthly_lunar);
  g_test_add_func ("/recurrence/termly", test_recurrence_termly);
  g_test_add_func ("/recurrence/bad-terms", test_recurrence_bad_terms);
  g_test_add_func ("/recurrence/until", test_recurrence_until);
  g_test_add_func ("/recurrence/exceptions", test_recurrence_exceptions);
  g_test_add_func ("/recurrence/before-start", test_recurrence_before_start);
  g_test_add_func ("/recurrence/cap", test_recurrence_cap);
  g_test_add_func ("/recurrence/next-after", test_recurrence_next_after);
  g_test_add_func ("/recurrence/expand-into", test_recurrence_expand_into);
  g_test_add_func ("/recurrence/reference", test_recurrence_reference);
  g_test_add_func ("/recurrence/bad-args", test_recurrence_bad_args);
  g_test_add_func ("/recurrence/iso-dates", test_recurrence_iso_dates);
  if (g_test_perf ())
    g_test_add_func ("/recurrence/perf", test_recurrence_perf);

  return g_test_run ();
}
