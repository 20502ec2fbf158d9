/* haven-pairing-query.h: the pairings a list shows
 *
 * A column of the board, or a child's history. The search finds a
 * pairing by its child (name, full pinyin, pinyin initials, student
 * number, phone) or by its mentor (name, pinyin, initials).
 *
 * Filters (properties):
 * child-id: only this child's pairings; 0 for every child
 * mentor-id: only this mentor's; 0 for every mentor
 * current-only: only pairings current on today; FALSE adds ended ones
 * on-roll: only children on the school's roll
 * class-id, grade, village: only children of this class, grade, village
 *   (0 / 0 / "" for any)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_QUERY (haven_pairing_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingQuery, haven_pairing_query, HAVEN, PAIRING_QUERY, HavenQuery)

HavenPairingQuery *haven_pairing_query_new (void);

G_END_DECLS
