/* haven-report.c: a printed report described as data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report"

#include "config.h"

#include "haven-report-private.h"

struct _HavenReport
{
  GObject                parent_instance;

  char                  *title;        /* owned */
  HavenReportPaper       paper;
  HavenReportLayout      layout;
  gboolean               page_numbers;
  char                  *footer;       /* owned; NULL for none */
  double                 text_scale;
  GPtrArray             *blocks;       /* owned; HavenReportBlock */
  HavenReportPagination *pagination;   /* owned; NULL until paginated */
};

G_DEFINE_FINAL_TYPE (HavenReport, haven_report, G_TYPE_OBJECT)

static void
cell_free (HavenReportCell *cell)
{
  g_free (cell->text);
  g_strfreev (cell->options);
  g_free (cell->ticked);
  g_free (cell);
}

static void
row_free (HavenReportRow *row)
{
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
column_clear (gpointer data)
{
  HavenReportColumn *column = data;

  g_free (column->header);
}

static void
sign_line_clear (gpointer data)
{
  HavenReportSignLine *line = data;

  g_free (line->label);
}

static void
block_free (HavenReportBlock *block)
{
  g_free (block->title);
  g_free (block->start);
  g_free (block->end);
  g_free (block->remark);
  g_free (block->text);
  g_free (block->widths);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->columns, g_array_unref);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

static void
haven_report_finalize (GObject *object)
{
  HavenReport *self = HAVEN_REPORT (object);

  g_free (self->title);
  g_free (self->footer);
  g_ptr_array_unref (self->blocks);
  g_clear_pointer (&self->pagination, haven_report_pagination_free);

  G_OBJECT_CLASS (haven_report_parent_class)->finalize (object);
}

static void
haven_report_class_init (HavenReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = haven_report_finalize;
}

static void
haven_report_init (HavenReport *self)
{
  g_assert (HAVEN_IS_REPORT (self));

  self->title = g_strdup ("");
  self->paper = HAVEN_REPORT_PAPER_A4;
  self->layout = HAVEN_REPORT_LAYOUT_FLOW;
  self->text_scale = 1.0;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

HavenReport *
haven_report_new (const char *title)
{
  HavenReport *self = g_object_new (HAVEN_TYPE_REPORT, NULL);

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  return self;
}

/* Any change makes the last pagination stale. */
static void
changed (HavenReport *self)
{
  g_assert (HAVEN_IS_REPORT (self));

  g_clear_pointer (&self->pagination, haven_report_pagination_free);
}

const char *
haven_report_get_title (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);

  return self->title;
}

void
haven_report_set_paper (HavenReport      *self,
                        HavenReportPaper  paper)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));
  g_return_if_fail (paper == HAVEN_REPORT_PAPER_A4 || paper == HAVEN_REPORT_PAPER_A5);

  self->paper = paper;
}

HavenReportPaper
haven_report_get_paper (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), HAVEN_REPORT_PAPER_A4);

  return self->paper;
}

void
haven_report_paper_get_size (HavenReportPaper  paper,
                             double           *width,
                             double           *height)
{
  gboolean a5 = paper == HAVEN_REPORT_PAPER_A5;

  if (width != NULL)
    *width = a5 ? HAVEN_REPORT_A5_WIDTH : HAVEN_REPORT_A4_WIDTH;
  if (height != NULL)
    *height = a5 ? HAVEN_REPORT_A5_HEIGHT : HAVEN_REPORT_A4_HEIGHT;
}

void
haven_report_get_paper_size (HavenReport *self,
                             double      *width,
                             double      *height)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));

  haven_report_paper_get_size (self->paper, width, height);
}

void
haven_report_set_layout (HavenReport       *self,
                         HavenReportLayout  layout)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));
  g_return_if_fail (layout == HAVEN_REPORT_LAYOUT_FLOW || layout == HAVEN_REPORT_LAYOUT_FIT_PAGE);

  if (self->layout == layout)
    return;
  self->layout = layout;
  changed (self);
}

