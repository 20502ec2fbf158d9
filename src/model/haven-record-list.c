/* haven-record-list.c: a GListModel of the records a query matches
 *
 * Built for 100,000 rows in a real window. GTK asks for every added item
 * while items-changed is emitted, so get_item only hands out an object
 * that already exists: the worker answers a query with light row objects
 * (id only), the same object for the same id. Nothing is fetched from
 * get_item; a view asks for the fields of the rows it binds
 * (haven_record_list_want()), they arrive in batches from the worker, and
 * a row no view shows any more gives its fields up again.
 *
 * A reload compares the old and new rows and emits one exact
 * items-changed for the part that differs; a record that changed in place
 * is emitted as removed and added at its position.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-list"

#include "config.h"

#include "haven-record-list.h"
#include "haven-store-private.h"

/* Rows fetched in one job: a screenful and some. */
#define FETCH_SIZE 100

typedef struct
{
  HavenRecord *row;      /* owned */
  guint        n_views;  /* cells that show it */
} Bound;

struct _HavenRecordList
{
  GObject       parent_instance;

  HavenStore   *store;          /* owned */
  HavenQuery   *query;          /* owned */
  GPtrArray    *rows;           /* HavenRecord (owned), in list order */
  GHashTable   *bound;          /* id (in the row) → Bound: rows a view shows */
  GHashTable   *pending;        /* id (in the row) → row (borrowed from bound): to fetch */
  GHashTable   *dirty;          /* ids (owned) changed in the store since the last reload */
  GCancellable *cancellable;    /* of the running query */
  GCancellable *fetches;        /* of running fetches; reset when the query changes */
  GError       *error;
  guint         reload_source;
  guint         fetch_source;
  guint         n_preload;
  gboolean      loading;
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
  return HAVEN_RECORD_LIST (model)->rows->len;
}

/* As cheap as a GtkStringList's: no object is made, nothing is queued. */
static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

static void
bound_free (Bound *bound)
{
  g_object_unref (bound->row);
  g_free (bound);
}

/* Fetching the fields of bound rows */

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
        }
      return;
    }

  for (guint i = 0; i < records->len; i++)
    {
      HavenRecord *fresh = g_ptr_array_index (records, i);
      Bound *bound = g_hash_table_lookup (self->bound, haven_record_id_pointer (fresh));

      /* A row scrolled away meanwhile does without. */
      if (bound != NULL)
        haven_record_copy_from (bound->row, fresh);
    }
}

static gboolean
fetch_cb (gpointer user_data)
{
  HavenRecordList *self = user_data;
  GHashTableIter iter;
  gpointer key;

  self->fetch_source = 0;

  while (g_hash_table_size (self->pending) > 0)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *today = haven_query_dup_today (self->query);

      g_hash_table_iter_init (&iter, self->pending);
      while (ids->len < FETCH_SIZE && g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_array_append_val (ids, *(gint64 *) key);
          g_hash_table_iter_remove (&iter);
        }
      haven_store_fetch_async (self->store, haven_query_get_item_type (self->query), ids, today,
                               self->fetches, fetch_done_cb, g_object_ref (self));
    }
  return G_SOURCE_REMOVE;
}

static void
queue_fetch (HavenRecordList *self,
             HavenRecord     *row)
{
  g_assert (HAVEN_IS_RECORD_LIST (self));

  g_hash_table_replace (self->pending, haven_record_id_pointer (row), row);
  /* All the rows a frame binds go in one job. */
  if (self->fetch_source == 0)
    self->fetch_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fetch_cb, self, NULL);
}

void
haven_record_list_set_preload (HavenRecordList *self,
                               guint            n_rows)
{
  g_return_if_fail (HAVEN_IS_RECORD_LIST (self));
  self->n_preload = n_rows;
}

