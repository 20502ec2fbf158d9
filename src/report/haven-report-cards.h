/* haven-report-cards.h: contact cards (联系卡) and class rosters (花名册)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-report.h"

G_BEGIN_DECLS

/* One contact card per page for each HavenChildFile of files, in order,
 * laid out to fit its page (HAVEN_REPORT_LAYOUT_FIT_PAGE) on A4; set A5
 * with haven_report_set_paper(). school_name may be "" or NULL.
 * printed_on is the day of printing, YYYY-MM-DD, also used to work out
 * each child's age; NULL means today. A value not given prints as a
 * blank, to write in by hand, and leaves no label or separator behind. */
HavenReport *haven_report_new_contact_cards (GPtrArray  *files,
                                             const char *school_name,
                                             const char *printed_on);

/* The roster of a class: children are HavenChild list rows loaded with
 * their derived fields (class name, guardian's name and phone, mentor,
 * missing count), in the order to print. One table, numbered from 1,
 * that runs on over as many pages as it takes with its header on each,
 * the class at the foot of every page beside "Page N of M". class_name
 * and printed_on as above. */
HavenReport *haven_report_new_roster        (const char *class_name,
                                             GPtrArray  *children,
                                             const char *printed_on);

G_END_DECLS
