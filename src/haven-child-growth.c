/* haven-child-growth.c: on a child's page, the growth folder (成长记录袋)
 *
 * The photos the proxy parents keep, as thumbnails (the folder's rows
 * carry no full photo), newest first, and how many pieces of good news,
 * test results and letters there are; the entries themselves are on the
 * timeline. The latest photo stands on the child's card.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-growth"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-child-growth.h"
#include "haven-growth-entry.h"
#include "haven-labels.h"
#include "haven-owned-query.h"

/* Photos shown at most; the rest are on the timeline. */
#define MAX_PHOTOS 12

struct _HavenChildGrowth
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkFlowBox          *photos;
  GtkLabel            *summary_label;

  /* Owned */
  HavenContext        *context;
  GCancellable        *cancellable;
  GdkPaintable        *latest;
  GArray              *photo_ids;   /* gint64, parallel to the flow box */
  gint64               child_id;
  guint                counts[HAVEN_GROWTH_LETTER + 1];
};

enum {
  PROP_0,
  PROP_LATEST_PHOTO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenChildGrowth, haven_child_growth, GTK_TYPE_WIDGET)

static GdkPaintable *
texture_of (GBytes *png)
{
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  if (png == NULL || g_bytes_get_size (png) == 0)
    return NULL;
  texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    g_debug ("A thumbnail could not be read: %s", error->message);
  return GDK_PAINTABLE (texture);
}

static void
show_entries (HavenChildGrowth *self,
              GPtrArray        *entries)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GdkPaintable) latest = NULL;
  GtkWidget *child;
  guint shown = 0;

  g_assert (HAVEN_IS_CHILD_GROWTH (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->photos))) != NULL)
    gtk_flow_box_remove (self->photos, child);
  g_array_set_size (self->photo_ids, 0);
  memset (self->counts, 0, sizeof self->counts);

  for (guint i = 0; i < entries->len; i++)
    {
      HavenRecord *entry = g_ptr_array_index (entries, i);
      int kind = haven_record_get_int (entry, HAVEN_GROWTH_ENTRY_KIND);
      g_autoptr(GdkPaintable) thumbnail = NULL;
      GtkWidget *picture;
      gint64 id;

      if (kind >= 0 && kind <= HAVEN_GROWTH_LETTER)
        self->counts[kind]++;
      if (kind != HAVEN_GROWTH_PHOTO || shown >= MAX_PHOTOS)
        continue;
      thumbnail = texture_of (haven_record_get_blob (entry, HAVEN_GROWTH_ENTRY_THUMBNAIL));
      if (thumbnail == NULL)
        continue;
      if (latest == NULL)
        latest = g_object_ref (thumbnail);

      picture = gtk_picture_new_for_paintable (thumbnail);
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_widget_set_size_request (picture, 120, 90);
      gtk_widget_add_css_class (picture, "growth-photo");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      *haven_record_get_string (entry, HAVEN_GROWTH_ENTRY_TITLE) != '\0'
                                      ? haven_record_get_string (entry, HAVEN_GROWTH_ENTRY_TITLE)
                                      : haven_record_get_string (entry, HAVEN_GROWTH_ENTRY_DATE), -1);
      gtk_widget_set_tooltip_text (picture, haven_record_get_string (entry, HAVEN_GROWTH_ENTRY_DATE));
      gtk_flow_box_append (self->photos, picture);
      id = haven_record_get_id (entry);
      g_array_append_val (self->photo_ids, id);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->photos), shown > 0);

  for (int kind = HAVEN_GROWTH_GOOD_NEWS; kind <= HAVEN_GROWTH_LETTER; kind++)
    if (self->counts[kind] > 0)
      {
        /* Translators: how many entries of a kind, "2 × Good news". */
        g_autofree char *part = g_strdup_printf (_("%u × %s"), self->counts[kind], haven_label_growth_kind (kind));
        g_strv_builder_add (parts, part);
      }
  list = g_strv_builder_end (parts);
  summary = list[0] != NULL
            ? g_strjoinv (C_("list", ", "), list)
            : g_strdup (_("Nothing in the folder yet: good news, test results, photos and letters for the parents far away go here."));
  gtk_label_set_label (self->summary_label, summary);

  if (g_set_object (&self->latest, latest))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_PHOTO]);
}

