/* haven-report-talks.h: the talk record card (谈心记录卡) and a child's
 * timeline, as reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-report.h"
#include "haven-session.h"
#include "haven-talk.h"

G_BEGIN_DECLS

/* One talk on one page (HAVEN_REPORT_LAYOUT_FIT_PAGE), laid out as the
 * paper record card: the child, the day, who talked, the kind, the topics
 * and the mood as ticked boxes, what was said, the problems found, the
 * measures taken, the follow-up, and a line to sign. A confidential talk
 * that session may not read prints that it is confidential, never its
 * text, whatever the record holds. school_name may be NULL; printed_on is
 * YYYY-MM-DD, NULL for today. */
HavenReport *haven_report_new_talk_card (HavenTalk    *talk,
                                         HavenSession *session,
                                         const char   *school_name,
                                         const char   *printed_on);

/* A child's timeline (HavenTimelineItem, newest first, as the store gave
 * them) as one table that runs on over as many pages as it takes, oldest
 * first as a file is read: date, what, who, notes. With talks_only, only
 * the talks: the child's talk history. A withheld confidential talk says
 * that one took place. */
HavenReport *haven_report_new_timeline  (const char   *child_name,
                                         const char   *class_name,
                                         GPtrArray    *items,
                                         gboolean      talks_only,
                                         const char   *school_name,
                                         const char   *printed_on);

G_END_DECLS
