/* haven-card-renderer.h: contact cards (联系卡) and class rosters (花名册) on paper
 *
 * Draws with cairo and Pango only, so the same code serves the print dialog,
 * the headless PDF export and the tests. Sizes are in the cairo context's
 * user units, which the callers set to points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "haven-child-file.h"

G_BEGIN_DECLS

/* Page sizes in points, portrait. */
#define HAVEN_CARD_A4_WIDTH  595.0
#define HAVEN_CARD_A4_HEIGHT 842.0
#define HAVEN_CARD_A5_WIDTH  420.0
#define HAVEN_CARD_A5_HEIGHT 595.0

/* The blank border the renderer keeps on every side of a page of this
 * width and height; nothing is drawn there. */
double haven_card_renderer_margin              (double          width,
                                                double          height);

/* Draws one child's contact card on a page of width × height, starting at
 * the current origin. school_name may be "" or NULL; printed_on is the day
 * the card is printed, YYYY-MM-DD, also used to work out the child's age
 * (NULL means today). The text shrinks, then long notes are cut short with
 * an ellipsis, so the card never leaves the page. */
void   haven_card_renderer_draw_card           (cairo_t        *cr,
                                                double          width,
                                                double          height,
                                                HavenChildFile *file,
                                                const char     *school_name,
                                                const char     *printed_on);

/* How many children one roster page of this height lists. */
guint  haven_card_renderer_roster_rows_per_page (double         height);

/* Draws one page of a class roster: children[first .. first + count - 1],
 * which are HavenChild records loaded with their derived fields. page counts
 * from 0, as GtkPrintOperation's pages do; the sheet says "Page page + 1 of
 * n_pages". Numbering continues across pages. */
void   haven_card_renderer_draw_roster         (cairo_t        *cr,
                                                double          width,
                                                double          height,
                                                const char     *class_name,
                                                GPtrArray      *children,
                                                guint           first,
                                                guint           count,
                                                guint           page,
                                                guint           n_pages);

G_END_DECLS
