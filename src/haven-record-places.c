/* haven-record-places.c: rows of a list in places that stay
 *
 * GTK 4.8's list views build a new row widget for every new item, and keep
 * up to 200 of them: a search that changes the archive's rows, or a board
 * column given another mentor's cards, rebuilt and restyled all of them in
 * one frame. This model stands between a HavenRecordList and the view. Its
 * items are places (haven-record-place.c) that stay where a change replaces
 * rows with as many others, and take the new rows, so the row widgets
 * already there are refilled; only the difference comes or goes, at the end
 * of the changed stretch. A change that only removes or only adds passes
 * through as it is, so a row that leaves takes its place with it.
 *
 * The list can be swapped for another (a column's next mentor): while the
 * new one loads, the places stay, empty, and held they stay so once it has
 * loaded, until let go. It can show only the first rows, up to a limit
 * raised a few at a time, as GtkSliceListModel would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-places"

#include "config.h"

#include "haven-record-places.h"
#include "haven-record-place.h"

struct _HavenRecordPlaces
{
  GObject          parent_instance;

  GPtrArray       *places;    /* of HavenRecordPlace, owned */
  GPtrArray       *spare;     /* places not in the list, for the next rows */
  HavenRecordList *list;      /* owned */
  guint            limit;
  gboolean         waiting;   /* the places wait, empty, for the list to load */
  gboolean         held;      /* and go on waiting once it has */
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void haven_record_places_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HavenRecordPlaces, haven_record_places, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, haven_record_places_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return HAVEN_TYPE_RECORD_PLACE;
}

static guint
get_n_items (GListModel *model)
{
  return HAVEN_RECORD_PLACES (model)->places->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HavenRecordPlaces *self = HAVEN_RECORD_PLACES (model);

  return position < self->places->len ? g_object_ref (g_ptr_array_index (self->places, position)) : NULL;
}

static void
haven_record_places_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* How many places the list and the limit call for. */
static guint
wanted (HavenRecordPlaces *self)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  return self->list != NULL ? MIN (self->limit, g_list_model_get_n_items (G_LIST_MODEL (self->list))) : 0;
}

static HavenRecordPlace *
take_place (HavenRecordPlaces *self)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  return self->spare->len > 0 ? g_ptr_array_steal_index_fast (self->spare, self->spare->len - 1)
                              : haven_record_place_new ();
}

/* Takes places out of the list; they go spare once the change is emitted,
 * so that no place leaves and comes back in one change (the view would
 * take it for a row that moved, and not bind it again). */
static GPtrArray *
cut_places (HavenRecordPlaces *self,
            guint              position,
            guint              n)
{
  GPtrArray *cut = g_ptr_array_new_full (n, g_object_unref);

  g_assert (HAVEN_IS_RECORD_PLACES (self));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cut, g_ptr_array_index (self->places, position + i));
  /* The pointers moved to cut: no unref. */
  g_ptr_array_set_free_func (self->places, NULL);
  g_ptr_array_remove_range (self->places, position, n);
  g_ptr_array_set_free_func (self->places, g_object_unref);
  return cut;
}

static void
keep_spare (HavenRecordPlaces *self,
            GPtrArray         *cut)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  g_ptr_array_set_free_func (cut, NULL);
  g_ptr_array_extend_and_steal (self->spare, cut);
}

/* Adds or removes places at the end, to as many as are wanted. */
static void
fit_tail (HavenRecordPlaces *self)
{
  guint n = wanted (self), len = self->places->len;

  g_assert (HAVEN_IS_RECORD_PLACES (self));

  if (n < len)
    {
      GPtrArray *cut = cut_places (self, n, len - n);

      g_list_model_items_changed (G_LIST_MODEL (self), n, len - n, 0);
      keep_spare (self, cut);
    }
  else if (n > len)
    {
      for (guint i = len; i < n; i++)
        g_ptr_array_add (self->places, take_place (self));
      g_list_model_items_changed (G_LIST_MODEL (self), len, 0, n - len);
    }
}

static void
changed_range (HavenRecordPlaces *self,
               guint              position,
               guint              n)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  for (guint i = position; i < position + n; i++)
    haven_record_place_changed (g_ptr_array_index (self->places, i));
}

/* The places shown take the list's rows; only the tail changes. */
static void
take_rows (HavenRecordPlaces *self)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  self->waiting = FALSE;
  changed_range (self, 0, MIN (self->places->len, wanted (self)));
  fit_tail (self);
}

