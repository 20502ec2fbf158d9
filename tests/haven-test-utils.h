/* haven-test-utils.h: temp databases, a main loop for async calls, counters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-child-file.h"
#include "haven-child-query.h"
#include "haven-query.h"
#include "haven-record-list.h"
#include "haven-sample.h"
#include "haven-store.h"
#include "haven-store-children.h"
#include "haven-store-overview.h"

G_BEGIN_DECLS

/* How long any wait may take before the test fails. */
#define HAVEN_TEST_TIMEOUT_SECONDS 30

/* The day the store tests take as today. */
#define HAVEN_TEST_TODAY "2026-11-22"

/* A private folder (g_dir_make_tmp) and a database path inside it. Freeing
 * it removes the folder with everything in it (-wal, -shm, backups). */
typedef struct
{
  char *dir;
  char *path;   /* dir/haven.db, not created */
} HavenTestDir;

HavenTestDir   *haven_test_dir_new            (void);
/* Another file name in the same folder. */
char           *haven_test_dir_file           (HavenTestDir        *dir,
                                               const char          *name);
void            haven_test_dir_free           (HavenTestDir        *dir);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenTestDir, haven_test_dir_free)

/* An async callback that stores a reference to the result in
 * *(GAsyncResult **) user_data. */
void            haven_test_result_cb          (GObject             *object,
                                               GAsyncResult        *result,
                                               gpointer             user_data);
/* Iterates the default main context until *result is set; fails the test
 * after HAVEN_TEST_TIMEOUT_SECONDS. */
void            haven_test_wait               (GAsyncResult       **result);
/* Iterates until the store has no job left and nothing is pending on the
 * main context: replies, changed signals, a list's reload and its page
 * fetches have all run. */
void            haven_test_drain              (HavenStore          *store);

/* A new store on path, opened; the test fails if it cannot open. */
HavenStore     *haven_test_open_store         (const char          *path);
/* Drops the caller's reference and asserts the object is finalized once
 * pending callbacks have run (within the test timeout). */
void            haven_test_finalize_object_soon (gpointer            object);
/* Drains the store, then asserts it is finalized by dropping *store. */
void            haven_test_finalize_store     (HavenStore         **store);

/* Makes every job queued from now on run as a session of this name and
 * role (staff id 0: nobody's row); NULL name for no session. */
void            haven_test_run_as             (HavenStore          *store,
                                               const char          *name,
                                               HavenStaffRole       role);

/* Synchronous wrappers of the store's async calls. Each drains what the
 * call set off, so signals have arrived when they return. */
gint64          haven_test_save               (HavenStore          *store,
                                               gpointer             record,
                                               GError             **error);
/* Saves and asserts it worked; returns the id. */
gint64          haven_test_save_ok            (HavenStore          *store,
                                               gpointer             record);
/* The same for a record only the test holds: asserts it is then freed,
 * so the store kept no reference. */
gint64          haven_test_save_owned         (HavenStore          *store,
                                               gpointer             record);
HavenRecord    *haven_test_load               (HavenStore          *store,
                                               GType                type,
                                               gint64               id,
                                               GError             **error);
gboolean        haven_test_delete             (HavenStore          *store,
                                               GType                type,
                                               gint64               id,
                                               GError             **error);
/* Saves as a session named author (kept for the next calls), or as the
 * store's session when author is NULL. */
gint64          haven_test_save_child_file    (HavenStore          *store,
                                               HavenChildFile      *file,
                                               const char          *author,
                                               GError             **error);
HavenChildFile *haven_test_load_child_file    (HavenStore          *store,
                                               gint64               child_id,
                                               GError             **error);
gboolean        haven_test_set_child_deleted  (HavenStore          *store,
                                               gint64               child_id,
                                               gboolean             deleted,
                                               GError             **error);
/* The ids a query matches, in order. */
GArray         *haven_test_query              (HavenStore          *store,
                                               HavenQuery          *query,
                                               GError             **error);
/* The list rows of ids, as of the query's today. */
GPtrArray      *haven_test_fetch              (HavenStore          *store,
                                               HavenQuery          *query,
                                               GArray              *ids,
                                               GError             **error);
/* How SQLite would run sql on the database at path: its query plan, one
 * step a line. */
char           *haven_test_query_plan         (const char          *path,
                                               const char          *sql);
/* Frees an array of records and asserts each record went with it. */
void            haven_test_free_records       (GPtrArray           *records);
/* Query then fetch; asserts both work. */
GPtrArray      *haven_test_query_records      (HavenStore          *store,
                                               HavenQuery          *query);
HavenOverview  *haven_test_overview           (HavenStore          *store,
                                               const char          *today,
                                               GError             **error);
gboolean        haven_test_fill_sample        (HavenStore          *store,
                                               guint                n_children,
                                               guint32              seed,
                                               const char          *today,
                                               GError             **error);
gboolean        haven_test_backup             (HavenStore          *store,
                                               const char          *destination,
                                               GError             **error);

/* A file that lacks nothing (if class_id is not 0): a boy born
 * 2018-03-14 in 红星镇, both parents away at work, a grandmother with
 * the given phone. */
HavenChildFile *haven_test_child_file_new     (const char          *name,
                                               gint64               class_id,
                                               const char          *guardian_phone);

/* Counts notify::property emissions into *counter. */
gulong          haven_test_count_notify       (gpointer             object,
                                               const char          *property,
                                               guint               *counter);

/* Records every items-changed of a list model. */
typedef struct
{
  guint position;
  guint removed;
  guint added;
} HavenTestItemsChanged;

typedef struct _HavenTestItemsLog HavenTestItemsLog;

HavenTestItemsLog *haven_test_items_log_new    (GListModel          *model);
guint              haven_test_items_log_len    (HavenTestItemsLog   *log);
/* Asserts exactly one emission since the last check, with these values,
 * and forgets it. */
void               haven_test_items_log_assert_one (HavenTestItemsLog *log,
                                                    guint              position,
                                                    guint              removed,
                                                    guint              added);
/* Asserts no emission since the last check. */
void               haven_test_items_log_assert_none (HavenTestItemsLog *log);
void               haven_test_items_log_clear  (HavenTestItemsLog   *log);
/* Disconnects and frees. */
void               haven_test_items_log_free   (HavenTestItemsLog   *log);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenTestItemsLog, haven_test_items_log_free)

G_END_DECLS
