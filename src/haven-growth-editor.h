/* haven-growth-editor.h: an entry of the growth folder, as a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_GROWTH_EDITOR (haven_growth_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenGrowthEditor, haven_growth_editor, HAVEN, GROWTH_EDITOR, AdwWindow)

/* A new entry of kind for the child, dated today. "saved" (gint64 id) is
 * emitted after a save, then the window closes. */
HavenGrowthEditor *haven_growth_editor_new            (HavenContext      *context,
                                                       gint64             child_id,
                                                       HavenGrowthKind    kind);
HavenGrowthEditor *haven_growth_editor_new_for_entry  (HavenContext      *context,
                                                       gint64             entry_id);
HavenRecord       *haven_growth_editor_get_entry      (HavenGrowthEditor *self);
HavenFormRow      *haven_growth_editor_get_row        (HavenGrowthEditor *self,
                                                       const char        *field);
/* Imports a photo as "Choose Photo…" does (scaled off the main thread);
 * "notify::importing" says when it is in. */
void               haven_growth_editor_import_photo   (HavenGrowthEditor *self,
                                                       GFile             *file);
gboolean           haven_growth_editor_get_importing  (HavenGrowthEditor *self);
gboolean           haven_growth_editor_get_loading    (HavenGrowthEditor *self);

G_END_DECLS
