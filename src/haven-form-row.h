/* haven-form-row.h: one field of a record, on a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-problem.h"
#include "haven-record.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_FORM_ROW (haven_form_row_get_type ())

G_DECLARE_FINAL_TYPE (HavenFormRow, haven_form_row, HAVEN, FORM_ROW, AdwPreferencesRow)

GtkWidget    *haven_form_row_new           (void);
/* The record whose field the row edits; the row follows it (a binding
 * group), so another record of the same type can take its place. */
HavenRecord  *haven_form_row_get_record    (HavenFormRow       *self);
void          haven_form_row_set_record    (HavenFormRow       *self,
                                            HavenRecord        *record);
/* The property name of the field, as in the record's field table. */
const char   *haven_form_row_get_field     (HavenFormRow       *self);
/* The part of a form over several records ("guardian"), or NULL. */
const char   *haven_form_row_get_part      (HavenFormRow       *self);
/* The key of the field's problems: "guardian.phone", or "phone". */
char         *haven_form_row_dup_key       (HavenFormRow       *self);
/* For fields that point at a class: the classes to choose from. */
void          haven_form_row_set_context   (HavenFormRow       *self,
                                            HavenContext       *context);
/* What the model's checker says of the field (NULL: nothing). It shows
 * under the field once the person has left the field, or once revealed. */
void          haven_form_row_set_problem   (HavenFormRow       *self,
                                            const HavenProblem *problem);
const HavenProblem *haven_form_row_get_problem (HavenFormRow   *self);
/* Shows the problem even if the field was never visited (a save tried). */
void          haven_form_row_reveal        (HavenFormRow       *self);
gboolean      haven_form_row_get_touched   (HavenFormRow       *self);
/* The widget that takes the typing, to focus it. */
GtkWidget    *haven_form_row_get_editor    (HavenFormRow       *self);

G_END_DECLS
