/* haven-month-cell.h: one day of the month grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-occurrence.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_MONTH_CELL (haven_month_cell_get_type ())

G_DECLARE_FINAL_TYPE (HavenMonthCell, haven_month_cell, HAVEN, MONTH_CELL, GtkWidget)

GtkWidget       *haven_month_cell_new             (void);
/* The day the cell shows; in_month is FALSE for the greyed days of the
 * months before and after. note is what shows under the number's line
 * (a festival, the lunar day), NULL for none; festive marks a festival. */
void             haven_month_cell_set_day         (HavenMonthCell *self,
                                                   const GDate    *date,
                                                   gboolean        in_month,
                                                   gboolean        today,
                                                   const char     *note,
                                                   gboolean        festive);
const GDate     *haven_month_cell_get_date        (HavenMonthCell *self);
gboolean         haven_month_cell_get_in_month    (HavenMonthCell *self);
/* The first occurrences of the day (HavenOccurrence, referenced) and how
 * many it has in all; "+N more" says the rest. NULL to clear. */
void             haven_month_cell_set_occurrences (HavenMonthCell *self,
                                                   GPtrArray      *occurrences,
                                                   guint           count);
guint            haven_month_cell_get_count       (HavenMonthCell *self);
GPtrArray       *haven_month_cell_get_occurrences (HavenMonthCell *self);
void             haven_month_cell_set_selected    (HavenMonthCell *self,
                                                   gboolean        selected);
/* The occurrence drawn at y (in the cell's coordinates), or NULL. */
HavenOccurrence *haven_month_cell_occurrence_at   (HavenMonthCell *self,
                                                   double          y);
/* What a screen reader says of the cell. */
char            *haven_month_cell_describe        (HavenMonthCell *self);

/* The colour that marks an activity of type, in both styles. */
void             haven_activity_type_color        (HavenActivityType  type,
                                                   GdkRGBA           *out);

G_END_DECLS
