/* haven-store-activities.c: the SQL of the calendar (行事历) and attendance
 *
 * The worker keeps every activity's rule in a compact cache, rebuilt when
 * activities, their classes, terms, staff or classes change, so expanding
 * a month at county scale reads nothing but attendance counts. What a
 * child's party or letter concerns is counted from the roll, cached apart
 * and rebuilt when children change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "haven-activity.h"
#include "haven-activity-query.h"
#include "haven-attendance.h"
#include "haven-attendee.h"
#include "haven-child.h"
#include "haven-concerned-class.h"
#include "haven-lunar.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-staff.h"
#include "haven-store-activities.h"
#include "haven-store-features.h"
#include "haven-term.h"
#include "haven-term-plan.h"
#include "haven-validate.h"

const HavenDerivedSql haven_activity_derived_sql = {
  "s.name, (SELECT count (*) FROM attendance x WHERE x.activity_id = t.id AND x.present = 1),"
  " coalesce ((SELECT group_concat (school_class_id, ',') FROM"
  "   (SELECT ac.school_class_id FROM activity_class ac WHERE ac.activity_id = t.id ORDER BY ac.school_class_id)), ''),"
  " coalesce ((SELECT group_concat (name, ', ') FROM"
  "   (SELECT k.name FROM activity_class ac JOIN school_class k ON k.id = ac.school_class_id"
  "    WHERE ac.activity_id = t.id ORDER BY k.grade, k.name)), '')",
  "LEFT JOIN staff s ON s.id = t.organiser_id",
};

const HavenDerivedSql haven_attendance_derived_sql = {
  "c.name, v.title",
  "JOIN child c ON c.id = t.child_id JOIN activity v ON v.id = t.activity_id",
};

const HavenDerivedSql haven_concerned_class_derived_sql = {
  "k.name",
  "JOIN school_class k ON k.id = t.school_class_id",
};

GPtrArray *
haven_store_activities_query (HavenJob    *job,
                              HavenQuery  *query,
                              GError     **error)
{
  const char *search = haven_query_get_search (query);
  g_autofree char *like = *search != '\0' ? haven_sql_like_pattern (search, FALSE) : NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;

  g_object_get (query, "from", &from, "to", &to, NULL);

  /* A recurring activity shows in every range its repeats reach; its
   * edited occurrences are part of it, not activities of their own. */
  stmt = haven_db_prepare (job->db,
                           "SELECT id FROM activity"
                           " WHERE series_id IS NULL"
                           "  AND (?1 = '' OR substr (starts_at, 1, 10) >= ?1"
                           "        OR (recurrence <> 0 AND (recurrence_until = '' OR recurrence_until >= ?1)))"
                           "  AND (?2 = '' OR substr (starts_at, 1, 10) < ?2)"
                           "  AND (?3 IS NULL OR title LIKE ?3 ESCAPE '\\' OR place LIKE ?3 ESCAPE '\\')"
                           " ORDER BY starts_at, id",
                           error);
  if (stmt == NULL)
    return NULL;
  haven_db_bind_text (stmt, 1, from);
  haven_db_bind_text (stmt, 2, to);
  if (like != NULL)
    haven_db_bind_text (stmt, 3, like);
  return haven_job_collect_rows (job, HAVEN_TYPE_ACTIVITY, stmt, error);
}

/* Days */

static guint32
julian_of (const GDate *date)
{
  return g_date_get_julian (date);
}

static GDate
date_of_julian (guint32 julian)
{
  GDate date = { 0 };

  g_date_set_julian (&date, julian);
  return date;
}

static gboolean
parse_day (const char  *text,
           GDate       *out,
           const char  *what,
           GError     **error)
{
  if (text != NULL && haven_date_parse_iso (text, out))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s: “%s” is not a day (YYYY-MM-DD)",
               what, text != NULL ? text : "");
  return FALSE;
}

/* The worker's cache of every activity */

typedef struct
{
  gint64         id;
  gint64         series_id;     /* an occurrence of its own: its series */
  guint32        start;         /* Julian day of starts_at */
  guint32        until;         /* 0: the series never ends */
  guint32        original;      /* an occurrence of its own: its day in the series */
  gint16         start_minutes;
  gint16         end_minutes;
  guint8         kind;
  guint8         type;
  guint8         topic;
  guint8         weekdays;
  guint8         lunar;
  guint8         cancelled;
  guint8         festival;      /* HAVEN_N_FESTIVALS: none */
  const char    *title;         /* in the cache's chunk */
  const char    *place;
  const char    *organiser;
  const char    *class_names;
  guint          first_class;   /* into class_ids */
  guint          n_classes;
} Entry;

typedef struct
{
  guint64       generation;
  GArray       *entries;        /* Entry */
  GArray       *class_ids;      /* gint64 */
  GStringChunk *strings;
  GHashTable   *by_id;          /* gint64 id → entry index + 1 */
  GHashTable   *edited;         /* series id → GArray of entry indices of its occurrences of their own */
  GArray       *terms;          /* HavenTermSpan, sorted, not overlapping */
} Calendar;

/* How many children on the roll each class has, born in each month. */
typedef struct
{
  guint64     generation;
  GHashTable *by_class;         /* gint64 class id → guint[13]: [0] all, [m] born in month m */
  guint       all[13];
} Roll;

static void
calendar_free (Calendar *calendar)
{
  g_array_unref (calendar->entries);
  g_array_unref (calendar->class_ids);
  g_string_chunk_free (calendar->strings);
  g_hash_table_unref (calendar->by_id);
  g_hash_table_unref (calendar->edited);
  g_array_unref (calendar->terms);
  g_free (calendar);
}

static void
roll_free (Roll *roll)
{
  g_hash_table_unref (roll->by_class);
  g_free (roll);
}

static guint64
calendar_generation (HavenJob *job)
{
  /* Each count only grows, so their sum changes with any of them. */
  return haven_job_get_generation (job, HAVEN_TYPE_ACTIVITY)
         + haven_job_get_generation (job, HAVEN_TYPE_CONCERNED_CLASS)
         + haven_job_get_generation (job, HAVEN_TYPE_TERM)
         + haven_job_get_generation (job, HAVEN_TYPE_STAFF)
         + haven_job_get_generation (job, HAVEN_TYPE_SCHOOL_CLASS);
}

static const char *
chunk (Calendar     *calendar,
       sqlite3_stmt *stmt,
       int           column)
{
  return g_string_chunk_insert_const (calendar->strings, haven_db_column_text (stmt, column));
}

static gboolean
load_terms (HavenJob  *job,
            GArray    *terms,
            GError   **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "SELECT start_date, end_date FROM term"
                                         " WHERE start_date <> '' AND end_date <> '' ORDER BY start_date, end_date",
                                         error);

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      HavenTermSpan span;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_date_clear (&span.start, 1);
      g_date_clear (&span.end, 1);
      if (!haven_date_parse_iso (haven_db_column_text (stmt, 0), &span.start)
          || !haven_date_parse_iso (haven_db_column_text (stmt, 1), &span.end)
          || g_date_compare (&span.start, &span.end) > 0)
        continue;
      /* A term typed over another is left out rather than trusted. */
      if (terms->len > 0 && g_date_compare (&g_array_index (terms, HavenTermSpan, terms->len - 1).end, &span.start) >= 0)
        continue;
      g_array_append_val (terms, span);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static Calendar *
