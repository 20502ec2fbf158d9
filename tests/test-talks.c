/* test-talks.c: talk records, their rules, saving and the Talks list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-talks"

#include "config.h"

#include <string.h>

#include "haven-record-list.h"
#include "haven-school-class.h"
#include "haven-store-features.h"
#include "haven-staff.h"
#include "haven-store-talks.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-test-utils.h"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        class_a;
  gint64        class_b;
  gint64        wang;      /* class teacher of A */
  gint64        zhao;      /* class teacher of B */
  gint64        xiaoming;  /* 张小明, class A */
  gint64        hong;      /* 李红, class B */
} Fixture;

static GPtrArray *
check (HavenTalk *talk,
       const char *today)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_parse (&day, today);
  return haven_record_check (HAVEN_RECORD (talk), &day);
}

static gint64
save_talk (HavenStore  *store,
           HavenTalk   *talk,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gint64 id;

  haven_store_save_talk_async (store, talk, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_talk_finish (store, result, error);
  haven_test_drain (store);
  return id;
}

static gint64
add_talk (Fixture       *f,
          gint64         child,
          HavenTalkKind  kind,
          const char    *date,
          const char    *content,
          const char    *follow_up)
{
  g_autoptr(HavenTalk) talk = haven_talk_new_for (child, kind, date);
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, content);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_FOLLOW_UP_DATE, follow_up);
  id = save_talk (f->store, talk, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
run_as (HavenStore     *store,
        gint64          staff_id,
        const char     *name,
        HavenStaffRole  role)
{
  g_autoptr(HavenSession) session = haven_session_new (staff_id, name, role);

  haven_store_set_session (store, session);
}

static gint64
add_staff (HavenStore     *store,
           const char     *name,
           HavenStaffRole  role)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ROLE, role);
  return haven_test_save_ok (store, staff);
}

static gint64
add_class (HavenStore *store,
           const char *name,
           gint64      teacher)
{
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();

  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, name);
  haven_record_set_ref (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_TEACHER_ID, teacher);
  return haven_test_save_ok (store, klass);
}

