/* haven-print.h: printing contact cards and class rosters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-store.h"

G_BEGIN_DECLS

/* Loads the files of child_ids (a GArray of gint64) one after another,
 * then shows GTK's print dialog with one contact card per page; "Print to
 * File" there saves a PDF. a5 picks A5 paper instead of A4 as the default.
 * Files deleted in the meantime are left out. Finish with
 * haven_print_finish(). */
void      haven_print_cards_async   (HavenStore           *store,
                                     GtkWindow            *parent,
                                     GArray               *child_ids,
                                     gboolean              a5,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

/* The roster (花名册) of the children on the roll in one class, on A4,
 * as many pages as it takes. Finish with haven_print_finish(). */
void      haven_print_roster_async  (HavenStore           *store,
                                     GtkWindow            *parent,
                                     gint64                class_id,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);

/* Finishes either. TRUE when the pages went to the printer or file, and
 * also when the teacher closed the dialog without printing; FALSE with an
 * error when loading or printing failed, or with G_IO_ERROR_CANCELLED when
 * the cancellable was cancelled. The result's source object is the store. */
gboolean  haven_print_finish        (GAsyncResult         *result,
                                     GError              **error);

/* For the command line; needs no display. Writes one contact card per page
 * to a PDF at output (A5 or A4), for class_spec: "all" (every child on the
 * roll, by class), a class's name as stored ("三年级（2）班"; full-width and
 * ASCII brackets match each other) or a class's id. The store must be
 * open. Runs a main loop of its own on the thread-default main context
 * until the store's answers are in, so call it on the thread that created
 * the store; from a callback of the application's loop is fine, as the
 * inner loop nests. */
gboolean  haven_print_cards_to_pdf  (HavenStore           *store,
                                     const char           *class_spec,
                                     const char           *output,
                                     gboolean              a5,
                                     GError              **error);

G_END_DECLS
