/* haven-report-talks.c: the talk record card (谈心记录卡) and a child's
 * timeline, as reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-talks"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-report-talks.h"
#include "haven-timeline-item.h"

static const double four_columns[] = { 0.16, 0.34, 0.16, 0.34 };
static const double two_columns[] = { 0.16, 0.84 };

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static const char *
text_of (HavenTalk *talk,
         guint      field)
{
  return haven_record_get_string (HAVEN_RECORD (talk), field);
}

static int
int_of (HavenTalk *talk,
        guint      field)
{
  return haven_record_get_int (HAVEN_RECORD (talk), field);
}

static char *
heading_start (const char *school_name)
{
  /* No school yet: no "School:" with nothing after it. */
  if (school_name == NULL || *school_name == '\0')
    return NULL;
  return g_strdup_printf (_("School: %s"), school_name);
}

/* The card */

HavenReport *
haven_report_new_talk_card (HavenTalk    *talk,
                            HavenSession *session,
                            const char   *school_name,
                            const char   *printed_on)
{
  g_autoptr(HavenReport) report = NULL;
  g_autoptr(GStrvBuilder) topic_names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) mood_names = g_strv_builder_new ();
  g_auto(GStrv) topics = NULL;
  g_auto(GStrv) moods = NULL;
  g_autofree char *today = NULL;
  g_autofree char *school = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *minutes = NULL;
  HavenReportBlock *section, *signature;
  HavenReportRow *row;
  HavenReportCell *cell;
  int kind, mood;
  guint chosen;
  gboolean withheld;

  g_return_val_if_fail (HAVEN_IS_TALK (talk), NULL);
  g_return_val_if_fail (session == NULL || HAVEN_IS_SESSION (session), NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();
  kind = int_of (talk, HAVEN_TALK_KIND);
  mood = int_of (talk, HAVEN_TALK_MOOD);
  chosen = (guint) int_of (talk, HAVEN_TALK_TOPICS);
  /* The model decides, whatever the record was loaded with. */
  withheld = int_of (talk, HAVEN_TALK_CONFIDENTIAL) && !haven_record_may_read_secrets (HAVEN_RECORD (talk), session);

  report = haven_report_new (_("Talk record card"));
  haven_report_set_layout (report, HAVEN_REPORT_LAYOUT_FIT_PAGE);
  school = heading_start (school_name);
  printed = g_strdup_printf (_("Printed on %s"), printed_on);
  haven_report_add_heading (report, _("Talk record card"), school, printed,
                            int_of (talk, HAVEN_TALK_CONFIDENTIAL) ? _("Confidential") : NULL);

  section = haven_report_add_section (report, NULL, 4, four_columns);
  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Child"), HAVEN_REPORT_CELL_VALUE, 1, text_of (talk, HAVEN_TALK_CHILD_NAME));
  haven_report_row_add_field (row, C_("card", "Class"), HAVEN_REPORT_CELL_VALUE, 1, text_of (talk, HAVEN_TALK_CLASS_NAME));
  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Date"), HAVEN_REPORT_CELL_VALUE, 1, text_of (talk, HAVEN_TALK_DATE));
  haven_report_row_add_field (row, C_("card", "Who talked"), HAVEN_REPORT_CELL_VALUE, 1, text_of (talk, HAVEN_TALK_TALKER));
  row = haven_report_section_add_row (section);
  haven_report_row_add_field (row, C_("card", "Kind"), HAVEN_REPORT_CELL_VALUE, 1, haven_label_talk_kind (kind));
  haven_report_row_add_field (row, C_("card", "Follow-up"), HAVEN_REPORT_CELL_VALUE, 1,
                              text_of (talk, HAVEN_TALK_FOLLOW_UP_DATE));
  if (kind == HAVEN_TALK_FAMILY_CALL)
    {
      int call_with = int_of (talk, HAVEN_TALK_CALL_WITH);

      minutes = int_of (talk, HAVEN_TALK_MINUTES) > 0 ? g_strdup_printf ("%d", int_of (talk, HAVEN_TALK_MINUTES))
                                                      : g_strdup ("");
      row = haven_report_section_add_row (section);
      haven_report_row_add_field (row, C_("card", "Answered by"), HAVEN_REPORT_CELL_VALUE, 1,
                                  haven_label_call_with (call_with));
      haven_report_row_add_field (row, C_("card", "Minutes"), HAVEN_REPORT_CELL_VALUE, 1, minutes);
    }

  /* Boxes to tick, as on the paper card. */
  for (guint bit = 0; bit < 7; bit++)
    g_strv_builder_add (topic_names, haven_label_topic (1u << bit));
  topics = g_strv_builder_end (topic_names);
  row = haven_report_section_add_row (section);
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_LABEL, 1, C_("card", "Topics"));
  cell = haven_report_row_add_choice (row, 3, (const char * const *) topics, -1);
  for (guint bit = 0; bit < 7; bit++)
    if (chosen & (1u << bit))
      haven_report_cell_set_ticked (cell, bit, TRUE);

  for (int m = HAVEN_MOOD_VERY_LOW; m <= HAVEN_MOOD_VERY_GOOD; m++)
    g_strv_builder_add (mood_names, haven_label_mood (m));
  moods = g_strv_builder_end (mood_names);
  row = haven_report_section_add_row (section);
  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_LABEL, 1, C_("card", "Mood"));
  haven_report_row_add_choice (row, 3, (const char * const *) moods,
                               mood >= HAVEN_MOOD_VERY_LOW ? mood - HAVEN_MOOD_VERY_LOW : -1);

  section = haven_report_add_section (report, NULL, 2, two_columns);
  if (withheld)
    {
      row = haven_report_section_add_row (section);
      haven_report_row_add_field (row, C_("card", "Notes"), HAVEN_REPORT_CELL_NOTE, 1,
                                  _("Confidential: the notes are kept by the counsellor and are not printed here."));
    }
  else
    {
      row = haven_report_section_add_row (section);
      haven_report_row_add_field (row, C_("card", "What was said"), HAVEN_REPORT_CELL_NOTE, 1,
                                  text_of (talk, HAVEN_TALK_CONTENT));
      row = haven_report_section_add_row (section);
      haven_report_row_add_field (row, C_("card", "Problems found"), HAVEN_REPORT_CELL_NOTE, 1,
                                  text_of (talk, HAVEN_TALK_PROBLEMS));
      row = haven_report_section_add_row (section);
      haven_report_row_add_field (row, C_("card", "Measures taken"), HAVEN_REPORT_CELL_NOTE, 1,
                                  text_of (talk, HAVEN_TALK_MEASURES));
    }

  signature = haven_report_add_signature (report);
  haven_report_signature_add_line (signature, _("Signature of who talked:"), 0.58);
  haven_report_signature_add_line (signature, _("Date:"), 0.36);
  return g_steal_pointer (&report);
}

