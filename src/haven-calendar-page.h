/* haven-calendar-page.h: the activity calendar (活动行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CALENDAR_PAGE (haven_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenCalendarPage, haven_calendar_page, HAVEN, CALENDAR_PAGE, GtkWidget)

HavenContext *haven_calendar_page_get_context (HavenCalendarPage *self);
void          haven_calendar_page_set_context (HavenCalendarPage *self,
                                              HavenContext *context);

G_END_DECLS
