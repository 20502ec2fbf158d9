/* haven-preferences-window.h: the school, its terms, who works here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PREFERENCES_WINDOW (haven_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HavenPreferencesWindow, haven_preferences_window, HAVEN, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *haven_preferences_window_new (HavenContext *context);

G_END_DECLS
