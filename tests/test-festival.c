/* test-festival.c: the festivals of the activity calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-festival"

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "haven-festival.h"
#include "haven-lunar.h"
#include "haven-model-enums.h"

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
assert_festival (HavenFestival  festival,
                 int            year,
                 const char    *month_day)
{
  g_autofree char *expected = g_strdup_printf ("%04d-%s", year, month_day);
  g_autofree char *got = NULL;
  GDate date;

  g_assert_true (haven_festival_get_date (festival, year, &date));
  got = format_date (&date);
  if (g_strcmp0 (got, expected) != 0)
    g_test_message ("%s %d", haven_festival_get_nick (festival), year);
  g_assert_cmpstr (got, ==, expected);
}

/* Published dates, from the Hong Kong Observatory's Gregorian-lunar
 * conversion tables. 1978 and 2057 are years where liblunar-date 3.0.1
 * alone would be a day off (中秋 1978 and 重阳 2057). */
static const struct
{
  int         year;
  const char *spring;       /* 春节 */
  const char *lantern;      /* 元宵 */
  const char *qingming;     /* 清明 */
  const char *dragon_boat;  /* 端午 */
  const char *qixi;         /* 七夕 */
  const char *mid_autumn;   /* 中秋 */
  const char *double_ninth; /* 重阳 */
} published[] = {
  { 1951, "02-06", "02-20", "04-05", "06-09", "08-09", "09-15", "10-09" },
  { 1978, "02-07", "02-21", "04-05", "06-10", "08-10", "09-17", "10-10" },
  { 1984, "02-02", "02-16", "04-04", "06-04", "08-03", "09-10", "10-03" },
  { 2000, "02-05", "02-19", "04-04", "06-06", "08-06", "09-12", "10-06" },
  { 2008, "02-07", "02-21", "04-04", "06-08", "08-07", "09-14", "10-07" },
  { 2020, "01-25", "02-08", "04-04", "06-25", "08-25", "10-01", "10-25" },
  { 2021, "02-12", "02-26", "04-04", "06-14", "08-14", "09-21", "10-14" },
  { 2022, "02-01", "02-15", "04-05", "06-03", "08-04", "09-10", "10-04" },
  { 2023, "01-22", "02-05", "04-05", "06-22", "08-22", "09-29", "10-23" },
  { 2024, "02-10", "02-24", "04-04", "06-10", "08-10", "09-17", "10-11" },
  { 2025, "01-29", "02-12", "04-04", "05-31", "08-29", "10-06", "10-29" },
  { 2026, "02-17", "03-03", "04-05", "06-19", "08-19", "09-25", "10-18" },
  { 2027, "02-06", "02-20", "04-05", "06-09", "08-08", "09-15", "10-08" },
  { 2028, "01-26", "02-09", "04-04", "05-28", "08-26", "10-03", "10-26" },
  { 2029, "02-13", "02-27", "04-04", "06-16", "08-16", "09-22", "10-16" },
  { 2030, "02-03", "02-17", "04-05", "06-05", "08-05", "09-12", "10-05" },
  { 2033, "01-31", "02-14", "04-04", "06-01", "08-01", "09-08", "10-01" },
  { 2050, "01-23", "02-06", "04-04", "06-23", "08-23", "09-30", "10-24" },
  { 2057, "02-04", "02-18", "04-04", "06-06", "08-06", "09-13", "10-06" },
  { 2060, "02-02", "02-16", "04-04", "06-03", "08-02", "09-09", "10-02" },
  { 2071, "01-31", "02-14", "04-05", "06-02", "08-02", "09-08", "10-31" },
  { 2099, "01-21", "02-04", "04-04", "06-23", "08-22", "09-29", "10-22" },
  { 2100, "02-09", "02-23", "04-05", "06-12", "08-12", "09-18", "10-12" },
};

/* Qingming, April the 4th or 5th, for every year from 1950 to 2100, from
 * the same tables. */
static const char qingming_days[] =
  "55555555555555555555555555455545554555455545554555"   /* 1950–1999 */
  "45554555445544554455445544554455445544554445444544"   /* 2000–2049 */
  "45444544454445444544454444444444444444444444444444"   /* 2050–2099 */
  "5";                                                    /* 2100 */

static void
test_festival_published (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      int y = published[i].year;

      assert_festival (HAVEN_FESTIVAL_SPRING_FESTIVAL, y, published[i].spring);
      assert_festival (HAVEN_FESTIVAL_LANTERN, y, published[i].lantern);
      assert_festival (HAVEN_FESTIVAL_QINGMING, y, published[i].qingming);
      assert_festival (HAVEN_FESTIVAL_DRAGON_BOAT, y, published[i].dragon_boat);
      assert_festival (HAVEN_FESTIVAL_QIXI, y, published[i].qixi);
      assert_festival (HAVEN_FESTIVAL_MID_AUTUMN, y, published[i].mid_autumn);
      assert_festival (HAVEN_FESTIVAL_DOUBLE_NINTH, y, published[i].double_ninth);
    }
}

