/* haven-query.c: what a list shows: the kind of record, a search, filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-query"

#include "config.h"

#include "haven-query.h"
#include "haven-record.h"

typedef struct
{
  GType  item_type;
  char  *search;
  char  *today;
} HavenQueryPrivate;

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_SEARCH,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (HavenQuery, haven_query, G_TYPE_OBJECT)

static const HavenQueryFilter *
find_filter (HavenQueryClass *klass,
             guint            prop_id,
             GParamSpec     **pspec)
{
  guint index = prop_id - klass->first_prop;

  g_assert (index < klass->n_filters);
  if (pspec != NULL)
    *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), klass->filters[index].name);
  return &klass->filters[index];
}

/* Each filter's value lives at its offset in the instance. */
static void
filter_get (HavenQuery             *self,
            const HavenQueryFilter *filter,
            GValue                 *value)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, filter->offset);

  g_assert (HAVEN_IS_QUERY (self));

  switch (filter->type)
    {
    case G_TYPE_INT:
      g_value_set_int (value, *(int *) slot);
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (value, *(gint64 *) slot);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) slot);
      break;
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **) slot);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Stores a value and says whether it changed. */
static gboolean
filter_set (HavenQuery             *self,
            const HavenQueryFilter *filter,
            const GValue           *value)
{
  gpointer slot = G_STRUCT_MEMBER_P (self, filter->offset);

  g_assert (HAVEN_IS_QUERY (self));

  switch (filter->type)
    {
    case G_TYPE_INT:
      if (*(int *) slot == g_value_get_int (value))
        return FALSE;
      *(int *) slot = g_value_get_int (value);
      return TRUE;
    case G_TYPE_INT64:
      if (*(gint64 *) slot == g_value_get_int64 (value))
        return FALSE;
      *(gint64 *) slot = g_value_get_int64 (value);
      return TRUE;
    case G_TYPE_BOOLEAN:
      if (*(gboolean *) slot == g_value_get_boolean (value))
        return FALSE;
      *(gboolean *) slot = g_value_get_boolean (value);
      return TRUE;
    case G_TYPE_STRING:
      {
        const char *text = g_value_get_string (value);

        if (g_strcmp0 (*(char **) slot, text != NULL ? text : "") == 0)
          return FALSE;
        g_free (*(char **) slot);
        *(char **) slot = g_strdup (text != NULL ? text : "");
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
haven_query_finalize (GObject *object)
{
  HavenQuery *self = HAVEN_QUERY (object);
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);
  HavenQueryClass *klass = HAVEN_QUERY_GET_CLASS (self);

  for (guint i = 0; i < klass->n_filters; i++)
    if (klass->filters[i].type == G_TYPE_STRING)
      g_free (G_STRUCT_MEMBER (char *, self, klass->filters[i].offset));
  g_free (priv->search);
  g_free (priv->today);

  G_OBJECT_CLASS (haven_query_parent_class)->finalize (object);
}

static void
haven_query_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HavenQuery *self = HAVEN_QUERY (object);
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, haven_query_get_item_type (self));
      break;
    case PROP_SEARCH:
      g_value_set_string (value, priv->search);
      break;
    case PROP_TODAY:
      g_value_set_string (value, priv->today);
      break;
    default:
      if (prop_id >= N_PROPS)
        filter_get (self, find_filter (HAVEN_QUERY_GET_CLASS (self), prop_id, NULL), value);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_query_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HavenQuery *self = HAVEN_QUERY (object);
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      priv->item_type = g_value_get_gtype (value);
      break;
    case PROP_SEARCH:
      haven_query_set_search (self, g_value_get_string (value));
      break;
    case PROP_TODAY:
      haven_query_set_today (self, g_value_get_string (value));
      break;
    default:
      if (prop_id >= N_PROPS)
        {
          if (filter_set (self, find_filter (HAVEN_QUERY_GET_CLASS (self), prop_id, NULL), value))
            g_object_notify_by_pspec (object, pspec);
        }
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The filters' defaults: only here does the instance know its final
 * class (an ancestor's init sees its own). Filters are never construct
 * properties, so nothing sets them earlier. */
static void
haven_query_constructed (GObject *object)
{
  HavenQuery *self = HAVEN_QUERY (object);
  HavenQueryClass *klass = HAVEN_QUERY_GET_CLASS (self);

  G_OBJECT_CLASS (haven_query_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_filters; i++)
    {
      const HavenQueryFilter *filter = &klass->filters[i];
      gpointer slot = G_STRUCT_MEMBER_P (self, filter->offset);

      switch (filter->type)
        {
        case G_TYPE_INT:
          *(int *) slot = (int) filter->default_value;
          break;
        case G_TYPE_INT64:
          *(gint64 *) slot = filter->default_value;
          break;
        case G_TYPE_BOOLEAN:
          *(gboolean *) slot = filter->default_value != 0;
          break;
        case G_TYPE_STRING:
          *(char **) slot = g_strdup ("");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
haven_query_class_init (HavenQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = haven_query_constructed;
  object_class->finalize = haven_query_finalize;
  object_class->get_property = haven_query_get_property;
  object_class->set_property = haven_query_set_property;

  klass->item_type = G_TYPE_NONE;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, HAVEN_TYPE_RECORD,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, "", flags);
  properties[PROP_TODAY] = g_param_spec_string ("today", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_query_init (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  g_assert (HAVEN_IS_QUERY (self));

  priv->search = g_strdup ("");
  priv->today = g_strdup ("");
}

void
haven_query_class_install_filters (HavenQueryClass        *klass,
                                   GType                   item_type,
                                   const HavenQueryFilter *filters,
                                   guint                   n_filters)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  /* GObject does not pass these on to subclasses. */
  object_class->get_property = haven_query_get_property;
  object_class->set_property = haven_query_set_property;

  klass->item_type = item_type;
  klass->filters = filters;
  klass->n_filters = n_filters;
  klass->first_prop = N_PROPS;

  for (guint i = 0; i < n_filters; i++)
    {
      const HavenQueryFilter *f = &filters[i];
      GParamSpec *pspec;

      switch (f->type)
        {
        case G_TYPE_INT:
          pspec = g_param_spec_int (f->name, NULL, NULL, f->minimum, f->maximum, f->default_value, flags);
          break;
        case G_TYPE_INT64:
          pspec = g_param_spec_int64 (f->name, NULL, NULL, f->minimum, f->maximum, f->default_value, flags);
          break;
        case G_TYPE_BOOLEAN:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, f->default_value != 0, flags);
          break;
        case G_TYPE_STRING:
          pspec = g_param_spec_string (f->name, NULL, NULL, "", flags);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (object_class, N_PROPS + i, pspec);
    }
}

HavenQuery *
haven_query_new (GType item_type)
{
  g_return_val_if_fail (g_type_is_a (item_type, HAVEN_TYPE_RECORD), NULL);
  return g_object_new (HAVEN_TYPE_QUERY, "item-type", item_type, NULL);
}

HavenQuery *
haven_query_copy (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);
  HavenQueryClass *klass;
  HavenQuery *copy;

  g_return_val_if_fail (HAVEN_IS_QUERY (self), NULL);

  klass = HAVEN_QUERY_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), "item-type", haven_query_get_item_type (self), NULL);
  haven_query_set_search (copy, priv->search);
  haven_query_set_today (copy, priv->today);
  for (guint i = 0; i < klass->n_filters; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, klass->filters[i].type);
      filter_get (self, &klass->filters[i], &value);
      filter_set (copy, &klass->filters[i], &value);
    }
  return copy;
}

GType
haven_query_get_item_type (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);
  HavenQueryClass *klass;

  g_return_val_if_fail (HAVEN_IS_QUERY (self), G_TYPE_INVALID);

  klass = HAVEN_QUERY_GET_CLASS (self);
  return klass->item_type != G_TYPE_NONE ? klass->item_type : priv->item_type;
}

