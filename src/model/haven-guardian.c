/* haven-guardian.c: the child's guardian (监护人)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-guardian"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-child.h"
#include "haven-guardian.h"
#include "haven-record-rules.h"

struct _HavenGuardian
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenGuardian, haven_guardian, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  { "name", "name", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_REQUIRED },
  HAVEN_ENUM ("relationship", "relationship", haven_relationship_get_type),
  HAVEN_TEXT ("occupation", "occupation"),
  HAVEN_TEXT ("address", "address"),
  { "phone", "phone", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_REQUIRED | HAVEN_FIELD_SEARCHABLE },
  HAVEN_TEXT ("health", "health"),
  HAVEN_INTEGER ("age", "age"),
  HAVEN_BOOL ("entrusted", "entrusted"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_GUARDIAN_N_FIELDS);

static void
haven_guardian_check (HavenRecord *record,
                      const GDate *today,
                      GPtrArray   *problems)
{
  int age = haven_record_get_int (record, HAVEN_GUARDIAN_AGE);

  haven_rules_check_phone (record, HAVEN_GUARDIAN_PHONE, problems);
  /* 0 is "not given". */
  if (age < 0 || age > HAVEN_GUARDIAN_MAX_AGE)
    {
      g_autofree char *message =
        g_strdup_printf (_("Enter the age in years, a number from 0 to %d."), HAVEN_GUARDIAN_MAX_AGE);
      haven_problems_add (problems, "age", HAVEN_SEVERITY_ERROR, message);
    }
}

static void
haven_guardian_normalise (HavenRecord *record)
{
  haven_rules_trim_texts (record);
  haven_rules_normalise_phone (record, HAVEN_GUARDIAN_PHONE);
}

static void
haven_guardian_class_init (HavenGuardianClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_guardian_check;
  record_class->normalise = haven_guardian_normalise;
  haven_record_class_install_fields (record_class, "guardian", fields, G_N_ELEMENTS (fields), NULL);
}

static void
haven_guardian_init (HavenGuardian *self)
{
  g_assert (HAVEN_IS_GUARDIAN (self));

}

HavenGuardian *
haven_guardian_new (void)
{
  return g_object_new (HAVEN_TYPE_GUARDIAN, NULL);
}