static void
test_festival_qingming (void)
{
  G_STATIC_ASSERT (sizeof qingming_days - 1 == HAVEN_LUNAR_LAST_YEAR - HAVEN_LUNAR_FIRST_YEAR + 1);

  for (int year = HAVEN_LUNAR_FIRST_YEAR; year <= HAVEN_LUNAR_LAST_YEAR; year++)
    {
      char month_day[] = "04-0?";

      month_day[4] = qingming_days[year - HAVEN_LUNAR_FIRST_YEAR];
      assert_festival (HAVEN_FESTIVAL_QINGMING, year, month_day);
    }
}

/* 除夕 is the last day of the 12th month, the 29th or the 30th: there is
 * no 年三十 from 2025 to 2029. */
static void
test_festival_new_years_eve (void)
{
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 2023, "01-21");
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 2024, "02-09");
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 2025, "01-28");
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 2026, "02-16");
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 2030, "02-02");
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_EVE, 1950, "02-16");

  for (int year = HAVEN_LUNAR_FIRST_YEAR; year <= HAVEN_LUNAR_LAST_YEAR; year++)
    {
      GDate eve, last;
      HavenLunarDate lunar;

      g_assert_true (haven_festival_get_date (HAVEN_FESTIVAL_NEW_YEARS_EVE, year, &eve));
      g_assert_true (haven_lunar_to_solar (year - 1, 12, 30, FALSE, &last));
      g_assert_cmpint (g_date_compare (&eve, &last), ==, 0);
      g_assert_true (haven_lunar_from_solar (&eve, &lunar));
      g_assert_cmpint (lunar.month, ==, 12);
      g_assert_false (lunar.leap_month);
      g_assert_cmpint (lunar.day, ==, haven_lunar_month_days (year - 1, 12, FALSE));
    }
}

static void
test_festival_solar (void)
{
  assert_festival (HAVEN_FESTIVAL_NEW_YEARS_DAY, 2025, "01-01");
  assert_festival (HAVEN_FESTIVAL_CHILDRENS_DAY, 2025, "06-01");
  assert_festival (HAVEN_FESTIVAL_TEACHERS_DAY, 2025, "09-10");
  assert_festival (HAVEN_FESTIVAL_NATIONAL_DAY, 2025, "10-01");

  /* Second Sunday of May, third Sunday of June; 2022 and 2025 start those
   * months on a Sunday. */
  assert_festival (HAVEN_FESTIVAL_MOTHERS_DAY, 2024, "05-12");
  assert_festival (HAVEN_FESTIVAL_MOTHERS_DAY, 2025, "05-11");
  assert_festival (HAVEN_FESTIVAL_MOTHERS_DAY, 2022, "05-08");
  assert_festival (HAVEN_FESTIVAL_MOTHERS_DAY, 2027, "05-09");
  assert_festival (HAVEN_FESTIVAL_FATHERS_DAY, 2024, "06-16");
  assert_festival (HAVEN_FESTIVAL_FATHERS_DAY, 2025, "06-15");
  assert_festival (HAVEN_FESTIVAL_FATHERS_DAY, 2026, "06-21");

  /* Solar festivals have no lunar table to run out of. */
  assert_festival (HAVEN_FESTIVAL_NATIONAL_DAY, 2200, "10-01");
}

static void
test_festival_out_of_range (void)
{
  GDate date;

  for (HavenFestival f = 0; f < HAVEN_N_FESTIVALS; f++)
    {
      gboolean lunar = haven_festival_is_lunar (f);

      g_assert_cmpint (haven_festival_get_date (f, HAVEN_LUNAR_FIRST_YEAR - 1, &date), ==, !lunar);
      g_assert_cmpint (haven_festival_get_date (f, HAVEN_LUNAR_LAST_YEAR + 1, &date), ==, !lunar);
      g_assert_true (haven_festival_get_date (f, HAVEN_LUNAR_FIRST_YEAR, &date));
      g_assert_true (haven_festival_get_date (f, HAVEN_LUNAR_LAST_YEAR, &date));
    }
  g_assert_true (haven_festival_is_lunar (HAVEN_FESTIVAL_QINGMING));
  g_assert_false (haven_festival_is_lunar (HAVEN_FESTIVAL_MOTHERS_DAY));
}

static void
assert_on_date (const char *iso,
                int         first,
                ...)
{
  HavenFestival found[HAVEN_N_FESTIVALS];
  HavenFestival expected[HAVEN_N_FESTIVALS];
  guint n_expected = 0, n;
  GDate date;
  va_list args;

  va_start (args, first);
  for (int f = first; f != -1; f = va_arg (args, int))
    expected[n_expected++] = f;
  va_end (args);

  g_test_message ("on %s", iso);
  set_date (&date, iso);
  n = haven_festival_on_date (&date, found);
  g_assert_cmpmem (found, n * sizeof (HavenFestival), expected, n_expected * sizeof (HavenFestival));
}

