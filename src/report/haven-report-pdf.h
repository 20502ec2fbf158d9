/* haven-report-pdf.h: a report written to a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-report.h"

G_BEGIN_DECLS

/* Writes every page of report to output_path, on paper of width × height
 * points (0 × 0 for the report's own paper). The file is private (0600)
 * and appears only once it is whole; on failure or cancellation nothing
 * is left behind and an existing file there is kept. A path that lands on
 * the database at database_path, or on any SQLite database, is refused
 * (HAVEN_STORE_ERROR_OUTPUT); database_path may be NULL when there is no
 * database to protect. Runs in the calling thread: call it from a worker
 * for a long report, and touch the report nowhere else meanwhile. */
gboolean  haven_report_write_pdf  (HavenReport   *report,
                                   const char    *database_path,
                                   const char    *output_path,
                                   double         width,
                                   double         height,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
