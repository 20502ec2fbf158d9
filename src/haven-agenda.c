/* haven-agenda.c: the coming weeks' activities, one after another
 *
 * A list view over the occurrences of the weeks shown; each day's first
 * row names the day. Enter on a row edits it ("occurrence-activated").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-agenda"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-agenda.h"
#include "haven-occurrence-row.h"

struct _HavenAgenda
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkListView  *list_view;

  /* Owned */
  GListStore   *store;
  gboolean      editable;
};

enum {
  OCCURRENCE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenAgenda, haven_agenda, GTK_TYPE_WIDGET)

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenAgenda              *self)
{
  gtk_list_item_set_child (item, haven_occurrence_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenAgenda              *self)
{
  HavenOccurrenceRow *row = HAVEN_OCCURRENCE_ROW (gtk_list_item_get_child (item));
  HavenOccurrence *occurrence = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean first = TRUE;

  g_assert (HAVEN_IS_AGENDA (self));

  /* A day's first row names the day. */
  if (position > 0)
    {
      g_autoptr(HavenOccurrence) before = g_list_model_get_item (G_LIST_MODEL (self->store), position - 1);

      first = haven_occurrence_get_julian (before) != haven_occurrence_get_julian (occurrence);
    }
  haven_occurrence_row_set_editable (row, self->editable);
  haven_occurrence_row_set_occurrence (row, occurrence);
  haven_occurrence_row_set_show_date (row, first);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenAgenda              *self)
{
  haven_occurrence_row_set_occurrence (HAVEN_OCCURRENCE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
activate_cb (HavenAgenda *self,
             guint        position,
             GtkListView *view)
{
  g_autoptr(HavenOccurrence) occurrence = g_list_model_get_item (G_LIST_MODEL (self->store), position);

  g_assert (HAVEN_IS_AGENDA (self));

  if (occurrence != NULL)
    g_signal_emit (self, signals[OCCURRENCE_ACTIVATED], 0, occurrence);
}

static void
haven_agenda_dispose (GObject *object)
{
  HavenAgenda *self = HAVEN_AGENDA (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_AGENDA);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (haven_agenda_parent_class)->dispose (object);
}

static void
haven_agenda_class_init (HavenAgendaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_agenda_dispose;

  /**
   * HavenAgenda::occurrence-activated:
   * @occurrence: the row's occurrence
   */
  signals[OCCURRENCE_ACTIVATED] =
    g_signal_new ("occurrence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HAVEN_TYPE_OCCURRENCE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-agenda.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenAgenda, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenAgenda, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenAgenda, list_view);
}

static void
haven_agenda_init (HavenAgenda *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_AGENDA (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  self->store = g_list_store_new (HAVEN_TYPE_OCCURRENCE);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->store)))));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

GtkWidget *
haven_agenda_new (void)
{
  return g_object_new (HAVEN_TYPE_AGENDA, NULL);
}

void
haven_agenda_set_occurrences (HavenAgenda *self,
                              GPtrArray   *occurrences)
{
  g_return_if_fail (HAVEN_IS_AGENDA (self));

  gtk_spinner_set_spinning (self->spinner, occurrences == NULL);
  if (occurrences == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }
  /* One change for the lot: the list never sees half the weeks. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       occurrences->pdata, occurrences->len);
  gtk_stack_set_visible_child_name (self->stack, occurrences->len > 0 ? "list" : "empty");
}

GListModel *
haven_agenda_get_model (HavenAgenda *self)
{
  g_return_val_if_fail (HAVEN_IS_AGENDA (self), NULL);
  return G_LIST_MODEL (self->store);
}

void
haven_agenda_set_editable (HavenAgenda *self,
                           gboolean     editable)
{
  g_return_if_fail (HAVEN_IS_AGENDA (self));
  self->editable = editable;
}

void
haven_agenda_focus (HavenAgenda *self)
{
  g_return_if_fail (HAVEN_IS_AGENDA (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}
