/* haven-festival.h: the festivals and holidays the activity calendar marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* In the order they come in a year. The values are not stored: storage
 * and ICS files use haven_festival_get_nick(). */
typedef enum
{
  HAVEN_FESTIVAL_NEW_YEARS_DAY,        /* 元旦, 1 January */
  HAVEN_FESTIVAL_NEW_YEARS_EVE,        /* 除夕, the last day of the 12th lunar month */
  HAVEN_FESTIVAL_SPRING_FESTIVAL,      /* 春节, lunar 1/1 */
  HAVEN_FESTIVAL_LANTERN,              /* 元宵, lunar 1/15 */
  HAVEN_FESTIVAL_QINGMING,             /* 清明, the solar term */
  HAVEN_FESTIVAL_MOTHERS_DAY,          /* the second Sunday of May */
  HAVEN_FESTIVAL_CHILDRENS_DAY,        /* 六一, 1 June */
  HAVEN_FESTIVAL_DRAGON_BOAT,          /* 端午, lunar 5/5 */
  HAVEN_FESTIVAL_FATHERS_DAY,          /* the third Sunday of June */
  HAVEN_FESTIVAL_QIXI,                 /* 七夕, lunar 7/7 */
  HAVEN_FESTIVAL_TEACHERS_DAY,         /* 10 September */
  HAVEN_FESTIVAL_MID_AUTUMN,           /* 中秋, lunar 8/15 */
  HAVEN_FESTIVAL_NATIONAL_DAY,         /* 国庆, 1 October */
  HAVEN_FESTIVAL_DOUBLE_NINTH,         /* 重阳, lunar 9/9 */
  HAVEN_N_FESTIVALS /*< skip >*/
} HavenFestival;

typedef struct
{
  GDate         date;
  HavenFestival festival;
} HavenFestivalDate;

/* Whether the festival follows the lunar calendar or the solar terms, and
 * so exists only in HAVEN_LUNAR_FIRST_YEAR to HAVEN_LUNAR_LAST_YEAR. */
gboolean       haven_festival_is_lunar     (HavenFestival   festival);
/* The day of the festival in Gregorian year. FALSE for a lunar festival
 * outside the years above. */
gboolean       haven_festival_get_date     (HavenFestival   festival,
                                            int             year,
                                            GDate          *out);
/* The festivals that fall on date, in enum order, into out; returns how
 * many. */
guint          haven_festival_on_date      (const GDate    *date,
                                            HavenFestival   out[HAVEN_N_FESTIVALS]);
/* Every festival day from from up to, not including, to, sorted by date,
 * then in enum order: a GArray of HavenFestivalDate. */
GArray        *haven_festival_list_range   (const GDate    *from,
                                            const GDate    *to);

/* The English name, translated. */
const char    *haven_festival_get_name     (HavenFestival   festival);
/* A stable ASCII id such as "mid-autumn", for storage and ICS files. */
const char    *haven_festival_get_nick     (HavenFestival   festival);
/* HAVEN_N_FESTIVALS for an unknown nick. */
HavenFestival  haven_festival_from_nick    (const char     *nick);

G_END_DECLS
