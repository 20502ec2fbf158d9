/* haven-activity.h: an activity of the calendar (行事历)
 *
 * One row is one activity, or a whole series of them with its rule
 * (recurrence, weekdays, until, lunar, festival). An occurrence of a
 * series that was edited, moved or cancelled on its own is a row of its
 * own too: series-id names the series, occurrence-date the day the
 * occurrence had in the series (its RECURRENCE-ID), and the series itself
 * never changes for it.
 *
 * starts-at is "YYYY-MM-DD" or "YYYY-MM-DD HH:MM", always a Gregorian day;
 * with lunar set, a monthly or yearly series keeps that day's lunar date.
 * ends-at is the time the activity ends that day, "HH:MM", or "".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-festival.h"
#include "haven-record.h"
#include "haven-recurrence.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_ACTIVITY_TYPE,
  HAVEN_ACTIVITY_TITLE,
  HAVEN_ACTIVITY_STARTS_AT,
  HAVEN_ACTIVITY_ENDS_AT,
  HAVEN_ACTIVITY_PLACE,
  HAVEN_ACTIVITY_ORGANISER_ID,
  HAVEN_ACTIVITY_RECURRENCE,
  HAVEN_ACTIVITY_RECURRENCE_UNTIL,
  HAVEN_ACTIVITY_LUNAR,
  HAVEN_ACTIVITY_DESCRIPTION,
  HAVEN_ACTIVITY_TERM_ID,
  HAVEN_ACTIVITY_WEEKDAYS,         /* WEEKLY: HAVEN_WEEKDAY_BIT()s; 0 is the first day's weekday */
  HAVEN_ACTIVITY_TOPIC,            /* a lecture's HavenLectureTopic */
  HAVEN_ACTIVITY_FESTIVAL,         /* haven_festival_get_nick() of the festival it belongs to, or "" */
  HAVEN_ACTIVITY_SERIES_ID,        /* an edited occurrence: its series */
  HAVEN_ACTIVITY_OCCURRENCE_DATE,  /* and the day it had in the series */
  HAVEN_ACTIVITY_CANCELLED,        /* an occurrence taken out of its series */
  HAVEN_ACTIVITY_PLAN_KEY,         /* what "Plan a Term" made it as, so a second run adds nothing twice */
  HAVEN_ACTIVITY_ORGANISER_NAME,
  HAVEN_ACTIVITY_N_ATTENDING,
  HAVEN_ACTIVITY_CLASS_IDS,        /* the classes concerned: ids, comma-separated; "" for all */
  HAVEN_ACTIVITY_CLASS_NAMES,      /* their names, for lists and printing */
  HAVEN_ACTIVITY_N_FIELDS
} HavenActivityField;

#define HAVEN_TYPE_ACTIVITY (haven_activity_get_type ())

G_DECLARE_FINAL_TYPE (HavenActivity, haven_activity, HAVEN, ACTIVITY, HavenRecord)

HavenActivity *haven_activity_new              (void);

/* The day of starts-at; FALSE when it holds no valid day. */
gboolean       haven_activity_get_date         (HavenActivity       *self,
                                                GDate               *out);
/* Sets the day of starts-at and keeps its time. */
void           haven_activity_set_date         (HavenActivity       *self,
                                                const GDate         *date);
/* The minutes after midnight of starts-at's time; -1 when it has none. */
int            haven_activity_get_start_minutes (HavenActivity      *self);
/* -1 when ends-at is empty or no time. */
int            haven_activity_get_end_minutes  (HavenActivity       *self);
/* The festival of the festival field; HAVEN_N_FESTIVALS for none. */
HavenFestival  haven_activity_get_festival     (HavenActivity       *self);
/* Whether the row is an edited or cancelled occurrence of a series. */
gboolean       haven_activity_is_exception     (HavenActivity       *self);
/* The rule of the series; FALSE when starts-at is no valid day. A yearly
 * series of a festival is not a plain rule: its days come from
 * haven_activity_expand(). */
gboolean       haven_activity_get_rule         (HavenActivity       *self,
                                                HavenRecurrenceRule *rule);
/* The days the series falls on from from up to, not including, to,
 * exceptions left out, appended to out (a GArray of GDate); returns how
 * many. A yearly series of a festival falls on the festival's day each
 * year. */
guint          haven_activity_expand           (HavenActivity       *self,
                                                GArray              *out,
                                                const GDate         *from,
                                                const GDate         *to,
                                                const HavenTermSpan *terms,
                                                guint                n_terms,
                                                const GDate         *exceptions,
                                                guint                n_exceptions);

/* The same for a rule and a festival (HAVEN_N_FESTIVALS for none), as the
 * store keeps them for many activities at once. */
guint          haven_activity_expand_rule      (const HavenRecurrenceRule *rule,
                                                HavenFestival        festival,
                                                GArray              *out,
                                                const GDate         *from,
                                                const GDate         *to,
                                                const HavenTermSpan *terms,
                                                guint                n_terms,
                                                const GDate         *exceptions,
                                                guint                n_exceptions);

/* An edit made on one occurrence of series and meant for the whole
 * series: copies onto series each field that differs between before
 * (the occurrence as it was shown) and after (as it was edited). The day
 * moves the series by as many days as the occurrence moved, never to the
 * occurrence's own day, so saving an occurrence unchanged leaves the
 * series exactly as it was (elementary/calendar#630). */
void           haven_activity_apply_to_series  (HavenActivity       *series,
                                                HavenActivity       *before,
                                                HavenActivity       *after);

/* "HH:MM" as minutes after midnight; -1 unless a real time. Takes "9:05"
 * and a full-width colon too. */
int            haven_time_parse                (const char          *text);

G_END_DECLS
