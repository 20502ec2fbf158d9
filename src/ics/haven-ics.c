/* haven-ics.c: the activity calendar as an iCalendar file (RFC 5545)
 *
 * Lunar series could be written as RSCALE=CHINESE rules (RFC 7529), which
 * libical reads; most calendar programs do not, and would put 中秋 on 15
 * August. Their days as RDATEs are right everywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-ics"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "haven-files.h"
#include "haven-ics.h"
#include "haven-labels.h"
#include "haven-lunar.h"
#include "haven-model-enums.h"

static struct icaltimetype
ical_day (const GDate *date,
          int          minutes)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  if (minutes < 0)
    t.is_date = 1;
  else
    {
      t.hour = minutes / 60;
      t.minute = minutes % 60;
    }
  return t;
}

/* "20261031" or "20261031T161000": a day in the form of DTSTART, floating. */
static char *
ical_day_text (const GDate *date,
               int          minutes)
{
  if (minutes < 0)
    return g_strdup_printf ("%04d%02d%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
  return g_strdup_printf ("%04d%02d%02dT%02d%02d00", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60);
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : "";
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (event, property);
}

static char *
describe (HavenRecord *row)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *organiser = haven_record_get_string (row, HAVEN_ACTIVITY_ORGANISER_NAME);
  const char *classes = haven_record_get_string (row, HAVEN_ACTIVITY_CLASS_NAMES);
  const char *description = haven_record_get_string (row, HAVEN_ACTIVITY_DESCRIPTION);
  int type = haven_record_get_int (row, HAVEN_ACTIVITY_TYPE);

  if (*organiser != '\0')
    /* Translators: in a calendar file's event; %s is a person. */
    g_string_append_printf (text, _("Organiser: %s"), organiser);
  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (*classes != '\0')
    /* Translators: in a calendar file's event; %s lists classes. */
    g_string_append_printf (text, _("Classes: %s"), classes);
  else
    g_string_append (text, _("For every class"));
  if (type == HAVEN_ACTIVITY_BIRTHDAY_PARTY)
    g_string_append_printf (text, "\n%s", _("For the children on the roll born in the month of each party."));
  if (type == HAVEN_ACTIVITY_LETTER_HOME)
    g_string_append_printf (text, "\n%s", _("Each child writes a letter to the parents far away."));
  if (*description != '\0')
    g_string_append_printf (text, "\n\n%s", description);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* An event with row's fields on day. */
static icalcomponent *
event_new (HavenActivity *activity,
           const char    *uid,
           const GDate   *day)
{
  HavenRecord *row = HAVEN_RECORD (activity);
  icalcomponent *event = icalcomponent_new_vevent ();
  int start = haven_activity_get_start_minutes (activity);
  int end = haven_activity_get_end_minutes (activity);
  int type = haven_record_get_int (row, HAVEN_ACTIVITY_TYPE);
  HavenFestival festival = haven_activity_get_festival (activity);
  g_autofree char *description = describe (row);
  const char *place = haven_record_get_string (row, HAVEN_ACTIVITY_PLACE);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event, icalproperty_new_dtstart (ical_day (day, start)));
  if (start >= 0 && end > start)
    icalcomponent_add_property (event, icalproperty_new_dtend (ical_day (day, end)));
  icalcomponent_add_property (event, icalproperty_new_summary (haven_record_get_string (row, HAVEN_ACTIVITY_TITLE)));
  if (*place != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (place));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  icalcomponent_add_property (event, icalproperty_new_categories (haven_label_activity_type (type)));
  add_x (event, "X-HAVEN-TYPE", enum_nick (HAVEN_TYPE_ACTIVITY_TYPE, type));
  if (festival != HAVEN_N_FESTIVALS)
    add_x (event, "X-HAVEN-FESTIVAL", haven_festival_get_nick (festival));
  return event;
}

static const char * const weekday_codes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

/* The RRULE of a series a Gregorian rule can say, up to until; NULL when
 * it takes RDATEs. */
