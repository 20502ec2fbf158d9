/* haven-term.c: a school term with its dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-term"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-record-rules.h"
#include "haven-term.h"
#include "haven-validate.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_DATE ("start-date", "start_date"),
  HAVEN_DATE ("end-date", "end_date"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_TERM_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_TERM_START_DATE), -1 };

struct _HavenTerm
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenTerm, haven_term, HAVEN_TYPE_RECORD)

static void
haven_term_check (HavenRecord *record,
                  const GDate *today,
                  GPtrArray   *problems)
{
  const char *start = haven_record_get_string (record, HAVEN_TERM_START_DATE);
  const char *end = haven_record_get_string (record, HAVEN_TERM_END_DATE);

  /* Translators: give a term name the way your schools write it, such as
   * 2026年秋季学期. */
  haven_rules_check_required (record, HAVEN_TERM_NAME, _("Please give the term a name, such as “Autumn term 2026”."),
                              problems);
  /* ISO dates compare as text. */
  if (haven_validate_date (start, NULL, NULL) && haven_validate_date (end, NULL, NULL) && strcmp (end, start) < 0)
    haven_problems_add (problems, "end-date", HAVEN_SEVERITY_ERROR, _("The last day comes before the first."));
}

static void
haven_term_class_init (HavenTermClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_term_check;
  record_class->normalise = haven_rules_trim_texts;
  haven_record_class_install_fields (record_class, "term", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_term_init (HavenTerm *self)
{
  g_assert (HAVEN_IS_TERM (self));

}

HavenTerm *
haven_term_new (void)
{
  return g_object_new (HAVEN_TYPE_TERM, NULL);
}
