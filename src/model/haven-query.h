/* haven-query.h: what a list shows: the kind of record, a search, filters
 *
 * The base class is a plain list of one record type in its class's order.
 * Lists with filters have a query type each (HavenChildQuery,
 * HavenTalkQuery …), whose filters are typed properties; the store has a
 * handler per query type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_QUERY (haven_query_get_type ())

G_DECLARE_DERIVABLE_TYPE (HavenQuery, haven_query, HAVEN, QUERY, GObject)

/* A filter of a query type: a property kept at offset in the instance. */
typedef struct
{
  const char *name;
  GType       type;           /* G_TYPE_INT, G_TYPE_INT64, G_TYPE_BOOLEAN or G_TYPE_STRING */
  gsize       offset;
  gint64      minimum;
  gint64      maximum;
  gint64      default_value;  /* strings default to "" */
} HavenQueryFilter;

struct _HavenQueryClass
{
  GObjectClass parent_class;

  /*< private >*/
  GType                   item_type;   /* G_TYPE_NONE: given at construction */
  const HavenQueryFilter *filters;
  guint                   n_filters;
  guint                   first_prop;
};

/* For a subclass's class_init: its record type and its filters, which
 * become properties with explicit notify. */
void          haven_query_class_install_filters (HavenQueryClass        *klass,
                                                 GType                   item_type,
                                                 const HavenQueryFilter *filters,
                                                 guint                   n_filters);

/* Every record of item_type, in its class's order. */
HavenQuery   *haven_query_new                 (GType          item_type);
/* The same query type with the same filters. */
HavenQuery   *haven_query_copy                (HavenQuery    *self);
GType         haven_query_get_item_type       (HavenQuery    *self);

/* What was typed in the search entry; "" for none. */
const char   *haven_query_get_search          (HavenQuery    *self);
void          haven_query_set_search          (HavenQuery    *self,
                                               const char    *search);
/* The day that counts as today for "current" rows; "" is the real today. */
const char   *haven_query_get_today           (HavenQuery    *self);
void          haven_query_set_today           (HavenQuery    *self,
                                               const char    *today);
/* Today as YYYY-MM-DD: the query's, or the real one. */
char         *haven_query_dup_today           (HavenQuery    *self);

/* Setters for the filters of subclasses, by property name: they notify
 * only on a change. */
void          haven_query_set_int_filter      (HavenQuery    *self,
                                               const char    *name,
                                               gint64         value);
void          haven_query_set_string_filter   (HavenQuery    *self,
                                               const char    *name,
                                               const char    *value);

/* A line of a subclass's filter table. */
#define HAVEN_QUERY_FILTER(TypeName, name, type, member, min, max, def) \
  { name, type, G_STRUCT_OFFSET (TypeName, member), min, max, def }

/* After the instance struct and the filter table of a query type:
 * defines the type, its class_init and init; HAVEN_DEFINE_QUERY adds a
 * _new() without arguments. */
#define HAVEN_DEFINE_QUERY_TYPE(TypeName, type_name, item_type, filters)                \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, HAVEN_TYPE_QUERY)                           \
  static void type_name##_class_init (TypeName##Class *klass)                           \
  {                                                                                      \
    haven_query_class_install_filters (HAVEN_QUERY_CLASS (klass), item_type, filters,   \
                                       G_N_ELEMENTS (filters));                          \
  }                                                                                      \
  static void type_name##_init (TypeName *self) { }

#define HAVEN_DEFINE_QUERY(TypeName, type_name, item_type, filters)                     \
  HAVEN_DEFINE_QUERY_TYPE (TypeName, type_name, item_type, filters)                     \
  TypeName *type_name##_new (void) { return g_object_new (type_name##_get_type (), NULL); }

G_END_DECLS
