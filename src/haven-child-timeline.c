/* haven-child-timeline.c: on a child's page, the child's records in time
 * order
 *
 * One list, newest first, of everything the file has gathered: talks,
 * visits and calls, the growth folder, the individual plan and its
 * reviews, pairings. A confidential talk the session may not read says
 * that it took place and who held it, nothing more (the store never hands
 * its text over). A row opens its record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-timeline.h"
#include "haven-growth-entry.h"
#include "haven-labels.h"
#include "haven-plan.h"
#include "haven-print-talks.h"
#include "haven-store-timeline.h"
#include "haven-talk.h"

struct _HavenChildTimeline
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;
  GtkListBox          *entries;

  /* Owned */
  HavenContext        *context;
  GListStore          *items;
  GCancellable        *cancellable;
  gint64               child_id;
  gboolean             loading;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenChildTimeline, haven_child_timeline, GTK_TYPE_WIDGET)

static const char *
icon_of (const HavenTimelineEntry *e)
{
  switch (e->kind)
    {
    case HAVEN_TIMELINE_TALK:
      switch (e->subkind)
        {
        case HAVEN_TALK_HOME_VISIT:    return "go-home-symbolic";
        case HAVEN_TALK_FAMILY_CALL:   return "call-start-symbolic";
        case HAVEN_TALK_COUNSELLING:   return e->confidential ? "changes-prevent-symbolic" : "user-available-symbolic";
        default:                       return "user-available-symbolic";
        }
    case HAVEN_TIMELINE_GROWTH:
      switch (e->subkind)
        {
        case HAVEN_GROWTH_PHOTO:       return "camera-photo-symbolic";
        case HAVEN_GROWTH_LETTER:      return "mail-unread-symbolic";
        case HAVEN_GROWTH_TEST_RESULT: return "document-edit-symbolic";
        default:                       return "starred-symbolic";
        }
    case HAVEN_TIMELINE_PLAN:
    case HAVEN_TIMELINE_PLAN_REVIEW:
      return "x-office-document-symbolic";
    case HAVEN_TIMELINE_PAIRING:
    case HAVEN_TIMELINE_PAIRING_END:
    default:
      return "emblem-shared-symbolic";
    }
}

static char *
title_of (const HavenTimelineEntry *e)
{
  const char *what;

  switch (e->kind)
    {
    case HAVEN_TIMELINE_TALK:
      what = haven_label_talk_kind (e->subkind);
      break;
    case HAVEN_TIMELINE_GROWTH:
      what = haven_label_growth_kind (e->subkind);
      break;
    case HAVEN_TIMELINE_PLAN:
      what = _("Individual plan started");
      break;
    case HAVEN_TIMELINE_PLAN_REVIEW:
      what = e->done ? _("Plan review held") : _("Plan review due");
      break;
    case HAVEN_TIMELINE_PAIRING:
      what = _("Paired with a mentor");
      break;
    case HAVEN_TIMELINE_PAIRING_END:
    default:
      what = _("Pairing ended");
      break;
    }
  if (*e->author != '\0')
    /* Translators: a timeline entry: its date, what it is and who did it. */
    return g_strdup_printf (_("%s · %s · %s"), e->date, what, e->author);
  return g_strdup_printf ("%s · %s", e->date, what);
}

