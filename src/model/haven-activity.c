/* haven-activity.c: an activity of the calendar (行事历)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-activity"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-activity.h"
#include "haven-lunar.h"
#include "haven-model-enums.h"
#include "haven-record-rules.h"
#include "haven-staff.h"
#include "haven-term.h"
#include "haven-validate.h"

static const HavenField fields[] = {
  HAVEN_ENUM ("type", "type", haven_activity_type_get_type),
  HAVEN_TEXT ("title", "title"),
  HAVEN_TEXT ("starts-at", "starts_at"),
  HAVEN_TEXT ("ends-at", "ends_at"),
  HAVEN_TEXT ("place", "place"),
  HAVEN_REF ("organiser-id", "organiser_id", haven_staff_get_type),
  HAVEN_ENUM ("recurrence", "recurrence", haven_recurrence_get_type),
  HAVEN_DATE ("recurrence-until", "recurrence_until"),
  HAVEN_BOOL ("lunar", "lunar"),
  HAVEN_TEXT ("description", "description"),
  HAVEN_REF ("term-id", "term_id", haven_term_get_type),
  HAVEN_INTEGER ("weekdays", "weekdays"),
  HAVEN_ENUM ("topic", "topic", haven_lecture_topic_get_type),
  HAVEN_TEXT ("festival", "festival"),
  HAVEN_REF ("series-id", "series_id", haven_activity_get_type),
  HAVEN_DATE ("occurrence-date", "occurrence_date"),
  HAVEN_BOOL ("cancelled", "cancelled"),
  HAVEN_TEXT ("plan-key", "plan_key"),
  HAVEN_DERIVED ("organiser-name", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("n-attending", HAVEN_FIELD_INTEGER, NULL),
  HAVEN_DERIVED ("class-ids", HAVEN_FIELD_TEXT, NULL),
  HAVEN_DERIVED ("class-names", HAVEN_FIELD_TEXT, NULL),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_ACTIVITY_N_FIELDS);

static const int order[] = { HAVEN_ACTIVITY_STARTS_AT, -1 };

struct _HavenActivity
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenActivity, haven_activity, HAVEN_TYPE_RECORD)

int
haven_time_parse (const char *text)
{
  g_autofree char *folded = NULL;
  char **parts;
  guint64 hours, minutes;
  gboolean ok;

  if (text == NULL)
    return -1;
  /* A Chinese input method types the full-width colon. */
  folded = g_strstrip (g_strdup (text));
  {
    g_auto(GStrv) pieces = g_strsplit (folded, "：", -1);
    g_free (folded);
    folded = g_strjoinv (":", pieces);
  }

  parts = g_strsplit (folded, ":", -1);
  ok = g_strv_length (parts) == 2 && strlen (parts[0]) >= 1 && strlen (parts[0]) <= 2 && strlen (parts[1]) == 2
       && g_ascii_string_to_unsigned (parts[0], 10, 0, 23, &hours, NULL)
       && g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &minutes, NULL);
  g_strfreev (parts);
  return ok ? (int) (hours * 60 + minutes) : -1;
}

/* starts-at split into its day and its time text (NULL when none). */
static gboolean
split_start (const char  *starts_at,
             GDate       *day,
             const char **time)
{
  if (!haven_date_parse_iso (starts_at, day))
    return FALSE;
  *time = starts_at[10] != '\0' ? starts_at + 11 : NULL;
  return TRUE;
}

gboolean
haven_activity_get_date (HavenActivity *self,
                         GDate         *out)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  return haven_date_parse_iso (haven_record_get_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_STARTS_AT), out);
}

void
haven_activity_set_date (HavenActivity *self,
                         const GDate   *date)
{
  const char *starts_at;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (HAVEN_IS_ACTIVITY (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  starts_at = haven_record_get_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_STARTS_AT);
  day = haven_date_format_iso (date);
  if (strlen (starts_at) > 11 && (starts_at[10] == ' ' || starts_at[10] == 'T'))
    text = g_strconcat (day, " ", starts_at + 11, NULL);
  else
    text = g_steal_pointer (&day);
  haven_record_set_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_STARTS_AT, text);
}

int
haven_activity_get_start_minutes (HavenActivity *self)
{
  const char *starts_at;

  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), -1);

  starts_at = haven_record_get_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_STARTS_AT);
  if (strlen (starts_at) <= 11)
    return -1;
  return haven_time_parse (starts_at + 11);
}

