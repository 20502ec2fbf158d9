/* haven-school-class.c: a class (班级) of a grade
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-school-class"

#include "config.h"

#include "haven-school-class.h"

struct _HavenSchoolClass
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenSchoolClass, haven_school_class, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "grade", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_STORED },
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "teacher-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "teacher-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "n-children", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_SCHOOL_CLASS_N_FIELDS);

static void
haven_school_class_class_init (HavenSchoolClassClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_school_class_init (HavenSchoolClass *self)
{
}

HavenSchoolClass *
haven_school_class_new (void)
{
  return g_object_new (HAVEN_TYPE_SCHOOL_CLASS, NULL);
}
