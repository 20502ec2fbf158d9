/* test-lunar.c: the Chinese lunar calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-lunar"

#include <glib.h>
#include <stdio.h>

#include "haven-lunar.h"

static void
set_date (GDate      *date,
          const char *iso)
{
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static void
assert_lunar (const char *iso,
              int         year,
              int         month,
              int         day,
              gboolean    leap)
{
  HavenLunarDate lunar = { 0 };
  GDate date, back;
  g_autofree char *back_iso = NULL;

  g_test_message ("%s: %d-%s%d-%d", iso, year, leap ? "leap " : "", month, day);
  set_date (&date, iso);
  g_assert_true (haven_lunar_from_solar (&date, &lunar));
  g_assert_cmpint (lunar.year, ==, year);
  g_assert_cmpint (lunar.month, ==, month);
  g_assert_cmpint (lunar.day, ==, day);
  g_assert_cmpint (lunar.leap_month, ==, leap);

  g_assert_true (haven_lunar_to_solar (year, month, day, leap, &back));
  back_iso = format_date (&back);
  g_assert_cmpstr (back_iso, ==, iso);
}

typedef struct
{
  const char *iso;
  const char *label;
} LabelCase;

/* Days from the Hong Kong Observatory's conversion tables, as a calendar
 * cell shows them (the tables write 十一月/十二月 for 冬月/腊月). */
static const LabelCase published_labels[] = {
  { "1950-01-01", "十三" },
  { "2023-01-22", "正月" },
  { "2023-03-21", "三十" },
  { "2023-03-22", "闰二月" },
  { "2023-04-20", "三月" },
  { "2023-12-13", "冬月" },
  { "2024-01-11", "腊月" },
  { "2024-02-09", "三十" },
  { "2024-02-10", "正月" },
  { "2024-02-24", "十五" },
  { "2025-01-28", "廿九" },
  { "2025-07-25", "闰六月" },
  { "2033-12-22", "闰冬月" },
  { "2100-12-31", "腊月" },
};

/* First use from several threads at once: each must see the same whole
 * table. This test runs first, before anything else has built it. */
#define N_THREADS 4

static gpointer
convert_many (gpointer data)
{
  GDate date;
  gint64 sum = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 2020);
  for (int i = 0; i < 4000; i++)
    {
      HavenLunarDate lunar;

      g_assert_true (haven_lunar_from_solar (&date, &lunar));
      sum += lunar.year * 10000 + lunar.month * 100 + lunar.day + lunar.leap_month;
      g_date_add_days (&date, 1);
    }
  return g_memdup2 (&sum, sizeof sum);
}

