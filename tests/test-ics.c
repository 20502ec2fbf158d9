/* test-ics.c: the calendar's iCalendar export, read back with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ics"

#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>
#include <sys/stat.h>

#include "haven-activity.h"
#include "haven-ics.h"
#include "haven-store-activities.h"
#include "haven-term.h"
#include "haven-test-utils.h"

#define FROM "2026-09-01"
#define TO   "2028-07-01"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        groups;
  gint64        letter;
  gint64        qingming;
  gint64        files;
  gint64        early;
} Fixture;

static HavenActivity *
activity_new (const char        *title,
              HavenActivityType  type,
              const char        *starts_at,
              HavenRecurrence    recurrence,
              const char        *until)
{
  HavenActivity *activity = haven_activity_new ();
  HavenRecord *r = HAVEN_RECORD (activity);

  haven_record_set_string (r, HAVEN_ACTIVITY_TITLE, title);
  haven_record_set_int (r, HAVEN_ACTIVITY_TYPE, type);
  haven_record_set_string (r, HAVEN_ACTIVITY_STARTS_AT, starts_at);
  haven_record_set_int (r, HAVEN_ACTIVITY_RECURRENCE, recurrence);
  haven_record_set_string (r, HAVEN_ACTIVITY_RECURRENCE_UNTIL, until != NULL ? until : "");
  haven_record_set_string (r, HAVEN_ACTIVITY_PLACE, "留守儿童之家");
  return activity;
}

static gint64
save (Fixture       *f,
      HavenActivity *activity)
{
  g_autoptr(HavenActivity) owned = activity;

  return haven_test_save_ok (f->store, owned);
}

static void
add_term (Fixture    *f,
          const char *first,
          const char *last)
{
  g_autoptr(HavenTerm) term = haven_term_new ();

  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_NAME, first);
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_START_DATE, first);
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_END_DATE, last);
  haven_test_save_ok (f->store, term);
}

static void
edit (Fixture        *f,
      gint64          id,
      const char     *original,
      const char     *starts_at,
      const char     *title)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenActivity) shown = NULL;

  haven_store_load_occurrence_async (f->store, id, original, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  shown = haven_store_load_occurrence_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_STARTS_AT, starts_at);
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_TITLE, title);
  haven_store_save_occurrence_async (f->store, shown, id, original, HAVEN_EDIT_OCCURRENCE, NULL, NULL,
                                     haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_occurrence_finish (f->store, result, &error), >, 0);
  g_assert_no_error (error);
  haven_test_drain (f->store);
}

static void
cancel (Fixture    *f,
        gint64      id,
        const char *original)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_store_delete_occurrence_async (f->store, id, original, HAVEN_EDIT_OCCURRENCE, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_store_delete_occurrence_finish (f->store, result, &error));
  g_assert_no_error (error);
  haven_test_drain (f->store);
}

/* A school's year and a half, with every kind of series. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  HavenActivity *a;

  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);
  add_term (f, "2026-09-01", "2027-01-20");
  add_term (f, "2027-02-20", "2027-07-10");
  add_term (f, "2027-09-01", "2028-01-15");
  add_term (f, "2028-02-20", "2028-07-10");

  /* Tuesday and Thursday afternoons; 17 September moved to Friday, 1
   * October (National Day) cancelled. */
  a = activity_new ("兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-01 16:10", HAVEN_RECURRENCE_WEEKLY, "2027-01-20");
  haven_record_set_int (HAVEN_RECORD (a), HAVEN_ACTIVITY_WEEKDAYS,
                        HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));
  haven_record_set_string (HAVEN_RECORD (a), HAVEN_ACTIVITY_ENDS_AT, "17:00");
  f->groups = save (f, a);
  edit (f, f->groups, "2026-09-17", "2026-09-18 15:00", "兴趣小组（改到周五）");
  cancel (f, f->groups, "2026-10-01");

  /* The family call at each month's end, the party on each 25th. */
  save (f, activity_new ("亲情电话", HAVEN_ACTIVITY_FAMILY_CALL, "2026-08-31 16:00", HAVEN_RECURRENCE_MONTHLY, "2027-07-10"));
  save (f, activity_new ("集体生日会", HAVEN_ACTIVITY_BIRTHDAY_PARTY, "2026-09-25 15:30", HAVEN_RECURRENCE_MONTHLY, "2028-07-10"));

  /* The Mid-Autumn letter by its lunar date (八月十五), the Qingming letter
   * by its solar term, a lunar-monthly group on each 初一. */
  a = activity_new ("中秋节亲情书信", HAVEN_ACTIVITY_LETTER_HOME, "2026-09-25 14:30", HAVEN_RECURRENCE_YEARLY, NULL);
  haven_record_set_int (HAVEN_RECORD (a), HAVEN_ACTIVITY_LUNAR, TRUE);
  haven_record_set_string (HAVEN_RECORD (a), HAVEN_ACTIVITY_FESTIVAL, "mid-autumn");
  f->letter = save (f, a);
  a = activity_new ("清明节给先人的信", HAVEN_ACTIVITY_LETTER_HOME, "2027-04-05", HAVEN_RECURRENCE_YEARLY, NULL);
  haven_record_set_string (HAVEN_RECORD (a), HAVEN_ACTIVITY_FESTIVAL, "qingming");
  f->qingming = save (f, a);
  a = activity_new ("初一心理小组", HAVEN_ACTIVITY_OTHER, "2026-10-10 16:00", HAVEN_RECURRENCE_MONTHLY, "2027-03-01");
  haven_record_set_int (HAVEN_RECORD (a), HAVEN_ACTIVITY_LUNAR, TRUE);
  save (f, a);

  /* Once a term, 60 days in. */
  f->files = save (f, activity_new ("档案更新", HAVEN_ACTIVITY_OTHER, "2026-10-31", HAVEN_RECURRENCE_TERMLY, NULL));

  /* A series from before the range whose occurrence moved into it. */
  f->early = save (f, activity_new ("暑期家访", HAVEN_ACTIVITY_HOME_VISITS, "2026-08-18 09:00", HAVEN_RECURRENCE_WEEKLY,
                                    "2026-08-25"));
  edit (f, f->early, "2026-08-25", "2026-09-02 09:00", "暑期家访（推迟）");

  save (f, activity_new ("法制讲座", HAVEN_ACTIVITY_LECTURE, "2026-10-20 14:30", HAVEN_RECURRENCE_NONE, NULL));
  save (f, activity_new ("元旦联欢会", HAVEN_ACTIVITY_FESTIVAL_PARTY, "2026-12-31", HAVEN_RECURRENCE_NONE, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

static char *
export_text (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenCalendarExport) export = NULL;
  char *text;

  haven_store_export_calendar_async (f->store, FROM, TO, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  export = haven_store_export_calendar_finish (f->store, result, &error);
  g_assert_no_error (error);
  text = haven_ics_build (export, FROM, TO, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* "YYYY-MM-DD HH:MM summary" of what the model lists. */
static GPtrArray *
model_occurrences (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  haven_store_list_occurrences_async (f->store, FROM, TO, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  occurrences = haven_store_list_occurrences_finish (f->store, result, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < occurrences->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (occurrences, i);
      int minutes = haven_occurrence_get_start_minutes (o);
      g_autofree char *time = minutes >= 0 ? g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60) : g_strdup ("--:--");

      g_ptr_array_add (out, g_strdup_printf ("%s %s %s", haven_occurrence_get_date_text (o), time,
                                             haven_occurrence_get_title (o)));
    }
  return out;
}

typedef struct
{
  GPtrArray  *out;
  const char *summary;
  GHashTable *overridden;   /* "uid|YYYYMMDDTHHMMSS" of RECURRENCE-IDs */
  const char *uid;
} Collect;

static char *
instance_text (struct icaltimetype t,
               const char         *summary)
{
  if (t.is_date)
    return g_strdup_printf ("%04d-%02d-%02d --:-- %s", t.year, t.month, t.day, summary);
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d %s", t.year, t.month, t.day, t.hour, t.minute, summary);
}

static char *
override_key (const char          *uid,
              struct icaltimetype  t)
{
  return g_strdup_printf ("%s|%04d%02d%02dT%02d%02d|%d", uid, t.year, t.month, t.day, t.hour, t.minute, t.is_date);
}

static gboolean
in_range (struct icaltimetype t)
{
  g_autofree char *day = g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);

  return g_strcmp0 (day, FROM) >= 0 && g_strcmp0 (day, TO) < 0;
}

static void
instance_cb (icalcomponent         *comp,
             struct icaltime_span  *span,
             void                  *data)
{
  Collect *collect = data;
  struct icaltimetype dtstart = icalcomponent_get_dtstart (comp);
  struct icaltimetype t = icaltime_from_timet_with_zone (span->start, dtstart.is_date,
                                                         icaltimezone_get_utc_timezone ());
  g_autofree char *key = NULL;

  t.zone = NULL;
  t.is_date = dtstart.is_date;
  key = override_key (collect->uid, t);
  if (g_hash_table_contains (collect->overridden, key) || !in_range (t))
    return;
  g_ptr_array_add (collect->out, instance_text (t, collect->summary));
}

/* Every occurrence the file describes, as libical expands it: RRULEs,
 * RDATEs, EXDATEs, then the RECURRENCE-ID events in place of theirs. */
static GPtrArray *
ics_occurrences (const char *text,
                 guint      *n_events)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  g_autoptr(GHashTable) overridden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  struct icaltimetype start = icaltime_from_string ("20260801T000000");
  struct icaltimetype end = icaltime_from_string ("20280801T000000");
  icalcomponent *event;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  /* libical finds nothing wrong with it. */
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  *n_events = 0;

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype id = icalcomponent_get_recurrenceid (event);

      (*n_events)++;
      if (icaltime_is_null_time (id))
        continue;
      g_hash_table_add (overridden, override_key (icalcomponent_get_uid (event), id));
      if (in_range (icalcomponent_get_dtstart (event)))
        g_ptr_array_add (out, instance_text (icalcomponent_get_dtstart (event), icalcomponent_get_summary (event)));
    }

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      Collect collect = { out, icalcomponent_get_summary (event), overridden, icalcomponent_get_uid (event) };

      if (!icaltime_is_null_time (icalcomponent_get_recurrenceid (event)))
        continue;
      icalcomponent_foreach_recurrence (event, start, end, instance_cb, &collect);
    }

  icalcomponent_free (calendar);
  return out;
}

