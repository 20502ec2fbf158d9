/* haven-pairing.c: a mentor paired with a child (结对)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing"

#include "config.h"

#include "haven-pairing.h"

struct _HavenPairing
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenPairing, haven_pairing, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "mentor-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "start-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "end-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "plan-schedule", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "plan-content", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "plan-goal", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "child-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "mentor-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "mentor-kind", HAVEN_FIELD_ENUM, haven_mentor_kind_get_type, HAVEN_FIELD_DERIVED },
  { "class-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_N_FIELDS);

static void
haven_pairing_class_init (HavenPairingClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_pairing_init (HavenPairing *self)
{
}

HavenPairing *
haven_pairing_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING, NULL);
}
