/* haven-style.h: what the style sheet gives a widget, on every GTK, and
 * what the software renderer is spared by drawing it once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The widget's foreground colour, for what it draws itself. */
void haven_style_get_color   (GtkWidget   *widget,
                              GdkRGBA     *color);
/* Keeps layout, made for widget, up with the widget's font: TRUE when the
 * font changed since context_serial, which it then updates. */
gboolean haven_style_follow_font (GtkWidget   *widget,
                                  PangoLayout *layout,
                                  guint       *context_serial);
/* Appends the symbolic icon icon_name, size pixels square at (0, 0), in
 * color, for a widget that draws its icons itself. */
void haven_style_append_icon (GtkWidget     *widget,
                              GtkSnapshot   *snapshot,
                              const char    *icon_name,
                              int            size,
                              const GdkRGBA *color);

/* A new image surface of width × height device pixels holding node drawn
 * at scale, the surface's top left at (x, y) in node coordinates. */
cairo_surface_t *haven_style_draw_node (GskRenderNode *node,
                                        double         x,
                                        double         y,
                                        int            width,
                                        int            height,
                                        int            scale);

G_END_DECLS
