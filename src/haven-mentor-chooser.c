/* haven-mentor-chooser.c: choosing a mentor for "Pair with…" and "Move to…"
 *
 * The keyboard's way onto another column: type a name, its pinyin or its
 * initials, Enter takes the first mentor listed, or the arrows and Enter
 * another. Each row says the mentor's load, so a full one shows before it
 * is chosen (the board still asks before going over).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child.h"
#include "haven-labels.h"
#include "haven-mentor.h"
#include "haven-mentor-chooser.h"
#include "haven-mentor-query.h"
#include "haven-pairing.h"
#include "haven-record-list.h"

struct _HavenMentorChooser
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkSearchEntry   *search_entry;
  GtkListView      *list_view;

  /* Owned */
  HavenContext     *context;
  HavenMentorQuery *query;
  HavenRecordList  *mentors;
  GCancellable     *cancellable;
  gint64            child_id;
  gint64            from_pairing_id;
  gint64            from_mentor_id;
};

enum {
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenMentorChooser, haven_mentor_chooser, ADW_TYPE_WINDOW)

static void
update_row (GtkListItem *item)
{
  HavenRecord *m = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *texts = gtk_widget_get_first_child (box);
  GtkLabel *name = GTK_LABEL (gtk_widget_get_first_child (texts));
  GtkLabel *kind = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (name)));
  GtkLabel *load = GTK_LABEL (gtk_widget_get_last_child (box));
  HavenMentorChooser *self = g_object_get_data (G_OBJECT (box), "haven-chooser");
  int n, capacity;
  g_autofree char *load_text = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *detail = NULL;
  const char *class_name;

  if (m == NULL || !haven_record_get_loaded (m))
    {
      gtk_label_set_label (name, "");
      gtk_label_set_label (kind, "");
      gtk_label_set_label (load, "");
      return;
    }

  n = haven_record_get_int (m, HAVEN_MENTOR_N_CHILDREN);
  capacity = haven_record_get_int (m, HAVEN_MENTOR_EFFECTIVE_CAPACITY);
  class_name = haven_record_get_string (m, HAVEN_MENTOR_CLASS_NAME);
  detail = *class_name != '\0'
           ? g_strdup_printf ("%s · %s", haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)), class_name)
           : g_strdup (haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)));
  if (haven_record_get_id (m) == self->from_mentor_id)
    {
      g_autofree char *now = g_strdup_printf ("%s · %s", detail, _("now with this mentor"));
      g_free (detail);
      detail = g_steal_pointer (&now);
    }
  /* Translators: a mentor's load of children against capacity, "2 / 3". */
  load_text = g_strdup_printf (_("%d / %d"), n, capacity);
  gtk_label_set_label (name, haven_record_get_string (m, HAVEN_MENTOR_NAME));
  gtk_label_set_label (kind, detail);
  gtk_label_set_label (load, load_text);
  if (n >= capacity)
    gtk_widget_add_css_class (GTK_WIDGET (load), n > capacity ? "over-capacity" : "full");
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (load), "full");
      gtk_widget_remove_css_class (GTK_WIDGET (load), "over-capacity");
    }
  gtk_widget_set_sensitive (box, haven_record_get_id (m) != self->from_mentor_id);

  /* Translators: a mentor as a screen reader says it in the chooser:
   * the name, the kind, then the load, "李老师, Teacher, 2 of 3 children". */
  spoken = g_strdup_printf (_("%s, %s, %d of %d children"), haven_record_get_string (m, HAVEN_MENTOR_NAME), detail,
                            n, capacity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenMentorChooser       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);
  GtkWidget *load = gtk_label_new (NULL);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (load, "load-pill");
  gtk_widget_add_css_class (load, "numeric");
  gtk_widget_set_valign (load, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "record-row");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), kind);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), load);
  g_object_set_data (G_OBJECT (box), "haven-chooser", self);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenMentorChooser       *self)
{
  HavenRecord *m = gtk_list_item_get_item (item);

  g_signal_connect_object (m, "notify::loaded", G_CALLBACK (update_row), item, G_CONNECT_SWAPPED);
  haven_record_list_want (self->mentors, m);
  update_row (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenMentorChooser       *self)
{
  HavenRecord *m = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (m, update_row, item);
  haven_record_list_unwant (self->mentors, m);
}

void
haven_mentor_chooser_choose (HavenMentorChooser *self,
                             gint64              mentor_id)
{
  g_return_if_fail (HAVEN_IS_MENTOR_CHOOSER (self));

  if (mentor_id <= 0 || mentor_id == self->from_mentor_id)
    return;
  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, mentor_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
row_activated_cb (HavenMentorChooser *self,
                  guint               position,
                  GtkListView        *view)
{
  g_autoptr(HavenRecord) m = g_list_model_get_item (G_LIST_MODEL (self->mentors), position);

  g_assert (HAVEN_IS_MENTOR_CHOOSER (self));

  if (m != NULL)
    haven_mentor_chooser_choose (self, haven_record_get_id (m));
}

static void
search_changed_cb (HavenMentorChooser *self)
{
  g_assert (HAVEN_IS_MENTOR_CHOOSER (self));

  haven_query_set_search (HAVEN_QUERY (self->query), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter in the search takes the first mentor found that is not the one
 * the child is with. */
static void
search_activated_cb (HavenMentorChooser *self)
{
  g_assert (HAVEN_IS_MENTOR_CHOOSER (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->mentors)); i++)
    {
      g_autoptr(HavenRecord) m = g_list_model_get_item (G_LIST_MODEL (self->mentors), i);

      if (haven_record_get_id (m) != self->from_mentor_id)
        {
          haven_mentor_chooser_choose (self, haven_record_get_id (m));
          return;
        }
    }
}

static void
stop_search_cb (HavenMentorChooser *self)
{
  g_assert (HAVEN_IS_MENTOR_CHOOSER (self));

  gtk_window_close (GTK_WINDOW (self));
}

static void
child_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenMentorChooser) self = user_data;
  g_autoptr(HavenRecord) child = haven_store_load_finish (HAVEN_STORE (object), result, NULL);

  if (child != NULL)
    adw_window_title_set_subtitle (self->window_title, haven_record_get_string (child, HAVEN_CHILD_NAME));
}

static void
pairing_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenMentorChooser) self = user_data;
  g_autoptr(HavenRecord) pairing = haven_store_load_finish (HAVEN_STORE (object), result, NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  if (pairing == NULL)
    return;
  self->from_mentor_id = haven_record_get_ref (pairing, HAVEN_PAIRING_MENTOR_ID);
  /* Bound again, the rows shown say who the child is with now. */
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->mentors)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
haven_mentor_chooser_dispose (GObject *object)
{
  HavenMentorChooser *self = HAVEN_MENTOR_CHOOSER (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* The rows give their mentors back while the list is there. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_MENTOR_CHOOSER);
  g_clear_object (&self->mentors);
  g_clear_object (&self->query);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_mentor_chooser_parent_class)->dispose (object);
}

