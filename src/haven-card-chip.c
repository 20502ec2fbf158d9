/* haven-card-chip.c: a flag on a card, an icon and a word in one widget
 *
 * A board scrolling across shows new cards by the dozen a frame, and what
 * a card costs to style, lay out and paint grows with its widgets. A chip
 * made of a box, an image and a label was three of them; this one draws
 * its icon and its word itself, in the colour its style sheet gives it
 * (.card-flag and the flag's own class), with its padding and background
 * drawn by GTK as for any widget.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-card-chip"

#include "config.h"

#include "haven-card-chip.h"
#include "haven-style.h"

#define ICON_SIZE 16
#define SPACING   3

struct _HavenCardChip
{
  GtkWidget     parent_instance;

  char         *icon_name;
  char         *label;
  HavenStyleLayout text;
};

G_DEFINE_FINAL_TYPE (HavenCardChip, haven_card_chip, GTK_TYPE_WIDGET)

static PangoLayout *
get_layout (HavenCardChip *self)
{
  return haven_style_layout_get (&self->text, GTK_WIDGET (self), self->label, NULL);
}

static void
haven_card_chip_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HavenCardChip *self = HAVEN_CARD_CHIP (widget);
  int width, height;

  pango_layout_get_pixel_size (get_layout (self), &width, &height);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = ICON_SIZE + SPACING + width;
  else
    *minimum = *natural = MAX (ICON_SIZE, height);
}

static void
haven_card_chip_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  HavenCardChip *self = HAVEN_CARD_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int text_width, text_height;
  GdkRGBA color;

  haven_style_get_color (widget, &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rtl ? width - ICON_SIZE : 0, (height - ICON_SIZE) / 2));
  haven_style_append_icon (widget, snapshot, self->icon_name, ICON_SIZE, &color);
  gtk_snapshot_restore (snapshot);

  pango_layout_get_pixel_size (get_layout (self), &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rtl ? width - ICON_SIZE - SPACING - text_width
                                                              : ICON_SIZE + SPACING,
                                                          (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, self->text.layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
haven_card_chip_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (haven_card_chip_parent_class)->css_changed (widget, change);
  haven_style_layout_css_changed (&HAVEN_CARD_CHIP (widget)->text, widget);
}

static void
haven_card_chip_direction_changed (GtkWidget        *widget,
                                   GtkTextDirection  previous)
{
  haven_style_layout_direction_changed (&HAVEN_CARD_CHIP (widget)->text, widget);
}

static void
haven_card_chip_finalize (GObject *object)
{
  HavenCardChip *self = HAVEN_CARD_CHIP (object);

  haven_style_layout_clear (&self->text);
  g_free (self->icon_name);
  g_free (self->label);

  G_OBJECT_CLASS (haven_card_chip_parent_class)->finalize (object);
}

static void
haven_card_chip_class_init (HavenCardChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = haven_card_chip_finalize;
  widget_class->measure = haven_card_chip_measure;
  widget_class->snapshot = haven_card_chip_snapshot;
  widget_class->css_changed = haven_card_chip_css_changed;
  widget_class->direction_changed = haven_card_chip_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "chip");
  /* The card says its flags; a chip is only what shows of them. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
haven_card_chip_init (HavenCardChip *self)
{
}

GtkWidget *
haven_card_chip_new (const char *icon_name,
                     const char *label)
{
  HavenCardChip *self;

  g_return_val_if_fail (icon_name != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (HAVEN_TYPE_CARD_CHIP, NULL);
  self->icon_name = g_strdup (icon_name);
  self->label = g_strdup (label);
  return GTK_WIDGET (self);
}

const char *
haven_card_chip_get_label (HavenCardChip *self)
{
  g_return_val_if_fail (HAVEN_IS_CARD_CHIP (self), NULL);
  return self->label;
}
