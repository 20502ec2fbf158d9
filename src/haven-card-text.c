/* haven-card-text.c: one line of a card's text, cut short with "…"
 *
 * A board scrolling across lays out a column of new cards a frame, and a
 * card's two labels were most of what measuring it cost. A GtkLabel lays
 * its text out again for each width it is measured at: the board's
 * measure in the frame, at the card's natural width, did so for every new
 * card its column had laid out between frames at the width it gets. A
 * card's lines are one line each, as high at any width, so this one keeps
 * the width it was given last (or, new, the first it is measured for) and
 * answers every measure from it. Font and colour come from the style
 * sheet, as for a label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-card-text"

#include "config.h"

#include "haven-card-text.h"
#include "haven-style.h"

struct _HavenCardText
{
  GtkWidget    parent_instance;

  char            *text;
  HavenStyleLayout shown;
};

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenCardText, haven_card_text, GTK_TYPE_WIDGET)

static PangoLayout *
get_layout (HavenCardText *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean made;
  PangoLayout *layout = haven_style_layout_get (&self->shown, widget, self->text, &made);

  if (made)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      /* At the start of the line, as a label with xalign 0. */
      pango_layout_set_auto_dir (layout, FALSE);
      pango_layout_set_alignment (layout, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                          ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  return layout;
}

/* Laid out at width, in pixels (-1: all of it); pango keeps what it laid
 * out while the width and text stay. */
static PangoLayout *
layout_at (HavenCardText *self,
           int            width)
{
  PangoLayout *layout = get_layout (self);
  int pango_width = width >= 0 ? width * PANGO_SCALE : -1;

  if (pango_layout_get_width (layout) != pango_width)
    pango_layout_set_width (layout, pango_width);
  return layout;
}

static void
haven_card_text_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HavenCardText *self = HAVEN_CARD_TEXT (widget);
  PangoLayout *layout;
  int width, height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Cut short to nothing but "…" at the least. */
      int laid_out;

      layout = get_layout (self);
      laid_out = pango_layout_get_width (layout);
      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      pango_layout_set_width (layout, 0);
      pango_layout_get_pixel_size (layout, minimum, NULL);
      pango_layout_set_width (layout, laid_out);
      *natural = MAX (*minimum, width);
      return;
    }
  /* As high at any width: so at the width it was given last, which it
   * most often gets again (a card refilled in its place), and not at each
   * width it is measured for, which would lay it out each time. */
  layout = get_layout (self);
  if (pango_layout_get_width (layout) < 0 && for_size >= 0)
    layout_at (self, for_size);
  pango_layout_get_pixel_size (layout, NULL, &height);
  *minimum = *natural = height;
}

static GtkSizeRequestMode
haven_card_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
haven_card_text_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  layout_at (HAVEN_CARD_TEXT (widget), width);
}

static void
haven_card_text_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  HavenCardText *self = HAVEN_CARD_TEXT (widget);
  GdkRGBA color;

  if (*self->text == '\0')
    return;
  haven_style_get_color (widget, &color);
  gtk_snapshot_append_layout (snapshot, layout_at (self, gtk_widget_get_width (widget)), &color);
}

static void
haven_card_text_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (haven_card_text_parent_class)->css_changed (widget, change);
  haven_style_layout_css_changed (&HAVEN_CARD_TEXT (widget)->shown, widget);
}

static void
haven_card_text_direction_changed (GtkWidget        *widget,
                                   GtkTextDirection  previous)
{
  haven_style_layout_direction_changed (&HAVEN_CARD_TEXT (widget)->shown, widget);
}

static void
haven_card_text_finalize (GObject *object)
{
  HavenCardText *self = HAVEN_CARD_TEXT (object);

  haven_style_layout_clear (&self->shown);
  g_free (self->text);

  G_OBJECT_CLASS (haven_card_text_parent_class)->finalize (object);
}

static void
haven_card_text_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HavenCardText *self = HAVEN_CARD_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, haven_card_text_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_card_text_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HavenCardText *self = HAVEN_CARD_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      haven_card_text_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_card_text_class_init (HavenCardTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = haven_card_text_finalize;
  object_class->get_property = haven_card_text_get_property;
  object_class->set_property = haven_card_text_set_property;
  widget_class->measure = haven_card_text_measure;
  widget_class->size_allocate = haven_card_text_size_allocate;
  widget_class->get_request_mode = haven_card_text_get_request_mode;
  widget_class->snapshot = haven_card_text_snapshot;
  widget_class->css_changed = haven_card_text_css_changed;
  widget_class->direction_changed = haven_card_text_direction_changed;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  /* The card says its text whole; a line is only what shows of it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
haven_card_text_init (HavenCardText *self)
{
  self->text = g_strdup ("");
}

GtkWidget *
haven_card_text_new (void)
{
  return g_object_new (HAVEN_TYPE_CARD_TEXT, NULL);
}

const char *
haven_card_text_get_text (HavenCardText *self)
{
  g_return_val_if_fail (HAVEN_IS_CARD_TEXT (self), NULL);
  return self->text;
}

void
haven_card_text_set_text (HavenCardText *self,
                          const char    *text)
{
  g_return_if_fail (HAVEN_IS_CARD_TEXT (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->shown.layout != NULL)
    pango_layout_set_text (self->shown.layout, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
