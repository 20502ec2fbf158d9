/* haven-report-render.c: a report on paper, with cairo and Pango
 *
 * Pagination runs the same layout code as drawing, with drawing turned
 * off, and keeps where each block (or each run of a table's rows) goes on
 * which page; drawing a page then replays only that page. A FIT_PAGE
 * report is measured at falling text sizes until each of its pages fits,
 * as the paper contact card always has one page; a FLOW report runs on,
 * and a table continues on the next page under its repeated header.
 * Long notes are cut short with an ellipsis rather than pushed off the
 * page, and everything is clipped to the area inside the margins as a
 * last guard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-report-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "haven-report-private.h"
#include "haven-report-render.h"

/* Chinese needs a CJK face; "Sans" is the fallback where it is missing. */
#define FONT_FAMILY "Noto Sans CJK SC,Sans"

/* Greys that still show on a cheap black-and-white printer. */
#define LABEL_GREY   0.92
#define HEADING_GREY 0.80

/* How big things are on this attempt at fitting the page. */
typedef struct
{
  cairo_t      *cr;          /* borrowed */
  PangoContext *context;     /* owned */
  double        font;        /* body text size */
  int           note_lines;  /* most lines a note cell may take */
  int           value_lines; /* most lines a short value may take */
  double        pad;         /* inside each cell */
  double        line_width;
  double        extra;       /* added to the height of each section row */
  gboolean      draw;        /* FALSE while measuring */
} State;

/* Each attempt shrinks the text a little more, then allows fewer lines
 * for notes, until the page fits. A flowing report uses the first. */
typedef struct
{
  double scale;
  int    note_lines;
  int    value_lines;
} Attempt;

static const Attempt attempts[] = {
  { 1.00, 8, 3 }, { 0.95, 8, 3 }, { 0.90, 8, 3 }, { 0.85, 6, 3 }, { 0.80, 6, 3 },
  { 0.76, 4, 2 }, { 0.72, 4, 2 }, { 0.68, 3, 2 }, { 0.64, 2, 2 }, { 0.60, 2, 1 },
  { 0.60, 1, 1 },
};

/* Where a block, or part of one, goes on a page. */
typedef struct
{
  guint  block;
  guint  first;      /* the first row (line of a note) here */
  guint  last;       /* one past the last row (line) here */
  int    max_lines;  /* notes cut short to fit a page; 0 when their lines
                      * first .. last - 1 are here */
  double y;          /* the top, from the page's top edge */
} Placement;

typedef struct
{
  GArray *placements;  /* Placement */
  guint   attempt;
  double  extra;
} Page;

struct _HavenReportPagination
{
  double     width;
  double     height;
  GPtrArray *pages;  /* Page */
};

typedef struct
{
  double width;
  double height;
  double margin;
  double x;          /* the left edge of the content */
  double content_w;
  double top;
  double bottom;     /* where content stops, above the footer */
  double base_font;
  double footer_font;
  double footer_y;   /* the top of the footer; unused without one */
  gboolean footer;
} Geometry;

static void
page_free (Page *page)
{
  g_array_unref (page->placements);
  g_free (page);
}

static Page *
page_new (guint  attempt,
          double extra)
{
  Page *page = g_new0 (Page, 1);

  page->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  page->attempt = attempt;
  page->extra = extra;
  return page;
}

void
haven_report_pagination_free (HavenReportPagination *pagination)
{
  if (pagination == NULL)
    return;
  g_ptr_array_unref (pagination->pages);
  g_free (pagination);
}

double
haven_report_page_margin (double width,
                          double height)
{
  return MIN (width, height) * 0.05;
}

/* Layouts */

