/* haven-pairing-check.c: a dated check of a pairing's effect (定期检查)
 *
 * The progress file (进步档案) of a pairing: teachers add one now and
 * then, each with a short note and a mark of progress. Any member of
 * staff who may write adds them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-record-rules.h"

struct _HavenPairingCheck
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenPairingCheck, haven_pairing_check, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  HAVEN_REF ("pairing-id", "pairing_id", haven_pairing_get_type),
  HAVEN_DATE ("date", "date"),
  HAVEN_ENUM ("progress", "progress", haven_progress_get_type),
  HAVEN_TEXT ("note", "note"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_PAIRING_CHECK_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_PAIRING_CHECK_DATE), -1 };

static void
haven_pairing_check_check (HavenRecord *record,
                           const GDate *today,
                           GPtrArray   *problems)
{
  if (haven_record_get_ref (record, HAVEN_PAIRING_CHECK_PAIRING_ID) == 0)
    haven_problems_add (problems, "pairing-id", HAVEN_SEVERITY_ERROR, _("Please choose the pairing."));
  haven_rules_check_required (record, HAVEN_PAIRING_CHECK_DATE,
                              _("Please enter the day of the check, for example 2026-11-20."), problems);
  haven_rules_check_required (record, HAVEN_PAIRING_CHECK_NOTE,
                              _("Please write a short note on what the check found."), problems);
}

static void
haven_pairing_check_normalise (HavenRecord *record)
{
  haven_rules_trim_texts (record);
}

static void
haven_pairing_check_class_init (HavenPairingCheckClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_pairing_check_check;
  record_class->normalise = haven_pairing_check_normalise;
  haven_record_class_install_fields (record_class, "pairing_check", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_pairing_check_init (HavenPairingCheck *self)
{
  g_assert (HAVEN_IS_PAIRING_CHECK (self));

}

HavenPairingCheck *
haven_pairing_check_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_CHECK, NULL);
}
