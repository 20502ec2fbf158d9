/* haven-due-list.h: what is due, child by child and rule by rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-store-due.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_DUE_LIST (haven_due_list_get_type ())

G_DECLARE_FINAL_TYPE (HavenDueList, haven_due_list, HAVEN, DUE_LIST, GtkWidget)

void          haven_due_list_set_context (HavenDueList *self,
                                          HavenContext *context);
/* The items shown (HavenDueItem). */
GListModel   *haven_due_list_get_model   (HavenDueList *self);
/* TRUE while a scan runs. */
gboolean      haven_due_list_get_loading (HavenDueList *self);
/* Shows what a preset names, other filters back to their defaults:
 * "rule=class-talk;status=overdue;class=12;scope=school" (any part may
 * be left out; rule and status by their nicks, status also "pending"). */
void          haven_due_list_show        (HavenDueList *self,
                                          const char   *preset);
/* The filters as they are now. */
void          haven_due_list_get_request (HavenDueList    *self,
                                          HavenDueRequest *request);

G_END_DECLS
