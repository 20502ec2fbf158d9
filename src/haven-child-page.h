/* haven-child-page.h: one child's whole file, with mentors, talks and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-child-file.h"
#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_PAGE (haven_child_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildPage, haven_child_page, HAVEN, CHILD_PAGE, GtkWidget)

void            haven_child_page_set_context  (HavenChildPage *self,
                                               HavenContext   *context);
void            haven_child_page_set_child_id (HavenChildPage *self,
                                               gint64          child_id);
gint64          haven_child_page_get_child_id (HavenChildPage *self);
/* The file shown, once loaded. */
HavenChildFile *haven_child_page_get_file     (HavenChildPage *self);
/* Scrolls to the child's timeline (talks, growth folder, plan). */
void            haven_child_page_show_timeline (HavenChildPage *self);
/* The dated changes of the file, newest first. */
GListModel     *haven_child_page_get_history  (HavenChildPage *self);

G_END_DECLS
