/* haven-form.h: what the forms and dialogs of records share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-form-row.h"

G_BEGIN_DECLS

/* Adds every HavenFormRow under widget to rows, in the order they show. */
void          haven_form_collect_rows (GtkWidget         *widget,
                                       GPtrArray         *rows);
/* The row of rows editing field, or NULL. */
HavenFormRow *haven_form_find_row     (GPtrArray         *rows,
                                       const char        *field);
/* A toast of plain text (not markup: a child's name may hold "&"). */
void          haven_form_toast        (AdwToastOverlay   *overlay,
                                       const char        *text,
                                       guint              timeout);
/* Scrolls the form so that row shows, clear of a toast at the bottom. */
void          haven_form_scroll_to    (GtkScrolledWindow *scroller,
                                       GtkWidget         *form,
                                       GtkWidget         *row);

/* Asks whether to discard what window's form holds. "Discard" sets
 * *may_close (a field of window's own) and closes window, after the
 * question's own response; "Keep Editing" leaves all as it was. */
void          haven_form_ask_discard  (GtkWindow         *window,
                                       const char        *body,
                                       gboolean          *may_close);

G_END_DECLS
