/* test-due.c: the due rules at their boundaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-due"

#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "haven-due.h"

/* The seeds' defaults, as haven_due_rule_for_talk_kind () gives them. */
#define CLASS_TALK  { HAVEN_DUE_PERIOD_MONTH, 7, TRUE }
#define MENTOR_TALK { HAVEN_DUE_PERIOD_WEEK, 2, TRUE }
#define PHONE_CALL  { HAVEN_DUE_PERIOD_MONTH, 7, FALSE }
#define HOME_VISIT  { HAVEN_DUE_PERIOD_TERM, 14, TRUE }

#define DONE    HAVEN_DUE_DONE
#define OPEN    HAVEN_DUE_OPEN
#define SOON    HAVEN_DUE_SOON
#define OVERDUE HAVEN_DUE_OVERDUE
#define NA      HAVEN_DUE_NOT_APPLICABLE

typedef enum
{
  NO_TERMS,
  /* 2023-09-01 (Fri) – 2024-01-19 (Fri), 2024-02-26 (Mon) – 2024-07-05
   * (Fri), 2024-09-02 (Mon) – 2025-01-17 (Fri). */
  TERMS,
  /* The same, with the National Day holiday cut out of the autumn term:
   * … 2024-09-02 – 2024-09-30 (Mon), 2024-10-08 (Tue) – 2025-01-17. */
  SPLIT_TERMS,
} TermTable;

static const char *const term_dates[] = {
  "2023-09-01", "2024-01-19",
  "2024-02-26", "2024-07-05",
  "2024-09-02", "2025-01-17",
};

static const char *const split_term_dates[] = {
  "2023-09-01", "2024-01-19",
  "2024-02-26", "2024-07-05",
  "2024-09-02", "2024-09-30",
  "2024-10-08", "2025-01-17",
};

typedef struct
{
  const char     *what;
  HavenDueRule    rule;
  TermTable       table;
  const char     *today;
  const char     *last_done;  /* NULL: never. */
  const char     *since;      /* NULL: long ago. */
  const char     *until;      /* NULL: open. */
  HavenDueStatus  status;
  const char     *due_by;     /* NULL: cleared. */
} DueCase;

static const char *
status_name (HavenDueStatus status)
{
  static const char *const names[] = {
    "DONE", "OPEN", "SOON", "OVERDUE", "NOT_APPLICABLE",
  };

  return status < G_N_ELEMENTS (names) ? names[status] : "?";
}

/* A GDate as the store would hand it over: set from day, month and year
 * (so only its dmy half is valid), or from a julian day. */
static void
parse_date (const char *text,
            gboolean    julian,
            GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL)
    return;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_assert_true (g_date_valid_dmy (d, m, y));

  if (julian)
    {
      GDate tmp;

      g_date_clear (&tmp, 1);
      g_date_set_dmy (&tmp, d, m, y);
      g_date_set_julian (date, g_date_get_julian (&tmp));
    }
  else
    {
      g_date_set_dmy (date, d, m, y);
    }
}

