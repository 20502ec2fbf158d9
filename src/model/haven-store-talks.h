/* haven-store-talks.h: saving talk records (谈心记录)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"
#include "haven-talk.h"

G_BEGIN_DECLS

/* Saves a talk: a new one is the session's (its author and who talked),
 * an old one keeps its author. The rules of HavenTalk apply (an error
 * refuses it with HAVEN_STORE_ERROR_INVALID), and a confidential talk can
 * be changed only by a session allowed to read it
 * (HAVEN_STORE_ERROR_FORBIDDEN). The record is copied first; the id is
 * returned. */
void    haven_store_save_talk_async  (HavenStore          *self,
                                      HavenTalk           *talk,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gint64  haven_store_save_talk_finish (HavenStore          *self,
                                      GAsyncResult        *result,
                                      GError             **error);

G_END_DECLS
