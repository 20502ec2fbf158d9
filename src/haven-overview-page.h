/* haven-overview-page.h: what is due, and the school's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_OVERVIEW_PAGE (haven_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenOverviewPage, haven_overview_page, HAVEN, OVERVIEW_PAGE, GtkWidget)

void haven_overview_page_set_store (HavenOverviewPage *self,
                                    HavenStore        *store);

G_END_DECLS
