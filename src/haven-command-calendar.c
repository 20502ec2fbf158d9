/* haven-command-calendar.c: the calendar's work without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-command-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-command-calendar.h"
#include "haven-ics.h"
#include "haven-recurrence.h"

gboolean
haven_command_check_calendar_range (const char  *from,
                                    const char  *to,
                                    GError     **error)
{
  GDate first, last;

  if (from == NULL || to == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--export needs --from YYYY-MM-DD and --to YYYY-MM-DD, the first and last day"));
      return FALSE;
    }
  if (!haven_date_parse_iso (from, &first) || from[10] != '\0' || !haven_date_parse_iso (to, &last) || to[10] != '\0')
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--from and --to take days written YYYY-MM-DD"));
      return FALSE;
    }
  if (g_date_compare (&first, &last) > 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("The day of --to comes before the day of --from"));
      return FALSE;
    }
  return TRUE;
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  const char *output = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  int n_events;

  n_events = haven_ics_export_finish (HAVEN_STORE (object), result, &error);
  if (n_events < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Translators: %d is a number of calendar events, %s a file. */
  g_print (ngettext ("Wrote %d event to %s\n", "Wrote %d events to %s\n", n_events), n_events, output);
  g_task_return_boolean (task, TRUE);
}

void
haven_command_export_calendar_async (HavenStore             *store,
                                     const HavenCommandLine *options,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;
  GDate last;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (options != NULL && options->export_calendar != NULL);

  task = g_task_new (store, NULL, callback, user_data);
  g_task_set_source_tag (task, haven_command_export_calendar_async);
  g_task_set_task_data (task, g_strdup (options->export_calendar), g_free);
  if (!haven_command_check_calendar_range (options->from, options->to, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The last day is included: the range runs to the day after. */
  haven_date_parse_iso (options->to, &last);
  g_date_add_days (&last, 1);
  end = haven_date_format_iso (&last);
  haven_ics_export_async (store, options->from, end, options->export_calendar, NULL, exported_cb,
                          g_steal_pointer (&task));
}

gboolean
haven_command_export_calendar_finish (HavenStore    *store,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
