/* haven-guardian.h: the child's guardian (监护人)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_GUARDIAN_CHILD_ID,
  HAVEN_GUARDIAN_NAME,
  HAVEN_GUARDIAN_RELATIONSHIP,
  HAVEN_GUARDIAN_OCCUPATION,
  HAVEN_GUARDIAN_ADDRESS,
  HAVEN_GUARDIAN_PHONE,
  HAVEN_GUARDIAN_HEALTH,
  HAVEN_GUARDIAN_AGE,
  HAVEN_GUARDIAN_ENTRUSTED,
  HAVEN_GUARDIAN_N_FIELDS
} HavenGuardianField;

#define HAVEN_TYPE_GUARDIAN (haven_guardian_get_type ())

G_DECLARE_FINAL_TYPE (HavenGuardian, haven_guardian, HAVEN, GUARDIAN, HavenRecord)

/* Older than this is a typing mistake. */
#define HAVEN_GUARDIAN_MAX_AGE 120

HavenGuardian *haven_guardian_new (void);

G_END_DECLS
