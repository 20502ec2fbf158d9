/* test-timeline.c: the growth folder, individual plans, a child's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include "haven-growth-entry.h"
#include "haven-mentor.h"
#include "haven-owned-query.h"
#include "haven-pairing.h"
#include "haven-plan.h"
#include "haven-staff.h"
#include "haven-store-growth.h"
#include "haven-store-plans.h"
#include "haven-store-talks.h"
#include "haven-store-timeline.h"
#include "haven-talk.h"
#include "haven-test-utils.h"

/* The first bytes of a PNG, enough to stand for one here. */
static const guint8 png_bytes[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3 };
static const guint8 jpeg_bytes[] = { 0xff, 0xd8, 0xff, 0xe0, 4, 5, 6 };

static GDate
date_of (const char *text)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return date;
}

static gint64
save_plan (HavenStore  *store,
           HavenPlan   *plan,
           GPtrArray   *reviews,
           GArray      *removed,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gint64 id;

  haven_store_save_plan_async (store, plan, reviews, removed, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_plan_finish (store, result, error);
  haven_test_drain (store);
  return id;
}

static GPtrArray *
timeline (HavenStore *store,
          gint64      child)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  haven_store_timeline_async (store, child, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  items = haven_store_timeline_finish (store, result, &error);
  g_assert_no_error (error);
  return items;
}

static GBytes *
latest_photo (HavenStore *store,
              gint64      child)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  haven_store_latest_photo_async (store, child, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  bytes = haven_store_latest_photo_finish (store, result, &error);
  g_assert_no_error (error);
  return bytes;
}

static gint64
add_staff (HavenStore *store)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, "王老师");
  return haven_test_save_ok (store, staff);
}

static gint64
add_child (HavenStore *store)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new ("张小明", 0, "13800000009");
  g_autoptr(GError) error = NULL;
  gint64 id = haven_test_save_child_file (store, file, NULL, &error);

  g_assert_no_error (error);
  return id;
}

/* Each kind of entry asks for what it is. */
static void
test_growth_rules (void)
{
  g_autoptr(HavenGrowthEntry) entry = haven_growth_entry_new ();
  HavenRecord *record = HAVEN_RECORD (entry);
  g_autoptr(GBytes) photo = g_bytes_new_static (jpeg_bytes, sizeof jpeg_bytes);
  g_autoptr(GBytes) thumbnail = g_bytes_new_static (png_bytes, sizeof png_bytes);
  GDate today = date_of ("2026-11-22");
  g_autoptr(GPtrArray) problems = haven_record_check (record, &today);

  g_assert_nonnull (haven_problems_find (problems, "child-id"));
  g_assert_nonnull (haven_problems_find (problems, "date"));
  g_assert_nonnull (haven_problems_find (problems, "title"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  haven_record_set_ref (record, HAVEN_GROWTH_ENTRY_CHILD_ID, 1);
  haven_record_set_string (record, HAVEN_GROWTH_ENTRY_DATE, "2026-11-23");
  haven_record_set_string (record, HAVEN_GROWTH_ENTRY_TEXT, "跳绳比赛第二名。");
  problems = haven_record_check (record, &today);
  g_assert_nonnull (haven_problems_find (problems, "date"));
  g_assert_null (haven_problems_find (problems, "title"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  haven_record_set_string (record, HAVEN_GROWTH_ENTRY_DATE, "2026-11-22");

  haven_record_set_int (record, HAVEN_GROWTH_ENTRY_KIND, HAVEN_GROWTH_TEST_RESULT);
  problems = haven_record_check (record, &today);
  g_assert_nonnull (haven_problems_find (problems, "subject"));
  g_assert_nonnull (haven_problems_find (problems, "score"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A photo comes with its thumbnail, made smaller on import. */
  haven_record_set_int (record, HAVEN_GROWTH_ENTRY_KIND, HAVEN_GROWTH_PHOTO);
  problems = haven_record_check (record, &today);
  g_assert_nonnull (haven_problems_find (problems, "photo"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  haven_record_set_blob (record, HAVEN_GROWTH_ENTRY_PHOTO, photo);
  problems = haven_record_check (record, &today);
  g_assert_nonnull (haven_problems_find (problems, "photo"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  haven_record_set_blob (record, HAVEN_GROWTH_ENTRY_THUMBNAIL, thumbnail);
  problems = haven_record_check (record, &today);
  g_assert_null (haven_problems_first_error (problems));
}

/* Photos are kept in the database; lists carry only the thumbnail, and
 * the latest stands on the card. */
static void
test_growth_photos (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  gint64 child = add_child (store);
  g_autoptr(GBytes) photo = g_bytes_new_static (jpeg_bytes, sizeof jpeg_bytes);
  g_autoptr(GBytes) thumbnail = g_bytes_new_static (png_bytes, sizeof png_bytes);
  g_autoptr(GBytes) none = latest_photo (store, child);
  g_autoptr(GBytes) latest = NULL;
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_GROWTH_ENTRY, "child-id", child));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_cmpuint (g_bytes_get_size (none), ==, 0);

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(HavenGrowthEntry) entry = haven_growth_entry_new ();
      g_autoptr(GBytes) small = g_bytes_new (png_bytes, sizeof png_bytes - i);

      haven_record_set_ref (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_CHILD_ID, child);
      haven_record_set_int (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_KIND, HAVEN_GROWTH_PHOTO);
      haven_record_set_string (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_DATE, i == 0 ? "2026-10-01" : "2026-11-01");
      haven_record_set_blob (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_PHOTO, photo);
      haven_record_set_blob (HAVEN_RECORD (entry), HAVEN_GROWTH_ENTRY_THUMBNAIL, small);
      id = haven_test_save_ok (store, entry);
    }

  latest = latest_photo (store, child);
  g_assert_cmpuint (g_bytes_get_size (latest), ==, sizeof png_bytes - 1);

  rows = haven_test_query_records (store, query);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_null (haven_record_get_blob (g_ptr_array_index (rows, 0), HAVEN_GROWTH_ENTRY_PHOTO));
  g_assert_nonnull (haven_record_get_blob (g_ptr_array_index (rows, 0), HAVEN_GROWTH_ENTRY_THUMBNAIL));
  g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (rows, 0), HAVEN_GROWTH_ENTRY_CHILD_NAME), ==, "张小明");

  loaded = haven_test_load (store, HAVEN_TYPE_GROWTH_ENTRY, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (haven_record_get_blob (loaded, HAVEN_GROWTH_ENTRY_PHOTO), photo));

  g_clear_object (&loaded);
  haven_test_free_records (g_steal_pointer (&rows));
  haven_test_finalize_store (&store);
}

static HavenPlan *
plan_new (gint64 child)
{
  HavenPlan *plan = haven_plan_new ();

  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_CHILD_ID, child);
  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_STAFF_ID, 0);
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_START_DATE, "2026-10-15");
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_GOALS, "期末及格。");
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_MEASURES, "每天辅导半小时。");
  return plan;
}

