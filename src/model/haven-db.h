/* haven-db.h: one SQLite connection, owned by one thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "haven-db-error.h"
#include "haven-model-types.h"

G_BEGIN_DECLS



HavenDb       *haven_db_open              (const char    *path,
                                           GError       **error);
void           haven_db_close             (HavenDb       *db);
const char    *haven_db_get_path          (HavenDb       *db);
sqlite3       *haven_db_get_handle        (HavenDb       *db);
int            haven_db_get_user_version  (HavenDb       *db);

/* A cached statement, reset and with its bindings cleared. Borrowed: it
 * stays valid until haven_db_close(). */
sqlite3_stmt  *haven_db_prepare           (HavenDb       *db,
                                           const char    *sql,
                                           GError       **error);
/* Steps a statement that returns no rows. */
gboolean       haven_db_run               (HavenDb       *db,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
/* Steps once: TRUE with *has_row set, or FALSE with error. */
gboolean       haven_db_step              (HavenDb       *db,
                                           sqlite3_stmt  *stmt,
                                           gboolean      *has_row,
                                           GError       **error);
/* Runs fixed SQL text with no values in it (pragmas, migrations). */
gboolean       haven_db_exec              (HavenDb       *db,
                                           const char    *sql,
                                           GError       **error);
gboolean       haven_db_begin             (HavenDb       *db,
                                           GError       **error);
gboolean       haven_db_commit            (HavenDb       *db,
                                           GError       **error);
void           haven_db_rollback          (HavenDb       *db);
gint64         haven_db_last_insert_id    (HavenDb       *db);
int            haven_db_changes           (HavenDb       *db);
gboolean       haven_db_set_error         (HavenDb       *db,
                                           int            rc,
                                           GError       **error);
/* Long statements stop early when this is cancelled. */
void           haven_db_set_cancellable   (HavenDb       *db,
                                           GCancellable  *cancellable);

/* Binding helpers: empty strings become '' (never NULL) and 0 ids NULL. */
void           haven_db_bind_text         (sqlite3_stmt  *stmt,
                                           int            index,
                                           const char    *text);
void           haven_db_bind_id           (sqlite3_stmt  *stmt,
                                           int            index,
                                           gint64         id);
const char    *haven_db_column_text       (sqlite3_stmt  *stmt,
                                           int            column);

/* "2026-11-22 16:24:50" in UTC, as stored in updated_at. */
char          *haven_db_now               (void);

/* Runs the ordered schema steps (haven-migrations.c). */
gboolean       haven_migrations_run       (HavenDb       *db,
                                           GError       **error);
int            haven_migrations_latest    (void);

G_END_DECLS