HavenReportLayout
haven_report_get_layout (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), HAVEN_REPORT_LAYOUT_FLOW);

  return self->layout;
}

void
haven_report_set_page_numbers (HavenReport *self,
                               gboolean     page_numbers)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));

  page_numbers = !!page_numbers;
  if (self->page_numbers == page_numbers)
    return;
  self->page_numbers = page_numbers;
  changed (self);
}

gboolean
haven_report_get_page_numbers (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), FALSE);

  return self->page_numbers;
}

void
haven_report_set_footer (HavenReport *self,
                         const char  *footer)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));

  if (footer != NULL && *footer == '\0')
    footer = NULL;
  if (g_strcmp0 (self->footer, footer) == 0)
    return;
  g_free (self->footer);
  self->footer = g_strdup (footer);
  changed (self);
}

const char *
haven_report_get_footer (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);

  return self->footer;
}

void
haven_report_set_text_scale (HavenReport *self,
                             double       scale)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));
  g_return_if_fail (scale > 0);

  if (self->text_scale == scale)
    return;
  self->text_scale = scale;
  changed (self);
}

double
haven_report_get_text_scale (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), 1.0);

  return self->text_scale;
}

/* Building */

static HavenReportBlock *
add_block (HavenReport          *self,
           HavenReportBlockKind  kind,
           const char           *title)
{
  HavenReportBlock *block = g_new0 (HavenReportBlock, 1);

  g_assert (HAVEN_IS_REPORT (self));

  block->report = self;
  block->kind = kind;
  block->title = g_strdup (title != NULL ? title : "");
  g_ptr_array_add (self->blocks, block);
  changed (self);
  return block;
}

HavenReportBlock *
haven_report_add_heading (HavenReport *self,
                          const char  *title,
                          const char  *start,
                          const char  *end,
                          const char  *remark)
{
  HavenReportBlock *block;

  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);

  block = add_block (self, HAVEN_REPORT_BLOCK_HEADING, title);
  block->start = g_strdup (start != NULL ? start : "");
  block->end = g_strdup (end != NULL ? end : "");
  block->remark = g_strdup (remark != NULL ? remark : "");
  return block;
}

HavenReportBlock *
haven_report_add_section (HavenReport  *self,
                          const char   *title,
                          guint         n_columns,
                          const double *widths)
{
  HavenReportBlock *block;

  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);
  g_return_val_if_fail (widths != NULL, NULL);

  block = add_block (self, HAVEN_REPORT_BLOCK_SECTION, title);
  block->n_columns = n_columns;
  block->widths = g_memdup2 (widths, n_columns * sizeof (double));
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return block;
}

HavenReportRow *
haven_report_section_add_row (HavenReportBlock *section)
{
  HavenReportRow *row;

  g_return_val_if_fail (section != NULL && section->kind == HAVEN_REPORT_BLOCK_SECTION, NULL);

  row = g_new0 (HavenReportRow, 1);
  row->section = section;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  g_ptr_array_add (section->rows, row);
  haven_report_block_changed (section);
  return row;
}

/* Values are one paragraph on paper: line breaks typed into them would
 * otherwise each get their own line budget. */
static char *
flatten (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\r\n\t", ' ');
  return g_strdup (g_strstrip (copy));
}

HavenReportCell *
haven_report_row_add_cell (HavenReportRow      *row,
                           HavenReportCellKind  kind,
                           guint                span,
                           const char          *text)
{
  HavenReportCell *cell;

  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (kind <= HAVEN_REPORT_CELL_CHOICE, NULL);
  g_return_val_if_fail (span > 0, NULL);

  cell = g_new0 (HavenReportCell, 1);
  cell->kind = kind;
  cell->span = span;
  if (kind == HAVEN_REPORT_CELL_CHOICE)
    cell->text = g_strdup ("");
  else if (kind == HAVEN_REPORT_CELL_VALUE || kind == HAVEN_REPORT_CELL_NOTE)
    cell->text = flatten (text);
  else
    cell->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (row->cells, cell);
  haven_report_block_changed (row->section);
  return cell;
}

