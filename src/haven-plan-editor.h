/* haven-plan-editor.h: a child's individual plan (个别教育管理方案), as a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PLAN_EDITOR (haven_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (HavenPlanEditor, haven_plan_editor, HAVEN, PLAN_EDITOR, AdwWindow)

/* The child's latest plan, or a new one. "saved" (gint64 plan_id) is
 * emitted after a save, then the window closes. */
HavenPlanEditor *haven_plan_editor_new          (HavenContext    *context,
                                                 gint64           child_id);
gboolean         haven_plan_editor_get_loading  (HavenPlanEditor *self);
HavenRecord     *haven_plan_editor_get_plan     (HavenPlanEditor *self);
/* The reviews on the form (HavenPlanReview). */
GPtrArray       *haven_plan_editor_get_reviews  (HavenPlanEditor *self);
HavenFormRow    *haven_plan_editor_get_row      (HavenPlanEditor *self,
                                                 const char      *field);
/* Adds a review row, dated four weeks after the last one. */
HavenRecord     *haven_plan_editor_add_review   (HavenPlanEditor *self);

G_END_DECLS
