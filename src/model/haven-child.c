/* haven-child.c: a left-behind child's file (一人一档)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child"

#include "config.h"

#include "haven-child.h"

struct _HavenChild
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenChild, haven_child, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "gender", HAVEN_FIELD_ENUM, haven_gender_get_type, HAVEN_FIELD_STORED },
  { "birth-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "id-number", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "school-class-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "student-number", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "address", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "reason", HAVEN_FIELD_ENUM, haven_left_behind_reason_get_type, HAVEN_FIELD_STORED },
  { "personality", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "interests", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "talents", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "health", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "study-level", HAVEN_FIELD_ENUM, haven_study_level_get_type, HAVEN_FIELD_STORED },
  { "study-notes", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "boarding", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "hardship", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "aid", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "key-support", HAVEN_FIELD_BOOL, NULL, HAVEN_FIELD_STORED },
  { "status", HAVEN_FIELD_ENUM, haven_child_status_get_type, HAVEN_FIELD_STORED },
  { "left-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "left-reason", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "notes", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "missing", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_DERIVED },
  { "class-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "grade", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_DERIVED },
  { "guardian-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "guardian-phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "mentor-name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
  { "last-talk-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_CHILD_N_FIELDS);

static void
haven_child_class_init (HavenChildClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_child_init (HavenChild *self)
{
}

HavenChild *
haven_child_new (void)
{
  return g_object_new (HAVEN_TYPE_CHILD, NULL);
}
