/* haven-store.c: the database, reached through one worker thread
 *
 * The connection is opened, used and closed on the worker thread only, so
 * no SQLite call ever runs on the main thread. Jobs run one at a time in
 * the order they were queued; each is a GTask that returns to the main
 * context it was queued from.
 *
 * The worker never holds the HavenStore itself: only the tasks do, and
 * every reference the worker is done with goes back to the main thread in
 * an idle source, so the store's last reference is always dropped there
 * and the worker is never asked to join itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "haven-files.h"
#include "haven-store-private.h"

G_DEFINE_QUARK (haven-store-error-quark, haven_store_error)

typedef struct
{
  HavenJobFunc    func;         /* NULL for the job that stops the worker */
  gpointer        data;
  GDestroyNotify  data_free;
  GDestroyNotify  result_free;
  GTask          *task;         /* owned; given back to the main thread */
  HavenSession   *session;      /* owned */
  HavenJobPriority priority;
  guint64         sequence;     /* the order jobs of one priority run in */
} Job;

/* Jobs for what is on screen go before the long background ones waiting,
 * and in the order they came within a priority. */
static int
job_compare (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const Job *x = a, *y = b;

  if (x->priority != y->priority)
    return x->priority < y->priority ? -1 : 1;
  return x->sequence < y->sequence ? -1 : x->sequence > y->sequence;
}

typedef struct
{
  GDestroyNotify free;
  gpointer       data;
} State;

/* What the worker thread owns. Only the worker touches it while it runs;
 * the main thread frees it after joining. */
struct _HavenWorker
{
  char          *path;
  GAsyncQueue   *jobs;          /* Job*, shared with the main thread */
  GMainContext  *main_context;  /* where replies, signals and progress go */
  GWeakRef      *store;         /* rc-boxed: the store, for emissions on main */
  HavenDb       *db;
  GHashTable    *state;         /* key (owned) → State* */
  GHashTable    *generations;   /* GType → guint64 */
  guint64        generation;    /* every change of any type */
  GHashTable    *rows;          /* GType → (id → GWeakRef of a HavenRecord) */
};

struct _HavenStore
{
  GObject       parent_instance;

  char         *path;
  HavenWorker  *worker;        /* owned; NULL once closed */
  GThread      *thread;
  GMainContext *main_context;
  HavenSession *session;       /* owned; may be NULL */
  guint         n_running;     /* jobs queued and not answered */
  guint64       n_queued;      /* jobs ever queued: their sequence */
  double        progress;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_BUSY,
  PROP_PROGRESS,
  PROP_SESSION,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenStore, haven_store, G_TYPE_OBJECT)

/* Past this many rows of one type the cache forgets the dead ones. */
#define MAX_CACHED_ROWS 250000

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

/* Handing things to the main thread */

/* Always through a source, never g_main_context_invoke(): invoke runs the
 * function at once on the calling thread when nobody owns the context,
 * and that is how the worker came to drop the store's last reference. */
static void
run_on_main (HavenWorker    *worker,
             GSourceFunc     func,
             gpointer        data,
             GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[haven] store reply");
  g_source_attach (source, worker->main_context);
  g_source_unref (source);
}

static gboolean
nothing_cb (gpointer data)
{
  return G_SOURCE_REMOVE;
}

/* The notify runs on the main thread when the source is done. */
static void
unref_on_main (HavenWorker *worker,
               gpointer     object)
{
  run_on_main (worker, nothing_cb, object, g_object_unref);
}

static void
job_free (Job *job)
{
  if (job->data_free != NULL && job->data != NULL)
    job->data_free (job->data);
  g_clear_object (&job->session);
  /* The task is handed back before this, unless it never ran. */
  g_clear_object (&job->task);
  g_free (job);
}

static void
state_free (State *state)
{
  if (state->free != NULL)
    state->free (state->data);
  g_free (state);
}

static void
weak_ref_clear (gpointer data)
{
  g_weak_ref_clear (data);
}

