/* haven-recurrence.h: the days a repeating activity falls on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

/* No expansion returns more occurrences than this in one call; ask again
 * from the day after the last one for more. */
#define HAVEN_RECURRENCE_MAX_OCCURRENCES 10000

/* The bit of a GDateWeekday in HavenRecurrenceRule.weekdays. */
#define HAVEN_WEEKDAY_BIT(weekday) (1u << ((weekday) - G_DATE_MONDAY))

/* One activity's rule. Clear the dates with g_date_clear() (or zero the
 * struct) before use: an invalid until means the series never ends. */
typedef struct
{
  HavenRecurrence kind;
  GDate           start;      /* the first occurrence */
  GDate           until;      /* the last day an occurrence may fall on */
  guint           weekdays;   /* WEEKLY: bit 0 Monday … bit 6 Sunday; 0 is start's weekday */
  guint           interval;   /* every N weeks, months, years or terms; 0 and 1 mean every */
  gboolean        lunar;      /* MONTHLY and YEARLY: on start's lunar day instead */
} HavenRecurrenceRule;

/* A rule of kind that starts on start, ends never, every week or month or
 * year or term on start's own day. */
void      haven_recurrence_rule_init     (HavenRecurrenceRule       *rule,
                                          HavenRecurrence            kind,
                                          const GDate               *start);

/* The occurrences from from up to, not including, to, as a sorted GArray
 * of GDate. terms (sorted, not overlapping) are needed for TERMLY only.
 * exceptions are the original days of occurrences that were moved or
 * cancelled (their RECURRENCE-ID): they are left out, and nothing else
 * moves; the caller adds a moved occurrence itself. */
GArray   *haven_recurrence_expand        (const HavenRecurrenceRule *rule,
                                          const GDate               *from,
                                          const GDate               *to,
                                          const HavenTermSpan       *terms,
                                          guint                      n_terms,
                                          const GDate               *exceptions,
                                          guint                      n_exceptions);
/* The same, appended to out (a GArray of GDate) to save an allocation per
 * activity when expanding many; returns how many were added. */
guint     haven_recurrence_expand_into   (GArray                    *out,
                                          const HavenRecurrenceRule *rule,
                                          const GDate               *from,
                                          const GDate               *to,
                                          const HavenTermSpan       *terms,
                                          guint                      n_terms,
                                          const GDate               *exceptions,
                                          guint                      n_exceptions);
/* The first occurrence after the day after; FALSE when the series has no
 * more. */
gboolean  haven_recurrence_next_after    (const HavenRecurrenceRule *rule,
                                          const GDate               *after,
                                          const HavenTermSpan       *terms,
                                          guint                      n_terms,
                                          const GDate               *exceptions,
                                          guint                      n_exceptions,
                                          GDate                     *out);

/* Dates as the database stores them. parse reads the day of "YYYY-MM-DD"
 * or of "YYYY-MM-DD HH:MM" (an activity's starts_at) and fails on
 * anything else, the empty string included; haven_validate_date() is the
 * one that explains why to a person. */
gboolean  haven_date_parse_iso           (const char                *text,
                                          GDate                     *out);
/* "YYYY-MM-DD". */
char     *haven_date_format_iso          (const GDate               *date);

G_END_DECLS
