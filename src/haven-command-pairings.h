/* haven-command-pairings.h: --pairings and --suggest-pairings, without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-command-line.h"
#include "haven-store.h"

G_BEGIN_DECLS

/* Writes the roster (--pairings) or the proposal (--suggest-pairings,
 * applied in one transaction with --apply) as tab-separated lines to the
 * --output file, or to standard output; never onto the database. */
void      haven_command_pairings_async  (HavenStore              *store,
                                         const HavenCommandLine  *options,
                                         GCancellable            *cancellable,
                                         GAsyncReadyCallback      callback,
                                         gpointer                 user_data);
gboolean  haven_command_pairings_finish (GAsyncResult            *result,
                                         GError                 **error);

G_END_DECLS
