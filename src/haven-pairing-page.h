/* haven-pairing-page.h: the mentor pairings (结对帮扶)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_PAGE (haven_pairing_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingPage, haven_pairing_page, HAVEN, PAIRING_PAGE, GtkWidget)

HavenContext *haven_pairing_page_get_context (HavenPairingPage *self);
void          haven_pairing_page_set_context (HavenPairingPage *self,
                                             HavenContext *context);

G_END_DECLS
