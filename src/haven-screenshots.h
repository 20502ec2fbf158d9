/* haven-screenshots.h: renders every view to PNG, for review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Writes DIR/<view>-<lang>-<width>x<height>.png for every view at
 * 1366x768 and 1024x600; <lang> is $HAVEN_SCREENSHOT_LANG (default "en"). */
void haven_screenshots_run (GtkApplication *app,
                            const char     *database,
                            const char     *dir);

G_END_DECLS
