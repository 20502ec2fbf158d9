/* haven-child-chooser.c: choosing a child by name, pinyin or initials
 *
 * Typing searches the archive's index (the same matching as the archive:
 * characters, full pinyin, initials) on the store's worker; the first few
 * children that match drop down under the entry, with their class, and
 * Enter takes the first. The chosen child's name and class then stand in
 * the entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child.h"
#include "haven-child-chooser.h"
#include "haven-child-query.h"

/* How many matches drop down. */
#define MAX_MATCHES 8

struct _HavenChildChooser
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkSearchEntry *entry;
  GtkPopover     *popover;
  GtkListBox     *matches;

  /* Owned */
  HavenContext   *context;
  GCancellable   *cancellable;   /* of the search running */
  GPtrArray      *found;         /* HavenRecord rows shown in matches */

  gint64          child_id;
  gboolean        showing;       /* the entry shows the chosen child, not typing */
  char           *shown_text;    /* what it shows of the chosen child */
};

enum {
  PROP_0,
  PROP_CHILD_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenChildChooser, haven_child_chooser, GTK_TYPE_WIDGET)

static char *
describe (HavenRecord *child)
{
  const char *class_name = haven_record_get_string (child, HAVEN_CHILD_CLASS_NAME);

  if (*class_name == '\0')
    return g_strdup (haven_record_get_string (child, HAVEN_CHILD_NAME));
  /* Translators: a child and the class, in a list of matches: "张小明 · 三年级（1）班". */
  return g_strdup_printf (_("%s · %s"), haven_record_get_string (child, HAVEN_CHILD_NAME), class_name);
}

static void
show_text (HavenChildChooser *self,
           const char        *text)
{
  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  self->showing = TRUE;
  g_free (self->shown_text);
  self->shown_text = g_strdup (text);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->showing = FALSE;
}

static void
set_child (HavenChildChooser *self,
           HavenRecord       *child)
{
  g_autofree char *text = describe (child);
  gint64 id = haven_record_get_id (child);

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  show_text (self, text);
  gtk_popover_popdown (self->popover);
  if (self->child_id != id)
    {
      self->child_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_ID]);
    }
}

static void
clear_matches (HavenChildChooser *self)
{
  GtkWidget *row;

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->matches))) != NULL)
    gtk_list_box_remove (self->matches, row);
  g_clear_pointer (&self->found, g_ptr_array_unref);
}

static void
matches_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenChildChooser) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  clear_matches (self);
  self->found = g_ptr_array_ref (rows);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *text = describe (g_ptr_array_index (rows, i));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_list_box_append (self->matches, label);
    }
  if (rows->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("No child has this name"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_list_box_append (self->matches, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->matches, 0), FALSE);
    }
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), gtk_widget_get_width (GTK_WIDGET (self)), -1);
  gtk_popover_popup (self->popover);
}

static void
matches_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenChildChooser) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  for (guint i = 0; i < MIN (rows->len, MAX_MATCHES); i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_CHILD, ids, NULL, self->cancellable,
                           matches_fetched_cb, g_object_ref (self));
}

