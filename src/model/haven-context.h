/* haven-context.h: the store and the session a window works with
 *
 * Windows and pages get one as a construct property, so nothing reaches
 * for globals and tests can run as any role on any database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-session.h"
#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CONTEXT (haven_context_get_type ())

G_DECLARE_FINAL_TYPE (HavenContext, haven_context, HAVEN, CONTEXT, GObject)

HavenContext *haven_context_new          (HavenStore          *store);
HavenStore   *haven_context_get_store    (HavenContext        *self);
/* NULL until opened. */
HavenSession *haven_context_get_session  (HavenContext        *self);
/* Every job queued from now on runs as session. */
void          haven_context_set_session  (HavenContext        *self,
                                          HavenSession        *session);
/* The OS account the session is chosen by (g_get_user_name() unless a
 * test says otherwise). */
const char   *haven_context_get_account  (HavenContext        *self);
void          haven_context_set_account  (HavenContext        *self,
                                          const char          *account);

/* Opens the store, then takes the session of the staff row mapped to the
 * OS account (made on the first run). A session set beforehand (a test
 * running as some role) is kept. */
void          haven_context_open_async   (HavenContext        *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean      haven_context_open_finish  (HavenContext        *self,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