load_calendar (HavenJob  *job,
               GError   **error)
{
  Calendar *calendar = haven_job_get_state (job, "calendar");
  guint64 generation = calendar_generation (job);
  sqlite3_stmt *stmt;

  if (calendar != NULL && calendar->generation == generation)
    return calendar;

  calendar = g_new0 (Calendar, 1);
  calendar->generation = generation;
  calendar->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  calendar->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  calendar->strings = g_string_chunk_new (64 * 1024);
  calendar->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  calendar->edited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  calendar->terms = g_array_new (FALSE, FALSE, sizeof (HavenTermSpan));

  if (!load_terms (job, calendar->terms, error))
    {
      calendar_free (calendar);
      return NULL;
    }

  stmt = haven_db_prepare (job->db,
                           "SELECT a.id, a.series_id, a.starts_at, a.ends_at, a.recurrence, a.recurrence_until,"
                           "  a.weekdays, a.lunar, a.festival, a.type, a.topic, a.title, a.place,"
                           "  coalesce (s.name, ''), a.occurrence_date, a.cancelled"
                           " FROM activity a LEFT JOIN staff s ON s.id = a.organiser_id ORDER BY a.id",
                           error);
  if (stmt == NULL)
    {
      calendar_free (calendar);
      return NULL;
    }

  for (;;)
    {
      Entry entry = { 0 };
      gboolean has_row;
      const char *starts_at;
      GDate day;
      int minutes;
      gint64 *key;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        {
          calendar_free (calendar);
          return NULL;
        }
      if (!has_row)
        break;

      starts_at = haven_db_column_text (stmt, 2);
      /* A row whose day cannot be read has no occurrences to show. */
      if (!haven_date_parse_iso (starts_at, &day))
        continue;

      entry.id = sqlite3_column_int64 (stmt, 0);
      entry.series_id = sqlite3_column_int64 (stmt, 1);
      entry.start = julian_of (&day);
      minutes = strlen (starts_at) > 11 ? haven_time_parse (starts_at + 11) : -1;
      entry.start_minutes = (gint16) minutes;
      entry.end_minutes = (gint16) (minutes >= 0 ? haven_time_parse (haven_db_column_text (stmt, 3)) : -1);
      entry.kind = (guint8) CLAMP (sqlite3_column_int (stmt, 4), HAVEN_RECURRENCE_NONE, HAVEN_RECURRENCE_TERMLY);
      if (entry.kind != HAVEN_RECURRENCE_NONE && haven_date_parse_iso (haven_db_column_text (stmt, 5), &day))
        entry.until = julian_of (&day);
      entry.weekdays = (guint8) (sqlite3_column_int (stmt, 6) & 0x7f);
      entry.lunar = sqlite3_column_int (stmt, 7) != 0;
      entry.festival = (guint8) (*haven_db_column_text (stmt, 8) != '\0'
                                 ? haven_festival_from_nick (haven_db_column_text (stmt, 8)) : HAVEN_N_FESTIVALS);
      entry.type = (guint8) sqlite3_column_int (stmt, 9);
      entry.topic = (guint8) sqlite3_column_int (stmt, 10);
      entry.title = chunk (calendar, stmt, 11);
      entry.place = chunk (calendar, stmt, 12);
      entry.organiser = chunk (calendar, stmt, 13);
      entry.class_names = "";
      if (entry.series_id != 0)
        {
          if (!haven_date_parse_iso (haven_db_column_text (stmt, 14), &day))
            continue;
          entry.original = julian_of (&day);
          entry.cancelled = sqlite3_column_int (stmt, 15) != 0;
        }

      g_array_append_val (calendar->entries, entry);
      key = g_memdup2 (&entry.id, sizeof entry.id);
      g_hash_table_insert (calendar->by_id, key, GUINT_TO_POINTER (calendar->entries->len));
    }
  sqlite3_reset (stmt);

  /* The occurrences of their own, under their series. */
  for (guint i = 0; i < calendar->entries->len; i++)
    {
      Entry *entry = &g_array_index (calendar->entries, Entry, i);
      GArray *list;

      if (entry->series_id == 0)
        continue;
      list = g_hash_table_lookup (calendar->edited, &entry->series_id);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (calendar->edited, g_memdup2 (&entry->series_id, sizeof (gint64)), list);
        }
      g_array_append_val (list, i);
    }

  /* The classes each activity concerns, and their names for showing. */
  stmt = haven_db_prepare (job->db,
                           "SELECT ac.activity_id, ac.school_class_id, k.name FROM activity_class ac"
                           " JOIN school_class k ON k.id = ac.school_class_id"
                           " ORDER BY ac.activity_id, k.grade, k.name",
                           error);
  if (stmt == NULL)
    {
      calendar_free (calendar);
      return NULL;
    }
  {
    g_autoptr(GString) names = g_string_new (NULL);
    Entry *current = NULL;

    for (;;)
      {
        gboolean has_row;
        gint64 activity_id, class_id;
        guint index;

        if (!haven_db_step (job->db, stmt, &has_row, error))
          {
            calendar_free (calendar);
            return NULL;
          }
        activity_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
        if (current != NULL && (!has_row || current->id != activity_id))
          {
            current->class_names = g_string_chunk_insert_const (calendar->strings, names->str);
            current = NULL;
          }
        if (!has_row)
          break;

        index = GPOINTER_TO_UINT (g_hash_table_lookup (calendar->by_id, &activity_id));
        if (index == 0)
          continue;
        if (current == NULL)
          {
            current = &g_array_index (calendar->entries, Entry, index - 1);
            current->first_class = calendar->class_ids->len;
            g_string_truncate (names, 0);
          }
        class_id = sqlite3_column_int64 (stmt, 1);
        g_array_append_val (calendar->class_ids, class_id);
        current->n_classes++;
        /* Translators: separates the classes an activity concerns. */
        g_string_append_printf (names, "%s%s", names->len > 0 ? _(", ") : "", haven_db_column_text (stmt, 2));
      }
    sqlite3_reset (stmt);
  }

  haven_job_set_state (job, "calendar", calendar, (GDestroyNotify) calendar_free);
  return calendar;
}

static Roll *
load_roll (HavenJob  *job,
           GError   **error)
{
  Roll *roll = haven_job_get_state (job, "calendar-roll");
  guint64 generation = haven_job_get_generation (job, HAVEN_TYPE_CHILD);
  sqlite3_stmt *stmt;

  if (roll != NULL && roll->generation == generation)
    return roll;

  stmt = haven_db_prepare (job->db,
                           "SELECT coalesce (school_class_id, 0), CAST (substr (birth_date, 6, 2) AS INTEGER), count (*)"
                           " FROM child WHERE deleted = 0 AND status = 0 GROUP BY 1, 2",
                           error);
  if (stmt == NULL)
    return NULL;

  roll = g_new0 (Roll, 1);
  roll->generation = generation;
  roll->by_class = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (;;)
    {
      gboolean has_row;
      gint64 class_id;
      int month;
      guint n;
      guint *counts;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        {
          roll_free (roll);
          return NULL;
        }
      if (!has_row)
        break;
      class_id = sqlite3_column_int64 (stmt, 0);
      month = sqlite3_column_int (stmt, 1);
      n = (guint) sqlite3_column_int64 (stmt, 2);
      counts = g_hash_table_lookup (roll->by_class, &class_id);
      if (counts == NULL)
        {
          counts = g_new0 (guint, 13);
          g_hash_table_insert (roll->by_class, g_memdup2 (&class_id, sizeof class_id), counts);
        }
      counts[0] += n;
      roll->all[0] += n;
      if (month >= 1 && month <= 12)
        {
          counts[month] += n;
          roll->all[month] += n;
        }
    }
  sqlite3_reset (stmt);

  haven_job_set_state (job, "calendar-roll", roll, (GDestroyNotify) roll_free);
  return roll;
}

/* Expansion */

typedef struct
{
  guint    entry;       /* the row with the fields */
  guint    series;      /* the series' entry: the same for a single activity */
  guint32  date;
  guint32  original;
} Hit;

static void
rule_of (const Entry         *entry,
         HavenRecurrenceRule *rule)
{
  GDate start = date_of_julian (entry->start);

  haven_recurrence_rule_init (rule, entry->kind, &start);
  if (entry->until != 0)
    g_date_set_julian (&rule->until, entry->until);
  rule->weekdays = entry->kind == HAVEN_RECURRENCE_WEEKLY ? entry->weekdays : 0;
  rule->lunar = entry->lunar && (entry->kind == HAVEN_RECURRENCE_MONTHLY || entry->kind == HAVEN_RECURRENCE_YEARLY);
}

/* The rule's own days of a series in the range, its occurrences of their
 * own left out. */
static void
expand_series (Calendar    *calendar,
               guint        index,
               const GDate *from,
               const GDate *to,
               GArray      *days,
               gboolean     keep_edited)
{
  const Entry *entry = &g_array_index (calendar->entries, Entry, index);
  GArray *edited = keep_edited ? NULL : g_hash_table_lookup (calendar->edited, &entry->id);
  GDate few[16];
  g_autofree GDate *many = NULL;
  GDate *exceptions = few;
  guint n_exceptions = 0;
  HavenRecurrenceRule rule;

  if (edited != NULL)
    {
      if (edited->len > G_N_ELEMENTS (few))
        exceptions = many = g_new (GDate, edited->len);
      for (guint i = 0; i < edited->len; i++)
        exceptions[n_exceptions++] = date_of_julian (g_array_index (calendar->entries, Entry,
                                                                    g_array_index (edited, guint, i)).original);
    }

  rule_of (entry, &rule);
  haven_activity_expand_rule (&rule, entry->festival, days, from, to,
                              (const HavenTermSpan *) (gpointer) calendar->terms->data, calendar->terms->len,
                              exceptions, n_exceptions);
}

static int
compare_hits (const void *a,
              const void *b,
              void       *user_data)
{
  const Hit *x = a;
  const Hit *y = b;
  Calendar *calendar = user_data;
  const Entry *ex, *ey;
  int c;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  ex = &g_array_index (calendar->entries, Entry, x->entry);
  ey = &g_array_index (calendar->entries, Entry, y->entry);
  if (ex->start_minutes != ey->start_minutes)
    return ex->start_minutes < ey->start_minutes ? -1 : 1;
  c = strcmp (ex->title, ey->title);
  if (c != 0)
    return c;
  ex = &g_array_index (calendar->entries, Entry, x->series);
  ey = &g_array_index (calendar->entries, Entry, y->series);
  return ex->id < ey->id ? -1 : ex->id > ey->id;
}

