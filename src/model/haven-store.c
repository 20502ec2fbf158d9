/* haven-store.c: the database, reached through one worker thread
 *
 * The connection is opened, used and closed on the worker thread only, so
 * no SQLite call ever runs on the main thread. Jobs run one at a time in
 * the order they were queued; each is a GTask that returns to the caller's
 * main context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-store-private.h"

typedef gpointer (*HavenJobFunc) (HavenJob  *job,
                                  gpointer   data,
                                  GError   **error);

typedef struct
{
  HavenJobFunc    func;
  gpointer        data;
  GDestroyNotify  data_free;
  GDestroyNotify  result_free;
  GTask          *task;       /* owned; NULL for the quit job */
} Job;

struct _HavenStore
{
  GObject       parent_instance;

  char         *path;
  GThread      *worker;
  GAsyncQueue  *jobs;          /* Job* */
  GMainContext *main_context;  /* where signals and progress are delivered */
  HavenDb      *db;            /* worker thread only */
  guint         n_running;     /* main thread: jobs queued and not finished */
  double        progress;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_BUSY,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenStore, haven_store, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (HavenOverview, haven_overview, haven_overview_copy, haven_overview_free)

HavenOverview *
haven_overview_copy (const HavenOverview *overview)
{
  return g_memdup2 (overview, sizeof *overview);
}

void
haven_overview_free (HavenOverview *overview)
{
  g_free (overview);
}

char *
haven_today_string (const char *override)
{
  g_autoptr(GDateTime) now = NULL;

  if (override != NULL && *override != '\0')
    return g_strdup (override);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
haven_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "haven", "haven.db", NULL);
}

char *
haven_store_sample_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "haven", "sample-school.db", NULL);
}

static void
job_free (Job *job)
{
  if (job->data_free != NULL && job->data != NULL)
    job->data_free (job->data);
  g_clear_object (&job->task);
  g_free (job);
}

static gboolean
unref_on_main_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static gpointer
worker_main (gpointer data)
{
  HavenStore *self = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (self->jobs);
      g_autoptr(GError) error = NULL;
      GCancellable *cancellable;
      HavenJob context;
      gpointer result;

      if (job->task == NULL)
        {
          job_free (job);
          break;
        }

      cancellable = g_task_get_cancellable (job->task);
      context.store = self;
      context.db = self->db;
      context.cancellable = cancellable;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        result = NULL;
      else
        {
          if (self->db != NULL)
            haven_db_set_cancellable (self->db, cancellable);
          result = job->func (&context, job->data, &error);
          if (self->db != NULL)
            haven_db_set_cancellable (self->db, NULL);
        }

      if (error != NULL)
        g_task_return_error (job->task, g_steal_pointer (&error));
      else
        g_task_return_pointer (job->task, result, job->result_free);

      /* The task holds the store: its last reference must go on the main
       * thread, or the store could be disposed here and join itself. */
      g_main_context_invoke_full (self->main_context, G_PRIORITY_DEFAULT, unref_on_main_cb,
                                  g_steal_pointer (&job->task), NULL);
      job_free (job);
    }

  haven_db_close (self->db);
  self->db = NULL;
  return NULL;
}

