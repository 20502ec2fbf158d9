/* haven-pairing-slot.c: where a column of the pairing board goes
 *
 * GTK 4.8's list views keep up to 200 rows alive around what shows, so a
 * horizontal list of 300 columns would build nearly all of them, with
 * their cards. The board's rows are these slots instead: one light widget
 * each, as wide as its column, that holds a real column (from the page's
 * pool) only while it is on screen or within a column of it. The columns
 * built are the few in view, whatever the school's size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-slot"

#include "config.h"

#include "haven-mentor.h"
#include "haven-pairing-page.h"
#include "haven-pairing-slot.h"

/* The widths of a column (with its margins) before one was measured. */
#define OPEN_WIDTH      292
#define COLLAPSED_WIDTH 68
#define GROUP_WIDTH     146
/* How far off screen a slot keeps its column, so that scrolling shows
 * columns already built. */
#define NEAR_MARGIN     320

struct _HavenPairingSlot
{
  GtkWidget           parent_instance;

  HavenPairingPage   *page;      /* borrowed: the page outlives its slots */
  GObject            *item;      /* owned, while bound */
  HavenRecordList    *mentors;   /* owned, while bound */
  HavenPairingColumn *column;    /* a child, while near view */
  gboolean            near_view;
};

G_DEFINE_FINAL_TYPE (HavenPairingSlot, haven_pairing_slot, GTK_TYPE_WIDGET)

static gboolean
is_group (HavenPairingSlot *self)
{
  g_assert (HAVEN_IS_PAIRING_SLOT (self));

  return GTK_IS_STRING_OBJECT (self->item)
         && g_str_has_prefix (gtk_string_object_get_string (GTK_STRING_OBJECT (self->item)), "group:");
}

static gint64
mentor_id (HavenPairingSlot *self)
{
  g_assert (HAVEN_IS_PAIRING_SLOT (self));

  return HAVEN_IS_MENTOR (self->item) ? haven_record_get_id (HAVEN_RECORD (self->item)) : 0;
}

static void
haven_pairing_slot_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  HavenPairingSlot *self = HAVEN_PAIRING_SLOT (widget);

  /* As wide as its column is, with or without it: the list view measures
   * its rows often, and never needs to look inside a column for that.
   * The column takes the height it is given. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = is_group (self) ? GROUP_WIDTH
                          : self->page != NULL && self->item != NULL
                            && haven_pairing_page_get_collapsed (self->page, mentor_id (self)) ? COLLAPSED_WIDTH
                          : OPEN_WIDTH;
  else
    *minimum = *natural = 0;
}

static void
haven_pairing_slot_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  HavenPairingSlot *self = HAVEN_PAIRING_SLOT (widget);
  gboolean near_view;

  if (self->column != NULL)
    {
      int minimum;

      /* Measured here only, and cached until the column changes. */
      gtk_widget_measure (GTK_WIDGET (self->column), GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
      gtk_widget_allocate (GTK_WIDGET (self->column), width, MAX (height, minimum), baseline, NULL);
    }

  near_view = haven_pairing_slot_update_near_view (self);
  /* Columns come and go outside the allocation: the page sees to it. */
  if (self->page != NULL && self->item != NULL && near_view != (self->column != NULL))
    haven_pairing_page_queue_refresh (self->page);
}

static gboolean
haven_pairing_slot_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  HavenPairingSlot *self = HAVEN_PAIRING_SLOT (widget);

  /* The keyboard may reach a column before it shows: build it now. */
  if (self->column == NULL && self->page != NULL && self->item != NULL)
    haven_pairing_page_fill_slot (self->page, self);
  return self->column != NULL && gtk_widget_child_focus (GTK_WIDGET (self->column), direction);
}

static gboolean
haven_pairing_slot_grab_focus (GtkWidget *widget)
{
  return haven_pairing_slot_focus (widget, GTK_DIR_TAB_FORWARD);
}

static void
haven_pairing_slot_dispose (GObject *object)
{
  HavenPairingSlot *self = HAVEN_PAIRING_SLOT (object);

  if (self->column != NULL)
    {
      haven_pairing_column_unbind (self->column);
      gtk_widget_unparent (GTK_WIDGET (self->column));
      self->column = NULL;
    }
  g_clear_object (&self->item);
  g_clear_object (&self->mentors);
  self->page = NULL;

  G_OBJECT_CLASS (haven_pairing_slot_parent_class)->dispose (object);
}

static void
haven_pairing_slot_class_init (HavenPairingSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_slot_dispose;
  widget_class->measure = haven_pairing_slot_measure;
  widget_class->size_allocate = haven_pairing_slot_size_allocate;
  widget_class->focus = haven_pairing_slot_focus;
  widget_class->grab_focus = haven_pairing_slot_grab_focus;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
haven_pairing_slot_init (HavenPairingSlot *self)
{
}

GtkWidget *
haven_pairing_slot_new (HavenPairingPage *page)
{
  HavenPairingSlot *self;

  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (page), NULL);

  self = g_object_new (HAVEN_TYPE_PAIRING_SLOT, NULL);
  self->page = page;
  return GTK_WIDGET (self);
}

void
haven_pairing_slot_bind (HavenPairingSlot *self,
                         GObject          *item,
                         HavenRecordList  *mentors)
{
  g_return_if_fail (HAVEN_IS_PAIRING_SLOT (self));

  g_set_object (&self->item, item);
  g_set_object (&self->mentors, mentors);
  self->near_view = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
haven_pairing_slot_unbind (HavenPairingSlot *self)
{
  g_return_if_fail (HAVEN_IS_PAIRING_SLOT (self));

  /* The column goes back to the page's pool. */
  if (self->column != NULL && self->page != NULL)
    haven_pairing_page_empty_slot (self->page, self);
  g_clear_object (&self->item);
  g_clear_object (&self->mentors);
}

GObject *
haven_pairing_slot_get_item (HavenPairingSlot *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SLOT (self), NULL);
  return self->item;
}

HavenRecordList *
haven_pairing_slot_get_mentors (HavenPairingSlot *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SLOT (self), NULL);
  return self->mentors;
}

HavenPairingColumn *
haven_pairing_slot_get_column (HavenPairingSlot *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SLOT (self), NULL);
  return self->column;
}

void
haven_pairing_slot_set_column (HavenPairingSlot   *self,
                               HavenPairingColumn *column)
{
  g_return_if_fail (HAVEN_IS_PAIRING_SLOT (self));
  g_return_if_fail (column == NULL || gtk_widget_get_parent (GTK_WIDGET (column)) == NULL);

  if (self->column == column)
    return;
  if (self->column != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->column));
  self->column = column;
  if (column != NULL)
    gtk_widget_set_parent (GTK_WIDGET (column), GTK_WIDGET (self));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
haven_pairing_slot_update_near_view (HavenPairingSlot *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *row = gtk_widget_get_parent (widget);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  g_return_val_if_fail (HAVEN_IS_PAIRING_SLOT (self), FALSE);

  /* The list view leaves rows it keeps off screen where they were, hidden. */
  self->near_view = scroller != NULL && row != NULL && gtk_widget_get_mapped (widget)
                    && gtk_widget_get_child_visible (row)
                    && gtk_widget_compute_point (widget, scroller, &GRAPHENE_POINT_INIT (0, 0), &point)
                    && point.x + gtk_widget_get_width (widget) > -NEAR_MARGIN
                    && point.x < gtk_widget_get_width (scroller) + NEAR_MARGIN;
  return self->near_view;
}

gboolean
haven_pairing_slot_get_near_view (HavenPairingSlot *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SLOT (self), FALSE);
  return self->near_view;
}