/* Every occurrence from from up to to, sorted. */
static GArray *
expand_range (Calendar    *calendar,
              const GDate *from,
              const GDate *to)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  guint32 lo = julian_of (from), hi = julian_of (to);

  for (guint i = 0; i < calendar->entries->len; i++)
    {
      const Entry *entry = &g_array_index (calendar->entries, Entry, i);

      if (entry->series_id != 0)
        {
          guint series;

          /* An occurrence of its own shows on its own day, moved or not. */
          if (entry->cancelled || entry->start < lo || entry->start >= hi)
            continue;
          series = GPOINTER_TO_UINT (g_hash_table_lookup (calendar->by_id, &entry->series_id));
          if (series == 0)
            continue;
          g_array_append_val (hits, ((Hit) { i, series - 1, entry->start, entry->original }));
          continue;
        }

      /* Cheap tests first: most activities at county scale are single. */
      if (entry->start >= hi || (entry->kind == HAVEN_RECURRENCE_NONE && entry->start < lo)
          || (entry->until != 0 && entry->until < lo))
        continue;

      g_array_set_size (days, 0);
      expand_series (calendar, i, from, to, days, FALSE);
      for (guint d = 0; d < days->len; d++)
        {
          guint32 julian = julian_of (&g_array_index (days, GDate, d));
          g_array_append_val (hits, ((Hit) { i, i, julian, julian }));
        }
    }

  g_array_sort_with_data (hits, compare_hits, calendar);
  return hits;
}

/* Children recorded as taking part, per occurrence (series id and day). */
static GHashTable *
count_present (HavenJob  *job,
               GArray    *hits,
               GError   **error)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint32 lo = G_MAXUINT32, hi = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  sqlite3_stmt *stmt;
  GDate day;

  for (guint i = 0; i < hits->len; i++)
    {
      lo = MIN (lo, g_array_index (hits, Hit, i).original);
      hi = MAX (hi, g_array_index (hits, Hit, i).original);
    }
  if (hits->len == 0)
    return counts;

  day = date_of_julian (lo);
  from = haven_date_format_iso (&day);
  day = date_of_julian (hi);
  to = haven_date_format_iso (&day);
  stmt = haven_db_prepare (job->db,
                           "SELECT activity_id, occurrence_date, count (*) FROM attendance"
                           " WHERE occurrence_date >= ?1 AND occurrence_date <= ?2 AND present = 1"
                           " GROUP BY activity_id, occurrence_date",
                           error);
  if (stmt == NULL)
    {
      g_hash_table_unref (counts);
      return NULL;
    }
  haven_db_bind_text (stmt, 1, from);
  haven_db_bind_text (stmt, 2, to);
  for (;;)
    {
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        {
          g_hash_table_unref (counts);
          return NULL;
        }
      if (!has_row)
        break;
      g_hash_table_insert (counts,
                           g_strdup_printf ("%" G_GINT64_FORMAT " %s", (gint64) sqlite3_column_int64 (stmt, 0),
                                            haven_db_column_text (stmt, 1)),
                           GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 2)));
    }
  sqlite3_reset (stmt);
  return counts;
}

static guint
count_concerned (Calendar    *calendar,
                 Roll        *roll,
                 const Entry *entry,
                 guint32      date)
{
  GDate day = date_of_julian (date);
  int slot = entry->type == HAVEN_ACTIVITY_BIRTHDAY_PARTY ? g_date_get_month (&day) : 0;
  guint n = 0;

  if (entry->n_classes == 0)
    return roll->all[slot];
  for (guint i = 0; i < entry->n_classes; i++)
    {
      gint64 class_id = g_array_index (calendar->class_ids, gint64, entry->first_class + i);
      guint *counts = g_hash_table_lookup (roll->by_class, &class_id);

      if (counts != NULL)
        n += counts[slot];
    }
  return n;
}

static HavenOccurrence *
make_occurrence (Calendar   *calendar,
                 Roll       *roll,
                 GHashTable *present,
                 const Hit  *hit)
{
  const Entry *entry = &g_array_index (calendar->entries, Entry, hit->entry);
  const Entry *series = &g_array_index (calendar->entries, Entry, hit->series);
  GDate original = date_of_julian (hit->original);
  g_autofree char *day = haven_date_format_iso (&original);
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT " %s", series->id, day);
  HavenOccurrenceInfo info = {
    .activity_id = series->id,
    .row_id = entry->id,
    .date = hit->date,
    .original_date = hit->original,
    .start_minutes = entry->start_minutes,
    .end_minutes = entry->end_minutes,
    .type = entry->type,
    .recurrence = series->kind,
    .topic = entry->topic,
    .festival = entry->festival != HAVEN_N_FESTIVALS ? entry->festival : series->festival,
    .lunar = series->lunar,
    .title = entry->title,
    .place = entry->place,
    .organiser = entry->organiser,
    .class_names = entry->class_names,
    .n_present = present != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (present, key)) : 0,
    .n_concerned = roll != NULL ? count_concerned (calendar, roll, entry, hit->date) : 0,
  };

  return haven_occurrence_new (&info);
}

/* Listing */

typedef struct
{
  char  *from;
  char  *to;
  guint  per_day;    /* 0: every occurrence */
} RangeData;

static void
range_data_free (RangeData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data);
}

static gpointer
list_occurrences_job (HavenJob  *job,
                      gpointer   user_data,
                      GError   **error)
{
  RangeData *data = user_data;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GHashTable) present = NULL;
  GPtrArray *out;
  Calendar *calendar;
  Roll *roll;
  GDate from, to;

  if (!parse_day (data->from, &from, "from", error) || !parse_day (data->to, &to, "to", error))
    return NULL;
  if (!haven_job_ensure_open (job, error))
    return NULL;
  calendar = load_calendar (job, error);
  roll = calendar != NULL ? load_roll (job, error) : NULL;
  if (roll == NULL)
    return NULL;

  hits = expand_range (calendar, &from, &to);
  present = count_present (job, hits, error);
  if (present == NULL)
    return NULL;

  out = g_ptr_array_new_full (hits->len, g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (out, make_occurrence (calendar, roll, present, &g_array_index (hits, Hit, i)));
  return out;
}

void
haven_store_list_occurrences_async (HavenStore          *self,
                                    const char          *from,
                                    const char          *to,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  RangeData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (from != NULL && to != NULL);

  data = g_new0 (RangeData, 1);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  haven_store_queue_job (self, haven_store_list_occurrences_async, list_occurrences_job, data,
                         (GDestroyNotify) range_data_free, (GDestroyNotify) g_ptr_array_unref,
                         cancellable, callback, user_data);
}

GPtrArray *
haven_store_list_occurrences_finish (HavenStore    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_list_occurrences_async, error);
}

HavenDaySummary *
haven_day_summary_copy (const HavenDaySummary *summary)
{
  HavenDaySummary *copy = g_new0 (HavenDaySummary, 1);

  copy->first = summary->first;
  copy->n_days = summary->n_days;
  copy->counts = g_memdup2 (summary->counts, sizeof (guint) * summary->n_days);
  copy->occurrences = g_ptr_array_ref (summary->occurrences);
  return copy;
}

void
haven_day_summary_free (HavenDaySummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->counts);
  g_ptr_array_unref (summary->occurrences);
  g_free (summary);
}

G_DEFINE_BOXED_TYPE (HavenDaySummary, haven_day_summary, haven_day_summary_copy, haven_day_summary_free)

static gpointer
summarize_days_job (HavenJob  *job,
                    gpointer   user_data,
                    GError   **error)
{
  RangeData *data = user_data;
  g_autoptr(HavenDaySummary) summary = g_new0 (HavenDaySummary, 1);
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GHashTable) present = NULL;
  Calendar *calendar;
  Roll *roll;
  GDate to;

  if (!parse_day (data->from, &summary->first, "first", error) || !haven_job_ensure_open (job, error))
    return NULL;
  summary->n_days = (guint) g_ascii_strtoull (data->to, NULL, 10);
  summary->counts = g_new0 (guint, summary->n_days);
  summary->occurrences = g_ptr_array_new_with_free_func (g_object_unref);
  to = summary->first;
  g_date_add_days (&to, summary->n_days);

  calendar = load_calendar (job, error);
  roll = calendar != NULL ? load_roll (job, error) : NULL;
  if (roll == NULL)
    return NULL;

  hits = expand_range (calendar, &summary->first, &to);
  for (guint i = 0; i < hits->len; i++)
    {
      const Hit *hit = &g_array_index (hits, Hit, i);
      guint day = hit->date - julian_of (&summary->first);

      if (summary->counts[day]++ < data->per_day)
        g_array_append_val (shown, *hit);
    }
  /* Only what the grid shows needs its attendance. */
  present = count_present (job, shown, error);
  if (present == NULL)
    return NULL;
  for (guint i = 0; i < shown->len; i++)
    g_ptr_array_add (summary->occurrences, make_occurrence (calendar, roll, present, &g_array_index (shown, Hit, i)));
  return g_steal_pointer (&summary);
}

