/* haven-pairing-page.h: the mentor pairing board (结对帮扶)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-pairing-column.h"
#include "haven-store-pairings.h"

typedef struct _HavenPairingSlot HavenPairingSlot;

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_PAGE (haven_pairing_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingPage, haven_pairing_page, HAVEN, PAIRING_PAGE, GtkWidget)

HavenContext       *haven_pairing_page_get_context   (HavenPairingPage *self);
void                haven_pairing_page_set_context   (HavenPairingPage *self,
                                                      HavenContext     *context);

/* For the columns */

/* The children without a mentor, as the board's filters show them. */
HavenRecordList    *haven_pairing_page_get_unpaired  (HavenPairingPage *self);
/* Makes query follow the board's search and child filters (class,
 * grade, village) for as long as both live. */
void                haven_pairing_page_follow_filters (HavenPairingPage *self,
                                                       HavenQuery       *query);
/* Whether this session arranges pairings (the headteacher). */
gboolean            haven_pairing_page_get_arrange   (HavenPairingPage *self);
/* Collapsed columns, by mentor id (0: Unpaired). */
gboolean            haven_pairing_page_get_collapsed (HavenPairingPage *self,
                                                      gint64            mentor_id);
void                haven_pairing_page_set_collapsed (HavenPairingPage *self,
                                                      gint64            mentor_id,
                                                      gboolean          collapsed);
/* Cards for the columns' lists, kept between them: a board scrolling
 * across binds a column's cards each time a column comes into view. */
GtkWidget          *haven_pairing_page_take_card     (HavenPairingPage *self);
void                haven_pairing_page_give_card     (HavenPairingPage *self,
                                                      GtkWidget        *card);
/* A card dropped on the column of mentor_id (0: Unpaired): pairs, moves
 * or ends. FALSE when it means nothing there. */
gboolean            haven_pairing_page_drop          (HavenPairingPage *self,
                                                      HavenRecord      *dragged,
                                                      gint64            mentor_id);

/* For tests and screenshots */

/* The board's column of mentor_id (0: Unpaired) while it is shown. */
HavenPairingColumn *haven_pairing_page_find_column   (HavenPairingPage *self,
                                                      gint64            mentor_id);
/* The dialog the board opened last (pairing, mentor, chooser,
 * suggestions) while it is open. */
GtkWindow          *haven_pairing_page_get_dialog    (HavenPairingPage *self);
/* What the last change did, to undo it; NULL before any. */
const HavenPairingUndo *haven_pairing_page_get_last_undo (HavenPairingPage *self);
/* The columns: Unpaired, then for each kind its heading and mentors. */
GListModel         *haven_pairing_page_get_columns   (HavenPairingPage *self);

G_END_DECLS
