/* haven-parent.c: a parent of a child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-parent"

#include "config.h"

#include "haven-parent.h"

struct _HavenParent
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenParent, haven_parent, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "child-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "role", HAVEN_FIELD_ENUM, haven_parent_role_get_type, HAVEN_FIELD_STORED },
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "away", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "work-place", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "employer", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "employer-address", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "home-visits", HAVEN_FIELD_ENUM, haven_home_visits_get_type, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PARENT_N_FIELDS);

static void
haven_parent_class_init (HavenParentClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_parent_init (HavenParent *self)
{
}

HavenParent *
haven_parent_new (void)
{
  return g_object_new (HAVEN_TYPE_PARENT, NULL);
}
