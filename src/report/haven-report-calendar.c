/* haven-report-calendar.c: the month and the term plan (行事历) on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-festival.h"
#include "haven-labels.h"
#include "haven-lunar.h"
#include "haven-occurrence.h"
#include "haven-report-calendar.h"

/* A day of the printed grid names this many activities, then "+N more". */
#define LINES_PER_DAY 5

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
month_title (const GDate *first)
{
  char text[64];

  /* Translators: a month on paper, see strftime(3); Chinese would write "%Y年%-m月". */
  g_date_strftime (text, sizeof text, _("%B %Y"), first);
  return g_strdup (text);
}

static char *
day_text (const GDate *date)
{
  char text[64];

  /* Translators: a day in a printed list, see strftime(3): "Tue 24 Nov". */
  g_date_strftime (text, sizeof text, _("%a %e %b"), date);
  return g_strdup (g_strstrip (text));
}

/* The first line of a day in the grid: its number, then its festival or
 * lunar day. */
static char *
day_heading (const GDate *date,
             gboolean     lunar)
{
  HavenFestival festivals[HAVEN_N_FESTIVALS];
  HavenLunarDate lunar_date;
  g_autofree char *note = NULL;

  if (haven_festival_on_date (date, festivals) > 0)
    note = g_strdup (haven_festival_get_name (festivals[0]));
  else if (lunar && haven_lunar_from_solar (date, &lunar_date))
    note = haven_lunar_day_label (&lunar_date);
  if (note != NULL)
    return g_strdup_printf ("%d  %s", g_date_get_day (date), note);
  return g_strdup_printf ("%d", g_date_get_day (date));
}

static char *
short_line (HavenOccurrence *o)
{
  int minutes = haven_occurrence_get_start_minutes (o);

  if (minutes < 0)
    return g_strdup (haven_occurrence_get_title (o));
  return g_strdup_printf ("%02d:%02d %s", minutes / 60, minutes % 60, haven_occurrence_get_title (o));
}

static const char *
kind_text (HavenOccurrence *o)
{
  HavenActivityType type = haven_occurrence_get_activity_type (o);

  if (type == HAVEN_ACTIVITY_LECTURE && haven_occurrence_get_topic (o) != HAVEN_LECTURE_NONE)
    return haven_label_lecture_topic (haven_occurrence_get_topic (o));
  return haven_label_activity_type (type);
}

