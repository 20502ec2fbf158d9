/* test-report-calendar.c: the month and the term plan (行事历) as reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-report-calendar"

#define _GNU_SOURCE
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "haven-occurrence.h"
#include "haven-recurrence.h"
#include "haven-report-calendar.h"
#include "haven-report-pdf.h"
#include "haven-report-render.h"
#include "haven-test-utils.h"

static HavenOccurrence *
occurrence (gint64             id,
            const char        *day,
            int                minutes,
            const char        *title,
            HavenActivityType  type,
            HavenRecurrence    recurrence)
{
  GDate date;
  HavenOccurrenceInfo info = { 0 };

  g_assert_true (haven_date_parse_iso (day, &date));
  info.activity_id = id;
  info.date = info.original_date = g_date_get_julian (&date);
  info.start_minutes = minutes;
  info.end_minutes = -1;
  info.type = type;
  info.recurrence = recurrence;
  info.festival = HAVEN_N_FESTIVALS;
  info.title = title;
  info.place = "留守儿童之家";
  info.organiser = "袁悦";
  info.class_names = "";
  return haven_occurrence_new (&info);
}

static GPtrArray *
november (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  /* A greyed day of October first: it stays off the November page. */
  g_ptr_array_add (list, occurrence (9, "2026-10-27", 990, "十月的兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP,
                                     HAVEN_RECURRENCE_WEEKLY));
  g_ptr_array_add (list, occurrence (1, "2026-11-03", 990, "兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP,
                                     HAVEN_RECURRENCE_WEEKLY));
  g_ptr_array_add (list, occurrence (1, "2026-11-10", 990, "兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP,
                                     HAVEN_RECURRENCE_WEEKLY));
  for (int i = 0; i < 7; i++)
    {
      g_autofree char *title = g_strdup_printf ("期中家访 %d", i + 1);
      g_ptr_array_add (list, occurrence (10 + i, "2026-11-10", 480 + i * 30, title, HAVEN_ACTIVITY_HOME_VISITS,
                                         HAVEN_RECURRENCE_NONE));
    }
  g_ptr_array_add (list, occurrence (2, "2026-11-24", 870, "心理健康讲座", HAVEN_ACTIVITY_LECTURE,
                                     HAVEN_RECURRENCE_NONE));
  g_ptr_array_add (list, occurrence (3, "2026-11-25", 930, "集体生日会", HAVEN_ACTIVITY_BIRTHDAY_PARTY,
                                     HAVEN_RECURRENCE_MONTHLY));
  g_ptr_array_add (list, occurrence (4, "2026-12-01", 960, "十二月的亲情电话", HAVEN_ACTIVITY_FAMILY_CALL,
                                     HAVEN_RECURRENCE_MONTHLY));
  return list;
}

static HavenReportBlock *
find_table (HavenReport *report,
            guint        n)
{
  for (guint i = 0; i < haven_report_get_n_blocks (report); i++)
    {
      HavenReportBlock *block = haven_report_get_block (report, i);

      if (haven_report_block_get_kind (block) == HAVEN_REPORT_BLOCK_TABLE && n-- == 0)
        return block;
    }
  return NULL;
}