static char *
subtitle_of (const HavenTimelineEntry *e)
{
  if (e->withheld)
    return g_strdup (_("Confidential: the notes are kept by the counsellor."));
  switch (e->kind)
    {
    case HAVEN_TIMELINE_TALK:
      if (*e->text != '\0')
        return g_strdup (e->text);
      return g_strdup (e->problems);
    case HAVEN_TIMELINE_GROWTH:
      if (*e->title != '\0' && *e->text != '\0')
        return g_strdup_printf ("%s — %s", e->title, e->text);
      return g_strdup (*e->title != '\0' ? e->title : e->text);
    case HAVEN_TIMELINE_PLAN:
      return g_strdup (e->text);
    case HAVEN_TIMELINE_PLAN_REVIEW:
      if (e->done && *e->text != '\0')
        return g_strdup_printf ("%s — %s", haven_label_progress (e->subkind), e->text);
      return g_strdup (e->done ? haven_label_progress (e->subkind) : "");
    case HAVEN_TIMELINE_PAIRING:
      return *e->text != '\0' ? g_strdup_printf ("%s — %s", e->title, e->text) : g_strdup (e->title);
    case HAVEN_TIMELINE_PAIRING_END:
    default:
      return g_strdup (e->title);
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  const HavenTimelineEntry *e = haven_timeline_item_get_entry (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_of (e));
  g_autofree char *title = title_of (e);
  g_autofree char *subtitle = subtitle_of (e);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (e->thumbnail != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (e->thumbnail, NULL);

      if (texture != NULL)
        {
          GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));

          gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
          gtk_widget_set_size_request (picture, 64, 48);
          gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Photo"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), picture);
        }
    }
  if (e->kind == HAVEN_TIMELINE_PLAN_REVIEW && !e->done)
    gtk_widget_add_css_class (row, "timeline-due");

  /* Pairings are kept on the board: nothing to open here. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    e->kind != HAVEN_TIMELINE_PAIRING && e->kind != HAVEN_TIMELINE_PAIRING_END);
  return row;
}

static void
entry_activated_cb (HavenChildTimeline *self,
                    GtkListBoxRow      *row,
                    GtkListBox         *box)
{
  g_autoptr(HavenTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                              gtk_list_box_row_get_index (row));
  const HavenTimelineEntry *e;

  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  if (item == NULL)
    return;
  e = haven_timeline_item_get_entry (item);
  switch (e->kind)
    {
    case HAVEN_TIMELINE_TALK:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-talk", "x", e->record_id);
      break;
    case HAVEN_TIMELINE_GROWTH:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-growth", "x", e->record_id);
      break;
    case HAVEN_TIMELINE_PLAN:
    case HAVEN_TIMELINE_PLAN_REVIEW:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-plan", "x", self->child_id);
      break;
    default:
      break;
    }
}

static void
set_loading (HavenChildTimeline *self,
             gboolean            loading)
{
  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
timeline_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenChildTimeline) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = haven_store_timeline_finish (HAVEN_STORE (object), result, &error);

  if (items == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_loading (self, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  set_loading (self, FALSE);
}

static void
reload (HavenChildTimeline *self)
{
  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  if (self->context == NULL || self->child_id == 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  haven_store_timeline_async (haven_context_get_store (self->context), self->child_id, self->cancellable,
                              timeline_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenChildTimeline *self,
                  GType               type,
                  gint64              id,
                  HavenStore         *store)
{
  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static void
mapped_cb (HavenChildTimeline *self)
{
  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  reload (self);
}

/* Actions */

static void
new_talk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HavenChildTimeline *self = HAVEN_CHILD_TIMELINE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);

  if (self->child_id == 0)
    return;
  /* No kind: the window picks the one the session usually records. */
  if (*kind == '\0')
    gtk_widget_activate_action (widget, "win.new-talk", "x", self->child_id);
  else
    gtk_widget_activate_action (widget, "win.new-talk-of-kind", "(xs)", self->child_id, kind);
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenChildTimeline) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_print_talks_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not print. %s"), error->message);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenChildTimeline *self = HAVEN_CHILD_TIMELINE (widget);

  if (self->child_id == 0 || self->context == NULL)
    return;
  haven_print_timeline_async (haven_context_get_store (self->context), GTK_WINDOW (gtk_widget_get_root (widget)),
                              self->child_id, g_variant_get_boolean (parameter), NULL, printed_cb,
                              g_object_ref (self));
}

/* Public */

void
haven_child_timeline_set_context (HavenChildTimeline *self,
                                  HavenContext       *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_TIMELINE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

void
haven_child_timeline_set_child_id (HavenChildTimeline *self,
                                   gint64              child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_TIMELINE (self));

  if (self->child_id == child_id)
    return;
  self->child_id = child_id;
  /* Another child's records never show under this one's name. */
  g_list_store_remove_all (self->items);
  reload (self);
}

GListModel *
haven_child_timeline_get_items (HavenChildTimeline *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_TIMELINE (self), NULL);
  return G_LIST_MODEL (self->items);
}

gboolean
haven_child_timeline_get_loading (HavenChildTimeline *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_TIMELINE (self), FALSE);
  return self->loading;
}

/* GObject */

static void
haven_child_timeline_dispose (GObject *object)
{
  HavenChildTimeline *self = HAVEN_CHILD_TIMELINE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->entries != NULL)
    gtk_list_box_bind_model (self->entries, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_TIMELINE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->items);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_child_timeline_parent_class)->dispose (object);
}

static void
haven_child_timeline_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HavenChildTimeline *self = HAVEN_CHILD_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_timeline_class_init (HavenChildTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_timeline_dispose;
  object_class->get_property = haven_child_timeline_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildTimeline, group);
  gtk_widget_class_bind_template_child (widget_class, HavenChildTimeline, entries);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_install_action (widget_class, "timeline.new-talk", "s", new_talk_action);
  gtk_widget_class_install_action (widget_class, "timeline.print", "b", print_action);
}

static void
haven_child_timeline_init (HavenChildTimeline *self)
{
  GtkWidget *empty = gtk_label_new (_("No talks or other records yet"));

  g_assert (HAVEN_IS_CHILD_TIMELINE (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->items = g_list_store_new (HAVEN_TYPE_TIMELINE_ITEM);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->entries, empty);
  gtk_list_box_bind_model (self->entries, G_LIST_MODEL (self->items), create_row, self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}