int
haven_activity_get_end_minutes (HavenActivity *self)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), -1);
  return haven_time_parse (haven_record_get_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_ENDS_AT));
}

HavenFestival
haven_activity_get_festival (HavenActivity *self)
{
  const char *nick;

  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), HAVEN_N_FESTIVALS);

  nick = haven_record_get_string (HAVEN_RECORD (self), HAVEN_ACTIVITY_FESTIVAL);
  return *nick != '\0' ? haven_festival_from_nick (nick) : HAVEN_N_FESTIVALS;
}

gboolean
haven_activity_is_exception (HavenActivity *self)
{
  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), FALSE);
  return haven_record_get_ref (HAVEN_RECORD (self), HAVEN_ACTIVITY_SERIES_ID) != 0;
}

gboolean
haven_activity_get_rule (HavenActivity       *self,
                         HavenRecurrenceRule *rule)
{
  HavenRecord *record = HAVEN_RECORD (self);
  HavenRecurrence kind;
  GDate start;

  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (!haven_activity_get_date (self, &start))
    return FALSE;

  /* An occurrence of its own happens once, whatever rule it was copied with. */
  kind = haven_activity_is_exception (self) ? HAVEN_RECURRENCE_NONE
                                            : haven_record_get_int (record, HAVEN_ACTIVITY_RECURRENCE);
  if (kind < HAVEN_RECURRENCE_NONE || kind > HAVEN_RECURRENCE_TERMLY)
    kind = HAVEN_RECURRENCE_NONE;
  haven_recurrence_rule_init (rule, kind, &start);
  if (kind != HAVEN_RECURRENCE_NONE)
    haven_date_parse_iso (haven_record_get_string (record, HAVEN_ACTIVITY_RECURRENCE_UNTIL), &rule->until);
  if (kind == HAVEN_RECURRENCE_WEEKLY)
    rule->weekdays = (guint) haven_record_get_int (record, HAVEN_ACTIVITY_WEEKDAYS) & 0x7f;
  rule->lunar = haven_record_get_int (record, HAVEN_ACTIVITY_LUNAR)
                && (kind == HAVEN_RECURRENCE_MONTHLY || kind == HAVEN_RECURRENCE_YEARLY);
  return TRUE;
}

static gboolean
is_exception_day (guint32      julian,
                  const GDate *exceptions,
                  guint        n_exceptions)
{
  for (guint i = 0; i < n_exceptions; i++)
    if (g_date_valid (&exceptions[i]) && g_date_get_julian (&exceptions[i]) == julian)
      return TRUE;
  return FALSE;
}