static void
set_busy_delta (HavenStore *self,
                int         delta)
{
  gboolean was_busy = self->n_running > 0;

  self->n_running += delta;
  if (was_busy != (self->n_running > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

typedef struct
{
  HavenStore          *self;     /* owned */
  GAsyncReadyCallback  callback;
  gpointer             user_data;
} Completion;

static void
completion_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Completion *completion = user_data;
  g_autoptr(HavenStore) self = completion->self;

  set_busy_delta (self, -1);
  if (completion->callback != NULL)
    completion->callback (object, result, completion->user_data);
  g_free (completion);
}

static void
queue_job (HavenStore          *self,
           gpointer             source_tag,
           HavenJobFunc         func,
           gpointer             data,
           GDestroyNotify       data_free,
           GDestroyNotify       result_free,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  Completion *completion = g_new0 (Completion, 1);
  Job *job = g_new0 (Job, 1);

  completion->self = g_object_ref (self);
  completion->callback = callback;
  completion->user_data = user_data;

  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  job->task = g_task_new (self, cancellable, completion_cb, completion);
  g_task_set_source_tag (job->task, source_tag);

  set_busy_delta (self, +1);
  g_async_queue_push (self->jobs, job);
}

static gpointer
finish_pointer (HavenStore    *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Results that are only "it worked" are returned as this non-NULL token. */
#define DONE GINT_TO_POINTER (1)

static gboolean
ensure_open (HavenJob  *job,
             GError   **error)
{
  if (job->db != NULL)
    return TRUE;
  g_set_error_literal (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN,
                       _("The database is not open."));
  return FALSE;
}

typedef struct
{
  HavenStore *self;   /* owned until the emission runs */
  GType       type;
  gint64      id;
} ChangedEmission;

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedEmission *emission = data;
  g_autoptr(HavenStore) self = emission->self;

  g_signal_emit (self, signals[CHANGED], 0, emission->type, emission->id);
  g_free (emission);
  return G_SOURCE_REMOVE;
}

void
haven_job_changed (HavenJob *job,
                   GType     type,
                   gint64    id)
{
  ChangedEmission *emission = g_new0 (ChangedEmission, 1);

  emission->self = g_object_ref (job->store);
  emission->type = type;
  emission->id = id;
  g_main_context_invoke (job->store->main_context, emit_changed_cb, emission);
}

typedef struct
{
  HavenStore *self;
  double      fraction;
} ProgressUpdate;

static gboolean
set_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;

  if (update->self->progress != update->fraction)
    {
      update->self->progress = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (update->self), properties[PROP_PROGRESS]);
    }
  g_object_unref (update->self);
  g_free (update);
  return G_SOURCE_REMOVE;
}

void
haven_job_progress (HavenJob *job,
                    double    fraction)
{
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->self = g_object_ref (job->store);
  update->fraction = fraction;
  g_main_context_invoke (job->store->main_context, set_progress_cb, update);
}

static void
haven_store_dispose (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  if (self->worker != NULL)
    {
      /* An empty job tells the worker to close the connection and stop. */
      g_async_queue_push (self->jobs, g_new0 (Job, 1));
      g_thread_join (g_steal_pointer (&self->worker));
    }

  G_OBJECT_CLASS (haven_store_parent_class)->dispose (object);
}

static void
haven_store_finalize (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  g_clear_pointer (&self->jobs, g_async_queue_unref);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_free (self->path);

  G_OBJECT_CLASS (haven_store_parent_class)->finalize (object);
}

static void
haven_store_constructed (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  G_OBJECT_CLASS (haven_store_parent_class)->constructed (object);

  self->worker = g_thread_new ("haven-store", worker_main, self);
}

static void
haven_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HavenStore *self = HAVEN_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, haven_store_get_busy (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_store_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HavenStore *self = HAVEN_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_store_class_init (HavenStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = haven_store_constructed;
  object_class->dispose = haven_store_dispose;
  object_class->finalize = haven_store_finalize;
  object_class->get_property = haven_store_get_property;
  object_class->set_property = haven_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenStore::changed:
   * @type: the GType of the records that changed
   * @id: the record's id, or 0 for many
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);
}

static void
haven_store_init (HavenStore *self)
{
  self->jobs = g_async_queue_new ();
  self->main_context = g_main_context_ref_thread_default ();
  self->progress = -1.0;
}

HavenStore *
haven_store_new (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);
  return g_object_new (HAVEN_TYPE_STORE, "path", path, NULL);
}

const char *
haven_store_get_path (HavenStore *self)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), NULL);
  return self->path;
}

gboolean
haven_store_get_busy (HavenStore *self)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), FALSE);
  return self->n_running > 0;
}

double
haven_store_get_progress (HavenStore *self)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), -1.0);
  return self->progress;
}

/* Open */

