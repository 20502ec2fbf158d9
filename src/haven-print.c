/* haven-print.c: printing contact cards and class rosters
 *
 * The records are loaded through the store's worker, one answer at a time,
 * so the main thread never waits on the database. GTK's print dialog runs
 * asynchronously and draws each page with haven-card-renderer; its "Print
 * to File" printer is how a teacher saves a PDF. The command line writes
 * its PDF itself with cairo, without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "haven-card-renderer.h"
#include "haven-db.h"
#include "haven-print.h"
#include "haven-query.h"
#include "haven-school-class.h"
#include "haven-school-info.h"

/* The school's own record is the first and only row of its table. */
#define SCHOOL_INFO_ID 1

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
is_not_found (const GError *error)
{
  return g_error_matches (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
}

/* Loading the cards: the school's name, then each child's file in turn */

typedef struct
{
  char      *school_name;  /* owned */
  GPtrArray *files;        /* owned; HavenChildFile */
} Cards;

static void
cards_free (Cards *cards)
{
  g_free (cards->school_name);
  g_clear_pointer (&cards->files, g_ptr_array_unref);
  g_free (cards);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Cards, cards_free)

typedef struct
{
  HavenStore *store;   /* owned */
  GArray     *ids;     /* owned; gint64 */
  guint       next;
  Cards      *cards;   /* owned until returned */
} CardsLoad;

static void
cards_load_free (CardsLoad *load)
{
  g_clear_object (&load->store);
  g_clear_pointer (&load->ids, g_array_unref);
  g_clear_pointer (&load->cards, cards_free);
  g_free (load);
}

static void load_next_file (GTask *task);

static void
child_file_loaded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CardsLoad *load = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  HavenChildFile *file;

  file = haven_store_load_child_file_finish (HAVEN_STORE (object), result, &error);
  if (file != NULL)
    g_ptr_array_add (load->cards->files, file);
  else if (is_not_found (error))
    /* Deleted since the list was made: there is nothing to print. */
    g_debug ("Child file gone before printing: %s", error->message);
  else
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  load_next_file (task);
}

static void
load_next_file (GTask *task)
{
  CardsLoad *load = g_task_get_task_data (task);

  if (load->next < load->ids->len)
    {
      gint64 id = g_array_index (load->ids, gint64, load->next++);

      haven_store_load_child_file_async (load->store, id, g_task_get_cancellable (task),
                                         child_file_loaded_cb, g_object_ref (task));
      return;
    }

  if (load->cards->files->len == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There are no children’s files to print."));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&load->cards), (GDestroyNotify) cards_free);
}

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CardsLoad *load = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) school = NULL;

  school = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  if (school != NULL)
    load->cards->school_name = g_strdup (haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  else
    /* A school not yet described still gets its cards, without a name. */
    g_debug ("No school name for the cards: %s", error->message);

  load_next_file (task);
}

static void
load_cards_async (HavenStore          *store,
                  GArray              *ids,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  CardsLoad *load = g_new0 (CardsLoad, 1);

  g_task_set_source_tag (task, load_cards_async);
  load->store = g_object_ref (store);
  load->ids = g_array_ref (ids);
  load->cards = g_new0 (Cards, 1);
  load->cards->files = g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_task_data (task, load, (GDestroyNotify) cards_load_free);

  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, cancellable,
                          school_loaded_cb, g_steal_pointer (&task));
}

static Cards *
load_cards_finish (HavenStore    *store,
                   GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == load_cards_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The print dialog */

typedef struct
{
  HavenStore        *store;          /* owned */
  GtkWindow         *parent;         /* weak */
  GCancellable      *cancellable;    /* owned; may be NULL */
  gulong             cancelled_id;
  gboolean           a5;
  char              *printed_on;     /* owned */
  Cards             *cards;          /* owned; cards only */
  gint64             class_id;       /* rosters only */
  char              *class_name;     /* owned; rosters only */
  GPtrArray         *children;       /* owned; rosters only, HavenChild */
  guint              rows_per_page;  /* rosters only, set when printing begins */
  guint              n_pages;
  GtkPrintOperation *operation;      /* owned while the dialog runs */
  gboolean           finished;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  if (job->cancelled_id != 0)
    g_cancellable_disconnect (job->cancellable, job->cancelled_id);
  g_clear_object (&job->store);
  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->cancellable);
  g_free (job->printed_on);
  g_clear_pointer (&job->cards, cards_free);
  g_free (job->class_name);
  g_clear_pointer (&job->children, g_ptr_array_unref);
  g_clear_object (&job->operation);
  g_free (job);
}

