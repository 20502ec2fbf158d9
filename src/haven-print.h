/* haven-print.h: printing contact cards and class rosters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-report.h"
#include "haven-store.h"

G_BEGIN_DECLS

/* Loads the files of child_ids (a GArray of gint64) in one read, then
 * shows GTK's print dialog with one contact card per page; "Print to
 * File" there saves a PDF, named after name (one child's card) or
 * "contact-cards". Files deleted in the meantime are left out. Finish
 * with haven_print_finish(). */
void      haven_print_cards_async   (HavenStore           *store,
                                     GtkWindow            *parent,
                                     GArray               *child_ids,
                                     const char           *name,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

/* The name "Print to File" offers for the cards (without ".pdf"): after
 * the child for one child's card, "contact-cards" otherwise. */
char     *haven_print_cards_basename (const char          *name);
/* The roster (花名册) of the children on the roll in one class, as many
 * pages as it takes, named after the class. Finish with
 * haven_print_finish(). */
void      haven_print_roster_async  (HavenStore           *store,
                                     GtkWindow            *parent,
                                     gint64                class_id,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

/* Shows the print dialog for a report already laid out by any builder of
 * the report library (a talk card, a timeline, the month, the term plan);
 * "Print to File" offers basename.pdf. Finish with
 * haven_print_finish(). */
void      haven_print_report_async  (HavenStore           *store,
                                     GtkWindow            *parent,
                                     HavenReport          *report,
                                     const char           *job_name,
                                     const char           *basename,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

/* Finishes any of them. TRUE when the pages went to the printer or file, and
 * also when the teacher closed the dialog without printing; FALSE with an
 * error when loading or printing failed, or with G_IO_ERROR_CANCELLED when
 * the cancellable was cancelled. */
gboolean  haven_print_finish        (GAsyncResult         *result,
                                     GError              **error);

G_END_DECLS