static HavenWorker *
worker_new (HavenStore *store)
{
  HavenWorker *worker = g_new0 (HavenWorker, 1);

  worker->path = g_strdup (store->path);
  worker->jobs = g_async_queue_new ();
  worker->main_context = g_main_context_ref (store->main_context);
  worker->store = g_rc_box_new0 (GWeakRef);
  g_weak_ref_init (worker->store, store);
  worker->state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) state_free);
  worker->generations = g_hash_table_new (NULL, NULL);
  worker->rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  return worker;
}

static void
worker_free (HavenWorker *worker)
{
  g_assert (worker->db == NULL);

  g_free (worker->path);
  g_async_queue_unref (worker->jobs);
  g_main_context_unref (worker->main_context);
  g_rc_box_release_full (worker->store, weak_ref_clear);
  g_hash_table_unref (worker->state);
  g_hash_table_unref (worker->generations);
  g_hash_table_unref (worker->rows);
  g_free (worker);
}

static gpointer
worker_main (gpointer data)
{
  HavenWorker *worker = data;

  for (;;)
    {
      Job *job = g_async_queue_pop (worker->jobs);
      g_autoptr(GError) error = NULL;
      GCancellable *cancellable;
      HavenJob context;
      gpointer result = NULL;

      if (job->func == NULL)
        {
          job_free (job);
          break;
        }

      cancellable = g_task_get_cancellable (job->task);
      context.db = worker->db;
      context.cancellable = cancellable;
      context.session = job->session;
      context.worker = worker;

      if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
        {
          if (worker->db != NULL)
            haven_db_set_cancellable (worker->db, cancellable);
          result = job->func (&context, job->data, &error);
          if (worker->db != NULL)
            haven_db_set_cancellable (worker->db, NULL);
        }

      /* The data goes before the answer, so a caller that has its answer
       * knows the worker holds nothing of its any more. */
      if (job->data_free != NULL && job->data != NULL)
        job->data_free (g_steal_pointer (&job->data));

      if (error != NULL)
        g_task_return_error (job->task, g_steal_pointer (&error));
      else
        g_task_return_pointer (job->task, result, job->result_free);

      /* The task holds the store: its reference goes to the main thread. */
      unref_on_main (worker, g_steal_pointer (&job->task));
      job_free (job);
    }

  /* The rows and the features' state may hold records: free them here,
   * where they were made, before the connection goes. */
  g_hash_table_remove_all (worker->rows);
  g_hash_table_remove_all (worker->state);
  haven_db_close (worker->db);
  worker->db = NULL;
  return NULL;
}

/* Queueing jobs (main thread) */

static void
set_busy_delta (HavenStore *self,
                int         delta)
{
  gboolean was_busy = self->n_running > 0;

  g_assert (HAVEN_IS_STORE (self));

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

void
haven_store_queue_job (HavenStore          *self,
                       gpointer             source_tag,
                       HavenJobFunc         func,
                       gpointer             data,
                       GDestroyNotify       data_free,
                       GDestroyNotify       result_free,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  haven_store_queue_job_full (self, source_tag, HAVEN_JOB_PRIORITY_DEFAULT, func, data, data_free, result_free,
                              cancellable, callback, user_data);
}

void
haven_store_queue_job_full (HavenStore          *self,
                            gpointer             source_tag,
                            HavenJobPriority     priority,
                            HavenJobFunc         func,
                            gpointer             data,
                            GDestroyNotify       data_free,
                            GDestroyNotify       result_free,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  Completion *completion;
  Job *job;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (func != NULL);

  completion = g_new0 (Completion, 1);
  completion->self = g_object_ref (self);
  completion->callback = callback;
  completion->user_data = user_data;

  job = g_new0 (Job, 1);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  job->session = self->session != NULL ? g_object_ref (self->session) : NULL;
  job->priority = priority;
  job->sequence = self->n_queued++;
  job->task = g_task_new (self, cancellable, completion_cb, completion);
  g_task_set_source_tag (job->task, source_tag);
  g_task_set_name (job->task, "[haven] store job");

  set_busy_delta (self, +1);

  if (self->worker == NULL)
    {
      g_task_return_new_error (job->task, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_CLOSED,
                               _("The database is closed."));
      job_free (job);
      return;
    }
  g_async_queue_push_sorted (self->worker->jobs, job, job_compare, NULL);
}

gpointer
haven_store_finish_job (HavenStore    *self,
                        GAsyncResult  *result,
                        gpointer       source_tag,
                        GError       **error)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
haven_store_finish_done (HavenStore    *self,
                         GAsyncResult  *result,
                         gpointer       source_tag,
                         GError       **error)
{
  return haven_store_finish_job (self, result, source_tag, error) != NULL;
}

gpointer
haven_job_return_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

gint64
haven_store_finish_id (HavenStore    *self,
                       GAsyncResult  *result,
                       gpointer       source_tag,
                       GError       **error)
{
  g_autofree gint64 *id = haven_store_finish_job (self, result, source_tag, error);

  return id != NULL ? *id : 0;
}

/* On the worker */

gboolean
haven_job_ensure_open (HavenJob  *job,
                       GError   **error)
{
  if (job->db != NULL)
    return TRUE;
  g_set_error_literal (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN,
                       _("The database is not open."));
  return FALSE;
}

gboolean
haven_job_ensure_writer (HavenJob  *job,
                         GError   **error)
{
  if (!haven_job_ensure_open (job, error))
    return FALSE;
  /* Without a session the work is the program's own (an upgrade, the
   * sample school); a person's session must be allowed to write. */
  if (job->session == NULL || haven_session_can_write (job->session))
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN,
                       _("You may read these records but not change them."));
  return FALSE;
}

