/* haven-staff.c: a member of staff or a volunteer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-staff"

#include "config.h"

#include "haven-staff.h"

struct _HavenStaff
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenStaff, haven_staff, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "role", HAVEN_FIELD_ENUM, haven_staff_role_get_type, HAVEN_FIELD_STORED },
  { "phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "active", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_STAFF_N_FIELDS);

static void
haven_staff_class_init (HavenStaffClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_staff_init (HavenStaff *self)
{
}

HavenStaff *
haven_staff_new (void)
{
  return g_object_new (HAVEN_TYPE_STAFF, NULL);
}
