/* haven-recurrence.c: the days a repeating activity falls on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-recurrence"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "haven-lunar.h"
#include "haven-recurrence.h"
#include "haven-validate.h"

/* Each generator below walks the candidates of one rule in increasing
 * order, starting at the range rather than at the rule's start, so an old
 * series costs no more than a new one. Days are GDate Julian days. */

/* More exceptions than this are sorted and searched. */
#define FEW_EXCEPTIONS 16

typedef struct
{
  GArray        *out;          /* borrowed */
  guint32        lo;           /* first day that may be added: max (from, start) */
  guint32        hi;           /* first day that may not: min (to, until + 1) */
  const guint32 *exceptions;   /* borrowed */
  guint          n_exceptions;
  guint          added;
  guint          limit;
} Sink;

static int
compare_julian (const void *a,
                const void *b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
is_exception (const Sink *sink,
              guint32     day)
{
  if (sink->n_exceptions > FEW_EXCEPTIONS)
    return bsearch (&day, sink->exceptions, sink->n_exceptions, sizeof (guint32),
                    compare_julian) != NULL;

  for (guint i = 0; i < sink->n_exceptions; i++)
    if (sink->exceptions[i] == day)
      return TRUE;
  return FALSE;
}

/* Adds day unless it is an exception; FALSE once the cap is reached. */
static gboolean
sink_add (Sink    *sink,
          guint32  day)
{
  /* Zeroed as g_date_clear() does, without a call per occurrence. */
  GDate date = { 0 };

  if (is_exception (sink, day))
    return TRUE;

  g_date_set_julian (&date, day);
  g_array_append_val (sink->out, date);
  return ++sink->added < sink->limit;
}

/* Whether a generator should go on after the candidate day: it adds the
 * day when it lies in the range. */
static gboolean
offer (Sink    *sink,
       guint32  day)
{
  if (day >= sink->hi)
    return FALSE;
  if (day < sink->lo)
    return TRUE;
  return sink_add (sink, day);
}

/* The smallest multiple of step that is at least n (n may be negative). */
static gint64
round_up (gint64 n,
          guint  step)
{
  if (n <= 0)
    return 0;
  return (n + step - 1) / step * step;
}

/* Gregorian dates as GDate Julian days (day 1 is 0001-01-01) by integer
 * arithmetic (Howard Hinnant's days_from_civil and civil_from_days), so
 * the loops make no GDate calls. */
#define UNIX_EPOCH_JULIAN 719163

static gint64
julian_from_civil (gint64   year,
                   unsigned month,
                   unsigned day)
{
  gint64 era;
  unsigned year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = (unsigned) (year - era * 400);
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + (gint64) day_of_era - 719468 + UNIX_EPOCH_JULIAN;
}

static void
civil_from_julian (gint64  julian,
                   int    *year,
                   int    *month)
{
  gint64 z = julian - UNIX_EPOCH_JULIAN + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned day_of_era = (unsigned) (z - era * 146097);
  unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 -
                          day_of_era / 146096) / 365;
  unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  unsigned shifted_month = (5 * day_of_year + 2) / 153;

  *month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  *year = (int) (year_of_era + era * 400 + (*month <= 2));
}

static int
days_in_month (gint64 year,
               int    month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return month == 2 && leap ? 29 : days[month - 1];
}

/* The day, or the month's last day when it is shorter; past the years a
 * GDate can hold, a day no range reaches. */
static guint32
julian_clamped (gint64 year,
                int    month,
                int    day)
{
  if (year < 1 || year > G_MAXUINT16)
    return G_MAXUINT32;
  return julian_from_civil (year, month, MIN (day, days_in_month (year, month)));
}

