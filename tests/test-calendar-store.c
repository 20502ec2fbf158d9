/* test-calendar-store.c: occurrences, edits, attendance and plans, through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-calendar-store"

#include "config.h"

#include <sqlite3.h>
#include <stdio.h>

#include "haven-activity.h"
#include "haven-attendee.h"
#include "haven-child.h"
#include "haven-school-class.h"
#include "haven-store-activities.h"
#include "haven-term.h"
#include "haven-test-utils.h"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        class_a;
  gint64        class_b;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HavenSchoolClass) a = haven_school_class_new ();
  g_autoptr(HavenSchoolClass) b = haven_school_class_new ();

  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);
  haven_record_set_int (HAVEN_RECORD (a), HAVEN_SCHOOL_CLASS_GRADE, 3);
  haven_record_set_string (HAVEN_RECORD (a), HAVEN_SCHOOL_CLASS_NAME, "三年级(1)班");
  haven_record_set_int (HAVEN_RECORD (b), HAVEN_SCHOOL_CLASS_GRADE, 4);
  haven_record_set_string (HAVEN_RECORD (b), HAVEN_SCHOOL_CLASS_NAME, "四年级(1)班");
  f->class_a = haven_test_save_ok (f->store, a);
  f->class_b = haven_test_save_ok (f->store, b);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

/* Helpers */

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
  return activity;
}

static gint64
save_activity (Fixture       *f,
               HavenActivity *activity,
               GArray        *classes)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_store_save_occurrence_async (f->store, activity, 0, NULL, HAVEN_EDIT_SERIES, classes, NULL,
                                     haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_occurrence_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  haven_test_drain (f->store);
  g_object_unref (activity);
  return id;
}

static gint64
edit_occurrence (Fixture        *f,
                 HavenActivity  *edited,
                 gint64          activity_id,
                 const char     *original,
                 HavenEditScope  scope)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_store_save_occurrence_async (f->store, edited, activity_id, original, scope, NULL, NULL,
                                     haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_occurrence_finish (f->store, result, &error);
  g_assert_no_error (error);
  haven_test_drain (f->store);
  return id;
}

static HavenActivity *
load_occurrence (Fixture    *f,
                 gint64      activity_id,
                 const char *original)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HavenActivity *activity;

  haven_store_load_occurrence_async (f->store, activity_id, original, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  activity = haven_store_load_occurrence_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (activity);
  return activity;
}

static GPtrArray *
list (Fixture    *f,
      const char *from,
      const char *to)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *occurrences;

  haven_store_list_occurrences_async (f->store, from, to, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  occurrences = haven_store_list_occurrences_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (occurrences);
  return occurrences;
}

/* The days of one activity's occurrences in a range, as "MM-DD title,…". */
static char *
days_of (Fixture    *f,
         gint64      activity_id,
         const char *from,
         const char *to)
{
  g_autoptr(GPtrArray) occurrences = list (f, from, to);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (occurrences, i);

      if (haven_occurrence_get_activity_id (o) != activity_id)
        continue;
      g_string_append_printf (text, "%s%s %s %s", text->len > 0 ? "," : "", haven_occurrence_get_date_text (o) + 5,
                              haven_occurrence_get_time_text (o), haven_occurrence_get_title (o));
    }
  return g_string_free (text, FALSE);
}