HavenReport *
haven_report_new_month (const GDate *first_of_month,
                        GPtrArray   *occurrences,
                        const char  *school,
                        gboolean     lunar,
                        const char  *printed_on)
{
  static const double list_widths[] = { 0.16, 0.12, 0.36, 0.18, 0.18 };
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *today = NULL;
  g_autofree char *month = NULL;
  g_autofree char *title = NULL;
  g_autofree char *printed = NULL;
  HavenReportBlock *grid, *list;
  GDate start, day, next_month;
  guint next = 0;
  int month_number;

  g_return_val_if_fail (first_of_month != NULL && g_date_valid (first_of_month), NULL);
  g_return_val_if_fail (occurrences != NULL, NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();
  month = month_title (first_of_month);
  /* Translators: the heading of a printed month; %s is the month. */
  title = g_strdup_printf (_("Activity calendar: %s"), month);
  printed = g_strdup_printf (_("Printed on %s"), printed_on);
  report = haven_report_new (title);
  haven_report_set_text_scale (report, 0.7);
  haven_report_set_page_numbers (report, TRUE);
  haven_report_set_footer (report, month);
  haven_report_add_heading (report, title, school, printed, NULL);

  grid = haven_report_add_table (report, NULL, 7);
  day = *first_of_month;
  start = *first_of_month;
  g_date_subtract_days (&start, g_date_get_weekday (first_of_month) - G_DATE_MONDAY);
  {
    GDate monday = start;

    for (guint c = 0; c < 7; c++)
      {
        char name[64];

        g_date_strftime (name, sizeof name, "%A", &monday);
        haven_report_table_set_column (grid, c, name, 1.0 / 7, 0);
        g_date_add_days (&monday, 1);
      }
  }
  /* Room to add by hand what came up later. */
  haven_report_table_set_min_row_height (grid, 7.0);

  month_number = g_date_get_month (first_of_month);
  next_month = *first_of_month;
  g_date_add_months (&next_month, 1);
  day = start;
  while (g_date_compare (&day, &next_month) < 0)
    {
      g_auto(GStrv) cells = g_new0 (char *, 8);

      for (guint c = 0; c < 7; c++, g_date_add_days (&day, 1))
        {
          g_autoptr(GString) text = NULL;
          guint shown = 0, count = 0;

          /* Days of the months around stay blank on paper. */
          if ((int) g_date_get_month (&day) != month_number)
            {
              cells[c] = g_strdup ("");
              continue;
            }
          text = g_string_new (NULL);
          {
            g_autofree char *heading = day_heading (&day, lunar);
            g_string_append (text, heading);
          }
          while (next < occurrences->len
                 && haven_occurrence_get_julian (g_ptr_array_index (occurrences, next)) < g_date_get_julian (&day))
            next++;
          for (guint i = next; i < occurrences->len; i++)
            {
              HavenOccurrence *o = g_ptr_array_index (occurrences, i);

              if (haven_occurrence_get_julian (o) != g_date_get_julian (&day))
                break;
              count++;
              if (shown < LINES_PER_DAY)
                {
                  g_autofree char *line = short_line (o);
                  g_string_append_printf (text, "\n%s", line);
                  shown++;
                }
            }
          if (count > shown)
            {
              /* Translators: in a printed day, how many more activities it has. */
              g_autofree char *more = g_strdup_printf (ngettext ("+%u more", "+%u more", count - shown), count - shown);
              g_string_append_printf (text, "\n%s", more);
            }
          cells[c] = g_string_free (g_steal_pointer (&text), FALSE);
        }
      haven_report_table_add_row (grid, (const char * const *) cells);
    }

  /* Every activity of the month, one per line. */
  list = haven_report_add_table (report, _("The month’s activities"), 5);
  haven_report_table_set_column (list, 0, C_("report", "Day"), list_widths[0], 1);
  haven_report_table_set_column (list, 1, C_("report", "Time"), list_widths[1], 1);
  haven_report_table_set_column (list, 2, C_("report", "Activity"), list_widths[2], 2);
  haven_report_table_set_column (list, 3, C_("report", "Place"), list_widths[3], 2);
  haven_report_table_set_column (list, 4, C_("report", "Organiser"), list_widths[4], 1);
  for (guint i = 0; i < occurrences->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (occurrences, i);
      g_autofree char *date = NULL;
      g_autofree char *activity = NULL;
      const char *cells[5];
      GDate d;

      haven_occurrence_get_date (o, &d);
      if ((int) g_date_get_month (&d) != month_number || g_date_get_year (&d) != g_date_get_year (first_of_month))
        continue;
      date = day_text (&d);
      /* Translators: an activity on paper: its title, then its kind. */
      activity = g_strdup_printf (_("%s (%s)"), haven_occurrence_get_title (o), kind_text (o));
      cells[0] = date;
      cells[1] = haven_occurrence_get_time_text (o);
      cells[2] = activity;
      cells[3] = haven_occurrence_get_place (o);
      cells[4] = haven_occurrence_get_organiser (o);
      haven_report_table_add_row (list, cells);
    }
  return g_steal_pointer (&report);
}

HavenReport *
haven_report_new_term_plan (const char *term_name,
                            const char *school,
                            GPtrArray  *occurrences,
                            const char *printed_on)
{
  static const double widths[] = { 0.09, 0.13, 0.08, 0.28, 0.12, 0.14, 0.16 };
  g_autoptr(HavenReport) report = NULL;
  g_autoptr(GHashTable) weekly_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *last_month = NULL;
  HavenReportBlock *table;

  g_return_val_if_fail (occurrences != NULL, NULL);

  if (printed_on == NULL)
    printed_on = today = today_string ();
  /* Translators: the heading of the printed term plan (行事历); %s is the term. */
  title = term_name != NULL && *term_name != '\0' ? g_strdup_printf (_("Term plan of the care programme: %s"), term_name)
                                                  : g_strdup (_("Term plan of the care programme"));
  printed = g_strdup_printf (_("Printed on %s"), printed_on);
  report = haven_report_new (title);
  haven_report_set_text_scale (report, 0.75);
  haven_report_set_page_numbers (report, TRUE);
  haven_report_set_footer (report, term_name);
  haven_report_add_heading (report, title, school, printed, NULL);

  table = haven_report_add_table (report, NULL, 7);
  haven_report_table_set_column (table, 0, C_("report", "Month"), widths[0], 1);
  haven_report_table_set_column (table, 1, C_("report", "Day"), widths[1], 2);
  haven_report_table_set_column (table, 2, C_("report", "Time"), widths[2], 1);
  haven_report_table_set_column (table, 3, C_("report", "Activity"), widths[3], 3);
  haven_report_table_set_column (table, 4, C_("report", "Kind"), widths[4], 2);
  haven_report_table_set_column (table, 5, C_("report", "Place"), widths[5], 2);
  haven_report_table_set_column (table, 6, C_("report", "Classes"), widths[6], 2);
  /* Room to note what happened beside each line. */
  haven_report_table_set_min_row_height (table, 2.4);

  for (guint i = 0; i < occurrences->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (occurrences, i);
      g_autofree char *month = NULL;
      g_autofree char *date = NULL;
      g_autofree char *kind = NULL;
      const char *cells[7];
      GDate d;

      haven_occurrence_get_date (o, &d);
      month = month_title (&d);
      /* A weekly activity once a month, on its first day there. */
      if (haven_occurrence_get_recurrence (o) == HAVEN_RECURRENCE_WEEKLY && !haven_occurrence_get_edited (o))
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT " %s", haven_occurrence_get_activity_id (o), month);

          if (g_hash_table_contains (weekly_seen, key))
            continue;
          g_hash_table_add (weekly_seen, g_steal_pointer (&key));
          {
            g_autofree char *first = day_text (&d);
            /* Translators: a weekly activity in the term plan, from its first day in the month. */
            date = g_strdup_printf (_("every week from %s"), first);
          }
        }
      else
        date = day_text (&d);
      if (haven_occurrence_get_recurrence (o) != HAVEN_RECURRENCE_NONE && !haven_occurrence_get_edited (o))
        /* Translators: an activity's kind and how it repeats, "Interest group; Every week". */
        kind = g_strdup_printf (_("%s; %s"), kind_text (o), haven_label_recurrence (haven_occurrence_get_recurrence (o)));
      else
        kind = g_strdup (kind_text (o));

      /* The month is named on its first line only. */
      cells[0] = g_strcmp0 (month, last_month) != 0 ? month : "";
      cells[1] = date;
      cells[2] = haven_occurrence_get_time_text (o);
      cells[3] = haven_occurrence_get_title (o);
      cells[4] = kind;
      cells[5] = haven_occurrence_get_place (o);
      cells[6] = *haven_occurrence_get_class_names (o) != '\0' ? haven_occurrence_get_class_names (o)
                                                               : C_("classes", "All");
      haven_report_table_add_row (table, cells);
      g_free (last_month);
      last_month = g_strdup (month);
    }

  {
    HavenReportBlock *signature = haven_report_add_signature (report);

    haven_report_signature_add_line (signature, _("Drawn up by:"), 0.46);
    haven_report_signature_add_line (signature, _("Headteacher’s signature:"), 0.48);
  }
  return g_steal_pointer (&report);
}
