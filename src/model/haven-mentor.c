/* haven-mentor.c: someone paired with children (帮扶人)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor"

#include "config.h"

#include "haven-mentor.h"

struct _HavenMentor
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenMentor, haven_mentor, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "kind", HAVEN_FIELD_ENUM, haven_mentor_kind_get_type, HAVEN_FIELD_STORED },
  { "staff-id", HAVEN_FIELD_ID, NULL, HAVEN_FIELD_STORED },
  { "phone", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "organisation", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "notes", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "n-children", HAVEN_FIELD_INT, NULL, HAVEN_FIELD_DERIVED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_MENTOR_N_FIELDS);

static void
haven_mentor_class_init (HavenMentorClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_mentor_init (HavenMentor *self)
{
}

HavenMentor *
haven_mentor_new (void)
{
  return g_object_new (HAVEN_TYPE_MENTOR, NULL);
}
