/* haven-card-chip.h: a flag on a card, an icon and a word in one widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAVEN_TYPE_CARD_CHIP (haven_card_chip_get_type ())

G_DECLARE_FINAL_TYPE (HavenCardChip, haven_card_chip, HAVEN, CARD_CHIP, GtkWidget)

GtkWidget  *haven_card_chip_new       (const char   *icon_name,
                                       const char   *label);
const char *haven_card_chip_get_label (HavenCardChip *self);

G_END_DECLS
