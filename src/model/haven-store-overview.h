/* haven-store-overview.h: the figures of the overview and the work summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"

G_BEGIN_DECLS

/* The figures of the overview and the term's work summary (工作总结). */
typedef struct
{
  guint children;            /* on the roll */
  guint complete;            /* complete files (建档) */
  guint key_support;         /* 重点帮扶对象 */
  guint paired;              /* with a current mentor */
  guint talked_this_month;   /* children with a talk this month */
  guint talks_this_month;
  guint follow_ups_due;      /* talks whose follow-up date has come */
  guint birthdays_this_month;
  guint activities_ahead;    /* occurrences in the HAVEN_OVERVIEW_DAYS_AHEAD days from today */
  guint mentors_overloaded;  /* more than HAVEN_MENTOR_LOAD_WARNING children */
  guint staff;
  guint classes;
} HavenOverview;

#define HAVEN_MENTOR_LOAD_WARNING 3
/* "The next two weeks": today and the 13 days after it. */
#define HAVEN_OVERVIEW_DAYS_AHEAD 14

#define HAVEN_TYPE_OVERVIEW (haven_overview_get_type ())
GType          haven_overview_get_type     (void) G_GNUC_CONST;
HavenOverview *haven_overview_copy         (const HavenOverview *overview);
void           haven_overview_free         (HavenOverview       *overview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenOverview, haven_overview_free)

/* today: YYYY-MM-DD, or NULL for the real today. */
void           haven_store_overview_async  (HavenStore          *self,
                                            const char          *today,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
HavenOverview *haven_store_overview_finish (HavenStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);
/* Whether the database holds a school yet (a child or a class): what the
 * window needs to choose between the welcome page and the views, without
 * waiting for the figures. */
void           haven_store_has_school_async  (HavenStore          *self,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean       haven_store_has_school_finish (HavenStore          *self,
                                              GAsyncResult        *result,
                                              gboolean            *has_school,
                                              GError             **error);

G_END_DECLS
