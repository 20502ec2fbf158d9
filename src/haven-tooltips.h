/* haven-tooltips.h: tooltips that read well in Chinese
 *
 * GTK 4.8 wraps a tooltip to the room left between its widget and the
 * window's edge, and Chinese may break after any character: near the
 * right edge "主菜单" came out one character per line. A tooltip here is
 * a label that keeps a sensible width, and a menu button shows none
 * while its menu is open, so it never covers the menu.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes every widget mapped from now on use Haven's tooltips. */
void       haven_tooltips_init      (void);
/* The label a tooltip of text shows. */
GtkWidget *haven_tooltip_label_new  (const char *text,
                                     gboolean    use_markup);

G_END_DECLS
