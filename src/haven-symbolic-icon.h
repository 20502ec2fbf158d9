/* haven-symbolic-icon.h: a symbolic icon, coloured once and kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HAVEN_TYPE_SYMBOLIC_ICON (haven_symbolic_icon_get_type ())

G_DECLARE_FINAL_TYPE (HavenSymbolicIcon, haven_symbolic_icon, HAVEN, SYMBOLIC_ICON, GtkWidget)

GtkWidget  *haven_symbolic_icon_new           (const char        *icon_name);
const char *haven_symbolic_icon_get_icon_name (HavenSymbolicIcon *self);
void        haven_symbolic_icon_set_icon_name (HavenSymbolicIcon *self,
                                               const char        *icon_name);

G_END_DECLS