static gint64
add_child (Fixture    *f,
           const char *name,
           gint64      class_id,
           const char *birth_date)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, "13800138000");
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_BIRTH_DATE, birth_date);
  id = haven_test_save_child_file (f->store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
change_child (Fixture    *f,
              gint64      child_id,
              const char *birth_date,
              gboolean    left)
{
  g_autoptr(HavenChildFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HavenRecord *child;

  file = haven_test_load_child_file (f->store, child_id, &error);
  g_assert_no_error (error);
  child = HAVEN_RECORD (haven_child_file_get_child (file));
  if (birth_date != NULL)
    haven_record_set_string (child, HAVEN_CHILD_BIRTH_DATE, birth_date);
  if (left)
    {
      haven_record_set_int (child, HAVEN_CHILD_STATUS, HAVEN_CHILD_STATUS_TRANSFERRED);
      haven_record_set_string (child, HAVEN_CHILD_LEFT_DATE, "2026-09-10");
      haven_record_set_string (child, HAVEN_CHILD_LEFT_REASON, "随父母到务工地就读");
    }
  g_assert_cmpint (haven_test_save_child_file (f->store, file, NULL, &error), ==, child_id);
  g_assert_no_error (error);
}

static HavenAttendanceSheet *
load_sheet (Fixture    *f,
            gint64      activity_id,
            const char *date)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HavenAttendanceSheet *sheet;

  haven_store_load_attendance_async (f->store, activity_id, date, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  sheet = haven_store_load_attendance_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
save_sheet (Fixture              *f,
            HavenAttendanceSheet *sheet)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_store_save_attendance_async (f->store, sheet, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_store_save_attendance_finish (f->store, result, &error));
  g_assert_no_error (error);
  haven_test_drain (f->store);
}

/* "name,name" of those concerned. */
static char *
concerned_names (HavenAttendanceSheet *sheet)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sheet->attendees->len; i++)
    {
      HavenAttendee *a = g_ptr_array_index (sheet->attendees, i);

      if (haven_attendee_get_concerned (a))
        g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", haven_attendee_get_name (a));
    }
  return g_string_free (text, FALSE);
}

