/* haven-report-cards.c: contact cards (联系卡) and class rosters (花名册)
 *
 * The card is built as sections of bordered rows, the way the paper card
 * looks. A field that is not filled in prints as an empty cell to write
 * in, never as a label with nothing after it: texts that join two values
 * are built only from the values that are there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-file.h"
#include "haven-labels.h"
#include "haven-report-cards.h"
#include "haven-validate.h"

static const double four_columns[] = { 0.16, 0.34, 0.16, 0.34 };
static const double parent_columns[] = { 0.22, 0.39, 0.39 };
static const double one_column[] = { 1.0 };

static const char *
text_of (gpointer record,
         guint    field)
{
  return haven_record_get_string (HAVEN_RECORD (record), field);
}

static int
int_of (gpointer record,
        guint    field)
{
  return haven_record_get_int (HAVEN_RECORD (record), field);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static const char *
yes_no (gboolean value)
{
  return value ? C_("card", "Yes") : C_("card", "No");
}

/* A value not given prints as a blank, which leaves room to write it in. */
static const char *
label_or_blank (const char *label,
                gboolean    given)
{
  return given ? label : "";
}

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
age_text (const char *birth_date,
          const char *printed_on)
{
  GDate birth;
  GDate on;

  if (birth_date == NULL || !haven_validate_date (birth_date, &birth, NULL))
    return g_strdup ("");

  if (printed_on == NULL || !haven_validate_date (printed_on, &on, NULL))
    {
      g_date_clear (&on, 1);
      g_date_set_time_t (&on, time (NULL));
    }
  if (g_date_compare (&birth, &on) > 0)
    return g_strdup ("");
  return g_strdup_printf ("%d", haven_age_on (&birth, &on));
}

/* Contact cards */

static void
add_child_section (HavenReport    *report,
                   HavenChildFile *file,
                   const char     *printed_on)
{
  HavenChild *child = haven_child_file_get_child (file);
  HavenReportBlock *section = haven_report_add_section (report, _("The child"), 4, four_columns);
  g_autofree char *age = age_text (text_of (child, HAVEN_CHILD_BIRTH_DATE), printed_on);
  int gender = int_of (child, HAVEN_CHILD_GENDER);
  int study = int_of (child, HAVEN_CHILD_STUDY_LEVEL);
  HavenReportRow *row;

  g_assert (HAVEN_IS_REPORT (report));
  g_assert (HAVEN_IS_CHILD_FILE (file));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.name"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_NAME));
  haven_report_row_add_field (row, haven_label_history_field ("child.gender"), HAVEN_REPORT_CELL_VALUE, 1,
                              label_or_blank (haven_label_gender (gender), gender != HAVEN_GENDER_UNKNOWN));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.birth-date"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_BIRTH_DATE));
  haven_report_row_add_field (row, C_("card", "Age"), HAVEN_REPORT_CELL_VALUE, 1, age);

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.school-class-id"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_CLASS_NAME));
  haven_report_row_add_field (row, haven_label_history_field ("child.student-number"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_STUDENT_NUMBER));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.id-number"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_ID_NUMBER));
  haven_report_row_add_field (row, haven_label_history_field ("child.boarding"), HAVEN_REPORT_CELL_VALUE, 1,
                              yes_no (int_of (child, HAVEN_CHILD_BOARDING)));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.key-support"), HAVEN_REPORT_CELL_VALUE, 1,
                              yes_no (int_of (child, HAVEN_CHILD_KEY_SUPPORT)));
  haven_report_row_add_field (row, haven_label_history_field ("child.study-level"), HAVEN_REPORT_CELL_VALUE, 1,
                              label_or_blank (haven_label_study_level (study), study != HAVEN_STUDY_UNKNOWN));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.address"), HAVEN_REPORT_CELL_VALUE, 3,
                              text_of (child, HAVEN_CHILD_ADDRESS));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.personality"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (child, HAVEN_CHILD_PERSONALITY));
  haven_report_row_add_field (row, haven_label_history_field ("child.interests"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (child, HAVEN_CHILD_INTERESTS));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.talents"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (child, HAVEN_CHILD_TALENTS));
  haven_report_row_add_field (row, haven_label_history_field ("child.health"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (child, HAVEN_CHILD_HEALTH));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.study-notes"), HAVEN_REPORT_CELL_NOTE, 3,
                              text_of (child, HAVEN_CHILD_STUDY_NOTES));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.hardship"), HAVEN_REPORT_CELL_NOTE, 3,
                              text_of (child, HAVEN_CHILD_HARDSHIP));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.aid"), HAVEN_REPORT_CELL_NOTE, 3,
                              text_of (child, HAVEN_CHILD_AID));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, haven_label_history_field ("child.notes"), HAVEN_REPORT_CELL_NOTE, 3,
                              text_of (child, HAVEN_CHILD_NOTES));
}