static void
list_items_changed_cb (HavenRecordPlaces *self,
                       guint              position,
                       guint              removed,
                       guint              added,
                       GListModel        *list)
{
  guint shown, in_removed, in_added, kept;

  g_assert (HAVEN_IS_RECORD_PLACES (self));

  if (self->waiting)
    {
      if (!self->held && !haven_record_list_get_loading (self->list))
        take_rows (self);
      return;
    }
  shown = self->places->len;
  if (position >= shown)
    {
      fit_tail (self);
      return;
    }
  /* The part of the change within the places: as many places as stay
   * take the new rows, then the rest come or go; then the tail, where
   * rows slide in from beyond the limit, or out past it. */
  in_removed = MIN (removed, shown - position);
  in_added = MIN (added, self->limit - position);
  kept = MIN (in_removed, in_added);
  if (in_removed > kept)
    {
      GPtrArray *cut = cut_places (self, position + kept, in_removed - kept);

      g_list_model_items_changed (G_LIST_MODEL (self), position + kept, in_removed - kept, 0);
      keep_spare (self, cut);
    }
  else if (in_added > kept)
    {
      for (guint i = kept; i < in_added; i++)
        g_ptr_array_insert (self->places, position + i, take_place (self));
      g_list_model_items_changed (G_LIST_MODEL (self), position + kept, 0, in_added - kept);
    }
  changed_range (self, position, kept);
  fit_tail (self);
}

static void
list_loading_cb (HavenRecordPlaces *self)
{
  g_assert (HAVEN_IS_RECORD_PLACES (self));

  if (self->waiting && !self->held && !haven_record_list_get_loading (self->list))
    take_rows (self);
}

void
haven_record_places_set_list (HavenRecordPlaces *self,
                              HavenRecordList   *list)
{
  g_return_if_fail (HAVEN_IS_RECORD_PLACES (self));
  g_return_if_fail (list == NULL || HAVEN_IS_RECORD_LIST (list));

  if (self->list == list)
    return;
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_set_object (&self->list, list);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  if (list != NULL)
    {
      g_signal_connect_object (list, "items-changed", G_CALLBACK (list_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (list, "notify::loading", G_CALLBACK (list_loading_cb), self, G_CONNECT_SWAPPED);
    }
  if (list != NULL && !self->held && !haven_record_list_get_loading (list))
    {
      take_rows (self);
      return;
    }
  /* Empty until the rows come. */
  self->waiting = TRUE;
  changed_range (self, 0, self->places->len);
}

void
haven_record_places_set_held (HavenRecordPlaces *self,
                              gboolean           held)
{
  g_return_if_fail (HAVEN_IS_RECORD_PLACES (self));

  if (self->held == !!held)
    return;
  self->held = !!held;
  if (self->waiting && !self->held && self->list != NULL && !haven_record_list_get_loading (self->list))
    take_rows (self);
}

gboolean
haven_record_places_get_held (HavenRecordPlaces *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_PLACES (self), FALSE);
  return self->held;
}

HavenRecord *
haven_record_places_get_row (HavenRecordPlaces *self,
                             guint              position)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_PLACES (self), NULL);

  if (self->waiting || self->list == NULL || position >= self->places->len)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->list), position);
}

HavenRecordList *
haven_record_places_get_list (HavenRecordPlaces *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_PLACES (self), NULL);
  return self->list;
}

void
haven_record_places_set_limit (HavenRecordPlaces *self,
                               guint              limit)
{
  g_return_if_fail (HAVEN_IS_RECORD_PLACES (self));

  if (self->limit == limit)
    return;
  self->limit = limit;
  if (!self->waiting)
    fit_tail (self);
}

guint
haven_record_places_get_limit (HavenRecordPlaces *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_PLACES (self), 0);
  return self->limit;
}

void
haven_record_places_clear (HavenRecordPlaces *self)
{
  guint len;

  g_return_if_fail (HAVEN_IS_RECORD_PLACES (self));

  haven_record_places_set_list (self, NULL);
  len = self->places->len;
  g_ptr_array_set_size (self->places, 0);
  g_ptr_array_set_size (self->spare, 0);
  if (len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, len, 0);
}

static void
haven_record_places_dispose (GObject *object)
{
  HavenRecordPlaces *self = HAVEN_RECORD_PLACES (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_ptr_array_set_size (self->places, 0);
  g_ptr_array_set_size (self->spare, 0);

  G_OBJECT_CLASS (haven_record_places_parent_class)->dispose (object);
}

static void
haven_record_places_finalize (GObject *object)
{
  HavenRecordPlaces *self = HAVEN_RECORD_PLACES (object);

  g_ptr_array_unref (self->places);
  g_ptr_array_unref (self->spare);

  G_OBJECT_CLASS (haven_record_places_parent_class)->finalize (object);
}

static void
haven_record_places_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenRecordPlaces *self = HAVEN_RECORD_PLACES (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->list);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_places_class_init (HavenRecordPlacesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = haven_record_places_dispose;
  object_class->finalize = haven_record_places_finalize;
  object_class->get_property = haven_record_places_get_property;

  /* The list the places are of, as GtkSliceListModel names its own. */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, HAVEN_TYPE_RECORD_LIST,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_record_places_init (HavenRecordPlaces *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
  self->spare = g_ptr_array_new_with_free_func (g_object_unref);
  self->limit = G_MAXUINT;
}

HavenRecordPlaces *
haven_record_places_new (void)
{
  return g_object_new (HAVEN_TYPE_RECORD_PLACES, NULL);
}
