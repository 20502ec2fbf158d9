/* haven-growth-entry.c: an entry of a child's growth folder (成长记录袋)
 *
 * The seeds ask proxy parents to keep good news (好消息), test results,
 * photos of the child's life for the parents far away and letters. A photo
 * is stored in the database, already scaled by whoever imported it: the
 * JPEG itself, and a small PNG thumbnail for lists and prints (the report
 * library draws PNG without GTK).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-growth-entry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-child.h"
#include "haven-growth-entry.h"
#include "haven-record-rules.h"
#include "haven-validate.h"

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_ENUM ("kind", "kind", haven_growth_kind_get_type),
  HAVEN_DATE ("date", "date"),
  HAVEN_TEXT ("title", "title"),
  HAVEN_TEXT ("text", "text"),
  HAVEN_TEXT ("subject", "subject"),
  HAVEN_TEXT ("score", "score"),
  /* Never in list rows: a page of the timeline holds thumbnails only. */
  { "photo", "photo", HAVEN_FIELD_BLOB, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SECRET },
  { "thumbnail", "thumbnail", HAVEN_FIELD_BLOB, NULL, HAVEN_FIELD_STORED },
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_GROWTH_ENTRY_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_GROWTH_ENTRY_DATE), -1 };

struct _HavenGrowthEntry
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenGrowthEntry, haven_growth_entry, HAVEN_TYPE_RECORD)

static gboolean
has_bytes (HavenRecord *record,
           guint        field)
{
  GBytes *bytes = haven_record_get_blob (record, field);

  return bytes != NULL && g_bytes_get_size (bytes) > 0;
}

static void
haven_growth_entry_check (HavenRecord *record,
                          const GDate *today,
                          GPtrArray   *problems)
{
  const char *date = haven_record_get_string (record, HAVEN_GROWTH_ENTRY_DATE);
  GBytes *photo = haven_record_get_blob (record, HAVEN_GROWTH_ENTRY_PHOTO);
  GDate day;

  if (haven_record_get_ref (record, HAVEN_GROWTH_ENTRY_CHILD_ID) == 0)
    haven_problems_add (problems, "child-id", HAVEN_SEVERITY_ERROR, _("Please choose the child."));

  if (haven_rules_is_blank (record, HAVEN_GROWTH_ENTRY_DATE))
    haven_problems_add (problems, "date", HAVEN_SEVERITY_ERROR, _("Please enter the day, for example 2026-11-20."));
  else if (haven_validate_date (date, &day, NULL) && g_date_compare (&day, today) > 0)
    haven_problems_add (problems, "date", HAVEN_SEVERITY_ERROR, _("This day has not come yet."));

  switch (haven_record_get_int (record, HAVEN_GROWTH_ENTRY_KIND))
    {
    case HAVEN_GROWTH_TEST_RESULT:
      haven_rules_check_required (record, HAVEN_GROWTH_ENTRY_SUBJECT,
                                  _("Please give the subject or test, such as 数学期中考试."), problems);
      haven_rules_check_required (record, HAVEN_GROWTH_ENTRY_SCORE, _("Please give the score or grade."), problems);
      break;
    case HAVEN_GROWTH_PHOTO:
      if (!has_bytes (record, HAVEN_GROWTH_ENTRY_PHOTO))
        haven_problems_add (problems, "photo", HAVEN_SEVERITY_ERROR, _("Please choose the photo."));
      else if (!has_bytes (record, HAVEN_GROWTH_ENTRY_THUMBNAIL))
        haven_problems_add (problems, "photo", HAVEN_SEVERITY_ERROR, _("The photo has no thumbnail: import it again."));
      break;
    case HAVEN_GROWTH_GOOD_NEWS:
    case HAVEN_GROWTH_LETTER:
    default:
      if (haven_rules_is_blank (record, HAVEN_GROWTH_ENTRY_TITLE) && haven_rules_is_blank (record, HAVEN_GROWTH_ENTRY_TEXT))
        haven_problems_add (problems, "title", HAVEN_SEVERITY_ERROR, _("Please write what it is about."));
      break;
    }

  if (photo != NULL && g_bytes_get_size (photo) > HAVEN_GROWTH_MAX_PHOTO_BYTES)
    haven_problems_add (problems, "photo", HAVEN_SEVERITY_ERROR,
                        _("The photo is too large: it should have been made smaller on import."));
}

static void
haven_growth_entry_class_init (HavenGrowthEntryClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_growth_entry_check;
  record_class->normalise = haven_rules_trim_texts;
  haven_record_class_install_fields (record_class, "growth_entry", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_growth_entry_init (HavenGrowthEntry *self)
{
  g_assert (HAVEN_IS_GROWTH_ENTRY (self));

}

HavenGrowthEntry *
haven_growth_entry_new (void)
{
  return g_object_new (HAVEN_TYPE_GROWTH_ENTRY, NULL);
}