gint64
haven_job_get_staff_id (HavenJob *job)
{
  return job->session != NULL ? haven_session_get_staff_id (job->session) : 0;
}

typedef struct
{
  GWeakRef *store;   /* rc-boxed */
  GType     type;
  gint64    id;
} ChangedEmission;

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedEmission *emission = data;
  g_autoptr(HavenStore) self = g_weak_ref_get (emission->store);

  if (self != NULL)
    g_signal_emit (self, signals[CHANGED], 0, emission->type, emission->id);
  return G_SOURCE_REMOVE;
}

static void
changed_emission_free (gpointer data)
{
  ChangedEmission *emission = data;

  g_rc_box_release_full (emission->store, weak_ref_clear);
  g_free (emission);
}

void
haven_job_changed (HavenJob *job,
                   GType     type,
                   gint64    id)
{
  HavenWorker *worker = job->worker;
  ChangedEmission *emission = g_new0 (ChangedEmission, 1);
  guint64 generation;

  worker->generation++;
  generation = GPOINTER_TO_SIZE (g_hash_table_lookup (worker->generations, GSIZE_TO_POINTER (type)));
  g_hash_table_insert (worker->generations, GSIZE_TO_POINTER (type), GSIZE_TO_POINTER (generation + 1));
  if (id == 0 || type == HAVEN_TYPE_RECORD)
    /* Many rows changed: cached rows may describe rows that are gone. */
    g_hash_table_remove (worker->rows, GSIZE_TO_POINTER (type));

  emission->store = g_rc_box_acquire (worker->store);
  emission->type = type;
  emission->id = id;
  run_on_main (worker, emit_changed_cb, emission, changed_emission_free);
}

guint64
haven_job_get_generation (HavenJob *job,
                          GType     type)
{
  if (type == G_TYPE_NONE)
    return job->worker->generation;
  return GPOINTER_TO_SIZE (g_hash_table_lookup (job->worker->generations, GSIZE_TO_POINTER (type)))
         + GPOINTER_TO_SIZE (g_hash_table_lookup (job->worker->generations, GSIZE_TO_POINTER (HAVEN_TYPE_RECORD)));
}

typedef struct
{
  GWeakRef *store;   /* rc-boxed */
  double    fraction;
} ProgressUpdate;

static gboolean
set_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(HavenStore) self = g_weak_ref_get (update->store);

  if (self != NULL && self->progress != update->fraction)
    {
      self->progress = update->fraction;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_rc_box_release_full (update->store, weak_ref_clear);
  g_free (update);
}