void
haven_report_row_add_field (HavenReportRow      *row,
                            const char          *label,
                            HavenReportCellKind  kind,
                            guint                span,
                            const char          *value)
{
  g_return_if_fail (row != NULL);
  g_return_if_fail (kind == HAVEN_REPORT_CELL_VALUE || kind == HAVEN_REPORT_CELL_NOTE);

  haven_report_row_add_cell (row, HAVEN_REPORT_CELL_LABEL, 1, label);
  haven_report_row_add_cell (row, kind, span, value);
}

HavenReportCell *
haven_report_row_add_choice (HavenReportRow     *row,
                             guint               span,
                             const char * const *options,
                             int                 chosen)
{
  HavenReportCell *cell;
  guint n;

  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  cell = haven_report_row_add_cell (row, HAVEN_REPORT_CELL_CHOICE, span, NULL);
  g_return_val_if_fail (cell != NULL, NULL);
  cell->options = g_strdupv ((char **) options);
  n = g_strv_length (cell->options);
  cell->ticked = g_new0 (gboolean, MAX (n, 1));
  if (chosen >= 0 && (guint) chosen < n)
    cell->ticked[chosen] = TRUE;
  return cell;
}

void
haven_report_cell_set_ticked (HavenReportCell *cell,
                              guint            option,
                              gboolean         ticked)
{
  g_return_if_fail (cell != NULL && cell->kind == HAVEN_REPORT_CELL_CHOICE);
  g_return_if_fail (option < g_strv_length (cell->options));

  /* A tick changes no size: the pages stand. */
  cell->ticked[option] = !!ticked;
}

HavenReportBlock *
haven_report_add_table (HavenReport *self,
                        const char  *title,
                        guint        n_columns)
{
  HavenReportBlock *block;

  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = add_block (self, HAVEN_REPORT_BLOCK_TABLE, title);
  block->columns = g_array_sized_new (FALSE, TRUE, sizeof (HavenReportColumn), n_columns);
  g_array_set_clear_func (block->columns, column_clear);
  for (guint i = 0; i < n_columns; i++)
    {
      HavenReportColumn column = { g_strdup (""), 1.0 / n_columns, 2 };

      g_array_append_val (block->columns, column);
    }
  block->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return block;
}

void
haven_report_table_set_column (HavenReportBlock *table,
                               guint             column,
                               const char       *header,
                               double            width,
                               guint             max_lines)
{
  HavenReportColumn *c;

  g_return_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE);
  g_return_if_fail (column < table->columns->len);
  g_return_if_fail (width > 0);

  c = &g_array_index (table->columns, HavenReportColumn, column);
  g_free (c->header);
  c->header = g_strdup (header != NULL ? header : "");
  c->width = width;
  c->max_lines = max_lines;
  haven_report_block_changed (table);
}

void
haven_report_table_set_min_row_height (HavenReportBlock *table,
                                       double            em)
{
  g_return_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE);
  g_return_if_fail (em >= 0);

  table->min_row_height = em;
  haven_report_block_changed (table);
}

void
haven_report_table_add_row (HavenReportBlock   *table,
                            const char * const *cells)
{
  guint n;
  char **row;

  g_return_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE);
  g_return_if_fail (cells != NULL);

  n = table->columns->len;
  row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->cells, row);
  haven_report_block_changed (table);
}

HavenReportBlock *
haven_report_add_note (HavenReport *self,
                       const char  *title,
                       const char  *text)
{
  HavenReportBlock *block;

  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);

  block = add_block (self, HAVEN_REPORT_BLOCK_NOTE, title);
  block->text = g_strdup (text != NULL ? text : "");
  return block;
}

