/* haven-child-editor.h: add or edit a child's whole contact card (联系卡)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_EDITOR (haven_child_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildEditor, haven_child_editor, HAVEN, CHILD_EDITOR, AdwWindow)

/* child_id 0 adds a new child. author is written in the file's history.
 * Signal "saved" (gint64 child_id) is emitted after a successful save,
 * then the window closes. The caller sets the transient parent. */
HavenChildEditor *haven_child_editor_new               (HavenStore       *store,
                                                        gint64            child_id,
                                                        const char       *author);
/* TRUE while the file is being loaded (also the "loading" property). */
gboolean          haven_child_editor_get_loading       (HavenChildEditor *self);

/* For tests and screenshots. field is "name", "birth-date", "id-number",
 * "father-phone", "mother-phone", "guardian-phone", "guardian-age",
 * "left-date" or "left-reason". Sets the text as if the person had typed
 * it and left the field. */
void              haven_child_editor_set_field_text    (HavenChildEditor *self,
                                                        const char       *field,
                                                        const char       *text);
/* The error or warning shown next to the field, or NULL when none shows. */
const char       *haven_child_editor_get_field_error   (HavenChildEditor *self,
                                                        const char       *field);

G_END_DECLS
