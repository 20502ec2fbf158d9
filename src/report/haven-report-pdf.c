/* haven-report-pdf.c: a report written to a PDF file
 *
 * cairo streams the PDF through a callback into the model's
 * HavenOutputFile, so the file is private from its first byte and takes
 * its name only when whole. The cancellable is checked between pages and
 * on every write, so a long report stops soon after it is cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "haven-files.h"
#include "haven-report-pdf.h"
#include "haven-report-render.h"

typedef struct
{
  HavenOutputFile *output;       /* borrowed */
  GCancellable    *cancellable;  /* borrowed; may be NULL */
  GError          *error;        /* owned; the first failure */
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  if (!haven_output_file_write (sink->output, data, length, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
haven_report_write_pdf (HavenReport   *report,
                        const char    *database_path,
                        const char    *output_path,
                        double         width,
                        double         height,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(HavenOutputFile) output = NULL;
  Sink sink = { NULL, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (HAVEN_IS_REPORT (report), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (width >= 0 && height >= 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0)
    haven_report_get_paper_size (report, &width, &height);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  output = haven_output_file_new (database_path, output_path, error);
  if (output == NULL)
    return FALSE;
  sink.output = output;

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, haven_report_get_title (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Haven " PACKAGE_VERSION);
  cr = cairo_create (surface);

  /* Measured on the PDF itself, as it will be drawn. */
  n_pages = haven_report_paginate (report, width, height, cr);
  for (guint page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
    {
      if (sink.error == NULL)
        g_cancellable_set_error_if_cancelled (cancellable, &sink.error);
      if (sink.error != NULL)
        break;
      haven_report_draw_page (report, cr, page, width, height);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* Freeing the output file unlinks what was written so far. */
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw “%s”: %s"), haven_report_get_title (report),
                   cairo_status_to_string (status));
      return FALSE;
    }

  return haven_output_file_commit (output, error);
}