static GTask *
print_task_new (HavenStore          *store,
                GtkWindow           *parent,
                GCancellable        *cancellable,
                gpointer             source_tag,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  PrintJob *job = g_new0 (PrintJob, 1);

  g_task_set_source_tag (task, source_tag);
  job->store = g_object_ref (store);
  g_set_weak_pointer (&job->parent, parent);
  g_set_object (&job->cancellable, cancellable);
  job->printed_on = today_string ();
  g_task_set_task_data (task, job, (GDestroyNotify) print_job_free);
  return task;
}

static GtkPrintOperation *
print_operation_new (const char *job_name,
                     const char *basename,
                     gboolean    a5)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (a5 ? GTK_PAPER_NAME_A5 : GTK_PAPER_NAME_A4);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *filename = g_strconcat (basename, ".pdf", NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_settings_set_paper_size (settings, paper);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);
  /* What "Print to File" offers as the file name. */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_export_filename (operation, filename);
  /* The dialog and the drawing of pages must not hold the main loop. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  return operation;
}

static void
finish_operation (GTask                   *task,
                  GtkPrintOperationResult  result,
                  GError                  *error)
{
  PrintJob *job = g_task_get_task_data (task);

  if (job->finished)
    {
      g_clear_error (&error);
      return;
    }
  job->finished = TRUE;

  if (job->cancelled_id != 0)
    {
      g_cancellable_disconnect (job->cancellable, job->cancelled_id);
      job->cancelled_id = 0;
    }
  /* Drops the operation, which holds the task through its handlers. */
  g_clear_object (&job->operation);

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      /* Closing the dialog without printing is the teacher's choice, not
       * a failure to report. */
      g_clear_error (&error);
      g_task_return_boolean (task, TRUE);
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      if (error == NULL)
        g_set_error_literal (&error, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, _("Printing failed."));
      g_task_return_error (task, error);
      break;
    }
}

static void
operation_done_cb (GtkPrintOperation       *operation,
                   GtkPrintOperationResult  result,
                   gpointer                 user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    return;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  finish_operation (task, result, error);
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  PrintJob *job = user_data;

  if (job->operation != NULL)
    gtk_print_operation_cancel (job->operation);
}

static void
unref_task_notify (gpointer  data,
                   GClosure *closure)
{
  g_object_unref (data);
}

/* Every handler on the operation holds the task until it disconnects. */
static void
connect_to_task (GtkPrintOperation *operation,
                 const char        *signal,
                 GCallback          callback,
                 GTask             *task)
{
  g_signal_connect_data (operation, signal, callback, g_object_ref (task), unref_task_notify, 0);
}

/* Takes the operation; the task lives until the operation is done. */
static void
run_operation (GTask             *task,
               GtkPrintOperation *operation)
{
  PrintJob *job = g_task_get_task_data (task);
  GtkPrintOperationResult result;
  GError *error = NULL;

  /* No dialog for a window that closed while the records were loading. */
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (operation);
      return;
    }

  job->operation = operation;
  connect_to_task (operation, "done", G_CALLBACK (operation_done_cb), task);
  if (job->cancellable != NULL)
    job->cancelled_id = g_cancellable_connect (job->cancellable, G_CALLBACK (cancelled_cb), job, NULL);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    job->parent, &error);
  /* Where printing cannot run asynchronously it has already finished. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    finish_operation (task, result, error);
  else
    g_clear_error (&error);
}

/* Contact cards */

static void
draw_card_page_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   int                page_nr,
                   gpointer           user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (user_data));

  if (page_nr < 0 || (guint) page_nr >= job->cards->files->len)
    return;

  haven_card_renderer_draw_card (gtk_print_context_get_cairo_context (context),
                                 gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context),
                                 g_ptr_array_index (job->cards->files, page_nr),
                                 job->cards->school_name,
                                 job->printed_on);
}

static void
cards_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GtkPrintOperation *operation;

  job->cards = load_cards_finish (HAVEN_STORE (object), result, &error);
  if (job->cards == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  operation = print_operation_new (_("Contact cards"), "contact-cards", job->a5);
  gtk_print_operation_set_n_pages (operation, job->cards->files->len);
  connect_to_task (operation, "draw-page", G_CALLBACK (draw_card_page_cb), task);
  run_operation (task, operation);
}