void
haven_store_summarize_days_async (HavenStore          *self,
                                  const char          *first,
                                  guint                n_days,
                                  guint                per_day,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  RangeData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (first != NULL);
  g_return_if_fail (n_days > 0 && n_days <= 400);

  data = g_new0 (RangeData, 1);
  data->from = g_strdup (first);
  data->to = g_strdup_printf ("%u", n_days);
  data->per_day = per_day;
  haven_store_queue_job (self, haven_store_summarize_days_async, summarize_days_job, data,
                         (GDestroyNotify) range_data_free, (GDestroyNotify) haven_day_summary_free,
                         cancellable, callback, user_data);
}

HavenDaySummary *
haven_store_summarize_days_finish (HavenStore    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_summarize_days_async, error);
}

gboolean
haven_job_count_occurrences (HavenJob    *job,
                             const char  *first,
                             guint        n_days,
                             guint       *out,
                             GError     **error)
{
  g_autoptr(GArray) hits = NULL;
  Calendar *calendar;
  GDate from, to;

  if (!parse_day (first, &from, "first", error))
    return FALSE;
  calendar = load_calendar (job, error);
  if (calendar == NULL)
    return FALSE;
  to = from;
  g_date_add_days (&to, n_days);
  hits = expand_range (calendar, &from, &to);
  *out = hits->len;
  return TRUE;
}

/* Once, for databases from before the lunar days were stored as Gregorian
 * days: "2026-08-15" of a lunar activity meant 八月十五 of the lunar year
 * 2026. */
gboolean
haven_store_activities_open (HavenJob  *job,
                             GError   **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db, "SELECT 1 FROM meta WHERE key = 'activity-lunar-days' AND value = 'lunar'",
                                         error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  gboolean has_row;

  if (stmt == NULL || !haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  sqlite3_reset (stmt);
  if (!has_row)
    return TRUE;

  if (!haven_db_begin (job->db, error))
    return FALSE;
  stmt = haven_db_prepare (job->db, "SELECT id, starts_at FROM activity WHERE lunar = 1", error);
  if (stmt == NULL)
    goto failed;
  for (;;)
    {
      const char *starts_at;
      int year, month, day;
      GDate solar;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        goto failed;
      if (!has_row)
        break;
      starts_at = haven_db_column_text (stmt, 1);
      if (sscanf (starts_at, "%4d-%2d-%2d", &year, &month, &day) != 3
          || !haven_lunar_to_solar (year, month, day, FALSE, &solar))
        continue;
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_autofree char *iso = haven_date_format_iso (&solar);

        g_array_append_val (ids, id);
        g_ptr_array_add (days, strlen (starts_at) > 10 ? g_strconcat (iso, starts_at + 10, NULL) : g_strdup (iso));
      }
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = haven_db_prepare (job->db, "UPDATE activity SET starts_at = ?2 WHERE id = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      haven_db_bind_text (stmt, 2, g_ptr_array_index (days, i));
      if (!haven_db_run (job->db, stmt, error))
        goto failed;
    }
  stmt = haven_db_prepare (job->db, "DELETE FROM meta WHERE key = 'activity-lunar-days'", error);
  if (stmt == NULL || !haven_db_run (job->db, stmt, error) || !haven_db_commit (job->db, error))
    goto failed;
  return TRUE;

failed:
  haven_db_rollback (job->db);
  return FALSE;
}

/* Editing */

static gboolean
today_date (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return TRUE;
}

static gboolean
refuse_invalid (HavenActivity  *activity,
                GError        **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  const HavenProblem *problem;
  GDate today;

  today_date (&today);
  haven_record_normalise (HAVEN_RECORD (activity));
  problems = haven_record_check (HAVEN_RECORD (activity), &today);
  problem = haven_problems_first_error (problems);
  if (problem == NULL)
    return TRUE;
  g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, problem->message);
  return FALSE;
}

static HavenActivity *
load_activity (HavenJob  *job,
               gint64     id,
               GError   **error)
{
  return HAVEN_ACTIVITY (haven_job_load_record (job, HAVEN_TYPE_ACTIVITY, id, NULL, error));
}

/* The id of the series' row of its own for that day, or 0. */
static gboolean
find_edited (HavenJob    *job,
             gint64       series_id,
             const char  *original_date,
             gint64      *out,
             GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "SELECT id FROM activity WHERE series_id = ?1 AND occurrence_date = ?2"
                                         " ORDER BY id LIMIT 1",
                                         error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  haven_db_bind_text (stmt, 2, original_date);
  if (!haven_db_step (job->db, stmt, &has_row, error))
    return FALSE;
  *out = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static GArray *
class_ids_of (HavenActivity *activity)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = g_strsplit (haven_record_get_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_CLASS_IDS), ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (g_ascii_string_to_signed (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        g_array_append_val (ids, id);
    }
  return ids;
}

/* Makes the classes activity_id concerns exactly class_ids. */
static gboolean
write_classes (HavenJob  *job,
               gint64     activity_id,
               GArray    *class_ids,
               GError   **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  for (guint i = 0; i < class_ids->len; i++)
    g_hash_table_add (wanted, g_memdup2 (&g_array_index (class_ids, gint64, i), sizeof (gint64)));

  stmt = haven_db_prepare (job->db, "SELECT id, school_class_id FROM activity_class WHERE activity_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  for (;;)
    {
      gboolean has_row;
      gint64 class_id, row_id;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      row_id = sqlite3_column_int64 (stmt, 0);
      class_id = sqlite3_column_int64 (stmt, 1);
      /* A class kept keeps its row, and so its uuid. */
      if (!g_hash_table_remove (wanted, &class_id))
        g_array_append_val (stale, row_id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < stale->len; i++)
    if (!haven_job_delete_record (job, HAVEN_TYPE_CONCERNED_CLASS, g_array_index (stale, gint64, i), error))
      return FALSE;

  for (guint i = 0; i < class_ids->len; i++)
    {
      gint64 class_id = g_array_index (class_ids, gint64, i);
      g_autoptr(HavenConcernedClass) row = NULL;

      if (!g_hash_table_remove (wanted, &class_id))
        continue;
      row = haven_concerned_class_new ();
      haven_record_set_ref (HAVEN_RECORD (row), HAVEN_CONCERNED_CLASS_ACTIVITY_ID, activity_id);
      haven_record_set_ref (HAVEN_RECORD (row), HAVEN_CONCERNED_CLASS_SCHOOL_CLASS_ID, class_id);
      if (!haven_job_insert_record (job, HAVEN_RECORD (row), error))
        return FALSE;
    }
  if (stale->len > 0 || class_ids->len > 0)
    haven_job_changed (job, HAVEN_TYPE_CONCERNED_CLASS, 0);
  return TRUE;
}

/* The occurrence as the series shows it on original: the series' fields
 * on that day. */
static HavenActivity *
occurrence_of_series (HavenActivity *series,
                      const GDate   *original)
{
  HavenActivity *occurrence = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (series)));

  haven_activity_set_date (occurrence, original);
  return occurrence;
}

/* A new row of its own for an occurrence of series, from fields. */
static HavenActivity *
new_edited_row (HavenActivity *series,
                HavenActivity *fields,
                const char    *original_date)
{
  HavenActivity *row = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (fields)));
  HavenRecord *record = HAVEN_RECORD (row);

  haven_record_set_id (record, 0);
  haven_record_set_uuid (record, NULL);
  haven_record_set_ref (record, HAVEN_ACTIVITY_SERIES_ID, haven_record_get_id (HAVEN_RECORD (series)));
  haven_record_set_string (record, HAVEN_ACTIVITY_OCCURRENCE_DATE, original_date);
  haven_record_set_int (record, HAVEN_ACTIVITY_CANCELLED, FALSE);
  /* A row of its own happens once; the rule stays the series'. */
  haven_record_set_int (record, HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_NONE);
  haven_record_set_string (record, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "");
  haven_record_set_string (record, HAVEN_ACTIVITY_PLAN_KEY, "");
  return row;
}

/* Copies the edited fields onto an existing row of its own, keeping what
 * makes it one. */
static void
update_edited_row (HavenActivity *row,
                   HavenActivity *fields)
{
  HavenRecord *record = HAVEN_RECORD (row);
  gint64 id = haven_record_get_id (record);
  g_autofree char *uuid = g_strdup (haven_record_get_uuid (record));
  gint64 series = haven_record_get_ref (record, HAVEN_ACTIVITY_SERIES_ID);
  g_autofree char *original = g_strdup (haven_record_get_string (record, HAVEN_ACTIVITY_OCCURRENCE_DATE));

  haven_record_copy_from (record, HAVEN_RECORD (fields));
  haven_record_set_id (record, id);
  haven_record_set_uuid (record, uuid);
  haven_record_set_ref (record, HAVEN_ACTIVITY_SERIES_ID, series);
  haven_record_set_string (record, HAVEN_ACTIVITY_OCCURRENCE_DATE, original);
  haven_record_set_int (record, HAVEN_ACTIVITY_CANCELLED, FALSE);
  haven_record_set_int (record, HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_NONE);
  haven_record_set_string (record, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "");
  haven_record_set_string (record, HAVEN_ACTIVITY_PLAN_KEY, "");
}