void
haven_job_progress (HavenJob *job,
                    double    fraction)
{
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->store = g_rc_box_acquire (job->worker->store);
  update->fraction = fraction;
  run_on_main (job->worker, set_progress_cb, update, progress_update_free);
}

gpointer
haven_job_get_state (HavenJob   *job,
                     const char *key)
{
  State *state = g_hash_table_lookup (job->worker->state, key);

  return state != NULL ? state->data : NULL;
}

void
haven_job_set_state (HavenJob       *job,
                     const char     *key,
                     gpointer        data,
                     GDestroyNotify  data_free)
{
  State *state = g_new0 (State, 1);

  state->data = data;
  state->free = data_free;
  g_hash_table_insert (job->worker->state, g_strdup (key), state);
}

static void
weak_row_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Forgets the rows nobody holds any more. */
static void
prune_rows (GHashTable *rows)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autoptr(GObject) row = g_weak_ref_get (value);

      if (row == NULL)
        g_hash_table_iter_remove (&iter);
    }
}

HavenRecord *
haven_job_get_row (HavenJob *job,
                   GType     type,
                   gint64    id)
{
  GHashTable *rows = g_hash_table_lookup (job->worker->rows, GSIZE_TO_POINTER (type));
  GWeakRef *weak;
  HavenRecord *row;

  if (rows == NULL)
    {
      rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, weak_row_free);
      g_hash_table_insert (job->worker->rows, GSIZE_TO_POINTER (type), rows);
    }

  /* Weak: a row lives as long as a list holds it, so lists never keep
   * what nobody shows, and the same id stays the same object meanwhile. */
  weak = g_hash_table_lookup (rows, &id);
  if (weak == NULL)
    {
      guint size = g_hash_table_size (rows);

      /* Pruned only as a new row makes the table reach a power of two:
       * a list holding a million rows then costs a few passes, not one
       * pass per row. */
      if (size >= MAX_CACHED_ROWS && (size & (size - 1)) == 0)
        prune_rows (rows);
      weak = g_new0 (GWeakRef, 1);
      g_weak_ref_init (weak, NULL);
      g_hash_table_insert (rows, g_memdup2 (&id, sizeof id), weak);
    }

  row = g_weak_ref_get (weak);
  if (row == NULL)
    {
      row = haven_record_new_row (type, id);
      g_weak_ref_set (weak, row);
    }
  return row;
}

static gpointer
release_job (HavenJob  *job,
             gpointer   data,
             GError   **error)
{
  return HAVEN_JOB_DONE;
}

void
haven_store_release_later (HavenStore     *self,
                           gpointer        data,
                           GDestroyNotify  free_func)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  /* The data is freed on the worker once the job has run. */
  haven_store_queue_job (self, haven_store_release_later, release_job, data, free_func, NULL,
                         NULL, NULL, NULL);
}

/* Open and close */

static gpointer
open_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  HavenWorker *worker = job->worker;
  const HavenOpenFunc *hooks;
  guint n_hooks;

  if (worker->db != NULL)
    return HAVEN_JOB_DONE;

  worker->db = haven_db_open (worker->path, error);
  if (worker->db == NULL)
    return NULL;
  job->db = worker->db;

  /* Each feature tidies its tables (purges, rebuilt keys) once. */
  hooks = haven_schema_get_open_hooks (&n_hooks);
  for (guint i = 0; i < n_hooks; i++)
    if (!hooks[i] (job, error))
      {
        haven_db_close (worker->db);
        worker->db = NULL;
        return NULL;
      }

  return HAVEN_JOB_DONE;
}

void
haven_store_open_async (HavenStore          *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  haven_store_queue_job (self, haven_store_open_async, open_job, NULL, NULL, NULL,
                         cancellable, callback, user_data);
}

gboolean
haven_store_open_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_open_async, error);
}