static void
expand_weekly (const HavenRecurrenceRule *rule,
               guint                      step,
               Sink                      *sink)
{
  guint32 start = g_date_get_julian (&rule->start);
  guint32 start_monday = start - (g_date_get_weekday (&rule->start) - G_DATE_MONDAY);
  guint mask = rule->weekdays & 0x7f;
  gint64 week;

  if (mask == 0)
    mask = HAVEN_WEEKDAY_BIT (g_date_get_weekday (&rule->start));

  week = round_up ((sink->lo - start_monday) / 7, step);
  for (;; week += step)
    {
      gint64 monday = start_monday + week * 7;

      if (monday >= sink->hi)
        return;
      for (guint bit = 0; bit < 7; bit++)
        if ((mask & (1u << bit)) != 0 && !offer (sink, monday + bit))
          return;
    }
}

/* A day the month lacks falls on its last day: "monthly on the 31st" is,
 * to a school, the end of each month. */
static void
expand_monthly (const HavenRecurrenceRule *rule,
                guint                      step,
                Sink                      *sink)
{
  int day = g_date_get_day (&rule->start);
  gint64 first = g_date_get_year (&rule->start) * 12 + g_date_get_month (&rule->start) - 1;
  int lo_year, lo_month;
  gint64 k;

  civil_from_julian (sink->lo, &lo_year, &lo_month);
  k = round_up ((gint64) lo_year * 12 + lo_month - 1 - first, step);

  for (;; k += step)
    {
      gint64 index = first + k;

      if (!offer (sink, julian_clamped (index / 12, index % 12 + 1, day)))
        return;
    }
}

/* Yearly on the same day; 29 February falls on the 28th in other years. */
static void
expand_yearly (const HavenRecurrenceRule *rule,
               guint                      step,
               Sink                      *sink)
{
  int year = g_date_get_year (&rule->start);
  int month = g_date_get_month (&rule->start);
  int day = g_date_get_day (&rule->start);
  int lo_year, lo_month;
  gint64 k;

  civil_from_julian (sink->lo, &lo_year, &lo_month);
  k = round_up (lo_year - year, step);

  for (;; k += step)
    if (!offer (sink, julian_clamped (year + k, month, day)))
      return;
}

/* Every N lunar months on start's lunar day, leap months counting as
 * months; the 30th falls on the 29th in a short month. Past the lunar
 * table (haven-lunar.h) there are no occurrences: only start itself when
 * it lies outside. */
static void
expand_lunar_monthly (const HavenRecurrenceRule *rule,
                      guint                      step,
                      Sink                      *sink)
{
  HavenLunarDate start, lo;
  GDate lo_date;
  int first, k;

  if (!haven_lunar_from_solar (&rule->start, &start))
    {
      offer (sink, g_date_get_julian (&rule->start));
      return;
    }
  g_date_clear (&lo_date, 1);
  g_date_set_julian (&lo_date, sink->lo);
  if (!haven_lunar_from_solar (&lo_date, &lo))
    return;

  first = haven_lunar_month_serial (start.year, start.month, start.leap_month);
  k = round_up (haven_lunar_month_serial (lo.year, lo.month, lo.leap_month) - first, step);

  for (;; k += step)
    {
      GDate first_day;
      int year, month;
      gboolean leap;
      guint days;

      if (!haven_lunar_month_at_serial (first + k, &year, &month, &leap, &first_day))
        return;
      days = haven_lunar_month_days (year, month, leap);
      if (!offer (sink, g_date_get_julian (&first_day) + MIN ((guint) start.day, days) - 1))
        return;
    }
}

/* Yearly on start's lunar month and day, in the ordinary month: someone
 * born in a leap month keeps the birthday in the month of that number.
 * The 30th falls on the 29th in a year whose month is short. */
static void
expand_lunar_yearly (const HavenRecurrenceRule *rule,
                     guint                      step,
                     Sink                      *sink)
{
  HavenLunarDate start, lo;
  GDate lo_date;
  gint64 k;

  if (!haven_lunar_from_solar (&rule->start, &start))
    {
      offer (sink, g_date_get_julian (&rule->start));
      return;
    }
  g_date_clear (&lo_date, 1);
  g_date_set_julian (&lo_date, sink->lo);
  if (!haven_lunar_from_solar (&lo_date, &lo))
    return;

  k = round_up (lo.year - start.year, step);
  for (;; k += step)
    {
      GDate day;

      if (k == 0)
        day = rule->start;
      else if (!haven_lunar_to_solar (start.year + k, start.month, start.day, FALSE, &day))
        return;
      if (!offer (sink, g_date_get_julian (&day)))
        return;
    }
}

