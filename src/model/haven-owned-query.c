/* haven-owned-query.c: the records that belong to one other record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-owned-query"

#include "config.h"

#include "haven-owned-query.h"
#include "haven-record.h"

struct _HavenOwnedQuery
{
  HavenQuery  parent_instance;

  char       *owner_field;
  gint64      owner_id;
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenOwnedQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("owner-field", G_TYPE_STRING, owner_field, 0, 0, 0),
  FILTER ("owner-id", G_TYPE_INT64, owner_id, 0, G_MAXINT64, 0),
};

/* The item type is given at construction: G_TYPE_NONE here. */
HAVEN_DEFINE_QUERY_TYPE (HavenOwnedQuery, haven_owned_query, G_TYPE_NONE, filters)

HavenOwnedQuery *
haven_owned_query_new (GType       item_type,
                       const char *owner_field,
                       gint64      owner_id)
{
  g_autoptr(GTypeClass) klass = NULL;
  int field;

  g_return_val_if_fail (g_type_is_a (item_type, HAVEN_TYPE_RECORD), NULL);
  g_return_val_if_fail (owner_field != NULL, NULL);

  klass = g_type_class_ref (item_type);
  field = haven_record_class_find_field (HAVEN_RECORD_CLASS (klass), owner_field);
  g_return_val_if_fail (field >= 0, NULL);
  g_return_val_if_fail (haven_record_class_get_field (HAVEN_RECORD_CLASS (klass), field)->kind == HAVEN_FIELD_REF,
                        NULL);

  return g_object_new (HAVEN_TYPE_OWNED_QUERY,
                       "item-type", item_type,
                       "owner-field", owner_field,
                       "owner-id", owner_id,
                       NULL);
}

const char *
haven_owned_query_get_owner_field (HavenOwnedQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_OWNED_QUERY (self), "");
  return self->owner_field;
}

gint64
haven_owned_query_get_owner_id (HavenOwnedQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_OWNED_QUERY (self), 0);
  return self->owner_id;
}

void
haven_owned_query_set_owner_id (HavenOwnedQuery *self,
                                gint64           owner_id)
{
  g_return_if_fail (HAVEN_IS_OWNED_QUERY (self));
  haven_query_set_int_filter (HAVEN_QUERY (self), "owner-id", owner_id);
}