static void
stop_worker (HavenStore *self)
{
  g_assert (HAVEN_IS_STORE (self));

  if (self->worker == NULL)
    return;

  /* dispose or close on the worker thread would wait for itself. */
  g_assert (g_thread_self () != self->thread);

  /* An empty job tells the worker to close the connection and stop,
   * after the jobs before it. */
  g_async_queue_push (self->worker->jobs, g_new0 (Job, 1));
  g_thread_join (g_steal_pointer (&self->thread));
  g_clear_pointer (&self->worker, worker_free);
}

void
haven_store_close (HavenStore *self)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  stop_worker (self);
}

/* Load, save, delete one record */

typedef struct
{
  GType   type;
  gint64  id;
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

  if (!haven_job_ensure_open (job, error))
    return NULL;
  return haven_job_load_record (job, ref->type, ref->id, NULL, error);
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

  haven_store_queue_job (self, haven_store_load_async, load_job, record_ref_new (type, id), g_free,
                         g_object_unref, cancellable, callback, user_data);
}

HavenRecord *
haven_store_load_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_load_async, error);
}

static gboolean
refuse_problems (GPtrArray  *problems,
                 GError    **error)
{
  const HavenProblem *problem = haven_problems_first_error (problems);

  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, problem->message);
  return FALSE;
}

/* The type's own rule of who may change it, whoever called. */
static gboolean
refuse_role (HavenJob          *job,
             HavenRecordClass  *klass,
             GError           **error)
{
  if (haven_record_class_may_write (klass, job->session))
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN,
                       _("Your role may read these records but not change them."));
  return FALSE;
}

/* A session that may not read a stored record's secrets (a confidential
 * talk) may not overwrite them with the blanks it was given, nor delete
 * them. The program's own work, without a session, may. */
static gboolean
may_change (HavenJob  *job,
            GType      type,
            gint64     id,
            GError   **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(HavenRecord) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  if (id == 0 || job->session == NULL || HAVEN_RECORD_CLASS (klass)->may_read_secrets == NULL)
    return TRUE;
  stored = haven_job_load_record (job, type, id, NULL, &local_error);
  if (stored == NULL)
    /* A row that is gone is the write's own error to report. */
    return TRUE;
  if (haven_record_may_read_secrets (stored, job->session))
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN,
                       _("This record is confidential: only its author, the counsellor and the headteacher may change it."));
  return FALSE;
}

static gpointer
save_job (HavenJob  *job,
          gpointer   data,
          GError   **error)
{
  HavenRecord *record = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  if (!haven_job_ensure_writer (job, error))
    return NULL;
  if (HAVEN_RECORD_GET_CLASS (record)->keeps_history)
    {
      g_set_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID,
                   "Records of type %s are saved with their file", G_OBJECT_TYPE_NAME (record));
      return NULL;
    }
  if (!refuse_role (job, HAVEN_RECORD_GET_CLASS (record), error))
    return NULL;

  /* The rules of the type, whoever called. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  haven_record_normalise (record);
  problems = haven_record_check (record, &today);
  if (!refuse_problems (problems, error))
    return NULL;
  if (!may_change (job, G_OBJECT_TYPE (record), haven_record_get_id (record), error))
    return NULL;

  if (!haven_job_write_record (job, record, error))
    return NULL;

  haven_job_changed (job, G_OBJECT_TYPE (record), haven_record_get_id (record));
  return haven_job_return_id (haven_record_get_id (record));
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

  haven_store_queue_job (self, haven_store_save_async, save_job,
                         haven_record_dup (record), g_object_unref, g_free,
                         cancellable, callback, user_data);
}

gint64
haven_store_save_finish (HavenStore    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_save_async, error);
}

static gpointer
delete_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  RecordRef *ref = data;
  g_autoptr(GTypeClass) klass = NULL;

  if (!haven_job_ensure_writer (job, error))
    return NULL;
  klass = g_type_class_ref (ref->type);
  if (!refuse_role (job, HAVEN_RECORD_CLASS (klass), error) || !may_change (job, ref->type, ref->id, error))
    return NULL;
  if (!haven_job_delete_record (job, ref->type, ref->id, error))
    return NULL;

  haven_job_changed (job, ref->type, ref->id);
  return HAVEN_JOB_DONE;
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

  haven_store_queue_job (self, haven_store_delete_async, delete_job, record_ref_new (type, id), g_free,
                         NULL, cancellable, callback, user_data);
}

gboolean
haven_store_delete_finish (HavenStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_delete_async, error);
}

/* Lists */

