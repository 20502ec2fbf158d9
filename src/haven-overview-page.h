/* haven-overview-page.h: what is due, and the school's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_OVERVIEW_PAGE (haven_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenOverviewPage, haven_overview_page, HAVEN, OVERVIEW_PAGE, GtkWidget)

HavenContext *haven_overview_page_get_context (HavenOverviewPage *self);
void          haven_overview_page_set_context (HavenOverviewPage *self,
                                               HavenContext      *context);
/* Whether figures are on their way: the rows below are about to be
 * replaced. */
gboolean      haven_overview_page_get_refreshing   (HavenOverviewPage *self);
/* For tests: the rows of the overdue counts per rule, and of this
 * month's talks per class; each opens the due list filtered. */
GtkListBox   *haven_overview_page_get_due_box      (HavenOverviewPage *self);
GtkListBox   *haven_overview_page_get_coverage_box (HavenOverviewPage *self);

G_END_DECLS
