/* haven-ics.h: the activity calendar as an iCalendar file (RFC 5545)
 *
 * Written with libical, GTK-free. Weekly, monthly and yearly series
 * become RRULEs; a series whose days no Gregorian rule can say (a lunar
 * date, a festival such as Qingming, once a term) becomes its days as
 * RDATEs, which every calendar program reads. An occurrence cancelled on
 * its own is an EXDATE, an edited or moved one an event of its own with
 * the series' UID and a RECURRENCE-ID. Times are the school's local time
 * (floating).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store-activities.h"

G_BEGIN_DECLS

/* The calendar of export, its range from from up to, not including, to
 * (YYYY-MM-DD), as iCalendar text. */
char     *haven_ics_build         (HavenCalendarExport  *export,
                                   const char           *from,
                                   const char           *to,
                                   GError              **error);

/* Reads the range from the store, then writes the file on a thread of its
 * own through haven-files.h: private (0600), whole or not at all, never
 * over the database. */
void      haven_ics_export_async  (HavenStore           *store,
                                   const char           *from,
                                   const char           *to,
                                   const char           *output_path,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
/* How many events (VEVENTs) the file holds, or -1 with error. */
int       haven_ics_export_finish (HavenStore           *store,
                                   GAsyncResult         *result,
                                   GError              **error);

G_END_DECLS
