/* haven-store-plans.h: individual plans (个别教育管理方案) and their reviews
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-plan.h"
#include "haven-store.h"

G_BEGIN_DECLS

/* Saves the plan and its reviews (HavenPlanReview; a review with id 0 is
 * new) in one transaction, each by its own rules, and deletes the reviews
 * in removed (gint64 ids, may be NULL). Each review takes the plan's id
 * and child. Records are copied first; the plan's id is returned. */
void    haven_store_save_plan_async  (HavenStore          *self,
                                      HavenPlan           *plan,
                                      GPtrArray           *reviews,
                                      GArray              *removed,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gint64  haven_store_save_plan_finish (HavenStore          *self,
                                      GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