static gpointer
open_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  HavenStore *self = job->store;

  if (self->db != NULL)
    return DONE;

  self->db = haven_db_open (self->path, error);
  if (self->db == NULL)
    return NULL;

  job->db = self->db;
  if (!haven_sql_purge_deleted (job->db, error)
      || !haven_sql_refresh_name_keys (job->db, job, error))
    return NULL;
  return DONE;
}

void
haven_store_open_async (HavenStore          *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  queue_job (self, haven_store_open_async, open_job, NULL, NULL, NULL,
             cancellable, callback, user_data);
}

gboolean
haven_store_open_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, haven_store_open_async, error) != NULL;
}

/* Load one record */

typedef struct
{
  GType  type;
  gint64 id;
} RecordRef;

static RecordRef *
record_ref_new (GType  type,
                gint64 id)
{
  RecordRef *ref = g_new0 (RecordRef, 1);

  ref->type = type;
  ref->id = id;
  return ref;
}

static gpointer
load_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  RecordRef *ref = data;

  if (!ensure_open (job, error))
    return NULL;
  return haven_sql_load_record (job->db, ref->type, ref->id, NULL, error);
}

void
haven_store_load_async (HavenStore          *self,
                        GType                type,
                        gint64               id,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (g_type_is_a (type, HAVEN_TYPE_RECORD));

  queue_job (self, haven_store_load_async, load_job, record_ref_new (type, id), g_free, g_object_unref,
             cancellable, callback, user_data);
}

HavenRecord *
haven_store_load_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, haven_store_load_async, error);
}

/* Save one record */

static gpointer
save_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  HavenRecord *record = data;

  if (!ensure_open (job, error))
    return NULL;
  if (!haven_sql_save_record (job->db, record, error))
    return NULL;

  haven_job_changed (job, G_OBJECT_TYPE (record), haven_record_get_id (record));
  return g_memdup2 (&(gint64) { haven_record_get_id (record) }, sizeof (gint64));
}

void
haven_store_save_async (HavenStore          *self,
                        HavenRecord         *record,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_RECORD (record));

  queue_job (self, haven_store_save_async, save_job,
             haven_record_dup (record), g_object_unref, g_free,
             cancellable, callback, user_data);
}

static gint64
finish_id (HavenStore    *self,
           GAsyncResult  *result,
           gpointer       source_tag,
           GError       **error)
{
  g_autofree gint64 *id = finish_pointer (self, result, source_tag, error);

  return id != NULL ? *id : 0;
}

gint64
haven_store_save_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_id (self, result, haven_store_save_async, error);
}

/* Delete one record */

static gpointer
delete_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  RecordRef *ref = data;

  if (!ensure_open (job, error))
    return NULL;
  if (!haven_sql_delete_record (job->db, ref->type, ref->id, error))
    return NULL;

  haven_job_changed (job, ref->type, ref->id);
  return DONE;
}

void
haven_store_delete_async (HavenStore          *self,
                          GType                type,
                          gint64               id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (g_type_is_a (type, HAVEN_TYPE_RECORD));

  queue_job (self, haven_store_delete_async, delete_job, record_ref_new (type, id), g_free, NULL,
             cancellable, callback, user_data);
}

gboolean
haven_store_delete_finish (HavenStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return finish_pointer (self, result, haven_store_delete_async, error) != NULL;
}

/* Child files */

static gpointer
load_child_file_job (HavenJob  *job,
                     gpointer   data,
                     GError   **error)
{
  if (!ensure_open (job, error))
    return NULL;
  return haven_sql_load_child_file (job->db, *(gint64 *) data, error);
}

void
haven_store_load_child_file_async (HavenStore          *self,
                                   gint64               child_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  queue_job (self, haven_store_load_child_file_async, load_child_file_job,
             g_memdup2 (&child_id, sizeof child_id), g_free, g_object_unref,
             cancellable, callback, user_data);
}

HavenChildFile *
haven_store_load_child_file_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_pointer (self, result, haven_store_load_child_file_async, error);
}

