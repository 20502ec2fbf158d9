/* haven-pairing-slot.h: where a column of the pairing board goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-pairing-column.h"
#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_SLOT (haven_pairing_slot_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingSlot, haven_pairing_slot, HAVEN, PAIRING_SLOT, GtkWidget)

GtkWidget          *haven_pairing_slot_new         (HavenPairingPage   *page);
/* The item of the board's columns model it stands for, and the list of
 * mentors the item is of. */
void                haven_pairing_slot_bind        (HavenPairingSlot   *self,
                                                    GObject            *item,
                                                    HavenRecordList    *mentors);
void                haven_pairing_slot_unbind      (HavenPairingSlot   *self);
GObject            *haven_pairing_slot_get_item    (HavenPairingSlot   *self);
HavenRecordList    *haven_pairing_slot_get_mentors (HavenPairingSlot   *self);
/* The column shown in the slot, or NULL while it is away from view. */
HavenPairingColumn *haven_pairing_slot_get_column  (HavenPairingSlot   *self);
void                haven_pairing_slot_set_column  (HavenPairingSlot   *self,
                                                    HavenPairingColumn *column);
/* Whether the slot was, at its last allocation, on screen or within a
 * column of it. */
gboolean            haven_pairing_slot_get_near_view (HavenPairingSlot *self);
/* Works out again whether the slot is near the view, now. */
gboolean            haven_pairing_slot_update_near_view (HavenPairingSlot *self);

G_END_DECLS
