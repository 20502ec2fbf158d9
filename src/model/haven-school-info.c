/* haven-school-info.c: the school itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-school-info"

#include "config.h"

#include "haven-school-info.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_TEXT ("county", "county"),
  HAVEN_TEXT ("address", "address"),
  HAVEN_TEXT ("phone", "phone"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_SCHOOL_INFO_N_FIELDS);


HAVEN_DEFINE_RECORD (HavenSchoolInfo, haven_school_info, "school", fields, NULL)
