/* haven-style.c: what the style sheet gives a widget, on every GTK, and
 * what the software renderer is spared by drawing it once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "haven-style.h"

void
haven_style_get_color (GtkWidget *widget,
                       GdkRGBA   *color)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (color != NULL);

  /* GTK 4.10 deprecates the style context; Debian 12 has 4.8. */
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
}

/* Whether the widget's font changed since the layout last followed it. */
static gboolean
follow_font (HavenStyleLayout *self,
             GtkWidget        *widget)
{
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));

  if (self->context_serial == serial)
    return FALSE;
  /* A new layout is made with the context as it is. */
  if (self->context_serial != 0)
    pango_layout_context_changed (self->layout);
  self->context_serial = serial;
  return TRUE;
}

PangoLayout *
haven_style_layout_get (HavenStyleLayout *self,
                        GtkWidget        *widget,
                        const char       *text,
                        gboolean         *made)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (made != NULL)
    *made = self->layout == NULL;
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, text);
      self->context_serial = 0;
    }
  follow_font (self, widget);
  return self->layout;
}

void
haven_style_layout_css_changed (HavenStyleLayout *self,
                                GtkWidget        *widget)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The style changes each time a card moves to another column. */
  if (self->layout != NULL && follow_font (self, widget))
    gtk_widget_queue_resize (widget);
}

void
haven_style_layout_direction_changed (HavenStyleLayout *self,
                                      GtkWidget        *widget)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  haven_style_layout_clear (self);
  gtk_widget_queue_resize (widget);
}

void
haven_style_layout_clear (HavenStyleLayout *self)
{
  g_return_if_fail (self != NULL);

  g_clear_object (&self->layout);
  self->context_serial = 0;
}

/* At most this many coloured icons are kept: a few icons, in a few
 * colours, at one or two scales. */
#define MAX_ICONS 64

static GHashTable *icons;   /* "name/size/scale/rgba" → GdkTexture */

static GdkTexture *
colour_icon (GtkWidget     *widget,
             const char    *icon_name,
             int            size,
             int            scale,
             const GdkRGBA *color)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, icon_name, NULL, size, scale,
                                                                 gtk_widget_get_direction (widget), 0);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  gsize stride;

  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, size, size, color, 1);
  node = gtk_snapshot_free_to_node (snapshot);
  surface = haven_style_draw_node (node, 0, 0, size * scale, size * scale, scale);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), stride * size * scale);
  cairo_surface_destroy (surface);
  return gdk_memory_texture_new (size * scale, size * scale, GDK_MEMORY_DEFAULT, bytes, stride);
}

cairo_surface_t *
haven_style_draw_node (GskRenderNode *node,
                       double         x,
                       double         y,
                       int            width,
                       int            height,
                       int            scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  if (node != NULL)
    {
      cr = cairo_create (surface);
      cairo_translate (cr, -x, -y);
      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
    }
  cairo_surface_flush (surface);
  return surface;
}

static void
icon_theme_changed_cb (GtkIconTheme *theme)
{
  /* Another theme draws other icons. */
  if (icons != NULL)
    g_hash_table_remove_all (icons);
}

void
haven_style_append_icon (GtkWidget     *widget,
                         GtkSnapshot   *snapshot,
                         const char    *icon_name,
                         int            size,
                         const GdkRGBA *color)
{
  int scale;
  g_autofree char *key = NULL;
  GdkTexture *texture;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (icon_name != NULL);
  g_return_if_fail (color != NULL);

  /* A symbolic icon is recoloured through a colour matrix each time it
   * is painted, which the software renderer does in a surface of its own
   * per icon: a board has one or more on each card. Coloured once here,
   * it is a plain image. */
  scale = gtk_widget_get_scale_factor (widget);
  key = g_strdup_printf ("%s/%d/%d/%s/%.3f/%.3f/%.3f/%.3f", icon_name, size, scale,
                         gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? "rtl" : "ltr",
                         color->red, color->green, color->blue, color->alpha);
  if (icons == NULL)
    {
      icons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_signal_connect (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)), "changed",
                        G_CALLBACK (icon_theme_changed_cb), NULL);
    }
  texture = g_hash_table_lookup (icons, key);
  if (texture == NULL)
    {
      if (g_hash_table_size (icons) >= MAX_ICONS)
        g_hash_table_remove_all (icons);
      texture = colour_icon (widget, icon_name, size, scale, color);
      g_hash_table_insert (icons, g_steal_pointer (&key), texture);
    }
  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, size, size));
}
