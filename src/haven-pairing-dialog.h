/* haven-pairing-dialog.h: one pairing, its plan and its effect checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_DIALOG (haven_pairing_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingDialog, haven_pairing_dialog, HAVEN, PAIRING_DIALOG, AdwWindow)

GtkWidget    *haven_pairing_dialog_new        (HavenContext       *context,
                                               gint64              pairing_id);
gboolean      haven_pairing_dialog_get_loading (HavenPairingDialog *self);
/* The form's row of a field: "plan-content", or "check.note" for the
 * check being added. */
HavenFormRow *haven_pairing_dialog_get_row    (HavenPairingDialog *self,
                                               const char         *key);
/* Scrolls the form to the plan's effect and the checks; FALSE until the
 * form has its size. */
gboolean      haven_pairing_dialog_show_checks (HavenPairingDialog *self);
/* The pairing's checks, newest first. */
GListModel   *haven_pairing_dialog_get_checks (HavenPairingDialog *self);

G_END_DECLS
