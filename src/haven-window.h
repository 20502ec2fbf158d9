/* haven-window.h: the main window over one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-application.h"
#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_WINDOW (haven_window_get_type ())

G_DECLARE_FINAL_TYPE (HavenWindow, haven_window, HAVEN, WINDOW, AdwApplicationWindow)

/* sample_children > 0 fills an empty database with a sample school first. */
HavenWindow *haven_window_new          (HavenApplication *application,
                                        HavenStore       *store,
                                        guint             sample_children);
HavenStore  *haven_window_get_store    (HavenWindow      *self);
/* TRUE once the database is open and the views show it. */
gboolean     haven_window_get_ready    (HavenWindow      *self);
void         haven_window_show_view    (HavenWindow      *self,
                                        const char       *name);
const char  *haven_window_get_view     (HavenWindow      *self);
/* The page of the archive, for tests. */
GtkWidget   *haven_window_get_archive  (HavenWindow      *self);
void         haven_window_show_child   (HavenWindow      *self,
                                        gint64            child_id);
void         haven_window_edit_child   (HavenWindow      *self,
                                        gint64            child_id);
/* Shows a message to the person at the window, in a toast. */
void         haven_window_show_error   (HavenWindow      *self,
                                        const char       *message,
                                        const GError     *error);
void         haven_window_show_toast   (HavenWindow      *self,
                                        AdwToast         *toast);

G_END_DECLS
