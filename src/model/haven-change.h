/* haven-change.h: one change of a child's file (及时补充或变更)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_CHANGE_CHILD_ID,
  HAVEN_CHANGE_CHANGED_AT,
  HAVEN_CHANGE_FIELD,
  HAVEN_CHANGE_OLD_VALUE,
  HAVEN_CHANGE_NEW_VALUE,
  HAVEN_CHANGE_AUTHOR,
  HAVEN_CHANGE_STAFF_ID,
  HAVEN_CHANGE_N_FIELDS
} HavenChangeField;

#define HAVEN_TYPE_CHANGE (haven_change_get_type ())

G_DECLARE_FINAL_TYPE (HavenChange, haven_change, HAVEN, CHANGE, HavenRecord)

HavenChange *haven_change_new (void);

G_END_DECLS
