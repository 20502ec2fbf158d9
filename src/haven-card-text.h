/* haven-card-text.h: one line of a card's text, cut short with "…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAVEN_TYPE_CARD_TEXT (haven_card_text_get_type ())

G_DECLARE_FINAL_TYPE (HavenCardText, haven_card_text, HAVEN, CARD_TEXT, GtkWidget)

GtkWidget  *haven_card_text_new      (void);
const char *haven_card_text_get_text (HavenCardText *self);
void        haven_card_text_set_text (HavenCardText *self,
                                      const char    *text);

G_END_DECLS
