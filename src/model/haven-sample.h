/* haven-sample.h: a sample school, for trying Haven and for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The seed "Try a sample school" and --sample use: the same school each time. */
#define HAVEN_SAMPLE_SEED 20261122

G_END_DECLS