typedef struct
{
  HavenChildFile *file;
  char           *author;
} SaveFile;

static void
save_file_free (SaveFile *save)
{
  g_clear_object (&save->file);
  g_free (save->author);
  g_free (save);
}

static gpointer
save_child_file_job (HavenJob  *job,
                     gpointer   data,
                     GError   **error)
{
  SaveFile *save = data;
  gint64 id;

  if (!ensure_open (job, error))
    return NULL;
  if (!haven_sql_save_child_file (job->db, save->file, save->author, error))
    return NULL;

  id = haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (save->file)));
  haven_job_changed (job, HAVEN_TYPE_CHILD, id);
  return g_memdup2 (&id, sizeof id);
}

void
haven_store_save_child_file_async (HavenStore          *self,
                                   HavenChildFile      *file,
                                   const char          *author,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  SaveFile *save;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_CHILD_FILE (file));

  save = g_new0 (SaveFile, 1);
  save->file = haven_child_file_dup (file);
  save->author = g_strdup (author != NULL ? author : "");
  queue_job (self, haven_store_save_child_file_async, save_child_file_job,
             save, (GDestroyNotify) save_file_free, g_free,
             cancellable, callback, user_data);
}

gint64
haven_store_save_child_file_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return finish_id (self, result, haven_store_save_child_file_async, error);
}

typedef struct
{
  gint64   id;
  gboolean deleted;
} SetDeleted;

static gpointer
set_child_deleted_job (HavenJob  *job,
                       gpointer   data,
                       GError   **error)
{
  SetDeleted *set = data;

  if (!ensure_open (job, error))
    return NULL;
  if (!haven_sql_set_child_deleted (job->db, set->id, set->deleted, error))
    return NULL;

  haven_job_changed (job, HAVEN_TYPE_CHILD, set->id);
  return DONE;
}

void
haven_store_set_child_deleted_async (HavenStore          *self,
                                     gint64               child_id,
                                     gboolean             deleted,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  SetDeleted *set;

  g_return_if_fail (HAVEN_IS_STORE (self));

  set = g_new0 (SetDeleted, 1);
  set->id = child_id;
  set->deleted = deleted;
  queue_job (self, haven_store_set_child_deleted_async, set_child_deleted_job,
             set, g_free, NULL, cancellable, callback, user_data);
}

gboolean
haven_store_set_child_deleted_finish (HavenStore    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return finish_pointer (self, result, haven_store_set_child_deleted_async, error) != NULL;
}

/* Lists */

static gpointer
query_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  if (!ensure_open (job, error))
    return NULL;
  return haven_sql_query_ids (job->db, data, error);
}

void
haven_store_query_async (HavenStore          *self,
                         HavenQuery          *query,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_QUERY (query));

  /* A copy: the list may change its query while this one runs. */
  queue_job (self, haven_store_query_async, query_job,
             haven_query_copy (query), g_object_unref, (GDestroyNotify) g_array_unref,
             cancellable, callback, user_data);
}

GArray *
haven_store_query_finish (HavenStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_pointer (self, result, haven_store_query_async, error);
}

typedef struct
{
  HavenQuery *query;
  GArray     *ids;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_object (&fetch->query);
  g_clear_pointer (&fetch->ids, g_array_unref);
  g_free (fetch);
}

static gpointer
fetch_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  Fetch *fetch = data;

  if (!ensure_open (job, error))
    return NULL;
  return haven_sql_fetch (job->db, fetch->query, fetch->ids, error);
}

void
haven_store_fetch_async (HavenStore          *self,
                         HavenQuery          *query,
                         GArray              *ids,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  Fetch *fetch;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_QUERY (query));
  g_return_if_fail (ids != NULL);

  fetch = g_new0 (Fetch, 1);
  fetch->query = haven_query_copy (query);
  fetch->ids = g_array_ref (ids);
  queue_job (self, haven_store_fetch_async, fetch_job,
             fetch, (GDestroyNotify) fetch_free, (GDestroyNotify) g_ptr_array_unref,
             cancellable, callback, user_data);
}