static void
entries_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenChildGrowth) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);

  if (entries == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  show_entries (self, entries);
}

static void
entries_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenChildGrowth) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_GROWTH_ENTRY, ids, NULL, self->cancellable,
                           entries_fetched_cb, g_object_ref (self));
}

static void
reload (HavenChildGrowth *self)
{
  g_autoptr(HavenQuery) query = NULL;

  g_assert (HAVEN_IS_CHILD_GROWTH (self));

  if (self->context == NULL || self->child_id == 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_GROWTH_ENTRY, "child-id", self->child_id));
  haven_store_query_async (haven_context_get_store (self->context), query, self->cancellable,
                           entries_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenChildGrowth *self,
                  GType             type,
                  gint64            id,
                  HavenStore       *store)
{
  g_assert (HAVEN_IS_CHILD_GROWTH (self));

  if (type == HAVEN_TYPE_GROWTH_ENTRY || type == HAVEN_TYPE_RECORD)
    reload (self);
}

static void
photo_activated_cb (HavenChildGrowth *self,
                    GtkFlowBoxChild  *child,
                    GtkFlowBox       *box)
{
  int index = gtk_flow_box_child_get_index (child);

  g_assert (HAVEN_IS_CHILD_GROWTH (self));
  if (index >= 0 && (guint) index < self->photo_ids->len)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-growth", "x", g_array_index (self->photo_ids, gint64, index));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HavenChildGrowth *self = HAVEN_CHILD_GROWTH (widget);

  if (self->child_id != 0)
    gtk_widget_activate_action (widget, "win.add-growth", "(xs)", self->child_id, g_variant_get_string (parameter, NULL));
}

void
haven_child_growth_set_context (HavenChildGrowth *self,
                                HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_GROWTH (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

void
haven_child_growth_set_child_id (HavenChildGrowth *self,
                                 gint64            child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_GROWTH (self));

  if (self->child_id == child_id)
    return;
  self->child_id = child_id;
  /* Another child's photos must not linger while this one's load. */
  if (g_set_object (&self->latest, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_PHOTO]);
  reload (self);
}

GdkPaintable *
haven_child_growth_get_latest_photo (HavenChildGrowth *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_GROWTH (self), NULL);
  return self->latest;
}

guint
haven_child_growth_get_count (HavenChildGrowth *self,
                              int               kind)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_GROWTH (self), 0);
  g_return_val_if_fail (kind >= 0 && kind <= HAVEN_GROWTH_LETTER, 0);
  return self->counts[kind];
}

static void
haven_child_growth_dispose (GObject *object)
{
  HavenChildGrowth *self = HAVEN_CHILD_GROWTH (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_GROWTH);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->latest);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->photo_ids, g_array_unref);

  G_OBJECT_CLASS (haven_child_growth_parent_class)->dispose (object);
}

static void
haven_child_growth_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenChildGrowth *self = HAVEN_CHILD_GROWTH (object);

  switch (prop_id)
    {
    case PROP_LATEST_PHOTO:
      g_value_set_object (value, self->latest);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_growth_class_init (HavenChildGrowthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_growth_dispose;
  object_class->get_property = haven_child_growth_get_property;

  properties[PROP_LATEST_PHOTO] =
    g_param_spec_object ("latest-photo", NULL, NULL, GDK_TYPE_PAINTABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-growth.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildGrowth, group);
  gtk_widget_class_bind_template_child (widget_class, HavenChildGrowth, photos);
  gtk_widget_class_bind_template_child (widget_class, HavenChildGrowth, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, photo_activated_cb);
  gtk_widget_class_install_action (widget_class, "growth.add", "s", add_action);
}

static void
haven_child_growth_init (HavenChildGrowth *self)
{
  g_assert (HAVEN_IS_CHILD_GROWTH (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->photo_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}
