/* haven-record-rules.h: checks and normalisers the record types share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Trims every stored text field that is typed by a person. */
void     haven_rules_trim_texts     (HavenRecord *record);
/* An optional phone: empty, or a valid number (then stored normalised). */
void     haven_rules_check_phone    (HavenRecord *record,
                                     guint        field,
                                     GPtrArray   *problems);
void     haven_rules_normalise_phone (HavenRecord *record,
                                      guint        field);
/* An optional date: empty, or a real YYYY-MM-DD date. */
void     haven_rules_check_date     (HavenRecord *record,
                                     guint        field,
                                     GPtrArray   *problems);
/* A text a person must give. */
void     haven_rules_check_required (HavenRecord *record,
                                     guint        field,
                                     const char  *message,
                                     GPtrArray   *problems);
/* Whether a text or date field holds nothing but spaces. */
gboolean haven_rules_is_blank       (HavenRecord *record,
                                     guint        field);

G_END_DECLS