/* Once a term, as many days after the term's first day as start is after
 * the first day of its own term; a day past a shorter term's end falls on
 * its last day. A start outside every term has no later occurrences. */
static void
expand_termly (const HavenRecurrenceRule *rule,
               guint                      step,
               const HavenTermSpan       *terms,
               guint                      n_terms,
               Sink                      *sink)
{
  guint32 start = g_date_get_julian (&rule->start);
  guint32 offset = 0;
  guint anchor;

  for (anchor = 0; anchor < n_terms; anchor++)
    if (g_date_get_julian (&terms[anchor].start) <= start &&
        start <= g_date_get_julian (&terms[anchor].end))
      break;

  if (anchor == n_terms)
    {
      offer (sink, start);
      return;
    }

  offset = start - g_date_get_julian (&terms[anchor].start);
  for (guint i = anchor; i < n_terms; i += step)
    {
      guint32 day = MIN (g_date_get_julian (&terms[i].start) + offset,
                         g_date_get_julian (&terms[i].end));

      /* A term that ends before the range has nothing to add. */
      if (g_date_get_julian (&terms[i].end) < sink->lo)
        continue;
      if (!offer (sink, day))
        return;
    }
}

static gboolean
terms_are_valid (const HavenTermSpan *terms,
                 guint                n_terms)
{
  for (guint i = 0; i < n_terms; i++)
    {
      if (!g_date_valid (&terms[i].start) || !g_date_valid (&terms[i].end) ||
          g_date_compare (&terms[i].start, &terms[i].end) > 0)
        return FALSE;
      if (i > 0 && g_date_compare (&terms[i - 1].end, &terms[i].start) >= 0)
        return FALSE;
    }
  return TRUE;
}

static guint
expand (GArray                    *out,
        const HavenRecurrenceRule *rule,
        guint32                    from,
        guint32                    to,
        const HavenTermSpan       *terms,
        guint                      n_terms,
        const GDate               *exceptions,
        guint                      n_exceptions,
        guint                      limit)
{
  guint32 few[FEW_EXCEPTIONS];
  g_autofree guint32 *many = NULL;
  guint32 *days = few;
  guint n_days = 0;
  guint step = MAX (rule->interval, 1);
  Sink sink = { .out = out, .limit = limit };

  sink.lo = MAX (from, g_date_get_julian (&rule->start));
  sink.hi = to;
  if (g_date_valid (&rule->until))
    sink.hi = MIN ((guint64) to, (guint64) g_date_get_julian (&rule->until) + 1);
  if (sink.lo >= sink.hi)
    return 0;

  if (n_exceptions > FEW_EXCEPTIONS)
    days = many = g_new (guint32, n_exceptions);
  for (guint i = 0; i < n_exceptions; i++)
    if (g_date_valid (&exceptions[i]))
      days[n_days++] = g_date_get_julian (&exceptions[i]);
  if (n_days > FEW_EXCEPTIONS)
    qsort (days, n_days, sizeof (guint32), compare_julian);
  sink.exceptions = days;
  sink.n_exceptions = n_days;

  switch (rule->kind)
    {
    case HAVEN_RECURRENCE_NONE:
      offer (&sink, g_date_get_julian (&rule->start));
      break;
    case HAVEN_RECURRENCE_WEEKLY:
      expand_weekly (rule, step, &sink);
      break;
    case HAVEN_RECURRENCE_MONTHLY:
      if (rule->lunar)
        expand_lunar_monthly (rule, step, &sink);
      else
        expand_monthly (rule, step, &sink);
      break;
    case HAVEN_RECURRENCE_YEARLY:
      if (rule->lunar)
        expand_lunar_yearly (rule, step, &sink);
      else
        expand_yearly (rule, step, &sink);
      break;
    case HAVEN_RECURRENCE_TERMLY:
      expand_termly (rule, step, terms, n_terms, &sink);
      break;
    default:
      g_critical ("Unknown recurrence %d", rule->kind);
      break;
    }

  return sink.added;
}