/* Attendance of a single activity stays with it when its day changes. */
static gboolean
move_attendance (HavenJob    *job,
                 gint64       activity_id,
                 const char  *old_day,
                 const char  *new_day,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (g_strcmp0 (old_day, new_day) == 0)
    return TRUE;
  stmt = haven_db_prepare (job->db,
                           "UPDATE attendance SET occurrence_date = ?3 WHERE activity_id = ?1 AND occurrence_date = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  haven_db_bind_text (stmt, 2, old_day);
  haven_db_bind_text (stmt, 3, new_day);
  if (!haven_db_run (job->db, stmt, error))
    return FALSE;
  if (haven_db_changes (job->db) > 0)
    haven_job_changed (job, HAVEN_TYPE_ATTENDANCE, 0);
  return TRUE;
}

/* Writes a single activity, or a series as it now is. */
static gboolean
write_single (HavenJob       *job,
              HavenActivity  *activity,
              GError        **error)
{
  g_autoptr(HavenActivity) before = NULL;
  gint64 id = haven_record_get_id (HAVEN_RECORD (activity));
  GDate old_day, new_day;

  if (id != 0)
    {
      before = load_activity (job, id, error);
      if (before == NULL)
        return FALSE;
    }
  if (!haven_job_write_record (job, HAVEN_RECORD (activity), error))
    return FALSE;

  /* A single activity moved to another day takes its attendance along. */
  if (before != NULL
      && haven_record_get_int (HAVEN_RECORD (before), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE
      && haven_record_get_int (HAVEN_RECORD (activity), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE
      && !haven_activity_is_exception (activity)
      && haven_activity_get_date (before, &old_day) && haven_activity_get_date (activity, &new_day))
    {
      g_autofree char *old_text = haven_date_format_iso (&old_day);
      g_autofree char *new_text = haven_date_format_iso (&new_day);

      if (!move_attendance (job, id, old_text, new_text, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  HavenActivity  *activity;
  gint64          activity_id;
  char           *original_date;
  HavenEditScope  scope;
  GArray         *class_ids;
  char           *new_date;
} EditData;

static void
edit_data_free (EditData *data)
{
  g_clear_object (&data->activity);
  g_free (data->original_date);
  g_clear_pointer (&data->class_ids, g_array_unref);
  g_free (data->new_date);
  g_free (data);
}

static gint64
save_occurrence (HavenJob  *job,
                 EditData  *data,
                 GError   **error)
{
  g_autoptr(HavenActivity) series = NULL;
  g_autoptr(HavenActivity) row = NULL;
  g_autoptr(HavenActivity) before = NULL;
  g_autoptr(GArray) classes = NULL;
  HavenActivity *edited = data->activity;
  gint64 edited_id = 0;
  GDate original;

  /* A new activity, or one saved as a whole. */
  if (data->activity_id == 0 || data->original_date == NULL)
    {
      haven_record_set_id (HAVEN_RECORD (edited), data->activity_id);
      if (!refuse_invalid (edited, error) || !write_single (job, edited, error))
        return 0;
      if (data->class_ids != NULL
          && !write_classes (job, haven_record_get_id (HAVEN_RECORD (edited)), data->class_ids, error))
        return 0;
      return haven_record_get_id (HAVEN_RECORD (edited));
    }

  if (!parse_day (data->original_date, &original, "original date", error))
    return 0;
  series = load_activity (job, data->activity_id, error);
  if (series == NULL)
    return 0;
  if (haven_activity_is_exception (series))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "Activity %" G_GINT64_FORMAT " is an occurrence, not a series", data->activity_id);
      return 0;
    }

  /* A single activity has one occurrence: it is the whole. */
  if (haven_record_get_int (HAVEN_RECORD (series), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE)
    {
      haven_record_set_id (HAVEN_RECORD (edited), data->activity_id);
      haven_record_set_uuid (HAVEN_RECORD (edited), haven_record_get_uuid (HAVEN_RECORD (series)));
      haven_record_set_ref (HAVEN_RECORD (edited), HAVEN_ACTIVITY_SERIES_ID, 0);
      if (!refuse_invalid (edited, error) || !write_single (job, edited, error))
        return 0;
      if (data->class_ids != NULL && !write_classes (job, data->activity_id, data->class_ids, error))
        return 0;
      return data->activity_id;
    }

  if (!find_edited (job, data->activity_id, data->original_date, &edited_id, error))
    return 0;
  if (edited_id != 0)
    {
      row = load_activity (job, edited_id, error);
      if (row == NULL)
        return 0;
    }

  if (data->scope == HAVEN_EDIT_OCCURRENCE)
    {
      if (row == NULL)
        row = new_edited_row (series, edited, data->original_date);
      else
        update_edited_row (row, edited);
      if (!refuse_invalid (row, error) || !haven_job_write_record (job, HAVEN_RECORD (row), error))
        return 0;
      /* The occurrence concerns what the series does unless told. */
      classes = data->class_ids != NULL ? g_array_ref (data->class_ids) : class_ids_of (edited_id != 0 ? row : series);
      if (!write_classes (job, haven_record_get_id (HAVEN_RECORD (row)), classes, error))
        return 0;
      return haven_record_get_id (HAVEN_RECORD (row));
    }

  /* The whole series: what the person changed on this occurrence, as it
   * was shown, goes onto the series. */
  before = row != NULL ? HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (row))) : occurrence_of_series (series, &original);
  {
    /* The rule fields shown on an occurrence of its own are the series'. */
    static const guint rule_fields[] = {
      HAVEN_ACTIVITY_RECURRENCE, HAVEN_ACTIVITY_RECURRENCE_UNTIL, HAVEN_ACTIVITY_WEEKDAYS, HAVEN_ACTIVITY_LUNAR,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rule_fields); i++)
      {
        guint f = rule_fields[i];

        if (f == HAVEN_ACTIVITY_RECURRENCE_UNTIL)
          haven_record_set_string (HAVEN_RECORD (before), f, haven_record_get_string (HAVEN_RECORD (series), f));
        else
          haven_record_set_int (HAVEN_RECORD (before), f, haven_record_get_int (HAVEN_RECORD (series), f));
      }
  }
  haven_activity_apply_to_series (series, before, edited);
  if (!refuse_invalid (series, error) || !haven_job_write_record (job, HAVEN_RECORD (series), error))
    return 0;
  if (data->class_ids != NULL && !write_classes (job, data->activity_id, data->class_ids, error))
    return 0;
  /* The occurrence's own row shows the same change. */
  if (row != NULL)
    {
      g_autoptr(HavenActivity) own_before = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (row)));

      haven_activity_apply_to_series (row, own_before, edited);
      haven_record_set_int (HAVEN_RECORD (row), HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_NONE);
      if (!refuse_invalid (row, error) || !haven_job_write_record (job, HAVEN_RECORD (row), error))
        return 0;
      if (data->class_ids != NULL && !write_classes (job, edited_id, data->class_ids, error))
        return 0;
    }
  return data->activity_id;
}

static gpointer
save_occurrence_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  EditData *data = user_data;
  gint64 id;

  if (!haven_job_ensure_writer (job, error) || !haven_db_begin (job->db, error))
    return NULL;
  id = save_occurrence (job, data, error);
  if (id == 0 || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  haven_job_changed (job, HAVEN_TYPE_ACTIVITY, id);
  return haven_job_return_id (id);
}

void
haven_store_save_occurrence_async (HavenStore          *self,
                                   HavenActivity       *activity,
                                   gint64               activity_id,
                                   const char          *original_date,
                                   HavenEditScope       scope,
                                   GArray              *class_ids,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (HAVEN_IS_ACTIVITY (activity));

  data = g_new0 (EditData, 1);
  data->activity = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (activity)));
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  data->scope = scope;
  data->class_ids = class_ids != NULL ? g_array_copy (class_ids) : NULL;
  haven_store_queue_job (self, haven_store_save_occurrence_async, save_occurrence_job, data,
                         (GDestroyNotify) edit_data_free, g_free, cancellable, callback, user_data);
}

gint64
haven_store_save_occurrence_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_save_occurrence_async, error);
}

