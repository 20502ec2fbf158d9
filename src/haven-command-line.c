/* haven-command-line.c: Haven's work without a window
 *
 * One main loop runs while the store answers, one callback after the
 * other; nothing nests. Before the process ends the store is closed, so
 * the database is checkpointed and no -wal stays behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-query.h"
#include "haven-command-calendar.h"
#include "haven-command-due.h"
#include "haven-command-line.h"
#include "haven-command-pairings.h"
#include "haven-files.h"
#include "haven-report-cards.h"
#include "haven-report-pdf.h"
#include "haven-sample.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-store-children.h"

/* The school's own row: there is one. */
#define SCHOOL_INFO_ID 1

typedef struct
{
  const HavenCommandLine *options;
  HavenStore             *store;
  GMainLoop              *loop;
  int                     status;
  gint64                  class_id;     /* 0: every class */
  char                   *school_name;
  GArray                 *ids;
} Run;

static void
fail (Run        *run,
      const char *what,
      GError     *error)
{
  g_printerr ("%s: %s\n", what, error->message);
  run->status = 1;
  g_main_loop_quit (run->loop);
}

static void
done (Run *run)
{
  g_main_loop_quit (run->loop);
}

/* The sample */

static void
sample_filled_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_sample_fill_finish (HAVEN_STORE (object), result, &error))
    {
      fail (run, _("Could not make the sample school"), error);
      return;
    }
  done (run);
}

/* Printing cards to a PDF */

static void
files_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(HavenReport) report = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *printed_on = g_date_time_format (now, "%Y-%m-%d");
  HavenReportPaper paper = run->options->a5 ? HAVEN_REPORT_PAPER_A5 : HAVEN_REPORT_PAPER_A4;
  double width, height;

  files = haven_store_load_child_files_finish (HAVEN_STORE (object), result, &error);
  if (files == NULL)
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }

  report = haven_report_new_contact_cards (files, run->school_name, printed_on);
  haven_report_paper_get_size (paper, &width, &height);
  if (!haven_report_write_pdf (report, haven_store_get_path (run->store), run->options->output,
                               width, height, NULL, &error))
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }
  done (run);
}

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(HavenRecord) school = haven_store_load_finish (HAVEN_STORE (object), result, NULL);

  /* A school not yet described still gets its cards, without a name. */
  if (school != NULL)
    run->school_name = g_strdup (haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME));
  haven_store_load_child_files_async (run->store, run->ids, NULL, files_loaded_cb, run);
}

static void
children_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }
  if (rows->len == 0)
    {
      if (run->class_id == 0)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There are no children on the roll."));
      else
        g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     _("There are no children on the roll in class “%s”."), run->options->print_cards);
      fail (run, _("Could not print the contact cards"), error);
      return;
    }

  run->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (run->ids, id);
    }
  haven_store_load_async (run->store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, NULL, school_loaded_cb, run);
}

static void
find_children (Run *run)
{
  g_autoptr(HavenChildQuery) query = haven_child_query_new ();

  haven_child_query_set_class_id (query, run->class_id);
  haven_child_query_set_sort (query, HAVEN_SORT_CLASS);
  haven_store_query_async (run->store, HAVEN_QUERY (query), NULL, children_found_cb, run);
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

static void
classes_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  g_autofree char *wanted = class_name_key (run->options->print_cards);
  gboolean by_id = g_ascii_string_to_signed (run->options->print_cards, 10, 1, G_MAXINT64, NULL, NULL);
  gint64 id = by_id ? g_ascii_strtoll (run->options->print_cards, NULL, 10) : 0;

  classes = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (classes == NULL)
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }

  /* A class by its name first; a number may also be a class's id. */
  for (guint i = 0; i < classes->len && run->class_id == 0; i++)
    {
      HavenRecord *school_class = g_ptr_array_index (classes, i);
      g_autofree char *key = class_name_key (haven_record_get_string (school_class, HAVEN_SCHOOL_CLASS_NAME));

      if (g_str_equal (key, wanted))
        run->class_id = haven_record_get_id (school_class);
    }
  for (guint i = 0; i < classes->len && run->class_id == 0 && by_id; i++)
    if (haven_record_get_id (g_ptr_array_index (classes, i)) == id)
      run->class_id = id;

  if (run->class_id == 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no class “%s” in this database."), run->options->print_cards);
      fail (run, _("Could not print the contact cards"), error);
      return;
    }
  find_children (run);
}

static void
classes_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (run->store, HAVEN_TYPE_SCHOOL_CLASS, ids, NULL, NULL, classes_fetched_cb, run);
}

static void
print_cards (Run *run)
{
  g_autoptr(HavenQuery) classes = NULL;
  g_autoptr(GError) error = NULL;

  /* Refused before anything is read: the output may be the database. */
  if (!haven_files_check_output (haven_store_get_path (run->store), run->options->output, FALSE, &error))
    {
      fail (run, _("Could not print the contact cards"), error);
      return;
    }

  if (g_ascii_strcasecmp (run->options->print_cards, "all") == 0)
    {
      find_children (run);
      return;
    }
  classes = haven_query_new (HAVEN_TYPE_SCHOOL_CLASS);
  haven_store_query_async (run->store, classes, NULL, classes_found_cb, run);
}

/* The pairing board's lines */

static void
pairings_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_command_pairings_finish (result, &error))
    {
      fail (run, run->options->pairings ? _("Could not list the pairings") : _("Could not propose pairings"), error);
      return;
    }
  done (run);
}

/* The calendar as an iCalendar file */

static void
calendar_exported_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_command_export_calendar_finish (HAVEN_STORE (object), result, &error))
    {
      fail (run, _("Could not export the calendar"), error);
      return;
    }
  done (run);
}

/* Running */

static void
command_finished_cb (gpointer user_data,
                     int      status)
{
  Run *run = user_data;

  run->status = status;
  done (run);
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_open_finish (HAVEN_STORE (object), result, &error))
    {
      fail (run, _("Could not open the database"), error);
      return;
    }

  if (run->options->sample > 0)
    haven_sample_fill_async (run->store, run->options->sample, HAVEN_SAMPLE_SEED, NULL, NULL,
                             sample_filled_cb, run);
  else if (run->options->print_cards != NULL)
    print_cards (run);
  else if (run->options->pairings || run->options->suggest_pairings)
    haven_command_pairings_async (run->store, run->options, NULL, pairings_done_cb, run);
  else if (run->options->export_calendar != NULL)
    haven_command_export_calendar_async (run->store, run->options, calendar_exported_cb, run);
  else if (run->options->due != NULL)
    haven_command_due_run (run->store, run->options->due, run->options->output, command_finished_cb, run);
  else
    done (run);
}

int
haven_command_line_run (const HavenCommandLine *options)
{
  Run run = { options, NULL, NULL, 0, 0, NULL, NULL };

  g_return_val_if_fail (options != NULL && options->database != NULL, 1);

  run.store = haven_store_new (options->database);
  run.loop = g_main_loop_new (NULL, FALSE);
  haven_store_open_async (run.store, NULL, store_opened_cb, &run);
  g_main_loop_run (run.loop);

  /* The queued work ends, the connection closes (and checkpoints), then
   * the last replies run here, on the thread that owns the store. */
  haven_store_close (run.store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&run.store);
  g_main_loop_unref (run.loop);
  g_clear_pointer (&run.ids, g_array_unref);
  g_free (run.school_name);
  return run.status;
}
