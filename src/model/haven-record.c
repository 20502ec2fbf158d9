/* haven-record.c: one row of a table as a GObject
 *
 * Subclasses describe their columns in a HavenField table; this class
 * turns the table into properties with explicit notify, so forms, lists
 * and the store all work from one description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record"

#include "config.h"

#include "haven-record.h"
#include "haven-record-rules.h"

typedef struct
{
  gint64   id;
  char    *uuid;
  GValue  *values;   /* n_fields, allocated on first use */
  gboolean loaded;
} HavenRecordPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (HavenRecord, haven_record, G_TYPE_OBJECT)

static GValue *
get_values (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);
  HavenRecordClass *klass = HAVEN_RECORD_GET_CLASS (self);

  g_assert (HAVEN_IS_RECORD (self));

  if (priv->values == NULL && klass->n_fields > 0)
    {
      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          GParamSpec *pspec = klass->pspecs[i];

          g_value_init (&priv->values[i], pspec->value_type);
          g_param_value_set_default (pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

static GValue *
field_value (HavenRecord *self,
             guint        field)
{
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, NULL);
  return &get_values (self)[field];
}

static void
set_field_value (HavenRecord  *self,
                 guint         field,
                 const GValue *value)
{
  GValue *slot = field_value (self, field);

  g_assert (HAVEN_IS_RECORD (self));

  if (slot == NULL)
    return;

  if (G_VALUE_HOLDS_STRING (slot))
    {
      const char *old = g_value_get_string (slot);
      const char *new = g_value_get_string (value);

      if (g_strcmp0 (old != NULL ? old : "", new != NULL ? new : "") == 0)
        return;
    }
  else if (G_VALUE_HOLDS (slot, G_TYPE_BYTES))
    {
      GBytes *old = g_value_get_boxed (slot);
      GBytes *new = g_value_get_boxed (value);

      if (old == new || (old != NULL && new != NULL && g_bytes_equal (old, new)))
        return;
    }
  else if (g_param_values_cmp (HAVEN_RECORD_GET_CLASS (self)->pspecs[field], slot, value) == 0)
    return;

  g_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), HAVEN_RECORD_GET_CLASS (self)->pspecs[field]);
}

static void
haven_record_finalize (GObject *object)
{
  HavenRecord *self = HAVEN_RECORD (object);
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < HAVEN_RECORD_GET_CLASS (self)->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->uuid);

  G_OBJECT_CLASS (haven_record_parent_class)->finalize (object);
}

static void
haven_record_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HavenRecord *self = HAVEN_RECORD (object);
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, priv->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HavenRecord *self = HAVEN_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      haven_record_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      haven_record_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_LOADED:
      haven_record_set_loaded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The subclass's own properties are numbered field + 1. */
static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  g_value_copy (field_value (HAVEN_RECORD (object), prop_id - 1), value);
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  set_field_value (HAVEN_RECORD (object), prop_id - 1, value);
}

static void
haven_record_class_init (HavenRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = haven_record_finalize;
  object_class->get_property = haven_record_get_property;
  object_class->set_property = haven_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* FALSE while a list row waits for its data to arrive from the store. */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_record_init (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_assert (HAVEN_IS_RECORD (self));

  priv->loaded = TRUE;
}

void
haven_record_class_install_fields (HavenRecordClass *klass,
                                   const char       *table,
                                   const HavenField *fields,
                                   guint             n_fields,
                                   const int        *order)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  g_return_if_fail (table != NULL);

  klass->table = table;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->order = order;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);
  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const HavenField *f = &fields[i];
      GParamSpec *pspec = NULL;

      /* A stored field has its column; a derived one has none. */
      g_assert ((f->flags & HAVEN_FIELD_DERIVED) ? f->column == NULL : f->column != NULL);

      switch (f->kind)
        {
        case HAVEN_FIELD_TEXT:
        case HAVEN_FIELD_DATE:
          pspec = g_param_spec_string (f->name, NULL, NULL, "", flags);
          break;
        case HAVEN_FIELD_INTEGER:
          pspec = g_param_spec_int (f->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
          break;
        case HAVEN_FIELD_BOOL:
          pspec = g_param_spec_boolean (f->name, NULL, NULL, FALSE, flags);
          break;
        case HAVEN_FIELD_ENUM:
          {
            GType type = f->get_type ();
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
            pspec = g_param_spec_enum (f->name, NULL, NULL, type, enum_class->values[0].value, flags);
          }
          break;
        case HAVEN_FIELD_FLAGS:
          pspec = g_param_spec_flags (f->name, NULL, NULL, f->get_type (), 0, flags);
          break;
        case HAVEN_FIELD_REF:
          pspec = g_param_spec_int64 (f->name, NULL, NULL, 0, G_MAXINT64, 0, flags);
          break;
        case HAVEN_FIELD_BLOB:
          pspec = g_param_spec_boxed (f->name, NULL, NULL, G_TYPE_BYTES, flags);
          break;
        default:
          g_assert_not_reached ();
        }

      klass->pspecs[i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

const char *
haven_record_class_get_table (HavenRecordClass *klass)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), NULL);
  return klass->table;
}

