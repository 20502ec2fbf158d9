/* haven-school-info.h: the school itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_SCHOOL_INFO_NAME,
  HAVEN_SCHOOL_INFO_COUNTY,
  HAVEN_SCHOOL_INFO_ADDRESS,
  HAVEN_SCHOOL_INFO_PHONE,
  /* How many children a mentor carries unless set for the mentor; 0 for
   * the usual 3 (haven-pairing-rules.h). */
  HAVEN_SCHOOL_INFO_MENTOR_CAPACITY,
  HAVEN_SCHOOL_INFO_N_FIELDS
} HavenSchoolInfoField;

#define HAVEN_TYPE_SCHOOL_INFO (haven_school_info_get_type ())

G_DECLARE_FINAL_TYPE (HavenSchoolInfo, haven_school_info, HAVEN, SCHOOL_INFO, HavenRecord)

HavenSchoolInfo *haven_school_info_new (void);

G_END_DECLS
