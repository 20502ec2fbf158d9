/* haven-symbolic-icon.c: a symbolic icon, coloured once and kept
 *
 * What a GtkImage shows, for icons painted by the dozen a frame: a GtkImage
 * recolours its symbolic icon through a colour matrix each time it is
 * painted, and the software renderer does that in a surface of its own,
 * per icon. This one paints an image coloured once (haven_style_append_icon),
 * in the colour its style sheet gives it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-symbolic-icon"

#include "config.h"

#include "haven-style.h"
#include "haven-symbolic-icon.h"

#define ICON_SIZE 16

struct _HavenSymbolicIcon
{
  GtkWidget  parent_instance;

  char      *icon_name;
};

G_DEFINE_FINAL_TYPE (HavenSymbolicIcon, haven_symbolic_icon, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
haven_symbolic_icon_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = *natural = ICON_SIZE;
}

static void
haven_symbolic_icon_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  HavenSymbolicIcon *self = HAVEN_SYMBOLIC_ICON (widget);
  GdkRGBA color;

  if (self->icon_name == NULL)
    return;
  haven_style_get_color (widget, &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((gtk_widget_get_width (widget) - ICON_SIZE) / 2,
                                                          (gtk_widget_get_height (widget) - ICON_SIZE) / 2));
  haven_style_append_icon (widget, snapshot, self->icon_name, ICON_SIZE, &color);
  gtk_snapshot_restore (snapshot);
}

static void
haven_symbolic_icon_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenSymbolicIcon *self = HAVEN_SYMBOLIC_ICON (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_symbolic_icon_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenSymbolicIcon *self = HAVEN_SYMBOLIC_ICON (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      haven_symbolic_icon_set_icon_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_symbolic_icon_finalize (GObject *object)
{
  HavenSymbolicIcon *self = HAVEN_SYMBOLIC_ICON (object);

  g_free (self->icon_name);

  G_OBJECT_CLASS (haven_symbolic_icon_parent_class)->finalize (object);
}

static void
haven_symbolic_icon_class_init (HavenSymbolicIconClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = haven_symbolic_icon_finalize;
  object_class->get_property = haven_symbolic_icon_get_property;
  object_class->set_property = haven_symbolic_icon_set_property;
  widget_class->measure = haven_symbolic_icon_measure;
  widget_class->snapshot = haven_symbolic_icon_snapshot;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "image");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
haven_symbolic_icon_init (HavenSymbolicIcon *self)
{
}

GtkWidget *
haven_symbolic_icon_new (const char *icon_name)
{
  return g_object_new (HAVEN_TYPE_SYMBOLIC_ICON, "icon-name", icon_name, NULL);
}

const char *
haven_symbolic_icon_get_icon_name (HavenSymbolicIcon *self)
{
  g_return_val_if_fail (HAVEN_IS_SYMBOLIC_ICON (self), NULL);
  return self->icon_name;
}

void
haven_symbolic_icon_set_icon_name (HavenSymbolicIcon *self,
                                   const char        *icon_name)
{
  g_return_if_fail (HAVEN_IS_SYMBOLIC_ICON (self));

  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;
  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}