guint
haven_record_class_get_n_fields (HavenRecordClass *klass)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), 0);
  return klass->n_fields;
}

const HavenField *
haven_record_class_get_field (HavenRecordClass *klass,
                              guint             field)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), NULL);
  g_return_val_if_fail (field < klass->n_fields, NULL);
  return &klass->fields[field];
}

int
haven_record_class_find_field (HavenRecordClass *klass,
                               const char       *name)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return i;
  return -1;
}

const int *
haven_record_class_get_order (HavenRecordClass *klass)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), NULL);
  return klass->order;
}

HavenRecord *
haven_record_new_row (GType  type,
                      gint64 id)
{
  HavenRecord *row;
  HavenRecordPrivate *priv;

  g_return_val_if_fail (g_type_is_a (type, HAVEN_TYPE_RECORD), NULL);

  /* No property setters: nothing listens yet, and lists make these by
   * the ten thousand. */
  row = g_object_new (type, NULL);
  priv = haven_record_get_instance_private (row);
  priv->id = id;
  priv->loaded = FALSE;
  return row;
}

gint64
haven_record_get_id (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD (self), 0);
  return priv->id;
}

gpointer
haven_record_id_pointer (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  return &priv->id;
}

void
haven_record_set_id (HavenRecord *self,
                     gint64       id)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD (self));
  if (priv->id == id)
    return;
  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
haven_record_get_uuid (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  return priv->uuid;
}

void
haven_record_set_uuid (HavenRecord *self,
                       const char  *uuid)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD (self));
  if (g_strcmp0 (priv->uuid, uuid) == 0)
    return;
  g_free (priv->uuid);
  priv->uuid = g_strdup (uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

gboolean
haven_record_get_loaded (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_val_if_fail (HAVEN_IS_RECORD (self), FALSE);
  return priv->loaded;
}

void
haven_record_set_loaded (HavenRecord *self,
                         gboolean     loaded)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD (self));
  loaded = !!loaded;
  if (priv->loaded == loaded)
    return;
  priv->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

void
haven_record_unload (HavenRecord *self)
{
  HavenRecordPrivate *priv = haven_record_get_instance_private (self);

  g_return_if_fail (HAVEN_IS_RECORD (self));

  if (priv->values != NULL)
    {
      for (guint i = 0; i < HAVEN_RECORD_GET_CLASS (self)->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_clear_pointer (&priv->values, g_free);
    }
  haven_record_set_loaded (self, FALSE);
}

guint
haven_record_get_n_fields (HavenRecord *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD (self), 0);
  return HAVEN_RECORD_GET_CLASS (self)->n_fields;
}

const HavenField *
haven_record_get_field_info (HavenRecord *self,
                             guint        field)
{
  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, NULL);
  return &HAVEN_RECORD_GET_CLASS (self)->fields[field];
}

const char *
haven_record_get_string (HavenRecord *self,
                         guint        field)
{
  const char *value;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), "");
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, "");
  value = g_value_get_string (field_value (self, field));
  return value != NULL ? value : "";
}

void
haven_record_set_string (HavenRecord *self,
                         guint        field,
                         const char  *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (HAVEN_IS_RECORD (self));
  g_return_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields);
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value != NULL ? value : "");
  set_field_value (self, field, &v);
}

