/* haven-window.h: the main window over one database
 *
 * Only the application and the window's own files include this: pages
 * reach the window through its actions (win.show-child, win.show-error …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_WINDOW (haven_window_get_type ())

G_DECLARE_FINAL_TYPE (HavenWindow, haven_window, HAVEN, WINDOW, AdwApplicationWindow)

/* sample_children > 0 fills an empty database with a sample school first. */
HavenWindow  *haven_window_new          (GtkApplication *application,
                                         HavenContext   *context,
                                         guint           sample_children);
HavenContext *haven_window_get_context  (HavenWindow    *self);
/* TRUE once the database is open and the views show it. */
gboolean      haven_window_get_ready    (HavenWindow    *self);
/* The visible view ("overview", "archive" …), or "welcome", "error". */
const char   *haven_window_get_view     (HavenWindow    *self);
/* For tests and screenshots: the page of a view, or the open editor. */
GtkWidget    *haven_window_get_page     (HavenWindow    *self,
                                         const char     *view);
GtkWindow    *haven_window_get_editor   (HavenWindow    *self);

G_END_DECLS
