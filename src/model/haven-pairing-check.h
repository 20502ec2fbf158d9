/* haven-pairing-check.h: a dated check of a pairing's effect (定期检查)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_PAIRING_CHECK_PAIRING_ID,
  HAVEN_PAIRING_CHECK_DATE,
  HAVEN_PAIRING_CHECK_PROGRESS,
  HAVEN_PAIRING_CHECK_NOTE,
  HAVEN_PAIRING_CHECK_N_FIELDS
} HavenPairingCheckField;

#define HAVEN_TYPE_PAIRING_CHECK (haven_pairing_check_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingCheck, haven_pairing_check, HAVEN, PAIRING_CHECK, HavenRecord)

HavenPairingCheck *haven_pairing_check_new (void);

G_END_DECLS