void
haven_recurrence_rule_init (HavenRecurrenceRule *rule,
                            HavenRecurrence      kind,
                            const GDate         *start)
{
  g_return_if_fail (rule != NULL);
  g_return_if_fail (start != NULL && g_date_valid (start));

  memset (rule, 0, sizeof *rule);
  rule->kind = kind;
  rule->start = *start;
  g_date_clear (&rule->until, 1);
}

guint
haven_recurrence_expand_into (GArray                    *out,
                              const HavenRecurrenceRule *rule,
                              const GDate               *from,
                              const GDate               *to,
                              const HavenTermSpan       *terms,
                              guint                      n_terms,
                              const GDate               *exceptions,
                              guint                      n_exceptions)
{
  g_return_val_if_fail (out != NULL && g_array_get_element_size (out) == sizeof (GDate), 0);
  g_return_val_if_fail (rule != NULL && g_date_valid (&rule->start), 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);
  g_return_val_if_fail (n_terms == 0 || terms != NULL, 0);
  g_return_val_if_fail (n_exceptions == 0 || exceptions != NULL, 0);
  g_return_val_if_fail (rule->kind != HAVEN_RECURRENCE_TERMLY || terms_are_valid (terms, n_terms), 0);

  return expand (out, rule, g_date_get_julian (from), g_date_get_julian (to),
                 terms, n_terms, exceptions, n_exceptions, HAVEN_RECURRENCE_MAX_OCCURRENCES);
}

GArray *
haven_recurrence_expand (const HavenRecurrenceRule *rule,
                         const GDate               *from,
                         const GDate               *to,
                         const HavenTermSpan       *terms,
                         guint                      n_terms,
                         const GDate               *exceptions,
                         guint                      n_exceptions)
{
  GArray *out;

  g_return_val_if_fail (rule != NULL && g_date_valid (&rule->start), NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);

  out = g_array_new (FALSE, FALSE, sizeof (GDate));
  haven_recurrence_expand_into (out, rule, from, to, terms, n_terms, exceptions, n_exceptions);
  return out;
}

gboolean
haven_recurrence_next_after (const HavenRecurrenceRule *rule,
                             const GDate               *after,
                             const HavenTermSpan       *terms,
                             guint                      n_terms,
                             const GDate               *exceptions,
                             guint                      n_exceptions,
                             GDate                     *out)
{
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (rule != NULL && g_date_valid (&rule->start), FALSE);
  g_return_val_if_fail (after != NULL && g_date_valid (after), FALSE);
  g_return_val_if_fail (n_terms == 0 || terms != NULL, FALSE);
  g_return_val_if_fail (n_exceptions == 0 || exceptions != NULL, FALSE);
  g_return_val_if_fail (rule->kind != HAVEN_RECURRENCE_TERMLY || terms_are_valid (terms, n_terms), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  /* Open-ended: each generator stops at its first find, or where its
   * calendar ends. */
  found = g_array_new (FALSE, FALSE, sizeof (GDate));
  if (expand (found, rule, (guint64) g_date_get_julian (after) + 1, G_MAXUINT32,
              terms, n_terms, exceptions, n_exceptions, 1) == 0)
    return FALSE;

  *out = g_array_index (found, GDate, 0);
  return TRUE;
}

gboolean
haven_date_parse_iso (const char *text,
                      GDate      *out)
{
  char day[11];

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  /* The time, if any, follows after one space or a "T". */
  if (strlen (text) < 10 || (text[10] != '\0' && text[10] != ' ' && text[10] != 'T'))
    return FALSE;

  memcpy (day, text, 10);
  day[10] = '\0';
  return haven_validate_date (day, out, NULL);
}

char *
haven_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}