static void
add_parent_row (HavenReportBlock    *section,
                const char          *label,
                HavenReportCellKind  kind,
                const char          *father,
                const char          *mother)
{
  HavenReportRow *row = haven_report_section_add_row (section);

  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_LABEL, 1, label);
  haven_report_row_add_cell (row, kind, 1, father);
  haven_report_row_add_cell (row, kind, 1, mother);
}

static const char *
home_visits_text (HavenParent *parent)
{
  int visits = int_of (parent, HAVEN_PARENT_HOME_VISITS);

  return label_or_blank (haven_label_home_visits (visits), visits != HAVEN_HOME_VISITS_UNKNOWN);
}

static void
add_parents_section (HavenReport    *report,
                     HavenChildFile *file)
{
  HavenChild *child = haven_child_file_get_child (file);
  HavenParent *father = haven_child_file_get_father (file);
  HavenParent *mother = haven_child_file_get_mother (file);
  HavenReportBlock *section = haven_report_add_section (report, _("Parents"), 3, parent_columns);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) reasons = NULL;
  int reason = int_of (child, HAVEN_CHILD_REASON);
  HavenReportRow *row;

  g_assert (HAVEN_IS_REPORT (report));
  g_assert (HAVEN_IS_CHILD_FILE (file));

  /* The paper card ticks one box; "not given" is no box at all. */
  for (int i = HAVEN_LEFT_BEHIND_BOTH_AWAY; i <= HAVEN_LEFT_BEHIND_OTHER_UNABLE; i++)
    g_strv_builder_add (builder, haven_label_reason (i));
  reasons = g_strv_builder_end (builder);

  row = haven_report_section_add_row (section);
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_LABEL, 1, haven_label_history_field ("child.reason"));
  haven_report_row_add_choice (row, 2, (const char * const *) reasons, reason - HAVEN_LEFT_BEHIND_BOTH_AWAY);

  row = haven_report_section_add_row (section);
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_HEADING, 1, "");
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_HEADING, 1, haven_label_parent_role (HAVEN_PARENT_ROLE_FATHER));
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_HEADING, 1, haven_label_parent_role (HAVEN_PARENT_ROLE_MOTHER));

  add_parent_row (section, C_("card", "Name"), HAVEN_REPORT_CELL_VALUE,
                  text_of (father, HAVEN_PARENT_NAME), text_of (mother, HAVEN_PARENT_NAME));
  add_parent_row (section, C_("card", "Works away"), HAVEN_REPORT_CELL_VALUE,
                  yes_no (int_of (father, HAVEN_PARENT_AWAY)), yes_no (int_of (mother, HAVEN_PARENT_AWAY)));
  add_parent_row (section, C_("card", "Where they work"), HAVEN_REPORT_CELL_NOTE,
                  text_of (father, HAVEN_PARENT_WORK_PLACE), text_of (mother, HAVEN_PARENT_WORK_PLACE));
  add_parent_row (section, C_("card", "Employer"), HAVEN_REPORT_CELL_NOTE,
                  text_of (father, HAVEN_PARENT_EMPLOYER), text_of (mother, HAVEN_PARENT_EMPLOYER));
  add_parent_row (section, C_("card", "Employer’s address"), HAVEN_REPORT_CELL_NOTE,
                  text_of (father, HAVEN_PARENT_EMPLOYER_ADDRESS), text_of (mother, HAVEN_PARENT_EMPLOYER_ADDRESS));
  add_parent_row (section, C_("card", "Phone"), HAVEN_REPORT_CELL_VALUE,
                  text_of (father, HAVEN_PARENT_PHONE), text_of (mother, HAVEN_PARENT_PHONE));
  add_parent_row (section, C_("card", "Comes home"), HAVEN_REPORT_CELL_VALUE,
                  home_visits_text (father), home_visits_text (mother));
}

