/* haven-record-page.h: a searchable list of pairings, activities or talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_RECORD_PAGE (haven_record_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenRecordPage, haven_record_page, HAVEN, RECORD_PAGE, GtkWidget)

/* kind is "pairings", "activities" or "talks". */
void        haven_record_page_set_store (HavenRecordPage *self,
                                         HavenStore      *store);
GListModel *haven_record_page_get_model (HavenRecordPage *self);

G_END_DECLS
