/* haven-agenda.h: the coming weeks' activities, one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-occurrence.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_AGENDA (haven_agenda_get_type ())

G_DECLARE_FINAL_TYPE (HavenAgenda, haven_agenda, HAVEN, AGENDA, GtkWidget)

GtkWidget  *haven_agenda_new             (void);
/* The occurrences of the weeks shown (HavenOccurrence, sorted); NULL while
 * they load. */
void        haven_agenda_set_occurrences (HavenAgenda *self,
                                          GPtrArray   *occurrences);
/* A GListModel of HavenOccurrence. */
GListModel *haven_agenda_get_model       (HavenAgenda *self);
void        haven_agenda_set_editable    (HavenAgenda *self,
                                          gboolean     editable);
/* Puts the keyboard focus on the first occurrence. */
void        haven_agenda_focus           (HavenAgenda *self);

G_END_DECLS
