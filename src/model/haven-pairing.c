/* haven-pairing.c: a mentor paired with a child (结对)
 *
 * A pairing is never deleted when it ends: its end date is set, and it
 * stays in the child's history with its plan and checks. Only the
 * headteacher makes and changes pairings (haven_pairing_may_arrange()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-child.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-rules.h"
#include "haven-record-rules.h"

struct _HavenPairing
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenPairing, haven_pairing, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("mentor-id", "mentor_id", haven_mentor_get_type),
  HAVEN_DATE ("start-date", "start_date"),
  HAVEN_DATE ("end-date", "end_date"),
  HAVEN_TEXT ("plan-schedule", "plan_schedule"),
  HAVEN_TEXT ("plan-content", "plan_content"),
  HAVEN_TEXT ("plan-goal", "plan_goal"),
  HAVEN_ENUM ("kind", "kind", haven_mentor_kind_get_type),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("mentor-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("mentor-kind", HAVEN_FIELD_ENUM, haven_mentor_kind_get_type),
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("child-village", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("child-key-support", HAVEN_FIELD_BOOL, NULL),
  HAVEN_DERIVED ("child-study-level", HAVEN_FIELD_ENUM, haven_study_level_get_type),
  HAVEN_DERIVED ("child-missing", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("n-checks", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("last-check-date", HAVEN_FIELD_DATE, NULL),
  HAVEN_DERIVED ("last-progress", HAVEN_FIELD_ENUM, haven_progress_get_type),
  HAVEN_DERIVED ("child-care-risk", HAVEN_FIELD_FLAGS, haven_care_risk_get_type),
  HAVEN_DERIVED ("last-mentor-talk", HAVEN_FIELD_DATE, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_N_FIELDS);

static void
haven_pairing_check (HavenRecord *record,
                     const GDate *today,
                     GPtrArray   *problems)
{
  const char *start = haven_record_get_string (record, HAVEN_PAIRING_START_DATE);
  const char *end = haven_record_get_string (record, HAVEN_PAIRING_END_DATE);

  if (haven_record_get_ref (record, HAVEN_PAIRING_CHILD_ID) == 0)
    haven_problems_add (problems, "child-id", HAVEN_SEVERITY_ERROR, _("Please choose the child."));
  if (haven_record_get_ref (record, HAVEN_PAIRING_MENTOR_ID) == 0)
    haven_problems_add (problems, "mentor-id", HAVEN_SEVERITY_ERROR, _("Please choose the mentor."));

  haven_rules_check_required (record, HAVEN_PAIRING_START_DATE,
                              _("Please enter the day the pairing started, for example 2026-09-01."), problems);
  haven_rules_check_date (record, HAVEN_PAIRING_START_DATE, problems);
  haven_rules_check_date (record, HAVEN_PAIRING_END_DATE, problems);
  /* Dates compare as text once both are real dates. */
  if (haven_problems_find (problems, "start-date") == NULL && haven_problems_find (problems, "end-date") == NULL
      && *end != '\0' && g_strcmp0 (end, start) < 0)
    haven_problems_add (problems, "end-date", HAVEN_SEVERITY_ERROR,
                        _("A pairing cannot end before it started."));
}

static void
haven_pairing_normalise (HavenRecord *record)
{
  haven_rules_trim_texts (record);
}

static gboolean
haven_pairing_may_write (HavenRecordClass *klass,
                         HavenSession     *session)
{
  return haven_pairing_may_arrange (session);
}

static void
haven_pairing_class_init (HavenPairingClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_pairing_check;
  record_class->normalise = haven_pairing_normalise;
  record_class->may_write = haven_pairing_may_write;
  haven_record_class_install_fields (record_class, "pairing", fields, G_N_ELEMENTS (fields), NULL);
}

static void
haven_pairing_init (HavenPairing *self)
{
  g_assert (HAVEN_IS_PAIRING (self));

}

HavenPairing *
haven_pairing_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING, NULL);
}