static HavenPlanReview *
review_new (const char *date,
            const char *done)
{
  HavenPlanReview *review = haven_plan_review_new ();

  haven_record_set_string (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_REVIEW_DATE, date);
  haven_record_set_string (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_DONE_DATE, done);
  return review;
}

/* A plan and its reviews are saved together or not at all. */
static void
test_plans (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  gint64 child = add_child (store);
  g_autoptr(HavenPlan) plan = plan_new (child);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HavenQuery) plans = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PLAN, "child-id", child));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = date_of ("2026-11-22");
  gint64 id;

  /* Without the staff member responsible, refused. */
  {
    g_autoptr(GPtrArray) problems = haven_record_check (HAVEN_RECORD (plan), &today);
    g_assert_nonnull (haven_problems_find (problems, "staff-id"));
  }
  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_STAFF_ID, add_staff (store));

  /* One review is wrong: nothing is saved, not even the plan. */
  g_ptr_array_add (reviews, review_new ("2026-11-15", "2026-11-15"));
  g_ptr_array_add (reviews, review_new ("", ""));
  g_assert_cmpint (save_plan (store, plan, reviews, NULL, &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  rows = haven_test_query_records (store, plans);
  g_assert_cmpuint (rows->len, ==, 0);
  haven_test_free_records (g_steal_pointer (&rows));

  haven_record_set_string (g_ptr_array_index (reviews, 1), HAVEN_PLAN_REVIEW_REVIEW_DATE, "2026-12-13");
  g_ptr_array_add (reviews, review_new ("2027-01-10", ""));
  id = save_plan (store, plan, reviews, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  rows = haven_test_query_records (store, plans);
  g_assert_cmpuint (rows->len, ==, 1);
  /* The next review not yet held. */
  g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (rows, 0), HAVEN_PLAN_NEXT_REVIEW), ==, "2026-12-13");
  haven_test_free_records (g_steal_pointer (&rows));
  g_assert_true (haven_plan_is_active (plan, "2026-11-22"));
  g_assert_false (haven_plan_is_active (plan, "2026-10-14"));

  /* The reviews took the plan's id and child; removing one, another
   * becomes next. */
  {
    g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PLAN_REVIEW, "plan-id", id));
    g_autoptr(GPtrArray) saved = haven_test_query_records (store, query);
    g_autoptr(GPtrArray) none = g_ptr_array_new ();
    gint64 second;

    g_assert_cmpuint (saved->len, ==, 3);
    g_assert_cmpint (haven_record_get_ref (g_ptr_array_index (saved, 0), HAVEN_PLAN_REVIEW_CHILD_ID), ==, child);
    g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (saved, 0), HAVEN_PLAN_REVIEW_REVIEW_DATE), ==, "2026-11-15");
    second = haven_record_get_id (g_ptr_array_index (saved, 1));
    g_array_append_val (removed, second);
    haven_record_set_id (HAVEN_RECORD (plan), id);
    g_assert_cmpint (save_plan (store, plan, none, removed, &error), ==, id);
    g_assert_no_error (error);
    haven_test_free_records (g_steal_pointer (&saved));
    rows = haven_test_query_records (store, plans);
    g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (rows, 0), HAVEN_PLAN_NEXT_REVIEW), ==, "2027-01-10");
    haven_test_free_records (g_steal_pointer (&rows));
  }

  haven_test_finalize_store (&store);
}

