/* haven-child.c: a left-behind child's file (一人一档)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-address.h"
#include "haven-child.h"
#include "haven-model-enums.h"
#include "haven-pinyin.h"
#include "haven-record-rules.h"
#include "haven-school-class.h"
#include "haven-validate.h"

struct _HavenChild
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenChild, haven_child, HAVEN_TYPE_RECORD)

#define REQUIRED (HAVEN_FIELD_STORED | HAVEN_FIELD_REQUIRED)
#define COMPUTED (HAVEN_FIELD_STORED | HAVEN_FIELD_COMPUTED)

static const HavenField fields[] = {
  { "name", "name", HAVEN_FIELD_TEXT, NULL, REQUIRED | HAVEN_FIELD_SEARCHABLE },
  { "gender", "gender", HAVEN_FIELD_ENUM, haven_gender_get_type, REQUIRED },
  { "birth-date", "birth_date", HAVEN_FIELD_DATE, NULL, REQUIRED },
  HAVEN_TEXT ("id-number", "id_number"),
  { "school-class-id", "school_class_id", HAVEN_FIELD_REF, haven_school_class_get_type, REQUIRED },
  { "student-number", "student_number", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SEARCHABLE },
  { "address", "address", HAVEN_FIELD_TEXT, NULL, REQUIRED },
  HAVEN_TEXT ("village", "village"),
  { "reason", "reason", HAVEN_FIELD_ENUM, haven_left_behind_reason_get_type, REQUIRED },
  HAVEN_TEXT ("personality", "personality"),
  HAVEN_TEXT ("interests", "interests"),
  HAVEN_TEXT ("talents", "talents"),
  HAVEN_TEXT ("health", "health"),
  HAVEN_ENUM ("study-level", "study_level", haven_study_level_get_type),
  HAVEN_TEXT ("study-notes", "study_notes"),
  HAVEN_BOOL ("boarding", "boarding"),
  HAVEN_TEXT ("hardship", "hardship"),
  HAVEN_TEXT ("aid", "aid"),
  HAVEN_BOOL ("key-support", "key_support"),
  HAVEN_ENUM ("status", "status", haven_child_status_get_type),
  HAVEN_DATE ("arrived-date", "arrived_date"),
  HAVEN_DATE ("left-date", "left_date"),
  HAVEN_TEXT ("left-reason", "left_reason"),
  HAVEN_TEXT ("notes", "notes"),
  { "name-pinyin", "name_pinyin", HAVEN_FIELD_TEXT, NULL, COMPUTED | HAVEN_FIELD_SEARCHABLE },
  { "name-initials", "name_initials", HAVEN_FIELD_TEXT, NULL, COMPUTED | HAVEN_FIELD_SEARCHABLE },
  { "name-key", "name_key", HAVEN_FIELD_BLOB, NULL, COMPUTED },
  { "phones", "phones", HAVEN_FIELD_TEXT, NULL, COMPUTED | HAVEN_FIELD_SEARCHABLE },
  { "missing", "missing", HAVEN_FIELD_INTEGER, NULL, COMPUTED },
  /* HavenCareRisk flags, from the whole file (haven-care-risk.h). */
  { "care-risk", "care_risk", HAVEN_FIELD_FLAGS, haven_care_risk_get_type, COMPUTED },
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("grade", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("guardian-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("guardian-phone", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("mentor-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("last-talk-date", HAVEN_FIELD_DATE, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_CHILD_N_FIELDS);

static gboolean
on_roll (HavenRecord *record)
{
  return haven_record_get_int (record, HAVEN_CHILD_STATUS) == HAVEN_CHILD_STATUS_CURRENT;
}

static void
haven_child_check (HavenRecord *record,
                   const GDate *today,
                   GPtrArray   *problems)
{
  const char *birth = haven_record_get_string (record, HAVEN_CHILD_BIRTH_DATE);
  const char *id_number = haven_record_get_string (record, HAVEN_CHILD_ID_NUMBER);
  gboolean birth_valid = FALSE;

  haven_rules_check_required (record, HAVEN_CHILD_NAME, _("Please enter the child’s name."), problems);

  /* Optional: an empty date is listed as missing, not refused. */
  if (!haven_rules_is_blank (record, HAVEN_CHILD_BIRTH_DATE))
    {
      g_autoptr(GError) error = NULL;
      gboolean over_age = FALSE;

      birth_valid = haven_validate_birth_date (birth, today, &over_age, &error);
      if (!birth_valid)
        haven_problems_add (problems, "birth-date", HAVEN_SEVERITY_ERROR, error->message);
      else if (over_age)
        haven_problems_add (problems, "birth-date", HAVEN_SEVERITY_WARNING,
                            _("This child is 16 or older; the programme is for children under 16."));
    }

  if (!haven_rules_is_blank (record, HAVEN_CHILD_ID_NUMBER))
    {
      g_autoptr(GError) error = NULL;

      /* Compared with the date of birth only once that is a real date;
       * until then the date's own message says what is wrong. */
      if (!haven_validate_resident_id (id_number, birth_valid ? birth : NULL, &error))
        haven_problems_add (problems, "id-number", HAVEN_SEVERITY_ERROR, error->message);
    }

  if (!on_roll (record))
    {
      if (haven_rules_is_blank (record, HAVEN_CHILD_LEFT_DATE))
        haven_problems_add (problems, "left-date", HAVEN_SEVERITY_ERROR,
                            _("Please enter the date the child left, for example 2024-07-01."));
      haven_rules_check_required (record, HAVEN_CHILD_LEFT_REASON, _("Please enter why the child left."),
                                  problems);
    }
}

static void
haven_child_normalise (HavenRecord *record)
{
  const char *name;
  g_autofree char *id_number = NULL;
  g_autofree char *pinyin = NULL;
  g_autofree char *initials = NULL;
  g_autoptr(GBytes) key = NULL;

  haven_rules_trim_texts (record);

  id_number = haven_normalize_resident_id (haven_record_get_string (record, HAVEN_CHILD_ID_NUMBER));
  if (id_number != NULL)
    haven_record_set_string (record, HAVEN_CHILD_ID_NUMBER, id_number);

  /* A child back on the roll has not left. */
  if (on_roll (record))
    {
      haven_record_set_string (record, HAVEN_CHILD_LEFT_DATE, "");
      haven_record_set_string (record, HAVEN_CHILD_LEFT_REASON, "");
    }

  /* The village the pairing board and its suggestions go by: guessed
   * from the address while nobody has typed one; a village typed or
   * corrected by hand is kept. */
  if (haven_rules_is_blank (record, HAVEN_CHILD_VILLAGE))
    {
      g_autofree char *village = haven_address_guess_village (haven_record_get_string (record, HAVEN_CHILD_ADDRESS));
      haven_record_set_string (record, HAVEN_CHILD_VILLAGE, village);
    }

  /* Search and pinyin order work on these, whatever wrote the row. */
  name = haven_record_get_string (record, HAVEN_CHILD_NAME);
  pinyin = haven_pinyin_full (name);
  initials = haven_pinyin_initials (name);
  key = haven_pinyin_sort_key (name);
  haven_record_set_string (record, HAVEN_CHILD_NAME_PINYIN, pinyin);
  haven_record_set_string (record, HAVEN_CHILD_NAME_INITIALS, initials);
  haven_record_set_blob (record, HAVEN_CHILD_NAME_KEY, key);
}

static void
haven_child_class_init (HavenChildClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_child_check;
  record_class->normalise = haven_child_normalise;
  record_class->keeps_history = TRUE;
  haven_record_class_install_fields (record_class, "child", fields, G_N_ELEMENTS (fields), NULL);
}

static void
haven_child_init (HavenChild *self)
{
  g_assert (HAVEN_IS_CHILD (self));

}

HavenChild *
haven_child_new (void)
{
  return g_object_new (HAVEN_TYPE_CHILD, NULL);
}