static gint64
move_occurrence (HavenJob  *job,
                 EditData  *data,
                 GError   **error)
{
  g_autoptr(HavenActivity) series = NULL;
  g_autoptr(HavenActivity) row = NULL;
  gint64 edited_id = 0;
  GDate original, day;

  if (!parse_day (data->original_date, &original, "original date", error)
      || !parse_day (data->new_date, &day, "new date", error))
    return 0;
  series = load_activity (job, data->activity_id, error);
  if (series == NULL)
    return 0;

  if (haven_record_get_int (HAVEN_RECORD (series), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE)
    {
      haven_activity_set_date (series, &day);
      if (!refuse_invalid (series, error) || !write_single (job, series, error))
        return 0;
      return data->activity_id;
    }

  if (!find_edited (job, data->activity_id, data->original_date, &edited_id, error))
    return 0;
  if (edited_id != 0)
    {
      row = load_activity (job, edited_id, error);
      if (row == NULL)
        return 0;
      /* A cancelled occurrence is not there to move. */
      haven_record_set_int (HAVEN_RECORD (row), HAVEN_ACTIVITY_CANCELLED, FALSE);
    }
  else
    {
      g_autoptr(HavenActivity) shown = occurrence_of_series (series, &original);
      g_autoptr(GArray) classes = class_ids_of (series);

      row = new_edited_row (series, shown, data->original_date);
      haven_activity_set_date (row, &day);
      if (!refuse_invalid (row, error) || !haven_job_write_record (job, HAVEN_RECORD (row), error))
        return 0;
      if (!write_classes (job, haven_record_get_id (HAVEN_RECORD (row)), classes, error))
        return 0;
      return haven_record_get_id (HAVEN_RECORD (row));
    }
  haven_activity_set_date (row, &day);
  if (!refuse_invalid (row, error) || !haven_job_write_record (job, HAVEN_RECORD (row), error))
    return 0;
  return edited_id;
}

static gpointer
move_occurrence_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  gint64 id;

  if (!haven_job_ensure_writer (job, error) || !haven_db_begin (job->db, error))
    return NULL;
  id = move_occurrence (job, user_data, error);
  if (id == 0 || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  haven_job_changed (job, HAVEN_TYPE_ACTIVITY, id);
  return haven_job_return_id (id);
}

void
haven_store_move_occurrence_async (HavenStore          *self,
                                   gint64               activity_id,
                                   const char          *original_date,
                                   const char          *new_date,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (activity_id > 0);
  g_return_if_fail (original_date != NULL && new_date != NULL);

  data = g_new0 (EditData, 1);
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  data->new_date = g_strdup (new_date);
  haven_store_queue_job (self, haven_store_move_occurrence_async, move_occurrence_job, data,
                         (GDestroyNotify) edit_data_free, g_free, cancellable, callback, user_data);
}

gint64
haven_store_move_occurrence_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_id (self, result, haven_store_move_occurrence_async, error);
}

static gboolean
delete_occurrence (HavenJob  *job,
                   EditData  *data,
                   GError   **error)
{
  g_autoptr(HavenActivity) series = load_activity (job, data->activity_id, error);
  g_autoptr(HavenActivity) row = NULL;
  gint64 edited_id = 0;
  GDate original;

  if (series == NULL)
    return FALSE;
  if (data->scope == HAVEN_EDIT_SERIES
      || haven_record_get_int (HAVEN_RECORD (series), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE)
    /* Its occurrences of their own, classes and attendance go with it. */
    return haven_job_delete_record (job, HAVEN_TYPE_ACTIVITY, data->activity_id, error);

  if (!parse_day (data->original_date, &original, "original date", error)
      || !find_edited (job, data->activity_id, data->original_date, &edited_id, error))
    return FALSE;
  if (edited_id != 0)
    {
      row = load_activity (job, edited_id, error);
      if (row == NULL)
        return FALSE;
    }
  else
    {
      g_autoptr(HavenActivity) shown = occurrence_of_series (series, &original);
      row = new_edited_row (series, shown, data->original_date);
    }
  /* Kept as a row, so the series knows to skip the day (EXDATE). */
  haven_record_set_int (HAVEN_RECORD (row), HAVEN_ACTIVITY_CANCELLED, TRUE);
  return haven_job_write_record (job, HAVEN_RECORD (row), error);
}

static gpointer
delete_occurrence_job (HavenJob  *job,
                       gpointer   user_data,
                       GError   **error)
{
  EditData *data = user_data;

  if (!haven_job_ensure_writer (job, error) || !haven_db_begin (job->db, error))
    return NULL;
  if (!delete_occurrence (job, data, error) || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  haven_job_changed (job, HAVEN_TYPE_ACTIVITY, data->activity_id);
  return HAVEN_JOB_DONE;
}

void
haven_store_delete_occurrence_async (HavenStore          *self,
                                     gint64               activity_id,
                                     const char          *original_date,
                                     HavenEditScope       scope,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (activity_id > 0);
  g_return_if_fail (scope == HAVEN_EDIT_SERIES || original_date != NULL);

  data = g_new0 (EditData, 1);
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  data->scope = scope;
  haven_store_queue_job (self, haven_store_delete_occurrence_async, delete_occurrence_job, data,
                         (GDestroyNotify) edit_data_free, NULL, cancellable, callback, user_data);
}

gboolean
haven_store_delete_occurrence_finish (HavenStore    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_delete_occurrence_async, error);
}

/* The row of an occurrence's fields, with its series' rule. */
static HavenActivity *
load_occurrence (HavenJob    *job,
                 gint64       activity_id,
                 const char  *original_date,
                 GError     **error)
{
  g_autoptr(HavenActivity) series = load_activity (job, activity_id, error);
  HavenActivity *row;
  gint64 edited_id = 0;
  GDate original;

  if (series == NULL)
    return NULL;
  if (original_date == NULL
      || haven_record_get_int (HAVEN_RECORD (series), HAVEN_ACTIVITY_RECURRENCE) == HAVEN_RECURRENCE_NONE)
    return g_steal_pointer (&series);
  if (!parse_day (original_date, &original, "original date", error)
      || !find_edited (job, activity_id, original_date, &edited_id, error))
    return NULL;
  if (edited_id == 0)
    return occurrence_of_series (series, &original);

  row = load_activity (job, edited_id, error);
  if (row != NULL)
    {
      HavenRecord *r = HAVEN_RECORD (row);
      HavenRecord *s = HAVEN_RECORD (series);

      haven_record_set_int (r, HAVEN_ACTIVITY_RECURRENCE, haven_record_get_int (s, HAVEN_ACTIVITY_RECURRENCE));
      haven_record_set_string (r, HAVEN_ACTIVITY_RECURRENCE_UNTIL,
                               haven_record_get_string (s, HAVEN_ACTIVITY_RECURRENCE_UNTIL));
      haven_record_set_int (r, HAVEN_ACTIVITY_WEEKDAYS, haven_record_get_int (s, HAVEN_ACTIVITY_WEEKDAYS));
      haven_record_set_int (r, HAVEN_ACTIVITY_LUNAR, haven_record_get_int (s, HAVEN_ACTIVITY_LUNAR));
    }
  return row;
}

static gpointer
load_occurrence_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  EditData *data = user_data;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  return load_occurrence (job, data->activity_id, data->original_date, error);
}

void
haven_store_load_occurrence_async (HavenStore          *self,
                                   gint64               activity_id,
                                   const char          *original_date,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (activity_id > 0);

  data = g_new0 (EditData, 1);
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  haven_store_queue_job (self, haven_store_load_occurrence_async, load_occurrence_job, data,
                         (GDestroyNotify) edit_data_free, g_object_unref, cancellable, callback, user_data);
}

HavenActivity *
haven_store_load_occurrence_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_load_occurrence_async, error);
}

/* Attendance */

HavenAttendanceSheet *
haven_attendance_sheet_copy (const HavenAttendanceSheet *sheet)
{
  HavenAttendanceSheet *copy = g_new0 (HavenAttendanceSheet, 1);

  copy->activity_id = sheet->activity_id;
  copy->date = g_strdup (sheet->date);
  copy->title = g_strdup (sheet->title);
  copy->type = sheet->type;
  copy->attendees = g_ptr_array_ref (sheet->attendees);
  return copy;
}

void
haven_attendance_sheet_free (HavenAttendanceSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_free (sheet->date);
  g_free (sheet->title);
  g_clear_pointer (&sheet->attendees, g_ptr_array_unref);
  g_free (sheet);
}

G_DEFINE_BOXED_TYPE (HavenAttendanceSheet, haven_attendance_sheet, haven_attendance_sheet_copy,
                     haven_attendance_sheet_free)

