/* haven-mentor-dialog.h: adding or editing a mentor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_MENTOR_DIALOG (haven_mentor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HavenMentorDialog, haven_mentor_dialog, HAVEN, MENTOR_DIALOG, AdwWindow)

/* mentor_id 0 adds one. Emits ::saved (id, created) once saved. */
GtkWidget    *haven_mentor_dialog_new          (HavenContext      *context,
                                                gint64             mentor_id);
HavenFormRow *haven_mentor_dialog_get_row      (HavenMentorDialog *self,
                                                const char        *field);
/* Links the mentor to a child's file (a pupil's own, a parent's child). */
void          haven_mentor_dialog_link_child   (HavenMentorDialog *self,
                                                gint64             child_id,
                                                const char        *name);

G_END_DECLS
