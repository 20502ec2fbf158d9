/* haven-archive-page.h: every child's file (一人一档), searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-child-query.h"
#include "haven-context.h"
#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_ARCHIVE_PAGE (haven_archive_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenArchivePage, haven_archive_page, HAVEN, ARCHIVE_PAGE, GtkWidget)

HavenContext    *haven_archive_page_get_context    (HavenArchivePage *self);
void             haven_archive_page_set_context    (HavenArchivePage *self,
                                                    HavenContext     *context);
HavenRecordList *haven_archive_page_get_list       (HavenArchivePage *self);
HavenChildQuery *haven_archive_page_get_query      (HavenArchivePage *self);
void             haven_archive_page_focus_search   (HavenArchivePage *self);
void             haven_archive_page_show_child     (HavenArchivePage *self,
                                                    gint64            child_id);
/* Shows the list with only this filter on: "incomplete", "no-mentor",
 * "key-support", "care-risk", "birthdays" (in the next two weeks, in
 * birthday order), or "roll" (the children on the roll, no filter). */
void             haven_archive_page_show_filtered  (HavenArchivePage *self,
                                                    const char       *preset);
GtkWidget       *haven_archive_page_get_child_page (HavenArchivePage *self);

G_END_DECLS
