/* haven-term.h: a school term with its dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_TERM_NAME,
  HAVEN_TERM_START_DATE,
  HAVEN_TERM_END_DATE,
  HAVEN_TERM_N_FIELDS
} HavenTermField;

#define HAVEN_TYPE_TERM (haven_term_get_type ())

G_DECLARE_FINAL_TYPE (HavenTerm, haven_term, HAVEN, TERM, HavenRecord)

HavenTerm *haven_term_new (void);

G_END_DECLS
