/* haven-store-staff.h: which staff member is working
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"

G_BEGIN_DECLS

/* The session of the staff row mapped to the OS account. On the first run
 * on a database, the account takes the headteacher's row that no account
 * has yet, or a new headteacher row named real_name. */
void          haven_store_account_session_async  (HavenStore          *self,
                                                  const char          *account,
                                                  const char          *real_name,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
HavenSession *haven_store_account_session_finish (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Maps the OS account to another staff row (Preferences: "I am …") and
 * returns that row's session. */
void          haven_store_set_account_staff_async  (HavenStore          *self,
                                                    const char          *account,
                                                    gint64               staff_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
HavenSession *haven_store_set_account_staff_finish (HavenStore          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
