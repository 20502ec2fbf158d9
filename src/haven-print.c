/* haven-print.c: printing contact cards and class rosters
 *
 * The pages come from the report library (src/report), the same layout
 * the command line writes to PDF; this file only loads the records and
 * drives GtkPrintOperation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-print"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-query.h"
#include "haven-print.h"
#include "haven-report-cards.h"
#include "haven-report-render.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-store-children.h"

/* The school's own row: there is one. */
#define SCHOOL_INFO_ID 1

typedef struct
{
  HavenStore        *store;          /* owned */
  GtkWindow         *parent;         /* weak */
  GCancellable      *cancellable;    /* owned; may be NULL */
  gulong             cancelled_id;
  char              *basename;       /* what "Print to File" offers */
  char              *school_name;
  char              *class_name;
  GPtrArray         *records;        /* owned: child files or roster rows */
  gint64             class_id;       /* rosters only */
  HavenReport       *report;         /* owned, once the records are in */
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
  g_free (job->basename);
  g_free (job->school_name);
  g_free (job->class_name);
  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_clear_object (&job->report);
  g_clear_object (&job->operation);
  g_free (job);
}

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
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
  g_task_set_task_data (task, job, (GDestroyNotify) print_job_free);
  return task;
}

static gboolean
is_not_found (const GError *error)
{
  return g_error_matches (error, HAVEN_DB_ERROR, HAVEN_DB_ERROR_NOT_FOUND);
}

/* A file name from a person's or class's name: no folder separators. */
static char *
file_basename (const char *name)
{
  char *basename = g_strdup (name);

  g_strdelimit (basename, "/\\:", '-');
  return basename;
}

char *
haven_print_cards_basename (const char *name)
{
  g_autofree char *title = NULL;

  if (name == NULL || *name == '\0')
    /* Translators: the file name "Print to File" suggests, without ".pdf". */
    return g_strdup (_("contact-cards"));
  /* Translators: the file name "Print to File" suggests for one
   * child's card, without ".pdf"; %s is the child's name. */
  title = g_strdup_printf (_("contact-card-%s"), name);
  return file_basename (title);
}

/* The print dialog */

static GtkPrintOperation *
print_operation_new (const char *job_name,
                     const char *basename)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
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
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (user_data));

  /* The paper is only known now: it may have changed in the dialog. */
  gtk_print_operation_set_n_pages (operation,
                                   haven_report_paginate (job->report,
                                                          gtk_print_context_get_width (context),
                                                          gtk_print_context_get_height (context),
                                                          gtk_print_context_get_cairo_context (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintJob *job = g_task_get_task_data (G_TASK (user_data));

  if (page_nr < 0)
    return;
  haven_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page_nr,
                          gtk_print_context_get_width (context), gtk_print_context_get_height (context));
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

/* Shows the dialog for the job's report; the task lives until it is done. */
static void
run_operation (GTask      *task,
               const char *job_name)
{
  PrintJob *job = g_task_get_task_data (task);
  GtkPrintOperationResult result;
  GError *error = NULL;

  /* No dialog for a window that closed while the records were loading. */
  if (g_task_return_error_if_cancelled (task))
    return;

  job->operation = print_operation_new (job_name, job->basename);
  connect_to_task (job->operation, "begin-print", G_CALLBACK (begin_print_cb), task);
  connect_to_task (job->operation, "draw-page", G_CALLBACK (draw_page_cb), task);
  connect_to_task (job->operation, "done", G_CALLBACK (operation_done_cb), task);
  if (job->cancellable != NULL)
    job->cancelled_id = g_cancellable_connect (job->cancellable, G_CALLBACK (cancelled_cb), job, NULL);

  result = gtk_print_operation_run (job->operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    job->parent, &error);
  /* Where printing cannot run asynchronously it has already finished. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    finish_operation (task, result, error);
  else
    g_clear_error (&error);
}

/* Contact cards */

static void
files_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed_on = today_string ();

  job->records = haven_store_load_child_files_finish (HAVEN_STORE (object), result, &error);
  if (job->records == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->records->len == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("There are no children’s files to print."));
      return;
    }

  job->report = haven_report_new_contact_cards (job->records, job->school_name, printed_on);
  run_operation (task, _("Contact cards"));
}

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) school = NULL;
  GArray *ids = g_object_get_data (G_OBJECT (task), "haven-ids");

  school = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  /* A school not yet described still gets its cards, without a name. */
  if (school != NULL)
    job->school_name = g_strdup (haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The cards of a class come in one job, in one read. */
  haven_store_load_child_files_async (job->store, ids, g_task_get_cancellable (task),
                                      files_loaded_cb, g_steal_pointer (&task));
}

void
haven_print_cards_async (HavenStore          *store,
                         GtkWindow           *parent,
                         GArray              *child_ids,
                         const char          *name,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrintJob *job;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (child_ids != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = print_task_new (store, parent, cancellable, haven_print_cards_async, callback, user_data);
  job = g_task_get_task_data (task);
  job->basename = haven_print_cards_basename (name);
  g_object_set_data_full (G_OBJECT (task), "haven-ids", g_array_ref (child_ids), (GDestroyNotify) g_array_unref);

  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, cancellable,
                          school_loaded_cb, g_steal_pointer (&task));
}

/* Class rosters */

static void
roster_fetched_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed_on = today_string ();
  g_autofree char *title = NULL;

  job->records = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (job->records == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Translators: the file name "Print to File" suggests, without ".pdf". */
  title = g_strdup_printf (_("roster-%s"), job->class_name);
  job->basename = file_basename (title);
  job->report = haven_report_new_roster (job->class_name, job->records, printed_on);
  run_operation (task, _("Class roster"));
}

static void
roster_rows_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PrintJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (job->store, HAVEN_TYPE_CHILD, ids, NULL, g_task_get_cancellable (task),
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
  g_autoptr(HavenChildQuery) query = NULL;

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
  query = haven_child_query_new ();
  haven_child_query_set_class_id (query, job->class_id);
  haven_store_query_async (job->store, HAVEN_QUERY (query), g_task_get_cancellable (task),
                           roster_rows_cb, g_steal_pointer (&task));
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

/* A report already laid out */

void
haven_print_report_async (HavenStore          *store,
                          GtkWindow           *parent,
                          HavenReport         *report,
                          const char          *job_name,
                          const char          *basename,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrintJob *job;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (HAVEN_IS_REPORT (report));
  g_return_if_fail (job_name != NULL && basename != NULL);

  task = print_task_new (store, parent, cancellable, haven_print_report_async, callback, user_data);
  job = g_task_get_task_data (task);
  job->basename = file_basename (basename);
  job->report = g_object_ref (report);
  run_operation (task, job_name);
}

gboolean
haven_print_finish (GAsyncResult  *result,
                    GError       **error)
{
  gpointer tag;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  tag = g_task_get_source_tag (G_TASK (result));
  g_return_val_if_fail (tag == haven_print_cards_async || tag == haven_print_roster_async
                        || tag == haven_print_report_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
