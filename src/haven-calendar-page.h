/* haven-calendar-page.h: the activity calendar (活动行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-agenda.h"
#include "haven-context.h"
#include "haven-month-grid.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CALENDAR_PAGE (haven_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenCalendarPage, haven_calendar_page, HAVEN, CALENDAR_PAGE, GtkWidget)

/* How many weeks the agenda shows from its first day. */
#define HAVEN_AGENDA_WEEKS 6

HavenContext   *haven_calendar_page_get_context (HavenCalendarPage *self);
void            haven_calendar_page_set_context (HavenCalendarPage *self,
                                                 HavenContext      *context);
/* The agenda of the weeks from day ("mode" becomes "agenda"). */
void            haven_calendar_page_show_agenda (HavenCalendarPage *self,
                                                 const GDate       *day);
/* The month of day, with day selected ("mode" becomes "month"). */
void            haven_calendar_page_show_day    (HavenCalendarPage *self,
                                                 const GDate       *day);
/* "month" or "agenda". */
const char     *haven_calendar_page_get_mode    (HavenCalendarPage *self);
void            haven_calendar_page_set_mode    (HavenCalendarPage *self,
                                                 const char        *mode);
HavenMonthGrid *haven_calendar_page_get_grid    (HavenCalendarPage *self);
HavenAgenda    *haven_calendar_page_get_agenda  (HavenCalendarPage *self);
/* The first day of the weeks the agenda shows. */
void            haven_calendar_page_get_agenda_start (HavenCalendarPage *self,
                                                      GDate             *out);
/* TRUE while the shown month or weeks are being read. */
gboolean        haven_calendar_page_get_loading (HavenCalendarPage *self);
/* The editor or attendance window open from the page, or NULL. */
GtkWindow      *haven_calendar_page_get_dialog  (HavenCalendarPage *self);
/* The day's popover, once a day was opened. */
GtkWidget      *haven_calendar_page_get_popover (HavenCalendarPage *self);

G_END_DECLS