void
haven_record_list_want (HavenRecordList *self,
                        HavenRecord     *row)
{
  Bound *bound;

  g_return_if_fail (HAVEN_IS_RECORD_LIST (self));
  g_return_if_fail (HAVEN_IS_RECORD (row));

  bound = g_hash_table_lookup (self->bound, haven_record_id_pointer (row));
  if (bound == NULL)
    {
      bound = g_new0 (Bound, 1);
      bound->row = g_object_ref (row);
      g_hash_table_insert (self->bound, haven_record_id_pointer (row), bound);
    }
  else if (bound->row != row)
    {
      /* The worker made a new object for this id: show the newest. The
       * keys point into the row, so they go with the old one. */
      Bound *renewed = g_new0 (Bound, 1);

      renewed->row = g_object_ref (row);
      renewed->n_views = bound->n_views;
      g_hash_table_remove (self->pending, haven_record_id_pointer (bound->row));
      g_hash_table_steal (self->bound, haven_record_id_pointer (bound->row));
      bound_free (bound);
      g_hash_table_insert (self->bound, haven_record_id_pointer (row), renewed);
      bound = renewed;
    }
  bound->n_views++;

  if (!haven_record_get_loaded (row))
    queue_fetch (self, row);
}

void
haven_record_list_unwant (HavenRecordList *self,
                          HavenRecord     *row)
{
  Bound *bound;

  g_return_if_fail (HAVEN_IS_RECORD_LIST (self));
  g_return_if_fail (HAVEN_IS_RECORD (row));

  bound = g_hash_table_lookup (self->bound, haven_record_id_pointer (row));
  if (bound == NULL || bound->row != row)
    return;
  if (--bound->n_views > 0)
    return;

  g_hash_table_remove (self->pending, haven_record_id_pointer (row));
  /* Nobody looks at it: keep the id, give the fields back. */
  haven_record_unload (row);
  g_hash_table_remove (self->bound, haven_record_id_pointer (row));
}

/* Rows a view shows read as stale: their cells ask for them again. */
static void
mark_stale (HavenRecordList *self,
            HavenRecord     *row)
{
  g_assert (HAVEN_IS_RECORD_LIST (self));

  if (!haven_record_get_loaded (row))
    return;
  haven_record_set_loaded (row, FALSE);
  if (g_hash_table_contains (self->bound, haven_record_id_pointer (row)))
    queue_fetch (self, row);
}

/* Reloading */

