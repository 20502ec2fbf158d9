/* haven-attendee.h: a child on an occurrence's attendance sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HAVEN_TYPE_ATTENDEE (haven_attendee_get_type ())

G_DECLARE_FINAL_TYPE (HavenAttendee, haven_attendee, HAVEN, ATTENDEE, GObject)

/* concerned: the occurrence concerns the child today (its classes, its
 * birthday month); a child recorded before and no longer concerned (who
 * left, say) is still on the sheet with concerned FALSE. */
HavenAttendee *haven_attendee_new            (gint64         child_id,
                                              const char    *name,
                                              gint64         class_id,
                                              const char    *class_name,
                                              gboolean       concerned,
                                              gboolean       recorded,
                                              gboolean       present);
gint64         haven_attendee_get_child_id   (HavenAttendee *self);
const char    *haven_attendee_get_name       (HavenAttendee *self);
gint64         haven_attendee_get_class_id   (HavenAttendee *self);
const char    *haven_attendee_get_class_name (HavenAttendee *self);
gboolean       haven_attendee_get_concerned  (HavenAttendee *self);
/* Whether the sheet had a row for the child when it was read. */
gboolean       haven_attendee_get_recorded   (HavenAttendee *self);
/* Took part (for a letter home: wrote the letter). The "present"
 * property, which a check box binds to. */
gboolean       haven_attendee_get_present    (HavenAttendee *self);
void           haven_attendee_set_present    (HavenAttendee *self,
                                              gboolean       present);

G_END_DECLS
