/* haven-report-private.h: what the renderer and writers see of a report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-report.h"

G_BEGIN_DECLS

struct _HavenReportCell
{
  HavenReportCellKind   kind;
  guint                 span;
  char                 *text;     /* owned; "" for a choice */
  char                **options;  /* owned; choices only */
  gboolean             *ticked;   /* owned; one per option */
};

struct _HavenReportRow
{
  HavenReportBlock *section;  /* borrowed: it owns the row */
  GPtrArray        *cells;    /* owned; HavenReportCell */
};

typedef struct
{
  char   *header;     /* owned */
  double  width;
  guint   max_lines;
} HavenReportColumn;

typedef struct
{
  char   *label;  /* owned */
  double  width;
} HavenReportSignLine;

struct _HavenReportBlock
{
  HavenReport          *report;    /* borrowed: it owns the block */
  HavenReportBlockKind  kind;
  char                 *title;     /* owned; never NULL */

  /* Headings */
  char                 *start;     /* owned */
  char                 *end;       /* owned */
  char                 *remark;    /* owned */

  /* Notes */
  char                 *text;      /* owned */

  /* Sections */
  guint                 n_columns;
  double               *widths;    /* owned; n_columns */
  GPtrArray            *rows;      /* owned; HavenReportRow */

  /* Tables */
  GArray               *columns;   /* owned; HavenReportColumn */
  GPtrArray            *cells;     /* owned; GStrv, one per row */
  double                min_row_height;

  /* Signatures */
  GArray               *lines;     /* owned; HavenReportSignLine */
};

/* The pages the renderer last worked out, kept by the report so that
 * drawing a page does not lay the whole report out again. */
typedef struct _HavenReportPagination HavenReportPagination;

void                    haven_report_pagination_free    (HavenReportPagination *pagination);
/* Borrowed; NULL when the report has changed since. */
HavenReportPagination  *haven_report_get_pagination     (HavenReport           *self);
/* Takes pagination. */
void                    haven_report_set_pagination     (HavenReport           *self,
                                                         HavenReportPagination *pagination);
GPtrArray              *haven_report_get_blocks         (HavenReport           *self);
/* Drops the pagination after a change to one of the report's blocks. */
void                    haven_report_block_changed      (HavenReportBlock      *block);

G_END_DECLS