HavenReportBlock *
haven_report_add_signature (HavenReport *self)
{
  HavenReportBlock *block;

  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);

  block = add_block (self, HAVEN_REPORT_BLOCK_SIGNATURE, NULL);
  block->lines = g_array_new (FALSE, TRUE, sizeof (HavenReportSignLine));
  g_array_set_clear_func (block->lines, sign_line_clear);
  return block;
}

void
haven_report_signature_add_line (HavenReportBlock *signature,
                                 const char       *label,
                                 double            width)
{
  HavenReportSignLine line;

  g_return_if_fail (signature != NULL && signature->kind == HAVEN_REPORT_BLOCK_SIGNATURE);
  g_return_if_fail (width > 0 && width <= 1);

  line.label = g_strdup (label != NULL ? label : "");
  line.width = width;
  g_array_append_val (signature->lines, line);
  haven_report_block_changed (signature);
}

void
haven_report_add_page_break (HavenReport *self)
{
  g_return_if_fail (HAVEN_IS_REPORT (self));

  add_block (self, HAVEN_REPORT_BLOCK_PAGE_BREAK, NULL);
}

/* Reading */

guint
haven_report_get_n_blocks (HavenReport *self)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), 0);

  return self->blocks->len;
}

HavenReportBlock *
haven_report_get_block (HavenReport *self,
                        guint        index)
{
  g_return_val_if_fail (HAVEN_IS_REPORT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

HavenReportBlockKind
haven_report_block_get_kind (HavenReportBlock *block)
{
  g_return_val_if_fail (block != NULL, HAVEN_REPORT_BLOCK_PAGE_BREAK);

  return block->kind;
}

const char *
haven_report_block_get_title (HavenReportBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return block->title;
}

const char *
haven_report_heading_get_start (HavenReportBlock *heading)
{
  g_return_val_if_fail (heading != NULL && heading->kind == HAVEN_REPORT_BLOCK_HEADING, NULL);

  return heading->start;
}

const char *
haven_report_heading_get_end (HavenReportBlock *heading)
{
  g_return_val_if_fail (heading != NULL && heading->kind == HAVEN_REPORT_BLOCK_HEADING, NULL);

  return heading->end;
}

const char *
haven_report_heading_get_remark (HavenReportBlock *heading)
{
  g_return_val_if_fail (heading != NULL && heading->kind == HAVEN_REPORT_BLOCK_HEADING, NULL);

  return heading->remark;
}

const char *
haven_report_note_get_text (HavenReportBlock *note)
{
  g_return_val_if_fail (note != NULL && note->kind == HAVEN_REPORT_BLOCK_NOTE, NULL);

  return note->text;
}

guint
haven_report_section_get_n_columns (HavenReportBlock *section)
{
  g_return_val_if_fail (section != NULL && section->kind == HAVEN_REPORT_BLOCK_SECTION, 0);

  return section->n_columns;
}

double
haven_report_section_get_column_width (HavenReportBlock *section,
                                       guint             column)
{
  g_return_val_if_fail (section != NULL && section->kind == HAVEN_REPORT_BLOCK_SECTION, 0);
  g_return_val_if_fail (column < section->n_columns, 0);

  return section->widths[column];
}

guint
haven_report_section_get_n_rows (HavenReportBlock *section)
{
  g_return_val_if_fail (section != NULL && section->kind == HAVEN_REPORT_BLOCK_SECTION, 0);

  return section->rows->len;
}

HavenReportRow *
haven_report_section_get_row (HavenReportBlock *section,
                              guint             index)
{
  g_return_val_if_fail (section != NULL && section->kind == HAVEN_REPORT_BLOCK_SECTION, NULL);
  g_return_val_if_fail (index < section->rows->len, NULL);

  return g_ptr_array_index (section->rows, index);
}

guint
haven_report_row_get_n_cells (HavenReportRow *row)
{
  g_return_val_if_fail (row != NULL, 0);

  return row->cells->len;
}

HavenReportCell *
haven_report_row_get_cell (HavenReportRow *row,
                           guint           index)
{
  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (index < row->cells->len, NULL);

  return g_ptr_array_index (row->cells, index);
}

HavenReportCellKind
haven_report_cell_get_kind (HavenReportCell *cell)
{
  g_return_val_if_fail (cell != NULL, HAVEN_REPORT_CELL_VALUE);

  return cell->kind;
}

guint
haven_report_cell_get_span (HavenReportCell *cell)
{
  g_return_val_if_fail (cell != NULL, 0);

  return cell->span;
}

const char *
haven_report_cell_get_text (HavenReportCell *cell)
{
  g_return_val_if_fail (cell != NULL, NULL);

  return cell->text;
}

const char * const *
haven_report_cell_get_options (HavenReportCell *cell)
{
  g_return_val_if_fail (cell != NULL, NULL);

  return (const char * const *) cell->options;
}

gboolean
haven_report_cell_get_ticked (HavenReportCell *cell,
                              guint            option)
{
  g_return_val_if_fail (cell != NULL, FALSE);

  if (cell->kind != HAVEN_REPORT_CELL_CHOICE || option >= g_strv_length (cell->options))
    return FALSE;
  return cell->ticked[option];
}

guint
haven_report_table_get_n_columns (HavenReportBlock *table)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, 0);

  return table->columns->len;
}