static void
add_guardian_section (HavenReport    *report,
                      HavenChildFile *file)
{
  HavenGuardian *guardian = haven_child_file_get_guardian (file);
  HavenReportBlock *section = haven_report_add_section (report, _("Guardian"), 4, four_columns);
  int relationship = int_of (guardian, HAVEN_GUARDIAN_RELATIONSHIP);
  int age = int_of (guardian, HAVEN_GUARDIAN_AGE);
  gboolean named = !is_empty (text_of (guardian, HAVEN_GUARDIAN_NAME));
  g_autofree char *age_string = age > 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
  HavenReportRow *row;

  g_assert (HAVEN_IS_REPORT (report));
  g_assert (HAVEN_IS_CHILD_FILE (file));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Name"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (guardian, HAVEN_GUARDIAN_NAME));
  /* "Other" is the first relationship, so it is also what an empty
   * guardian has; print it only for a guardian who has a name. */
  haven_report_row_add_field (row, C_("card", "Relationship"), HAVEN_REPORT_CELL_VALUE, 1,
                              label_or_blank (haven_label_relationship (relationship),
                                              named || relationship != HAVEN_RELATIONSHIP_OTHER));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Phone"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (guardian, HAVEN_GUARDIAN_PHONE));
  haven_report_row_add_field (row, C_("card", "Entrusted guardian"), HAVEN_REPORT_CELL_VALUE, 1,
                              named ? yes_no (int_of (guardian, HAVEN_GUARDIAN_ENTRUSTED)) : "");

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Age"), HAVEN_REPORT_CELL_VALUE, 1, age_string);
  haven_report_row_add_field (row, C_("card", "Occupation"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (guardian, HAVEN_GUARDIAN_OCCUPATION));

  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Health"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (guardian, HAVEN_GUARDIAN_HEALTH));
  haven_report_row_add_field (row, C_("card", "Address"), HAVEN_REPORT_CELL_NOTE, 1,
                              text_of (guardian, HAVEN_GUARDIAN_ADDRESS));
}

static void
add_mentor_section (HavenReport    *report,
                    HavenChildFile *file)
{
  HavenChild *child = haven_child_file_get_child (file);
  HavenReportBlock *section = haven_report_add_section (report, _("Mentor"), 4, four_columns);
  HavenReportRow *row = haven_report_section_add_row (section);

  haven_report_row_add_field (row, C_("card", "Mentor"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_MENTOR_NAME));
  haven_report_row_add_field (row, C_("card", "Last talk"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (child, HAVEN_CHILD_LAST_TALK_DATE));
}

static void
add_missing_section (HavenReport    *report,
                     HavenChildFile *file)
{
  HavenMissing missing = haven_child_file_get_missing (file);
  g_auto(GStrv) labels = NULL;
  HavenReportBlock *section;

  if (missing == HAVEN_MISSING_NONE)
    return;

  /* Empty boxes, to tick as the teacher fills the gaps in. */
  labels = haven_label_missing (missing);
  section = haven_report_add_section (report, _("Still missing from this file"), 1, one_column);
  haven_report_row_add_choice (haven_report_section_add_row (section), 1, (const char * const *) labels, -1);
}

static char *
status_text (HavenChild *child)
{
  int status = int_of (child, HAVEN_CHILD_STATUS);
  const char *left = text_of (child, HAVEN_CHILD_LEFT_DATE);

  if (status == HAVEN_CHILD_STATUS_CURRENT)
    return NULL;
  if (!is_empty (left))
    /* Translators: a status such as "Transferred", then a date. */
    return g_strdup_printf (_("Status: %s on %s"), haven_label_status (status), left);
  return g_strdup_printf (_("Status: %s"), haven_label_status (status));
}

static void
add_card (HavenReport    *report,
          HavenChildFile *file,
          const char     *school_name,
          const char     *printed_on)
{
  g_autofree char *school = NULL;
  g_autofree char *printed = g_strdup_printf (_("Printed on %s"), printed_on);
  g_autofree char *status = status_text (haven_child_file_get_child (file));
  HavenReportBlock *signature;

  g_assert (HAVEN_IS_REPORT (report));
  g_assert (HAVEN_IS_CHILD_FILE (file));

  /* No school yet: no "School:" with nothing after it. */
  if (!is_empty (school_name))
    school = g_strdup_printf (_("School: %s"), school_name);

  haven_report_add_heading (report, _("Contact card of a left-behind child"), school, printed, status);
  add_child_section (report, file, printed_on);
  add_parents_section (report, file);
  add_guardian_section (report, file);
  add_mentor_section (report, file);
  add_missing_section (report, file);

  signature = haven_report_add_signature (report);
  haven_report_signature_add_line (signature, _("Class teacher’s signature:"), 0.58);
  haven_report_signature_add_line (signature, _("Date:"), 0.36);
}

HavenReport *
haven_report_new_contact_cards (GPtrArray  *files,
                                const char *school_name,
                                const char *printed_on)
{
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (files != NULL, NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();

  report = haven_report_new (_("Contact cards"));
  haven_report_set_layout (report, HAVEN_REPORT_LAYOUT_FIT_PAGE);

  for (guint i = 0; i < files->len; i++)
    {
      HavenChildFile *file = g_ptr_array_index (files, i);

      g_return_val_if_fail (HAVEN_IS_CHILD_FILE (file), NULL);

      if (i > 0)
        haven_report_add_page_break (report);
      add_card (report, file, school_name, printed_on);
    }

  return g_steal_pointer (&report);
}

/* Rosters */

typedef enum
{
  ROSTER_NUMBER,
  ROSTER_NAME,
  ROSTER_GENDER,
  ROSTER_BIRTH_DATE,
  ROSTER_REASON,
  ROSTER_GUARDIAN,
  ROSTER_MENTOR,
  ROSTER_COMPLETE,
  ROSTER_N_COLUMNS
} RosterColumn;

static const double roster_widths[ROSTER_N_COLUMNS] = {
  0.05, 0.13, 0.08, 0.13, 0.17, 0.18, 0.11, 0.15,
};

/* Lines per paragraph: the guardian's name and phone each keep one. */
static const guint roster_lines[ROSTER_N_COLUMNS] = { 1, 2, 1, 1, 2, 1, 2, 2 };

static char *
roster_complete_text (HavenChild *child)
{
  int missing = int_of (child, HAVEN_CHILD_MISSING);

  if (missing <= 0)
    return g_strdup (C_("card", "Yes"));
  return g_strdup_printf (ngettext ("Lacks %d item", "Lacks %d items", missing), missing);
}

/* Name above phone, or whichever of the two there is. */
static char *
guardian_text (HavenChild *child)
{
  const char *name = text_of (child, HAVEN_CHILD_GUARDIAN_NAME);
  const char *phone = text_of (child, HAVEN_CHILD_GUARDIAN_PHONE);

  if (is_empty (name))
    return g_strdup (phone);
  if (is_empty (phone))
    return g_strdup (name);
  return g_strconcat (name, "\n", phone, NULL);
}

HavenReport *
haven_report_new_roster (const char *class_name,
                         GPtrArray  *children,
                         const char *printed_on)
{
  const char *headings[ROSTER_N_COLUMNS] = {
    C_("roster", "No."),
    C_("card", "Name"),
    haven_label_history_field ("child.gender"),
    haven_label_history_field ("child.birth-date"),
    haven_label_history_field ("child.reason"),
    C_("roster", "Guardian and phone"),
    C_("card", "Mentor"),
    C_("roster", "File complete"),
  };
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *today = NULL;
  g_autofree char *class_line = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *summary = NULL;
  HavenReportBlock *table;
  guint complete = 0;

  g_return_val_if_fail (children != NULL, NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();

  report = haven_report_new (_("Roster of left-behind children"));
  /* Eight columns across a page need smaller text than a card. */
  haven_report_set_text_scale (report, 0.75);
  haven_report_set_page_numbers (report, TRUE);
  haven_report_set_footer (report, class_name);

  if (!is_empty (class_name))
    class_line = g_strdup_printf (_("Class: %s"), class_name);
  printed = g_strdup_printf (_("Printed on %s"), printed_on);
  haven_report_add_heading (report, _("Roster of left-behind children"), class_line, printed, NULL);

  table = haven_report_add_table (report, NULL, ROSTER_N_COLUMNS);
  for (guint c = 0; c < ROSTER_N_COLUMNS; c++)
    haven_report_table_set_column (table, c, headings[c], roster_widths[c], roster_lines[c]);
  /* Room to correct a row by hand. */
  haven_report_table_set_min_row_height (table, 3.2);

  for (guint i = 0; i < children->len; i++)
    {
      HavenChild *child = g_ptr_array_index (children, i);
      g_autofree char *number = NULL;
      g_autofree char *guardian = NULL;
      g_autofree char *complete_text = NULL;
      const char *texts[ROSTER_N_COLUMNS];
      int gender, reason;

      g_return_val_if_fail (HAVEN_IS_CHILD (child), NULL);

      number = g_strdup_printf ("%u", i + 1);
      guardian = guardian_text (child);
      complete_text = roster_complete_text (child);
      gender = int_of (child, HAVEN_CHILD_GENDER);
      reason = int_of (child, HAVEN_CHILD_REASON);
      if (int_of (child, HAVEN_CHILD_MISSING) <= 0)
        complete++;

      texts[ROSTER_NUMBER] = number;
      texts[ROSTER_NAME] = text_of (child, HAVEN_CHILD_NAME);
      texts[ROSTER_GENDER] = label_or_blank (haven_label_gender (gender), gender != HAVEN_GENDER_UNKNOWN);
      texts[ROSTER_BIRTH_DATE] = text_of (child, HAVEN_CHILD_BIRTH_DATE);
      texts[ROSTER_REASON] = label_or_blank (haven_label_reason (reason), reason != HAVEN_LEFT_BEHIND_UNKNOWN);
      texts[ROSTER_GUARDIAN] = guardian;
      texts[ROSTER_MENTOR] = text_of (child, HAVEN_CHILD_MENTOR_NAME);
      texts[ROSTER_COMPLETE] = complete_text;
      haven_report_table_add_row (table, texts);
    }

  summary = g_strdup_printf (ngettext ("%u child on the roster, %u with a complete file",
                                       "%u children on the roster, %u with a complete file",
                                       children->len),
                             children->len, complete);
  haven_report_add_note (report, NULL, summary);

  return g_steal_pointer (&report);
}