void
haven_print_cards_async (HavenStore          *store,
                         GtkWindow           *parent,
                         GArray              *child_ids,
                         gboolean             a5,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (child_ids != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = print_task_new (store, parent, cancellable, haven_print_cards_async, callback, user_data);
  ((PrintJob *) g_task_get_task_data (task))->a5 = a5;

  load_cards_async (store, child_ids, cancellable, cards_loaded_cb, g_steal_pointer (&task));
}


/* Class rosters */

static void
begin_roster_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 gpointer           user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (user_data));

  /* The paper is only known now: it may have changed in the dialog. */
  job->rows_per_page = haven_card_renderer_roster_rows_per_page (gtk_print_context_get_height (context));
  job->n_pages = MAX (1, (job->children->len + job->rows_per_page - 1) / job->rows_per_page);
  gtk_print_operation_set_n_pages (operation, job->n_pages);
}

static void
draw_roster_page_cb (GtkPrintOperation *operation,
                     GtkPrintContext   *context,
                     int                page_nr,
                     gpointer           user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (user_data));

  if (page_nr < 0 || (guint) page_nr >= job->n_pages)
    return;

  haven_card_renderer_draw_roster (gtk_print_context_get_cairo_context (context),
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context),
                                   job->class_name,
                                   job->children,
                                   page_nr * job->rows_per_page,
                                   job->rows_per_page,
                                   page_nr,
                                   job->n_pages);
}

static HavenQuery *
class_children_query (gint64 class_id)
{
  HavenQuery *query = haven_query_new (HAVEN_QUERY_CHILDREN);

  haven_query_set_class_id (query, class_id);
  haven_query_set_roll (query, HAVEN_ROLL_CURRENT);
  haven_query_set_sort (query, HAVEN_SORT_CLASS);
  return query;
}

static void
roster_fetched_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  GtkPrintOperation *operation;

  job->children = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (job->children == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Translators: the file name "Print to File" suggests, without ".pdf". */
  basename = g_strdup_printf (_("roster-%s"), job->class_name);
  g_strdelimit (basename, "/\\:", '-');
  operation = print_operation_new (_("Class roster"), basename, FALSE);
  connect_to_task (operation, "begin-print", G_CALLBACK (begin_roster_cb), task);
  connect_to_task (operation, "draw-page", G_CALLBACK (draw_roster_page_cb), task);
  run_operation (task, operation);
}

static void
roster_ids_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(HavenQuery) query = NULL;

  ids = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (ids == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  query = class_children_query (job->class_id);
  haven_store_fetch_async (job->store, query, ids, g_task_get_cancellable (task),
                           roster_fetched_cb, g_steal_pointer (&task));
}

static void
roster_class_loaded_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) school_class = NULL;
  g_autoptr(HavenQuery) query = NULL;

  school_class = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  if (school_class == NULL)
    {
      if (is_not_found (error))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                 _("This class no longer exists. It may have been deleted."));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  job->class_name = g_strdup (haven_record_get_string (school_class, HAVEN_SCHOOL_CLASS_NAME));
  query = class_children_query (job->class_id);
  haven_store_query_async (job->store, query, g_task_get_cancellable (task),
                           roster_ids_cb, g_steal_pointer (&task));
}

void
haven_print_roster_async (HavenStore          *store,
                          GtkWindow           *parent,
                          gint64               class_id,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (class_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = print_task_new (store, parent, cancellable, haven_print_roster_async, callback, user_data);
  ((PrintJob *) g_task_get_task_data (task))->class_id = class_id;

  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_CLASS, class_id, cancellable,
                          roster_class_loaded_cb, g_steal_pointer (&task));
}

