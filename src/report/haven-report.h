/* haven-report.h: a printed report described as data
 *
 * A report is a title, a paper size and an ordered list of blocks:
 * headings, sections of label and value cells, data tables, notes,
 * signature lines and page breaks. The renderer lays it out on paper, the
 * PDF writer and the print dialog draw it, and the CSV writer reads its
 * tables, so every output shares one description. Nothing here knows GTK.
 *
 * Blocks, rows and cells belong to their report: the pointers the builder
 * calls return stay valid as long as the report does. Texts are copied.
 * A report is not thread-safe; hand it to one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Page sizes in points, portrait. */
#define HAVEN_REPORT_A4_WIDTH  595.0
#define HAVEN_REPORT_A4_HEIGHT 842.0
#define HAVEN_REPORT_A5_WIDTH  420.0
#define HAVEN_REPORT_A5_HEIGHT 595.0

typedef enum
{
  HAVEN_REPORT_PAPER_A4,
  HAVEN_REPORT_PAPER_A5,
} HavenReportPaper;

typedef enum
{
  /* Blocks run on over as many pages as they take; a table that reaches
   * the foot of a page continues on the next with its header repeated. */
  HAVEN_REPORT_LAYOUT_FLOW,
  /* Each stretch between page breaks goes on one page: its text shrinks,
   * then notes are cut short, until it fits (a contact card). */
  HAVEN_REPORT_LAYOUT_FIT_PAGE,
} HavenReportLayout;

typedef enum
{
  HAVEN_REPORT_BLOCK_HEADING,
  HAVEN_REPORT_BLOCK_SECTION,
  HAVEN_REPORT_BLOCK_TABLE,
  HAVEN_REPORT_BLOCK_NOTE,
  HAVEN_REPORT_BLOCK_SIGNATURE,
  HAVEN_REPORT_BLOCK_PAGE_BREAK,
} HavenReportBlockKind;

typedef enum
{
  HAVEN_REPORT_CELL_LABEL,    /* a field's name, on grey */
  HAVEN_REPORT_CELL_HEADING,  /* a column heading, bold on grey */
  HAVEN_REPORT_CELL_VALUE,    /* a short value, a few lines at most */
  HAVEN_REPORT_CELL_NOTE,     /* free text, cut short when it must be */
  HAVEN_REPORT_CELL_CHOICE,   /* options with a box each, some ticked */
} HavenReportCellKind;

typedef struct _HavenReportBlock HavenReportBlock;
typedef struct _HavenReportRow   HavenReportRow;
typedef struct _HavenReportCell  HavenReportCell;

#define HAVEN_TYPE_REPORT (haven_report_get_type ())

G_DECLARE_FINAL_TYPE (HavenReport, haven_report, HAVEN, REPORT, GObject)

/* title names the report (the PDF's title, the print job); it is not
 * drawn unless a heading repeats it. The report starts in A4, flowing,
 * without page numbers. */
HavenReport          *haven_report_new                    (const char          *title);

const char           *haven_report_get_title              (HavenReport         *self);
void                  haven_report_set_paper              (HavenReport         *self,
                                                           HavenReportPaper     paper);
HavenReportPaper      haven_report_get_paper              (HavenReport         *self);
/* The size of the report's paper in points. */
void                  haven_report_get_paper_size         (HavenReport         *self,
                                                           double              *width,
                                                           double              *height);
void                  haven_report_paper_get_size         (HavenReportPaper     paper,
                                                           double              *width,
                                                           double              *height);
void                  haven_report_set_layout             (HavenReport         *self,
                                                           HavenReportLayout    layout);
HavenReportLayout     haven_report_get_layout             (HavenReport         *self);
/* "Page N of M" at the foot of every page. */
void                  haven_report_set_page_numbers       (HavenReport         *self,
                                                           gboolean             page_numbers);
gboolean              haven_report_get_page_numbers       (HavenReport         *self);
/* A text at the foot of every page, left of the page number (the class
 * of a roster, so a loose page still says whose it is); NULL for none. */
void                  haven_report_set_footer             (HavenReport         *self,
                                                           const char          *footer);
const char           *haven_report_get_footer             (HavenReport         *self);
/* The body text is a fiftieth of the page's width times scale (1.0):
 * an A5 page is an A4 page made smaller. Dense tables use less. */
void                  haven_report_set_text_scale         (HavenReport         *self,
                                                           double               scale);
double                haven_report_get_text_scale         (HavenReport         *self);

/* Building: each call appends a block. */

/* A title, centred, over a line with start flush left and end flush
 * right (the school, the print date), then remark in bold (a child's
 * status) when it is not empty. Any text may be NULL or "". */
HavenReportBlock     *haven_report_add_heading            (HavenReport         *self,
                                                           const char          *title,
                                                           const char          *start,
                                                           const char          *end,
                                                           const char          *remark);
/* A titled grid of n_columns columns; widths are fractions of the page's
 * width between the margins, one per column, that add up to 1. */
HavenReportBlock     *haven_report_add_section            (HavenReport         *self,
                                                           const char          *title,
                                                           guint                n_columns,
                                                           const double        *widths);
