/* haven-child-activities.h: how a child took part in the calendar's activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_ACTIVITIES (haven_child_activities_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildActivities, haven_child_activities, HAVEN, CHILD_ACTIVITIES, GtkWidget)

/* The counts of the child page's Activities group: this term and in all,
 * letters home written among them. */
void        haven_child_activities_set_context  (HavenChildActivities *self,
                                                 HavenContext         *context);
void        haven_child_activities_set_child_id (HavenChildActivities *self,
                                                 gint64                child_id);
/* What it says, for tests. */
const char *haven_child_activities_get_text     (HavenChildActivities *self);

G_END_DECLS
