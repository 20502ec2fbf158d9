/* haven-record.h: one row of a table as a GObject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-model-types.h"
#include "haven-model-enums.h"
#include "haven-problem.h"

G_BEGIN_DECLS

/* What a field holds, and so its property type and its column type. */
typedef enum
{
  HAVEN_FIELD_TEXT,      /* a string; "" when empty, never NULL */
  HAVEN_FIELD_INTEGER,   /* an int */
  HAVEN_FIELD_DATE,      /* "YYYY-MM-DD" text, or "" */
  HAVEN_FIELD_ENUM,      /* an enum of get_type */
  HAVEN_FIELD_FLAGS,     /* flags of get_type */
  HAVEN_FIELD_BOOL,
  HAVEN_FIELD_REF,       /* the row id of a record of get_type; 0 is none */
  HAVEN_FIELD_BLOB,      /* GBytes, or NULL */
} HavenFieldKind;

typedef enum /*< flags >*/
{
  /* A column of the record's table. */
  HAVEN_FIELD_STORED     = 1 << 0,
  /* Not a column: filled by the feature's join when a row is loaded (the
   * class name of a child, say). */
  HAVEN_FIELD_DERIVED    = 1 << 1,
  /* Needed for a complete file (建档). */
  HAVEN_FIELD_REQUIRED   = 1 << 2,
  /* Never selected into list rows; loaded only with the record itself,
   * and only for a session allowed to read it. */
  HAVEN_FIELD_SECRET     = 1 << 3,
  /* Goes into the search index of its list. */
  HAVEN_FIELD_SEARCHABLE = 1 << 4,
  /* Stored, but the model fills it when the record is saved (pinyin of a
   * name, the file's missing count): not typed by anyone, not history. */
  HAVEN_FIELD_COMPUTED   = 1 << 5,
} HavenFieldFlags;

typedef struct
{
  const char      *name;       /* property name */
  const char      *column;     /* the column of a stored field; NULL when derived */
  HavenFieldKind   kind;
  /* The enum or flags type; for a reference, the record type it points
   * at. NULL otherwise. */
  GType          (*get_type) (void);
  HavenFieldFlags  flags;
} HavenField;

/* Field table entries, so each line says only what differs. */
#define HAVEN_TEXT(name, column)          { name, column, HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED }
#define HAVEN_DATE(name, column)          { name, column, HAVEN_FIELD_DATE, NULL, HAVEN_FIELD_STORED }
#define HAVEN_INTEGER(name, column)       { name, column, HAVEN_FIELD_INTEGER, NULL, HAVEN_FIELD_STORED }
#define HAVEN_BOOL(name, column)          { name, column, HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED }
#define HAVEN_ENUM(name, column, type)    { name, column, HAVEN_FIELD_ENUM, type, HAVEN_FIELD_STORED }
#define HAVEN_FLAGS(name, column, type)   { name, column, HAVEN_FIELD_FLAGS, type, HAVEN_FIELD_STORED }
#define HAVEN_REF(name, column, type)     { name, column, HAVEN_FIELD_REF, type, HAVEN_FIELD_STORED }
#define HAVEN_DERIVED(name, kind, type)   { name, NULL, kind, type, HAVEN_FIELD_DERIVED }

#define HAVEN_TYPE_RECORD (haven_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (HavenRecord, haven_record, HAVEN, RECORD, GObject)

struct _HavenRecordClass
{
  GObjectClass parent_class;

  /* Adds what is wrong with the record to problems; today is the day
   * dates are judged against. */
  void     (*check)     (HavenRecord   *self,
                         const GDate   *today,
                         GPtrArray     *problems);
  /* Puts typed values in their stored form (phones, identity numbers)
   * and fills the computed fields; runs on every save. */
  void     (*normalise) (HavenRecord   *self);
  /* Whether session may read the secret fields of this record; when
   * NULL, anyone may. */
  gboolean (*may_read_secrets) (HavenRecord  *self,
                                HavenSession *session);
  /* Whether session may save and delete records of this type, beyond
   * being allowed to write at all (only the headteacher pairs); when
   * NULL, any writer may. NULL session is the program's own work. */
  gboolean (*may_write) (HavenRecordClass *klass,
                         HavenSession     *session);

  /* Saved only through their feature, which keeps their history (a
   * child's file): the store's plain save refuses them. */
  gboolean          keeps_history;

  /*< private >*/
  const char       *table;
  const HavenField *fields;
  guint             n_fields;
  GParamSpec      **pspecs;
  const int        *order;     /* field indices for ORDER BY, -1 ends */
};

/* In an order list, a field that sorts newest first. */
#define HAVEN_ORDER_DESC 0x10000
#define HAVEN_DESC(field) ((field) | HAVEN_ORDER_DESC)

