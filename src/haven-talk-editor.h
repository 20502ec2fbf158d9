/* haven-talk-editor.h: the talk record card (谈心记录卡) as a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_TALK_EDITOR (haven_talk_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalkEditor, haven_talk_editor, HAVEN, TALK_EDITOR, AdwWindow)

/* A new record of kind for child_id (0: the child is chosen in the form),
 * dated today. Signal "saved" (gint64 talk_id) is emitted after a
 * successful save, then the window closes. */
HavenTalkEditor *haven_talk_editor_new             (HavenContext    *context,
                                                    gint64           child_id,
                                                    HavenTalkKind    kind);
/* An existing record, as the session may read it. */
HavenTalkEditor *haven_talk_editor_new_for_talk    (HavenContext    *context,
                                                    gint64           talk_id);
gboolean         haven_talk_editor_get_loading     (HavenTalkEditor *self);
/* The record the form edits. */
HavenRecord     *haven_talk_editor_get_talk        (HavenTalkEditor *self);
/* The row of a field by its property name ("content", "mood" …). */
HavenFormRow    *haven_talk_editor_get_row         (HavenTalkEditor *self,
                                                    const char      *field);
/* The error or warning shown next to a field, or NULL. */
const char      *haven_talk_editor_get_field_error (HavenTalkEditor *self,
                                                    const char      *field);
/* TRUE when the form only shows the record (a viewer, or a confidential
 * record the session may not read). */
gboolean         haven_talk_editor_get_read_only   (HavenTalkEditor *self);

G_END_DECLS
