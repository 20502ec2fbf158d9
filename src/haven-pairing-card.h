/* haven-pairing-card.h: a child on the pairing board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-pairing-rules.h"
#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_CARD (haven_pairing_card_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingCard, haven_pairing_card, HAVEN, PAIRING_CARD, GtkWidget)

GtkWidget   *haven_pairing_card_new          (void);
/* Shows row, a HavenChild (the Unpaired column) or a HavenPairing (a
 * mentor's), once its fields arrive: the card asks list for them and
 * gives them up when given another row or NULL. */
void         haven_pairing_card_set_row      (HavenPairingCard *self,
                                              HavenRecordList  *list,
                                              HavenRecord      *row);
HavenRecord *haven_pairing_card_get_row      (HavenPairingCard *self);
gint64       haven_pairing_card_get_child_id (HavenPairingCard *self);
/* 0 on the Unpaired column. */
gint64       haven_pairing_card_get_pairing_id (HavenPairingCard *self);
/* What the card shows, without a record (the bench's plain list). */
void         haven_pairing_card_show         (HavenPairingCard *self,
                                              const char       *name,
                                              const char       *detail,
                                              HavenCardFlags    flags);
/* Opens the card's menu, as a right click or the Menu key does. */
void         haven_pairing_card_popup_menu   (HavenPairingCard *self);
/* The card's menu, once it was opened; NULL before. */
GtkPopover  *haven_pairing_card_get_menu     (HavenPairingCard *self);

G_END_DECLS
