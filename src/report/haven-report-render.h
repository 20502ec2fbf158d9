/* haven-report-render.h: a report on paper, with cairo and Pango
 *
 * Sizes are in the cairo context's user units, which the callers set to
 * points. Text is measured with unhinted metrics, so a page laid out for
 * one surface (an image, a PDF, a printer) fits all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "haven-report.h"

G_BEGIN_DECLS

/* The blank border kept on every side of a page of this width and
 * height; nothing is drawn there. */
double  haven_report_page_margin  (double       width,
                                   double       height);

/* Works out the pages of the report on paper of width × height and
 * returns how many there are (at least 1). measure_cr is any cairo
 * context to measure text with (the print context's, say), or NULL for a
 * private one. The result is kept until the report changes. */
guint   haven_report_paginate     (HavenReport *report,
                                   double       width,
                                   double       height,
                                   cairo_t     *measure_cr);

/* Draws page (from 0, as GtkPrintOperation counts) at the current origin
 * of cr, paginating first when the report was not paginated for this
 * size. A page past the end draws nothing. */
void    haven_report_draw_page    (HavenReport *report,
                                   cairo_t     *cr,
                                   guint        page,
                                   double       width,
                                   double       height);

G_END_DECLS
