/* haven-record-rules.c: checks and normalisers the record types share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-rules"

#include "config.h"

#include "haven-record-rules.h"
#include "haven-validate.h"

static const char *
field_name (HavenRecord *record,
            guint        field)
{
  return haven_record_get_field_info (record, field)->name;
}

void
haven_rules_trim_texts (HavenRecord *record)
{
  g_return_if_fail (HAVEN_IS_RECORD (record));

  for (guint i = 0; i < haven_record_get_n_fields (record); i++)
    {
      const HavenField *info = haven_record_get_field_info (record, i);
      g_autofree char *trimmed = NULL;

      if ((info->flags & (HAVEN_FIELD_DERIVED | HAVEN_FIELD_COMPUTED)) != 0)
        continue;
      if (info->kind != HAVEN_FIELD_TEXT && info->kind != HAVEN_FIELD_DATE)
        continue;
      trimmed = g_strstrip (g_strdup (haven_record_get_string (record, i)));
      haven_record_set_string (record, i, trimmed);
    }
}

gboolean
haven_rules_is_blank (HavenRecord *record,
                      guint        field)
{
  const char *text = haven_record_get_string (record, field);

  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

void
haven_rules_check_phone (HavenRecord *record,
                         guint        field,
                         GPtrArray   *problems)
{
  g_autoptr(GError) error = NULL;

  /* Optional: a teacher often lacks a phone at first. */
  if (haven_rules_is_blank (record, field))
    return;
  if (!haven_validate_phone (haven_record_get_string (record, field), NULL, &error))
    haven_problems_add (problems, field_name (record, field), HAVEN_SEVERITY_ERROR, error->message);
}

void
haven_rules_normalise_phone (HavenRecord *record,
                             guint        field)
{
  g_autofree char *normal = haven_normalize_phone (haven_record_get_string (record, field));

  /* A number the checks refuse stays as typed, for the person to mend. */
  if (normal != NULL)
    haven_record_set_string (record, field, normal);
}

void
haven_rules_check_date (HavenRecord *record,
                        guint        field,
                        GPtrArray   *problems)
{
  g_autoptr(GError) error = NULL;

  if (haven_rules_is_blank (record, field))
    return;
  if (!haven_validate_date (haven_record_get_string (record, field), NULL, &error))
    haven_problems_add (problems, field_name (record, field), HAVEN_SEVERITY_ERROR, error->message);
}

void
haven_rules_check_required (HavenRecord *record,
                            guint        field,
                            const char  *message,
                            GPtrArray   *problems)
{
  if (haven_rules_is_blank (record, field))
    haven_problems_add (problems, field_name (record, field), HAVEN_SEVERITY_ERROR, message);
}