static void
test_lunar_threads (void)
{
  GThread *threads[N_THREADS];
  gint64 sums[N_THREADS];

  for (int i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("lunar", convert_many, NULL);
  for (int i = 0; i < N_THREADS; i++)
    {
      g_autofree gint64 *sum = g_thread_join (threads[i]);

      sums[i] = *sum;
    }
  for (int i = 1; i < N_THREADS; i++)
    g_assert_cmpint (sums[i], ==, sums[0]);
}

static void
test_lunar_new_years (void)
{
  /* 春节 in years spread over the range: Hong Kong Observatory tables. */
  static const char * const days[] = {
    "1950-02-17", "1951-02-06", "1984-02-02", "2000-02-05", "2008-02-07",
    "2020-01-25", "2023-01-22", "2024-02-10", "2025-01-29", "2030-02-03",
    "2050-01-23", "2099-01-21", "2100-02-09",
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      int year = g_ascii_strtoll (days[i], NULL, 10);

      assert_lunar (days[i], year, 1, 1, FALSE);
    }
}

static void
test_lunar_leap_months (void)
{
  GDate date;
  g_autofree char *iso = NULL;

  /* 2023 had 闰二月, 2020 闰四月, 2033 闰十一月 (the "2033 problem" that
   * older tables got wrong), 1984 闰十月. */
  g_assert_cmpint (haven_lunar_leap_month (2023), ==, 2);
  g_assert_cmpint (haven_lunar_leap_month (2020), ==, 4);
  g_assert_cmpint (haven_lunar_leap_month (2033), ==, 11);
  g_assert_cmpint (haven_lunar_leap_month (1984), ==, 10);
  g_assert_cmpint (haven_lunar_leap_month (2024), ==, 0);

  assert_lunar ("2023-02-20", 2023, 2, 1, FALSE);
  assert_lunar ("2023-03-22", 2023, 2, 1, TRUE);
  assert_lunar ("2023-04-05", 2023, 2, 15, TRUE);
  assert_lunar ("2023-04-20", 2023, 3, 1, FALSE);
  assert_lunar ("2020-04-23", 2020, 4, 1, FALSE);
  assert_lunar ("2020-05-23", 2020, 4, 1, TRUE);
  assert_lunar ("2020-06-21", 2020, 5, 1, FALSE);
  assert_lunar ("2033-12-22", 2033, 11, 1, TRUE);
  assert_lunar ("1984-11-23", 1984, 10, 1, TRUE);

  /* The months after a leap month keep their numbers. */
  assert_lunar ("2023-09-29", 2023, 8, 15, FALSE);

  /* A year has at most one leap month, and only that one. */
  g_assert_false (haven_lunar_to_solar (2024, 2, 1, TRUE, &date));
  g_assert_false (haven_lunar_to_solar (2023, 3, 1, TRUE, &date));
  g_assert_cmpuint (haven_lunar_month_days (2023, 3, TRUE), ==, 0);
  g_assert_cmpuint (haven_lunar_month_days (2023, 2, TRUE), ==, 29);

  g_assert_true (haven_lunar_to_solar (2023, 2, 29, TRUE, &date));
  iso = format_date (&date);
  g_assert_cmpstr (iso, ==, "2023-04-19");
}

/* liblunar-date 3.0.1 puts these new moons on the wrong day; haven-lunar
 * corrects them to the Observatory's tables. */
static void
test_lunar_library_corrections (void)
{
  assert_lunar ("1954-11-25", 1954, 11, 1, FALSE);
  assert_lunar ("1954-11-24", 1954, 10, 29, FALSE);
  assert_lunar ("1956-12-02", 1956, 11, 1, FALSE);
  assert_lunar ("1978-09-03", 1978, 8, 1, FALSE);
  assert_lunar ("1978-09-17", 1978, 8, 15, FALSE);
  assert_lunar ("2057-09-28", 2057, 9, 1, FALSE);
  assert_lunar ("2060-04-30", 2060, 4, 1, FALSE);

  g_assert_cmpuint (haven_lunar_month_days (1954, 10, FALSE), ==, 29);
  g_assert_cmpuint (haven_lunar_month_days (1954, 11, FALSE), ==, 30);
  g_assert_cmpuint (haven_lunar_month_days (1978, 7, FALSE), ==, 30);
  g_assert_cmpuint (haven_lunar_month_days (1978, 8, FALSE), ==, 29);
  g_assert_cmpuint (haven_lunar_month_days (2057, 8, FALSE), ==, 29);
  g_assert_cmpuint (haven_lunar_month_days (2060, 3, FALSE), ==, 29);
}

static void
test_lunar_short_months (void)
{
  GDate date;
  g_autofree char *iso = NULL;

  /* 2025 to 2029 have no 年三十: the 12th month before each 春节 is short. */
  g_assert_cmpuint (haven_lunar_month_days (2024, 12, FALSE), ==, 29);
  g_assert_cmpuint (haven_lunar_month_days (2023, 12, FALSE), ==, 30);

  g_assert_true (haven_lunar_to_solar (2024, 12, 30, FALSE, &date));
  iso = format_date (&date);
  g_assert_cmpstr (iso, ==, "2025-01-28");

  g_assert_false (haven_lunar_to_solar (2024, 12, 31, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (2024, 12, 0, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (2024, 13, 1, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (2024, 0, 1, FALSE, &date));
}

static void
test_lunar_range (void)
{
  HavenLunarDate lunar;
  GDate date;

  set_date (&date, "1949-12-31");
  g_assert_false (haven_lunar_from_solar (&date, &lunar));
  set_date (&date, "2101-01-01");
  g_assert_false (haven_lunar_from_solar (&date, &lunar));

  /* January 1950 is still in lunar year 1949. */
  assert_lunar ("1950-01-01", 1949, 11, 13, FALSE);
  assert_lunar ("1950-02-16", 1949, 12, 30, FALSE);
  assert_lunar ("2100-12-31", 2100, 12, 1, FALSE);

  g_assert_false (haven_lunar_to_solar (1949, 11, 12, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (2100, 12, 2, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (1948, 1, 1, FALSE, &date));
  g_assert_false (haven_lunar_to_solar (2101, 1, 1, FALSE, &date));
  g_assert_cmpint (haven_lunar_month_serial (1948, 1, FALSE), ==, -1);
  g_assert_false (haven_lunar_month_at_serial (-1, NULL, NULL, NULL, NULL));
}

/* Every day of the range: a day converts back to itself, and the next day
 * is the next lunar day or the 初一 of the next month. */
static void
test_lunar_every_day (void)
{
  HavenLunarDate previous = { 0 };
  GDate date;
  int serial = -1;
  guint n = 0;

  set_date (&date, "1950-01-01");
  while (g_date_get_year (&date) <= HAVEN_LUNAR_LAST_YEAR)
    {
      HavenLunarDate lunar;
      GDate back;

      g_assert_true (haven_lunar_from_solar (&date, &lunar));
      g_assert_true (haven_lunar_to_solar (lunar.year, lunar.month, lunar.day,
                                           lunar.leap_month, &back));
      g_assert_cmpint (g_date_compare (&back, &date), ==, 0);

      if (n > 0 && lunar.day == 1)
        {
          int year, month;
          gboolean leap;
          GDate first;

          g_assert_cmpint (previous.day, ==,
                           haven_lunar_month_days (previous.year, previous.month,
                                                   previous.leap_month));
          g_assert_cmpint (previous.day, >=, 29);
          serial = haven_lunar_month_serial (lunar.year, lunar.month, lunar.leap_month);
          g_assert_cmpint (serial, ==,
                           haven_lunar_month_serial (previous.year, previous.month,
                                                     previous.leap_month) + 1);
          g_assert_true (haven_lunar_month_at_serial (serial, &year, &month, &leap, &first));
          g_assert_cmpint (year, ==, lunar.year);
          g_assert_cmpint (month, ==, lunar.month);
          g_assert_cmpint (leap, ==, lunar.leap_month);
          g_assert_cmpint (g_date_compare (&first, &date), ==, 0);
        }
      else if (n > 0)
        {
          g_assert_cmpint (lunar.day, ==, previous.day + 1);
          g_assert_cmpint (lunar.month, ==, previous.month);
        }

      previous = lunar;
      g_date_add_days (&date, 1);
      n++;
    }
  g_assert_cmpuint (n, ==, 55152);
}

static void
test_lunar_day_labels (void)
{
  static const char * const days[] = {
    NULL, "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
  };
  static const char * const months[] = {
    "正月", "二月", "三月", "四月", "五月", "六月",
    "七月", "八月", "九月", "十月", "冬月", "腊月",
  };

  for (int day = 2; day <= 30; day++)
    {
      HavenLunarDate lunar = { 2024, 3, day, FALSE };
      g_autofree char *label = haven_lunar_day_label (&lunar);

      g_assert_cmpstr (label, ==, days[day - 1]);
    }

  for (int month = 1; month <= 12; month++)
    {
      HavenLunarDate lunar = { 2024, month, 1, FALSE };
      g_autofree char *label = haven_lunar_day_label (&lunar);
      g_autofree char *leap_label = NULL;
      g_autofree char *expected = g_strconcat ("闰", months[month - 1], NULL);

      g_assert_cmpstr (label, ==, months[month - 1]);
      lunar.leap_month = TRUE;
      leap_label = haven_lunar_day_label (&lunar);
      g_assert_cmpstr (leap_label, ==, expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (published_labels); i++)
    {
      HavenLunarDate lunar;
      GDate date;
      g_autofree char *label = NULL;

      set_date (&date, published_labels[i].iso);
      g_assert_true (haven_lunar_from_solar (&date, &lunar));
      label = haven_lunar_day_label (&lunar);
      g_assert_cmpstr (label, ==, published_labels[i].label);
    }
}

static void
test_lunar_bad_label (void)
{
  HavenLunarDate lunar = { 2024, 13, 1, FALSE };
  char *label;

  g_test_expect_message ("haven-lunar", G_LOG_LEVEL_CRITICAL, "*month*");
  label = haven_lunar_day_label (&lunar);
  g_test_assert_expected_messages ();
  g_assert_null (label);

  lunar.month = 1;
  lunar.day = 31;
  g_test_expect_message ("haven-lunar", G_LOG_LEVEL_CRITICAL, "*day*");
  label = haven_lunar_day_label (&lunar);
  g_test_assert_expected_messages ();
  g_assert_null (label);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lunar/threads", test_lunar_threads);
  g_test_add_func ("/lunar/new-years", test_lunar_new_years);
  g_test_add_func ("/lunar/leap-months", test_lunar_leap_months);
  g_test_add_func ("/lunar/library-corrections", test_lunar_library_corrections);
  g_test_add_func ("/lunar/short-months", test_lunar_short_months);
  g_test_add_func ("/lunar/range", test_lunar_range);
  g_test_add_func ("/lunar/every-day", test_lunar_every_day);
  g_test_add_func ("/lunar/day-labels", test_lunar_day_labels);
  g_test_add_func ("/lunar/bad-label", test_lunar_bad_label);

  return g_test_run ();
}
