/* haven-sample.h: a sample school, for trying Haven and for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"

G_BEGIN_DECLS

/* The seed "Try a sample school" and --sample use: the same school each time. */
#define HAVEN_SAMPLE_SEED 20261122
/* Twice a county: more is a typing mistake, not a benchmark. */
#define HAVEN_SAMPLE_MAX_CHILDREN 200000

/* Fills an empty database with a sample school of n_children (1 to
 * HAVEN_SAMPLE_MAX_CHILDREN), built around today (NULL for the real one);
 * progress shows on the store's progress property. A database that
 * already holds a school is refused with G_IO_ERROR_EXISTS. */
void      haven_sample_fill_async  (HavenStore          *store,
                                    guint                n_children,
                                    guint32              seed,
                                    const char          *today,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean  haven_sample_fill_finish (HavenStore          *store,
                                    GAsyncResult        *result,
                                    GError             **error);

G_END_DECLS
