/* haven-month-grid.h: a month of days, weeks from Monday
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-month-cell.h"
#include "haven-store-activities.h"

G_BEGIN_DECLS

/* Six weeks of seven days: every month fits. */
#define HAVEN_MONTH_GRID_DAYS 42

#define HAVEN_TYPE_MONTH_GRID (haven_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (HavenMonthGrid, haven_month_grid, HAVEN, MONTH_GRID, GtkWidget)

GtkWidget      *haven_month_grid_new            (void);

/* The month shown ("month" property, "YYYY-MM"). Showing another month
 * clears the activities until haven_month_grid_set_summary(). */
void            haven_month_grid_set_month      (HavenMonthGrid        *self,
                                                 int                    year,
                                                 int                    month);
const char     *haven_month_grid_get_month      (HavenMonthGrid        *self);
/* The Monday the grid starts on, and the day after its last. */
void            haven_month_grid_get_range      (HavenMonthGrid        *self,
                                                 GDate                 *first,
                                                 GDate                 *end);
/* The activities of the shown days; ignored when it is for other days. */
void            haven_month_grid_set_summary    (HavenMonthGrid        *self,
                                                 HavenDaySummary       *summary);
gboolean        haven_month_grid_get_loaded     (HavenMonthGrid        *self);
/* The selected day ("selected" property, "YYYY-MM-DD"); selecting a day
 * of another month shows that month. */
void            haven_month_grid_select         (HavenMonthGrid        *self,
                                                 const GDate           *day);
void            haven_month_grid_get_selected   (HavenMonthGrid        *self,
                                                 GDate                 *out);
/* Puts the keyboard focus on the selected day. */
void            haven_month_grid_focus_selected (HavenMonthGrid        *self);
/* The day today counts as (the real one unless told). */
void            haven_month_grid_set_today      (HavenMonthGrid        *self,
                                                 const GDate           *today);
/* Lunar days under the numbers (Chinese locales). */
void            haven_month_grid_set_show_lunar (HavenMonthGrid        *self,
                                                 gboolean               show_lunar);
/* Whether activities may be dragged to another day. */
void            haven_month_grid_set_editable   (HavenMonthGrid        *self,
                                                 gboolean               editable);
HavenMonthCell *haven_month_grid_get_cell       (HavenMonthGrid        *self,
                                                 guint                  index);
/* The cell of day, or NULL when the grid does not show it. */
HavenMonthCell *haven_month_grid_get_cell_for   (HavenMonthGrid        *self,
                                                 const GDate           *day);
/* What a drop of occurrence on cell does: emits "occurrence-moved" with
 * the cell's own day, greyed or not. For tests and the keyboard. */
gboolean        haven_month_grid_drop           (HavenMonthGrid        *self,
                                                 HavenOccurrence       *occurrence,
                                                 HavenMonthCell        *cell);

G_END_DECLS