static void
test_festival_on_date (void)
{
  assert_on_date ("2024-02-10", HAVEN_FESTIVAL_SPRING_FESTIVAL, -1);
  assert_on_date ("2024-02-09", HAVEN_FESTIVAL_NEW_YEARS_EVE, -1);
  assert_on_date ("2024-04-04", HAVEN_FESTIVAL_QINGMING, -1);
  /* 中秋 fell on National Day in 2001 and 2020. */
  assert_on_date ("2020-10-01", HAVEN_FESTIVAL_MID_AUTUMN, HAVEN_FESTIVAL_NATIONAL_DAY, -1);
  assert_on_date ("2001-10-01", HAVEN_FESTIVAL_MID_AUTUMN, HAVEN_FESTIVAL_NATIONAL_DAY, -1);
  assert_on_date ("2033-10-01", HAVEN_FESTIVAL_NATIONAL_DAY, HAVEN_FESTIVAL_DOUBLE_NINTH, -1);
  assert_on_date ("2024-09-18", -1);
  assert_on_date ("1949-10-01", HAVEN_FESTIVAL_NATIONAL_DAY, -1);
}

static void
assert_range (const char         *from_iso,
              const char         *to_iso,
              const char * const *expected)
{
  g_autoptr(GArray) list = NULL;
  GDate from, to;
  guint n = 0;

  set_date (&from, from_iso);
  set_date (&to, to_iso);
  list = haven_festival_list_range (&from, &to);
  for (; expected[n] != NULL; n++)
    {
      const HavenFestivalDate *item;
      g_autofree char *day = NULL;
      g_autofree char *got = NULL;

      g_assert_cmpuint (n, <, list->len);
      item = &g_array_index (list, HavenFestivalDate, n);
      day = format_date (&item->date);
      got = g_strdup_printf ("%s %s", haven_festival_get_nick (item->festival), day);
      g_assert_cmpstr (got, ==, expected[n]);
    }
  g_assert_cmpuint (list->len, ==, n);
}

static void
test_festival_range (void)
{
  /* A month grid of six weeks. */
  static const char * const autumn[] = {
    "teachers-day 2024-09-10", "mid-autumn 2024-09-17", "national-day 2024-10-01",
    "double-ninth 2024-10-11", NULL,
  };
  static const char * const new_year[] = {
    "new-years-day 2025-01-01", "new-years-eve 2025-01-28", "spring-festival 2025-01-29",
    "lantern 2025-02-12", NULL,
  };
  static const char * const same_day[] = {
    "mid-autumn 2020-10-01", "national-day 2020-10-01", NULL,
  };
  /* 2025: 端午 before 六一, 中秋 after National Day. */
  static const char * const summer[] = {
    "dragon-boat 2025-05-31", "childrens-day 2025-06-01", "fathers-day 2025-06-15",
    "qixi 2025-08-29", "teachers-day 2025-09-10", "national-day 2025-10-01",
    "mid-autumn 2025-10-06", NULL,
  };
  static const char * const none[] = { NULL };

  assert_range ("2024-09-01", "2024-10-13", autumn);
  assert_range ("2024-12-20", "2025-02-13", new_year);
  /* to is not included. */
  assert_range ("2024-12-20", "2025-02-12", (const char * const[]) { new_year[0], new_year[1], new_year[2], NULL });
  assert_range ("2025-05-25", "2025-10-10", summer);
  assert_range ("2020-10-01", "2020-10-02", same_day);
  assert_range ("2024-10-01", "2024-10-01", none);
  assert_range ("2024-10-02", "2024-10-01", none);
}

static void
test_festival_names (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) nicks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (HAVEN_TYPE_FESTIVAL);

  /* The count is not a value of the GType. */
  g_assert_cmpuint (enum_class->n_values, ==, HAVEN_N_FESTIVALS);

  for (HavenFestival f = 0; f < HAVEN_N_FESTIVALS; f++)
    {
      const char *name = haven_festival_get_name (f);
      const char *nick = haven_festival_get_nick (f);

      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
      g_assert_false (g_hash_table_contains (names, name));
      g_hash_table_add (names, (gpointer) name);

      g_assert_nonnull (nick);
      for (const char *p = nick; *p != '\0'; p++)
        g_assert_true (g_ascii_islower (*p) || *p == '-');
      g_assert_false (g_hash_table_contains (nicks, nick));
      g_hash_table_add (nicks, (gpointer) nick);
      g_assert_cmpint (haven_festival_from_nick (nick), ==, f);
    }

  g_assert_cmpstr (haven_festival_get_name (HAVEN_FESTIVAL_MID_AUTUMN), ==, "Mid-Autumn Festival");
  g_assert_cmpstr (haven_festival_get_nick (HAVEN_FESTIVAL_MID_AUTUMN), ==, "mid-autumn");
  g_assert_cmpint (haven_festival_from_nick ("christmas"), ==, HAVEN_N_FESTIVALS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/festival/published", test_festival_published);
  g_test_add_func ("/festival/qingming", test_festival_qingming);
  g_test_add_func ("/festival/new-years-eve", test_festival_new_years_eve);
  g_test_add_func ("/festival/solar", test_festival_solar);
  g_test_add_func ("/festival/out-of-range", test_festival_out_of_range);
  g_test_add_func ("/festival/on-date", test_festival_on_date);
  g_test_add_func ("/festival/range", test_festival_range);
  g_test_add_func ("/festival/names", test_festival_names);

  return g_test_run ();
}