static HavenAttendee *
attendee (HavenAttendanceSheet *sheet,
          gint64                child_id)
{
  for (guint i = 0; i < sheet->attendees->len; i++)
    if (haven_attendee_get_child_id (g_ptr_array_index (sheet->attendees, i)) == child_id)
      return g_ptr_array_index (sheet->attendees, i);
  return NULL;
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  haven_test_drain (f->store);
  g_assert_cmpint (sqlite3_open_v2 (f->dir->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Tests */

/* Occurrences come by their real days: the Mid-Autumn letter, kept by its
 * lunar date 八月十五, falls on 25 September 2026, after the first of the
 * month, and on 15 September in 2027. */
static void
test_calendar_real_dates (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HavenActivity) letter = activity_new ("中秋节亲情书信", HAVEN_ACTIVITY_LETTER_HOME, "2026-09-25 14:30",
                                                  HAVEN_RECURRENCE_YEARLY, NULL);
  g_autoptr(HavenActivity) groups = activity_new ("兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-01 16:10",
                                                  HAVEN_RECURRENCE_WEEKLY, "2026-10-31");
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autofree char *calls = NULL;
  g_autofree char *letters = NULL;
  gint64 letter_id, groups_id, calls_id;
  guint n_groups = 0;

  haven_record_set_int (HAVEN_RECORD (letter), HAVEN_ACTIVITY_LUNAR, TRUE);
  letter_id = save_activity (f, g_steal_pointer (&letter), NULL);
  haven_record_set_int (HAVEN_RECORD (groups), HAVEN_ACTIVITY_WEEKDAYS,
                        HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));
  groups_id = save_activity (f, g_steal_pointer (&groups), NULL);
  save_activity (f, activity_new ("开学典礼", HAVEN_ACTIVITY_OTHER, "2026-09-01 08:00", HAVEN_RECURRENCE_NONE, NULL), NULL);
  calls_id = save_activity (f, activity_new ("亲情电话", HAVEN_ACTIVITY_FAMILY_CALL, "2026-08-31",
                                             HAVEN_RECURRENCE_MONTHLY, NULL), NULL);

  occurrences = list (f, "2026-09-01", "2026-11-01");
  for (guint i = 0; i < occurrences->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (occurrences, i);

      if (i > 0)
        g_assert_cmpint (haven_occurrence_compare (g_ptr_array_index (occurrences, i - 1), o), <, 0);
      if (haven_occurrence_get_activity_id (o) == groups_id)
        n_groups++;
      if (haven_occurrence_get_activity_id (o) == letter_id)
        {
          g_assert_cmpstr (haven_occurrence_get_date_text (o), ==, "2026-09-25");
          /* After everything on the first of September. */
          g_assert_cmpuint (i, >, 2);
        }
    }
  /* Tuesdays and Thursdays from 1 September to 31 October 2026. */
  g_assert_cmpuint (n_groups, ==, 18);
  g_assert_cmpstr (haven_occurrence_get_title (g_ptr_array_index (occurrences, 0)), ==, "开学典礼");

  /* "Monthly on the 31st" is the end of each month. */
  calls = days_of (f, calls_id, "2026-09-01", "2027-03-01");
  g_assert_cmpstr (calls, ==, "09-30  亲情电话,10-31  亲情电话,11-30  亲情电话,12-31  亲情电话,01-31  亲情电话,02-28  亲情电话");
  letters = days_of (f, letter_id, "2026-01-01", "2028-01-01");
  g_assert_cmpstr (letters, ==, "09-25 14:30 中秋节亲情书信,09-15 14:30 中秋节亲情书信");
}

/* Databases from before kept a lunar activity's lunar month and day in
 * starts_at; opening them moves it to its Gregorian day once. */
static void
test_calendar_legacy_lunar (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(HavenStore) store = haven_test_open_store (dir->path);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  haven_test_finalize_store (&store);
  g_assert_cmpint (sqlite3_open (dir->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO activity (uuid, title, starts_at, recurrence, lunar, updated_at)"
                                 " VALUES ('a1', '中秋', '2026-08-15 14:30', 3, 1, 'now'),"
                                 "        ('a2', '重阳', '2026-09-09', 3, 1, 'now'),"
                                 "        ('a3', '国庆', '2026-10-01', 0, 0, 'now');"
                                 "INSERT INTO meta (key, value) VALUES ('activity-lunar-days', 'lunar');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = haven_test_open_store (dir->path);
  haven_test_finalize_store (&store);
  store = haven_test_open_store (dir->path);   /* and a second open changes nothing */
  haven_test_finalize_store (&store);

  g_assert_cmpint (sqlite3_open (dir->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT group_concat (starts_at, '|') FROM (SELECT starts_at FROM activity ORDER BY uuid)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "2026-09-25 14:30|2026-10-18|2026-10-01");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM meta WHERE key = 'activity-lunar-days'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Editing one occurrence never shifts the series (elementary/calendar#630),
 * and saving it for the whole series moves the series only by what it was
 * moved. */
static void
test_calendar_edit_occurrence (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(HavenActivity) shown = NULL;
  g_autoptr(HavenActivity) series = NULL;
  g_autofree char *days = NULL;
  g_autofree char *again = NULL;
  g_autofree char *later = NULL;
  gint64 id, own_id;

  id = save_activity (f, activity_new ("书法小组", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-01 16:10",
                                       HAVEN_RECURRENCE_WEEKLY, "2026-10-06"), NULL);

  /* The occurrence of 15 September, as the editor opens it. */
  shown = load_occurrence (f, id, "2026-09-15");
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-15 16:10");
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (shown), HAVEN_ACTIVITY_RECURRENCE), ==, HAVEN_RECURRENCE_WEEKLY);

  /* Only this occurrence: a day later, another room, another title. */
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_STARTS_AT, "2026-09-16 15:00");
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_TITLE, "书法小组（换教室）");
  own_id = edit_occurrence (f, shown, id, "2026-09-15", HAVEN_EDIT_OCCURRENCE);
  g_assert_cmpint (own_id, !=, id);

  days = days_of (f, id, "2026-09-01", "2026-11-01");
  g_assert_cmpstr (days, ==, "09-01 16:10 书法小组,09-08 16:10 书法小组,09-16 15:00 书法小组（换教室）,"
                             "09-22 16:10 书法小组,09-29 16:10 书法小组,10-06 16:10 书法小组");
  series = HAVEN_ACTIVITY (haven_test_load (f->store, HAVEN_TYPE_ACTIVITY, id, NULL));
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (series), HAVEN_ACTIVITY_STARTS_AT), ==, "2026-09-01 16:10");
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (series), HAVEN_ACTIVITY_TITLE), ==, "书法小组");
  g_clear_object (&series);

  /* The same occurrence again: its row is updated, not doubled. */
  g_clear_object (&shown);
  shown = load_occurrence (f, id, "2026-09-15");
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_TITLE), ==, "书法小组（换教室）");
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_PLACE, "美术室");
  g_assert_cmpint (edit_occurrence (f, shown, id, "2026-09-15", HAVEN_EDIT_OCCURRENCE), ==, own_id);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM activity WHERE series_id IS NOT NULL"), ==, 1);

  /* Saving the third occurrence for the whole series, unchanged, changes
   * nothing: the series still starts on 1 September. */
  g_clear_object (&shown);
  shown = load_occurrence (f, id, "2026-09-22");
  edit_occurrence (f, shown, id, "2026-09-22", HAVEN_EDIT_SERIES);
  again = days_of (f, id, "2026-09-01", "2026-11-01");
  g_assert_cmpstr (again, ==, days);

  /* A new time for the whole series, from the same occurrence: every
   * occurrence has it, the first day stays, the edited one keeps its own. */
  haven_record_set_string (HAVEN_RECORD (shown), HAVEN_ACTIVITY_STARTS_AT, "2026-09-22 16:30");
  edit_occurrence (f, shown, id, "2026-09-22", HAVEN_EDIT_SERIES);
  later = days_of (f, id, "2026-09-01", "2026-11-01");
  g_assert_cmpstr (later, ==, "09-01 16:30 书法小组,09-08 16:30 书法小组,09-16 15:00 书法小组（换教室）,"
                              "09-22 16:30 书法小组,09-29 16:30 书法小组,10-06 16:30 书法小组");
}

