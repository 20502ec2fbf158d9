/* haven-school-info.c: the school itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-school-info"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-pairing-rules.h"
#include "haven-school-info.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_TEXT ("county", "county"),
  HAVEN_TEXT ("address", "address"),
  HAVEN_TEXT ("phone", "phone"),
  HAVEN_INTEGER ("mentor-capacity", "mentor_capacity"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_SCHOOL_INFO_N_FIELDS);

struct _HavenSchoolInfo
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenSchoolInfo, haven_school_info, HAVEN_TYPE_RECORD)

static void
haven_school_info_check (HavenRecord *record,
                         const GDate *today,
                         GPtrArray   *problems)
{
  int capacity = haven_record_get_int (record, HAVEN_SCHOOL_INFO_MENTOR_CAPACITY);

  /* 0 (empty) is the usual default. */
  if (capacity < 0 || capacity > HAVEN_MENTOR_MAX_CAPACITY)
    {
      g_autofree char *message =
        g_strdup_printf (_("Please enter how many children a mentor carries, from 1 to %d."), HAVEN_MENTOR_MAX_CAPACITY);
      haven_problems_add (problems, "mentor-capacity", HAVEN_SEVERITY_ERROR, message);
    }
}

static void
haven_school_info_class_init (HavenSchoolInfoClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_school_info_check;
  haven_record_class_install_fields (record_class, "school", fields, G_N_ELEMENTS (fields), NULL);
}

static void
haven_school_info_init (HavenSchoolInfo *self)
{
  g_assert (HAVEN_IS_SCHOOL_INFO (self));

}

HavenSchoolInfo *
haven_school_info_new (void)
{
  return g_object_new (HAVEN_TYPE_SCHOOL_INFO, NULL);
}
