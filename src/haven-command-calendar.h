/* haven-command-calendar.h: the calendar's work without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-command-line.h"
#include "haven-store.h"

G_BEGIN_DECLS

/* --export FILE.ics --from FIRST --to LAST: every activity with a day from
 * FIRST to LAST (both included) as an iCalendar file, birthday parties and
 * letters home for festivals among them. Prints what it wrote. */
void      haven_command_export_calendar_async  (HavenStore              *store,
                                                const HavenCommandLine  *options,
                                                GAsyncReadyCallback      callback,
                                                gpointer                 user_data);
gboolean  haven_command_export_calendar_finish (HavenStore              *store,
                                                GAsyncResult            *result,
                                                GError                 **error);

/* Checks the days of --from and --to before anything is opened; on error
 * the message says what to type. */
gboolean  haven_command_check_calendar_range   (const char              *from,
                                                const char              *to,
                                                GError                 **error);

G_END_DECLS