/* The timeline */

enum
{
  COLUMN_DATE,
  COLUMN_WHAT,
  COLUMN_WHO,
  COLUMN_NOTES,
  N_COLUMNS
};

static const double widths[N_COLUMNS] = { 0.14, 0.20, 0.14, 0.52 };
static const guint max_lines[N_COLUMNS] = { 1, 2, 2, 0 };

static char *
what_of (const HavenTimelineEntry *e)
{
  switch (e->kind)
    {
    case HAVEN_TIMELINE_TALK:
      return g_strdup (haven_label_talk_kind (e->subkind));
    case HAVEN_TIMELINE_GROWTH:
      return g_strdup (haven_label_growth_kind (e->subkind));
    case HAVEN_TIMELINE_PLAN:
      return g_strdup (_("Individual plan started"));
    case HAVEN_TIMELINE_PLAN_REVIEW:
      return g_strdup (e->done ? _("Plan review held") : _("Plan review due"));
    case HAVEN_TIMELINE_PAIRING:
      /* Translators: a mentor was paired with the child; %s is the kind. */
      return g_strdup_printf (_("Paired with a mentor (%s)"), haven_label_mentor_kind (e->subkind));
    case HAVEN_TIMELINE_PAIRING_END:
    default:
      return g_strdup (_("Pairing ended"));
    }
}

