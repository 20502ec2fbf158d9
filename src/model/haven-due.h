/* haven-due.h: whether a talk, call or visit is due for a child on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_DUE_PERIOD_WEEK,   /* Monday to Sunday. */
  HAVEN_DUE_PERIOD_MONTH,  /* A calendar month. */
  HAVEN_DUE_PERIOD_TERM,   /* A term: one HavenTermSpan. */
} HavenDuePeriod;

typedef enum
{
  HAVEN_DUE_DONE,
  HAVEN_DUE_OPEN,            /* Not done yet this period, not yet soon. */
  HAVEN_DUE_SOON,
  HAVEN_DUE_OVERDUE,
  HAVEN_DUE_NOT_APPLICABLE,  /* Nothing is asked of this child today. */
} HavenDueStatus;

typedef struct
{
  HavenDuePeriod period;
  guint          soon_days;       /* "Due soon": the period's last days. */
  gboolean       term_days_only;  /* Holidays do not count against it. */
} HavenDueRule;

/* The seeds' rule for a kind of record: a class-teacher talk every calendar
 * month and a mentor talk every week, both on term days only; a phone call
 * with the parents and a guardian contact every month, holidays included; a
 * home visit every term. Due soon in the last 2 days of a week, 7 of a
 * month, 14 of a term. FALSE for a kind that no rule asks for
 * (counselling). */
gboolean        haven_due_rule_for_talk_kind  (HavenTalkKind        kind,
                                               HavenDueRule        *rule);

/* What a rule asks of one child on one day.
 *
 * - The rule's days are all days or, with term_days_only, the days inside
 *   a term. A TERM rule always counts term days only, and its period is the
 *   term (the span) itself. The child's days run from since (the child
 *   joined, the pairing started) to until (the pairing ended), both
 *   included; an invalid date leaves that end open.
 * - NOT_APPLICABLE before since, after until (an ended pairing's misses
 *   are not carried over to the next mentor, whose pairing has its own
 *   since) and, for a rule that counts term days only, on any day outside
 *   every term: in the holidays such a rule asks nothing, and a miss shows
 *   again when the term resumes.
 * - The current period is the week, month or term containing today. The
 *   child's part of it starts at the later of the period's first day and
 *   since, and ends at the earlier of its last rule day and until: with
 *   holidays it ends on the last term day, and in the week a pairing ends
 *   it ends on the pairing's last day. due_by is set to that end, and
 *   cleared for NOT_APPLICABLE.
 * - DONE when last_done falls in the child's part, on or before today. For
 *   a week or a month that may be any day of it, a holiday too: holidays
 *   relax what is asked and never void what was done. For a TERM rule it
 *   must fall within the term.
 * - A period counts for the child when the child's part is the whole
 *   period or holds more than soon_days of the rule's days. A shorter stub
 *   asks nothing of its own: a child who joined in the soon window, a
 *   month or week with no more term days than that (a term starting on
 *   Feb 26 or ending on Jul 5), a pairing that ends within its period's
 *   first soon_days days. The child's first counted period is then the
 *   next one. A stub's status is DONE or OVERDUE as for any period,
 *   otherwise NOT_APPLICABLE.
 * - OVERDUE when not DONE and the previous counted period was missed:
 *   the nearest earlier period that counts for the child (there is none
 *   before since; holidays and stubs are skipped), missed when last_done
 *   is before its child's part starts. A record after that period (a talk
 *   in the holidays) keeps it from being missed.
 * - SOON when today is one of the last soon_days of the rule's days in
 *   the child's part (so with holidays the window ends on the last term
 *   day, and for an ending pairing on its last day).
 * - OPEN otherwise.
 *
 * last_done is the latest qualifying record on or before today (NULL or
 * invalid: never); a later date is ignored. since and until may be NULL. Pure and thread-safe: the dates are only
 * read, never written (GDate's own getters would cache into them). Cheap:
 * no allocation, O(log n_terms) steps plus one per holiday or stub skipped.
 * Term dates set by julian day are read fastest; for a long scan, set them
 * with g_date_set_julian () or call g_date_get_julian () on each once
 * before sharing them. */
HavenDueStatus  haven_due_evaluate            (const HavenDueRule  *rule,
                                               const GDate         *today,
                                               const GDate         *last_done,
                                               const GDate         *since,
                                               const GDate         *until,
                                               const HavenTermSpan *terms,
                                               guint                n_terms,
                                               GDate               *due_by);

/* The first and last rule days of the week, month or term containing day
 * (the period clipped to the terms for a rule that counts term days only),
 * for "due by". FALSE, and both cleared, when day is outside every term for
 * such a rule. start and end may be NULL. */
gboolean        haven_due_period_bounds       (const HavenDueRule  *rule,
                                               const GDate         *day,
                                               const HavenTermSpan *terms,
                                               guint                n_terms,
                                               GDate               *start,
                                               GDate               *end);

/* A duty with a date of its own (an individual plan's review): OVERDUE
 * once the day has passed, SOON from soon_days days before it up to the
 * day itself (so 7 gives the week that ends on it), OPEN before that, and
 * DONE when there is no date (nothing left open). */
HavenDueStatus  haven_due_evaluate_date       (const GDate         *today,
                                               const GDate         *due,
                                               guint                soon_days);

G_END_DECLS
