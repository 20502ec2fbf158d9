/* haven-school-info.c: the school itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-school-info"

#include "config.h"

#include "haven-school-info.h"

struct _HavenSchoolInfo
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenSchoolInfo, haven_school_info, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "county", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "address", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_SCHOOL_INFO_N_FIELDS);

static void
haven_school_info_class_init (HavenSchoolInfoClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_school_info_init (HavenSchoolInfo *self)
{
}

HavenSchoolInfo *
haven_school_info_new (void)
{
  return g_object_new (HAVEN_TYPE_SCHOOL_INFO, NULL);
}
