/* haven-archive-page.h: every child's file (一人一档), searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-record-list.h"
#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_ARCHIVE_PAGE (haven_archive_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenArchivePage, haven_archive_page, HAVEN, ARCHIVE_PAGE, GtkWidget)

void             haven_archive_page_set_store    (HavenArchivePage *self,
                                                  HavenStore       *store);
HavenRecordList *haven_archive_page_get_list     (HavenArchivePage *self);
HavenQuery      *haven_archive_page_get_query    (HavenArchivePage *self);
void             haven_archive_page_focus_search (HavenArchivePage *self);
void             haven_archive_page_show_child   (HavenArchivePage *self,
                                                  gint64            child_id);
void             haven_archive_page_edit_child   (HavenArchivePage *self,
                                                  gint64            child_id);
GtkWidget       *haven_archive_page_get_child_page (HavenArchivePage *self);
/* The editor while it is open, for tests and screenshots. */
GtkWindow       *haven_archive_page_get_editor   (HavenArchivePage *self);

G_END_DECLS
