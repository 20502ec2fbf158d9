/* haven-lunar.h: the Chinese lunar calendar (农历), 1950 to 2100
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Gregorian years the conversions cover. Outside them every function
 * fails rather than guess. */
#define HAVEN_LUNAR_FIRST_YEAR 1950
#define HAVEN_LUNAR_LAST_YEAR  2100

typedef struct
{
  int      year;         /* the lunar year: the Gregorian year its 正月初一 falls in */
  int      month;        /* 1 to 12 */
  int      day;          /* 1 to 30 */
  gboolean leap_month;   /* a leap month (闰月) repeats the number of the month before it */
} HavenLunarDate;

/* All functions may be called from any thread. */

gboolean  haven_lunar_from_solar      (const GDate          *date,
                                       HavenLunarDate       *out);
/* A day the month lacks (the 30th of a 29-day month) falls on the month's
 * last day. Fails for a leap month the year does not have, for a day
 * outside 1 to 30 and for a result outside the years above. */
gboolean  haven_lunar_to_solar        (int                   lunar_year,
                                       int                   month,
                                       int                   day,
                                       gboolean              leap,
                                       GDate                *out);
/* The month that is leap in lunar_year, or 0 when it has none. */
int       haven_lunar_leap_month      (int                   lunar_year);
/* 29 or 30; 0 when the year has no such month. */
guint     haven_lunar_month_days      (int                   lunar_year,
                                       int                   month,
                                       gboolean              leap);

/* Lunar months numbered one after another, leap months included, so that
 * "every N lunar months" is plain arithmetic. The numbers are only for
 * counting: don't store them. -1 when the month is not in the table. */
int       haven_lunar_month_serial    (int                   lunar_year,
                                       int                   month,
                                       gboolean              leap);
/* The month with that number and its first day; FALSE outside the table. */
gboolean  haven_lunar_month_at_serial (int                   serial,
                                       int                  *lunar_year,
                                       int                  *month,
                                       gboolean             *leap,
                                       GDate                *first_day);

/* What a calendar cell shows under the day number: 初一 … 三十, and on the
 * first day of a month the month's name (正月 … 冬月, 腊月, 闰二月). */
char     *haven_lunar_day_label       (const HavenLunarDate *date);

G_END_DECLS