HavenReportRow       *haven_report_section_add_row        (HavenReportBlock    *section);
/* A cell spanning span columns. Values and notes are printed on one
 * paragraph: line breaks typed into them become spaces. */
HavenReportCell      *haven_report_row_add_cell           (HavenReportRow      *row,
                                                           HavenReportCellKind  kind,
                                                           guint                span,
                                                           const char          *text);
/* A label in one column, then its value (a VALUE or NOTE cell) over span. */
void                  haven_report_row_add_field          (HavenReportRow      *row,
                                                           const char          *label,
                                                           HavenReportCellKind  kind,
                                                           guint                span,
                                                           const char          *value);
/* Tick boxes, one per option; chosen is ticked, -1 for none. Tick more
 * with haven_report_cell_set_ticked(). */
HavenReportCell      *haven_report_row_add_choice         (HavenReportRow      *row,
                                                           guint                span,
                                                           const char * const  *options,
                                                           int                  chosen);
void                  haven_report_cell_set_ticked        (HavenReportCell     *cell,
                                                           guint                option,
                                                           gboolean             ticked);

/* A data table of n_columns columns; title may be NULL. Until set, each
 * column is equally wide, has no header and holds two lines. */
HavenReportBlock     *haven_report_add_table              (HavenReport         *self,
                                                           const char          *title,
                                                           guint                n_columns);
/* width is a fraction of the table's width; max_lines is per paragraph
 * of a cell (a cell's own line breaks are kept), 0 for no limit. */
void                  haven_report_table_set_column       (HavenReportBlock    *table,
                                                           guint                column,
                                                           const char          *header,
                                                           double               width,
                                                           guint                max_lines);
/* Rows are at least this many times the text size tall, to leave room
 * to write in; 0 (the default) for as tall as their text. */
void                  haven_report_table_set_min_row_height (HavenReportBlock  *table,
                                                           double               em);
/* One text per column; NULL texts are empty. */
void                  haven_report_table_add_row          (HavenReportBlock    *table,
                                                           const char * const  *cells);
/* A paragraph, with a bold title when title is not empty. On a page of
 * its own it is cut short only when it would not fit the page. */
HavenReportBlock     *haven_report_add_note               (HavenReport         *self,
                                                           const char          *title,
                                                           const char          *text);
/* Lines to sign on, side by side; at the foot of the page when it is the
 * last block there. */
HavenReportBlock     *haven_report_add_signature          (HavenReport         *self);
/* width is the fraction of the page's width the label and its line take. */
void                  haven_report_signature_add_line     (HavenReportBlock    *signature,
                                                           const char          *label,
                                                           double               width);
void                  haven_report_add_page_break         (HavenReport         *self);

/* Reading, for writers and tests. */

guint                 haven_report_get_n_blocks           (HavenReport         *self);
HavenReportBlock     *haven_report_get_block              (HavenReport         *self,
                                                           guint                index);
HavenReportBlockKind  haven_report_block_get_kind         (HavenReportBlock    *block);
/* The title of a heading, section, table or note; "" when none. */
const char           *haven_report_block_get_title        (HavenReportBlock    *block);
const char           *haven_report_heading_get_start      (HavenReportBlock    *heading);
const char           *haven_report_heading_get_end        (HavenReportBlock    *heading);
const char           *haven_report_heading_get_remark     (HavenReportBlock    *heading);
const char           *haven_report_note_get_text          (HavenReportBlock    *note);

guint                 haven_report_section_get_n_columns  (HavenReportBlock    *section);
double                haven_report_section_get_column_width (HavenReportBlock  *section,
                                                           guint                column);
guint                 haven_report_section_get_n_rows     (HavenReportBlock    *section);
HavenReportRow       *haven_report_section_get_row        (HavenReportBlock    *section,
                                                           guint                index);
guint                 haven_report_row_get_n_cells        (HavenReportRow      *row);
HavenReportCell      *haven_report_row_get_cell           (HavenReportRow      *row,
                                                           guint                index);
HavenReportCellKind   haven_report_cell_get_kind          (HavenReportCell     *cell);
guint                 haven_report_cell_get_span          (HavenReportCell     *cell);
/* "" for a choice. */
const char           *haven_report_cell_get_text          (HavenReportCell     *cell);
/* NULL unless a choice. */
const char * const   *haven_report_cell_get_options       (HavenReportCell     *cell);
gboolean              haven_report_cell_get_ticked        (HavenReportCell     *cell,
                                                           guint                option);

guint                 haven_report_table_get_n_columns    (HavenReportBlock    *table);
const char           *haven_report_table_get_header       (HavenReportBlock    *table,
                                                           guint                column);
double                haven_report_table_get_column_width (HavenReportBlock    *table,
                                                           guint                column);
guint                 haven_report_table_get_max_lines    (HavenReportBlock    *table,
                                                           guint                column);
guint                 haven_report_table_get_n_rows       (HavenReportBlock    *table);
const char           *haven_report_table_get_cell         (HavenReportBlock    *table,
                                                           guint                row,
                                                           guint                column);

guint                 haven_report_signature_get_n_lines  (HavenReportBlock    *signature);
const char           *haven_report_signature_get_label    (HavenReportBlock    *signature,
                                                           guint                index);

G_END_DECLS