int
haven_record_get_int (HavenRecord *self,
                      guint        field)
{
  GValue *value;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), 0);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, 0);
  value = field_value (self, field);

  if (G_VALUE_HOLDS_ENUM (value))
    return g_value_get_enum (value);
  if (G_VALUE_HOLDS_FLAGS (value))
    return (int) g_value_get_flags (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  g_return_val_if_reached (0);
}

void
haven_record_set_int (HavenRecord *self,
                      guint        field,
                      int          value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  GValue *slot;

  g_return_if_fail (HAVEN_IS_RECORD (self));
  g_return_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields);
  slot = field_value (self, field);
  g_value_init (&v, G_VALUE_TYPE (slot));

  if (G_VALUE_HOLDS_ENUM (slot))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (slot));

      /* Unknown numbers (from a newer file) fall back to the default. */
      if (g_enum_get_value (enum_class, value) == NULL)
        value = enum_class->values[0].value;
      g_value_set_enum (&v, value);
    }
  else if (G_VALUE_HOLDS_FLAGS (slot))
    {
      g_autoptr(GFlagsClass) flags_class = g_type_class_ref (G_VALUE_TYPE (slot));
      g_value_set_flags (&v, (guint) value & flags_class->mask);
    }
  else if (G_VALUE_HOLDS_BOOLEAN (slot))
    g_value_set_boolean (&v, value != 0);
  else if (G_VALUE_HOLDS_INT (slot))
    g_value_set_int (&v, value);
  else
    g_return_if_reached ();

  set_field_value (self, field, &v);
}

gint64
haven_record_get_ref (HavenRecord *self,
                      guint        field)
{
  GValue *value;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), 0);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, 0);
  value = field_value (self, field);
  g_return_val_if_fail (G_VALUE_HOLDS_INT64 (value), 0);
  return g_value_get_int64 (value);
}

void
haven_record_set_ref (HavenRecord *self,
                      guint        field,
                      gint64       value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (HAVEN_IS_RECORD (self));
  g_return_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields);
  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, MAX (value, 0));
  set_field_value (self, field, &v);
}

GBytes *
haven_record_get_blob (HavenRecord *self,
                       guint        field)
{
  GValue *value;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, NULL);
  value = field_value (self, field);
  g_return_val_if_fail (G_VALUE_HOLDS (value, G_TYPE_BYTES), NULL);
  return g_value_get_boxed (value);
}

void
haven_record_set_blob (HavenRecord *self,
                       guint        field,
                       GBytes      *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (HAVEN_IS_RECORD (self));
  g_return_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields);
  g_value_init (&v, G_TYPE_BYTES);
  g_value_set_boxed (&v, value);
  set_field_value (self, field, &v);
}

char *
haven_record_dup_field_text (HavenRecord *self,
                             guint        field)
{
  GValue *value;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (self)->n_fields, NULL);
  value = field_value (self, field);

  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (haven_record_get_string (self, field));
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));
      return g_strdup (ev != NULL ? ev->value_nick : "");
    }
  if (G_VALUE_HOLDS_FLAGS (value))
    {
      g_autoptr(GFlagsClass) flags_class = g_type_class_ref (G_VALUE_TYPE (value));
      guint flags = g_value_get_flags (value);
      GString *text = g_string_new (NULL);

      /* Nicks, like enums: "study, mood". */
      for (guint i = 0; i < flags_class->n_values; i++)
        {
          const GFlagsValue *fv = &flags_class->values[i];

          if (fv->value == 0 || (flags & fv->value) != fv->value)
            continue;
          if (text->len > 0)
            g_string_append (text, ", ");
          g_string_append (text, fv->value_nick);
        }
      return g_string_free (text, FALSE);
    }
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? "yes" : "no");
  if (G_VALUE_HOLDS_INT (value))
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (G_VALUE_HOLDS_INT64 (value))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (G_VALUE_HOLDS (value, G_TYPE_BYTES))
    {
      GBytes *bytes = g_value_get_boxed (value);
      /* A photo or a sort key is no text: the history says only its size. */
      return g_strdup_printf ("%" G_GSIZE_FORMAT, bytes != NULL ? g_bytes_get_size (bytes) : 0);
    }
  g_return_val_if_reached (NULL);
}

