/* haven-parent.h: a parent of a child
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_PARENT_CHILD_ID,
  HAVEN_PARENT_ROLE,
  HAVEN_PARENT_NAME,
  HAVEN_PARENT_AWAY,
  HAVEN_PARENT_WORK_PLACE,
  HAVEN_PARENT_EMPLOYER,
  HAVEN_PARENT_EMPLOYER_ADDRESS,
  HAVEN_PARENT_PHONE,
  HAVEN_PARENT_HOME_VISITS,
  HAVEN_PARENT_N_FIELDS
} HavenParentField;

#define HAVEN_TYPE_PARENT (haven_parent_get_type ())

G_DECLARE_FINAL_TYPE (HavenParent, haven_parent, HAVEN, PARENT, HavenRecord)

HavenParent *haven_parent_new (void);

G_END_DECLS
