/* haven-print-talks.c: printing a talk record card and a child's timeline
 *
 * Loads what the print needs (as the session may read it: the model
 * withholds confidential text from others), lays it out with the report
 * library, then hands the report to the shared print dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-print"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child.h"
#include "haven-print.h"
#include "haven-print-talks.h"
#include "haven-report-talks.h"
#include "haven-school-info.h"
#include "haven-store-timeline.h"
#include "haven-talk.h"

/* The school's own row: there is one. */
#define SCHOOL_INFO_ID 1

typedef struct
{
  HavenStore *store;       /* owned */
  GtkWindow  *parent;      /* weak */
  gint64      id;          /* the talk, or the child */
  gboolean    talks_only;
  char       *school_name;
  HavenRecord *child;      /* owned, timelines only */
} Print;

static void
print_free (Print *print)
{
  g_clear_object (&print->store);
  g_clear_weak_pointer (&print->parent);
  g_free (print->school_name);
  g_clear_object (&print->child);
  g_free (print);
}

static GTask *
print_task_new (HavenStore          *store,
                GtkWindow           *parent,
                gint64               id,
                GCancellable        *cancellable,
                gpointer             source_tag,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);
  Print *print = g_new0 (Print, 1);

  print->store = g_object_ref (store);
  g_set_weak_pointer (&print->parent, parent);
  print->id = id;
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, print, (GDestroyNotify) print_free);
  return task;
}

static char *
today_string (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (haven_print_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The card */

static void
talk_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Print *print = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) talk = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *printed_on = today_string ();
  g_autofree char *basename = NULL;

  if (talk == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  report = haven_report_new_talk_card (HAVEN_TALK (talk), haven_store_get_session (print->store),
                                       print->school_name, printed_on);
  /* Translators: the file name "Print to File" suggests for a talk card,
   * without ".pdf": the child's name and the date. */
  basename = g_strdup_printf (_("talk-%s-%s"), haven_record_get_string (talk, HAVEN_TALK_CHILD_NAME),
                              haven_record_get_string (talk, HAVEN_TALK_DATE));
  haven_print_report_async (print->store, print->parent, report, _("Talk record card"), basename,
                            g_task_get_cancellable (task), printed_cb, g_object_ref (task));
}

/* Every print starts with the school's name; a school not yet described
 * prints without it. */
static void
take_school_name (Print        *print,
                  GAsyncResult *result)
{
  g_autoptr(HavenRecord) school = haven_store_load_finish (print->store, result, NULL);

  if (school != NULL)
    print->school_name = g_strdup (haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME));
}

static void
card_school_loaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Print *print = g_task_get_task_data (task);

  take_school_name (print, result);
  haven_store_load_async (print->store, HAVEN_TYPE_TALK, print->id, g_task_get_cancellable (task),
                          talk_loaded_cb, g_steal_pointer (&task));
}

void
haven_print_talk_card_async (HavenStore          *store,
                             GtkWindow           *parent,
                             gint64               talk_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (talk_id > 0);

  task = print_task_new (store, parent, talk_id, cancellable, haven_print_talk_card_async, callback, user_data);
  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, cancellable, card_school_loaded_cb, task);
}

/* The timeline */

static void
timeline_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Print *print = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = haven_store_timeline_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(HavenReport) report = NULL;
  g_autofree char *printed_on = today_string ();
  g_autofree char *basename = NULL;
  const char *name;

  if (items == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  name = haven_record_get_string (print->child, HAVEN_CHILD_NAME);
  report = haven_report_new_timeline (name, haven_record_get_string (print->child, HAVEN_CHILD_CLASS_NAME), items,
                                      print->talks_only, print->school_name, printed_on);
  basename = print->talks_only
             /* Translators: the file name "Print to File" suggests, without ".pdf". */
             ? g_strdup_printf (_("talks-%s"), name)
             /* Translators: the file name "Print to File" suggests, without ".pdf". */
             : g_strdup_printf (_("timeline-%s"), name);
  haven_print_report_async (print->store, print->parent, report, haven_report_get_title (report), basename,
                            g_task_get_cancellable (task), printed_cb, g_object_ref (task));
}

static void
timeline_child_loaded_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Print *print = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  print->child = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  if (print->child == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  haven_store_timeline_async (print->store, print->id, g_task_get_cancellable (task),
                              timeline_loaded_cb, g_steal_pointer (&task));
}

static void
timeline_school_loaded_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Print *print = g_task_get_task_data (task);

  take_school_name (print, result);
  haven_store_load_async (print->store, HAVEN_TYPE_CHILD, print->id, g_task_get_cancellable (task),
                          timeline_child_loaded_cb, g_steal_pointer (&task));
}

void
haven_print_timeline_async (HavenStore          *store,
                            GtkWindow           *parent,
                            gint64               child_id,
                            gboolean             talks_only,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (child_id > 0);

  task = print_task_new (store, parent, child_id, cancellable, haven_print_timeline_async, callback, user_data);
  ((Print *) g_task_get_task_data (task))->talks_only = talks_only;
  haven_store_load_async (store, HAVEN_TYPE_SCHOOL_INFO, SCHOOL_INFO_ID, cancellable, timeline_school_loaded_cb,
                          task);
}

gboolean
haven_print_talks_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