static HavenAttendanceSheet *
load_sheet (HavenJob    *job,
            gint64       activity_id,
            const char  *original_date,
            GError     **error)
{
  g_autoptr(HavenActivity) occurrence = load_occurrence (job, activity_id, original_date, error);
  g_autoptr(HavenAttendanceSheet) sheet = NULL;
  g_autofree char *month = NULL;
  gint64 classes_of;
  sqlite3_stmt *stmt;
  GDate day;

  if (occurrence == NULL)
    return NULL;
  if (!haven_activity_get_date (occurrence, &day))
    {
      g_set_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID, _("The activity has no day."));
      return NULL;
    }

  sheet = g_new0 (HavenAttendanceSheet, 1);
  sheet->activity_id = activity_id;
  sheet->date = g_strdup (original_date);
  sheet->title = g_strdup (haven_record_get_string (HAVEN_RECORD (occurrence), HAVEN_ACTIVITY_TITLE));
  sheet->type = haven_record_get_int (HAVEN_RECORD (occurrence), HAVEN_ACTIVITY_TYPE);
  sheet->attendees = g_ptr_array_new_with_free_func (g_object_unref);
  /* The occurrence's own row has its own classes; a shown one the series'. */
  classes_of = haven_record_get_id (HAVEN_RECORD (occurrence)) != 0 ? haven_record_get_id (HAVEN_RECORD (occurrence))
                                                                    : activity_id;
  /* A birthday party is for the children born in the month it is held. */
  month = sheet->type == HAVEN_ACTIVITY_BIRTHDAY_PARTY ? g_strdup_printf ("%02d", g_date_get_month (&day)) : NULL;

  stmt = haven_db_prepare (job->db,
                           "SELECT c.id, c.name, coalesce (c.school_class_id, 0), coalesce (k.name, ''),"
                           "  x.id IS NOT NULL, coalesce (x.present, 0),"
                           "  c.status = 0"
                           "   AND (NOT EXISTS (SELECT 1 FROM activity_class a WHERE a.activity_id = ?3)"
                           "        OR EXISTS (SELECT 1 FROM activity_class a WHERE a.activity_id = ?3"
                           "                   AND a.school_class_id = c.school_class_id))"
                           "   AND (?4 IS NULL OR substr (c.birth_date, 6, 2) = ?4) AS concerned"
                           " FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id"
                           " LEFT JOIN attendance x ON x.child_id = c.id AND x.activity_id = ?1 AND x.occurrence_date = ?2"
                           " WHERE c.deleted = 0 AND (concerned OR x.id IS NOT NULL)"
                           " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, c.id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  haven_db_bind_text (stmt, 2, original_date);
  sqlite3_bind_int64 (stmt, 3, classes_of);
  if (month != NULL)
    haven_db_bind_text (stmt, 4, month);
  for (;;)
    {
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      g_ptr_array_add (sheet->attendees,
                       haven_attendee_new (sqlite3_column_int64 (stmt, 0), haven_db_column_text (stmt, 1),
                                           sqlite3_column_int64 (stmt, 2), haven_db_column_text (stmt, 3),
                                           sqlite3_column_int (stmt, 6), sqlite3_column_int (stmt, 4),
                                           sqlite3_column_int (stmt, 5)));
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&sheet);
}

static gpointer
load_attendance_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  EditData *data = user_data;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  return load_sheet (job, data->activity_id, data->original_date, error);
}

void
haven_store_load_attendance_async (HavenStore          *self,
                                   gint64               activity_id,
                                   const char          *original_date,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (activity_id > 0 && original_date != NULL);

  data = g_new0 (EditData, 1);
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  haven_store_queue_job (self, haven_store_load_attendance_async, load_attendance_job, data,
                         (GDestroyNotify) edit_data_free, (GDestroyNotify) haven_attendance_sheet_free,
                         cancellable, callback, user_data);
}

HavenAttendanceSheet *
haven_store_load_attendance_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_load_attendance_async, error);
}

static gboolean
save_sheet (HavenJob              *job,
            HavenAttendanceSheet  *sheet,
            GError               **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;

  /* The rows there are: child → (row id, present). */
  stmt = haven_db_prepare (job->db,
                           "SELECT child_id, id, present FROM attendance WHERE activity_id = ?1 AND occurrence_date = ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sheet->activity_id);
  haven_db_bind_text (stmt, 2, sheet->date);
  for (;;)
    {
      gboolean has_row;
      gint64 child_id, row[2];

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child_id = sqlite3_column_int64 (stmt, 0);
      row[0] = sqlite3_column_int64 (stmt, 1);
      row[1] = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (rows, g_memdup2 (&child_id, sizeof child_id), g_memdup2 (row, sizeof row));
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < sheet->attendees->len; i++)
    {
      HavenAttendee *attendee = g_ptr_array_index (sheet->attendees, i);
      gint64 child_id = haven_attendee_get_child_id (attendee);
      gboolean present = haven_attendee_get_present (attendee);
      gint64 *row = g_hash_table_lookup (rows, &child_id);
      g_autoptr(HavenRecord) record = NULL;

      if (row != NULL)
        {
          if (row[1] == present)
            continue;
          record = haven_job_load_record (job, HAVEN_TYPE_ATTENDANCE, row[0], NULL, error);
          if (record == NULL)
            return FALSE;
        }
      else
        {
          /* A child never marked either way stays off the record. */
          if (!present && !haven_attendee_get_concerned (attendee))
            continue;
          record = HAVEN_RECORD (haven_attendance_new ());
          haven_record_set_ref (record, HAVEN_ATTENDANCE_ACTIVITY_ID, sheet->activity_id);
          haven_record_set_ref (record, HAVEN_ATTENDANCE_CHILD_ID, child_id);
          haven_record_set_string (record, HAVEN_ATTENDANCE_OCCURRENCE_DATE, sheet->date);
        }
      haven_record_set_int (record, HAVEN_ATTENDANCE_PRESENT, present);
      if (!haven_job_write_record (job, record, error))
        return FALSE;
    }
  return TRUE;
}

static gpointer
save_attendance_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  HavenAttendanceSheet *sheet = user_data;

  if (!haven_job_ensure_writer (job, error) || !haven_db_begin (job->db, error))
    return NULL;
  if (!save_sheet (job, sheet, error) || !haven_db_commit (job->db, error))
    {
      haven_db_rollback (job->db);
      return NULL;
    }
  haven_job_changed (job, HAVEN_TYPE_ATTENDANCE, 0);
  return HAVEN_JOB_DONE;
}

/* The marks as they are now, so the person may go on ticking meanwhile. */
static HavenAttendanceSheet *
snapshot_sheet (HavenAttendanceSheet *sheet)
{
  HavenAttendanceSheet *copy = g_new0 (HavenAttendanceSheet, 1);

  copy->activity_id = sheet->activity_id;
  copy->date = g_strdup (sheet->date);
  copy->title = g_strdup (sheet->title);
  copy->type = sheet->type;
  copy->attendees = g_ptr_array_new_full (sheet->attendees->len, g_object_unref);
  for (guint i = 0; i < sheet->attendees->len; i++)
    {
      HavenAttendee *a = g_ptr_array_index (sheet->attendees, i);

      g_ptr_array_add (copy->attendees,
                       haven_attendee_new (haven_attendee_get_child_id (a), haven_attendee_get_name (a),
                                           haven_attendee_get_class_id (a), haven_attendee_get_class_name (a),
                                           haven_attendee_get_concerned (a), haven_attendee_get_recorded (a),
                                           haven_attendee_get_present (a)));
    }
  return copy;
}

void
haven_store_save_attendance_async (HavenStore           *self,
                                   HavenAttendanceSheet *sheet,
                                   GCancellable         *cancellable,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (sheet != NULL && sheet->activity_id > 0 && sheet->date != NULL);

  haven_store_queue_job (self, haven_store_save_attendance_async, save_attendance_job, snapshot_sheet (sheet),
                         (GDestroyNotify) haven_attendance_sheet_free, NULL, cancellable, callback, user_data);
}

gboolean
haven_store_save_attendance_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_done (self, result, haven_store_save_attendance_async, error);
}

static gpointer
concerned_children_job (HavenJob  *job,
                        gpointer   user_data,
                        GError   **error)
{
  EditData *data = user_data;
  g_autoptr(HavenAttendanceSheet) sheet = NULL;
  GArray *ids;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  sheet = load_sheet (job, data->activity_id, data->original_date, error);
  if (sheet == NULL)
    return NULL;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < sheet->attendees->len; i++)
    if (haven_attendee_get_concerned (g_ptr_array_index (sheet->attendees, i)))
      {
        gint64 id = haven_attendee_get_child_id (g_ptr_array_index (sheet->attendees, i));
        g_array_append_val (ids, id);
      }
  return ids;
}

void
haven_store_concerned_children_async (HavenStore          *self,
                                      gint64               activity_id,
                                      const char          *original_date,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  EditData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (activity_id > 0 && original_date != NULL);

  data = g_new0 (EditData, 1);
  data->activity_id = activity_id;
  data->original_date = g_strdup (original_date);
  haven_store_queue_job (self, haven_store_concerned_children_async, concerned_children_job, data,
                         (GDestroyNotify) edit_data_free, (GDestroyNotify) g_array_unref,
                         cancellable, callback, user_data);
}

GArray *
haven_store_concerned_children_finish (HavenStore    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_concerned_children_async, error);
}

typedef struct
{
  gint64  child_id;
  char   *from;
  char   *to;
} ParticipationData;

static void
participation_data_free (ParticipationData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data);
}

