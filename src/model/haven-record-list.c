/* haven-record-list.c: a GListModel of the records a query matches
 *
 * Built for 100,000 rows: the worker returns only the matching ids, in
 * order. Items are made on demand when a view asks for them, empty at
 * first ("loaded" FALSE), and filled a page at a time by the worker. A
 * reload compares the old and new ids and emits one exact items-changed
 * for the part that differs; a record that changed in place is emitted
 * as removed and added at its position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-list"

#include "config.h"

#include "haven-record-list.h"

#define PAGE_SIZE 64

struct _HavenRecordList
{
  GObject       parent_instance;

  HavenStore   *store;          /* owned */
  HavenQuery   *query;          /* owned */
  GArray       *ids;            /* gint64, in list order */
  GHashTable   *items;          /* id → HavenRecord (owned), made on demand */
  GHashTable   *requested;      /* ids whose page is being fetched */
  GHashTable   *dirty;          /* ids changed in the store since the last reload */
  GCancellable *cancellable;    /* of the running query */
  GCancellable *fetches;        /* of running page fetches; reset on reload */
  GError       *error;
  guint         reload_source;
  gboolean      loading;
  gboolean      reload_all;     /* a change touched many records at once */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_LOADING,
  PROP_N_ITEMS,
  PROP_ITEM_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HavenRecordList, haven_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
list_get_item_type (GListModel *model)
{
  return haven_query_get_item_type (HAVEN_RECORD_LIST (model)->query);
}

static guint
list_get_n_items (GListModel *model)
{
  return HAVEN_RECORD_LIST (model)->ids->len;
}

static void fetch_done_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data);

static void
request_page (HavenRecordList *self,
              guint            position)
{
  g_autoptr(GArray) page = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint start = position - position % PAGE_SIZE;
  guint end = MIN (start + PAGE_SIZE, self->ids->len);

  for (guint i = start; i < end; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);
      HavenRecord *item = g_hash_table_lookup (self->items, &id);

      if (g_hash_table_contains (self->requested, &id))
        continue;
      if (item != NULL && haven_record_get_loaded (item))
        continue;

      g_hash_table_add (self->requested, g_memdup2 (&id, sizeof id));
      g_array_append_val (page, id);
    }

  if (page->len == 0)
    return;

  haven_store_fetch_async (self->store, self->query, page, self->fetches,
                           fetch_done_cb, g_object_ref (self));
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (model);
  HavenRecord *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->items, &id);
  if (item == NULL)
    {
      item = g_object_new (haven_query_get_item_type (self->query),
                           "id", id,
                           "loaded", FALSE,
                           NULL);
      g_hash_table_insert (self->items, g_memdup2 (&id, sizeof id), item);
      request_page (self, position);
    }

  return g_object_ref (item);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
fetch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HavenRecordList) self = user_data;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (records == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&self->error);
          self->error = g_steal_pointer (&error);
          g_hash_table_remove_all (self->requested);
        }
      return;
    }

  for (guint i = 0; i < records->len; i++)
    {
      HavenRecord *fresh = g_ptr_array_index (records, i);
      gint64 id = haven_record_get_id (fresh);
      HavenRecord *item = g_hash_table_lookup (self->items, &id);

      g_hash_table_remove (self->requested, &id);
      if (item != NULL)
        haven_record_copy_from (item, fresh);
    }
}

/* Positions of ids in unchanged stretches survive a reload, so their
 * items keep their data; the others are made again on demand. */