/* Dragging an occurrence to another day moves that occurrence only; a
 * single activity moves with its attendance. */
static void
test_calendar_move (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenAttendanceSheet) sheet = NULL;
  g_autoptr(HavenAttendanceSheet) moved = NULL;
  g_autofree char *days = NULL;
  g_autofree char *back = NULL;
  gint64 series, single, child;

  series = save_activity (f, activity_new ("篮球", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-03 16:10",
                                           HAVEN_RECURRENCE_WEEKLY, "2026-09-24"), NULL);
  single = save_activity (f, activity_new ("绘画比赛", HAVEN_ACTIVITY_CONTEST, "2026-11-28 14:30",
                                           HAVEN_RECURRENCE_NONE, NULL), NULL);
  child = add_child (f, "张小明", f->class_a, "2018-03-14");

  haven_store_move_occurrence_async (f->store, series, "2026-09-17", "2026-09-18", NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_move_occurrence_finish (f->store, result, &error), !=, series);
  g_assert_no_error (error);
  g_clear_object (&result);
  days = days_of (f, series, "2026-09-01", "2026-10-01");
  g_assert_cmpstr (days, ==, "09-03 16:10 篮球,09-10 16:10 篮球,09-18 16:10 篮球,09-24 16:10 篮球");

  /* Moved back to its own day, it is where it was. */
  haven_store_move_occurrence_async (f->store, series, "2026-09-17", "2026-09-17", NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_move_occurrence_finish (f->store, result, &error), >, 0);
  g_clear_object (&result);
  back = days_of (f, series, "2026-09-01", "2026-10-01");
  g_assert_cmpstr (back, ==, "09-03 16:10 篮球,09-10 16:10 篮球,09-17 16:10 篮球,09-24 16:10 篮球");

  sheet = load_sheet (f, single, "2026-11-28");
  haven_attendee_set_present (attendee (sheet, child), TRUE);
  save_sheet (f, sheet);
  /* To the last day of October, which a November grid shows greyed. */
  haven_store_move_occurrence_async (f->store, single, "2026-11-28", "2026-10-31", NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_move_occurrence_finish (f->store, result, &error), ==, single);
  haven_test_drain (f->store);
  moved = load_sheet (f, single, "2026-10-31");
  g_assert_true (haven_attendee_get_present (attendee (moved, child)));
  g_free (days);
  days = days_of (f, single, "2026-10-01", "2026-12-01");
  g_assert_cmpstr (days, ==, "10-31 14:30 绘画比赛");
}

