/* haven-store-private.h: the store layer, where all SQL lives
 *
 * Everything declared here runs on the store's worker thread with the
 * worker's own connection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-db.h"
#include "haven-store.h"

G_BEGIN_DECLS

typedef struct _HavenJob HavenJob;

struct _HavenJob
{
  HavenStore   *store;        /* borrowed; the store outlives its jobs */
  HavenDb      *db;           /* the worker's connection */
  GCancellable *cancellable;  /* borrowed */
};

/* Reports progress (0..1) from the worker; shown on the main thread. */
void          haven_job_progress           (HavenJob      *job,
                                            double         fraction);
/* Announces, on the main thread, that records of a type changed. */
void          haven_job_changed            (HavenJob      *job,
                                            GType          type,
                                            gint64         id);

/* haven-store-records.c */
/* Gives a new record its uuid, the identity it keeps across machines. */
void          haven_sql_ensure_uuid        (HavenRecord   *record);
void          haven_sql_bind_fields        (sqlite3_stmt  *stmt,
                                            int            first,
                                            HavenRecord   *record);
/* Reads id, uuid, then every field, stored and derived, in order. */
void          haven_sql_read_record        (sqlite3_stmt  *stmt,
                                            HavenRecord   *record);
gboolean      haven_sql_insert_record      (HavenDb       *db,
                                            HavenRecord   *record,
                                            GError       **error);
gboolean      haven_sql_save_record        (HavenDb       *db,
                                            HavenRecord   *record,
                                            GError       **error);
HavenRecord  *haven_sql_load_record        (HavenDb       *db,
                                            GType          type,
                                            gint64         id,
                                            const char    *today,
                                            GError       **error);
gboolean      haven_sql_delete_record      (HavenDb       *db,
                                            GType          type,
                                            gint64         id,
                                            GError       **error);
GArray       *haven_sql_query_ids          (HavenDb       *db,
                                            HavenQuery    *query,
                                            GError       **error);
GPtrArray    *haven_sql_fetch              (HavenDb       *db,
                                            HavenQuery    *query,
                                            GArray        *ids,
                                            GError       **error);
HavenOverview *haven_sql_overview          (HavenDb       *db,
                                            const char    *today,
                                            GError       **error);
char         *haven_sql_like_pattern       (const char    *text,
                                            gboolean       prefix_only);
GArray       *haven_sql_collect_ids        (HavenDb       *db,
                                            sqlite3_stmt  *stmt,
                                            GError       **error);
gboolean      haven_sql_purge_deleted      (HavenDb       *db,
                                            GError       **error);

/* haven-store-children.c */
gboolean        haven_sql_insert_child_file (HavenDb        *db,
                                             HavenChildFile *file,
                                             GError        **error);
gboolean        haven_sql_save_child_file   (HavenDb        *db,
                                             HavenChildFile *file,
                                             const char     *author,
                                             GError        **error);
HavenChildFile *haven_sql_load_child_file   (HavenDb        *db,
                                             gint64          child_id,
                                             GError        **error);
gboolean        haven_sql_set_child_deleted (HavenDb        *db,
                                             gint64          child_id,
                                             gboolean        deleted,
                                             GError        **error);
gboolean        haven_sql_refresh_name_keys (HavenDb        *db,
                                             HavenJob       *job,
                                             GError        **error);
GArray         *haven_sql_query_children    (HavenDb        *db,
                                             HavenQuery     *query,
                                             GError        **error);

/* haven-sample.c */
gboolean      haven_sample_fill            (HavenJob      *job,
                                            guint          n_children,
                                            guint32        seed,
                                            const char    *today,
                                            GError       **error);

/* Today as YYYY-MM-DD in local time, or the given override. */
char         *haven_today_string           (const char    *override);

G_END_DECLS