GPtrArray *
haven_store_fetch_finish (HavenStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_pointer (self, result, haven_store_fetch_async, error);
}

/* Overview */

static gpointer
overview_job (HavenJob  *job,
              gpointer   data,
              GError   **error)
{
  if (!ensure_open (job, error))
    return NULL;
  return haven_sql_overview (job->db, data, error);
}

void
haven_store_overview_async (HavenStore          *self,
                            const char          *today,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  queue_job (self, haven_store_overview_async, overview_job,
             haven_today_string (today), g_free, (GDestroyNotify) haven_overview_free,
             cancellable, callback, user_data);
}

HavenOverview *
haven_store_overview_finish (HavenStore    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return finish_pointer (self, result, haven_store_overview_async, error);
}

/* Sample school */

typedef struct
{
  guint    n_children;
  guint32  seed;
  char    *today;
} Sample;

static void
sample_free (Sample *sample)
{
  g_free (sample->today);
  g_free (sample);
}

static gpointer
fill_sample_job (HavenJob  *job,
                 gpointer   data,
                 GError   **error)
{
  Sample *sample = data;
  gboolean ok;

  if (!ensure_open (job, error))
    return NULL;

  haven_job_progress (job, 0.0);
  ok = haven_sample_fill (job, sample->n_children, sample->seed, sample->today, error);
  haven_job_progress (job, -1.0);
  if (!ok)
    return NULL;

  haven_job_changed (job, HAVEN_TYPE_RECORD, 0);
  return DONE;
}

void
haven_store_fill_sample_async (HavenStore          *self,
                               guint                n_children,
                               guint32              seed,
                               const char          *today,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Sample *sample;

  g_return_if_fail (HAVEN_IS_STORE (self));

  sample = g_new0 (Sample, 1);
  sample->n_children = n_children;
  sample->seed = seed;
  sample->today = haven_today_string (today);
  queue_job (self, haven_store_fill_sample_async, fill_sample_job,
             sample, (GDestroyNotify) sample_free, NULL,
             cancellable, callback, user_data);
}

gboolean
haven_store_fill_sample_finish (HavenStore    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_pointer (self, result, haven_store_fill_sample_async, error) != NULL;
}

/* Backup */

static gpointer
backup_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  const char *destination = data;
  g_autoptr(GError) local_error = NULL;
  HavenDb *copy;
  sqlite3_backup *backup;
  int rc;

  if (!ensure_open (job, error))
    return NULL;

  /* Opening runs the migrations on the empty file; the backup then
   * replaces every page, schema included. */
  copy = haven_db_open (destination, error);
  if (copy == NULL)
    return NULL;

  backup = sqlite3_backup_init (haven_db_get_handle (copy), "main",
                                haven_db_get_handle (job->db), "main");
  if (backup == NULL)
    {
      haven_db_set_error (copy, sqlite3_errcode (haven_db_get_handle (copy)), error);
      haven_db_close (copy);
      return NULL;
    }

  do
    {
      int remaining, total;

      rc = sqlite3_backup_step (backup, 256);
      remaining = sqlite3_backup_remaining (backup);
      total = sqlite3_backup_pagecount (backup);
      if (total > 0)
        haven_job_progress (job, 1.0 - (double) remaining / total);
      if (g_cancellable_is_cancelled (job->cancellable))
        break;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  haven_job_progress (job, -1.0);

  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    {
      haven_db_close (copy);
      return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      haven_db_set_error (copy, rc, error);
      haven_db_close (copy);
      return NULL;
    }

  haven_db_close (copy);
  return DONE;
}

void
haven_store_backup_async (HavenStore          *self,
                          const char          *destination,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (destination != NULL);

  queue_job (self, haven_store_backup_async, backup_job,
             g_strdup (destination), g_free, NULL,
             cancellable, callback, user_data);
}

gboolean
haven_store_backup_finish (HavenStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return finish_pointer (self, result, haven_store_backup_async, error) != NULL;
}