typedef struct
{
  HavenQuery *query;
  guint       n_preload;
} QueryJob;

typedef struct
{
  GPtrArray *rows;
  GPtrArray *preloaded;   /* new records with the first rows' fields */
} QueryAnswer;

static void
query_job_free (QueryJob *data)
{
  g_object_unref (data->query);
  g_free (data);
}

static void
query_answer_free (QueryAnswer *answer)
{
  g_clear_pointer (&answer->rows, g_ptr_array_unref);
  g_clear_pointer (&answer->preloaded, g_ptr_array_unref);
  g_free (answer);
}

static gpointer
query_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  QueryJob *query_data = data;
  HavenQuery *query = query_data->query;
  g_autoptr(GPtrArray) rows = NULL;
  QueryAnswer *answer;
  HavenQueryFunc func;

  if (!haven_job_ensure_open (job, error))
    return NULL;

  func = haven_schema_get_query_func (G_OBJECT_TYPE (query));
  /* Without a query function: every row of the type in its class's order. */
  rows = func != NULL ? func (job, query, error) : haven_job_list_all (job, haven_query_get_item_type (query), error);
  if (rows == NULL)
    return NULL;

  answer = g_new0 (QueryAnswer, 1);
  if (query_data->n_preload > 0 && rows->len > 0)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *today = haven_query_dup_today (query);

      for (guint i = 0; i < MIN (rows->len, query_data->n_preload); i++)
        {
          gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
          g_array_append_val (ids, id);
        }
      answer->preloaded = haven_job_fetch_rows (job, haven_query_get_item_type (query), ids, today, error);
      if (answer->preloaded == NULL)
        {
          query_answer_free (answer);
          return NULL;
        }
    }
  answer->rows = g_steal_pointer (&rows);
  return answer;
}

void
haven_store_query_async (HavenStore          *self,
                         HavenQuery          *query,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  haven_store_query_preload_async (self, query, 0, cancellable, callback, user_data);
}

void
haven_store_query_preload_async (HavenStore          *self,
                                 HavenQuery          *query,
                                 guint                n_preload,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  QueryJob *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_QUERY (query));

  data = g_new0 (QueryJob, 1);
  /* A copy: the list may change its query while this one runs. */
  data->query = haven_query_copy (query);
  data->n_preload = n_preload;
  haven_store_queue_job (self, haven_store_query_preload_async, query_job,
                         data, (GDestroyNotify) query_job_free, (GDestroyNotify) query_answer_free,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_query_preload_finish (HavenStore    *self,
                                  GAsyncResult  *result,
                                  GPtrArray    **preloaded,
                                  GError       **error)
{
  QueryAnswer *answer = haven_store_finish_job (self, result, haven_store_query_preload_async, error);
  GPtrArray *rows;

  if (answer == NULL)
    return NULL;
  rows = g_steal_pointer (&answer->rows);
  if (preloaded != NULL)
    *preloaded = answer->preloaded != NULL ? g_steal_pointer (&answer->preloaded)
                                           : g_ptr_array_new_with_free_func (g_object_unref);
  query_answer_free (answer);
  return rows;
}

GPtrArray *
haven_store_query_finish (HavenStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return haven_store_query_preload_finish (self, result, NULL, error);
}

typedef struct
{
  GType   type;
  GArray *ids;
  char   *today;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_pointer (&fetch->ids, g_array_unref);
  g_free (fetch->today);
  g_free (fetch);
}

static gpointer
fetch_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  Fetch *fetch = data;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  return haven_job_fetch_rows (job, fetch->type, fetch->ids, fetch->today, error);
}