static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics make a page measure the same on screen, in a PDF and
   * on a printer, so a page that fits one fits them all. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  /* Points are coarse: glyphs rounded to whole units space out unevenly. */
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static gboolean
is_quote (gunichar c)
{
  return c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* The CJK face draws curly quotes full width, which tears English words
 * such as "Guardian’s" apart; quotes touching Latin letters get the face's
 * proportional forms instead. */
static PangoAttrList *
latin_quote_attributes (const char *text)
{
  PangoAttrList *attrs = NULL;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_quote (c) && ((previous < 0x80 && g_ascii_isalnum (previous))
                           || (*next != '\0' && (guchar) *next < 0x80 && g_ascii_isalnum (*next))))
        {
          PangoAttribute *attr = pango_attr_font_features_new ("pwid");

          attr->start_index = p - text;
          attr->end_index = next - text;
          if (attrs == NULL)
            attrs = pango_attr_list_new ();
          pango_attr_list_insert (attrs, attr);
        }
      previous = c;
    }

  return attrs;
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            double        size,
            gboolean      bold,
            double        width,
            int           max_lines)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoAttrList *attrs;

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, MAX (size, 1.0) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          /* A negative height counts lines; each paragraph gets that
           * many, which is why values and notes are one paragraph. */
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  text = text != NULL ? text : "";
  pango_layout_set_text (layout, text, -1);
  attrs = latin_quote_attributes (text);
  if (attrs != NULL)
    {
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

static void
show_layout (State       *s,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (s->cr, x, y);
  pango_cairo_show_layout (s->cr, layout);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Two texts on one line, one flush left and one flush right. */
static double
layout_line_pair (State      *s,
                  const char *left,
                  const char *right,
                  double      size,
                  double      x,
                  double      y,
                  double      width,
                  int         left_lines)
{
  g_autoptr(PangoLayout) right_layout = new_layout (s->context, right, size, FALSE, width * 0.45, 1);
  g_autoptr(PangoLayout) left_layout = NULL;
  double right_w, right_h, left_h;

  layout_size (right_layout, &right_w, &right_h);
  left_layout = new_layout (s->context, left, size, FALSE, width - right_w - size, left_lines);
  layout_size (left_layout, NULL, &left_h);

  if (s->draw)
    {
      show_layout (s, left_layout, x, y);
      show_layout (s, right_layout, x + width - right_w, y);
    }
  return MAX (left_h, right_h);
}

/* Columns */

static double
fraction_x (const double *widths,
            guint         n,
            guint         column,
            double        width)
{
  double total = 0, before = 0;

  for (guint i = 0; i < n; i++)
    {
      total += widths[i];
      if (i < column)
        before += widths[i];
    }
  return total > 0 ? before / total * width : 0;
}

static double
section_column_x (const HavenReportBlock *section,
                  guint                   column,
                  double                  width)
{
  return fraction_x (section->widths, section->n_columns, column, width);
}

static double
table_column_x (const HavenReportBlock *table,
                guint                   column,
                double                  width)
{
  double total = 0, before = 0;

  for (guint i = 0; i < table->columns->len; i++)
    {
      double w = g_array_index (table->columns, HavenReportColumn, i).width;

      total += w;
      if (i < column)
        before += w;
    }
  return total > 0 ? before / total * width : 0;
}

/* Section cells */

static void
draw_box (State    *s,
          double    x,
          double    y,
          double    size,
          gboolean  ticked)
{
  cairo_t *cr = s->cr;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MAX (s->line_width, size * 0.08));
  cairo_rectangle (cr, x, y, size, size);
  cairo_stroke (cr);
  if (ticked)
    {
      cairo_set_line_width (cr, size * 0.16);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, x + size * 0.18, y + size * 0.52);
      cairo_line_to (cr, x + size * 0.42, y + size * 0.78);
      cairo_line_to (cr, x + size * 0.84, y + size * 0.2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Options flow like words: a box, the option, a gap, the next box. */
static double
flow_choice (State                 *s,
             const HavenReportCell *cell,
             double                 x,
             double                 y,
             double                 width,
             gboolean               draw)
{
  double box = s->font * 0.8;
  double gap = s->font * 0.3;
  double spacing = s->font * 1.2;
  double line_x = 0, line_y = 0, line_h = 0;

  if (cell->options == NULL)
    return 0;

  for (guint i = 0; cell->options[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (s->context, cell->options[i], s->font, FALSE,
                                                  width - box - gap, s->value_lines);
      double text_w, text_h, item_w;

      layout_size (layout, &text_w, &text_h);
      item_w = box + gap + text_w;
      if (line_x > 0 && line_x + item_w > width)
        {
          line_y += line_h + s->font * 0.2;
          line_x = 0;
          line_h = 0;
        }

      if (draw)
        {
          double baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

          draw_box (s, x + line_x, y + line_y + baseline - box * 0.92, box, cell->ticked[i]);
          show_layout (s, layout, x + line_x + box + gap, y + line_y);
        }

      line_x += item_w + spacing;
      line_h = MAX (line_h, text_h);
    }

  return line_y + line_h;
}

static PangoLayout *
cell_layout (State                 *s,
             const HavenReportCell *cell,
             double                 inner_width)
{
  switch (cell->kind)
    {
    case HAVEN_REPORT_CELL_LABEL:
      return new_layout (s->context, cell->text, s->font * 0.92, FALSE, inner_width, 3);
    case HAVEN_REPORT_CELL_HEADING:
      return new_layout (s->context, cell->text, s->font, TRUE, inner_width, 2);
    case HAVEN_REPORT_CELL_VALUE:
      return new_layout (s->context, cell->text, s->font, FALSE, inner_width, s->value_lines);
    case HAVEN_REPORT_CELL_NOTE:
      return new_layout (s->context, cell->text, s->font, FALSE, inner_width, s->note_lines);
    case HAVEN_REPORT_CELL_CHOICE:
    default:
      return NULL;
    }
}

static double
cell_content_height (State                 *s,
                     const HavenReportCell *cell,
                     double                 inner_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (cell->kind == HAVEN_REPORT_CELL_CHOICE)
    return flow_choice (s, cell, 0, 0, inner_width, FALSE);

  layout = cell_layout (s, cell, inner_width);
  layout_size (layout, NULL, &height);
  return height;
}

static void
draw_cell (State                 *s,
           const HavenReportCell *cell,
           double                 x,
           double                 y,
           double                 width,
           double                 height)
{
  cairo_t *cr = s->cr;
  double inner = width - 2 * s->pad;
  g_autoptr(PangoLayout) layout = NULL;
  double content_h;

  if (cell->kind == HAVEN_REPORT_CELL_LABEL || cell->kind == HAVEN_REPORT_CELL_HEADING)
    {
      double grey = cell->kind == HAVEN_REPORT_CELL_LABEL ? LABEL_GREY : HEADING_GREY;

      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, s->line_width);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  if (cell->kind == HAVEN_REPORT_CELL_CHOICE)
    {
      content_h = flow_choice (s, cell, 0, 0, inner, FALSE);
      flow_choice (s, cell, x + s->pad, y + (height - content_h) / 2, inner, TRUE);
      return;
    }

  layout = cell_layout (s, cell, inner);
  layout_size (layout, NULL, &content_h);
  if (cell->kind == HAVEN_REPORT_CELL_HEADING)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  show_layout (s, layout, x + s->pad, y + (height - content_h) / 2);
}

/* Sections */

static double
min_row_height (State *s)
{
  /* Room to write a value in by hand when it is blank. */
  return s->font * 1.5 + 2 * s->pad;
}

static double
band_height (State *s)
{
  return s->font * 1.45 + 2 * s->pad;
}

static double
section_row_height (State                  *s,
                    const HavenReportBlock *section,
                    const HavenReportRow   *row,
                    double                  width)
{
  double height = min_row_height (s);
  guint column = 0;

  for (guint i = 0; i < row->cells->len; i++)
    {
      const HavenReportCell *cell = g_ptr_array_index (row->cells, i);
      double cell_w = section_column_x (section, column + cell->span, width)
                      - section_column_x (section, column, width);

      height = MAX (height, cell_content_height (s, cell, cell_w - 2 * s->pad) + 2 * s->pad);
      column += cell->span;
    }

  return height + s->extra;
}

/* A grey band across the width with a title in bold. */
static double
layout_band (State      *s,
             const char *title,
             double      x,
             double      y,
             double      width)
{
  double band = band_height (s);

  if (s->draw)
    {
      g_autoptr(PangoLayout) layout = new_layout (s->context, title, s->font, TRUE, width - 2 * s->pad, 1);
      double title_h;

      cairo_set_source_rgb (s->cr, HEADING_GREY, HEADING_GREY, HEADING_GREY);
      cairo_rectangle (s->cr, x, y, width, band);
      cairo_fill (s->cr);
      cairo_set_source_rgb (s->cr, 0, 0, 0);
      layout_size (layout, NULL, &title_h);
      show_layout (s, layout, x + s->pad, y + (band - title_h) / 2);
    }
  return band;
}

/* A heavier outline holds each section and table together, as on the
 * paper card. */
static void
draw_outline (State  *s,
              double  x,
              double  y,
              double  width,
              double  height)
{
  cairo_set_source_rgb (s->cr, 0, 0, 0);
  cairo_set_line_width (s->cr, s->line_width * 2);
  cairo_rectangle (s->cr, x, y, width, height);
  cairo_stroke (s->cr);
}

static double
layout_section (State                  *s,
                const HavenReportBlock *section,
                guint                   first,
                guint                   last,
                double                  x,
                double                  y,
                double                  width)
{
  double top = y;

  if (first == 0 && !is_empty (section->title))
    y += layout_band (s, section->title, x, y, width);

  for (guint r = first; r < last; r++)
    {
      const HavenReportRow *row = g_ptr_array_index (section->rows, r);
      double height = section_row_height (s, section, row, width);

      if (s->draw)
        {
          guint column = 0;

          for (guint i = 0; i < row->cells->len; i++)
            {
              const HavenReportCell *cell = g_ptr_array_index (row->cells, i);
              double left = section_column_x (section, column, width);
              double right = section_column_x (section, column + cell->span, width);

              draw_cell (s, cell, x + left, y, right - left, height);
              column += cell->span;
            }
        }
      y += height;
    }

  if (s->draw && y > top)
    draw_outline (s, x, top, width, y - top);

  return y - top;
}

/* Tables */

static gboolean
table_has_header (const HavenReportBlock *table)
{
  for (guint i = 0; i < table->columns->len; i++)
    if (!is_empty (g_array_index (table->columns, HavenReportColumn, i).header))
      return TRUE;
  return FALSE;
}

static double
table_pad (State *s)
{
  return s->font * 0.35;
}

static PangoLayout *
table_cell_layout (State                  *s,
                   const HavenReportBlock *table,
                   guint                   column,
                   const char             *text,
                   gboolean                header,
                   double                  width)
{
  const HavenReportColumn *c = &g_array_index (table->columns, HavenReportColumn, column);
  PangoLayout *layout = new_layout (s->context, text, s->font, header, width - 2 * table_pad (s),
                                    header ? 2 : (int) c->max_lines);

  if (header)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* texts is the header when header is TRUE, else a row of cells. */
static double
table_row_height (State                  *s,
                  const HavenReportBlock *table,
                  const char * const     *texts,
                  gboolean                header,
                  double                  width)
{
  double height = table->min_row_height * s->font;

  for (guint c = 0; c < table->columns->len; c++)
    {
      double w = table_column_x (table, c + 1, width) - table_column_x (table, c, width);
      g_autoptr(PangoLayout) layout = table_cell_layout (s, table, c, texts[c], header, w);
      double text_h;

      layout_size (layout, NULL, &text_h);
      height = MAX (height, text_h + 2 * table_pad (s));
    }
  return height;
}

static char **
table_headers (const HavenReportBlock *table)
{
  char **headers = g_new0 (char *, table->columns->len + 1);

  for (guint c = 0; c < table->columns->len; c++)
    headers[c] = g_strdup (g_array_index (table->columns, HavenReportColumn, c).header);
  return headers;
}

static void
draw_table_row (State                  *s,
                const HavenReportBlock *table,
                const char * const     *texts,
                gboolean                header,
                double                  x,
                double                  y,
                double                  width,
                double                  height)
{
  for (guint c = 0; c < table->columns->len; c++)
    {
      double left = table_column_x (table, c, width);
      double w = table_column_x (table, c + 1, width) - left;
      g_autoptr(PangoLayout) layout = table_cell_layout (s, table, c, texts[c], header, w);
      double text_h;

      if (header)
        {
          cairo_set_source_rgb (s->cr, HEADING_GREY, HEADING_GREY, HEADING_GREY);
          cairo_rectangle (s->cr, x + left, y, w, height);
          cairo_fill (s->cr);
        }
      cairo_set_source_rgb (s->cr, 0, 0, 0);
      cairo_set_line_width (s->cr, s->line_width);
      cairo_rectangle (s->cr, x + left, y, w, height);
      cairo_stroke (s->cr);

      layout_size (layout, NULL, &text_h);
      cairo_save (s->cr);
      cairo_rectangle (s->cr, x + left, y, w, height);
      cairo_clip (s->cr);
      show_layout (s, layout, x + left + table_pad (s), y + (height - text_h) / 2);
      cairo_restore (s->cr);
    }
}

/* The rows first .. last - 1 under the header; the title only above the
 * first part of the table. */
static double
layout_table (State                  *s,
              const HavenReportBlock *table,
              guint                   first,
              guint                   last,
              double                  x,
              double                  y,
              double                  width)
{
  double top = y;
  double grid_top;

  if (first == 0 && !is_empty (table->title))
    y += layout_band (s, table->title, x, y, width);
  grid_top = y;

  if (table_has_header (table))
    {
      g_auto(GStrv) headers = table_headers (table);
      double height = table_row_height (s, table, (const char * const *) headers, TRUE, width);

      if (s->draw)
        draw_table_row (s, table, (const char * const *) headers, TRUE, x, y, width, height);
      y += height;
    }

  for (guint r = first; r < last; r++)
    {
      const char * const *texts = g_ptr_array_index (table->cells, r);
      double height = table_row_height (s, table, texts, FALSE, width);

      if (s->draw)
        draw_table_row (s, table, texts, FALSE, x, y, width, height);
      y += height;
    }

  if (s->draw && y > grid_top)
    draw_outline (s, x, grid_top, width, y - grid_top);

  return y - top;
}

/* Headings, notes, signatures */

static double
layout_heading (State                  *s,
                const HavenReportBlock *heading,
                double                  x,
                double                  y,
                double                  width)
{
  double top = y;
  double line_h;

  if (!is_empty (heading->title))
    {
      g_autoptr(PangoLayout) title = new_layout (s->context, heading->title, s->font * 1.7, TRUE, width, 2);

      pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
      layout_size (title, NULL, &line_h);
      if (s->draw)
        show_layout (s, title, x, y);
      y += line_h + s->font * 0.5;
    }

  if (!is_empty (heading->start) || !is_empty (heading->end))
    y += layout_line_pair (s, heading->start, heading->end, s->font * 0.95, x, y, width, 2);

  if (!is_empty (heading->remark))
    {
      g_autoptr(PangoLayout) remark = new_layout (s->context, heading->remark, s->font, TRUE, width, 2);

      layout_size (remark, NULL, &line_h);
      if (s->draw)
        show_layout (s, remark, x, y);
      y += line_h;
    }

  return y - top;
}

static char *
note_text (const HavenReportBlock *note,
           int                     max_lines)
{
  g_autofree char *copy = NULL;

  if (max_lines <= 0)
    return g_strdup (note->text);
  /* A line budget counts per paragraph: cut notes are one paragraph. */
  copy = g_strdup (note->text);
  g_strdelimit (copy, "\r\n\t", ' ');
  return g_strdup (g_strstrip (copy));
}

/* The body of a note; NULL when it has no text. */
static PangoLayout *
note_body (State                  *s,
           const HavenReportBlock *note,
           int                     max_lines,
           double                  width)
{
  g_autofree char *text = note_text (note, max_lines);

  if (is_empty (text))
    return NULL;
  return new_layout (s->context, text, s->font, FALSE, width, max_lines);
}

static double
note_title_height (State                  *s,
                   const HavenReportBlock *note,
                   double                  x,
                   double                  y,
                   double                  width)
{
  g_autoptr(PangoLayout) title = NULL;
  double title_h;

  if (is_empty (note->title))
    return 0;
  title = new_layout (s->context, note->title, s->font, TRUE, width, 2);
  layout_size (title, NULL, &title_h);
  if (s->draw)
    show_layout (s, title, x, y);
  return title_h + s->font * 0.2;
}

/* The top and bottom of each line of layout, in user units: two
 * doubles a line. */
static GArray *
line_extents (PangoLayout *layout)
{
  GArray *extents = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double) y0 / PANGO_SCALE;
      bottom = (double) y1 / PANGO_SCALE;
      g_array_append_val (extents, top);
      g_array_append_val (extents, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return extents;
}

#define LINE_TOP(extents, line)    g_array_index (extents, double, 2 * (line))
#define LINE_BOTTOM(extents, line) g_array_index (extents, double, 2 * (line) + 1)

/* With max_lines, the whole note cut short to that many lines; without,
 * its lines first .. last - 1, the title above the first. */
static double
layout_note (State                  *s,
             const HavenReportBlock *note,
             int                     max_lines,
             guint                   first,
             guint                   last,
             double                  x,
             double                  y,
             double                  width)
{
  g_autoptr(PangoLayout) body = note_body (s, note, max_lines, width);
  g_autoptr(GArray) extents = NULL;
  double top = y;
  double line_top, line_bottom;

  if (max_lines > 0 || first == 0)
    y += note_title_height (s, note, x, y, width);
  if (body == NULL)
    return y - top;

  if (max_lines > 0)
    {
      double body_h;

      layout_size (body, NULL, &body_h);
      if (s->draw)
        show_layout (s, body, x, y);
      return y + body_h - top;
    }

  extents = line_extents (body);
  last = MIN (last, extents->len / 2);
  if (last <= first)
    return y - top;
  line_top = LINE_TOP (extents, first);
  line_bottom = LINE_BOTTOM (extents, last - 1);
  if (s->draw)
    {
      /* Only these lines: the rest are on other pages. */
      cairo_save (s->cr);
      cairo_rectangle (s->cr, x, y, width, line_bottom - line_top);
      cairo_clip (s->cr);
      show_layout (s, body, x, y - line_top);
      cairo_restore (s->cr);
    }
  return y + line_bottom - line_top - top;
}

/* A label followed by a line to sign on. */
static void
draw_signature_line (State      *s,
                     const char *label,
                     double      x,
                     double      y,
                     double      width)
{
  g_autoptr(PangoLayout) layout = new_layout (s->context, label, s->font, FALSE, width * 0.6, 1);
  double text_w, baseline;

  layout_size (layout, &text_w, NULL);
  baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  show_layout (s, layout, x, y);
  cairo_set_line_width (s->cr, s->line_width);
  cairo_move_to (s->cr, x + text_w + s->font * 0.3, y + baseline + s->font * 0.15);
  cairo_line_to (s->cr, x + width, y + baseline + s->font * 0.15);
  cairo_stroke (s->cr);
}

static double
layout_signature (State                  *s,
                  const HavenReportBlock *signature,
                  double                  x,
                  double                  y,
                  double                  width)
{
  GArray *lines = signature->lines;
  double height = 0, used = 0, gap = 0, line_x = x;

  for (guint i = 0; i < lines->len; i++)
    {
      const HavenReportSignLine *line = &g_array_index (lines, HavenReportSignLine, i);
      g_autoptr(PangoLayout) layout = new_layout (s->context, line->label, s->font, FALSE, width, 1);
      double h;

      layout_size (layout, NULL, &h);
      height = MAX (height, h);
      used += line->width;
    }
  if (!s->draw)
    return height;

  /* What the lines leave of the width goes between them. */
  if (lines->len > 1)
    gap = MAX (0, 1 - used) / (lines->len - 1);
  cairo_set_source_rgb (s->cr, 0, 0, 0);
  for (guint i = 0; i < lines->len; i++)
    {
      const HavenReportSignLine *line = &g_array_index (lines, HavenReportSignLine, i);

      draw_signature_line (s, line->label, line_x, y, width * line->width);
      line_x += width * (line->width + gap);
    }
  return height;
}

/* The state for an attempt */

static void
state_init (State   *s,
            cairo_t *cr,
            double   font)
{
  s->cr = cr;
  s->context = create_context (cr);
  s->font = font;
  s->note_lines = attempts[0].note_lines;
  s->value_lines = attempts[0].value_lines;
  s->pad = font * 0.3;
  s->line_width = MAX (0.5, font * 0.06);
  s->extra = 0;
  s->draw = FALSE;
}

static void
state_set_attempt (State          *s,
                   const Geometry *g,
                   guint           attempt,
                   double          extra)
{
  const Attempt *a = &attempts[MIN (attempt, G_N_ELEMENTS (attempts) - 1)];

  s->font = g->base_font * a->scale;
  s->pad = s->font * 0.3;
  s->line_width = MAX (0.5, s->font * 0.06);
  s->note_lines = a->note_lines;
  s->value_lines = a->value_lines;
  s->extra = extra;
}

static void
state_clear (State *s)
{
  g_clear_object (&s->context);
}

static void
geometry_init (Geometry    *g,
               HavenReport *report,
               State       *s,
               double       width,
               double       height)
{
  g_assert (HAVEN_IS_REPORT (report));

  g->width = width;
  g->height = height;
  g->margin = haven_report_page_margin (width, height);
  g->x = g->margin;
  g->content_w = width - 2 * g->margin;
  g->top = g->margin;
  g->bottom = height - g->margin;
  g->base_font = width / 50 * haven_report_get_text_scale (report);
  g->footer_font = g->base_font * 0.9;
  g->footer = haven_report_get_page_numbers (report) || haven_report_get_footer (report) != NULL;
  g->footer_y = g->bottom;

  if (g->footer)
    {
      g_autofree char *sample = g_strdup_printf (_("Page %u of %u"), 1, 1);
      g_autoptr(PangoLayout) layout = new_layout (s->context, sample, g->footer_font, FALSE, 0, 0);
      double footer_h;

      layout_size (layout, NULL, &footer_h);
      g->footer_y = g->bottom - footer_h;
      g->bottom = g->footer_y - g->base_font * 0.5;
    }
}

/* Placing blocks on pages */

typedef struct
{
  State           *s;          /* borrowed */
  const Geometry  *g;          /* borrowed */
  GPtrArray       *blocks;     /* borrowed */
  GPtrArray       *pages;      /* borrowed; Page */
  Page            *page;       /* borrowed: the last of pages */
  guint            attempt;
  double           y;
  double           bottom;     /* where a page is full */
  double           foot;       /* where a last signature goes */
  gboolean         has_prev;
  HavenReportBlockKind prev;
} Flow;

static void
flow_new_page (Flow *f)
{
  f->page = page_new (f->attempt, f->s->extra);
  g_ptr_array_add (f->pages, f->page);
  f->y = f->g->top;
  f->has_prev = FALSE;
}

static gboolean
flow_page_empty (Flow *f)
{
  return f->page->placements->len == 0;
}

static void
flow_place (Flow   *f,
            guint   block,
            guint   first,
            guint   last,
            int     max_lines,
            double  y,
            double  height)
{
  Placement p = { block, first, last, max_lines, y };
  const HavenReportBlock *b = g_ptr_array_index (f->blocks, block);

  g_array_append_val (f->page->placements, p);
  f->y = y + height;
  f->has_prev = TRUE;
  f->prev = b->kind;
}

static double
gap_before (State                *s,
            HavenReportBlockKind  prev,
            HavenReportBlockKind  kind)
{
  if (kind == HAVEN_REPORT_BLOCK_SIGNATURE)
    return s->font * 1.2;
  if (prev == HAVEN_REPORT_BLOCK_HEADING)
    return s->font * 0.5;
  return s->font * 0.6;
}

/* Leaves the gap before a block of kind and height, or starts a new page
 * when it does not fit below what is on this one. */
static void
flow_make_room (Flow                 *f,
                HavenReportBlockKind  kind,
                double                height)
{
  double gap;

  if (!f->has_prev)
    return;
  gap = gap_before (f->s, f->prev, kind);
  if (f->y + gap + height > f->bottom && !flow_page_empty (f))
    flow_new_page (f);
  else
    f->y += gap;
}

static gboolean
ends_page (Flow  *f,
           guint  index)
{
  const HavenReportBlock *next;

  if (index + 1 >= f->blocks->len)
    return TRUE;
  next = g_ptr_array_index (f->blocks, index + 1);
  return next->kind == HAVEN_REPORT_BLOCK_PAGE_BREAK;
}

/* A line that would open a page on its own (the count under a roster)
 * takes the last row of the table above along, under its header. */
static void
carry_last_row (Flow   *f,
                double  needed)
{
  Placement *last;
  const HavenReportBlock *table;
  State *s = f->s;
  const Geometry *g = f->g;
  guint row;
  double height;

  if (!f->has_prev || flow_page_empty (f))
    return;
  if (f->y + gap_before (s, f->prev, HAVEN_REPORT_BLOCK_NOTE) + needed <= f->bottom)
    return;
  last = &g_array_index (f->page->placements, Placement, f->page->placements->len - 1);
  table = g_ptr_array_index (f->blocks, last->block);
  if (table->kind != HAVEN_REPORT_BLOCK_TABLE || last->last - last->first < 2)
    return;

  row = --last->last;
  flow_new_page (f);
  height = layout_table (s, table, row, row + 1, g->x, 0, g->content_w);
  flow_place (f, last->block, row, row + 1, 0, f->y, height);
}

static void
flow_note (Flow  *f,
           guint  index)
{
  const HavenReportBlock *note = g_ptr_array_index (f->blocks, index);
  State *s = f->s;
  const Geometry *g = f->g;
  g_autoptr(PangoLayout) body = NULL;
  g_autoptr(GArray) extents = NULL;
  double title_h, first_h = 0;
  guint n_lines, line = 0;

  /* On a page of its own a note is cut short, as in a cell. */
  if (f->bottom == INFINITY)
    {
      double height = layout_note (s, note, s->note_lines, 0, 0, g->x, 0, g->content_w);

      flow_make_room (f, note->kind, height);
      flow_place (f, index, 0, 0, s->note_lines, f->y, height);
      return;
    }

  /* Running on, it continues on the next page line by line. */
  title_h = note_title_height (s, note, g->x, 0, g->content_w);
  body = note_body (s, note, 0, g->content_w);
  extents = body != NULL ? line_extents (body) : NULL;
  n_lines = extents != NULL ? extents->len / 2 : 0;
  if (n_lines > 0)
    first_h = LINE_BOTTOM (extents, 0) - LINE_TOP (extents, 0);
  /* The title needs its first line under it. */
  carry_last_row (f, title_h + first_h);
  flow_make_room (f, note->kind, title_h + first_h);

  do
    {
      double top = f->y;
      double lines_top = n_lines > 0 ? LINE_TOP (extents, line) : 0;
      double height = line == 0 ? title_h : 0;
      guint first = line;

      while (line < n_lines
             && (top + height + (LINE_BOTTOM (extents, line) - lines_top) <= f->bottom
                 || (line == first && flow_page_empty (f))))
        line++;
      if (line > first)
        height += LINE_BOTTOM (extents, line - 1) - lines_top;

      if (line == first && line < n_lines)
        {
          flow_new_page (f);
          continue;
        }
      flow_place (f, index, first, line, 0, top, height);
      if (line < n_lines)
        flow_new_page (f);
    }
  while (line < n_lines);
}

static void
flow_section (Flow  *f,
              guint  index)
{
  const HavenReportBlock *section = g_ptr_array_index (f->blocks, index);
  State *s = f->s;
  const Geometry *g = f->g;
  double band = is_empty (section->title) ? 0 : band_height (s);
  double total = layout_section (s, section, 0, section->rows->len, g->x, 0, g->content_w);
  guint r = 0;

  /* A section is kept together when a page can hold it. */
  if (f->has_prev && f->y + gap_before (s, f->prev, section->kind) + total > f->bottom
      && total <= f->bottom - g->top)
    flow_new_page (f);
  else if (f->has_prev)
    f->y += gap_before (s, f->prev, section->kind);

  do
    {
      double top = f->y;
      double height = r == 0 ? band : 0;
      guint first = r;

      while (r < section->rows->len)
        {
          double row_h = section_row_height (s, section, g_ptr_array_index (section->rows, r), g->content_w);

          if (top + height + row_h > f->bottom && (r > first || !flow_page_empty (f)))
            break;
          height += row_h;
          r++;
        }

      if (r == first && r < section->rows->len)
        {
          flow_new_page (f);
          continue;
        }
      flow_place (f, index, first, r, 0, top, height);
      if (r < section->rows->len)
        flow_new_page (f);
    }
  while (r < section->rows->len);
}

static void
flow_table (Flow  *f,
            guint  index)
{
  const HavenReportBlock *table = g_ptr_array_index (f->blocks, index);
  State *s = f->s;
  const Geometry *g = f->g;
  double band = is_empty (table->title) ? 0 : band_height (s);
  double header = 0;
  guint n = table->cells->len;
  guint r = 0;

  if (table_has_header (table))
    {
      g_auto(GStrv) headers = table_headers (table);

      header = table_row_height (s, table, (const char * const *) headers, TRUE, g->content_w);
    }

  /* The title and header need a row under them on the same page. */
  {
    double first_row = n > 0 ? table_row_height (s, table, g_ptr_array_index (table->cells, 0), FALSE,
                                                 g->content_w) : 0;

    flow_make_room (f, table->kind, band + header + first_row);
  }

  do
    {
      double top = f->y;
      double height = (r == 0 ? band : 0) + header;
      guint first = r;

      while (r < n)
        {
          double row_h = table_row_height (s, table, g_ptr_array_index (table->cells, r), FALSE,
                                           g->content_w);

          if (top + height + row_h > f->bottom && (r > first || !flow_page_empty (f)))
            break;
          height += row_h;
          r++;
        }

      if (r == first && r < n)
        {
          flow_new_page (f);
          continue;
        }
      flow_place (f, index, first, r, 0, top, height);
      /* The rest continues on the next page, under the header again. */
      if (r < n)
        flow_new_page (f);
    }
  while (r < n);
}

static void
flow_block (Flow  *f,
            guint  index)
{
  const HavenReportBlock *block = g_ptr_array_index (f->blocks, index);
  const Geometry *g = f->g;
  double height;

  switch (block->kind)
    {
    case HAVEN_REPORT_BLOCK_HEADING:
      height = layout_heading (f->s, block, g->x, 0, g->content_w);
      flow_make_room (f, block->kind, height);
      flow_place (f, index, 0, 0, 0, f->y, height);
      break;

    case HAVEN_REPORT_BLOCK_SIGNATURE:
      height = layout_signature (f->s, block, g->x, 0, g->content_w);
      flow_make_room (f, block->kind, height);
      /* The signature lines sit at the foot of the page when there is
       * room and nothing follows them there. */
      if (ends_page (f, index))
        {
          double y = MAX (f->y, f->foot - height);

          flow_place (f, index, 0, 0, 0, y, height);
          f->y = y + height;
        }
      else
        flow_place (f, index, 0, 0, 0, f->y, height);
      break;

    case HAVEN_REPORT_BLOCK_NOTE:
      flow_note (f, index);
      break;

    case HAVEN_REPORT_BLOCK_SECTION:
      flow_section (f, index);
      break;

    case HAVEN_REPORT_BLOCK_TABLE:
      flow_table (f, index);
      break;

    case HAVEN_REPORT_BLOCK_PAGE_BREAK:
    default:
      if (!flow_page_empty (f))
        flow_new_page (f);
      break;
    }
}

static guint
count_section_rows (GPtrArray *blocks,
                    guint      from,
                    guint      to)
{
  guint n = 0;

  for (guint i = from; i < to; i++)
    {
      const HavenReportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == HAVEN_REPORT_BLOCK_SECTION)
        n += block->rows->len;
    }
  return n;
}

/* Lays blocks from .. to - 1 onto one page, shrinking them until they
 * fit; spare room goes to the section rows, to write in by hand. */
static void
fit_page (State          *s,
          const Geometry *g,
          GPtrArray      *blocks,
          guint           from,
          guint           to,
          GPtrArray      *pages)
{
  double avail = g->bottom - g->top;
  double used = 0;
  double extra = 0;
  guint attempt;
  Flow f = { s, g, blocks, NULL, NULL, 0, 0, INFINITY, 0, FALSE, 0 };

  for (attempt = 0; attempt < G_N_ELEMENTS (attempts); attempt++)
    {
      g_autoptr(GPtrArray) trial = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

      state_set_attempt (s, g, attempt, 0);
      f.pages = trial;
      f.attempt = attempt;
      f.foot = 0;
      flow_new_page (&f);
      for (guint i = from; i < to; i++)
        flow_block (&f, i);
      used = f.y - g->top;
      if (used <= avail)
        break;
    }
  attempt = MIN (attempt, G_N_ELEMENTS (attempts) - 1);

  if (used < avail)
    extra = MIN ((avail - used) / MAX (count_section_rows (blocks, from, to), 1), s->font * 1.2);

  state_set_attempt (s, g, attempt, extra);
  f.pages = pages;
  f.attempt = attempt;
  f.foot = g->bottom;
  flow_new_page (&f);
  for (guint i = from; i < to; i++)
    flow_block (&f, i);
}

static HavenReportPagination *
paginate (HavenReport *report,
          State       *s,
          const Geometry *g)
{
  HavenReportPagination *pagination = g_new0 (HavenReportPagination, 1);
  GPtrArray *blocks = haven_report_get_blocks (report);

  g_assert (HAVEN_IS_REPORT (report));

  pagination->width = g->width;
  pagination->height = g->height;
  pagination->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  if (haven_report_get_layout (report) == HAVEN_REPORT_LAYOUT_FIT_PAGE)
    {
      guint from = 0;

      for (guint i = 0; i <= blocks->len; i++)
        {
          const HavenReportBlock *block = i < blocks->len ? g_ptr_array_index (blocks, i) : NULL;

          if (block != NULL && block->kind != HAVEN_REPORT_BLOCK_PAGE_BREAK)
            continue;
          if (i > from)
            fit_page (s, g, blocks, from, i, pagination->pages);
          from = i + 1;
        }
    }
  else
    {
      Flow f = { s, g, blocks, pagination->pages, NULL, 0, 0, g->bottom, g->bottom, FALSE, 0 };

      state_set_attempt (s, g, 0, 0);
      flow_new_page (&f);
      for (guint i = 0; i < blocks->len; i++)
        flow_block (&f, i);
      /* A break at the very end leaves no blank sheet behind. */
      if (pagination->pages->len > 1 && flow_page_empty (&f))
        g_ptr_array_remove_index (pagination->pages, pagination->pages->len - 1);
    }

  /* Even an empty report prints its one blank page. */
  if (pagination->pages->len == 0)
    g_ptr_array_add (pagination->pages, page_new (0, 0));

  return pagination;
}

guint
haven_report_paginate (HavenReport *report,
                       double       width,
                       double       height,
                       cairo_t     *measure_cr)
{
  cairo_surface_t *surface = NULL;
  HavenReportPagination *pagination;
  Geometry g;
  State s;

  g_return_val_if_fail (HAVEN_IS_REPORT (report), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  pagination = haven_report_get_pagination (report);
  if (pagination != NULL && pagination->width == width && pagination->height == height)
    return pagination->pages->len;

  if (measure_cr == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
      measure_cr = cairo_create (surface);
    }
  else
    cairo_reference (measure_cr);

  state_init (&s, measure_cr, width / 50);
  geometry_init (&g, report, &s, width, height);
  pagination = paginate (report, &s, &g);
  state_clear (&s);

  cairo_destroy (measure_cr);
  g_clear_pointer (&surface, cairo_surface_destroy);

  haven_report_set_pagination (report, pagination);
  return pagination->pages->len;
}

static void
draw_footer (State          *s,
             HavenReport    *report,
             const Geometry *g,
             guint           page,
             guint           n_pages)
{
  g_autofree char *number = NULL;
  const char *footer = haven_report_get_footer (report);

  g_assert (HAVEN_IS_REPORT (report));

  if (haven_report_get_page_numbers (report))
    number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);

  cairo_set_source_rgb (s->cr, 0, 0, 0);
  layout_line_pair (s, footer != NULL ? footer : "", number != NULL ? number : "",
                    g->footer_font, g->x, g->footer_y, g->content_w, 1);
}

void
haven_report_draw_page (HavenReport *report,
                        cairo_t     *cr,
                        guint        page,
                        double       width,
                        double       height)
{
  HavenReportPagination *pagination;
  GPtrArray *blocks;
  const Page *p;
  Geometry g;
  State s;

  g_return_if_fail (HAVEN_IS_REPORT (report));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 0 && height > 0);

  haven_report_paginate (report, width, height, cr);
  pagination = haven_report_get_pagination (report);
  if (page >= pagination->pages->len)
    return;
  p = g_ptr_array_index (pagination->pages, page);
  blocks = haven_report_get_blocks (report);

  state_init (&s, cr, width / 50);
  geometry_init (&g, report, &s, width, height);
  state_set_attempt (&s, &g, p->attempt, p->extra);
  s.draw = TRUE;

  cairo_save (cr);
  /* Nothing may reach the margins, whatever the data. */
  cairo_rectangle (cr, g.margin, g.margin, g.content_w, height - 2 * g.margin);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < p->placements->len; i++)
    {
      const Placement *place = &g_array_index (p->placements, Placement, i);
      const HavenReportBlock *block = g_ptr_array_index (blocks, place->block);

      cairo_set_source_rgb (cr, 0, 0, 0);
      switch (block->kind)
        {
        case HAVEN_REPORT_BLOCK_HEADING:
          layout_heading (&s, block, g.x, place->y, g.content_w);
          break;
        case HAVEN_REPORT_BLOCK_SECTION:
          layout_section (&s, block, place->first, place->last, g.x, place->y, g.content_w);
          break;
        case HAVEN_REPORT_BLOCK_TABLE:
          layout_table (&s, block, place->first, place->last, g.x, place->y, g.content_w);
          break;
        case HAVEN_REPORT_BLOCK_NOTE:
          layout_note (&s, block, place->max_lines, place->first, place->last, g.x, place->y, g.content_w);
          break;
        case HAVEN_REPORT_BLOCK_SIGNATURE:
          layout_signature (&s, block, g.x, place->y, g.content_w);
          break;
        case HAVEN_REPORT_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  if (g.footer)
    {
      state_set_attempt (&s, &g, 0, 0);
      draw_footer (&s, report, &g, page, pagination->pages->len);
    }

  cairo_restore (cr);
  state_clear (&s);
}
