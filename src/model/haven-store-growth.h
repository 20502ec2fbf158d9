/* haven-store-growth.h: a child's growth folder (成长记录袋)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"

G_BEGIN_DECLS

/* The thumbnail (PNG) of the child's latest photo, or an empty GBytes
 * when the folder has no photo: what stands on the contact card. */
void    haven_store_latest_photo_async  (HavenStore          *self,
                                         gint64               child_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GBytes *haven_store_latest_photo_finish (HavenStore          *self,
                                         GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
