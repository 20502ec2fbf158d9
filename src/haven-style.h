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
/* A widget's own layout of its text, kept up with the widget's font and
 * direction: for widgets that draw their text themselves. */
typedef struct
{
  PangoLayout *layout;          /* NULL until first used */
  guint        context_serial;
} HavenStyleLayout;

/* The layout, made for widget with text on first use, when *made (if
 * given) is set TRUE. */
PangoLayout *haven_style_layout_get               (HavenStyleLayout *self,
                                                   GtkWidget        *widget,
                                                   const char       *text,
                                                   gboolean         *made);
/* From the widget's css_changed: only a new font (a bigger text setting)
 * lays the text out anew and resizes the widget. */
void         haven_style_layout_css_changed       (HavenStyleLayout *self,
                                                   GtkWidget        *widget);
/* From the widget's direction_changed: made anew at the next use. */
void         haven_style_layout_direction_changed (HavenStyleLayout *self,
                                                   GtkWidget        *widget);
void         haven_style_layout_clear             (HavenStyleLayout *self);
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
