/* haven-change.c: one change of a child's file (及时补充或变更)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-change"

#include "config.h"

#include "haven-child.h"
#include "haven-staff.h"
#include "haven-change.h"

static const HavenField fields[] = {
  HAVEN_REF ("child-id", "child_id", haven_child_get_type),
  HAVEN_TEXT ("changed-at", "changed_at"),
  HAVEN_TEXT ("field", "field"),
  HAVEN_TEXT ("old-value", "old_value"),
  HAVEN_TEXT ("new-value", "new_value"),
  HAVEN_TEXT ("author", "author"),
  HAVEN_REF ("staff-id", "staff_id", haven_staff_get_type),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_CHANGE_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_CHANGE_CHANGED_AT), -1 };

HAVEN_DEFINE_RECORD (HavenChange, haven_change, "child_change", fields, order)