static gpointer
child_participation_job (HavenJob  *job,
                         gpointer   user_data,
                         GError   **error)
{
  ParticipationData *data = user_data;
  g_autofree HavenParticipation *out = g_new0 (HavenParticipation, 1);
  sqlite3_stmt *stmt;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  /* An occurrence's day is its day in the series; the type is the
   * series' (an occurrence of its own keeps the series' type). */
  stmt = haven_db_prepare (job->db,
                           "SELECT v.type, x.present, count (*) FROM attendance x JOIN activity v ON v.id = x.activity_id"
                           " WHERE x.child_id = ?1 AND (?2 = '' OR x.occurrence_date >= ?2)"
                           "  AND (?3 = '' OR x.occurrence_date < ?3)"
                           " GROUP BY v.type, x.present",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, data->child_id);
  haven_db_bind_text (stmt, 2, data->from);
  haven_db_bind_text (stmt, 3, data->to);
  for (;;)
    {
      gboolean has_row;
      int type;
      guint n;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      type = sqlite3_column_int (stmt, 0);
      n = (guint) sqlite3_column_int64 (stmt, 2);
      if (!sqlite3_column_int (stmt, 1))
        {
          out->absent += n;
          continue;
        }
      out->took_part += n;
      if (type >= 0 && type < (int) G_N_ELEMENTS (out->by_type))
        out->by_type[type] += n;
      if (type == HAVEN_ACTIVITY_LETTER_HOME)
        out->letters += n;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&out);
}

void
haven_store_child_participation_async (HavenStore          *self,
                                       gint64               child_id,
                                       const char          *from,
                                       const char          *to,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  ParticipationData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));

  data = g_new0 (ParticipationData, 1);
  data->child_id = child_id;
  data->from = g_strdup (from != NULL ? from : "");
  data->to = g_strdup (to != NULL ? to : "");
  haven_store_queue_job (self, haven_store_child_participation_async, child_participation_job, data,
                         (GDestroyNotify) participation_data_free, g_free, cancellable, callback, user_data);
}

HavenParticipation *
haven_store_child_participation_finish (HavenStore    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_child_participation_async, error);
}

/* Planning */

static gboolean
plan_key_taken (HavenJob    *job,
                gint64       term_id,
                const char  *key,
                gboolean    *taken,
                GError     **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "SELECT 1 FROM activity WHERE term_id = ?1 AND plan_key = ?2 LIMIT 1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, term_id);
  haven_db_bind_text (stmt, 2, key);
  if (!haven_db_step (job->db, stmt, taken, error))
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

static gpointer
plan_term_job (HavenJob  *job,
               gpointer   user_data,
               GError   **error)
{
  gint64 term_id = *(gint64 *) user_data;
  g_autoptr(HavenRecord) term = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  gint64 added = 0;
  GDate first, last;

  if (!haven_job_ensure_writer (job, error))
    return NULL;
  term = haven_job_load_record (job, HAVEN_TYPE_TERM, term_id, NULL, error);
  if (term == NULL)
    return NULL;
  if (!haven_date_parse_iso (haven_record_get_string (term, HAVEN_TERM_START_DATE), &first)
      || !haven_date_parse_iso (haven_record_get_string (term, HAVEN_TERM_END_DATE), &last)
      || (plan = haven_term_plan_build (term_id, &first, &last)) == NULL)
    {
      g_set_error_literal (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID,
                           _("Give the term its first and last day in Preferences first."));
      return NULL;
    }

  if (!haven_db_begin (job->db, error))
    return NULL;
  for (guint i = 0; i < plan->len; i++)
    {
      HavenActivity *activity = g_ptr_array_index (plan, i);
      gboolean taken;

      if (!plan_key_taken (job, term_id, haven_record_get_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_PLAN_KEY),
                           &taken, error))
        goto failed;
      if (taken)
        continue;
      if (!refuse_invalid (activity, error) || !haven_job_insert_record (job, HAVEN_RECORD (activity), error))
        goto failed;
      added++;
    }
  if (!haven_db_commit (job->db, error))
    goto failed;
  if (added > 0)
    haven_job_changed (job, HAVEN_TYPE_ACTIVITY, 0);
  return haven_job_return_id (added);

failed:
  haven_db_rollback (job->db);
  return NULL;
}

void
haven_store_plan_term_async (HavenStore          *self,
                             gint64               term_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (term_id > 0);

  haven_store_queue_job (self, haven_store_plan_term_async, plan_term_job, g_memdup2 (&term_id, sizeof term_id),
                         g_free, g_free, cancellable, callback, user_data);
}

guint
haven_store_plan_term_finish (HavenStore    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return (guint) haven_store_finish_id (self, result, haven_store_plan_term_async, error);
}

/* Export */

static void
export_series_free (HavenExportSeries *series)
{
  g_clear_object (&series->activity);
  g_clear_pointer (&series->days, g_array_unref);
  g_clear_pointer (&series->edited, g_ptr_array_unref);
  g_free (series);
}

void
haven_calendar_export_free (HavenCalendarExport *export)
{
  if (export == NULL)
    return;
  g_free (export->school);
  g_clear_pointer (&export->series, g_ptr_array_unref);
  g_free (export);
}

static int
compare_export_series (gconstpointer a,
                       gconstpointer b)
{
  const HavenExportSeries *x = *(HavenExportSeries * const *) a;
  const HavenExportSeries *y = *(HavenExportSeries * const *) b;
  int c = g_strcmp0 (haven_record_get_string (HAVEN_RECORD (x->activity), HAVEN_ACTIVITY_STARTS_AT),
                     haven_record_get_string (HAVEN_RECORD (y->activity), HAVEN_ACTIVITY_STARTS_AT));

  if (c != 0)
    return c;
  return haven_record_get_id (HAVEN_RECORD (x->activity)) < haven_record_get_id (HAVEN_RECORD (y->activity)) ? -1 : 1;
}

static gpointer
export_calendar_job (HavenJob  *job,
                     gpointer   user_data,
                     GError   **error)
{
  RangeData *data = user_data;
  g_autoptr(HavenCalendarExport) export = g_new0 (HavenCalendarExport, 1);
  g_autoptr(HavenRecord) school = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (GDate));
  Calendar *calendar;
  guint32 lo, hi;
  GDate from, to;

  if (!parse_day (data->from, &from, "from", error) || !parse_day (data->to, &to, "to", error))
    return NULL;
  if (!haven_job_ensure_open (job, error))
    return NULL;
  calendar = load_calendar (job, error);
  if (calendar == NULL)
    return NULL;
  lo = julian_of (&from);
  hi = julian_of (&to);

  school = haven_job_load_record (job, HAVEN_TYPE_SCHOOL_INFO, 1, NULL, NULL);
  export->school = g_strdup (school != NULL ? haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME) : "");
  export->series = g_ptr_array_new_with_free_func ((GDestroyNotify) export_series_free);

  for (guint i = 0; i < calendar->entries->len; i++)
    {
      const Entry *entry = &g_array_index (calendar->entries, Entry, i);
      GArray *edited = NULL;
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
      HavenExportSeries *series;

      if (entry->series_id != 0)
        continue;
      /* A series out of the range may still have moved an occurrence in. */
      edited = g_hash_table_lookup (calendar->edited, &entry->id);
      if (edited == NULL && (entry->start >= hi || (entry->until != 0 && entry->until < lo)))
        continue;

      g_array_set_size (days, 0);
      expand_series (calendar, i, &from, &to, days, TRUE);
      for (guint e = 0; edited != NULL && e < edited->len; e++)
        {
          const Entry *own = &g_array_index (calendar->entries, Entry, g_array_index (edited, guint, e));
          HavenActivity *row;

          /* What falls in the range, or leaves a day of the range empty. */
          if ((own->start < lo || own->start >= hi) && (own->original < lo || own->original >= hi))
            continue;
          row = load_activity (job, own->id, error);
          if (row == NULL)
            return NULL;
          g_ptr_array_add (rows, row);
        }
      if (days->len == 0 && rows->len == 0)
        continue;

      series = g_new0 (HavenExportSeries, 1);
      series->activity = load_activity (job, entry->id, error);
      if (series->activity == NULL)
        {
          export_series_free (series);
          return NULL;
        }
      series->days = g_array_copy (days);
      series->edited = g_steal_pointer (&rows);
      g_ptr_array_add (export->series, series);
    }
  g_ptr_array_sort (export->series, compare_export_series);
  return g_steal_pointer (&export);
}

void
haven_store_export_calendar_async (HavenStore          *self,
                                   const char          *from,
                                   const char          *to,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  RangeData *data;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (from != NULL && to != NULL);

  data = g_new0 (RangeData, 1);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  haven_store_queue_job (self, haven_store_export_calendar_async, export_calendar_job, data,
                         (GDestroyNotify) range_data_free, (GDestroyNotify) haven_calendar_export_free,
                         cancellable, callback, user_data);
}

HavenCalendarExport *
haven_store_export_calendar_finish (HavenStore    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_export_calendar_async, error);
}
