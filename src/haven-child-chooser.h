/* haven-child-chooser.h: choosing a child by name, pinyin or initials
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_CHOOSER (haven_child_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildChooser, haven_child_chooser, HAVEN, CHILD_CHOOSER, GtkWidget)

GtkWidget    *haven_child_chooser_new           (void);
void          haven_child_chooser_set_context   (HavenChildChooser *self,
                                                 HavenContext      *context);
/* The chosen child, 0 for none (also the "child-id" property). Setting it
 * shows the child's name and class once they are read. */
gint64        haven_child_chooser_get_child_id  (HavenChildChooser *self);
void          haven_child_chooser_set_child_id  (HavenChildChooser *self,
                                                 gint64             child_id);
/* The entry the person types in, for labelling and focus. */
GtkWidget    *haven_child_chooser_get_entry     (HavenChildChooser *self);
/* For tests: types text as a person would, and takes the first match once
 * the list of matches has come (TRUE when one did). */
void          haven_child_chooser_search        (HavenChildChooser *self,
                                                 const char        *text);
gboolean      haven_child_chooser_choose_first  (HavenChildChooser *self);

G_END_DECLS
