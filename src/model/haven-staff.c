/* haven-staff.c: a member of staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-staff"

#include "config.h"

#include "haven-staff.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_ENUM ("role", "role", haven_staff_role_get_type),
  HAVEN_TEXT ("phone", "phone"),
  HAVEN_BOOL ("active", "active"),
  HAVEN_TEXT ("account", "os_account"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_STAFF_N_FIELDS);

static const int order[] = { HAVEN_STAFF_ROLE, HAVEN_STAFF_NAME, -1 };

HAVEN_DEFINE_RECORD (HavenStaff, haven_staff, "staff", fields, order)
