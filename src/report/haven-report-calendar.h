/* haven-report-calendar.h: the month and the term plan (行事历) on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-report.h"

G_BEGIN_DECLS

/* The month of first_of_month as a grid of weeks from Monday, each day
 * with its activities (and with lunar, its lunar day and festivals), then
 * the month's activities one per line. occurrences (HavenOccurrence,
 * sorted) may hold days of the months around; they are left out. A4,
 * flowing. school may be "" or NULL; printed_on is YYYY-MM-DD, NULL for
 * today. */
HavenReport *haven_report_new_month     (const GDate *first_of_month,
                                         GPtrArray   *occurrences,
                                         const char  *school,
                                         gboolean     lunar,
                                         const char  *printed_on);

/* The term's activities month by month (the 行事历 the county asks for):
 * one line per activity, a weekly one once a month with its first day. */
HavenReport *haven_report_new_term_plan (const char  *term_name,
                                         const char  *school,
                                         GPtrArray   *occurrences,
                                         const char  *printed_on);

G_END_DECLS
