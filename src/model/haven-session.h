/* haven-session.h: who is working, and what their role lets them do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-model-types.h"
#include "haven-model-enums.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_SESSION (haven_session_get_type ())

G_DECLARE_FINAL_TYPE (HavenSession, haven_session, HAVEN, SESSION, GObject)

/* A session is fixed once made: signing in as someone else is a new one. */
HavenSession   *haven_session_new                 (gint64          staff_id,
                                                   const char     *name,
                                                   HavenStaffRole  role);
gint64          haven_session_get_staff_id        (HavenSession   *self);
const char     *haven_session_get_name            (HavenSession   *self);
HavenStaffRole  haven_session_get_role            (HavenSession   *self);

/* Whether the session may add and change records. A viewer may not. */
gboolean        haven_session_can_write           (HavenSession   *self);
/* A confidential talk is readable by its author, the counsellor and the
 * headteacher only. */
gboolean        haven_session_can_read_confidential (HavenSession *self,
                                                   gint64          author_staff_id);

G_END_DECLS
