/* haven-child-growth.h: on a child's page, the growth folder (成长记录袋)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_GROWTH (haven_child_growth_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildGrowth, haven_child_growth, HAVEN, CHILD_GROWTH, GtkWidget)

void          haven_child_growth_set_context      (HavenChildGrowth *self,
                                                   HavenContext     *context);
void          haven_child_growth_set_child_id     (HavenChildGrowth *self,
                                                   gint64            child_id);
/* The latest photo (also the "latest-photo" property), or NULL: what
 * stands on the child's card. */
GdkPaintable *haven_child_growth_get_latest_photo (HavenChildGrowth *self);
/* How many entries of each HavenGrowthKind the folder holds. */
guint         haven_child_growth_get_count        (HavenChildGrowth *self,
                                                   int               kind);

G_END_DECLS