/* Everything of a child in time order, newest first. */
static void
test_timeline_order (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  gint64 child = add_child (store);
  g_autoptr(HavenTalk) talk = haven_talk_new_for (child, HAVEN_TALK_MONTHLY, "2026-11-10");
  g_autoptr(HavenGrowthEntry) news = haven_growth_entry_new ();
  g_autoptr(HavenPlan) plan = plan_new (child);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();
  g_autoptr(HavenPairing) pairing = haven_pairing_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  static const struct
  {
    const char        *date;
    HavenTimelineKind  kind;
  } expected[] = {
    { "2026-12-13", HAVEN_TIMELINE_PLAN_REVIEW },
    { "2026-11-16", HAVEN_TIMELINE_PLAN_REVIEW },
    { "2026-11-12", HAVEN_TIMELINE_GROWTH },
    { "2026-11-10", HAVEN_TIMELINE_TALK },
    { "2026-10-15", HAVEN_TIMELINE_PLAN },
    { "2026-09-30", HAVEN_TIMELINE_PAIRING_END },
    { "2026-09-01", HAVEN_TIMELINE_PAIRING },
  };

  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "谈了学习。");
  haven_store_save_talk_async (store, talk, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_talk_finish (store, result, &error), >, 0);
  g_clear_object (&result);

  haven_record_set_ref (HAVEN_RECORD (news), HAVEN_GROWTH_ENTRY_CHILD_ID, child);
  haven_record_set_string (HAVEN_RECORD (news), HAVEN_GROWTH_ENTRY_DATE, "2026-11-12");
  haven_record_set_string (HAVEN_RECORD (news), HAVEN_GROWTH_ENTRY_TITLE, "跳绳第二名");
  haven_test_save_ok (store, news);

  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_STAFF_ID, add_staff (store));
  g_ptr_array_add (reviews, review_new ("2026-11-15", "2026-11-16"));
  g_ptr_array_add (reviews, review_new ("2026-12-13", ""));
  save_plan (store, plan, reviews, NULL, &error);
  g_assert_no_error (error);

  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, "李妈妈");
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_MENTOR_ID, haven_test_save_ok (store, mentor));
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_CHILD_ID, child);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_START_DATE, "2026-09-01");
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_END_DATE, "2026-09-30");
  haven_test_save_ok (store, pairing);

  items = timeline (store, child);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      const HavenTimelineEntry *e = haven_timeline_item_get_entry (g_ptr_array_index (items, i));

      g_assert_cmpstr (e->date, ==, expected[i].date);
      g_assert_cmpint (e->kind, ==, expected[i].kind);
    }
  /* The review held on the 16th was due on the 15th; the next is due. */
  g_assert_true (haven_timeline_item_get_entry (g_ptr_array_index (items, 1))->done);
  g_assert_false (haven_timeline_item_get_entry (g_ptr_array_index (items, 0))->done);
  /* Without a session, no record's text. */
  g_assert_cmpstr (haven_timeline_item_get_entry (g_ptr_array_index (items, 3))->text, ==, "");
  g_assert_true (haven_timeline_item_get_entry (g_ptr_array_index (items, 3))->withheld);
  g_clear_pointer (&items, g_ptr_array_unref);
  haven_test_run_as (store, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  items = timeline (store, child);
  g_assert_cmpstr (haven_timeline_item_get_entry (g_ptr_array_index (items, 3))->text, ==, "谈了学习。");
  g_assert_false (haven_timeline_item_get_entry (g_ptr_array_index (items, 3))->withheld);
  g_assert_cmpstr (haven_timeline_item_get_entry (g_ptr_array_index (items, 6))->title, ==, "李妈妈");

  haven_test_finalize_store (&store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/growth-rules", test_growth_rules);
  g_test_add_func ("/timeline/growth-photos", test_growth_photos);
  g_test_add_func ("/timeline/plans", test_plans);
  g_test_add_func ("/timeline/order", test_timeline_order);

  return g_test_run ();
}