guint
haven_activity_expand_rule (const HavenRecurrenceRule *rule,
                            HavenFestival              festival,
                            GArray                    *out,
                            const GDate               *from,
                            const GDate               *to,
                            const HavenTermSpan       *terms,
                            guint                      n_terms,
                            const GDate               *exceptions,
                            guint                      n_exceptions)
{
  guint added = 0;

  g_return_val_if_fail (rule != NULL && g_date_valid (&rule->start), 0);
  g_return_val_if_fail (out != NULL, 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (rule->kind != HAVEN_RECURRENCE_YEARLY || festival >= HAVEN_N_FESTIVALS)
    return haven_recurrence_expand_into (out, rule, from, to, terms, n_terms, exceptions, n_exceptions);

  /* A festival's day moves from year to year (the lunar calendar, the
   * solar term of Qingming, the second Sunday of May). */
  for (int year = MAX (g_date_get_year (from), g_date_get_year (&rule->start));
       year <= g_date_get_year (to); year++)
    {
      GDate day;

      if (!haven_festival_get_date (festival, year, &day))
        continue;
      if (g_date_compare (&day, &rule->start) < 0 || g_date_compare (&day, from) < 0
          || g_date_compare (&day, to) >= 0)
        continue;
      if (g_date_valid (&rule->until) && g_date_compare (&day, &rule->until) > 0)
        break;
      if (is_exception_day (g_date_get_julian (&day), exceptions, n_exceptions))
        continue;
      g_array_append_val (out, day);
      added++;
    }
  return added;
}

guint
haven_activity_expand (HavenActivity       *self,
                       GArray              *out,
                       const GDate         *from,
                       const GDate         *to,
                       const HavenTermSpan *terms,
                       guint                n_terms,
                       const GDate         *exceptions,
                       guint                n_exceptions)
{
  HavenRecurrenceRule rule;

  g_return_val_if_fail (HAVEN_IS_ACTIVITY (self), 0);

  if (!haven_activity_get_rule (self, &rule))
    return 0;
  return haven_activity_expand_rule (&rule, haven_activity_get_festival (self), out, from, to,
                                     terms, n_terms, exceptions, n_exceptions);
}

/* Fields an occurrence of its own keeps to itself, never copied from or
 * to its series. */
static gboolean
is_bookkeeping (guint field)
{
  return field == HAVEN_ACTIVITY_SERIES_ID || field == HAVEN_ACTIVITY_OCCURRENCE_DATE
         || field == HAVEN_ACTIVITY_CANCELLED || field == HAVEN_ACTIVITY_PLAN_KEY;
}

/* The weekday bits moved on by days (a series moved to another weekday
 * keeps its pattern). */
static guint
rotate_weekdays (guint mask,
                 int   days)
{
  int shift = ((days % 7) + 7) % 7;

  mask &= 0x7f;
  return ((mask << shift) | (mask >> (7 - shift))) & 0x7f;
}

void
haven_activity_apply_to_series (HavenActivity *series,
                                HavenActivity *before,
                                HavenActivity *after)
{
  HavenRecord *s = HAVEN_RECORD (series);
  HavenRecord *b = HAVEN_RECORD (before);
  HavenRecord *a = HAVEN_RECORD (after);
  GDate series_day, before_day, after_day;

  g_return_if_fail (HAVEN_IS_ACTIVITY (series));
  g_return_if_fail (HAVEN_IS_ACTIVITY (before));
  g_return_if_fail (HAVEN_IS_ACTIVITY (after));

  for (guint i = 0; i < HAVEN_ACTIVITY_N_FIELDS; i++)
    {
      const HavenField *info = haven_record_get_field_info (s, i);

      if ((info->flags & HAVEN_FIELD_DERIVED) || is_bookkeeping (i) || i == HAVEN_ACTIVITY_STARTS_AT
          || haven_record_field_equal (b, a, i))
        continue;
      switch (info->kind)
        {
        case HAVEN_FIELD_TEXT:
        case HAVEN_FIELD_DATE:
          haven_record_set_string (s, i, haven_record_get_string (a, i));
          break;
        case HAVEN_FIELD_REF:
          haven_record_set_ref (s, i, haven_record_get_ref (a, i));
          break;
        default:
          haven_record_set_int (s, i, haven_record_get_int (a, i));
          break;
        }
    }

  /* The time is the edited one; the day moves by what the occurrence
   * moved, so the series keeps its first day when only other fields
   * changed. */
  if (haven_activity_get_start_minutes (before) != haven_activity_get_start_minutes (after)
      && haven_activity_get_date (series, &series_day))
    {
      const char *starts = haven_record_get_string (a, HAVEN_ACTIVITY_STARTS_AT);
      g_autofree char *day = haven_date_format_iso (&series_day);
      g_autofree char *text = strlen (starts) > 11 ? g_strconcat (day, " ", starts + 11, NULL) : g_strdup (day);

      haven_record_set_string (s, HAVEN_ACTIVITY_STARTS_AT, text);
    }
  if (haven_activity_get_date (series, &series_day) && haven_activity_get_date (before, &before_day)
      && haven_activity_get_date (after, &after_day))
    {
      int delta = (int) g_date_get_julian (&after_day) - (int) g_date_get_julian (&before_day);

      if (delta != 0)
        {
          if (delta > 0)
            g_date_add_days (&series_day, delta);
          else
            g_date_subtract_days (&series_day, -delta);
          haven_activity_set_date (series, &series_day);
          if (haven_record_get_int (s, HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_WEEKLY)
            haven_record_set_int (s, HAVEN_ACTIVITY_WEEKDAYS,
                                  rotate_weekdays (haven_record_get_int (s, HAVEN_ACTIVITY_WEEKDAYS), delta));
        }
    }
}

/* Rules */

static void
haven_activity_check (HavenRecord *record,
                      const GDate *today,
                      GPtrArray   *problems)
{
  HavenActivity *self = HAVEN_ACTIVITY (record);
  const char *starts_at = haven_record_get_string (record, HAVEN_ACTIVITY_STARTS_AT);
  const char *ends_at = haven_record_get_string (record, HAVEN_ACTIVITY_ENDS_AT);
  const char *until = haven_record_get_string (record, HAVEN_ACTIVITY_RECURRENCE_UNTIL);
  const char *festival = haven_record_get_string (record, HAVEN_ACTIVITY_FESTIVAL);
  int recurrence = haven_record_get_int (record, HAVEN_ACTIVITY_RECURRENCE);
  const char *time = NULL;
  GDate day, last;

  haven_rules_check_required (record, HAVEN_ACTIVITY_TITLE, _("Please give the activity a title."), problems);

  if (*starts_at == '\0')
    haven_problems_add (problems, "starts-at", HAVEN_SEVERITY_ERROR, _("Please give the day of the activity."));
  else if (!split_start (starts_at, &day, &time) || (time != NULL && haven_time_parse (time) < 0))
    haven_problems_add (problems, "starts-at", HAVEN_SEVERITY_ERROR,
                        _("Please write the day as YYYY-MM-DD, and a time after it as HH:MM."));
  else if (haven_record_get_int (record, HAVEN_ACTIVITY_LUNAR)
           && (g_date_get_year (&day) < HAVEN_LUNAR_FIRST_YEAR || g_date_get_year (&day) > HAVEN_LUNAR_LAST_YEAR))
    haven_problems_add (problems, "starts-at", HAVEN_SEVERITY_ERROR,
                        _("The lunar calendar here covers 1950 to 2100."));

  if (*ends_at != '\0')
    {
      int end = haven_time_parse (ends_at);
      int start = haven_activity_get_start_minutes (self);

      if (end < 0)
        haven_problems_add (problems, "ends-at", HAVEN_SEVERITY_ERROR, _("Please write the time as HH:MM."));
      else if (start >= 0 && end <= start)
        haven_problems_add (problems, "ends-at", HAVEN_SEVERITY_ERROR, _("The activity ends before it starts."));
    }

  haven_rules_check_date (record, HAVEN_ACTIVITY_RECURRENCE_UNTIL, problems);
  if (recurrence != HAVEN_RECURRENCE_NONE && haven_date_parse_iso (until, &last)
      && haven_date_parse_iso (starts_at, &day) && g_date_compare (&last, &day) < 0)
    haven_problems_add (problems, "recurrence-until", HAVEN_SEVERITY_ERROR,
                        _("The series cannot end before its first day."));

  if ((guint) haven_record_get_int (record, HAVEN_ACTIVITY_WEEKDAYS) > 0x7f)
    haven_problems_add (problems, "weekdays", HAVEN_SEVERITY_ERROR, _("Please choose days of the week."));

  if (*festival != '\0' && haven_festival_from_nick (festival) == HAVEN_N_FESTIVALS)
    haven_problems_add (problems, "festival", HAVEN_SEVERITY_ERROR, _("This is not a festival Haven knows."));

  if (haven_activity_is_exception (self))
    haven_rules_check_date (record, HAVEN_ACTIVITY_OCCURRENCE_DATE, problems);
}

static void
haven_activity_normalise (HavenRecord *record)
{
  const char *starts_at;
  GDate day;

  haven_rules_trim_texts (record);

  /* "2026-09-05 9：30" is stored as "2026-09-05 09:30". */
  starts_at = haven_record_get_string (record, HAVEN_ACTIVITY_STARTS_AT);
  if (haven_date_parse_iso (starts_at, &day) && strlen (starts_at) > 11)
    {
      int minutes = haven_time_parse (starts_at + 11);

      if (minutes >= 0)
        {
          g_autofree char *date = haven_date_format_iso (&day);
          g_autofree char *text = g_strdup_printf ("%s %02d:%02d", date, minutes / 60, minutes % 60);
          haven_record_set_string (record, HAVEN_ACTIVITY_STARTS_AT, text);
        }
    }
  {
    int end = haven_time_parse (haven_record_get_string (record, HAVEN_ACTIVITY_ENDS_AT));

    if (end >= 0)
      {
        g_autofree char *text = g_strdup_printf ("%02d:%02d", end / 60, end % 60);
        haven_record_set_string (record, HAVEN_ACTIVITY_ENDS_AT, text);
      }
  }
}

static void
haven_activity_class_init (HavenActivityClass *klass)
{
  HavenRecordClass *record_class = HAVEN_RECORD_CLASS (klass);

  record_class->check = haven_activity_check;
  record_class->normalise = haven_activity_normalise;
  haven_record_class_install_fields (record_class, "activity", fields, G_N_ELEMENTS (fields), order);
}

static void
haven_activity_init (HavenActivity *self)
{
  g_assert (HAVEN_IS_ACTIVITY (self));

}

HavenActivity *
haven_activity_new (void)
{
  return g_object_new (HAVEN_TYPE_ACTIVITY, NULL);
}
