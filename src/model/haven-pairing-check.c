/* haven-pairing-check.c: a dated check of a pairing's effect (定期检查)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-check"

#include "config.h"

#include "haven-pairing.h"
#include "haven-pairing-check.h"

static const HavenField fields[] = {
  HAVEN_REF ("pairing-id", "pairing_id", haven_pairing_get_type),
  HAVEN_DATE ("date", "date"),
  HAVEN_ENUM ("progress", "progress", haven_progress_get_type),
  HAVEN_TEXT ("note", "note"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_CHECK_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_PAIRING_CHECK_DATE), -1 };

HAVEN_DEFINE_RECORD (HavenPairingCheck, haven_pairing_check, "pairing_check", fields, order)
