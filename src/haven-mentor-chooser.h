/* haven-mentor-chooser.h: choosing a mentor for "Pair with…" and "Move to…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_MENTOR_CHOOSER (haven_mentor_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HavenMentorChooser, haven_mentor_chooser, HAVEN, MENTOR_CHOOSER, AdwWindow)

/* For child_id; from_pairing_id is the pairing a move ends (0: a new
 * pairing). Emits ::chosen with the mentor, then closes. */
GtkWidget *haven_mentor_chooser_new    (HavenContext       *context,
                                        gint64              child_id,
                                        gint64              from_pairing_id);
/* The mentors listed, as searched. */
GListModel *haven_mentor_chooser_get_mentors (HavenMentorChooser *self);
void       haven_mentor_chooser_choose (HavenMentorChooser *self,
                                        gint64              mentor_id);

G_END_DECLS
