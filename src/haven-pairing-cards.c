/* haven-pairing-cards.c: the places of a column's cards
 *
 * GTK 4.8's list views build a new row, and restyle the card in it, for
 * every new item, and scrolling the board across gives each column a new
 * mentor, and so a new list, every few frames. This model stands between:
 * its items are places (haven-pairing-place.c) that stay when the list is
 * swapped for another, and take the new list's rows, so the cards already
 * there are refilled; only places beyond the new list's length come or go.
 * Changes within one list pass through as they are, on new places, so the
 * list view keeps the focus and the scroll as it would.
 *
 * It also shows only the first rows, up to a limit the column raises a few
 * at a time, as GtkSliceListModel would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-cards"

#include "config.h"

#include "haven-pairing-cards.h"
#include "haven-pairing-place.h"

struct _HavenPairingCards
{
  GObject          parent_instance;

  GPtrArray       *places;    /* of HavenPairingPlace, owned */
  HavenRecordList *list;      /* owned */
  guint            limit;
  gboolean         waiting;   /* the places wait, empty, for the list to load */
};

static void haven_pairing_cards_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HavenPairingCards, haven_pairing_cards, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, haven_pairing_cards_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return HAVEN_TYPE_PAIRING_PLACE;
}

static guint
get_n_items (GListModel *model)
{
  return HAVEN_PAIRING_CARDS (model)->places->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HavenPairingCards *self = HAVEN_PAIRING_CARDS (model);

  return position < self->places->len ? g_object_ref (g_ptr_array_index (self->places, position)) : NULL;
}

static void
haven_pairing_cards_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* How many places the list and the limit call for. */
static guint
wanted (HavenPairingCards *self)
{
  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  return self->list != NULL ? MIN (self->limit, g_list_model_get_n_items (G_LIST_MODEL (self->list))) : 0;
}

static HavenPairingPlace *
place_for (HavenPairingCards *self,
           guint              position)
{
  g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  return haven_pairing_place_new (self->list, row);
}

/* Adds or removes places at the end, to as many as are wanted. */
static void
fit_tail (HavenPairingCards *self)
{
  guint n = wanted (self), len = self->places->len;

  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  if (n < len)
    {
      g_ptr_array_remove_range (self->places, n, len - n);
      g_list_model_items_changed (G_LIST_MODEL (self), n, len - n, 0);
    }
  else if (n > len)
    {
      for (guint i = len; i < n; i++)
        g_ptr_array_add (self->places, place_for (self, i));
      g_list_model_items_changed (G_LIST_MODEL (self), len, 0, n - len);
    }
}

/* The places shown take the list's rows; only the tail changes. */
static void
take_rows (HavenPairingCards *self)
{
  guint keep;

  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  self->waiting = FALSE;
  keep = MIN (self->places->len, wanted (self));
  for (guint i = 0; i < keep; i++)
    {
      g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (self->list), i);

      haven_pairing_place_set (g_ptr_array_index (self->places, i), self->list, row);
    }
  fit_tail (self);
}

static void
list_items_changed_cb (HavenPairingCards *self,
                       guint              position,
                       guint              removed,
                       guint              added,
                       GListModel        *list)
{
  guint shown, in_removed, in_added;

  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  if (self->waiting)
    {
      if (!haven_record_list_get_loading (self->list))
        take_rows (self);
      return;
    }
  shown = self->places->len;
  if (position >= shown)
    {
      fit_tail (self);
      return;
    }
  /* The part of the change within the places, then the tail: rows slide
   * in from beyond the limit, or out past it. */
  in_removed = MIN (removed, shown - position);
  in_added = MIN (added, self->limit - position);
  g_ptr_array_remove_range (self->places, position, in_removed);
  for (guint i = 0; i < in_added; i++)
    g_ptr_array_insert (self->places, position + i, place_for (self, position + i));
  if (in_removed > 0 || in_added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, in_removed, in_added);
  fit_tail (self);
}

static void
list_loading_cb (HavenPairingCards *self)
{
  g_assert (HAVEN_IS_PAIRING_CARDS (self));

  if (self->waiting && !haven_record_list_get_loading (self->list))
    take_rows (self);
}

void
haven_pairing_cards_set_list (HavenPairingCards *self,
                              HavenRecordList   *list)
{
  g_return_if_fail (HAVEN_IS_PAIRING_CARDS (self));
  g_return_if_fail (list == NULL || HAVEN_IS_RECORD_LIST (list));

  if (self->list == list)
    return;
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_set_object (&self->list, list);
  if (list != NULL)
    {
      g_signal_connect_object (list, "items-changed", G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::loading", G_CALLBACK (list_loading_cb), self, G_CONNECT_SWAPPED);
    }
  if (list != NULL && !haven_record_list_get_loading (list))
    {
      take_rows (self);
      return;
    }
  /* Empty until the rows come. */
  self->waiting = TRUE;
  for (guint i = 0; i < self->places->len; i++)
    haven_pairing_place_set (g_ptr_array_index (self->places, i), NULL, NULL);
}

HavenRecordList *
haven_pairing_cards_get_list (HavenPairingCards *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARDS (self), NULL);
  return self->list;
}

void
haven_pairing_cards_set_limit (HavenPairingCards *self,
                               guint              limit)
{
  g_return_if_fail (HAVEN_IS_PAIRING_CARDS (self));

  if (self->limit == limit)
    return;
  self->limit = limit;
  if (!self->waiting)
    fit_tail (self);
}

guint
haven_pairing_cards_get_limit (HavenPairingCards *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARDS (self), 0);
  return self->limit;
}

void
haven_pairing_cards_clear (HavenPairingCards *self)
{
  guint len;

  g_return_if_fail (HAVEN_IS_PAIRING_CARDS (self));

  haven_pairing_cards_set_list (self, NULL);
  len = self->places->len;
  g_ptr_array_set_size (self->places, 0);
  if (len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, len, 0);
}

static void
haven_pairing_cards_dispose (GObject *object)
{
  HavenPairingCards *self = HAVEN_PAIRING_CARDS (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_ptr_array_set_size (self->places, 0);

  G_OBJECT_CLASS (haven_pairing_cards_parent_class)->dispose (object);
}

static void
haven_pairing_cards_finalize (GObject *object)
{
  HavenPairingCards *self = HAVEN_PAIRING_CARDS (object);

  g_ptr_array_unref (self->places);

  G_OBJECT_CLASS (haven_pairing_cards_parent_class)->finalize (object);
}

static void
haven_pairing_cards_class_init (HavenPairingCardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = haven_pairing_cards_dispose;
  object_class->finalize = haven_pairing_cards_finalize;
}

static void
haven_pairing_cards_init (HavenPairingCards *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->limit = G_MAXUINT;
}

HavenPairingCards *
haven_pairing_cards_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_CARDS, NULL);
}
