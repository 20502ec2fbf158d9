/* haven-store-timeline.h: a child's records in time order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"
#include "haven-timeline-item.h"

G_BEGIN_DECLS

/* The child's talks, growth folder entries, individual plans with their
 * reviews (held, or still due) and pairings (a GPtrArray of
 * HavenTimelineItem), newest first. A talk's text is there only when the
 * session may read it; a confidential one the session may not read says
 * that it exists (withheld), nothing more. Photos come as thumbnails. */
void       haven_store_timeline_async  (HavenStore          *self,
                                        gint64               child_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GPtrArray *haven_store_timeline_finish (HavenStore          *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