static char *
notes_of (const HavenTimelineEntry *e)
{
  GString *notes = g_string_new (NULL);

  if (e->withheld)
    {
      g_string_append (notes, _("Confidential: the notes are kept by the counsellor."));
      return g_string_free (notes, FALSE);
    }

  if (e->kind == HAVEN_TIMELINE_PAIRING || e->kind == HAVEN_TIMELINE_PAIRING_END)
    g_string_append (notes, e->title);
  else if (*e->title != '\0')
    g_string_append (notes, e->title);
  if (*e->text != '\0')
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, e->text);
    }
  if (e->kind == HAVEN_TIMELINE_TALK && *e->problems != '\0')
    {
      g_string_append_c (notes, '\n');
      /* Translators: on a printed timeline, before the problems a talk found. */
      g_string_append_printf (notes, _("Problems: %s"), e->problems);
    }
  if (e->kind == HAVEN_TIMELINE_TALK && *e->measures != '\0')
    {
      g_string_append_c (notes, '\n');
      /* Translators: on a printed timeline, before the measures taken. */
      g_string_append_printf (notes, _("Measures: %s"), e->measures);
    }
  if (e->kind == HAVEN_TIMELINE_PLAN_REVIEW && e->done)
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, haven_label_progress (e->subkind));
    }
  return g_string_free (notes, FALSE);
}

HavenReport *
haven_report_new_timeline (const char *child_name,
                           const char *class_name,
                           GPtrArray  *items,
                           gboolean    talks_only,
                           const char *school_name,
                           const char *printed_on)
{
  const char *headings[N_COLUMNS] = {
    C_("timeline", "Date"), C_("timeline", "What"), C_("timeline", "Who"), C_("timeline", "Notes"),
  };
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *summary = NULL;
  HavenReportBlock *table;
  guint n = 0;

  g_return_val_if_fail (items != NULL, NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();
  if (child_name == NULL)
    child_name = "";

  title = talks_only
          /* Translators: the title of a child's printed talk history; %s is the name. */
          ? g_strdup_printf (_("Talk history of %s"), child_name)
          /* Translators: the title of a child's printed timeline; %s is the name. */
          : g_strdup_printf (_("Timeline of %s"), child_name);
  report = haven_report_new (title);
  haven_report_set_page_numbers (report, TRUE);
  haven_report_set_footer (report, child_name);
  haven_report_set_text_scale (report, 0.85);

  if (class_name != NULL && *class_name != '\0')
    start = school_name != NULL && *school_name != '\0'
            /* Translators: a school, then a class, at the head of a print. */
            ? g_strdup_printf (_("%s · %s"), school_name, class_name)
            : g_strdup (class_name);
  else
    start = heading_start (school_name);
  printed = g_strdup_printf (_("Printed on %s"), printed_on);
  haven_report_add_heading (report, title, start, printed, NULL);

  table = haven_report_add_table (report, NULL, N_COLUMNS);
  for (guint c = 0; c < N_COLUMNS; c++)
    haven_report_table_set_column (table, c, headings[c], widths[c], max_lines[c]);

  /* A file reads from its first page: oldest first. */
  for (guint i = items->len; i > 0; i--)
    {
      const HavenTimelineEntry *e = haven_timeline_item_get_entry (g_ptr_array_index (items, i - 1));
      g_autofree char *what = NULL;
      g_autofree char *notes = NULL;
      const char *cells[N_COLUMNS];

      if (talks_only && e->kind != HAVEN_TIMELINE_TALK)
        continue;
      what = what_of (e);
      notes = notes_of (e);
      cells[COLUMN_DATE] = e->date;
      cells[COLUMN_WHAT] = what;
      cells[COLUMN_WHO] = e->author;
      cells[COLUMN_NOTES] = notes;
      haven_report_table_add_row (table, cells);
      n++;
    }

  summary = talks_only
            ? g_strdup_printf (ngettext ("%u talk recorded", "%u talks recorded", n), n)
            : g_strdup_printf (ngettext ("%u entry", "%u entries", n), n);
  haven_report_add_note (report, NULL, summary);
  return g_steal_pointer (&report);
}