static int
compare_text (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
joined (GPtrArray *lines)
{
  GString *text = g_string_new (NULL);

  g_ptr_array_sort (lines, compare_text);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (text, FALSE);
}

static gboolean
has_line (GPtrArray  *lines,
          const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;
  g_test_message ("missing: %s", line);
  return FALSE;
}

/* The file, read back by libical, has every occurrence the model has, on
 * its day, and nothing else. */
static void
test_ics_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *text = export_text (f);
  g_autoptr(GPtrArray) expected = model_occurrences (f);
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  guint n_events = 0;

  found = ics_occurrences (text, &n_events);
  want = joined (expected);
  got = joined (found);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpuint (expected->len, >=, 88);

  /* Published days, written out here: 中秋 2026-09-25 and 2027-09-15,
   * 清明 2027-04-05 and 2028-04-04 (Hong Kong Observatory). */
  g_assert_true (has_line (found, "2026-09-25 14:30 中秋节亲情书信"));
  g_assert_true (has_line (found, "2027-09-15 14:30 中秋节亲情书信"));
  g_assert_true (has_line (found, "2027-04-05 --:-- 清明节给先人的信"));
  g_assert_true (has_line (found, "2028-04-04 --:-- 清明节给先人的信"));
  /* 60 days into each term. */
  g_assert_true (has_line (found, "2026-10-31 --:-- 档案更新"));
  g_assert_true (has_line (found, "2027-04-21 --:-- 档案更新"));
  g_assert_true (has_line (found, "2027-10-31 --:-- 档案更新"));
  g_assert_true (has_line (found, "2028-04-20 --:-- 档案更新"));
  /* The moved occurrence on its new day, the cancelled one nowhere. */
  g_assert_true (has_line (found, "2026-09-18 15:00 兴趣小组（改到周五）"));
  g_assert_false (has_line (found, "2026-09-17 16:10 兴趣小组"));
  g_assert_false (has_line (found, "2026-10-01 16:10 兴趣小组"));
  g_assert_true (has_line (found, "2026-09-02 09:00 暑期家访（推迟）"));
  /* Month ends. */
  g_assert_true (has_line (found, "2027-02-28 16:00 亲情电话"));
}

