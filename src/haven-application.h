/* haven-application.h: the application, its actions and its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_APPLICATION (haven_application_get_type ())

G_DECLARE_FINAL_TYPE (HavenApplication, haven_application, HAVEN, APPLICATION, AdwApplication)

HavenApplication *haven_application_new                (void);
/* Opens another database in a new window (the sample school, say). */
void              haven_application_open_database      (HavenApplication *self,
                                                        const char       *path,
                                                        guint             sample_children);

G_END_DECLS