static void
haven_mentor_chooser_class_init (HavenMentorChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_mentor_chooser_dispose;

  /**
   * HavenMentorChooser::chosen:
   * @mentor_id: the mentor chosen
   */
  signals[SIGNAL_CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-mentor-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenMentorChooser, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorChooser, list_view);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
haven_mentor_chooser_init (HavenMentorChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_MENTOR_CHOOSER (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GtkWidget *
haven_mentor_chooser_new (HavenContext *context,
                          gint64        child_id,
                          gint64        from_pairing_id)
{
  HavenMentorChooser *self;
  HavenStore *store;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_MENTOR_CHOOSER, NULL);
  self->context = g_object_ref (context);
  self->child_id = child_id;
  self->from_pairing_id = from_pairing_id;
  store = haven_context_get_store (context);

  adw_window_title_set_title (self->window_title, from_pairing_id != 0 ? _("Move to Another Mentor")
                                                                       : _("Pair with a Mentor"));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));
  self->query = haven_mentor_query_new ();
  self->mentors = haven_record_list_new (store, HAVEN_QUERY (self->query));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->mentors)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  haven_store_load_async (store, HAVEN_TYPE_CHILD, child_id, self->cancellable, child_loaded_cb, g_object_ref (self));
  if (from_pairing_id != 0)
    haven_store_load_async (store, HAVEN_TYPE_PAIRING, from_pairing_id, self->cancellable, pairing_loaded_cb,
                            g_object_ref (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return GTK_WIDGET (self);
}

GListModel *
haven_mentor_chooser_get_mentors (HavenMentorChooser *self)
{
  g_return_val_if_fail (HAVEN_IS_MENTOR_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->mentors);
}
