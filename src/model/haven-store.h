/* haven-store.h: the database, reached through one worker thread
 *
 * The generic calls live here: open and close, load, save and delete one
 * record, the rows of a list, backups. Each feature adds its own calls in
 * its haven-store-<feature>.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-db-error.h"
#include "haven-query.h"
#include "haven-record.h"
#include "haven-session.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_STORE (haven_store_get_type ())

G_DECLARE_FINAL_TYPE (HavenStore, haven_store, HAVEN, STORE, GObject)

/* g_get_user_data_dir()/haven/haven.db */
char           *haven_store_default_path          (void);
/* The separate database of "Try a sample school" and of --sample. */
char           *haven_store_sample_path           (void);

HavenStore     *haven_store_new                   (const char          *path);
const char     *haven_store_get_path              (HavenStore          *self);
gboolean        haven_store_get_busy              (HavenStore          *self);
/* 0..1 while long work runs, -1 otherwise. */
double          haven_store_get_progress          (HavenStore          *self);
/* Who works: every job queued from now on runs as this session, which
 * decides what it may read and whom new records name as their author. */
HavenSession   *haven_store_get_session           (HavenStore          *self);
void            haven_store_set_session           (HavenStore          *self,
                                                   HavenSession        *session);

void            haven_store_open_async            (HavenStore          *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_open_finish           (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* Lets the queued jobs finish, then closes the database (its -wal is
 * checkpointed away) and stops the worker. Jobs queued later fail. Their
 * replies still arrive through the main context. */
void            haven_store_close                 (HavenStore          *self);

/* Loads one record with its derived fields; secret fields only when the
 * session may read them. */
void            haven_store_load_async            (HavenStore          *self,
                                                   GType                type,
                                                   gint64               id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
HavenRecord    *haven_store_load_finish           (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Inserts (id 0) or updates a record after its type's normaliser and
 * checks: a record with an error is refused with HAVEN_STORE_ERROR_INVALID.
 * The record is copied first, so the caller may keep editing; the new id
 * is returned. */
void            haven_store_save_async            (HavenStore          *self,
                                                   HavenRecord         *record,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gint64          haven_store_save_finish           (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void            haven_store_delete_async          (HavenStore          *self,
                                                   GType                type,
                                                   gint64               id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_delete_finish         (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* The rows a query matches, in order (a GPtrArray of HavenRecord): light
 * objects that hold only their id until their fields are fetched. The
 * same id gives the same object while anyone holds it, so a list can tell
 * kept rows from new ones by pointer. */
void            haven_store_query_async           (HavenStore          *self,
                                                   HavenQuery          *query,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray      *haven_store_query_finish          (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);
/* The same, with the list fields of the first n_preload rows fetched in
 * the same job: a list shows its first screen with the answer, in one
 * frame. preloaded receives them as new records, in the rows' order. */
void            haven_store_query_preload_async   (HavenStore          *self,
                                                   HavenQuery          *query,
                                                   guint                n_preload,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray      *haven_store_query_preload_finish  (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GPtrArray          **preloaded,
                                                   GError             **error);

/* The list fields of those ids (a GPtrArray of new HavenRecord of type):
 * derived fields included, secret fields never. */
void            haven_store_fetch_async           (HavenStore          *self,
                                                   GType                type,
                                                   GArray              *ids,
                                                   const char          *today,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray      *haven_store_fetch_finish          (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Copies the database with SQLite's online backup into a temporary file
 * beside destination, then renames it into place. An existing file there
 * is kept as destination.YYYYmmdd-HHMMSS.old first. A destination that
 * is the open database, its -wal or -shm, or a copy kept of it, is
 * refused. */
void            haven_store_backup_async          (HavenStore          *self,
                                                   const char          *destination,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_backup_finish         (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

#define HAVEN_STORE_ERROR (haven_store_error_quark ())

typedef enum
{
  HAVEN_STORE_ERROR_CLOSED,     /* the store was closed */
  HAVEN_STORE_ERROR_INVALID,    /* the record breaks a rule of its type */
  HAVEN_STORE_ERROR_FORBIDDEN,  /* the session may not do this */
  HAVEN_STORE_ERROR_OUTPUT,     /* a file would land on the database */
} HavenStoreError;

GQuark          haven_store_error_quark           (void);

G_END_DECLS
