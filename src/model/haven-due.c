/* haven-due.c: whether a talk, call or visit is due for a child on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-due"

#include "haven-due.h"

/* The county-scale overdue scan calls haven_due_evaluate () for every
 * child and rule, so everything here works on plain day numbers, reads
 * the GDates without the GDate API (which caches into them, a data race
 * on shared term arrays) and never allocates. */

/* GDate's julian day: 1 is 0001-01-01, a Monday. 0 is no day. */
typedef guint32 Day;

#define NO_DAY   ((Day) 0)
#define LAST_DAY ((Day) G_MAXUINT32)

/* civil_from_day () counts from 0000-03-01, 306 days before day 1. */
#define DAY_TO_MARCH_ERA 305

typedef struct
{
  Day start;   /* The week, the month, or the term span. */
  Day end;
  Day first;   /* Its first and last rule days. */
  Day last;
  int span;    /* The term span's index, for TERM rules. */
} Period;

typedef struct
{
  const HavenDueRule  *rule;
  const HavenTermSpan *terms;
  guint                n_terms;
  gboolean             term_only;
  Day                  since;   /* NO_DAY: long ago. */
  Day                  until;   /* LAST_DAY: open. */
} Context;

static const guint8 month_days[2][13] = {
  { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
  { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
};

static const guint16 days_before_month[2][13] = {
  { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
  { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
};

static inline int
is_leap (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static inline Day
day_from_dmy (guint year,
              guint month,
              guint day)
{
  guint32 y = year - 1;

  return y * 365 + y / 4 - y / 100 + y / 400 +
         days_before_month[is_leap (year)][month] + day;
}

/* The day number of a GDate, or NO_DAY when it is NULL or invalid. */
static inline Day
day_of (const GDate *date)
{
  if (date == NULL)
    return NO_DAY;
  if (date->julian)
    return date->julian_days;
  if (date->dmy && date->year > 0 && date->month >= 1 && date->month <= 12 &&
      date->day >= 1 && date->day <= month_days[is_leap (date->year)][date->month])
    return day_from_dmy (date->year, date->month, date->day);
  return NO_DAY;
}

/* Year, month and day of month (H. Hinnant's civil_from_days). */
static inline void
civil_from_day (Day    day,
                guint *year,
                guint *month,
                guint *mday)
{
  guint32 z = day + DAY_TO_MARCH_ERA;
  guint32 era = z / 146097;
  guint32 doe = z - era * 146097;
  guint32 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  guint32 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  guint32 mp = (5 * doy + 2) / 153;
  guint32 m = mp < 10 ? mp + 3 : mp - 9;

  *mday = doy - (153 * mp + 2) / 5 + 1;
  *month = m;
  *year = yoe + era * 400 + (m <= 2);
}

static inline Day
span_start (const Context *ctx,
            guint          i)
{
  return day_of (&ctx->terms[i].start);
}

static inline Day
span_end (const Context *ctx,
          guint          i)
{
  return day_of (&ctx->terms[i].end);
}

/* The first span that ends on or after day, or n_terms. */
static guint
first_span_from (const Context *ctx,
                 Day            day)
{
  guint lo = 0, hi = ctx->n_terms;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (span_end (ctx, mid) < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static int
span_containing (const Context *ctx,
                 Day            day)
{
  guint i = first_span_from (ctx, day);

  if (i < ctx->n_terms && span_start (ctx, i) <= day)
    return (int) i;
  return -1;
}

/* The latest term day on or before day, or NO_DAY. */
static Day
term_day_upto (const Context *ctx,
               Day            day)
{
  guint i = first_span_from (ctx, day);

  if (i < ctx->n_terms && span_start (ctx, i) <= day)
    return day;
  return i > 0 ? span_end (ctx, i - 1) : NO_DAY;
}

/* The earliest term day on or after day, or NO_DAY. */
static Day
term_day_from (const Context *ctx,
               Day            day)
{
  guint i = first_span_from (ctx, day);

  if (i == ctx->n_terms)
    return NO_DAY;
  return MAX (day, span_start (ctx, i));
}

/* How many of the rule's days lie in [from, to]. */
static guint32
rule_days (const Context *ctx,
           Day            from,
           Day            to)
{
  guint32 n = 0;
  guint i;

  if (from > to)
    return 0;
  if (!ctx->term_only)
    return to - from + 1;

  for (i = first_span_from (ctx, from); i < ctx->n_terms; i++)
    {
      Day s = span_start (ctx, i);
      Day e = span_end (ctx, i);

      if (s > to)
        break;
      s = MAX (s, from);
      e = MIN (e, to);
      if (s <= e)
        n += e - s + 1;
    }

  return n;
}

/* The period containing day, which must be one of the rule's days. */
static void
period_containing (const Context *ctx,
                   Day            day,
                   Period        *p)
{
  guint year, month, mday;

  p->span = -1;

  switch (ctx->rule->period)
    {
    case HAVEN_DUE_PERIOD_WEEK:
      p->start = day - (day - 1) % 7;
      p->end = p->start + 6;
      break;

    case HAVEN_DUE_PERIOD_MONTH:
      civil_from_day (day, &year, &month, &mday);
      p->start = day - (mday - 1);
      p->end = p->start + month_days[is_leap (year)][month] - 1;
      break;

    case HAVEN_DUE_PERIOD_TERM:
    default:
      p->span = span_containing (ctx, day);
      g_assert (p->span >= 0);
      p->start = span_start (ctx, (guint) p->span);
      p->end = span_end (ctx, (guint) p->span);
      break;
    }

  if (ctx->term_only)
    {
      p->first = term_day_from (ctx, p->start);
      p->last = term_day_upto (ctx, p->end);
    }
  else
    {
      p->first = p->start;
      p->last = p->end;
    }
}

/* The first day of the child's part of a period. */
static inline Day
part_start (const Context *ctx,
            const Period  *p)
{
  return MAX (p->start, ctx->since);
}

static inline Day
part_end (const Context *ctx,
          const Period  *p)
{
  return MIN (p->last, ctx->until);
}

static gboolean
counts (const Context *ctx,
        const Period  *p)
{
  guint32 n = rule_days (ctx, part_start (ctx, p), part_end (ctx, p));

  return n == p->end - p->start + 1 || n > ctx->rule->soon_days;
}

/* The nearest period before p that counts for the child, or FALSE. */
static gboolean
previous_counted (const Context *ctx,
                  const Period  *p,
                  Period        *prev)
{
  Period cur = *p;

  for (;;)
    {
      Day day;

      if (ctx->rule->period == HAVEN_DUE_PERIOD_TERM)
        {
          if (cur.span <= 0)
            return FALSE;
          day = span_end (ctx, (guint) cur.span - 1);
        }
      else if (cur.start <= 1)
        {
          return FALSE;
        }
      else if (ctx->term_only)
        {
          /* Straight to the last term day before: holidays ask nothing. */
          day = term_day_upto (ctx, cur.start - 1);
          if (day == NO_DAY)
            return FALSE;
        }
      else
        {
          day = cur.start - 1;
        }

      period_containing (ctx, day, &cur);
      if (cur.end < ctx->since)
        return FALSE;
      if (counts (ctx, &cur))
        {
          *prev = cur;
          return TRUE;
        }
    }
}

static void
set_day (GDate *date,
         Day    day)
{
  if (date == NULL)
    return;
  g_date_clear (date, 1);
  if (day != NO_DAY)
    g_date_set_julian (date, day);
}

gboolean
haven_due_rule_for_talk_kind (HavenTalkKind  kind,
                              HavenDueRule  *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  switch (kind)
    {
    case HAVEN_TALK_MONTHLY:
      *rule = (HavenDueRule) { HAVEN_DUE_PERIOD_MONTH, 7, TRUE };
      return TRUE;
    case HAVEN_TALK_MENTOR:
      *rule = (HavenDueRule) { HAVEN_DUE_PERIOD_WEEK, 2, TRUE };
      return TRUE;
    case HAVEN_TALK_FAMILY_CALL:
    case HAVEN_TALK_GUARDIAN_CONTACT:
      *rule = (HavenDueRule) { HAVEN_DUE_PERIOD_MONTH, 7, FALSE };
      return TRUE;
    case HAVEN_TALK_HOME_VISIT:
      *rule = (HavenDueRule) { HAVEN_DUE_PERIOD_TERM, 14, TRUE };
      return TRUE;
    case HAVEN_TALK_COUNSELLING:
    default:
      return FALSE;
    }
}

static void
init_context (Context             *ctx,
              const HavenDueRule  *rule,
              const HavenTermSpan *terms,
              guint                n_terms)
{
  ctx->rule = rule;
  ctx->terms = terms;
  ctx->n_terms = terms != NULL ? n_terms : 0;
  ctx->term_only = rule->term_days_only || rule->period == HAVEN_DUE_PERIOD_TERM;
  ctx->since = NO_DAY;
  ctx->until = LAST_DAY;
}

HavenDueStatus
haven_due_evaluate (const HavenDueRule  *rule,
                    const GDate         *today,
                    const GDate         *last_done,
                    const GDate         *since,
                    const GDate         *until,
                    const HavenTermSpan *terms,
                    guint                n_terms,
                    GDate               *due_by)
{
  Context ctx;
  Period period, prev;
  Day t, done, end;

  g_return_val_if_fail (rule != NULL, HAVEN_DUE_NOT_APPLICABLE);

  t = day_of (today);
  set_day (due_by, NO_DAY);

  g_return_val_if_fail (t != NO_DAY, HAVEN_DUE_NOT_APPLICABLE);
  g_return_val_if_fail (rule->period <= HAVEN_DUE_PERIOD_TERM, HAVEN_DUE_NOT_APPLICABLE);

  init_context (&ctx, rule, terms, n_terms);

  ctx.since = day_of (since);
  ctx.until = day_of (until);
  if (ctx.until == NO_DAY)
    ctx.until = LAST_DAY;

  done = day_of (last_done);
  if (done > t)
    done = NO_DAY;

  if (t < ctx.since || t > ctx.until)
    return HAVEN_DUE_NOT_APPLICABLE;
  if (ctx.term_only && span_containing (&ctx, t) < 0)
    return HAVEN_DUE_NOT_APPLICABLE;

  period_containing (&ctx, t, &period);
  end = part_end (&ctx, &period);

  if (done != NO_DAY && done >= part_start (&ctx, &period))
    {
      set_day (due_by, end);
      return HAVEN_DUE_DONE;
    }

  if (previous_counted (&ctx, &period, &prev) &&
      (done == NO_DAY || done < part_start (&ctx, &prev)))
    {
      set_day (due_by, end);
      return HAVEN_DUE_OVERDUE;
    }

  if (!counts (&ctx, &period))
    return HAVEN_DUE_NOT_APPLICABLE;

  set_day (due_by, end);

  if (rule_days (&ctx, t, end) <= rule->soon_days)
    return HAVEN_DUE_SOON;

  return HAVEN_DUE_OPEN;
}

gboolean
haven_due_period_bounds (const HavenDueRule  *rule,
                         const GDate         *day,
                         const HavenTermSpan *terms,
                         guint                n_terms,
                         GDate               *start,
                         GDate               *end)
{
  Context ctx;
  Period period;
  Day d;

  g_return_val_if_fail (rule != NULL, FALSE);

  d = day_of (day);
  set_day (start, NO_DAY);
  set_day (end, NO_DAY);

  g_return_val_if_fail (d != NO_DAY, FALSE);
  g_return_val_if_fail (rule->period <= HAVEN_DUE_PERIOD_TERM, FALSE);

  init_context (&ctx, rule, terms, n_terms);

  if (ctx.term_only && span_containing (&ctx, d) < 0)
    return FALSE;

  period_containing (&ctx, d, &period);
  set_day (start, period.first);
  set_day (end, period.last);

  return TRUE;
}

HavenDueStatus
haven_due_evaluate_date (const GDate *today,
                         const GDate *due,
                         guint        soon_days)
{
  Day t = day_of (today);
  Day d = day_of (due);

  g_return_val_if_fail (t != NO_DAY, HAVEN_DUE_NOT_APPLICABLE);

  if (d == NO_DAY)
    return HAVEN_DUE_DONE;
  if (t > d)
    return HAVEN_DUE_OVERDUE;
  if (d - t < soon_days)
    return HAVEN_DUE_SOON;
  return HAVEN_DUE_OPEN;
}
