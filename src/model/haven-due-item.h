/* haven-due-item.h: one child and one rule, with what is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-due.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_DUE_ITEM (haven_due_item_get_type ())

G_DECLARE_FINAL_TYPE (HavenDueItem, haven_due_item, HAVEN, DUE_ITEM, GObject)

/* Made by the store's due scan; dates are YYYY-MM-DD or "". Read-only
 * once made: a new scan makes new items. */
HavenDueItem     *haven_due_item_new             (gint64            child_id,
                                                  const char       *child_name,
                                                  gint64            class_id,
                                                  const char       *class_name,
                                                  HavenDueRuleKind  rule,
                                                  HavenDueStatus    status,
                                                  const char       *last_done,
                                                  const char       *due_by,
                                                  const char       *responsible);
gint64            haven_due_item_get_child_id    (HavenDueItem     *self);
const char       *haven_due_item_get_child_name  (HavenDueItem     *self);
gint64            haven_due_item_get_class_id    (HavenDueItem     *self);
const char       *haven_due_item_get_class_name  (HavenDueItem     *self);
HavenDueRuleKind  haven_due_item_get_rule        (HavenDueItem     *self);
HavenDueStatus    haven_due_item_get_status      (HavenDueItem     *self);
/* The last record that met the rule, "" for never. */
const char       *haven_due_item_get_last_done   (HavenDueItem     *self);
/* The last day of the period (or the review's day), "" when nothing is
 * asked. */
const char       *haven_due_item_get_due_by      (HavenDueItem     *self);
/* Who is to do it: the class teacher, the mentor, the plan's staff. */
const char       *haven_due_item_get_responsible (HavenDueItem     *self);

G_END_DECLS