static void
search_changed_cb (HavenChildChooser *self,
                   GtkSearchEntry    *entry)
{
  g_autoptr(HavenChildQuery) query = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  /* The search entry reports a change only after its delay: the text
   * the chooser put there itself is not a search. */
  if (self->showing || self->context == NULL || g_strcmp0 (text, self->shown_text) == 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (*text == '\0')
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  self->cancellable = g_cancellable_new ();
  query = haven_child_query_new ();
  haven_child_query_set_sort (query, HAVEN_SORT_NAME);
  haven_query_set_search (HAVEN_QUERY (query), text);
  haven_store_query_async (haven_context_get_store (self->context), HAVEN_QUERY (query), self->cancellable,
                           matches_found_cb, g_object_ref (self));
}

static void
entry_activated_cb (HavenChildChooser *self,
                    GtkSearchEntry    *entry)
{
  g_assert (HAVEN_IS_CHILD_CHOOSER (self));
  haven_child_chooser_choose_first (self);
}

static void
entry_down_cb (HavenChildChooser *self,
               GtkSearchEntry    *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches, 0);

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));
  if (first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
entry_stop_cb (HavenChildChooser *self,
               GtkSearchEntry    *entry)
{
  g_assert (HAVEN_IS_CHILD_CHOOSER (self));
  gtk_popover_popdown (self->popover);
}

static void
focus_left_cb (HavenChildChooser *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  /* Down moves into the matches, which stay open. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->popover)))
    return;
  gtk_popover_popdown (self->popover);
}

static void
match_activated_cb (HavenChildChooser *self,
                    GtkListBoxRow     *row,
                    GtkListBox        *box)
{
  int index = gtk_list_box_row_get_index (row);

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));
  if (self->found != NULL && index >= 0 && (guint) index < self->found->len)
    {
      set_child (self, g_ptr_array_index (self->found, index));
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
    }
}

static void
child_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenChildChooser) self = user_data;
  g_autoptr(HavenRecord) child = haven_store_load_finish (HAVEN_STORE (object), result, NULL);

  /* A child deleted meanwhile shows nothing; the form says it is missing. */
  if (child != NULL && haven_record_get_id (child) == self->child_id)
    {
      g_autofree char *text = describe (child);
      show_text (self, text);
    }
}

static void
load_shown_child (HavenChildChooser *self)
{
  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  if (self->context == NULL || self->child_id == 0)
    return;
  haven_store_load_async (haven_context_get_store (self->context), HAVEN_TYPE_CHILD, self->child_id, NULL,
                          child_loaded_cb, g_object_ref (self));
}

/* GObject */

static void
haven_child_chooser_dispose (GObject *object)
{
  HavenChildChooser *self = HAVEN_CHILD_CHOOSER (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->found, g_ptr_array_unref);
  if (self->popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_CHOOSER);
  g_clear_object (&self->context);
  g_clear_pointer (&self->shown_text, g_free);

  G_OBJECT_CLASS (haven_child_chooser_parent_class)->dispose (object);
}

static void
haven_child_chooser_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenChildChooser *self = HAVEN_CHILD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_chooser_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenChildChooser *self = HAVEN_CHILD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      haven_child_chooser_set_child_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_chooser_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  HavenChildChooser *self = HAVEN_CHILD_CHOOSER (widget);

  gtk_widget_allocate (GTK_WIDGET (self->entry), width, height, baseline, NULL);
  gtk_popover_present (self->popover);
}

static void
haven_child_chooser_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (HAVEN_CHILD_CHOOSER (widget)->entry), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static gboolean
haven_child_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HAVEN_CHILD_CHOOSER (widget)->entry));
}

static void
haven_child_chooser_class_init (HavenChildChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_chooser_dispose;
  object_class->get_property = haven_child_chooser_get_property;
  object_class->set_property = haven_child_chooser_set_property;
  widget_class->size_allocate = haven_child_chooser_size_allocate;
  widget_class->measure = haven_child_chooser_measure;
  widget_class->grab_focus = haven_child_chooser_grab_focus;

  properties[PROP_CHILD_ID] =
    g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildChooser, entry);
  gtk_widget_class_bind_template_child (widget_class, HavenChildChooser, popover);
  gtk_widget_class_bind_template_child (widget_class, HavenChildChooser, matches);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_down_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_child_chooser_init (HavenChildChooser *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_assert (HAVEN_IS_CHILD_CHOOSER (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Tab or a click elsewhere closes the matches. */
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
haven_child_chooser_new (void)
{
  return g_object_new (HAVEN_TYPE_CHILD_CHOOSER, NULL);
}

void
haven_child_chooser_set_context (HavenChildChooser *self,
                                 HavenContext      *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_CHOOSER (self));
  g_return_if_fail (context == NULL || HAVEN_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    load_shown_child (self);
}

gint64
haven_child_chooser_get_child_id (HavenChildChooser *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_CHOOSER (self), 0);
  return self->child_id;
}

void
haven_child_chooser_set_child_id (HavenChildChooser *self,
                                  gint64             child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_CHOOSER (self));

  if (self->child_id == child_id)
    return;
  self->child_id = child_id;
  if (child_id == 0)
    show_text (self, "");
  else
    load_shown_child (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_ID]);
}

GtkWidget *
haven_child_chooser_get_entry (HavenChildChooser *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_CHOOSER (self), NULL);
  return GTK_WIDGET (self->entry);
}

void
haven_child_chooser_search (HavenChildChooser *self,
                            const char        *text)
{
  g_return_if_fail (HAVEN_IS_CHILD_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  /* At once, not after the entry's delay. */
  search_changed_cb (self, self->entry);
}

gboolean
haven_child_chooser_choose_first (HavenChildChooser *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_CHOOSER (self), FALSE);

  if (self->found == NULL || self->found->len == 0)
    return FALSE;
  set_child (self, g_ptr_array_index (self->found, 0));
  return TRUE;
}
