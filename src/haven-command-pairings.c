/* haven-command-pairings.c: --pairings and --suggest-pairings, without a window
 *
 * For checks and for county reporting: one header line, then one
 * tab-separated line per child, in UTF-8 whatever the locale. The lines
 * go to the --output file (private, written whole, never the database)
 * or to standard output, which is refused when it is the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-command-pairings"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "haven-command-pairings.h"
#include "haven-files.h"
#include "haven-labels.h"
#include "haven-store-pairings.h"

typedef struct
{
  HavenStore             *store;     /* owned */
  const HavenCommandLine *options;   /* borrowed: lives as long as the run */
  GArray                 *child_ids;
  GArray                 *mentor_ids;
  guint                   leftover;
} Work;

static void
work_free (Work *work)
{
  g_clear_object (&work->store);
  g_clear_pointer (&work->child_ids, g_array_unref);
  g_clear_pointer (&work->mentor_ids, g_array_unref);
  g_free (work);
}

/* A value in a column: no tab or line break may split it. */
static void
append_field (GString    *line,
              const char *text)
{
  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, '\t');
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    g_string_append_c (line, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

/* Standard output redirected onto the database would be its end. */
static gboolean
check_stdout (const char  *database,
              GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };
  GStatBuf out;

  if (fstat (STDOUT_FILENO, &out) != 0 || !S_ISREG (out.st_mode))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *path = g_strconcat (database, companions[i], NULL);
      GStatBuf st;

      if (g_stat (path, &st) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino)
        {
          g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT,
                               _("Standard output is the open database or one of its files; choose another file."));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_out (Work     *work,
           GString  *text,
           GError  **error)
{
  const char *database = haven_store_get_path (work->store);

  if (work->options->output != NULL)
    {
      g_autoptr(HavenOutputFile) file = haven_output_file_new (database, work->options->output, error);

      return file != NULL
             && haven_output_file_write (file, text->str, text->len, error)
             && haven_output_file_commit (file, error);
    }

  if (!check_stdout (database, error))
    return FALSE;
  if (fwrite (text->str, 1, text->len, stdout) != text->len || fflush (stdout) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not write the lines: %s"),
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* --pairings */

static void
roster_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Work *work = g_task_get_task_data (task);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  lines = haven_store_pairing_roster_finish (HAVEN_STORE (object), result, &error);
  if (lines == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Translators: the header of --pairings, column names separated by
   * tabs; keep the tabs and the order. */
  g_string_append (text, _("child\tclass\tvillage\tmentor\tmentor kind\tmentor load\tcapacity\tsince"));
  g_string_append_c (text, '\n');
  for (guint i = 0; i < lines->len;)
    {
      const HavenRosterLine *first = g_ptr_array_index (lines, i);
      g_autoptr(GString) mentors = g_string_new (NULL);
      g_autoptr(GString) kinds = g_string_new (NULL);
      g_autoptr(GString) loads = g_string_new (NULL);
      g_autoptr(GString) capacities = g_string_new (NULL);
      g_autoptr(GString) since = g_string_new (NULL);
      g_autoptr(GString) line = g_string_new (NULL);
      guint j;

      /* One line per child: a child with two mentors has both, each
       * column in the same order, separated by "; ". */
      for (j = i; j < lines->len; j++)
        {
          const HavenRosterLine *l = g_ptr_array_index (lines, j);
          const char *separator = j > i ? "; " : "";

          if (l->child_id != first->child_id)
            break;
          if (l->mentor_id == 0)
            continue;
          g_string_append_printf (mentors, "%s%s", separator, l->mentor_name);
          g_string_append_printf (kinds, "%s%s", separator, haven_label_mentor_kind (l->mentor_kind));
          g_string_append_printf (loads, "%s%d", separator, l->load);
          g_string_append_printf (capacities, "%s%d", separator, l->capacity);
          g_string_append_printf (since, "%s%s", separator, l->since);
        }

      append_field (line, first->child_name);
      append_field (line, first->class_name);
      append_field (line, first->village);
      append_field (line, mentors->str);
      append_field (line, kinds->str);
      append_field (line, loads->str);
      append_field (line, capacities->str);
      append_field (line, since->str);
      g_string_append_c (line, '\n');
      g_string_append_len (text, line->str, line->len);
      i = j;
    }

  if (!write_out (work, text, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* --suggest-pairings [--apply] */

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Work *work = g_task_get_task_data (task);
  g_autoptr(HavenPairingUndo) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *leftover = NULL;

  done = haven_store_apply_pairings_finish (HAVEN_STORE (object), result, &error);
  if (done == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The lines went to the output; what was done goes to the terminal. */
  applied = g_strdup_printf (ngettext ("Applied %u pairing", "Applied %u pairings", done->created->len),
                             done->created->len);
  leftover = g_strdup_printf (ngettext ("%u child left over", "%u children left over", work->leftover),
                              work->leftover);
  /* Translators: "Applied 12 pairings; 3 children left over." */
  g_printerr (_("%s; %s.\n"), applied, leftover);
  g_task_return_boolean (task, TRUE);
}

static void
suggested_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Work *work = g_task_get_task_data (task);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  lines = haven_store_suggest_pairings_finish (HAVEN_STORE (object), result, &error);
  if (lines == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Translators: the header of --suggest-pairings, column names separated
   * by tabs; keep the tabs and the order. */
  g_string_append (text, _("child\tclass\tvillage\tmentor\treason"));
  g_string_append_c (text, '\n');
  work->child_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  work->mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < lines->len; i++)
    {
      const HavenProposalLine *line = g_ptr_array_index (lines, i);
      g_autoptr(GString) out = g_string_new (NULL);

      append_field (out, line->child_name);
      append_field (out, line->class_name);
      append_field (out, line->village);
      append_field (out, line->mentor_name);
      append_field (out, line->reason);
      g_string_append_c (out, '\n');
      g_string_append_len (text, out->str, out->len);
      g_array_append_val (work->child_ids, line->child_id);
      g_array_append_val (work->mentor_ids, line->mentor_id);
      if (line->mentor_id == 0)
        work->leftover++;
    }

  if (!write_out (work, text, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!work->options->apply)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* What was printed is what is applied, whole or not at all. */
  haven_store_apply_pairings_async (work->store, work->child_ids, work->mentor_ids, NULL,
                                    HAVEN_PAIRING_CHANGE_DEFAULT, g_task_get_cancellable (task),
                                    applied_cb, g_object_ref (task));
}

void
haven_command_pairings_async (HavenStore             *store,
                              const HavenCommandLine *options,
                              GCancellable           *cancellable,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Work *work;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (options != NULL && (options->pairings || options->suggest_pairings));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, haven_command_pairings_async);
  work = g_new0 (Work, 1);
  work->store = g_object_ref (store);
  work->options = options;
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);

  /* Refused before anything is read: the output may be the database. */
  if (options->output != NULL
      && !haven_files_check_output (haven_store_get_path (store), options->output, FALSE, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (options->pairings)
    haven_store_pairing_roster_async (store, NULL, cancellable, roster_cb, g_steal_pointer (&task));
  else
    haven_store_suggest_pairings_async (store, NULL, cancellable, suggested_cb, g_steal_pointer (&task));
}

gboolean
haven_command_pairings_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == haven_command_pairings_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