void
haven_store_fetch_async (HavenStore          *self,
                         GType                type,
                         GArray              *ids,
                         const char          *today,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  Fetch *fetch;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (g_type_is_a (type, HAVEN_TYPE_RECORD));
  g_return_if_fail (ids != NULL);

  fetch = g_new0 (Fetch, 1);
  fetch->type = type;
  fetch->ids = g_array_ref (ids);
  fetch->today = g_strdup (today);
  haven_store_queue_job (self, haven_store_fetch_async, fetch_job,
                         fetch, (GDestroyNotify) fetch_free, (GDestroyNotify) g_ptr_array_unref,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_fetch_finish (HavenStore    *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_fetch_async, error);
}

/* Backup */

static gboolean
copy_pages (HavenJob    *job,
            sqlite3     *copy,
            GError     **error)
{
  sqlite3_backup *backup;
  int rc;

  backup = sqlite3_backup_init (copy, "main", haven_db_get_handle (job->db), "main");
  if (backup == NULL)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL, _("Database error: %s"), sqlite3_errmsg (copy));
      return FALSE;
    }

  do
    {
      int total;

      rc = sqlite3_backup_step (backup, 256);
      total = sqlite3_backup_pagecount (backup);
      if (total > 0)
        haven_job_progress (job, 1.0 - (double) sqlite3_backup_remaining (backup) / total);
      if (g_cancellable_is_cancelled (job->cancellable))
        break;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);
  haven_job_progress (job, -1.0);

  if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL, _("Database error: %s"), sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gpointer
backup_job (HavenJob  *job,
            gpointer   data,
            GError   **error)
{
  const char *destination = data;
  g_autofree char *temp_path = NULL;
  sqlite3 *copy = NULL;
  gboolean ok;
  int fd;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  if (!haven_files_check_output (haven_db_get_path (job->db), destination, TRUE, error))
    return NULL;

  /* A private file beside the destination: the copy appears under its
   * name only once it is whole. */
  fd = haven_files_make_temp (destination, &temp_path, error);
  if (fd < 0)
    return NULL;
  close (fd);

  ok = sqlite3_open_v2 (temp_path, &copy, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK;
  if (!ok)
    g_set_error (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN, _("Could not open “%s”: %s"),
                 temp_path, copy != NULL ? sqlite3_errmsg (copy) : "");
  ok = ok && copy_pages (job, copy, error);
  if (copy != NULL && sqlite3_close (copy) != SQLITE_OK && ok)
    {
      g_set_error_literal (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_SQL, _("The backup could not be written."));
      ok = FALSE;
    }
  /* The copy is one file: the backup API writes it with a rollback
   * journal, never WAL. */
  ok = ok && haven_files_commit_temp (temp_path, destination, TRUE, error);
  if (!ok)
    {
      g_unlink (temp_path);
      return NULL;
    }
  return HAVEN_JOB_DONE;
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

  haven_store_queue_job (self, haven_store_backup_async, backup_job,
                         g_strdup (destination), g_free, NULL,
                         cancellable, callback, user_data);
}

gboolean
haven_store_backup_finish (HavenStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_backup_async, error);
}

/* GObject */

static void
haven_store_dispose (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  stop_worker (self);

  G_OBJECT_CLASS (haven_store_parent_class)->dispose (object);
}

static void
haven_store_finalize (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_free (self->path);

  G_OBJECT_CLASS (haven_store_parent_class)->finalize (object);
}

static void
haven_store_constructed (GObject *object)
{
  HavenStore *self = HAVEN_STORE (object);

  G_OBJECT_CLASS (haven_store_parent_class)->constructed (object);

  self->worker = worker_new (self);
  self->thread = g_thread_new ("haven-store", worker_main, self->worker);
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
    case PROP_SESSION:
      g_value_set_object (value, self->session);
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
    case PROP_SESSION:
      haven_store_set_session (self, g_value_get_object (value));
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
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HAVEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
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
  g_assert (HAVEN_IS_STORE (self));

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

HavenSession *
haven_store_get_session (HavenStore *self)
{
  g_return_val_if_fail (HAVEN_IS_STORE (self), NULL);
  return self->session;
}

void
haven_store_set_session (HavenStore   *self,
                         HavenSession *session)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (session == NULL || HAVEN_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
