/* haven-pairing-place.h: a place for a card in a column of the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_PLACE (haven_pairing_place_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingPlace, haven_pairing_place, HAVEN, PAIRING_PLACE, GObject)

HavenPairingPlace *haven_pairing_place_new      (HavenRecordList   *list,
                                                 HavenRecord       *row);
/* The row the place holds, and the list it is of; both NULL while the
 * place waits for its column's next list. */
HavenRecord       *haven_pairing_place_get_row  (HavenPairingPlace *self);
HavenRecordList   *haven_pairing_place_get_list (HavenPairingPlace *self);
/* Notifies "row" when either changes. */
void               haven_pairing_place_set      (HavenPairingPlace *self,
                                                 HavenRecordList   *list,
                                                 HavenRecord       *row);

G_END_DECLS
