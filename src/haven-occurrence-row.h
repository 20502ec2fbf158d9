/* haven-occurrence-row.h: one occurrence in a list, with its commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-occurrence.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_OCCURRENCE_ROW (haven_occurrence_row_get_type ())

G_DECLARE_FINAL_TYPE (HavenOccurrenceRow, haven_occurrence_row, HAVEN, OCCURRENCE_ROW, GtkWidget)

/* The buttons name the calendar page's actions (calendar.attendance,
 * calendar.edit-occurrence, calendar.delete-occurrence) and, for home
 * visits and family calls, win.record-talks, each with the occurrence as
 * (activity id, original date); a button whose action nobody installs is
 * hidden. */
GtkWidget       *haven_occurrence_row_new            (void);
HavenOccurrence *haven_occurrence_row_get_occurrence (HavenOccurrenceRow *self);
void             haven_occurrence_row_set_occurrence (HavenOccurrenceRow *self,
                                                      HavenOccurrence    *occurrence);
/* Whether the row starts with its day (the first of its day in the agenda). */
void             haven_occurrence_row_set_show_date  (HavenOccurrenceRow *self,
                                                      gboolean            show_date);
/* A viewer's rows have no edit or delete buttons. */
void             haven_occurrence_row_set_editable   (HavenOccurrenceRow *self,
                                                      gboolean            editable);
/* "14:30 · Lecture (Law) · 学校多功能厅", as the row's second line says it. */
char            *haven_occurrence_describe           (HavenOccurrence    *occurrence);

G_END_DECLS
