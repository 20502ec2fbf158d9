/* haven-staff.h: a member of staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_STAFF_NAME,
  HAVEN_STAFF_ROLE,
  HAVEN_STAFF_PHONE,
  HAVEN_STAFF_ACTIVE,
  HAVEN_STAFF_ACCOUNT,
  HAVEN_STAFF_N_FIELDS
} HavenStaffField;

#define HAVEN_TYPE_STAFF (haven_staff_get_type ())

G_DECLARE_FINAL_TYPE (HavenStaff, haven_staff, HAVEN, STAFF, HavenRecord)

HavenStaff *haven_staff_new (void);

G_END_DECLS
