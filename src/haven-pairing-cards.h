/* haven-pairing-cards.h: the places of a column's cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_CARDS (haven_pairing_cards_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingCards, haven_pairing_cards, HAVEN, PAIRING_CARDS, GObject)

/* A GListModel of HavenPairingPlace: one for each of the first rows of
 * its list, at most the limit. */
HavenPairingCards *haven_pairing_cards_new       (void);
/* Another list for the same places: while it loads, the places shown stay,
 * empty, and then take its rows. NULL keeps them empty. */
void               haven_pairing_cards_set_list  (HavenPairingCards *self,
                                                  HavenRecordList   *list);
HavenRecordList   *haven_pairing_cards_get_list  (HavenPairingCards *self);
void               haven_pairing_cards_set_limit (HavenPairingCards *self,
                                                  guint              limit);
guint              haven_pairing_cards_get_limit (HavenPairingCards *self);
/* No places at all. */
void               haven_pairing_cards_clear     (HavenPairingCards *self);

G_END_DECLS
