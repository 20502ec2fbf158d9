/* haven-child-timeline.h: on a child's page, the child's records in time
 * order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_TIMELINE (haven_child_timeline_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildTimeline, haven_child_timeline, HAVEN, CHILD_TIMELINE, GtkWidget)

void        haven_child_timeline_set_context  (HavenChildTimeline *self,
                                               HavenContext       *context);
void        haven_child_timeline_set_child_id (HavenChildTimeline *self,
                                               gint64              child_id);
/* The entries shown (HavenTimelineItem), newest first. */
GListModel *haven_child_timeline_get_items    (HavenChildTimeline *self);
/* TRUE while the timeline loads. */
gboolean    haven_child_timeline_get_loading  (HavenChildTimeline *self);

G_END_DECLS