static void
test_report_month (void)
{
  g_autoptr(GPtrArray) list = november ();
  g_autoptr(HavenReport) report = NULL;
  HavenReportBlock *grid, *lines;
  const char *tuesday_10;
  GDate first;

  g_assert_true (haven_date_parse_iso ("2026-11-01", &first));
  report = haven_report_new_month (&first, list, "青山县红星镇中心小学", TRUE, "2026-11-22");

  /* The weeks from Monday 26 October to Sunday 6 December. */
  grid = find_table (report, 0);
  g_assert_nonnull (grid);
  g_assert_cmpuint (haven_report_table_get_n_columns (grid), ==, 7);
  g_assert_cmpuint (haven_report_table_get_n_rows (grid), ==, 6);
  g_assert_cmpstr (haven_report_table_get_header (grid, 0), ==, "Monday");
  /* Greyed days stay blank, 1 November is the first Sunday. */
  g_assert_cmpstr (haven_report_table_get_cell (grid, 0, 1), ==, "");
  g_assert_true (g_str_has_prefix (haven_report_table_get_cell (grid, 0, 6), "1 "));
  /* 9 November 2026 is 农历十月初一: the month's name on its first day. */
  g_assert_cmpstr (haven_report_table_get_cell (grid, 2, 0), ==, "9  十月");
  /* Five of the 10th's eight lines, then how many more. */
  tuesday_10 = haven_report_table_get_cell (grid, 2, 1);
  g_test_message ("%s", tuesday_10);
  g_assert_true (g_str_has_prefix (tuesday_10, "10  初二\n16:30 兴趣小组"));
  g_assert_nonnull (strstr (tuesday_10, "08:00 期中家访 1"));
  g_assert_nonnull (strstr (tuesday_10, "+3 more"));
  g_assert_null (strstr (tuesday_10, "期中家访 7"));
  g_assert_cmpstr (haven_report_table_get_cell (grid, 5, 1), ==, "");

  /* The list holds November's eleven, not October's or December's. */
  lines = find_table (report, 1);
  g_assert_nonnull (lines);
  g_assert_cmpuint (haven_report_table_get_n_rows (lines), ==, 11);
  g_assert_cmpstr (haven_report_table_get_cell (lines, 0, 1), ==, "16:30");
  g_assert_nonnull (strstr (haven_report_table_get_cell (lines, 10, 2), "集体生日会"));
}

static void
test_report_term_plan (void)
{
  g_autoptr(GPtrArray) list = november ();
  g_autoptr(HavenReport) report = haven_report_new_term_plan ("2026—2027学年第一学期", "青山县红星镇中心小学", list,
                                                              "2026-11-22");
  HavenReportBlock *table = find_table (report, 0);
  guint groups = 0;

  g_assert_nonnull (table);
  g_assert_cmpuint (haven_report_table_get_n_columns (table), ==, 7);
  /* The weekly group once in October and once in November. */
  for (guint r = 0; r < haven_report_table_get_n_rows (table); r++)
    if (g_str_has_prefix (haven_report_table_get_cell (table, r, 3), "兴趣小组"))
      {
        groups++;
        g_assert_true (g_str_has_prefix (haven_report_table_get_cell (table, r, 1), "every week from"));
      }
  g_assert_cmpuint (groups, ==, 1);
  g_assert_cmpuint (haven_report_table_get_n_rows (table), ==, list->len - 1);
  /* Each month is named once, on its first line. */
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, 0), ==, "October 2026");
  g_assert_cmpstr (haven_report_table_get_cell (table, 1, 0), ==, "November 2026");
  g_assert_cmpstr (haven_report_table_get_cell (table, 2, 0), ==, "");
  g_assert_cmpstr (haven_report_table_get_cell (table, 1, 6), ==, "All");
}

/* Both print on A4: a PDF of whole pages. */
static void
test_report_calendar_pdf (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *path = haven_test_dir_file (dir, "month.pdf");
  g_autoptr(GPtrArray) list = november ();
  g_autoptr(HavenReport) month = NULL;
  g_autoptr(HavenReport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  GDate first;

  g_assert_true (haven_date_parse_iso ("2026-11-01", &first));
  month = haven_report_new_month (&first, list, "", TRUE, NULL);
  g_assert_true (haven_report_write_pdf (month, NULL, path, 0, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF"));
  /* A4, 595 × 842 points; the file holds NUL bytes, so not strstr. */
  g_assert_nonnull (memmem (data, length, "MediaBox [ 0 0 595 842", 22));
  g_assert_cmpuint (haven_report_paginate (month, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL), >=, 1);

  plan = haven_report_new_term_plan ("", NULL, list, NULL);
  g_assert_cmpuint (haven_report_paginate (plan, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-calendar/month", test_report_month);
  g_test_add_func ("/report-calendar/term-plan", test_report_term_plan);
  g_test_add_func ("/report-calendar/pdf", test_report_calendar_pdf);

  return g_test_run ();
}
