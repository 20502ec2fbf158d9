/* haven-print-talks.h: printing a talk record card and a child's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-store.h"

G_BEGIN_DECLS

/* Loads the talk as the store's session may read it, then shows the print
 * dialog for its record card (谈心记录卡). Finish with
 * haven_print_talks_finish(). */
void      haven_print_talk_card_async (HavenStore          *store,
                                       GtkWindow           *parent,
                                       gint64               talk_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);

/* The child's timeline, or with talks_only the talk history, as the
 * session may read it, one table over as many pages as it takes. */
void      haven_print_timeline_async  (HavenStore          *store,
                                       GtkWindow           *parent,
                                       gint64               child_id,
                                       gboolean             talks_only,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);

/* TRUE when printed or when the dialog was closed without printing. */
gboolean  haven_print_talks_finish    (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