const char *
haven_query_get_search (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return priv->search;
}

void
haven_query_set_search (HavenQuery *self,
                        const char *search)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_QUERY (self));

  if (search == NULL)
    search = "";
  if (g_strcmp0 (priv->search, search) == 0)
    return;
  g_free (priv->search);
  priv->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

const char *
haven_query_get_today (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return priv->today;
}

void
haven_query_set_today (HavenQuery *self,
                       const char *today)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_QUERY (self));

  if (today == NULL)
    today = "";
  if (g_strcmp0 (priv->today, today) == 0)
    return;
  g_free (priv->today);
  priv->today = g_strdup (today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

char *
haven_query_dup_today (HavenQuery *self)
{
  HavenQueryPrivate *priv = haven_query_get_instance_private (self);
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (HAVEN_IS_QUERY (self), NULL);

  if (*priv->today != '\0')
    return g_strdup (priv->today);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

void
haven_query_set_int_filter (HavenQuery *self,
                            const char *name,
                            gint64      value)
{
  GParamSpec *pspec;

  g_return_if_fail (HAVEN_IS_QUERY (self));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), name);
  g_return_if_fail (pspec != NULL);

  if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_object_set (self, name, value, NULL);
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_object_set (self, name, value != 0, NULL);
  else
    g_object_set (self, name, (int) value, NULL);
}

void
haven_query_set_string_filter (HavenQuery *self,
                               const char *name,
                               const char *value)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  g_object_set (self, name, value, NULL);
}
