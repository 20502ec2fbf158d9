/* haven-festival.c: the festivals and holidays the activity calendar marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-festival"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "haven-festival.h"
#include "haven-lunar.h"

#define DEGREES (G_PI / 180.0)

/* GDate counts 0001-01-01 as day 1; that day began at Julian Day 1721425.5. */
#define GDATE_JD_OFFSET 1721424.5

/* Beijing time, in which the Chinese calendar has been reckoned since 1929. */
#define BEIJING_UTC_OFFSET (8.0 / 24.0)

/* ΔT = TT − UT in seconds (Espenak and Meeus, 2006, for NASA's eclipse
 * canon). It moves the instant by about a minute: small, but Qingming can
 * fall a few minutes from midnight. */
static double
delta_t_seconds (double year)
{
  double t;

  if (year < 1961)
    {
      t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
  if (year < 1986)
    {
      t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
  if (year < 2005)
    {
      t = year - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t +
             0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
  if (year < 2050)
    {
      t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
  t = (year - 1820) / 100;
  return -20 + 32 * t * t - 0.5628 * (2150 - year);
}

/* The sun's apparent ecliptic longitude of date, in degrees, at Julian
 * Ephemeris Day jde: Meeus, "Astronomical Algorithms", chapter 25 (low
 * accuracy), plus the five largest perturbations (Venus twice, Jupiter,
 * the Moon and a long-period term) from his "Astronomical Formulae for
 * Calculators", whose arguments count centuries from 1900. */
static double
sun_apparent_longitude (double jde)
{
  double t = (jde - 2451545.0) / 36525.0;
  double t1900 = (jde - 2415020.0) / 36525.0;
  double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * DEGREES;
  double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin (m) +
                  (0.019993 - 0.000101 * t) * sin (2 * m) +
                  0.000289 * sin (3 * m);
  double perturbations = 0.00134 * cos ((153.23 + 22518.7541 * t1900) * DEGREES) +
                         0.00154 * cos ((216.57 + 45037.5082 * t1900) * DEGREES) +
                         0.00200 * cos ((312.69 + 32964.3577 * t1900) * DEGREES) +
                         0.00179 * sin ((350.74 + 445267.1142 * t1900 -
                                         0.00144 * t1900 * t1900) * DEGREES) +
                         0.00178 * sin ((231.19 + 20.20 * t1900) * DEGREES);
  double omega = (125.04 - 1934.136 * t) * DEGREES;
  double longitude = l0 + centre + perturbations - 0.00569 - 0.00478 * sin (omega);

  longitude = fmod (longitude, 360.0);
  return longitude < 0 ? longitude + 360.0 : longitude;
}

/* Qingming is the day, in Beijing, on which the sun's apparent longitude
 * reaches 15°. liblunar-date computes the solar terms but hands them out
 * only as translated names, and with a mean-motion formula. This one is
 * within 5.1 minutes of a full ephemeris over 1950–2100, and no Qingming
 * of those years falls nearer than 10 minutes to midnight (2071 comes
 * closest), so each date is right; the test checks all 151 years against
 * the Hong Kong Observatory's tables. */
static gboolean
qingming (int    year,
          GDate *out)
{
  GDate guess;
  double jde;

  if (year < HAVEN_LUNAR_FIRST_YEAR || year > HAVEN_LUNAR_LAST_YEAR)
    return FALSE;

  g_date_clear (&guess, 1);
  g_date_set_dmy (&guess, 4, G_DATE_APRIL, year);
  jde = g_date_get_julian (&guess) + GDATE_JD_OFFSET;

  /* The sun moves almost evenly, so a few steps of the mean motion home
   * in to well under a second. */
  for (int i = 0; i < 5; i++)
    {
      double off = 15.0 - sun_apparent_longitude (jde);

      off = fmod (off + 540.0, 360.0) - 180.0;
      jde += off * 365.2422 / 360.0;
    }

  jde -= delta_t_seconds (year + 0.26) / 86400.0;
  g_date_clear (out, 1);
  g_date_set_julian (out, (guint32) floor (jde + BEIJING_UTC_OFFSET - GDATE_JD_OFFSET));
  return TRUE;
}

static gboolean
solar_day (int         year,
           GDateMonth  month,
           GDateDay    day,
           GDate      *out)
{
  if (!g_date_valid_year (year))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

/* The nth Sunday of a month. */
static gboolean
nth_sunday (int         year,
            GDateMonth  month,
            int         n,
            GDate      *out)
{
  if (!solar_day (year, month, 1, out))
    return FALSE;
  g_date_add_days (out, (G_DATE_SUNDAY - g_date_get_weekday (out)) % 7 + 7 * (n - 1));
  return TRUE;
}

gboolean
haven_festival_is_lunar (HavenFestival festival)
{
  switch (festival)
    {
    case HAVEN_FESTIVAL_NEW_YEARS_EVE:
    case HAVEN_FESTIVAL_SPRING_FESTIVAL:
    case HAVEN_FESTIVAL_LANTERN:
    case HAVEN_FESTIVAL_QINGMING:
    case HAVEN_FESTIVAL_DRAGON_BOAT:
    case HAVEN_FESTIVAL_QIXI:
    case HAVEN_FESTIVAL_MID_AUTUMN:
    case HAVEN_FESTIVAL_DOUBLE_NINTH:
      return TRUE;
    case HAVEN_FESTIVAL_NEW_YEARS_DAY:
    case HAVEN_FESTIVAL_MOTHERS_DAY:
    case HAVEN_FESTIVAL_CHILDRENS_DAY:
    case HAVEN_FESTIVAL_FATHERS_DAY:
    case HAVEN_FESTIVAL_TEACHERS_DAY:
    case HAVEN_FESTIVAL_NATIONAL_DAY:
    case HAVEN_N_FESTIVALS:
    default:
      return FALSE;
    }
}

/* The traditional festivals are found by lunar month and day, never by a
 * library's holiday names, which are translated. They all fall in the
 * non-leap month, and a lunar year's first nine months lie within the
 * Gregorian year of its 春节. */
gboolean
haven_festival_get_date (HavenFestival  festival,
                         int            year,
                         GDate         *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  switch (festival)
    {
    case HAVEN_FESTIVAL_NEW_YEARS_DAY:
      return solar_day (year, G_DATE_JANUARY, 1, out);
    case HAVEN_FESTIVAL_NEW_YEARS_EVE:
      /* The last day of the 12th month, the 29th or the 30th: the day
       * before 春节 (the test checks it against the 腊月 of the table). */
      if (!haven_lunar_to_solar (year, 1, 1, FALSE, out))
        return FALSE;
      g_date_subtract_days (out, 1);
      return TRUE;
    case HAVEN_FESTIVAL_SPRING_FESTIVAL:
      return haven_lunar_to_solar (year, 1, 1, FALSE, out);
    case HAVEN_FESTIVAL_LANTERN:
      return haven_lunar_to_solar (year, 1, 15, FALSE, out);
    case HAVEN_FESTIVAL_QINGMING:
      return qingming (year, out);
    case HAVEN_FESTIVAL_MOTHERS_DAY:
      return nth_sunday (year, G_DATE_MAY, 2, out);
    case HAVEN_FESTIVAL_CHILDRENS_DAY:
      return solar_day (year, G_DATE_JUNE, 1, out);
    case HAVEN_FESTIVAL_DRAGON_BOAT:
      return haven_lunar_to_solar (year, 5, 5, FALSE, out);
    case HAVEN_FESTIVAL_FATHERS_DAY:
      return nth_sunday (year, G_DATE_JUNE, 3, out);
    case HAVEN_FESTIVAL_QIXI:
      return haven_lunar_to_solar (year, 7, 7, FALSE, out);
    case HAVEN_FESTIVAL_TEACHERS_DAY:
      return solar_day (year, G_DATE_SEPTEMBER, 10, out);
    case HAVEN_FESTIVAL_MID_AUTUMN:
      return haven_lunar_to_solar (year, 8, 15, FALSE, out);
    case HAVEN_FESTIVAL_NATIONAL_DAY:
      return solar_day (year, G_DATE_OCTOBER, 1, out);
    case HAVEN_FESTIVAL_DOUBLE_NINTH:
      return haven_lunar_to_solar (year, 9, 9, FALSE, out);
    case HAVEN_N_FESTIVALS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

guint
haven_festival_on_date (const GDate   *date,
                        HavenFestival  out[HAVEN_N_FESTIVALS])
{
  guint32 julian;
  guint n = 0;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  g_return_val_if_fail (out != NULL, 0);

  julian = g_date_get_julian (date);
  for (HavenFestival f = 0; f < HAVEN_N_FESTIVALS; f++)
    {
      GDate day;

      if (haven_festival_get_date (f, g_date_get_year (date), &day) &&
          g_date_get_julian (&day) == julian)
        out[n++] = f;
    }
  return n;
}

static int
compare_festival_dates (gconstpointer a,
                        gconstpointer b)
{
  const HavenFestivalDate *x = a;
  const HavenFestivalDate *y = b;
  int by_date = g_date_compare (&x->date, &y->date);

  return by_date != 0 ? by_date : (int) x->festival - (int) y->festival;
}

GArray *
haven_festival_list_range (const GDate *from,
                           const GDate *to)
{
  GArray *list;
  GDate last;

  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  list = g_array_new (FALSE, FALSE, sizeof (HavenFestivalDate));
  if (g_date_compare (from, to) >= 0)
    return list;

  last = *to;
  g_date_subtract_days (&last, 1);
  for (int year = g_date_get_year (from); year <= g_date_get_year (&last); year++)
    for (HavenFestival f = 0; f < HAVEN_N_FESTIVALS; f++)
      {
        HavenFestivalDate item = { .festival = f };

        if (haven_festival_get_date (f, year, &item.date) &&
            g_date_compare (&item.date, from) >= 0 &&
            g_date_compare (&item.date, to) < 0)
          g_array_append_val (list, item);
      }

  g_array_sort (list, compare_festival_dates);
  return list;
}

const char *
haven_festival_get_name (HavenFestival festival)
{
  switch (festival)
    {
    case HAVEN_FESTIVAL_NEW_YEARS_DAY:
      /* Translators: 元旦, 1 January. */
      return _("New Year’s Day");
    case HAVEN_FESTIVAL_NEW_YEARS_EVE:
      /* Translators: 除夕, the last day of the lunar year. */
      return _("Chinese New Year’s Eve");
    case HAVEN_FESTIVAL_SPRING_FESTIVAL:
      /* Translators: 春节, the lunar new year. */
      return _("Spring Festival");
    case HAVEN_FESTIVAL_LANTERN:
      /* Translators: 元宵节, the 15th day of the lunar year. */
      return _("Lantern Festival");
    case HAVEN_FESTIVAL_QINGMING:
      /* Translators: 清明节, the tomb-sweeping day. */
      return _("Qingming Festival");
    case HAVEN_FESTIVAL_MOTHERS_DAY:
      return _("Mother’s Day");
    case HAVEN_FESTIVAL_CHILDRENS_DAY:
      /* Translators: 六一儿童节, 1 June. */
      return _("Children’s Day");
    case HAVEN_FESTIVAL_DRAGON_BOAT:
      /* Translators: 端午节. */
      return _("Dragon Boat Festival");
    case HAVEN_FESTIVAL_FATHERS_DAY:
      return _("Father’s Day");
    case HAVEN_FESTIVAL_QIXI:
      /* Translators: 七夕节, the 7th day of the 7th lunar month. */
      return _("Qixi Festival");
    case HAVEN_FESTIVAL_TEACHERS_DAY:
      /* Translators: 教师节, 10 September. */
      return _("Teachers’ Day");
    case HAVEN_FESTIVAL_MID_AUTUMN:
      /* Translators: 中秋节. */
      return _("Mid-Autumn Festival");
    case HAVEN_FESTIVAL_NATIONAL_DAY:
      /* Translators: 国庆节, 1 October. */
      return _("National Day");
    case HAVEN_FESTIVAL_DOUBLE_NINTH:
      /* Translators: 重阳节 (9th of the 9th lunar month), a day for the elderly. */
      return _("Double Ninth Festival");
    case HAVEN_N_FESTIVALS:
    default:
      g_return_val_if_reached ("");
    }
}

/* Stored and written to ICS files: never change one. */
static const char * const nicks[] = {
  "new-years-day", "new-years-eve", "spring-festival", "lantern", "qingming",
  "mothers-day", "childrens-day", "dragon-boat", "fathers-day", "qixi",
  "teachers-day", "mid-autumn", "national-day", "double-ninth",
};

G_STATIC_ASSERT (G_N_ELEMENTS (nicks) == HAVEN_N_FESTIVALS);

const char *
haven_festival_get_nick (HavenFestival festival)
{
  g_return_val_if_fail ((guint) festival < HAVEN_N_FESTIVALS, NULL);

  return nicks[festival];
}

HavenFestival
haven_festival_from_nick (const char *nick)
{
  g_return_val_if_fail (nick != NULL, HAVEN_N_FESTIVALS);

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (strcmp (nicks[i], nick) == 0)
      return i;
  return HAVEN_N_FESTIVALS;
}
