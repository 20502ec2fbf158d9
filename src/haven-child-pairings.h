/* haven-child-pairings.h: a child's mentors, current and past
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_PAIRINGS (haven_child_pairings_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildPairings, haven_child_pairings, HAVEN, CHILD_PAIRINGS, AdwPreferencesGroup)

void        haven_child_pairings_set_context  (HavenChildPairings *self,
                                               HavenContext       *context);
void        haven_child_pairings_set_child_id (HavenChildPairings *self,
                                               gint64              child_id);
/* Every pairing of the child, newest first, ended ones kept; NULL
 * until a child is set. */
GListModel *haven_child_pairings_get_pairings (HavenChildPairings *self);

G_END_DECLS