gboolean
haven_record_field_equal (HavenRecord *a,
                          HavenRecord *b,
                          guint        field)
{
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);
  g_return_val_if_fail (field < HAVEN_RECORD_GET_CLASS (a)->n_fields, FALSE);

  if (G_VALUE_HOLDS_STRING (field_value (a, field)))
    return g_strcmp0 (haven_record_get_string (a, field), haven_record_get_string (b, field)) == 0;
  if (G_VALUE_HOLDS (field_value (a, field), G_TYPE_BYTES))
    {
      GBytes *x = haven_record_get_blob (a, field);
      GBytes *y = haven_record_get_blob (b, field);
      return x == y || (x != NULL && y != NULL && g_bytes_equal (x, y));
    }
  return g_param_values_cmp (HAVEN_RECORD_GET_CLASS (a)->pspecs[field],
                             field_value (a, field), field_value (b, field)) == 0;
}

void
haven_record_copy_from (HavenRecord *self,
                        HavenRecord *src)
{
  g_return_if_fail (HAVEN_IS_RECORD (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (src));

  g_object_freeze_notify (G_OBJECT (self));
  haven_record_set_id (self, haven_record_get_id (src));
  haven_record_set_uuid (self, haven_record_get_uuid (src));
  for (guint i = 0; i < HAVEN_RECORD_GET_CLASS (self)->n_fields; i++)
    set_field_value (self, i, field_value (src, i));
  haven_record_set_loaded (self, haven_record_get_loaded (src));
  g_object_thaw_notify (G_OBJECT (self));
}

HavenRecord *
haven_record_dup (HavenRecord *self)
{
  HavenRecord *copy;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  haven_record_copy_from (copy, self);
  return copy;
}

GPtrArray *
haven_record_check (HavenRecord *self,
                    const GDate *today)
{
  GPtrArray *problems;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  problems = haven_problems_new ();
  if (HAVEN_RECORD_GET_CLASS (self)->check != NULL)
    HAVEN_RECORD_GET_CLASS (self)->check (self, today, problems);

  /* Every date of every type is a real date or none, whatever else the
   * type checks of it. */
  for (guint i = 0; i < HAVEN_RECORD_GET_CLASS (self)->n_fields; i++)
    {
      const HavenField *field = &HAVEN_RECORD_GET_CLASS (self)->fields[i];

      if (field->kind == HAVEN_FIELD_DATE && (field->flags & HAVEN_FIELD_STORED)
          && haven_problems_find (problems, field->name) == NULL)
        haven_rules_check_date (self, i, problems);
    }
  return problems;
}

void
haven_record_normalise (HavenRecord *self)
{
  g_return_if_fail (HAVEN_IS_RECORD (self));

  if (HAVEN_RECORD_GET_CLASS (self)->normalise != NULL)
    HAVEN_RECORD_GET_CLASS (self)->normalise (self);
}

gboolean
haven_record_may_read_secrets (HavenRecord  *self,
                               HavenSession *session)
{
  HavenRecordClass *klass;

  g_return_val_if_fail (HAVEN_IS_RECORD (self), FALSE);

  klass = HAVEN_RECORD_GET_CLASS (self);
  if (klass->may_read_secrets == NULL)
    return TRUE;
  /* No session, no secrets. */
  return session != NULL && klass->may_read_secrets (self, session);
}

gboolean
haven_record_class_may_write (HavenRecordClass *klass,
                              HavenSession     *session)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_CLASS (klass), FALSE);

  if (klass->may_write == NULL || session == NULL)
    return TRUE;
  return klass->may_write (klass, session);
}

void
haven_record_clear_secrets (HavenRecord *self)
{
  HavenRecordClass *klass;

  g_return_if_fail (HAVEN_IS_RECORD (self));

  klass = HAVEN_RECORD_GET_CLASS (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].flags & HAVEN_FIELD_SECRET)
      {
        GValue *value = field_value (self, i);

        g_value_reset (value);
        g_param_value_set_default (klass->pspecs[i], value);
      }
}
