/* haven-lunar.c: the Chinese lunar calendar (农历), 1950 to 2100
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-lunar"

#include "config.h"

#include <lunar-date/lunar-date.h>
#include <stdio.h>

#include "haven-lunar.h"

/* January 1950 still belongs to lunar year 1949. */
#define TABLE_FIRST_YEAR (HAVEN_LUNAR_FIRST_YEAR - 1)
#define TABLE_N_YEARS    (HAVEN_LUNAR_LAST_YEAR - TABLE_FIRST_YEAR + 1)
#define TABLE_MAX_MONTHS (TABLE_N_YEARS * 13)

/* The hour we hand to liblunar-date: at 23:00 it starts the next day, as
 * the old double-hours do, which a calendar of whole days must avoid. */
#define NOON 12

typedef struct
{
  guint32 first_day;   /* GDate Julian day of the month's 初一 */
  guint16 year;
  guint8  month;
  guint8  leap;
  guint8  days;        /* 29 or 30 */
} Month;

typedef struct
{
  gboolean ok;
  Month    months[TABLE_MAX_MONTHS];
  guint    n_months;
  guint    first_month[TABLE_N_YEARS];   /* index of each year's 正月 */
  guint8   leap_month[TABLE_N_YEARS];
  guint32  min_day;                      /* HAVEN_LUNAR_FIRST_YEAR-01-01 */
  guint32  max_day;                      /* HAVEN_LUNAR_LAST_YEAR-12-31 */
} Table;

/* Where liblunar-date 3.0.1 disagrees with the tables the Hong Kong
 * Observatory publishes. Each time the library puts one new moon on the
 * wrong day, so the two months on either side get each other's length.
 * The new moons, in Beijing time: 1954-11-25 20:30, 1956-12-02 16:12,
 * 1978-09-03 00:09, 2057-09-28 23:59:50 and 2060-04-30 18:10; two
 * independent ephemerides agree on all but 2057, which is within seconds
 * of midnight and where we follow the Observatory. Lengths are absolute,
 * so a library that fixes its table is not corrected twice. */
static const struct
{
  guint16 year;
  guint8  month;
  guint8  days;
} corrections[] = {
  { 1954, 10, 29 }, { 1954, 11, 30 },
  { 1956, 10, 29 }, { 1956, 11, 30 },
  { 1978,  7, 30 }, { 1978,  8, 29 },
  { 2057,  8, 29 }, { 2057,  9, 30 },
  { 2060,  3, 29 }, { 2060,  4, 30 },
};

/* Filled once, then only read. liblunar-date is not thread-safe: a
 * LunarDate keeps its last conversion in the object, and its holiday
 * lookup caches the solar terms in a static buffer. So we ask it only
 * here, under g_once, and answer every later call from this table. That
 * also keeps the store worker's range queries fast. */
static Table table;

static guint32
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* Asks the library whether a lunar date exists; *code is its error code. */
static gboolean
library_has_day (LunarDate *ld,
                 int        year,
                 int        month,
                 int        day,
                 gboolean   leap,
                 int       *code)
{
  g_autoptr(GError) error = NULL;

  lunar_date_set_lunar_date (ld, year, month, day, NOON, leap, &error);
  if (error != NULL)
    {
      *code = error->domain == LUNAR_DATE_ERROR ? error->code : -1;
      return FALSE;
    }
  return TRUE;
}

/* The Gregorian day of the library's 正月初一 of year, or 0. Only the
 * numeric fields of lunar_date_strftime() are used: its names are
 * translated. */