static char *
rule_text (HavenActivity *activity,
           const GDate   *until)
{
  HavenRecurrenceRule rule;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *last = NULL;
  int day;

  if (!haven_activity_get_rule (activity, &rule) || rule.lunar
      || haven_activity_get_festival (activity) != HAVEN_N_FESTIVALS)
    return NULL;

  day = g_date_get_day (&rule.start);
  switch (rule.kind)
    {
    case HAVEN_RECURRENCE_WEEKLY:
      {
        guint mask = rule.weekdays != 0 ? rule.weekdays : HAVEN_WEEKDAY_BIT (g_date_get_weekday (&rule.start));
        gboolean first = TRUE;

        g_string_append (text, "FREQ=WEEKLY;WKST=MO;BYDAY=");
        for (guint bit = 0; bit < 7; bit++)
          if (mask & (1u << bit))
            {
              g_string_append_printf (text, "%s%s", first ? "" : ",", weekday_codes[bit]);
              first = FALSE;
            }
      }
      break;
    case HAVEN_RECURRENCE_MONTHLY:
      /* A day a month lacks falls on its last day, as in the calendar. */
      if (day <= 28)
        g_string_append_printf (text, "FREQ=MONTHLY;BYMONTHDAY=%d", day);
      else if (day == 31)
        g_string_append (text, "FREQ=MONTHLY;BYMONTHDAY=-1");
      else
        g_string_append_printf (text, "FREQ=MONTHLY;BYMONTHDAY=%s;BYSETPOS=-1", day == 29 ? "28,29" : "28,29,30");
      break;
    case HAVEN_RECURRENCE_YEARLY:
      if (g_date_get_month (&rule.start) == G_DATE_FEBRUARY && day == 29)
        g_string_append (text, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1");
      else
        g_string_append_printf (text, "FREQ=YEARLY;BYMONTH=%d;BYMONTHDAY=%d", g_date_get_month (&rule.start), day);
      break;
    case HAVEN_RECURRENCE_NONE:
    case HAVEN_RECURRENCE_TERMLY:
    default:
      return NULL;
    }

  last = ical_day_text (until, haven_activity_get_start_minutes (activity));
  g_string_append_printf (text, ";UNTIL=%s", last);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_lunar_note (icalcomponent *event,
                HavenActivity *activity)
{
  HavenLunarDate lunar;
  g_autofree char *text = NULL;
  GDate start;

  if (!haven_record_get_int (HAVEN_RECORD (activity), HAVEN_ACTIVITY_LUNAR)
      || !haven_activity_get_date (activity, &start) || !haven_lunar_from_solar (&start, &lunar))
    return;
  /* For Haven reading the file back: the lunar month and day it keeps. */
  text = g_strdup_printf ("%s%02d-%02d", lunar.leap_month ? "L" : "", lunar.month, lunar.day);
  add_x (event, "X-HAVEN-LUNAR", text);
}

/* Adds the events of one series; returns how many. */
static guint
add_series (icalcomponent     *calendar,
            HavenExportSeries *series,
            guint32            lo,
            guint32            hi)
{
  HavenActivity *activity = series->activity;
  const char *uuid = haven_record_get_uuid (HAVEN_RECORD (activity));
  g_autofree char *uid = g_strconcat (uuid, "@havenapp", NULL);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  int start = haven_activity_get_start_minutes (activity);
  icalcomponent *master = NULL;
  g_autofree char *rule = NULL;
  guint n = 0;

  for (guint i = 0; i < series->days->len; i++)
    g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (&g_array_index (series->days, GDate, i))));

  if (series->days->len > 0)
    {
      const GDate *first = &g_array_index (series->days, GDate, 0);
      const GDate *last = &g_array_index (series->days, GDate, series->days->len - 1);

      master = event_new (activity, uid, first);
      rule = series->days->len > 1 ? rule_text (activity, last) : NULL;
      if (rule != NULL)
        icalcomponent_add_property (master, icalproperty_new_rrule (icalrecurrencetype_from_string (rule)));
      else
        for (guint i = 1; i < series->days->len; i++)
          {
            struct icaldatetimeperiodtype rdate = { 0 };

            rdate.time = ical_day (&g_array_index (series->days, GDate, i), start);
            rdate.period = icalperiodtype_null_period ();
            icalcomponent_add_property (master, icalproperty_new_rdate (rdate));
          }
      add_lunar_note (master, activity);
      icalcomponent_add_component (calendar, master);
      n++;
    }

  for (guint i = 0; i < series->edited->len; i++)
    {
      HavenActivity *own = g_ptr_array_index (series->edited, i);
      HavenRecord *r = HAVEN_RECORD (own);
      GDate original, day;
      gboolean in_series;
      icalcomponent *event;

      if (!haven_date_parse_iso (haven_record_get_string (r, HAVEN_ACTIVITY_OCCURRENCE_DATE), &original)
          || !haven_activity_get_date (own, &day))
        continue;
      in_series = master != NULL && g_hash_table_contains (days, GUINT_TO_POINTER (g_date_get_julian (&original)));

      if (haven_record_get_int (r, HAVEN_ACTIVITY_CANCELLED))
        {
          if (in_series)
            icalcomponent_add_property (master, icalproperty_new_exdate (ical_day (&original, start)));
          continue;
        }

      if (in_series)
        {
          event = event_new (own, uid, &day);
          icalcomponent_add_property (event, icalproperty_new_recurrenceid (ical_day (&original, start)));
        }
      else
        {
          /* Its series has no day in the range: an event of its own. */
          g_autofree char *own_uid = NULL;

          if (g_date_get_julian (&day) < lo || g_date_get_julian (&day) >= hi)
            continue;
          own_uid = g_strconcat (haven_record_get_uuid (r), "@havenapp", NULL);
          event = event_new (own, own_uid, &day);
        }
      icalcomponent_add_component (calendar, event);
      n++;
    }
  return n;
}

