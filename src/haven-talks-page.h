/* haven-talks-page.h: the talk records (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_TALKS_PAGE (haven_talks_page_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalksPage, haven_talks_page, HAVEN, TALKS_PAGE, GtkWidget)

HavenContext *haven_talks_page_get_context (HavenTalksPage *self);
void          haven_talks_page_set_context (HavenTalksPage *self,
                                           HavenContext *context);

G_END_DECLS
