/* haven-guardian.c: the adult who looks after a child (监护人)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-guardian"

#include "config.h"

#include "haven-guardian.h"

struct _HavenGuardian
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenGuardian, haven_guardian, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "relationship", HAVEN_FIELD_ENUM, haven_relationship_get_type, HAVEN_FIELD_STORED },
  { "occupation", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "address", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "health", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "age", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_STORED },
  { "entrusted", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_GUARDIAN_N_FIELDS);

static void
haven_guardian_class_init (HavenGuardianClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_guardian_init (HavenGuardian *self)
{
}

HavenGuardian *
haven_guardian_new (void)
{
  return g_object_new (HAVEN_TYPE_GUARDIAN, NULL);
}