gboolean
haven_print_finish (GAsyncResult  *result,
                    GError       **error)
{
  gpointer tag;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  tag = g_task_get_source_tag (G_TASK (result));
  g_return_val_if_fail (tag == haven_print_cards_async || tag == haven_print_roster_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The command line: a private main loop waits for each answer */

typedef struct
{
  GMainLoop    *loop;    /* owned */
  GAsyncResult *result;  /* owned until taken */
} Waiter;

static void
waiter_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->result = g_object_ref (result);
  g_main_loop_quit (waiter->loop);
}

/* Runs the loop until the answer to the last call is in, and takes it. */
static GAsyncResult *
waiter_take (Waiter *waiter)
{
  if (waiter->result == NULL)
    g_main_loop_run (waiter->loop);
  return g_steal_pointer (&waiter->result);
}

static GArray *
wait_query (HavenStore  *store,
            Waiter      *waiter,
            HavenQuery  *query,
            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  haven_store_query_async (store, query, NULL, waiter_done_cb, waiter);
  result = waiter_take (waiter);
  return haven_store_query_finish (store, result, error);
}

static HavenRecord *
wait_load (HavenStore  *store,
           Waiter      *waiter,
           GType        type,
           gint64       id,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  haven_store_load_async (store, type, id, NULL, waiter_done_cb, waiter);
  result = waiter_take (waiter);
  return haven_store_load_finish (store, result, error);
}

/* Names compare after NFKC, so "三年级(2)班" finds "三年级（2）班". */
static char *
class_name_key (const char *name)
{
  g_autofree char *folded = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  GString *key = g_string_new (NULL);

  for (const char *p = folded != NULL ? folded : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

static gboolean
is_number (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* The id of the class class_spec names; 0 for "all", -1 on error. */
static gint64
resolve_class (HavenStore  *store,
               Waiter      *waiter,
               const char  *class_spec,
               GError     **error)
{
  g_autoptr(HavenQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *spec = g_strstrip (g_strdup (class_spec));

  if (g_ascii_strcasecmp (spec, "all") == 0)
    return 0;

  if (is_number (spec))
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(HavenRecord) school_class = NULL;
      gint64 id = g_ascii_strtoll (spec, NULL, 10);

      school_class = id > 0 ? wait_load (store, waiter, HAVEN_TYPE_SCHOOL_CLASS, id, &local_error) : NULL;
      if (school_class != NULL)
        return id;
      if (local_error != NULL && !is_not_found (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return -1;
        }
      /* Not an id after all: perhaps a class called by a number. */
    }

  query = haven_query_new (HAVEN_QUERY_CLASSES);
  ids = wait_query (store, waiter, query, error);
  if (ids == NULL)
    return -1;
  haven_store_fetch_async (store, query, ids, NULL, waiter_done_cb, waiter);
  result = waiter_take (waiter);
  classes = haven_store_fetch_finish (store, result, error);
  if (classes == NULL)
    return -1;

  wanted = class_name_key (spec);
  for (guint i = 0; i < classes->len; i++)
    {
      HavenRecord *school_class = g_ptr_array_index (classes, i);
      g_autofree char *key = class_name_key (haven_record_get_string (school_class, HAVEN_SCHOOL_CLASS_NAME));

      if (g_str_equal (key, wanted))
        return haven_record_get_id (school_class);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
               _("There is no class “%s” in this database."), class_spec);
  return -1;
}

typedef struct
{
  GOutputStream *stream;  /* borrowed */
  GError        *error;   /* owned; the first write error */
} PdfSink;

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_cards_pdf (Cards       *cards,
                 const char  *output,
                 gboolean     a5,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *printed_on = today_string ();
  double width = a5 ? HAVEN_CARD_A5_WIDTH : HAVEN_CARD_A4_WIDTH;
  double height = a5 ? HAVEN_CARD_A5_HEIGHT : HAVEN_CARD_A4_HEIGHT;
  PdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  /* A new file replaces the old one only once it is whole. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, &sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Contact cards"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Haven " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (guint i = 0; i < cards->files->len && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      haven_card_renderer_draw_card (cr, width, height, g_ptr_array_index (cards->files, i),
                                     cards->school_name, printed_on);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* Closing with a cancelled cancellable leaves any old file alone. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);

      if (sink.error != NULL)
        g_propagate_prefixed_error (error, sink.error, _("Could not write “%s”: "), output);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not draw the contact cards: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

gboolean
haven_print_cards_to_pdf (HavenStore  *store,
                          const char  *class_spec,
                          const char  *output,
                          gboolean     a5,
                          GError     **error)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (context, FALSE);
  g_autoptr(HavenQuery) query = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(Cards) cards = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  Waiter waiter = { loop, NULL };
  gint64 class_id;

  g_return_val_if_fail (HAVEN_IS_STORE (store), FALSE);
  g_return_val_if_fail (class_spec != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  class_id = resolve_class (store, &waiter, class_spec, error);
  if (class_id < 0)
    return FALSE;

  query = class_children_query (class_id);
  ids = wait_query (store, &waiter, query, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      if (class_id == 0)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("There are no children on the roll."));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("There are no children on the roll in class “%s”."), class_spec);
      return FALSE;
    }

  load_cards_async (store, ids, NULL, waiter_done_cb, &waiter);
  result = waiter_take (&waiter);
  cards = load_cards_finish (store, result, error);
  if (cards == NULL)
    return FALSE;

  return write_cards_pdf (cards, output, a5, error);
}