/* Each kind of series in the form the issue asks: RRULE with EXDATE and
 * RECURRENCE-ID, RDATEs for the lunar and once-a-term ones. */
static void
test_ics_forms (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = export_text (f);
  icalcomponent *calendar = icalparser_parse_string (text);
  gboolean weekly_rule = FALSE, weekly_exdate = FALSE, override = FALSE;
  guint letter_rdates = 0, files_rdates = 0;
  icalcomponent *event;

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *summary = icalcomponent_get_summary (event);
      icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
      guint rdates = icalcomponent_count_properties (event, ICAL_RDATE_PROPERTY);

      if (g_str_equal (summary, "兴趣小组"))
        {
          weekly_rule = rrule != NULL && strstr (icalproperty_get_value_as_string (rrule), "BYDAY=TU,TH") != NULL;
          weekly_exdate = icalcomponent_count_properties (event, ICAL_EXDATE_PROPERTY) == 1;
        }
      if (g_str_equal (summary, "兴趣小组（改到周五）"))
        override = !icaltime_is_null_time (icalcomponent_get_recurrenceid (event));
      if (g_str_equal (summary, "中秋节亲情书信"))
        {
          g_assert_null (rrule);
          letter_rdates = rdates;
        }
      if (g_str_equal (summary, "档案更新"))
        {
          g_assert_null (rrule);
          files_rdates = rdates;
        }
    }
  icalcomponent_free (calendar);

  g_assert_true (weekly_rule);
  g_assert_true (weekly_exdate);
  g_assert_true (override);
  g_assert_cmpuint (letter_rdates, ==, 1);   /* 2027; 2026 is DTSTART */
  g_assert_cmpuint (files_rdates, ==, 3);
  g_assert_nonnull (strstr (text, "BYMONTHDAY=-1"));
  g_assert_nonnull (strstr (text, "X-HAVEN-LUNAR:08-15"));
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The file goes through haven-files.h: private, and never over the
 * database. */
static void
test_ics_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = haven_test_dir_file (f->dir, "term.ics");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;
  int n;

  haven_ics_export_async (f->store, FROM, TO, path, NULL, exported_cb, &result);
  haven_test_wait (&result);
  n = haven_ics_export_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n, >, 5);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_clear_object (&result);

  haven_ics_export_async (f->store, FROM, TO, f->dir->path, NULL, exported_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_ics_export_finish (f->store, result, &error), ==, -1);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ics/round-trip", Fixture, NULL, fixture_setup, test_ics_round_trip, fixture_teardown);
  g_test_add ("/ics/forms", Fixture, NULL, fixture_setup, test_ics_forms, fixture_teardown);
  g_test_add ("/ics/file", Fixture, NULL, fixture_setup, test_ics_file, fixture_teardown);

  return g_test_run ();
}
