/* haven-change.c: one dated change of a child's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-change"

#include "config.h"

#include "haven-change.h"

struct _HavenChange
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenChange, haven_change, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "changed-at", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "field", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "old-value", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "new-value", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "author", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "staff-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_CHANGE_N_FIELDS);

static void
haven_change_class_init (HavenChangeClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_change_init (HavenChange *self)
{
}

HavenChange *
haven_change_new (void)
{
  return g_object_new (HAVEN_TYPE_CHANGE, NULL);
}