const char *
haven_report_table_get_header (HavenReportBlock *table,
                               guint             column)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, NULL);
  g_return_val_if_fail (column < table->columns->len, NULL);

  return g_array_index (table->columns, HavenReportColumn, column).header;
}

double
haven_report_table_get_column_width (HavenReportBlock *table,
                                     guint             column)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, 0);
  g_return_val_if_fail (column < table->columns->len, 0);

  return g_array_index (table->columns, HavenReportColumn, column).width;
}

guint
haven_report_table_get_max_lines (HavenReportBlock *table,
                                  guint             column)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, 0);
  g_return_val_if_fail (column < table->columns->len, 0);

  return g_array_index (table->columns, HavenReportColumn, column).max_lines;
}

guint
haven_report_table_get_n_rows (HavenReportBlock *table)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, 0);

  return table->cells->len;
}

const char *
haven_report_table_get_cell (HavenReportBlock *table,
                             guint             row,
                             guint             column)
{
  g_return_val_if_fail (table != NULL && table->kind == HAVEN_REPORT_BLOCK_TABLE, NULL);
  g_return_val_if_fail (row < table->cells->len, NULL);
  g_return_val_if_fail (column < table->columns->len, NULL);

  return ((char **) g_ptr_array_index (table->cells, row))[column];
}

guint
haven_report_signature_get_n_lines (HavenReportBlock *signature)
{
  g_return_val_if_fail (signature != NULL && signature->kind == HAVEN_REPORT_BLOCK_SIGNATURE, 0);

  return signature->lines->len;
}

const char *
haven_report_signature_get_label (HavenReportBlock *signature,
                                  guint             index)
{
  g_return_val_if_fail (signature != NULL && signature->kind == HAVEN_REPORT_BLOCK_SIGNATURE, NULL);
  g_return_val_if_fail (index < signature->lines->len, NULL);

  return g_array_index (signature->lines, HavenReportSignLine, index).label;
}

/* For the renderer */

HavenReportPagination *
haven_report_get_pagination (HavenReport *self)
{
  g_assert (HAVEN_IS_REPORT (self));

  return self->pagination;
}

void
haven_report_set_pagination (HavenReport           *self,
                             HavenReportPagination *pagination)
{
  g_assert (HAVEN_IS_REPORT (self));

  g_clear_pointer (&self->pagination, haven_report_pagination_free);
  self->pagination = pagination;
}

void
haven_report_block_changed (HavenReportBlock *block)
{
  g_assert (block != NULL);

  changed (block->report);
}

GPtrArray *
haven_report_get_blocks (HavenReport *self)
{
  g_assert (HAVEN_IS_REPORT (self));

  return self->blocks;
}