static void
apply_ids (HavenRecordList *self,
           GArray          *ids)
{
  g_autoptr(GArray) old_ids = self->ids;
  g_autoptr(GHashTable) old_items = self->items;
  g_autoptr(GArray) refresh = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (guint));
  guint old_n = old_ids->len;
  guint new_n = ids->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < old_n && prefix < new_n
         && g_array_index (old_ids, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix
         && g_array_index (old_ids, gint64, old_n - 1 - suffix) == g_array_index (ids, gint64, new_n - 1 - suffix))
    suffix++;

  /* Only items in the unchanged stretches survive (a row that moved may
   * hold old data). This walks the kept positions against the few cached
   * items, so a reload of 100,000 rows stays within a frame. */
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  if (g_hash_table_size (old_items) > 0 || g_hash_table_size (self->dirty) > 0)
    for (guint i = 0; i < new_n; i++)
      {
        gint64 *id;
        gpointer key, item;

        if (i == prefix && i < new_n - suffix)
          i = new_n - suffix;
        if (i >= new_n)
          break;

        id = &g_array_index (ids, gint64, i);
        if (g_hash_table_steal_extended (old_items, id, &key, &item))
          {
            g_hash_table_insert (self->items, key, item);
            if (self->reload_all || g_hash_table_contains (self->dirty, id))
              haven_record_set_loaded (item, FALSE);
            if (!haven_record_get_loaded (item))
              g_array_append_val (stale, i);
          }
        if (g_hash_table_contains (self->dirty, id))
          g_array_append_val (refresh, i);
      }

  self->ids = g_array_ref (ids);
  g_hash_table_remove_all (self->dirty);
  g_hash_table_remove_all (self->requested);
  self->reload_all = FALSE;

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
  for (guint i = 0; i < refresh->len; i++)
    g_list_model_items_changed (G_LIST_MODEL (self), g_array_index (refresh, guint, i), 1, 1);

  /* Kept items that were marked stale get their data again. */
  for (guint i = 0; i < stale->len; i++)
    request_page (self, g_array_index (stale, guint, i));

  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_loading (HavenRecordList *self,
             gboolean         loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
query_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HavenRecordList) self = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (ids == NULL)
    {
      /* A newer query replaced this one; it will finish the loading. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_clear_error (&self->error);
      self->error = g_steal_pointer (&error);
      set_loading (self, FALSE);
      return;
    }

  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  apply_ids (self, ids);
  set_loading (self, FALSE);
}

void
haven_record_list_reload (HavenRecordList *self)
{
  g_return_if_fail (HAVEN_IS_RECORD_LIST (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);

  /* Only the newest query matters: typing a search cancels the last one. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_loading (self, TRUE);
  haven_store_query_async (self->store, self->query, self->cancellable,
                           query_done_cb, g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  HavenRecordList *self = user_data;

  self->reload_source = 0;
  haven_record_list_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (HavenRecordList *self)
{
  /* Coalesces a burst of changes into one query. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
query_notify_cb (HavenRecordList *self,
                 GParamSpec      *pspec,
                 HavenQuery      *query)
{
  /* New filters mean new rows: keep no stale data. */
  g_cancellable_cancel (self->fetches);
  g_clear_object (&self->fetches);
  self->fetches = g_cancellable_new ();
  self->reload_all = TRUE;
  haven_record_list_reload (self);
}

static void
store_changed_cb (HavenRecordList *self,
                  GType            type,
                  gint64           id,
                  HavenStore      *store)
{
  GType item_type = haven_query_get_item_type (self->query);

  /* Rows show fields of other tables (a child's mentor, last talk), so
   * any change may touch them; an exact change of this type is refreshed
   * in place. */
  if (type == item_type && id > 0)
    g_hash_table_add (self->dirty, g_memdup2 (&id, sizeof id));
  else
    self->reload_all = TRUE;
  queue_reload (self);
}

static void
haven_record_list_constructed (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  G_OBJECT_CLASS (haven_record_list_parent_class)->constructed (object);

  g_signal_connect_object (self->query, "notify", G_CALLBACK (query_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  haven_record_list_reload (self);
}

static void
haven_record_list_dispose (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->fetches != NULL)
    g_cancellable_cancel (self->fetches);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->fetches);
  g_clear_object (&self->query);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (haven_record_list_parent_class)->dispose (object);
}

static void
haven_record_list_finalize (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->items, g_hash_table_unref);
  g_clear_pointer (&self->requested, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (haven_record_list_parent_class)->finalize (object);
}

static void
haven_record_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, haven_query_get_item_type (self->query));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_list_class_init (HavenRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = haven_record_list_constructed;
  object_class->dispose = haven_record_list_dispose;
  object_class->finalize = haven_record_list_finalize;
  object_class->get_property = haven_record_list_get_property;
  object_class->set_property = haven_record_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HAVEN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, HAVEN_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, HAVEN_TYPE_RECORD,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_record_list_init (HavenRecordList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->requested = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->dirty = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->fetches = g_cancellable_new ();
}

HavenRecordList *
haven_record_list_new (HavenStore *store,
                       HavenQuery *query)
{
  g_return_val_if_fail (HAVEN_IS_STORE (store), NULL);
  g_return_val_if_fail (HAVEN_IS_QUERY (query), NULL);

  return g_object_new (HAVEN_TYPE_RECORD_LIST, "store", store, "query", query, NULL);
}

HavenStore *
haven_record_list_get_store (HavenRecordList *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), NULL);
  return self->store;
}

HavenQuery *
haven_record_list_get_query (HavenRecordList *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), NULL);
  return self->query;
}

gboolean
haven_record_list_get_loading (HavenRecordList *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), FALSE);
  return self->loading;
}

const GError *
haven_record_list_get_error (HavenRecordList *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), NULL);
  return self->error;
}

GArray *
haven_record_list_dup_ids (HavenRecordList *self)
{
  GArray *ids;

  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ids->len);
  g_array_append_vals (ids, self->ids->data, self->ids->len);
  return ids;
}

guint
haven_record_list_find (HavenRecordList *self,
                        gint64           id)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
