/* haven-pairing-board.h: the columns of the pairing board, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-pairing-column.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_BOARD (haven_pairing_board_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingBoard, haven_pairing_board, HAVEN, PAIRING_BOARD, GtkWidget)

/* The width of item's column, which the board knows without building it. */
typedef int  (*HavenPairingBoardWidthFunc) (GObject            *item,
                                            gpointer            user_data);
/* Shows item in column, which may have shown another item before. */
typedef void (*HavenPairingBoardBindFunc)  (HavenPairingColumn *column,
                                            GObject            *item,
                                            gpointer            user_data);

GtkWidget          *haven_pairing_board_new           (void);
void                haven_pairing_board_set_funcs     (HavenPairingBoard          *self,
                                                       HavenPairingBoardWidthFunc  width_func,
                                                       HavenPairingBoardBindFunc   bind_func,
                                                       gpointer                    user_data);
/* The items, one column each: see haven_pairing_column_bind(). */
void                haven_pairing_board_set_model     (HavenPairingBoard          *self,
                                                       GListModel                 *model);
/* The width_func would answer otherwise now (a column was collapsed). */
void                haven_pairing_board_widths_changed (HavenPairingBoard         *self);
/* The columns built now, on screen or near it, in no order. */
guint               haven_pairing_board_get_n_columns (HavenPairingBoard          *self);
HavenPairingColumn *haven_pairing_board_get_column    (HavenPairingBoard          *self,
                                                       guint                       i);
/* Whether the board holds an image of column, drawn once (with the
 * software renderer), to paint while the column does not change. */
gboolean            haven_pairing_board_get_column_drawn (HavenPairingBoard  *self,
                                                          HavenPairingColumn *column);
/* Whether column was on screen as the board last laid its columns out:
 * those it paints. */
gboolean            haven_pairing_board_get_column_shown (HavenPairingBoard  *self,
                                                          HavenPairingColumn *column);
/* Scrolls the board so that the column of the item at position shows. */
void                haven_pairing_board_scroll_to     (HavenPairingBoard          *self,
                                                       guint                       position);

G_END_DECLS
