/* haven-store-private.h: the store layer, where all SQL lives
 *
 * Feature modules (haven-store-children.c, haven-store-overview.c …)
 * queue their own jobs here and own their _async/_finish pairs. Every
 * HavenJob function runs on the store's worker thread, with the worker's
 * own connection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-db.h"
#include "haven-store.h"

G_BEGIN_DECLS

typedef struct _HavenWorker HavenWorker;

typedef struct
{
  HavenDb      *db;           /* the worker's connection; NULL until open */
  GCancellable *cancellable;  /* borrowed */
  HavenSession *session;      /* borrowed: who queued the job; may be NULL */
  HavenWorker  *worker;       /* borrowed: state the worker keeps between jobs */
} HavenJob;

typedef gpointer (*HavenJobFunc) (HavenJob  *job,
                                  gpointer   data,
                                  GError   **error);

/* Results that are only "it worked" are returned as this non-NULL token. */
#define HAVEN_JOB_DONE GINT_TO_POINTER (1)

/* Queues func (data) on the worker. data is freed there with data_free;
 * the result goes back as the task's pointer, freed with result_free if
 * nobody takes it. source_tag is the public _async function. */
void          haven_store_queue_job        (HavenStore          *self,
                                            gpointer             source_tag,
                                            HavenJobFunc         func,
                                            gpointer             data,
                                            GDestroyNotify       data_free,
                                            GDestroyNotify       result_free,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* Background jobs (the Overview's figures: seconds at county scale) wait
 * behind every other job queued, even one queued after them; a job the
 * worker has started runs to its end. */
typedef enum
{
  HAVEN_JOB_PRIORITY_DEFAULT,
  HAVEN_JOB_PRIORITY_BACKGROUND,
} HavenJobPriority;

void          haven_store_queue_job_full   (HavenStore          *self,
                                            gpointer             source_tag,
                                            HavenJobPriority     priority,
                                            HavenJobFunc         func,
                                            gpointer             data,
                                            GDestroyNotify       data_free,
                                            GDestroyNotify       result_free,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* Frees data on the worker, after the jobs before: what would take the
 * main thread longer than a frame to let go of (100,000 list rows). */
void          haven_store_release_later    (HavenStore          *self,
                                            gpointer             data,
                                            GDestroyNotify       free_func);
gpointer      haven_store_finish_job       (HavenStore          *self,
                                            GAsyncResult        *result,
                                            gpointer             source_tag,
                                            GError             **error);
gboolean      haven_store_finish_done      (HavenStore          *self,
                                            GAsyncResult        *result,
                                            gpointer             source_tag,
                                            GError             **error);
/* For jobs that return a g_memdup2'd gint64. */
gint64        haven_store_finish_id        (HavenStore          *self,
                                            GAsyncResult        *result,
                                            gpointer             source_tag,
                                            GError             **error);
gpointer      haven_job_return_id          (gint64               id);

/* Reports progress (0..1, -1 when done); shown on the main thread. */
void          haven_job_progress           (HavenJob            *job,
                                            double               fraction);
/* Announces, on the main thread, that records of a type changed (id 0:
 * many). Worker-side caches see it at once through the generation. */
void          haven_job_changed            (HavenJob            *job,
                                            GType                type,
                                            gint64               id);
/* Counts the changes of a type (and of every type, for G_TYPE_NONE), so
 * a feature's cache can tell that it is stale. */
guint64       haven_job_get_generation     (HavenJob            *job,
                                            GType                type);
/* What a feature keeps on the worker between jobs (a search index, say),
 * freed when the store closes. */
gpointer      haven_job_get_state          (HavenJob            *job,
                                            const char          *key);
void          haven_job_set_state          (HavenJob            *job,
                                            const char          *key,
                                            gpointer             state,
                                            GDestroyNotify       state_free);
gboolean      haven_job_ensure_open        (HavenJob            *job,
                                            GError             **error);
gboolean      haven_job_ensure_writer      (HavenJob            *job,
                                            GError             **error);
gint64        haven_job_get_staff_id       (HavenJob            *job);
/* The light row object of a list for id: the same object while anyone
 * holds it (see haven_store_query_async). */
HavenRecord  *haven_job_get_row            (HavenJob            *job,
                                            GType                type,
                                            gint64               id);

/* haven-store-records.c: the statements every table gets from its
 * field table, and the calls on them. */

/* Gives a new record its uuid, the identity it keeps across machines. */
void          haven_sql_ensure_uuid        (HavenRecord         *record);
/* Inserts or updates one record as it is (no rules: the caller checked). */
gboolean      haven_job_write_record       (HavenJob            *job,
                                            HavenRecord         *record,
                                            GError             **error);
gboolean      haven_job_insert_record      (HavenJob            *job,
                                            HavenRecord         *record,
                                            GError             **error);
/* Loads with derived fields, secrets as the session may read them. */
HavenRecord  *haven_job_load_record        (HavenJob            *job,
                                            GType                type,
                                            gint64               id,
                                            const char          *today,
                                            GError             **error);
HavenRecord  *haven_job_load_record_by_uuid (HavenJob           *job,
                                            GType                type,
                                            const char          *uuid,
                                            GError             **error);
/* The first record of type whose reference field points at owner_id, or a
 * new blank one (a child's guardian, say). */
HavenRecord  *haven_job_load_owned         (HavenJob            *job,
                                            GType                type,
                                            guint                owner_field,
                                            gint64               owner_id,
                                            int                  role_field,
                                            int                  role,
                                            GError             **error);
gboolean      haven_job_delete_record      (HavenJob            *job,
                                            GType                type,
                                            gint64               id,
                                            GError             **error);
GPtrArray    *haven_job_fetch_rows         (HavenJob            *job,
                                            GType                type,
                                            GArray              *ids,
                                            const char          *today,
                                            GError             **error);
/* How many rows of type there are; -1 on error. */
gint64        haven_job_count_records      (HavenJob            *job,
                                            GType                type,
                                            GError             **error);
/* Every row of type in its class's order, as list rows. */
GPtrArray    *haven_job_list_all           (HavenJob            *job,
                                            GType                type,
                                            GError             **error);
/* Steps stmt and makes a row of type from the id in its first column. */
GPtrArray    *haven_job_collect_rows       (HavenJob            *job,
                                            GType                type,
                                            sqlite3_stmt        *stmt,
                                            GError             **error);
/* "%text%" (or "text%") for LIKE … ESCAPE '\', wildcards escaped. */
char         *haven_sql_like_pattern       (const char          *text,
                                            gboolean             prefix_only);

/* haven-schema.c: the registered record types, their derived columns and
 * the query handlers. */

/* The derived fields of a type come from hand-written joins: columns, in
 * the order of the type's derived fields, may use the main table as t, ?1
 * the row id and ?2 the day that counts as today. */
typedef struct
{
  const char *columns;
  const char *joins;
} HavenDerivedSql;

typedef GPtrArray *(*HavenQueryFunc) (HavenJob    *job,
                                      HavenQuery  *query,
                                      GError     **error);
typedef gboolean   (*HavenOpenFunc)  (HavenJob    *job,
                                      GError     **error);

/* The record types the store knows, for the schema test and the export. */
const GType         *haven_schema_get_types       (guint         *n_types);
const HavenDerivedSql *haven_schema_get_derived   (GType          type);
HavenQueryFunc       haven_schema_get_query_func  (GType          query_type);
const HavenOpenFunc *haven_schema_get_open_hooks  (guint         *n_hooks);

G_END_DECLS
