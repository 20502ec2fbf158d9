/* haven-activity-editor.h: add or edit an activity of the calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_ACTIVITY_EDITOR (haven_activity_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenActivityEditor, haven_activity_editor, HAVEN, ACTIVITY_EDITOR, AdwWindow)

/* Edits the occurrence of activity_id on original_date (NULL: the whole
 * activity). Saving an occurrence of a repeating activity asks whether it
 * is for that occurrence only or every one. Signal "saved" (gint64 id of
 * the row written) comes after a successful save, then the window closes.
 * The caller sets the transient parent. */
HavenActivityEditor *haven_activity_editor_new         (HavenContext        *context,
                                                        gint64               activity_id,
                                                        const char          *original_date);
/* A new activity on day, of type; festival is a festival's nick or NULL. */
HavenActivityEditor *haven_activity_editor_new_for_day (HavenContext        *context,
                                                        const GDate         *day,
                                                        HavenActivityType    type,
                                                        const char          *festival);
gboolean             haven_activity_editor_get_loading (HavenActivityEditor *self);
/* The working copy the form edits (a HavenActivity), NULL while loading. */
HavenRecord         *haven_activity_editor_get_activity (HavenActivityEditor *self);
/* The row of a field ("title", "starts-at" …). */
HavenFormRow        *haven_activity_editor_get_row     (HavenActivityEditor *self,
                                                        const char          *key);
/* For tests and screenshots: types into a one-line field and leaves it. */
void                 haven_activity_editor_set_field_text (HavenActivityEditor *self,
                                                           const char          *key,
                                                           const char          *text);
/* The error or warning shown next to the field, or NULL. */
const char          *haven_activity_editor_get_field_error (HavenActivityEditor *self,
                                                            const char          *key);
/* The classes concerned (a GArray of gint64; empty for every class). */
GArray              *haven_activity_editor_get_class_ids (HavenActivityEditor *self);
void                 haven_activity_editor_set_class_ids (HavenActivityEditor *self,
                                                          GArray              *class_ids);

G_END_DECLS