static void
test_calendar_delete_occurrence (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  gint64 id;

  id = save_activity (f, activity_new ("篮球", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-03 16:10",
                                       HAVEN_RECURRENCE_WEEKLY, "2026-09-24"), NULL);
  haven_store_delete_occurrence_async (f->store, id, "2026-09-10", HAVEN_EDIT_OCCURRENCE, NULL,
                                       haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_store_delete_occurrence_finish (f->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  days = days_of (f, id, "2026-09-01", "2026-10-01");
  g_assert_cmpstr (days, ==, "09-03 16:10 篮球,09-17 16:10 篮球,09-24 16:10 篮球");

  /* The whole series goes with its occurrences of their own. */
  haven_store_delete_occurrence_async (f->store, id, "2026-09-17", HAVEN_EDIT_SERIES, NULL,
                                       haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_store_delete_occurrence_finish (f->store, result, &error));
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM activity"), ==, 0);
}

/* By class, and counted per activity and occurrence. */
static void
test_calendar_attendance (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GArray) classes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HavenAttendanceSheet) sheet = NULL;
  g_autoptr(HavenAttendanceSheet) again = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(HavenRecord) loaded = NULL;
  g_autofree char *names = NULL;
  gint64 id, a1, a2, b1;
  gint64 rows;

  a1 = add_child (f, "王一", f->class_a, "2018-03-14");
  a2 = add_child (f, "王二", f->class_a, "2018-05-14");
  b1 = add_child (f, "李一", f->class_b, "2017-05-14");
  g_array_append_val (classes, f->class_a);
  id = save_activity (f, activity_new ("感恩父母主题班会", HAVEN_ACTIVITY_CLASS_MEETING, "2026-11-09 14:30",
                                       HAVEN_RECURRENCE_NONE, NULL), classes);
  loaded = haven_test_load (f->store, HAVEN_TYPE_ACTIVITY, id, NULL);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_ACTIVITY_CLASS_NAMES), ==, "三年级(1)班");

  sheet = load_sheet (f, id, "2026-11-09");
  names = concerned_names (sheet);
  g_assert_cmpstr (names, ==, "王二,王一");   /* by pinyin: wang er, wang yi */
  g_assert_null (attendee (sheet, b1));
  haven_attendee_set_present (attendee (sheet, a1), TRUE);
  save_sheet (f, sheet);

  occurrences = list (f, "2026-11-09", "2026-11-10");
  g_assert_cmpuint (occurrences->len, ==, 1);
  g_assert_cmpuint (haven_occurrence_get_n_present (g_ptr_array_index (occurrences, 0)), ==, 1);
  g_assert_cmpuint (haven_occurrence_get_n_concerned (g_ptr_array_index (occurrences, 0)), ==, 2);
  g_clear_object (&loaded);
  loaded = haven_test_load (f->store, HAVEN_TYPE_ACTIVITY, id, NULL);
  g_assert_cmpint (haven_record_get_int (loaded, HAVEN_ACTIVITY_N_ATTENDING), ==, 1);

  /* Marked again the other way: the same rows, updated in place. */
  rows = count_rows (f, "SELECT count (*) FROM attendance");
  g_assert_cmpint (rows, ==, 2);   /* 王一 took part, 王二 recorded as not */
  again = load_sheet (f, id, "2026-11-09");
  g_assert_true (haven_attendee_get_present (attendee (again, a1)));
  g_assert_false (haven_attendee_get_present (attendee (again, a2)));
  g_assert_true (haven_attendee_get_recorded (attendee (again, a2)));
  haven_attendee_set_present (attendee (again, a1), FALSE);
  haven_attendee_set_present (attendee (again, a2), TRUE);
  save_sheet (f, again);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM attendance"), ==, 2);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM attendance WHERE present = 1"), ==, 1);

  /* The whole school, when no class is named. */
  {
    g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(HavenActivity) edited = load_occurrence (f, id, "2026-11-09");
    g_autoptr(HavenAttendanceSheet) all = NULL;
    g_autofree char *everyone = NULL;
    g_autoptr(GAsyncResult) result = NULL;

    haven_store_save_occurrence_async (f->store, edited, id, "2026-11-09", HAVEN_EDIT_SERIES, none, NULL,
                                       haven_test_result_cb, &result);
    haven_test_wait (&result);
    g_assert_cmpint (haven_store_save_occurrence_finish (f->store, result, NULL), ==, id);
    all = load_sheet (f, id, "2026-11-09");
    everyone = concerned_names (all);
    g_assert_cmpstr (everyone, ==, "王二,王一,李一");
  }
}

/* The count a party's day shows in the month grid and the agenda. */
static guint
party_count (Fixture    *f,
             const char *day)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GDate) next = NULL;
  g_autofree char *to = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &y, &m, &d), ==, 3);
  next = g_date_new_dmy (d, m, y);
  g_date_add_days (next, 1);
  to = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (next), g_date_get_month (next), g_date_get_day (next));
  occurrences = list (f, day, to);
  g_assert_cmpuint (occurrences->len, ==, 1);
  return haven_occurrence_get_n_concerned (g_ptr_array_index (occurrences, 0));
}

