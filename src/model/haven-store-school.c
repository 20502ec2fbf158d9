/* haven-store-school.c: the SQL of the school's classes and staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include "haven-store-features.h"

const HavenDerivedSql haven_school_class_derived_sql = {
  "s.name,"
  " (SELECT count (*) FROM child c WHERE c.school_class_id = t.id AND c.status = 0 AND c.deleted = 0)",
  "LEFT JOIN staff s ON s.id = t.teacher_id",
};
