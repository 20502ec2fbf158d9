/* haven-command-due.c: `haven --due YYYY-MM-DD`, what is due on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-command-due"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "haven-command-due.h"
#include "haven-files.h"
#include "haven-store-due.h"

typedef struct
{
  char                 *output;
  HavenCommandFinished  finished;
  gpointer              user_data;
} DueRun;

static void
finish (DueRun       *run,
        const GError *error)
{
  if (error != NULL)
    g_printerr ("%s: %s\n", _("Could not tell what is due"), error->message);
  run->finished (run->user_data, error != NULL ? 1 : 0);
  g_free (run->output);
  g_free (run);
}

static gboolean
write_table (HavenStore  *store,
             const char  *output,
             const char  *table,
             GError     **error)
{
  g_autoptr(HavenOutputFile) file = NULL;

  if (output == NULL)
    {
      if (fputs (table, stdout) < 0 || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The table could not be written."));
          return FALSE;
        }
      return TRUE;
    }

  file = haven_output_file_new (haven_store_get_path (store), output, error);
  return file != NULL
         && haven_output_file_write (file, table, strlen (table), error)
         && haven_output_file_commit (file, error);
}

static void
table_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DueRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *table = haven_store_due_table_finish (HAVEN_STORE (object), result, &error);

  if (table != NULL)
    write_table (HAVEN_STORE (object), run->output, table, &error);
  finish (run, error);
}

void
haven_command_due_run (HavenStore           *store,
                       const char           *day,
                       const char           *output,
                       HavenCommandFinished  finished,
                       gpointer              user_data)
{
  g_autoptr(GError) error = NULL;
  DueRun *run;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (day != NULL);
  g_return_if_fail (finished != NULL);

  run = g_new0 (DueRun, 1);
  run->output = g_strdup (output);
  run->finished = finished;
  run->user_data = user_data;

  /* Refused before anything is read: the output may be the database. */
  if (output != NULL && !haven_files_check_output (haven_store_get_path (store), output, FALSE, &error))
    {
      finish (run, error);
      return;
    }
  haven_store_due_table_async (store, day, NULL, table_cb, run);
}
