/* haven-pairing-suggestions.h: the proposal of mentors, to review and apply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_SUGGESTIONS (haven_pairing_suggestions_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingSuggestions, haven_pairing_suggestions, HAVEN, PAIRING_SUGGESTIONS, AdwWindow)

/* Emits ::applied with the HavenPairingUndo of what it did, once the
 * headteacher applied the proposal (edited or not). */
GtkWidget *haven_pairing_suggestions_new       (HavenContext            *context);
gboolean   haven_pairing_suggestions_get_ready (HavenPairingSuggestions *self);
/* The lines: how many, and the mentor each will pair (0: none). */
guint      haven_pairing_suggestions_get_n_lines (HavenPairingSuggestions *self);
gint64     haven_pairing_suggestions_get_child   (HavenPairingSuggestions *self,
                                                  guint                    line);
gint64     haven_pairing_suggestions_get_mentor  (HavenPairingSuggestions *self,
                                                  guint                    line);
/* As choosing in a line's drop-down does. */
void       haven_pairing_suggestions_set_mentor  (HavenPairingSuggestions *self,
                                                  guint                    line,
                                                  gint64                   mentor_id);

G_END_DECLS
