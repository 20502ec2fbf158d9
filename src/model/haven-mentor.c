/* haven-mentor.c: a mentor (帮扶教师, 爱心妈妈, 小老师 …)
 *
 * Staff members, parents of other pupils, pupils and outside volunteers.
 * Only the headteacher adds and changes them (haven_pairing_may_arrange()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-child.h"
#include "haven-mentor.h"
#include "haven-pairing-rules.h"
#include "haven-pinyin.h"
#include "haven-record-rules.h"
#include "haven-school-class.h"
#include "haven-session.h"
#include "haven-staff.h"

struct _HavenMentor
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenMentor, haven_mentor, HAVEN_TYPE_RECORD)

#define COMPUTED (HAVEN_FIELD_STORED | HAVEN_FIELD_COMPUTED)

static const HavenField fields[] = {
  { "name", "name", HAVEN_FIELD_TEXT, NULL, HAVEN_FIELD_STORED | HAVEN_FIELD_SEARCHABLE },
  HAVEN_ENUM ("kind", "kind", haven_mentor_kind_get_type),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
  HAVEN_TEXT ("phone", "phone"),
  HAVEN_TEXT ("organisation", "organisation"),
  HAVEN_TEXT ("notes", "notes"),
  HAVEN_INTEGER ("capacity", "capacity"),
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_REF ("school-class-id", "school_class_id", haven_school_class_get_type),
  { "name-pinyin", "name_pinyin", HAVEN_FIELD_TEXT, NULL, COMPUTED | HAVEN_FIELD_SEARCHABLE },
  { "name-initials", "name_initials", HAVEN_FIELD_TEXT, NULL, COMPUTED | HAVEN_FIELD_SEARCHABLE },
  { "name-key", "name_key", HAVEN_FIELD_BLOB, NULL, COMPUTED },
  HAVEN_DERIVED ("n-children", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("effective-capacity", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("staff-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("child-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("class-name", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_MENTOR_N_FIELDS);

/* As the board shows them: by kind, then by name in pinyin order. */
static const int order[] = { HAVEN_MENTOR_KIND, HAVEN_MENTOR_NAME_KEY, -1 };

static void
haven_mentor_check (HavenRecord *record,
                    const GDate *today,
                    GPtrArray   *problems)
{
  int capacity = haven_record_get_int (record, HAVEN_MENTOR_CAPACITY);
  int kind = haven_record_get_int (record, HAVEN_MENTOR_KIND);

  haven_rules_check_required (record, HAVEN_MENTOR_NAME, _("Please enter the mentor’s name."), problems);
  haven_rules_check_phone (record, HAVEN_MENTOR_PHONE, problems);

  /* 0 is "the school's default"; the form shows it empty. */
  if (capacity < 0 || capacity > HAVEN_MENTOR_MAX_CAPACITY)
    {
      g_autofree char *message =
        g_strdup_printf (_("Please enter how many children this mentor can carry, from 1 to %d, or leave it empty for the school’s default."),
                         HAVEN_MENTOR_MAX_CAPACITY);
      haven_problems_add (problems, "capacity", HAVEN_SEVERITY_ERROR, message);
    }

  /* Worth a look, not a refusal: the pupil's file may not be typed yet. */
  if (kind == HAVEN_MENTOR_KIND_PEER && haven_record_get_ref (record, HAVEN_MENTOR_CHILD_ID) == 0)
    haven_problems_add (problems, "child-id", HAVEN_SEVERITY_WARNING,
                        _("A pupil mentor is linked to the pupil’s own file: choose the pupil."));
  if (kind == HAVEN_MENTOR_KIND_TEACHER && haven_record_get_ref (record, HAVEN_MENTOR_STAFF_ID) == 0)
    haven_problems_add (problems, "staff-id", HAVEN_SEVERITY_WARNING,
                        _("A teacher mentor is one of the staff: choose who."));
}

static void
haven_mentor_normalise (HavenRecord *record)
{
  const char *name;
  g_autofree char *pinyin = NULL;
  g_autofree char *initials = NULL;
  g_autoptr(GBytes) key = NULL;

  haven_rules_trim_texts (record);
  haven_rules_normalise_phone (record, HAVEN_MENTOR_PHONE);

  /* The board searches mentors as the archive searches children. */
  name = haven_record_get_string (record, HAVEN_MENTOR_NAME);
  pinyin = haven_pinyin_full (name);
  initials = haven_pinyin_initials (name);
  key = haven_pinyin_sort_key (name);
  haven_record_set_string (record, HAVEN_MENTOR_NAME_PINYIN, pinyin);
  haven_record_set_string (record, HAVEN_MENTOR_NAME_INITIALS, initials);
  haven_record_set_blob (record, HAVEN_MENTOR_NAME_KEY, key);
}

static gboolean
haven_mentor_may_write (HavenRecordClass *klass,
                        HavenSession     *session)
{
  return haven_pairing_may_arrange (session);
}

static void
haven_mentor_class_init (HavenMentorClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_mentor_check;
  record_class->normalise = haven_mentor_normalise;
  record_class->may_write = haven_mentor_may_write;
  haven_record_class_install_fields (record_class, "mentor", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_mentor_init (HavenMentor *self)
{
  g_assert (HAVEN_IS_MENTOR (self));

}

HavenMentor *
haven_mentor_new (void)
{
  return g_object_new (HAVEN_TYPE_MENTOR, NULL);
}