static guint32
library_new_year (LunarDate *ld,
                  int        year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int y, m, d;

  lunar_date_set_lunar_date (ld, year, 1, 1, NOON, FALSE, &error);
  if (error != NULL)
    return 0;
  text = lunar_date_strftime (ld, "%(year) %(month) %(day)");
  if (text == NULL || sscanf (text, "%d %d %d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return 0;
  return julian_of (y, m, d);
}

static guint
corrected_days (int   year,
                int   month,
                guint days)
{
  for (guint i = 0; i < G_N_ELEMENTS (corrections); i++)
    if (corrections[i].year == year && corrections[i].month == month)
      return corrections[i].days;
  return days;
}

static gboolean
build_table (Table *t)
{
  LunarDate *ld = lunar_date_new ();
  guint32 next_day = 0;
  gboolean ok = TRUE;

  for (int year = TABLE_FIRST_YEAR; ok && year <= HAVEN_LUNAR_LAST_YEAR; year++)
    {
      guint index = year - TABLE_FIRST_YEAR;
      guint32 first = library_new_year (ld, year);
      int leap = 0, code;
      guint n;

      if (first == 0 || (next_day != 0 && first != next_day))
        {
          g_warning ("liblunar-date gives no consistent first day for lunar year %d", year);
          ok = FALSE;
          break;
        }

      for (int m = 1; m <= 12 && leap == 0; m++)
        if (library_has_day (ld, year, m, 1, TRUE, &code))
          leap = m;

      t->leap_month[index] = leap;
      t->first_month[index] = t->n_months;
      n = leap != 0 ? 13 : 12;
      next_day = first;

      for (guint i = 0; i < n; i++)
        {
          Month *month = &t->months[t->n_months++];
          gboolean is_leap = leap != 0 && i == (guint) leap;
          int number = leap != 0 && i >= (guint) leap ? (int) i : (int) i + 1;
          guint days;

          if (library_has_day (ld, year, number, 30, is_leap, &code))
            days = 30;
          else if (code == LUNAR_DATE_ERROR_DAY)
            days = 29;
          else
            {
              g_warning ("liblunar-date does not know month %d of %d", number, year);
              ok = FALSE;
              break;
            }
          if (!is_leap)
            days = corrected_days (year, number, days);

          month->first_day = next_day;
          month->year = year;
          month->month = number;
          month->leap = is_leap;
          month->days = days;
          next_day += days;
        }
    }

  /* liblunar-date 3.0.1 frees its fields in lunar_date_free() but not the
   * object, while later versions free the same fields again in finalize;
   * unreffing alone is safe with both. */
  g_object_unref (ld);

  t->min_day = julian_of (HAVEN_LUNAR_FIRST_YEAR, 1, 1);
  t->max_day = julian_of (HAVEN_LUNAR_LAST_YEAR, 12, 31);
  return ok && t->months[0].first_day <= t->min_day && next_day > t->max_day;
}

static const Table *
get_table (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      table.ok = build_table (&table);
      g_once_init_leave (&initialized, 1);
    }
  return table.ok ? &table : NULL;
}

/* The index of a month within its year: a leap month sits right after
 * the month whose number it repeats. */
static int
month_position (int      leap_month,
                int      month,
                gboolean leap)
{
  if (leap || (leap_month != 0 && month > leap_month))
    return month;
  return month - 1;
}

/* The table's index of that month, or -1. */
static int
find_month (const Table *t,
            int          lunar_year,
            int          month,
            gboolean     leap)
{
  guint index;
  int leap_month;

  if (lunar_year < TABLE_FIRST_YEAR || lunar_year > HAVEN_LUNAR_LAST_YEAR ||
      month < 1 || month > 12)
    return -1;

  index = lunar_year - TABLE_FIRST_YEAR;
  leap_month = t->leap_month[index];
  if (leap && leap_month != month)
    return -1;
  return t->first_month[index] + month_position (leap_month, month, leap);
}

gboolean
haven_lunar_from_solar (const GDate    *date,
                        HavenLunarDate *out)
{
  const Table *t = get_table ();
  guint32 day;
  guint lo, hi;
  const Month *month;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  day = g_date_get_julian (date);
  if (t == NULL || day < t->min_day || day > t->max_day)
    return FALSE;

  /* The last month that starts on or before the day. */
  lo = 0;
  hi = t->n_months;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (t->months[mid].first_day <= day)
        lo = mid;
      else
        hi = mid;
    }

  month = &t->months[lo];
  out->year = month->year;
  out->month = month->month;
  out->day = day - month->first_day + 1;
  out->leap_month = month->leap;
  return TRUE;
}

gboolean
haven_lunar_to_solar (int       lunar_year,
                      int       month,
                      int       day,
                      gboolean  leap,
                      GDate    *out)
{
  const Table *t = get_table ();
  const Month *m;
  guint32 julian;
  int index;

  g_return_val_if_fail (out != NULL, FALSE);

  if (t == NULL || day < 1 || day > 30)
    return FALSE;
  index = find_month (t, lunar_year, month, leap);
  if (index < 0)
    return FALSE;

  m = &t->months[index];
  julian = m->first_day + MIN ((guint) day, m->days) - 1;
  if (julian < t->min_day || julian > t->max_day)
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_julian (out, julian);
  return TRUE;
}

int
haven_lunar_leap_month (int lunar_year)
{
  const Table *t = get_table ();

  if (t == NULL || lunar_year < TABLE_FIRST_YEAR || lunar_year > HAVEN_LUNAR_LAST_YEAR)
    return 0;
  return t->leap_month[lunar_year - TABLE_FIRST_YEAR];
}

guint
haven_lunar_month_days (int      lunar_year,
                        int      month,
                        gboolean leap)
{
  const Table *t = get_table ();
  int index;

  if (t == NULL)
    return 0;
  index = find_month (t, lunar_year, month, leap);
  return index < 0 ? 0 : t->months[index].days;
}

int
haven_lunar_month_serial (int      lunar_year,
                          int      month,
                          gboolean leap)
{
  const Table *t = get_table ();

  return t == NULL ? -1 : find_month (t, lunar_year, month, leap);
}

gboolean
haven_lunar_month_at_serial (int       serial,
                             int      *lunar_year,
                             int      *month,
                             gboolean *leap,
                             GDate    *first_day)
{
  const Table *t = get_table ();
  const Month *m;

  if (t == NULL || serial < 0 || (guint) serial >= t->n_months)
    return FALSE;

  m = &t->months[serial];
  if (lunar_year != NULL)
    *lunar_year = m->year;
  if (month != NULL)
    *month = m->month;
  if (leap != NULL)
    *leap = m->leap;
  if (first_day != NULL)
    {
      g_date_clear (first_day, 1);
      g_date_set_julian (first_day, m->first_day);
    }
  return TRUE;
}

/* These labels are Chinese by nature: the lunar calendar is shown only in
 * Chinese locales, and there is nothing to translate them into. So they
 * are data, not translatable strings. */
static const char * const month_names[] = {
  "正月", "二月", "三月", "四月", "五月", "六月",
  "七月", "八月", "九月", "十月", "冬月", "腊月",
};

static const char * const day_names[] = {
  "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
  "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
  "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
};

char *
haven_lunar_day_label (const HavenLunarDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (date->month >= 1 && date->month <= 12, NULL);
  g_return_val_if_fail (date->day >= 1 && date->day <= 30, NULL);

  if (date->day > 1)
    return g_strdup (day_names[date->day - 1]);
  if (date->leap_month)
    return g_strconcat ("闰", month_names[date->month - 1], NULL);
  return g_strdup (month_names[date->month - 1]);
}
