/* haven-report-csv.c: the tables of a report as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-files.h"
#include "haven-report-csv.h"

/* WPS and Excel take a CSV without it for the local code page (GBK). */
#define UTF8_BOM "\xEF\xBB\xBF"

static void
append_cell (GString    *csv,
             const char *text)
{
  /* A spreadsheet runs a cell that starts like this as a formula. */
  gboolean guard = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@';

  if (guard || strpbrk (text, ",\"\r\n") != NULL || g_ascii_isspace (text[0])
      || (text[0] != '\0' && g_ascii_isspace (text[strlen (text) - 1])))
    {
      g_string_append_c (csv, '"');
      if (guard)
        g_string_append_c (csv, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (csv, '"');
          g_string_append_c (csv, *p);
        }
      g_string_append_c (csv, '"');
    }
  else
    g_string_append (csv, text);
}

static void
append_row (GString            *csv,
            const char * const *cells,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      append_cell (csv, cells[i] != NULL ? cells[i] : "");
    }
  g_string_append (csv, "\r\n");
}

static void
append_table (GString          *csv,
              HavenReportBlock *table)
{
  guint n = haven_report_table_get_n_columns (table);
  g_autofree const char **cells = g_new0 (const char *, n + 1);
  const char *title = haven_report_block_get_title (table);

  if (*title != '\0')
    append_row (csv, &title, 1);

  for (guint c = 0; c < n; c++)
    cells[c] = haven_report_table_get_header (table, c);
  append_row (csv, cells, n);

  for (guint r = 0; r < haven_report_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < n; c++)
        cells[c] = haven_report_table_get_cell (table, r, c);
      append_row (csv, cells, n);
    }
}

GBytes *
haven_report_to_csv (HavenReport  *report,
                     GError      **error)
{
  g_autoptr(GString) csv = NULL;
  guint n_tables = 0;

  g_return_val_if_fail (HAVEN_IS_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  csv = g_string_new (UTF8_BOM);
  for (guint i = 0; i < haven_report_get_n_blocks (report); i++)
    {
      HavenReportBlock *block = haven_report_get_block (report, i);

      if (haven_report_block_get_kind (block) != HAVEN_REPORT_BLOCK_TABLE)
        continue;
      if (n_tables++ > 0)
        g_string_append (csv, "\r\n");
      append_table (csv, block);
    }

  if (n_tables == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” has no table to export."), haven_report_get_title (report));
      return NULL;
    }
  return g_string_free_to_bytes (g_steal_pointer (&csv));
}

gboolean
haven_report_write_csv (HavenReport   *report,
                        const char    *database_path,
                        const char    *output_path,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(HavenOutputFile) output = NULL;
  g_autoptr(GBytes) csv = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (HAVEN_IS_REPORT (report), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  csv = haven_report_to_csv (report, error);
  if (csv == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  output = haven_output_file_new (database_path, output_path, error);
  if (output == NULL)
    return FALSE;

  data = g_bytes_get_data (csv, &length);
  if (!haven_output_file_write (output, data, length, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return haven_output_file_commit (output, error);
}