/* Called from a subclass's class_init: installs one property per field,
 * numbered like the array, with explicit notify. table is the SQL table
 * the stored fields are columns of; order lists the fields a plain list
 * of these records sorts by (HAVEN_DESC for descending), ending with -1,
 * or is NULL for the order rows were made in. */
void              haven_record_class_install_fields (HavenRecordClass *klass,
                                                     const char       *table,
                                                     const HavenField *fields,
                                                     guint             n_fields,
                                                     const int        *order);

const char       *haven_record_class_get_table  (HavenRecordClass *klass);
guint             haven_record_class_get_n_fields (HavenRecordClass *klass);
const HavenField *haven_record_class_get_field  (HavenRecordClass *klass,
                                                 guint             field);
/* The field with this property name, or -1. */
int               haven_record_class_find_field (HavenRecordClass *klass,
                                                 const char       *name);
const int        *haven_record_class_get_order  (HavenRecordClass *klass);

/* A blank record of type with only its id, not loaded: what a list hands
 * out before the row's fields arrive. Safe to call from any thread. */
HavenRecord      *haven_record_new_row          (GType         type,
                                                 gint64        id);

gint64            haven_record_get_id          (HavenRecord  *self);
/* The address of the id inside the record, as a key of a hash table of
 * rows (g_int64_hash): it lives as long as the record. */
gpointer          haven_record_id_pointer      (HavenRecord  *self);
void              haven_record_set_id          (HavenRecord  *self,
                                                gint64        id);
const char       *haven_record_get_uuid        (HavenRecord  *self);
void              haven_record_set_uuid        (HavenRecord  *self,
                                                const char   *uuid);
gboolean          haven_record_get_loaded      (HavenRecord  *self);
/* Drops the fields of a list row no view shows any more: it reads as
 * blank and not loaded until its fields are fetched again. */
void              haven_record_unload          (HavenRecord  *self);
void              haven_record_set_loaded      (HavenRecord  *self,
                                                gboolean      loaded);

guint             haven_record_get_n_fields    (HavenRecord  *self);
const HavenField *haven_record_get_field_info  (HavenRecord  *self,
                                                guint         field);

const char       *haven_record_get_string      (HavenRecord  *self,
                                                guint         field);
void              haven_record_set_string      (HavenRecord  *self,
                                                guint         field,
                                                const char   *value);
int               haven_record_get_int         (HavenRecord  *self,
                                                guint         field);
void              haven_record_set_int         (HavenRecord  *self,
                                                guint         field,
                                                int           value);
gint64            haven_record_get_ref         (HavenRecord  *self,
                                                guint         field);
void              haven_record_set_ref         (HavenRecord  *self,
                                                guint         field,
                                                gint64        value);
GBytes           *haven_record_get_blob        (HavenRecord  *self,
                                                guint         field);
void              haven_record_set_blob        (HavenRecord  *self,
                                                guint         field,
                                                GBytes       *value);
/* Any field as text, for the change history: enums by nick, booleans as
 * "yes"/"no", ids as numbers. */
char             *haven_record_dup_field_text  (HavenRecord  *self,
                                                guint         field);
gboolean          haven_record_field_equal     (HavenRecord  *a,
                                                HavenRecord  *b,
                                                guint         field);
/* Copies id, uuid and every field from src (same type), notifying only
 * what changed. */
void              haven_record_copy_from       (HavenRecord  *self,
                                                HavenRecord  *src);
HavenRecord      *haven_record_dup             (HavenRecord  *self);

/* The record's problems (HavenProblem), by the rules of its type. */
GPtrArray        *haven_record_check           (HavenRecord  *self,
                                                const GDate  *today);
void              haven_record_normalise       (HavenRecord  *self);
gboolean          haven_record_may_read_secrets (HavenRecord  *self,
                                                 HavenSession *session);
/* Whether session may save and delete records of this class (see
 * HavenRecordClass.may_write). */
gboolean          haven_record_class_may_write (HavenRecordClass *klass,
                                                HavenSession     *session);
/* Empties every secret field, for a session that may not read them. */
void              haven_record_clear_secrets   (HavenRecord  *self);

/* Defines a record type whose class only installs its fields:
 * HAVEN_DEFINE_RECORD (HavenTerm, haven_term, "term", fields, order). */
#define HAVEN_DEFINE_RECORD(TypeName, type_name, table, fields, order)                  \
  struct _##TypeName { HavenRecord parent_instance; };                                   \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, HAVEN_TYPE_RECORD)                          \
  static void type_name##_class_init (TypeName##Class *klass)                           \
  {                                                                                      \
    haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), table, fields,        \
                                       G_N_ELEMENTS (fields), order);                    \
  }                                                                                      \
  static void type_name##_init (TypeName *self) { }                                      \
  TypeName *type_name##_new (void) { return g_object_new (type_name##_get_type (), NULL); }

G_END_DECLS
