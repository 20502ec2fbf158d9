/* haven-store.h: the database, reached through one worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-child-file.h"
#include "haven-query.h"
#include "haven-record.h"

G_BEGIN_DECLS

/* The figures of the overview and the term's work summary (工作总结). */
typedef struct
{
  guint children;            /* on the roll */
  guint complete;            /* complete files (建档) */
  guint key_support;         /* 重点帮扶对象 */
  guint paired;              /* with a current mentor */
  guint talked_this_month;   /* children with a talk this month */
  guint talks_this_month;
  guint follow_ups_due;      /* talks whose follow-up date has come */
  guint birthdays_this_month;
  guint activities_ahead;    /* in the next 14 days */
  guint mentors_overloaded;  /* more than HAVEN_MENTOR_LOAD_WARNING children */
  guint staff;
  guint classes;
} HavenOverview;

#define HAVEN_MENTOR_LOAD_WARNING 3

#define HAVEN_TYPE_OVERVIEW (haven_overview_get_type ())
GType          haven_overview_get_type (void) G_GNUC_CONST;
HavenOverview *haven_overview_copy     (const HavenOverview *overview);
void           haven_overview_free     (HavenOverview       *overview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenOverview, haven_overview_free)

#define HAVEN_TYPE_STORE (haven_store_get_type ())

G_DECLARE_FINAL_TYPE (HavenStore, haven_store, HAVEN, STORE, GObject)

/* g_get_user_data_dir()/haven/haven.db */
char           *haven_store_default_path          (void);
/* The separate database of "Try a sample school". */
char           *haven_store_sample_path           (void);

HavenStore     *haven_store_new                   (const char          *path);
const char     *haven_store_get_path              (HavenStore          *self);
gboolean        haven_store_get_busy              (HavenStore          *self);
/* 0..1 while long work runs, -1 otherwise. */
double          haven_store_get_progress          (HavenStore          *self);

void            haven_store_open_async            (HavenStore          *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_open_finish           (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Loads one record with its derived fields. */
void            haven_store_load_async            (HavenStore          *self,
                                                   GType                type,
                                                   gint64               id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
HavenRecord    *haven_store_load_finish           (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Inserts (id 0) or updates a record. The record is copied first, so the
 * caller may keep editing; the new id is returned. */
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

void            haven_store_load_child_file_async (HavenStore          *self,
                                                   gint64               child_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
HavenChildFile *haven_store_load_child_file_finish (HavenStore         *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Saves the child, the parents and the guardian in one transaction and
 * records every changed field in the file's history under author. */
void            haven_store_save_child_file_async (HavenStore          *self,
                                                   HavenChildFile      *file,
                                                   const char          *author,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gint64          haven_store_save_child_file_finish (HavenStore         *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Deleting a child hides the file at once and can be undone; hidden files
 * are purged the next time the database opens. */
void            haven_store_set_child_deleted_async (HavenStore        *self,
                                                   gint64               child_id,
                                                   gboolean             deleted,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_set_child_deleted_finish (HavenStore       *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* The ids a query matches, in order (a GArray of gint64). */
void            haven_store_query_async           (HavenStore          *self,
                                                   HavenQuery          *query,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GArray         *haven_store_query_finish          (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* The records of those ids, with derived fields (a GPtrArray of HavenRecord). */
void            haven_store_fetch_async           (HavenStore          *self,
                                                   HavenQuery          *query,
                                                   GArray              *ids,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GPtrArray      *haven_store_fetch_finish          (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

void            haven_store_overview_async        (HavenStore          *self,
                                                   const char          *today,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
HavenOverview  *haven_store_overview_finish       (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Fills the database with a sample school of n_children; progress shows
 * on the store's progress property. */
void            haven_store_fill_sample_async     (HavenStore          *self,
                                                   guint                n_children,
                                                   guint32              seed,
                                                   const char          *today,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_fill_sample_finish    (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* Copies the database to a new file with SQLite's online backup. */
void            haven_store_backup_async          (HavenStore          *self,
                                                   const char          *destination,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
gboolean        haven_store_backup_finish         (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
