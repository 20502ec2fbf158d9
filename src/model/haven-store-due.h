/* haven-store-due.h: what is due, for every child and rule, on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-due-item.h"
#include "haven-store.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_DUE_SCOPE_SCHOOL,  /* every child on the roll */
  HAVEN_DUE_SCOPE_MINE,    /* the session's classes, mentees and plans */
} HavenDueScope;

#define HAVEN_DUE_N_STATUSES (HAVEN_DUE_NOT_APPLICABLE + 1)
#define HAVEN_DUE_STATUS_BIT(status) (1u << (status))
/* What a teacher must act on. */
#define HAVEN_DUE_STATUSES_PENDING (HAVEN_DUE_STATUS_BIT (HAVEN_DUE_OVERDUE) | HAVEN_DUE_STATUS_BIT (HAVEN_DUE_SOON))

/* What a due list asks for. */
typedef struct
{
  const char    *today;     /* YYYY-MM-DD; NULL or "" for the real today */
  HavenDueScope  scope;
  int            rule;      /* a HavenDueRuleKind, or -1 for every rule */
  guint          statuses;  /* HAVEN_DUE_STATUS_BIT()s; 0 for every status */
  gint64         class_id;  /* 0 for every class */
} HavenDueRequest;

/* The child × rule pairs that match (a GPtrArray of HavenDueItem), in
 * class and name order, rules in their order within a child. Every rule
 * that is on counts; the children are those on the roll. Who a rule
 * applies to, and from when:
 * - class teacher's talk, phone call, guardian contact, home visit: every
 *   child, from the arrival date (or the day the file was made);
 * - mentor's talk: children with a pairing, from its start to its end;
 * - plan review: children with a plan that runs today; due on each
 *   review's date.
 * A rule meets a record of its kind on or before today (a home visit
 * also counts as a guardian contact). */
void             haven_store_due_async           (HavenStore             *self,
                                                  const HavenDueRequest  *request,
                                                  GCancellable           *cancellable,
                                                  GAsyncReadyCallback     callback,
                                                  gpointer                user_data);
GPtrArray       *haven_store_due_finish          (HavenStore             *self,
                                                  GAsyncResult           *result,
                                                  GError                **error);

/* A class and how many of its children had a class teacher's talk this
 * calendar month, up to today. */
typedef struct
{
  gint64  class_id;
  char   *class_name;
  guint   children;
  guint   talked;
} HavenClassCoverage;

/* The overview's figures of what is due, one scan for the lot. */
typedef struct
{
  char      *today;
  gboolean   active[HAVEN_N_DUE_RULES];
  guint      school[HAVEN_N_DUE_RULES][HAVEN_DUE_N_STATUSES];
  guint      mine[HAVEN_N_DUE_RULES][HAVEN_DUE_N_STATUSES];
  GPtrArray *classes;          /* HavenClassCoverage, in class order */
  guint      children;         /* on the roll */
  guint      care_risk;        /* children whose care is at risk */
  guint      birthdays_ahead;  /* birthdays in the 14 days from today */
} HavenDueSummary;

/* The days "the next two weeks" of birthdays take, today included. */
#define HAVEN_DUE_BIRTHDAY_DAYS 14

#define HAVEN_TYPE_DUE_SUMMARY (haven_due_summary_get_type ())
GType            haven_due_summary_get_type      (void) G_GNUC_CONST;
HavenDueSummary *haven_due_summary_copy          (const HavenDueSummary *summary);
void             haven_due_summary_free          (HavenDueSummary       *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenDueSummary, haven_due_summary_free)

/* today: YYYY-MM-DD, or NULL for the real today. */
void             haven_store_due_summary_async   (HavenStore             *self,
                                                  const char             *today,
                                                  GCancellable           *cancellable,
                                                  GAsyncReadyCallback     callback,
                                                  gpointer                user_data);
HavenDueSummary *haven_store_due_summary_finish  (HavenStore             *self,
                                                  GAsyncResult           *result,
                                                  GError                **error);

/* The table `haven --due` prints: a header line, then one line per child
 * on the roll and rule that is on, tab-separated: child, class, rule,
 * last done ("-" for never), status. Labels are translated; dates are
 * ISO. */
void             haven_store_due_table_async     (HavenStore             *self,
                                                  const char             *today,
                                                  GCancellable           *cancellable,
                                                  GAsyncReadyCallback     callback,
                                                  gpointer                user_data);
char            *haven_store_due_table_finish    (HavenStore             *self,
                                                  GAsyncResult           *result,
                                                  GError                **error);

G_END_DECLS