static gint64
add_child (HavenStore *store,
           const char *name,
           gint64      class_id)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, "13800000009");
  g_autoptr(GError) error = NULL;
  gint64 id = haven_test_save_child_file (store, file, NULL, &error);

  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);
  f->wang = add_staff (f->store, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->zhao = add_staff (f->store, "赵老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->class_a = add_class (f->store, "三年级（1）班", f->wang);
  f->class_b = add_class (f->store, "四年级（2）班", f->zhao);
  f->xiaoming = add_child (f->store, "张小明", f->class_a);
  f->hong = add_child (f->store, "李红", f->class_b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

static GArray *
find (Fixture        *f,
      HavenTalkQuery *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);

  g_assert_no_error (error);
  return ids;
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static guint
count_search (Fixture    *f,
              const char *search)
{
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(GArray) ids = NULL;

  haven_query_set_search (HAVEN_QUERY (query), search);
  ids = find (f, query);
  return ids->len;
}

/* The record card's rules, from the model. */
static void
test_talk_rules (void)
{
  g_autoptr(HavenTalk) talk = haven_talk_new ();
  g_autoptr(GPtrArray) problems = NULL;

  problems = check (talk, "2026-11-22");
  g_assert_nonnull (haven_problems_find (problems, "child-id"));
  g_assert_nonnull (haven_problems_find (problems, "date"));
  g_assert_cmpint (haven_problems_find (problems, "content")->severity, ==, HAVEN_SEVERITY_WARNING);
  g_clear_pointer (&problems, g_ptr_array_unref);

  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_CHILD_ID, 3);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_DATE, "2026-11-23");
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "聊了学习。");
  /* Tomorrow has not happened yet; today has. */
  problems = check (talk, "2026-11-22");
  g_assert_nonnull (haven_problems_find (problems, "date"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = check (talk, "2026-11-23");
  g_assert_null (haven_problems_first_error (problems));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A follow-up before the talk; on the same day is fine. */
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_FOLLOW_UP_DATE, "2026-11-22");
  problems = check (talk, "2026-11-30");
  g_assert_nonnull (haven_problems_find (problems, "follow-up-date"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_FOLLOW_UP_DATE, "2026-11-23");
  problems = check (talk, "2026-11-30");
  g_assert_null (haven_problems_first_error (problems));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Minutes of a call: 0 to 600. */
  haven_record_set_int (HAVEN_RECORD (talk), HAVEN_TALK_MINUTES, 601);
  problems = check (talk, "2026-11-30");
  g_assert_nonnull (haven_problems_find (problems, "minutes"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  haven_record_set_int (HAVEN_RECORD (talk), HAVEN_TALK_MINUTES, 600);
  problems = check (talk, "2026-11-30");
  g_assert_null (haven_problems_find (problems, "minutes"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A line of the phone log may stay empty. */
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "");
  haven_record_set_int (HAVEN_RECORD (talk), HAVEN_TALK_KIND, HAVEN_TALK_FAMILY_CALL);
  problems = check (talk, "2026-11-30");
  g_assert_null (haven_problems_find (problems, "content"));
}

static void
test_talk_defaults (void)
{
  for (int kind = HAVEN_TALK_MONTHLY; kind <= HAVEN_TALK_GROUP_MEETING; kind++)
    {
      g_autoptr(HavenTalk) talk = haven_talk_new_for (5, kind, "2026-11-20");
      HavenRecord *record = HAVEN_RECORD (talk);

      /* Counselling is confidential unless the counsellor says otherwise. */
      g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_CONFIDENTIAL), ==, kind == HAVEN_TALK_COUNSELLING);
      g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_KIND), ==, kind);
      g_assert_cmpint (haven_record_get_ref (record, HAVEN_TALK_CHILD_ID), ==, 5);
      g_assert_cmpstr (haven_record_get_string (record, HAVEN_TALK_DATE), ==, "2026-11-20");
    }
  g_assert_cmpint (haven_talk_kind_from_nick ("home-visit"), ==, HAVEN_TALK_HOME_VISIT);
  g_assert_cmpint (haven_talk_kind_from_nick ("group-meeting"), ==, HAVEN_TALK_GROUP_MEETING);
  g_assert_cmpint (haven_talk_kind_from_nick ("nonsense"), ==, -1);
  g_assert_cmpint (haven_talk_kind_from_nick (NULL), ==, -1);
}

/* Who talked comes from the session; a later change keeps the author. */
static void
test_talk_author (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HavenTalk) talk = haven_talk_new_for (f->xiaoming, HAVEN_TALK_MONTHLY, "2026-11-20");
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "聊了这个月的学习。");
  run_as (f->store, f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  id = save_talk (f->store, talk, &error);
  g_assert_no_error (error);

  run_as (f->store, 0, "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
  loaded = haven_test_load (f->store, HAVEN_TYPE_TALK, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_record_get_ref (loaded, HAVEN_TALK_STAFF_ID), ==, f->wang);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_TALKER), ==, "王老师");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_CHILD_NAME), ==, "张小明");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_CLASS_NAME), ==, "三年级（1）班");

  /* The headteacher mends a word: 王老师 still wrote it. */
  haven_record_set_string (loaded, HAVEN_TALK_CONTENT, "聊了这个月的学习和生活。");
  haven_record_set_ref (loaded, HAVEN_TALK_STAFF_ID, 0);
  haven_record_set_string (loaded, HAVEN_TALK_TALKER, "校长");
  g_assert_cmpint (save_talk (f->store, HAVEN_TALK (loaded), &error), ==, id);
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = haven_test_load (f->store, HAVEN_TYPE_TALK, id, &error);
  g_assert_cmpint (haven_record_get_ref (loaded, HAVEN_TALK_STAFF_ID), ==, f->wang);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_TALKER), ==, "王老师");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_CONTENT), ==, "聊了这个月的学习和生活。");

  /* A viewer writes nothing; a record with an error is refused. */
  run_as (f->store, 0, "来访", HAVEN_STAFF_ROLE_VIEWER);
  g_assert_cmpint (save_talk (f->store, HAVEN_TALK (loaded), &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
  g_clear_error (&error);
  run_as (f->store, f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  haven_record_set_string (loaded, HAVEN_TALK_DATE, "2099-01-01");
  g_assert_cmpint (save_talk (f->store, HAVEN_TALK (loaded), &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID);
}

/* The Talks list: by the child's name (characters, pinyin, initials), the
 * teacher, the words of records, and the filters. */
static void
test_talk_search (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(GArray) ids = NULL;
  gint64 math, group, call;

  run_as (f->store, f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  math = add_talk (f, f->xiaoming, HAVEN_TALK_MONTHLY, "2026-11-10", "数学单元测验进步了。", "");
  group = add_talk (f, f->xiaoming, HAVEN_TALK_GROUP_MEETING, "2026-10-12", "小组谈心：怎样和同学相处。", "");
  run_as (f->store, f->zhao, "赵老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  call = add_talk (f, f->hong, HAVEN_TALK_FAMILY_CALL, "2026-11-06", "", "");

  g_assert_cmpuint (count_search (f, ""), ==, 3);
  g_assert_cmpuint (count_search (f, "小明"), ==, 2);
  g_assert_cmpuint (count_search (f, "zhang xiao"), ==, 2);
  g_assert_cmpuint (count_search (f, "ZXM"), ==, 2);
  g_assert_cmpuint (count_search (f, "lh"), ==, 1);
  g_assert_cmpuint (count_search (f, "赵老师"), ==, 1);
  g_assert_cmpuint (count_search (f, "数学"), ==, 1);
  g_assert_cmpuint (count_search (f, "相处"), ==, 1);
  g_assert_cmpuint (count_search (f, "50%"), ==, 0);

  /* Filters: kind, class, teacher, dates (to is the day after). */
  g_object_set (query, "kind", HAVEN_TALK_GROUP_MEETING, NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, group);
  g_clear_pointer (&ids, g_array_unref);

  g_object_set (query, "kind", -1, "class-id", f->class_b, NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (contains (ids, call));
  g_clear_pointer (&ids, g_array_unref);

  g_object_set (query, "class-id", (gint64) 0, "staff-id", f->wang, NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  g_object_set (query, "staff-id", (gint64) 0, "from", "2026-11-06", "to", "2026-11-10", NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (contains (ids, call));
  g_clear_pointer (&ids, g_array_unref);

  g_object_set (query, "to", "2026-11-11", NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (contains (ids, math));
  /* Newest first. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, math);
}

/* A follow-up is due once its day has come, until the child is talked
 * with again. */
static void
test_talk_follow_ups (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(GArray) ids = NULL;
  gint64 due;

  run_as (f->store, f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  due = add_talk (f, f->xiaoming, HAVEN_TALK_MONTHLY, "2026-11-02", "作业没有按时完成。", "2026-11-16");
  add_talk (f, f->hong, HAVEN_TALK_MONTHLY, "2026-11-03", "情绪稳定。", "2026-11-30");

  g_object_set (query, "follow-up-due", TRUE, NULL);
  haven_query_set_today (HAVEN_QUERY (query), "2026-11-15");
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  haven_query_set_today (HAVEN_QUERY (query), "2026-11-16");
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, due);
  g_clear_pointer (&ids, g_array_unref);

  /* Followed up on its day: no longer due. */
  add_talk (f, f->xiaoming, HAVEN_TALK_MENTOR, "2026-11-16", "作业都交了。", "");
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 0);
}

/* The family phone log: who answered and for how long, kept and listed
 * as a phone call with parents. */
static void
test_talk_phone_log (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HavenTalk) call = haven_talk_new_for (f->hong, HAVEN_TALK_FAMILY_CALL, "2026-11-06");
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (call), HAVEN_TALK_CALL_WITH), ==, HAVEN_CALL_WITH_FATHER);
  haven_record_set_int (HAVEN_RECORD (call), HAVEN_TALK_CALL_WITH, HAVEN_CALL_WITH_MOTHER);
  haven_record_set_int (HAVEN_RECORD (call), HAVEN_TALK_MINUTES, 12);
  haven_record_set_string (HAVEN_RECORD (call), HAVEN_TALK_CONTENT, "  妈妈答应过年回来。 ");
  run_as (f->store, f->zhao, "赵老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  id = save_talk (f->store, call, &error);
  g_assert_no_error (error);

  loaded = haven_test_load (f->store, HAVEN_TYPE_TALK, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_record_get_int (loaded, HAVEN_TALK_CALL_WITH), ==, HAVEN_CALL_WITH_MOTHER);
  g_assert_cmpint (haven_record_get_int (loaded, HAVEN_TALK_MINUTES), ==, 12);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_CONTENT), ==, "妈妈答应过年回来。");

  g_object_set (query, "kind", HAVEN_TALK_FAMILY_CALL, NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 1);
}

/* The list a page at a time: the newest first, and a bigger limit adds
 * the next ones at the end in one exact change. */
static void
wait_list (HavenRecordList *list)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (haven_record_list_get_loading (list))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_talk_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(HavenRecordList) list = NULL;
  g_autoptr(HavenTestItemsLog) log = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 newest[25];

  run_as (f->store, f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  /* Two on each day, so the newest-first order also needs the id. */
  for (guint i = 0; i < G_N_ELEMENTS (newest); i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-10-%02u", 1 + i / 2);

      newest[G_N_ELEMENTS (newest) - 1 - i] = add_talk (f, i % 2 ? f->hong : f->xiaoming, HAVEN_TALK_MONTHLY,
                                                        date, "谈了学习", "");
    }

  all = find (f, query);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (newest));
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (g_array_index (all, gint64, i), ==, newest[i]);

  g_object_set (query, "limit", 10, NULL);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 10);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, newest[i]);

  list = haven_record_list_new (f->store, HAVEN_QUERY (query));
  wait_list (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 10);
  log = haven_test_items_log_new (G_LIST_MODEL (list));

  g_object_set (query, "limit", 20, NULL);
  wait_list (list);
  haven_test_items_log_assert_one (log, 10, 0, 10);
  g_object_set (query, "limit", 40, NULL);
  wait_list (list);
  haven_test_items_log_assert_one (log, 20, 0, 5);
  g_assert_cmpint (haven_record_list_find (list, newest[24]), ==, 24);

  /* Filters work inside the page. */
  g_object_set (query, "limit", 3, "class-id", f->class_b, NULL);
  g_clear_pointer (&ids, g_array_unref);
  ids = find (f, query);
  g_assert_cmpuint (ids->len, ==, 3);
  /* 李红's are the odd ones. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, newest[1]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, newest[3]);
}

/* A child's records and a staff member's are looked up by their index,
 * newest first; written as "?1 = 0 OR t.child_id = ?1", a child page
 * walked the whole county's records by date for the few of its child. */
static void
test_query_indexed (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *by_child = haven_test_query_plan (f->dir->path, haven_store_talks_sql (7, 0));
  g_autofree char *by_staff = haven_test_query_plan (f->dir->path, haven_store_talks_sql (0, 7));
  g_autofree char *all = haven_test_query_plan (f->dir->path, haven_store_talks_sql (0, 0));

  g_assert_nonnull (strstr (by_child, "SEARCH t USING INDEX talk_by_child"));
  g_assert_nonnull (strstr (by_staff, "SEARCH t USING INDEX talk_by_staff"));
  g_assert_null (strstr (by_child, "TEMP B-TREE"));
  g_assert_null (strstr (by_staff, "TEMP B-TREE"));
  /* The whole list still comes newest first from the date index. */
  g_assert_nonnull (strstr (all, "talk_by_date"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/talks/rules", test_talk_rules);
  g_test_add_func ("/talks/defaults", test_talk_defaults);
  ADD ("/talks/author", test_talk_author);
  ADD ("/talks/search", test_talk_search);
  ADD ("/talks/follow-ups", test_talk_follow_ups);
  ADD ("/talks/phone-log", test_talk_phone_log);
  ADD ("/talks/pages", test_talk_pages);
  ADD ("/talks/query-indexed", test_query_indexed);
#undef ADD

  return g_test_run ();
}
