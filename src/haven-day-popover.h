/* haven-day-popover.h: one day's activities, from the month grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-festival.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_DAY_POPOVER (haven_day_popover_get_type ())

G_DECLARE_FINAL_TYPE (HavenDayPopover, haven_day_popover, HAVEN, DAY_POPOVER, GtkPopover)

GtkWidget  *haven_day_popover_new             (void);
/* The day; note is its festival or lunar day (NULL for none); festival,
 * when not HAVEN_N_FESTIVALS, offers a letter home for it. */
void        haven_day_popover_set_day         (HavenDayPopover *self,
                                               const GDate     *day,
                                               const char      *note,
                                               HavenFestival    festival);
/* The day's occurrences (HavenOccurrence, sorted); NULL while they load. */
void        haven_day_popover_set_occurrences (HavenDayPopover *self,
                                               GPtrArray       *occurrences);
void        haven_day_popover_set_editable    (HavenDayPopover *self,
                                               gboolean         editable);
/* The occurrences listed (a GListModel of HavenOccurrence). */
GListModel *haven_day_popover_get_model       (HavenDayPopover *self);

G_END_DECLS
