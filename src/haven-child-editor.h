/* haven-child-editor.h: add or edit a child's whole contact card (联系卡)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_EDITOR (haven_child_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildEditor, haven_child_editor, HAVEN, CHILD_EDITOR, AdwWindow)

/* child_id 0 adds a new child. Signal "saved" (gint64 child_id) is emitted
 * after a successful save, then the window closes. The caller sets the
 * transient parent. */
HavenChildEditor *haven_child_editor_new             (HavenContext     *context,
                                                      gint64            child_id);
/* TRUE while the file is being loaded (also the "loading" property). */
gboolean          haven_child_editor_get_loading     (HavenChildEditor *self);
/* The row of a field, by its key: "child.name", "guardian.phone" … */
HavenFormRow     *haven_child_editor_get_row         (HavenChildEditor *self,
                                                      const char       *key);

/* For tests and screenshots: sets the text of a one-line field as if the
 * person had typed it and left the field. */
void              haven_child_editor_set_field_text  (HavenChildEditor *self,
                                                      const char       *key,
                                                      const char       *text);
/* What the form says the file still lacks, as shown. */
const char       *haven_child_editor_get_missing_text (HavenChildEditor *self);
/* The error or warning shown next to the field, or NULL when none shows. */
const char       *haven_child_editor_get_field_error (HavenChildEditor *self,
                                                      const char       *key);

G_END_DECLS
