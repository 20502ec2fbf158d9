/* haven-term.c: a school term with its dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-term"

#include "config.h"

#include "haven-term.h"

static const HavenField fields[] = {
  HAVEN_TEXT ("name", "name"),
  HAVEN_DATE ("start-date", "start_date"),
  HAVEN_DATE ("end-date", "end_date"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_TERM_N_FIELDS);

static const int order[] = { HAVEN_DESC (HAVEN_TERM_START_DATE), -1 };

HAVEN_DEFINE_RECORD (HavenTerm, haven_term, "term", fields, order)
