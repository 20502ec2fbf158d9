/* haven-parent.c: a parent of a child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-parent"

#include "config.h"

#include "haven-child.h"
#include "haven-parent.h"
#include "haven-record-rules.h"

struct _HavenParent
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenParent, haven_parent, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_ENUM ("role", "role", haven_parent_role_get_type),
  HAVEN_TEXT ("name", "name"),
  HAVEN_BOOL ("away", "away"),
  HAVEN_TEXT ("work-place", "work_place"),
  HAVEN_TEXT ("employer", "employer"),
  HAVEN_TEXT ("employer-address", "employer_address"),
  { "phone", "phone", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SEARCHABLE },
  HAVEN_ENUM ("home-visits", "home_visits", haven_home_visits_get_type),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PARENT_N_FIELDS);

static const int order[] = { HAVEN_PARENT_ROLE, -1 };

static void
haven_parent_check (HavenRecord *record,
                    const GDate *today,
                    GPtrArray   *problems)
{
  haven_rules_check_phone (record, HAVEN_PARENT_PHONE, problems);
}

static void
haven_parent_normalise (HavenRecord *record)
{
  haven_rules_trim_texts (record);
  haven_rules_normalise_phone (record, HAVEN_PARENT_PHONE);
}

static void
haven_parent_class_init (HavenParentClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_parent_check;
  record_class->normalise = haven_parent_normalise;
  haven_record_class_install_fields (record_class, "parent", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_parent_init (HavenParent *self)
{
  g_assert (HAVEN_IS_PARENT (self));

}

HavenParent *
haven_parent_new (void)
{
  return g_object_new (HAVEN_TYPE_PARENT, NULL);
}