static icalcomponent *
build (HavenCalendarExport  *export,
       const char           *from,
       const char           *to,
       guint                *n_events,
       GError              **error)
{
  icalcomponent *calendar;
  GDate first, last;

  if (!haven_date_parse_iso (from, &first) || !haven_date_parse_iso (to, &last) || g_date_compare (&first, &last) >= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” to “%s” is not a range of days (YYYY-MM-DD, the first before the last)."), from, to);
      return NULL;
    }

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Haven//Haven " PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  if (export->school != NULL && *export->school != '\0')
    {
      icalproperty *name = icalproperty_new_x (export->school);

      icalproperty_set_x_name (name, "X-WR-CALNAME");
      icalcomponent_add_property (calendar, name);
    }

  *n_events = 0;
  for (guint i = 0; i < export->series->len; i++)
    *n_events += add_series (calendar, g_ptr_array_index (export->series, i),
                             g_date_get_julian (&first), g_date_get_julian (&last));
  return calendar;
}

char *
haven_ics_build (HavenCalendarExport  *export,
                 const char           *from,
                 const char           *to,
                 GError              **error)
{
  icalcomponent *calendar;
  char *text, *copy;
  guint n_events;

  g_return_val_if_fail (export != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);

  calendar = build (export, from, to, &n_events, error);
  if (calendar == NULL)
    return NULL;
  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  /* libical's memory goes back to libical. */
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  return copy;
}

/* Export to a file */

typedef struct
{
  char                *from;
  char                *to;
  char                *output;
  char                *database;
  HavenCalendarExport *export;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->from);
  g_free (job->to);
  g_free (job->output);
  g_free (job->database);
  g_clear_pointer (&job->export, haven_calendar_export_free);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(HavenOutputFile) file = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  char *text;
  guint n_events;
  gboolean ok;

  calendar = build (job->export, job->from, job->to, &n_events, &error);
  if (calendar == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);

  file = haven_output_file_new (job->database, job->output, &error);
  ok = file != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error)
       && haven_output_file_write (file, text, strlen (text), &error)
       && haven_output_file_commit (file, &error);
  icalmemory_free_buffer (text);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, n_events);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  job->export = haven_store_export_calendar_finish (HAVEN_STORE (object), result, &error);
  if (job->export == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A county's year of activities takes longer than a frame to write. */
  g_task_run_in_thread (task, write_thread);
}

void
haven_ics_export_async (HavenStore          *store,
                        const char          *from,
                        const char          *to,
                        const char          *output_path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_if_fail (HAVEN_IS_STORE (store));
  g_return_if_fail (from != NULL && to != NULL && output_path != NULL);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, haven_ics_export_async);
  job = g_new0 (ExportJob, 1);
  job->from = g_strdup (from);
  job->to = g_strdup (to);
  job->output = g_strdup (output_path);
  job->database = g_strdup (haven_store_get_path (store));
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  /* Refused before anything is read: the file may be the database. */
  if (!haven_files_check_output (job->database, job->output, FALSE, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  haven_store_export_calendar_async (store, from, to, cancellable, exported_cb, g_steal_pointer (&task));
}

int
haven_ics_export_finish (HavenStore    *store,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == haven_ics_export_async, -1);

  return (int) g_task_propagate_int (G_TASK (result), error);
}
