/* haven-child-care.h: on a child's page, whether the child's care is at
 * risk, and the child's individual plan (个别教育管理方案)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-child-file.h"
#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CHILD_CARE (haven_child_care_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildCare, haven_child_care, HAVEN, CHILD_CARE, GtkWidget)

void          haven_child_care_set_context  (HavenChildCare *self,
                                             HavenContext   *context);
/* Shows the file's care-risk flags and the child's plan. */
void          haven_child_care_set_file     (HavenChildCare *self,
                                             HavenChildFile *file);
/* The flags shown (HavenCareRisk), for tests. */
guint         haven_child_care_get_risks    (HavenChildCare *self);
/* The plan shown, or NULL. */
HavenRecord  *haven_child_care_get_plan     (HavenChildCare *self);

G_END_DECLS
