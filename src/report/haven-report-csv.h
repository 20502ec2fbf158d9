/* haven-report-csv.h: the tables of a report as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-report.h"

G_BEGIN_DECLS

/* The report's data tables as CSV (RFC 4180, CRLF line ends), UTF-8 with
 * a byte order mark so that WPS and Excel read Chinese correctly. Each
 * table is its header row and its rows; a titled table has its title on
 * a row of its own first, and tables are parted by an empty row. A cell
 * that starts like a formula (= + - @) gets a ' in front so that a
 * spreadsheet shows it instead of running it. NULL, with an error, when
 * the report has no table. */
GBytes   *haven_report_to_csv     (HavenReport   *report,
                                   GError       **error);

/* Writes haven_report_to_csv() to output_path as haven_report_write_pdf()
 * writes its PDF: private, whole or not at all, never on the database. */
gboolean  haven_report_write_csv  (HavenReport   *report,
                                   const char    *database_path,
                                   const char    *output_path,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
