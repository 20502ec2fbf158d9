/* haven-photo-import.h: a photo made ready for the growth folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads the image file off the main thread, turns it upright (its EXIF
 * orientation), and makes two copies of it: a JPEG at most
 * HAVEN_GROWTH_PHOTO_SIZE pixels on its long side, the photo kept in the
 * database, and a PNG thumbnail at most HAVEN_GROWTH_THUMBNAIL_SIZE, what
 * lists and prints show. */
void      haven_photo_import_async  (GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  haven_photo_import_finish (GAsyncResult        *result,
                                     GBytes             **photo,
                                     GBytes             **thumbnail,
                                     GError             **error);

G_END_DECLS