/* A birthday party is for the children on the roll born in its month, as
 * the archive says today. */
static void
test_calendar_birthday_party (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HavenAttendanceSheet) september = NULL;
  g_autoptr(HavenAttendanceSheet) march = NULL;
  g_autofree char *names = NULL;
  gint64 id, a, b, c;

  a = add_child (f, "阿明", f->class_a, "2018-03-14");
  b = add_child (f, "贝贝", f->class_a, "2018-09-02");
  c = add_child (f, "小草", f->class_b, "2017-09-20");
  id = save_activity (f, activity_new ("集体生日会", HAVEN_ACTIVITY_BIRTHDAY_PARTY, "2026-09-25 15:30",
                                       HAVEN_RECURRENCE_MONTHLY, "2027-07-10"), NULL);

  september = load_sheet (f, id, "2026-09-25");
  names = concerned_names (september);
  g_assert_cmpstr (names, ==, "贝贝,小草");
  g_assert_cmpuint (party_count (f, "2026-09-25"), ==, 2);
  g_clear_pointer (&september, haven_attendance_sheet_free);
  g_clear_pointer (&names, g_free);

  /* 阿明's birthday was typed wrong: it is in September. */
  change_child (f, a, "2018-09-10", FALSE);
  september = load_sheet (f, id, "2026-09-25");
  names = concerned_names (september);
  g_assert_cmpstr (names, ==, "阿明,贝贝,小草");
  march = load_sheet (f, id, "2027-03-25");
  g_assert_null (attendee (march, a));
  g_assert_cmpuint (party_count (f, "2026-09-25"), ==, 3);
  g_assert_cmpuint (party_count (f, "2027-03-25"), ==, 0);
  g_clear_pointer (&september, haven_attendance_sheet_free);
  g_clear_pointer (&names, g_free);

  /* 小草 transferred to the city with her parents. */
  change_child (f, c, NULL, TRUE);
  september = load_sheet (f, id, "2026-09-25");
  names = concerned_names (september);
  g_assert_cmpstr (names, ==, "阿明,贝贝");
  g_assert_null (attendee (september, c));
  g_assert_cmpuint (party_count (f, "2026-09-25"), ==, 2);
  g_clear_pointer (&names, g_free);

  /* The same children as ids, for what goes through them one by one
   * (a talk record each after a home visit). */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GArray) ids = NULL;

    haven_store_concerned_children_async (f->store, id, "2026-09-25", NULL, haven_test_result_cb, &result);
    haven_test_wait (&result);
    ids = haven_store_concerned_children_finish (f->store, result, NULL);
    g_assert_nonnull (ids);
    g_assert_cmpuint (ids->len, ==, 2);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
    g_assert_cmpint (g_array_index (ids, gint64, 1), ==, b);
  }

  /* A child who arrives born in September joins, and the count follows. */
  add_child (f, "新来", f->class_b, "2018-09-30");
  {
    g_autoptr(GPtrArray) occurrences = list (f, "2026-09-25", "2026-09-26");
    g_autoptr(HavenAttendanceSheet) now = load_sheet (f, id, "2026-09-25");

    g_assert_cmpuint (occurrences->len, ==, 1);
    g_assert_cmpuint (haven_occurrence_get_n_concerned (g_ptr_array_index (occurrences, 0)), ==, 3);
    names = concerned_names (now);
    g_assert_cmpstr (names, ==, "阿明,贝贝,新来");
    /* Who took part before leaving stays on the record. */
    haven_attendee_set_present (attendee (now, b), TRUE);
    save_sheet (f, now);
  }
  change_child (f, b, NULL, TRUE);
  {
    g_autoptr(HavenAttendanceSheet) after = load_sheet (f, id, "2026-09-25");
    HavenAttendee *left = attendee (after, b);

    g_assert_nonnull (left);
    g_assert_false (haven_attendee_get_concerned (left));
    g_assert_true (haven_attendee_get_present (left));
  }
  g_assert_cmpuint (party_count (f, "2026-09-25"), ==, 2);
}

