/* haven-term-plan.h: the programme of a term, from the seeds' plans
 *
 * "Plan a Term" gives the headteacher a first draft of the term's
 * activity calendar (行事历) to edit: the plan meeting; lectures on law,
 * safety and mental health; a parent meeting and guardian training; home
 * visits at the start, middle and end of term; the monthly birthday
 * parties; letters home for the festivals in the term; a theme class
 * meeting each month; the New Year (and Children's Day) party; the
 * update of the files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-activity.h"

G_BEGIN_DECLS

/* New, unsaved activities (a GPtrArray of HavenActivity) for the term
 * from first to last, in date order, each with its plan-key and term-id
 * set; their titles are in the current language. NULL when the dates make
 * no term. Pure: it reads nothing but the calendar. */
GPtrArray *haven_term_plan_build (gint64       term_id,
                                  const GDate *first,
                                  const GDate *last);

G_END_DECLS