static char *
format_date (const GDate *date)
{
  if (!g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static HavenTermSpan *
make_terms (TermTable  table,
            gboolean   julian,
            guint     *n_terms)
{
  const char *const *dates = table == SPLIT_TERMS ? split_term_dates : term_dates;
  guint n = table == NO_TERMS ? 0
          : table == SPLIT_TERMS ? G_N_ELEMENTS (split_term_dates) / 2
          : G_N_ELEMENTS (term_dates) / 2;
  HavenTermSpan *terms = g_new0 (HavenTermSpan, MAX (n, 1));
  guint i;

  for (i = 0; i < n; i++)
    {
      parse_date (dates[2 * i], julian, &terms[i].start);
      parse_date (dates[2 * i + 1], julian, &terms[i].end);
    }

  *n_terms = n;
  return terms;
}

static void
check_case (const DueCase *c,
            gboolean       julian)
{
  g_autofree HavenTermSpan *terms = NULL;
  g_autofree HavenTermSpan *before = NULL;
  g_autofree char *due_text = NULL;
  GDate today, last_done, since, until, due_by;
  HavenDueStatus status;
  guint n_terms;

  terms = make_terms (c->table, julian, &n_terms);
  before = g_memdup2 (terms, sizeof (HavenTermSpan) * MAX (n_terms, 1));
  parse_date (c->today, julian, &today);
  parse_date (c->last_done, julian, &last_done);
  parse_date (c->since, julian, &since);
  parse_date (c->until, julian, &until);
  /* Something to overwrite. */
  g_date_clear (&due_by, 1);
  g_date_set_dmy (&due_by, 1, 1, 2000);

  status = haven_due_evaluate (&c->rule, &today, &last_done, &since, &until,
                               terms, n_terms, &due_by);
  due_text = format_date (&due_by);

  if (status != c->status || g_strcmp0 (due_text, c->due_by) != 0)
    g_test_message ("%s (%s dates): got %s due by %s, expected %s due by %s",
                    c->what, julian ? "julian" : "dmy", status_name (status),
                    due_text ? due_text : "-", status_name (c->status),
                    c->due_by ? c->due_by : "-");
  g_assert_cmpstr (status_name (status), ==, status_name (c->status));
  g_assert_cmpstr (due_text, ==, c->due_by);

  /* The terms are shared between threads: they are only ever read. */
  g_assert_cmpmem (terms, sizeof (HavenTermSpan) * n_terms,
                   before, sizeof (HavenTermSpan) * n_terms);

  /* due_by is optional. */
  g_assert_cmpint (haven_due_evaluate (&c->rule, &today, &last_done, &since, &until,
                                       terms, n_terms, NULL), ==, c->status);
}

static void
check_cases (const DueCase *cases,
             gsize          n)
{
  gsize i;

  for (i = 0; i < n; i++)
    {
      g_test_message ("case: %s", cases[i].what);
      check_case (&cases[i], FALSE);
      check_case (&cases[i], TRUE);
    }
}

/* A monthly rule that runs through the holidays (the phone call). */
static void
test_month_ends (void)
{
  static const DueCase cases[] = {
    { "record on the last day of January counts for January",
      PHONE_CALL, NO_TERMS, "2024-01-31", "2024-01-31", NULL, NULL, DONE, "2024-01-31" },
    { "first of February, January done on its last day",
      PHONE_CALL, NO_TERMS, "2024-02-01", "2024-01-31", NULL, NULL, OPEN, "2024-02-29" },
    { "leap February: the 22nd is 8 days from the end",
      PHONE_CALL, NO_TERMS, "2024-02-22", "2024-01-31", NULL, NULL, OPEN, "2024-02-29" },
    { "leap February: the 23rd starts the last 7 days",
      PHONE_CALL, NO_TERMS, "2024-02-23", "2024-01-31", NULL, NULL, SOON, "2024-02-29" },
    { "common February: the 21st is 8 days from the end",
      PHONE_CALL, NO_TERMS, "2023-02-21", "2023-01-15", NULL, NULL, OPEN, "2023-02-28" },
    { "common February: the 22nd starts the last 7 days",
      PHONE_CALL, NO_TERMS, "2023-02-22", "2023-01-15", NULL, NULL, SOON, "2023-02-28" },
    { "record on Feb 29",
      PHONE_CALL, NO_TERMS, "2024-02-29", "2024-02-29", NULL, NULL, DONE, "2024-02-29" },
    { "March 1st, February done on the 29th",
      PHONE_CALL, NO_TERMS, "2024-03-01", "2024-02-29", NULL, NULL, OPEN, "2024-03-31" },
    { "March 1st, February missed",
      PHONE_CALL, NO_TERMS, "2024-03-01", "2024-01-31", NULL, NULL, OVERDUE, "2024-03-31" },
    { "never done",
      PHONE_CALL, NO_TERMS, "2024-03-01", NULL, NULL, NULL, OVERDUE, "2024-03-31" },
    { "30-day month: the 23rd is 8 days from the end",
      PHONE_CALL, NO_TERMS, "2024-04-23", "2024-03-10", NULL, NULL, OPEN, "2024-04-30" },
    { "30-day month: the 24th starts the last 7 days",
      PHONE_CALL, NO_TERMS, "2024-04-24", "2024-03-10", NULL, NULL, SOON, "2024-04-30" },
    { "New Year's Eve, November done",
      PHONE_CALL, NO_TERMS, "2024-12-31", "2024-11-30", NULL, NULL, SOON, "2024-12-31" },
    { "New Year's Day, December done on its last day",
      PHONE_CALL, NO_TERMS, "2025-01-01", "2024-12-31", NULL, NULL, OPEN, "2025-01-31" },
    { "New Year's Day, December missed",
      PHONE_CALL, NO_TERMS, "2025-01-01", "2024-11-30", NULL, NULL, OVERDUE, "2025-01-31" },
    { "done on New Year's Day",
      PHONE_CALL, NO_TERMS, "2025-01-01", "2025-01-01", NULL, NULL, DONE, "2025-01-31" },
    { "a last_done after today is ignored",
      PHONE_CALL, NO_TERMS, "2024-03-10", "2024-03-20", NULL, NULL, OVERDUE, "2024-03-31" },
    { "phone calls run through the summer holiday",
      PHONE_CALL, TERMS, "2024-08-15", "2024-07-20", NULL, NULL, OPEN, "2024-08-31" },
    { "a call missed in the July holiday is overdue in August",
      PHONE_CALL, TERMS, "2024-08-26", "2024-06-10", NULL, NULL, OVERDUE, "2024-08-31" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The mentor talk: Monday to Sunday, on term days. */
static void
test_weeks (void)
{
  static const DueCase cases[] = {
    { "done on Monday, checked on Wednesday",
      MENTOR_TALK, TERMS, "2024-03-06", "2024-03-04", NULL, NULL, DONE, "2024-03-10" },
    { "Friday is 3 days from Sunday",
      MENTOR_TALK, TERMS, "2024-03-08", "2024-02-28", NULL, NULL, OPEN, "2024-03-10" },
    { "Saturday starts the last 2 days; last week crossed into March",
      MENTOR_TALK, TERMS, "2024-03-09", "2024-02-28", NULL, NULL, SOON, "2024-03-10" },
    { "record on Sunday counts for its week",
      MENTOR_TALK, TERMS, "2024-03-10", "2024-03-10", NULL, NULL, DONE, "2024-03-10" },
    { "Monday after a Sunday talk",
      MENTOR_TALK, TERMS, "2024-03-11", "2024-03-10", NULL, NULL, OPEN, "2024-03-17" },
    { "Monday after a week missed",
      MENTOR_TALK, TERMS, "2024-03-11", "2024-03-03", NULL, NULL, OVERDUE, "2024-03-17" },
    { "the week across New Year, done on Monday Dec 30",
      MENTOR_TALK, TERMS, "2025-01-02", "2024-12-30", NULL, NULL, DONE, "2025-01-05" },
    { "after the New Year week, done on Dec 31",
      MENTOR_TALK, TERMS, "2025-01-06", "2024-12-31", NULL, NULL, OPEN, "2025-01-12" },
    { "after the New Year week, missed (last talk Sunday Dec 29)",
      MENTOR_TALK, TERMS, "2025-01-06", "2024-12-29", NULL, NULL, OVERDUE, "2025-01-12" },
    { "the term ends on Friday: Wednesday is 3 term days from it",
      MENTOR_TALK, TERMS, "2025-01-15", "2025-01-08", NULL, NULL, OPEN, "2025-01-17" },
    { "the term ends on Friday: the window moves to Thursday and Friday",
      MENTOR_TALK, TERMS, "2025-01-16", "2025-01-08", NULL, NULL, SOON, "2025-01-17" },
    { "the Saturday after the term is a holiday",
      MENTOR_TALK, TERMS, "2025-01-18", "2025-01-08", NULL, NULL, NA, NULL },
    { "the term starts on a Friday: Friday to Sunday counts",
      MENTOR_TALK, TERMS, "2023-09-01", NULL, NULL, NULL, OPEN, "2023-09-03" },
    { "the term starts on a Friday: Saturday is due soon",
      MENTOR_TALK, TERMS, "2023-09-02", NULL, NULL, NULL, SOON, "2023-09-03" },
    { "first week of term, the last week of the previous term done",
      MENTOR_TALK, TERMS, "2024-02-26", "2024-01-17", NULL, NULL, OPEN, "2024-03-03" },
    { "first week of term, the last week of the previous term missed",
      MENTOR_TALK, TERMS, "2024-02-26", "2024-01-12", NULL, NULL, OVERDUE, "2024-03-03" },
    { "first week of term, a talk in the holidays after the miss",
      MENTOR_TALK, TERMS, "2024-02-26", "2024-02-10", NULL, NULL, OPEN, "2024-03-03" },
    { "a weekly rule through the holidays: Saturday of a summer week",
      { HAVEN_DUE_PERIOD_WEEK, 2, FALSE }, TERMS, "2024-08-10", "2024-08-01", NULL, NULL,
      SOON, "2024-08-11" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The class-teacher talk: calendar months clipped to the terms. */
static void
test_months_and_terms (void)
{
  static const DueCase cases[] = {
    { "the term ends Jan 19: the 12th is 8 term days from it",
      CLASS_TALK, TERMS, "2024-01-12", "2023-12-20", NULL, NULL, OPEN, "2024-01-19" },
    { "the term ends Jan 19: the window moves to Jan 13-19",
      CLASS_TALK, TERMS, "2024-01-13", "2023-12-20", NULL, NULL, SOON, "2024-01-19" },
    { "a winter holiday day",
      CLASS_TALK, TERMS, "2024-01-22", "2023-12-20", NULL, NULL, NA, NULL },
    { "the term starts Feb 26: 4 term days ask nothing, January done",
      CLASS_TALK, TERMS, "2024-02-27", "2024-01-10", NULL, NULL, NA, NULL },
    { "the term starts Feb 26: January missed shows through the stub",
      CLASS_TALK, TERMS, "2024-02-27", "2023-12-20", NULL, NULL, OVERDUE, "2024-02-29" },
    { "a talk in the stub",
      CLASS_TALK, TERMS, "2024-02-27", "2024-02-27", NULL, NULL, DONE, "2024-02-29" },
    { "a talk in the February holidays counts for February",
      CLASS_TALK, TERMS, "2024-02-27", "2024-02-15", NULL, NULL, DONE, "2024-02-29" },
    { "March: the February stub is skipped back to January, done",
      CLASS_TALK, TERMS, "2024-03-04", "2024-01-10", NULL, NULL, OPEN, "2024-03-31" },
    { "March: the February stub is skipped back to January, missed",
      CLASS_TALK, TERMS, "2024-03-04", "2023-12-20", NULL, NULL, OVERDUE, "2024-03-31" },
    { "March: a holiday talk after January keeps it from being missed",
      CLASS_TALK, TERMS, "2024-03-04", "2024-02-15", NULL, NULL, OPEN, "2024-03-31" },
    { "June 24 starts the last 7 days of June",
      CLASS_TALK, TERMS, "2024-06-24", "2024-05-31", NULL, NULL, SOON, "2024-06-30" },
    { "the term ends Jul 5: July's 5 term days ask nothing, June done",
      CLASS_TALK, TERMS, "2024-07-03", "2024-06-12", NULL, NULL, NA, NULL },
    { "the term ends Jul 5: June missed",
      CLASS_TALK, TERMS, "2024-07-03", "2024-05-20", NULL, NULL, OVERDUE, "2024-07-05" },
    { "August has no term day",
      CLASS_TALK, TERMS, "2024-08-15", "2024-06-12", NULL, NULL, NA, NULL },
    { "September: back over August and the July stub to June, done",
      CLASS_TALK, TERMS, "2024-09-02", "2024-06-12", NULL, NULL, OPEN, "2024-09-30" },
    { "September: back over August and the July stub to June, missed",
      CLASS_TALK, TERMS, "2024-09-02", "2024-05-20", NULL, NULL, OVERDUE, "2024-09-30" },
    { "a holiday talk on Sep 1, the day before term, counts for September",
      CLASS_TALK, TERMS, "2024-10-08", "2024-09-01", NULL, NULL, OPEN, "2024-10-31" },
    { "no terms: a term-days rule asks nothing",
      CLASS_TALK, NO_TERMS, "2024-03-04", NULL, NULL, NULL, NA, NULL },
    /* The autumn term with the National Day holiday cut out of it. */
    { "National Day holiday inside the term",
      CLASS_TALK, SPLIT_TERMS, "2024-10-03", "2024-09-10", NULL, NULL, NA, NULL },
    { "a talk in the National Day holiday counts for October",
      CLASS_TALK, SPLIT_TERMS, "2024-10-08", "2024-10-02", NULL, NULL, DONE, "2024-10-31" },
    { "October after the holiday: the 25th starts the last 7 days",
      CLASS_TALK, SPLIT_TERMS, "2024-10-25", "2024-09-10", NULL, NULL, SOON, "2024-10-31" },
    { "the week of National Day has one term day: it asks nothing",
      MENTOR_TALK, SPLIT_TERMS, "2024-09-30", "2024-09-25", NULL, NULL, NA, NULL },
    { "... but shows the week before missed",
      MENTOR_TALK, SPLIT_TERMS, "2024-09-30", "2024-09-20", NULL, NULL, OVERDUE, "2024-09-30" },
    { "the week after National Day, the week before it done",
      MENTOR_TALK, SPLIT_TERMS, "2024-10-08", "2024-09-25", NULL, NULL, OPEN, "2024-10-13" },
    { "the week after National Day, a talk on the one term day",
      MENTOR_TALK, SPLIT_TERMS, "2024-10-08", "2024-09-30", NULL, NULL, OPEN, "2024-10-13" },
    { "the week after National Day, the week before it missed",
      MENTOR_TALK, SPLIT_TERMS, "2024-10-08", "2024-09-20", NULL, NULL, OVERDUE, "2024-10-13" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The home visit: the period is the term. */
static void
test_term_rule (void)
{
  static const DueCase cases[] = {
    { "15 days before the term ends",
      HOME_VISIT, TERMS, "2024-06-21", "2023-10-10", NULL, NULL, OPEN, "2024-07-05" },
    { "14 days before the term ends",
      HOME_VISIT, TERMS, "2024-06-22", "2023-10-10", NULL, NULL, SOON, "2024-07-05" },
    { "a visit on the last day of term",
      HOME_VISIT, TERMS, "2024-07-05", "2024-07-05", NULL, NULL, DONE, "2024-07-05" },
    { "summer holiday",
      HOME_VISIT, TERMS, "2024-07-10", "2024-07-05", NULL, NULL, NA, NULL },
    { "new term, the last one visited",
      HOME_VISIT, TERMS, "2024-09-02", "2024-07-05", NULL, NULL, OPEN, "2025-01-17" },
    { "new term, the last one missed (a visit just before it)",
      HOME_VISIT, TERMS, "2024-09-02", "2024-02-20", NULL, NULL, OVERDUE, "2025-01-17" },
    { "a visit in the holidays does not count for the term after",
      HOME_VISIT, TERMS, "2024-03-01", "2024-02-20", NULL, NULL, OPEN, "2024-07-05" },
    { "joined in the last 14 days of term",
      HOME_VISIT, TERMS, "2024-06-26", NULL, "2024-06-25", NULL, NA, NULL },
    { "joined in the last 14 days: the first counted term is the next",
      HOME_VISIT, TERMS, "2024-09-10", NULL, "2024-06-25", NULL, OPEN, "2025-01-17" },
    { "no terms",
      HOME_VISIT, NO_TERMS, "2024-03-01", NULL, NULL, NULL, NA, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A child who joined mid-period. */
static void
test_since (void)
{
  static const DueCase cases[] = {
    { "the day before joining",
      PHONE_CALL, NO_TERMS, "2024-03-09", NULL, "2024-03-10", NULL, NA, NULL },
    { "joined today, mid-month",
      PHONE_CALL, NO_TERMS, "2024-03-10", NULL, "2024-03-10", NULL, OPEN, "2024-03-31" },
    { "joined mid-month, February before joining is not missed",
      PHONE_CALL, NO_TERMS, "2024-03-12", NULL, "2024-03-10", NULL, OPEN, "2024-03-31" },
    { "a record from before joining does not count",
      PHONE_CALL, NO_TERMS, "2024-03-12", "2024-03-05", "2024-03-10", NULL, OPEN, "2024-03-31" },
    { "joined 8 days before the end: the month counts",
      PHONE_CALL, NO_TERMS, "2024-03-28", NULL, "2024-03-24", NULL, SOON, "2024-03-31" },
    { "joined 7 days before the end: the month asks nothing",
      PHONE_CALL, NO_TERMS, "2024-03-28", NULL, "2024-03-25", NULL, NA, NULL },
    { "joined in the soon window",
      PHONE_CALL, NO_TERMS, "2024-03-27", NULL, "2024-03-26", NULL, NA, NULL },
    { "joined in the soon window and already called",
      PHONE_CALL, NO_TERMS, "2024-03-27", "2024-03-27", "2024-03-26", NULL, DONE, "2024-03-31" },
    { "joined in the soon window: April is the first counted month",
      PHONE_CALL, NO_TERMS, "2024-04-02", NULL, "2024-03-26", NULL, OPEN, "2024-04-30" },
    { "joined in the soon window: April missed",
      PHONE_CALL, NO_TERMS, "2024-05-02", NULL, "2024-03-26", NULL, OVERDUE, "2024-05-31" },
    { "class talk, joined Mar 20: 12 term days left",
      CLASS_TALK, TERMS, "2024-03-21", NULL, "2024-03-20", NULL, OPEN, "2024-03-31" },
    { "class talk, joined in the last 7 term days of January",
      CLASS_TALK, TERMS, "2024-01-16", NULL, "2024-01-15", NULL, NA, NULL },
    { "class talk, joined late in January: back over two stubs, nothing missed",
      CLASS_TALK, TERMS, "2024-03-04", NULL, "2024-01-15", NULL, OPEN, "2024-03-31" },
    { "class talk, joined late in January: March missed",
      CLASS_TALK, TERMS, "2024-04-01", NULL, "2024-01-15", NULL, OVERDUE, "2024-04-30" },
    { "class talk, joined in the summer holiday",
      CLASS_TALK, TERMS, "2024-09-03", NULL, "2024-08-20", NULL, OPEN, "2024-09-30" },
    { "mentor, paired on Saturday: the weekend asks nothing",
      MENTOR_TALK, TERMS, "2024-03-09", NULL, "2024-03-09", NULL, NA, NULL },
    { "mentor, paired on Saturday: the next week is the first",
      MENTOR_TALK, TERMS, "2024-03-11", NULL, "2024-03-09", NULL, OPEN, "2024-03-17" },
    { "mentor, paired on Saturday: the first full week missed",
      MENTOR_TALK, TERMS, "2024-03-18", NULL, "2024-03-09", NULL, OVERDUE, "2024-03-24" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A pairing that ended. */
static void
test_until (void)
{
  static const DueCase cases[] = {
    { "the day after the pairing ended",
      MENTOR_TALK, TERMS, "2024-03-07", NULL, NULL, "2024-03-06", NA, NULL },
    { "ends Wednesday: Monday is 3 days from it",
      MENTOR_TALK, TERMS, "2024-03-04", "2024-02-28", NULL, "2024-03-06", OPEN, "2024-03-06" },
    { "ends Wednesday: due soon on its last 2 days",
      MENTOR_TALK, TERMS, "2024-03-05", "2024-02-28", NULL, "2024-03-06", SOON, "2024-03-06" },
    { "ends Wednesday: a talk on the last day",
      MENTOR_TALK, TERMS, "2024-03-06", "2024-03-06", NULL, "2024-03-06", DONE, "2024-03-06" },
    { "ends Tuesday: two days ask nothing",
      MENTOR_TALK, TERMS, "2024-03-04", "2024-02-28", NULL, "2024-03-05", NA, NULL },
    { "ends Tuesday: the week before missed still shows",
      MENTOR_TALK, TERMS, "2024-03-04", "2024-02-20", NULL, "2024-03-05", OVERDUE, "2024-03-05" },
    { "paired Wednesday to the week after",
      MENTOR_TALK, TERMS, "2024-03-08", NULL, "2024-03-06", "2024-03-20", OPEN, "2024-03-10" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Settings at their edges. */
static void
test_settings (void)
{
  static const DueCase cases[] = {
    { "soon_days 0: never soon, not even on the last day",
      { HAVEN_DUE_PERIOD_MONTH, 0, FALSE }, NO_TERMS, "2024-03-31", NULL, "2024-03-01", NULL,
      OPEN, "2024-03-31" },
    { "soon_days as long as the week: soon all week, and a full week still counts",
      { HAVEN_DUE_PERIOD_WEEK, 7, FALSE }, NO_TERMS, "2024-03-04", "2024-02-27", NULL, NULL,
      SOON, "2024-03-10" },
    { "a term-days TERM rule and one without the flag behave alike",
      { HAVEN_DUE_PERIOD_TERM, 14, FALSE }, TERMS, "2024-06-22", "2023-10-10", NULL, NULL,
      SOON, "2024-07-05" },
    { "a TERM rule without the flag still asks nothing in the holidays",
      { HAVEN_DUE_PERIOD_TERM, 14, FALSE }, TERMS, "2024-08-01", NULL, NULL, NULL,
      NA, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* More boundaries: century years, weeks that end a month, the first and
 * last days of terms, joining on a period's first or last day, pairings
 * that end on a period's last or first day. */
static void
test_boundaries (void)
{
  static const DueCase cases[] = {
    { "2100 is no leap year: 22 February starts the last 7 days",
      PHONE_CALL, NO_TERMS, "2100-02-22", "2100-01-10", NULL, NULL, SOON, "2100-02-28" },
    { "2100: 21 February is 8 days from the end",
      PHONE_CALL, NO_TERMS, "2100-02-21", "2100-01-10", NULL, NULL, OPEN, "2100-02-28" },
    { "2000 is a leap year: 23 February starts the last 7 days",
      PHONE_CALL, NO_TERMS, "2000-02-23", "2000-01-10", NULL, NULL, SOON, "2000-02-29" },
    { "2000: 22 February is 8 days from the end",
      PHONE_CALL, NO_TERMS, "2000-02-22", "2000-01-10", NULL, NULL, OPEN, "2000-02-29" },
    { "a call on 29 February 2000, seen on 31 March",
      PHONE_CALL, NO_TERMS, "2000-03-31", "2000-02-29", NULL, NULL, SOON, "2000-03-31" },
    { "a call on 29 February 2000 is February's: March is not overdue",
      PHONE_CALL, NO_TERMS, "2000-03-01", "2000-02-29", NULL, NULL, OPEN, "2000-03-31" },
    { "a talk on Sunday 31 March ends both its week and its month",
      MENTOR_TALK, TERMS, "2024-04-01", "2024-03-31", NULL, NULL, OPEN, "2024-04-07" },
    { "the week across a month end, missed",
      MENTOR_TALK, TERMS, "2024-04-01", "2024-03-24", NULL, NULL, OVERDUE, "2024-04-07" },
    { "a talk on the term's last day (19 January) counts for January",
      CLASS_TALK, TERMS, "2024-01-19", "2024-01-19", NULL, NULL, DONE, "2024-01-19" },
    { "a visit on the term's first day counts for the term",
      HOME_VISIT, TERMS, "2024-03-10", "2024-02-26", NULL, NULL, DONE, "2024-07-05" },
    { "a visit on the last day of a term is that term's, not the next's",
      HOME_VISIT, TERMS, "2024-02-27", "2024-01-19", NULL, NULL, OPEN, "2024-07-05" },
    { "a visit the day before a term starts is not this term's (nor does it leave the last one missed)",
      HOME_VISIT, TERMS, "2024-09-20", "2024-09-01", NULL, NULL, OPEN, "2025-01-17" },
    { "joined on the first of April: the whole month counts",
      PHONE_CALL, NO_TERMS, "2024-04-30", NULL, "2024-04-01", NULL, SOON, "2024-04-30" },
    { "joined on the first of April: April missed on 1 May",
      PHONE_CALL, NO_TERMS, "2024-05-01", NULL, "2024-04-01", NULL, OVERDUE, "2024-05-31" },
    { "joined on the last day of April",
      PHONE_CALL, NO_TERMS, "2024-04-30", NULL, "2024-04-30", NULL, NA, NULL },
    { "joined on the last day of April: May is the first month",
      PHONE_CALL, NO_TERMS, "2024-05-02", NULL, "2024-04-30", NULL, OPEN, "2024-05-31" },
    { "joined on 24 April: 7 days are only the soon window",
      PHONE_CALL, NO_TERMS, "2024-04-25", NULL, "2024-04-24", NULL, NA, NULL },
    { "joined on 23 April: 8 days make a month that counts",
      PHONE_CALL, NO_TERMS, "2024-04-25", NULL, "2024-04-23", NULL, SOON, "2024-04-30" },
    { "a pairing that ends on a Sunday: Saturday is due soon",
      MENTOR_TALK, TERMS, "2024-03-09", "2024-03-01", NULL, "2024-03-10", SOON, "2024-03-10" },
    { "a pairing that ends on a Sunday: a talk on its last day",
      MENTOR_TALK, TERMS, "2024-03-10", "2024-03-10", NULL, "2024-03-10", DONE, "2024-03-10" },
    { "a pairing that ended on Sunday, seen on Monday",
      MENTOR_TALK, TERMS, "2024-03-11", "2024-03-10", NULL, "2024-03-10", NA, NULL },
    { "a pairing that ends on a Monday: its one day asks nothing",
      MENTOR_TALK, TERMS, "2024-03-11", "2024-03-06", NULL, "2024-03-11", NA, NULL },
    { "a pairing that ends on a Monday: the week before it missed still shows",
      MENTOR_TALK, TERMS, "2024-03-11", "2024-02-28", NULL, "2024-03-11", OVERDUE, "2024-03-11" },
    { "a monthly rule that ends on the 20th: due soon from the 14th",
      PHONE_CALL, NO_TERMS, "2024-03-15", "2024-02-10", NULL, "2024-03-20", SOON, "2024-03-20" },
    { "paired and ended the same day",
      MENTOR_TALK, TERMS, "2024-03-06", NULL, "2024-03-06", "2024-03-06", NA, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A duty on a date of its own: an individual plan's review. */
static void
test_date_duty (void)
{
  static const struct
  {
    const char     *today;
    const char     *due;
    guint           soon;
    HavenDueStatus  status;
  } cases[] = {
    { "2026-12-10", "2026-12-18", 7, OPEN },
    { "2026-12-11", "2026-12-18", 7, OPEN },
    { "2026-12-12", "2026-12-18", 7, SOON },
    { "2026-12-18", "2026-12-18", 7, SOON },
    { "2026-12-19", "2026-12-18", 7, OVERDUE },
    { "2026-12-18", "2026-12-18", 0, OPEN },
    { "2026-12-19", "2026-12-18", 0, OVERDUE },
    { "2028-02-28", "2028-02-29", 1, OPEN },
    { "2028-02-29", "2028-02-29", 1, SOON },
    { "2028-02-28", "2028-02-29", 2, SOON },
    { "2028-03-01", "2028-02-29", 1, OVERDUE },
    { "2026-12-19", NULL, 7, DONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int julian = 0; julian < 2; julian++)
      {
        GDate today, due;

        parse_date (cases[i].today, julian, &today);
        parse_date (cases[i].due, julian, &due);
        g_test_message ("%s, due %s, soon %u", cases[i].today, cases[i].due, cases[i].soon);
        g_assert_cmpstr (status_name (haven_due_evaluate_date (&today, &due, cases[i].soon)), ==,
                         status_name (cases[i].status));
      }
}

typedef struct
{
  const char   *what;
  HavenDueRule  rule;
  TermTable     table;
  const char   *day;
  const char   *start;  /* NULL: FALSE returned. */
  const char   *end;
} BoundsCase;

static void
test_period_bounds (void)
{
  static const BoundsCase cases[] = {
    { "December", PHONE_CALL, NO_TERMS, "2024-12-31", "2024-12-01", "2024-12-31" },
    { "Monday to Sunday across New Year", { HAVEN_DUE_PERIOD_WEEK, 2, FALSE }, NO_TERMS,
      "2024-12-31", "2024-12-30", "2025-01-05" },
    { "a week clipped to the term's last Friday", MENTOR_TALK, TERMS,
      "2025-01-16", "2025-01-13", "2025-01-17" },
    { "a week clipped to a term starting Friday", MENTOR_TALK, TERMS,
      "2023-09-03", "2023-09-01", "2023-09-03" },
    { "a leap February clipped to the term start", CLASS_TALK, TERMS,
      "2024-02-27", "2024-02-26", "2024-02-29" },
    { "a holiday day", CLASS_TALK, TERMS, "2024-08-15", NULL, NULL },
    { "October after the National Day holiday", CLASS_TALK, SPLIT_TERMS,
      "2024-10-08", "2024-10-08", "2024-10-31" },
    { "October of a whole term", CLASS_TALK, TERMS, "2024-10-03", "2024-10-01", "2024-10-31" },
    { "common February", PHONE_CALL, NO_TERMS, "2023-02-10", "2023-02-01", "2023-02-28" },
    { "2000 was a leap year", PHONE_CALL, NO_TERMS, "2000-02-10", "2000-02-01", "2000-02-29" },
    { "2100 will not be", PHONE_CALL, NO_TERMS, "2100-02-10", "2100-02-01", "2100-02-28" },
    { "a term", HOME_VISIT, TERMS, "2024-03-01", "2024-02-26", "2024-07-05" },
    { "a term across New Year", HOME_VISIT, TERMS, "2025-01-01", "2024-09-02", "2025-01-17" },
    { "between terms", HOME_VISIT, TERMS, "2024-08-01", NULL, NULL },
    { "the first day of a term", HOME_VISIT, TERMS, "2023-09-01", "2023-09-01", "2024-01-19" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const BoundsCase *c = &cases[i];
      g_autofree HavenTermSpan *terms = NULL;
      g_autofree char *start_text = NULL;
      g_autofree char *end_text = NULL;
      GDate day, start, end;
      guint n_terms;
      gboolean found;

      g_test_message ("bounds: %s", c->what);
      terms = make_terms (c->table, FALSE, &n_terms);
      parse_date (c->day, FALSE, &day);
      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      g_date_set_dmy (&start, 1, 1, 2000);
      g_date_set_dmy (&end, 1, 1, 2000);

      found = haven_due_period_bounds (&c->rule, &day, terms, n_terms, &start, &end);
      start_text = format_date (&start);
      end_text = format_date (&end);
      g_assert_cmpint (found, ==, c->start != NULL);
      g_assert_cmpstr (start_text, ==, c->start);
      g_assert_cmpstr (end_text, ==, c->end);

      g_assert_cmpint (haven_due_period_bounds (&c->rule, &day, terms, n_terms, NULL, NULL),
                       ==, found);
    }
}

/* The day arithmetic against GLib's, every day from 1899 to 2201. */
static void
test_calendar_arithmetic (void)
{
  const HavenDueRule week = { HAVEN_DUE_PERIOD_WEEK, 2, FALSE };
  const HavenDueRule month = { HAVEN_DUE_PERIOD_MONTH, 7, FALSE };
  GDate day, start, end, expect;

  g_date_clear (&day, 1);
  g_date_clear (&expect, 1);
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 1899);

  while (g_date_get_year (&day) < 2202)
    {
      GDate dmy;

      /* Both halves of the GDate: its julian day, and its dmy alone. */
      g_date_clear (&dmy, 1);
      g_date_set_dmy (&dmy, g_date_get_day (&day), g_date_get_month (&day),
                      g_date_get_year (&day));

      g_assert_true (haven_due_period_bounds (&month, &dmy, NULL, 0, &start, &end));
      g_date_set_dmy (&expect, 1, g_date_get_month (&day), g_date_get_year (&day));
      g_assert_cmpint (g_date_compare (&start, &expect), ==, 0);
      g_date_set_dmy (&expect, g_date_get_days_in_month (g_date_get_month (&day),
                                                         g_date_get_year (&day)),
                      g_date_get_month (&day), g_date_get_year (&day));
      g_assert_cmpint (g_date_compare (&end, &expect), ==, 0);

      g_assert_true (haven_due_period_bounds (&week, &day, NULL, 0, &start, &end));
      g_assert_cmpint (g_date_get_weekday (&start), ==, G_DATE_MONDAY);
      g_assert_cmpint (g_date_get_weekday (&end), ==, G_DATE_SUNDAY);
      g_assert_cmpint (g_date_days_between (&start, &day), >=, 0);
      g_assert_cmpint (g_date_days_between (&start, &day), <=, 6);
      g_assert_cmpint (g_date_days_between (&start, &end), ==, 6);

      g_date_add_days (&day, 1);
    }
}

static void
test_default_rules (void)
{
  HavenDueRule rule = { HAVEN_DUE_PERIOD_TERM, 99, FALSE };

  g_assert_true (haven_due_rule_for_talk_kind (HAVEN_TALK_MONTHLY, &rule));
  g_assert_cmpint (rule.period, ==, HAVEN_DUE_PERIOD_MONTH);
  g_assert_cmpuint (rule.soon_days, ==, 7);
  g_assert_true (rule.term_days_only);

  g_assert_true (haven_due_rule_for_talk_kind (HAVEN_TALK_MENTOR, &rule));
  g_assert_cmpint (rule.period, ==, HAVEN_DUE_PERIOD_WEEK);
  g_assert_cmpuint (rule.soon_days, ==, 2);
  g_assert_true (rule.term_days_only);

  g_assert_true (haven_due_rule_for_talk_kind (HAVEN_TALK_FAMILY_CALL, &rule));
  g_assert_cmpint (rule.period, ==, HAVEN_DUE_PERIOD_MONTH);
  g_assert_cmpuint (rule.soon_days, ==, 7);
  g_assert_false (rule.term_days_only);

  g_assert_true (haven_due_rule_for_talk_kind (HAVEN_TALK_GUARDIAN_CONTACT, &rule));
  g_assert_cmpint (rule.period, ==, HAVEN_DUE_PERIOD_MONTH);
  g_assert_cmpuint (rule.soon_days, ==, 7);
  g_assert_false (rule.term_days_only);

  g_assert_true (haven_due_rule_for_talk_kind (HAVEN_TALK_HOME_VISIT, &rule));
  g_assert_cmpint (rule.period, ==, HAVEN_DUE_PERIOD_TERM);
  g_assert_cmpuint (rule.soon_days, ==, 14);
  g_assert_true (rule.term_days_only);

  rule.soon_days = 99;
  g_assert_false (haven_due_rule_for_talk_kind (HAVEN_TALK_COUNSELLING, &rule));
  g_assert_cmpuint (rule.soon_days, ==, 99);
}

static void
test_invalid_arguments (void)
{
  const HavenDueRule rule = PHONE_CALL;
  GDate invalid, due_by;

  g_date_clear (&invalid, 1);
  g_date_clear (&due_by, 1);
  g_date_set_dmy (&due_by, 1, 1, 2000);

  if (!g_test_undefined ())
    return;

  g_test_expect_message ("haven-due", G_LOG_LEVEL_CRITICAL, "*t != NO_DAY*");
  g_assert_cmpint (haven_due_evaluate (&rule, &invalid, NULL, NULL, NULL, NULL, 0, &due_by),
                   ==, HAVEN_DUE_NOT_APPLICABLE);
  g_test_assert_expected_messages ();
  g_assert_false (g_date_valid (&due_by));

  g_test_expect_message ("haven-due", G_LOG_LEVEL_CRITICAL, "*d != NO_DAY*");
  g_assert_false (haven_due_period_bounds (&rule, NULL, NULL, 0, NULL, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-due", G_LOG_LEVEL_CRITICAL, "*rule != NULL*");
  g_assert_cmpint (haven_due_evaluate (NULL, &invalid, NULL, NULL, NULL, NULL, 0, NULL),
                   ==, HAVEN_DUE_NOT_APPLICABLE);
  g_test_assert_expected_messages ();
}

/* Many threads on one shared term array and the same dates give the
 * answers one thread gives. */
#define N_THREADS 4
#define N_ROUNDS 2000

typedef struct
{
  const HavenTermSpan *terms;
  guint                n_terms;
  const GDate         *days;
  guint                n_days;
  HavenDueStatus      *expected;
} ThreadData;

static gpointer
evaluate_all_cb (gpointer user_data)
{
  const ThreadData *data = user_data;
  const HavenDueRule rule = CLASS_TALK;
  guint round, i;
  gboolean ok = TRUE;

  for (round = 0; round < N_ROUNDS; round++)
    for (i = 0; i < data->n_days; i++)
      ok &= haven_due_evaluate (&rule, &data->days[i], &data->days[0], NULL, NULL,
                                data->terms, data->n_terms, NULL) == data->expected[i];

  return GINT_TO_POINTER (ok);
}

static void
test_threads (void)
{
  const HavenDueRule rule = CLASS_TALK;
  g_autofree HavenTermSpan *terms = NULL;
  GDate days[400];
  HavenDueStatus expected[G_N_ELEMENTS (days)];
  GThread *threads[N_THREADS];
  ThreadData data;
  guint n_terms, i;

  /* dmy-only dates: the ones GDate's own API would write a cache into. */
  terms = make_terms (TERMS, FALSE, &n_terms);
  for (i = 0; i < G_N_ELEMENTS (days); i++)
    {
      GDate tmp;

      g_date_clear (&tmp, 1);
      g_date_set_dmy (&tmp, 1, G_DATE_SEPTEMBER, 2023);
      g_date_add_days (&tmp, i);
      g_date_clear (&days[i], 1);
      g_date_set_dmy (&days[i], g_date_get_day (&tmp), g_date_get_month (&tmp),
                      g_date_get_year (&tmp));
    }

  for (i = 0; i < G_N_ELEMENTS (days); i++)
    expected[i] = haven_due_evaluate (&rule, &days[i], &days[0], NULL, NULL,
                                      terms, n_terms, NULL);

  data = (ThreadData) { terms, n_terms, days, G_N_ELEMENTS (days), expected };
  for (i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("due", evaluate_all_cb, &data);
  for (i = 0; i < N_THREADS; i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/due/month-ends", test_month_ends);
  g_test_add_func ("/due/weeks", test_weeks);
  g_test_add_func ("/due/months-and-terms", test_months_and_terms);
  g_test_add_func ("/due/term-rule", test_term_rule);
  g_test_add_func ("/due/since", test_since);
  g_test_add_func ("/due/until", test_until);
  g_test_add_func ("/due/boundaries", test_boundaries);
  g_test_add_func ("/due/date-duty", test_date_duty);
  g_test_add_func ("/due/settings", test_settings);
  g_test_add_func ("/due/period-bounds", test_period_bounds);
  g_test_add_func ("/due/calendar-arithmetic", test_calendar_arithmetic);
  g_test_add_func ("/due/default-rules", test_default_rules);
  g_test_add_func ("/due/invalid-arguments", test_invalid_arguments);
  g_test_add_func ("/due/threads", test_threads);

  return g_test_run ();
}
