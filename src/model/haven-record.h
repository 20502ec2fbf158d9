/* haven-record.h: one row of a table as a GObject
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-model-types.h"
#include "haven-model-enums.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_FIELD_STRING,
  HAVEN_FIELD_INT,
  HAVEN_FIELD_BOOL,
  HAVEN_FIELD_ENUM,
  HAVEN_FIELD_FLAGS,
  HAVEN_FIELD_ID,     /* a row id of another table; 0 is none */
} HavenFieldKind;

typedef enum
{
  HAVEN_FIELD_STORED  = 0,
  /* Not a column of the record's table: filled by the query that loads
   * the record for a list (the class name of a child, say). */
  HAVEN_FIELD_DERIVED = 1 << 0,
} HavenFieldFlags;

typedef struct
{
  const char      *name;      /* property name */
  HavenFieldKind   kind;
  GType          (*get_type) (void);
  HavenFieldFlags  flags;
} HavenField;

#define HAVEN_TYPE_RECORD (haven_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (HavenRecord, haven_record, HAVEN, RECORD, GObject)

struct _HavenRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const HavenField *fields;
  guint             n_fields;
  GParamSpec      **pspecs;
};

/* Called from a subclass's class_init: installs one property per field,
 * numbered like the array, with explicit notify. */
void              haven_record_class_install_fields (HavenRecordClass *klass,
                                                     const HavenField *fields,
                                                     guint             n_fields);

gint64            haven_record_get_id          (HavenRecord  *self);
void              haven_record_set_id          (HavenRecord  *self,
                                                gint64        id);
const char       *haven_record_get_uuid        (HavenRecord  *self);
void              haven_record_set_uuid        (HavenRecord  *self,
                                                const char   *uuid);
gboolean          haven_record_get_loaded      (HavenRecord  *self);
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

G_END_DECLS