/* "Activities in the next two weeks" counts occurrences: weekly groups
 * and the monthly family call, not their rows. */
static void
test_calendar_overview_counts (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(HavenActivity) groups = activity_new ("兴趣小组", HAVEN_ACTIVITY_INTEREST_GROUP, "2026-09-01 16:10",
                                                  HAVEN_RECURRENCE_WEEKLY, "2027-01-20");
  g_autoptr(HavenOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  haven_record_set_int (HAVEN_RECORD (groups), HAVEN_ACTIVITY_WEEKDAYS,
                        HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY));
  save_activity (f, g_steal_pointer (&groups), NULL);
  save_activity (f, activity_new ("亲情电话", HAVEN_ACTIVITY_FAMILY_CALL, "2026-09-01 16:00",
                                  HAVEN_RECURRENCE_MONTHLY, "2027-01-20"), NULL);

  /* From Sunday 22 November: Tue 24, Thu 26, Tue 1, Thu 3 and the call on 1 December. */
  overview = haven_test_overview (f->store, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overview->activities_ahead, ==, 5);
}

static gint64
add_term (Fixture    *f,
          const char *first,
          const char *last)
{
  g_autoptr(HavenTerm) term = haven_term_new ();

  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_NAME, "2026—2027学年第一学期");
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_START_DATE, first);
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_END_DATE, last);
  return haven_test_save_ok (f->store, term);
}

static guint
plan_term (Fixture *f,
           gint64   term_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  haven_store_plan_term_async (f->store, term_id, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  n = haven_store_plan_term_finish (f->store, result, &error);
  g_assert_no_error (error);
  haven_test_drain (f->store);
  return n;
}

static void
test_calendar_plan_term (Fixture       *f,
                         gconstpointer  data)
{
  gint64 term = add_term (f, "2026-09-01", "2027-01-20");
  g_autoptr(GPtrArray) occurrences = NULL;
  guint n, parties = 0;

  n = plan_term (f, term);
  g_assert_cmpuint (n, >=, 16);
  /* Planned twice, nothing doubles. */
  g_assert_cmpuint (plan_term (f, term), ==, 0);
  g_assert_cmpint (count_rows (f, "SELECT count (*) FROM activity"), ==, n);

  /* The monthly party shows each month of the term. */
  occurrences = list (f, "2026-09-01", "2027-01-21");
  for (guint i = 0; i < occurrences->len; i++)
    if (haven_occurrence_get_activity_type (g_ptr_array_index (occurrences, i)) == HAVEN_ACTIVITY_BIRTHDAY_PARTY)
      parties++;
  g_assert_cmpuint (parties, ==, 4);   /* 25 September … 25 December; 25 January is after the term */
}

static void
test_calendar_termly (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *days = NULL;
  gint64 id;

  add_term (f, "2026-09-01", "2027-01-20");
  add_term (f, "2027-02-20", "2027-07-10");
  add_term (f, "2027-09-01", "2028-01-15");
  id = save_activity (f, activity_new ("档案更新", HAVEN_ACTIVITY_OTHER, "2026-10-31", HAVEN_RECURRENCE_TERMLY, NULL),
                      NULL);
  /* 60 days into each term. */
  days = days_of (f, id, "2026-01-01", "2029-01-01");
  g_assert_cmpstr (days, ==, "10-31  档案更新,04-21  档案更新,10-31  档案更新");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/calendar-store/real-dates", test_calendar_real_dates);
  g_test_add_func ("/calendar-store/legacy-lunar", test_calendar_legacy_lunar);
  ADD ("/calendar-store/edit-occurrence", test_calendar_edit_occurrence);
  ADD ("/calendar-store/move", test_calendar_move);
  ADD ("/calendar-store/delete-occurrence", test_calendar_delete_occurrence);
  ADD ("/calendar-store/attendance", test_calendar_attendance);
  ADD ("/calendar-store/birthday-party", test_calendar_birthday_party);
  ADD ("/calendar-store/overview-counts", test_calendar_overview_counts);
  ADD ("/calendar-store/plan-term", test_calendar_plan_term);
  ADD ("/calendar-store/termly", test_calendar_termly);
#undef ADD

  return g_test_run ();
}