static void
apply_rows (HavenRecordList *self,
            GPtrArray       *rows)
{
  g_autoptr(GPtrArray) old_rows = self->rows;
  g_autoptr(GArray) refresh = g_array_new (FALSE, FALSE, sizeof (guint));
  guint old_n = old_rows->len;
  guint new_n = rows->len;
  guint prefix = 0;
  guint suffix = 0;

  g_assert (HAVEN_IS_RECORD_LIST (self));

  /* The same id is the same object, so pointers compare rows. */
  while (prefix < old_n && prefix < new_n
         && g_ptr_array_index (old_rows, prefix) == g_ptr_array_index (rows, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix
         && g_ptr_array_index (old_rows, old_n - 1 - suffix) == g_ptr_array_index (rows, new_n - 1 - suffix))
    suffix++;

  /* A changed row that kept its place is emitted in place. The dirty set
   * is small: a scan of the kept stretches finds its rows. */
  if (g_hash_table_size (self->dirty) > 0)
    for (guint i = 0; i < new_n; i++)
      {
        if (i == prefix && i < new_n - suffix)
          i = new_n - suffix;
        if (i >= new_n)
          break;
        if (g_hash_table_contains (self->dirty, haven_record_id_pointer (g_ptr_array_index (rows, i))))
          g_array_append_val (refresh, i);
      }

  self->rows = g_ptr_array_ref (rows);
  g_hash_table_remove_all (self->dirty);
  /* Rows that left the list may be the last reference to 100,000
   * objects: they go on the worker, not in this frame. */
  haven_store_release_later (self->store, g_steal_pointer (&old_rows), (GDestroyNotify) g_ptr_array_unref);

  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
  for (guint i = 0; i < refresh->len; i++)
    g_list_model_items_changed (G_LIST_MODEL (self), g_array_index (refresh, guint, i), 1, 1);

  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_loading (HavenRecordList *self,
             gboolean         loading)
{
  g_assert (HAVEN_IS_RECORD_LIST (self));

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
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) preloaded = NULL;
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_preload_finish (HAVEN_STORE (object), result, &preloaded, &error);
  if (rows == NULL)
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
  /* The first screen arrives filled: it paints with the change. */
  for (guint i = 0; i < preloaded->len && i < rows->len; i++)
    haven_record_copy_from (g_ptr_array_index (rows, i), g_ptr_array_index (preloaded, i));
  apply_rows (self, rows);
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
  haven_store_query_preload_async (self->store, self->query, self->n_preload, self->cancellable,
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
  g_assert (HAVEN_IS_RECORD_LIST (self));

  /* Coalesces a burst of changes into one query, which still leaves
   * before the next frame is drawn. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_cb, self, NULL);
}

static void
query_notify_cb (HavenRecordList *self,
                 GParamSpec      *pspec,
                 HavenQuery      *query)
{
  g_assert (HAVEN_IS_RECORD_LIST (self));

  /* A longer page keeps the rows shown, and their fetches. */
  if (g_str_equal (pspec->name, "limit"))
    {
      haven_record_list_reload (self);
      return;
    }

  /* Fetches for the old rows are of no use now. */
  g_cancellable_cancel (self->fetches);
  g_clear_object (&self->fetches);
  self->fetches = g_cancellable_new ();
  g_hash_table_remove_all (self->pending);
  haven_record_list_reload (self);
}

static void
store_changed_cb (HavenRecordList *self,
                  GType            type,
                  gint64           id,
                  HavenStore      *store)
{
  GType item_type = haven_query_get_item_type (self->query);
  GHashTableIter iter;
  gpointer value;

  g_assert (HAVEN_IS_RECORD_LIST (self));

  if (type == item_type && id > 0)
    {
      Bound *bound = g_hash_table_lookup (self->bound, &id);

      g_hash_table_add (self->dirty, g_memdup2 (&id, sizeof id));
      if (bound != NULL)
        mark_stale (self, bound->row);
    }
  else
    {
      /* Rows show fields of other tables (a child's mentor, last talk),
       * so any other change may touch the rows in view. */
      g_hash_table_iter_init (&iter, self->bound);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        mark_stale (self, ((Bound *) value)->row);
    }
  queue_reload (self);
}

/* GObject */

static void
haven_record_list_constructed (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  G_OBJECT_CLASS (haven_record_list_parent_class)->constructed (object);

  g_signal_connect_object (self->query, "notify", G_CALLBACK (query_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* From the main loop, so the list's owner can still set it up. */
  set_loading (self, TRUE);
  queue_reload (self);
}

static void
haven_record_list_dispose (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->fetch_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->fetches != NULL)
    g_cancellable_cancel (self->fetches);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->fetches);
  g_hash_table_remove_all (self->pending);
  g_hash_table_remove_all (self->bound);
  g_clear_object (&self->query);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (haven_record_list_parent_class)->dispose (object);
}

static void
haven_record_list_finalize (GObject *object)
{
  HavenRecordList *self = HAVEN_RECORD_LIST (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
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
      g_value_set_uint (value, self->rows->len);
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
  g_assert (HAVEN_IS_RECORD_LIST (self));

  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->bound = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) bound_free);
  self->pending = g_hash_table_new (g_int64_hash, g_int64_equal);
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

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (self->rows, i));
      g_array_append_val (ids, id);
    }
  return ids;
}

guint
haven_record_list_find (HavenRecordList *self,
                        gint64           id)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    if (haven_record_get_id (g_ptr_array_index (self->rows, i)) == id)
      return i;
  return G_MAXUINT;
}
