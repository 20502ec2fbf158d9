/* haven-pairing-check.c: a periodic check of a pairing's effect (定期检查)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-check"

#include "config.h"

#include "haven-pairing-check.h"

struct _HavenPairingCheck
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenPairingCheck, haven_pairing_check, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "pairing-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "progress", HAVEN_FIELD_ENUM, haven_progress_get_type, HAVEN_FIELD_STORED },
  { "note", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_CHECK_N_FIELDS);

static void
haven_pairing_check_class_init (HavenPairingCheckClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_pairing_check_init (HavenPairingCheck *self)
{
}

HavenPairingCheck *
haven_pairing_check_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_CHECK, NULL);
}
