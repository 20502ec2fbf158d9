/* haven-store-children.h: children's files, their history, the archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-child-file.h"
#include "haven-store.h"

G_BEGIN_DECLS

void            haven_store_load_child_file_async    (HavenStore          *self,
                                                      gint64               child_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
HavenChildFile *haven_store_load_child_file_finish   (HavenStore          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* Normalises and checks the file (haven_child_file_check(); an error
 * refuses it with HAVEN_STORE_ERROR_INVALID), then saves the child, the
 * parents and the guardian in one transaction and records every changed
 * field in the file's history under the session's staff member. */
void            haven_store_save_child_file_async    (HavenStore          *self,
                                                      HavenChildFile      *file,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gint64          haven_store_save_child_file_finish   (HavenStore          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* Deleting a child hides the file at once and can be undone; hidden files
 * are purged the next time the database opens. */
void            haven_store_set_child_deleted_async  (HavenStore          *self,
                                                      gint64               child_id,
                                                      gboolean             deleted,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean        haven_store_set_child_deleted_finish (HavenStore          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* The whole files of these children (a GPtrArray of HavenChildFile), in
 * the order of ids, read in one transaction: what cards and rosters
 * print. Ids that no longer exist are left out. */
void            haven_store_load_child_files_async   (HavenStore          *self,
                                                      GArray              *ids,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GPtrArray      *haven_store_load_child_files_finish  (HavenStore          *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
