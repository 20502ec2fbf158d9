/* haven-talks-page.h: the talk records (谈心记录) and what is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-due-list.h"
#include "haven-record-list.h"
#include "haven-talk-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_TALKS_PAGE (haven_talks_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalksPage, haven_talks_page, HAVEN, TALKS_PAGE, GtkWidget)

HavenContext    *haven_talks_page_get_context  (HavenTalksPage *self);
void             haven_talks_page_set_context  (HavenTalksPage *self,
                                                HavenContext   *context);
/* Shows the records with only this filter on: "all", "follow-ups" (due
 * ones), "kind=home-visit", "class=12", "month" (this month's), or
 * combinations joined by ";". */
void             haven_talks_page_show_records (HavenTalksPage *self,
                                                const char     *preset);
/* Shows what is due, filtered as haven_due_list_show() says. */
void             haven_talks_page_show_due     (HavenTalksPage *self,
                                                const char     *preset);
HavenRecordList *haven_talks_page_get_list     (HavenTalksPage *self);
HavenTalkQuery  *haven_talks_page_get_query    (HavenTalksPage *self);
HavenDueList    *haven_talks_page_get_due_list (HavenTalksPage *self);
/* "records" or "due". */
const char      *haven_talks_page_get_mode     (HavenTalksPage *self);

G_END_DECLS
