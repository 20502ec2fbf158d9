/* test-store-pairings.c: the pairing board's work in the store
 *
 * Capacity, moves that end the old pairing without deleting it, ending a
 * pairing, the history that stays, undo, one transaction for a proposal,
 * who may arrange, the board's lists and search, the suggestion order
 * through the store, and the roster of --pairings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-store-pairings"

#include "config.h"

#include <string.h>

#include "haven-child-query.h"
#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-pairing-query.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-staff.h"
#include "haven-store-features.h"
#include "haven-store-pairings.h"
#include "haven-test-utils.h"

#define SEPTEMBER "2026-09-01"
#define TODAY     HAVEN_TEST_TODAY     /* 2026-11-22 */
#define LATER     "2026-12-01"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        wang;        /* staff: class teacher of class_1 */
  gint64        class_1;
  gint64        class_2;
} Fixture;

/* Sync wrappers */

static HavenPairingUndo *
change (Fixture                 *f,
        gint64                   child_id,
        gint64                   from_id,
        gint64                   mentor_id,
        const char              *day,
        HavenPairingChangeFlags  flags,
        GError                 **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenPairingUndo *undo;

  haven_store_change_pairing_async (f->store, child_id, from_id, mentor_id, day, flags, NULL,
                                    haven_test_result_cb, &result);
  haven_test_wait (&result);
  undo = haven_store_change_pairing_finish (f->store, result, error);
  haven_test_drain (f->store);
  return undo;
}

static HavenPairingUndo *
change_ok (Fixture    *f,
           gint64      child_id,
           gint64      from_id,
           gint64      mentor_id,
           const char *day)
{
  g_autoptr(GError) error = NULL;
  HavenPairingUndo *undo = change (f, child_id, from_id, mentor_id, day, HAVEN_PAIRING_CHANGE_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (undo);
  return undo;
}

static gboolean
undo (Fixture           *f,
      HavenPairingUndo  *what,
      GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gboolean ok;

  haven_store_undo_pairings_async (f->store, what, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  ok = haven_store_undo_pairings_finish (f->store, result, error);
  haven_test_drain (f->store);
  return ok;
}

static HavenPairingUndo *
apply (Fixture                 *f,
       GArray                  *children,
       GArray                  *mentors,
       HavenPairingChangeFlags  flags,
       GError                 **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenPairingUndo *done;

  haven_store_apply_pairings_async (f->store, children, mentors, TODAY, flags, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  done = haven_store_apply_pairings_finish (f->store, result, error);
  haven_test_drain (f->store);
  return done;
}

static GPtrArray *
suggest (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *lines;

  haven_store_suggest_pairings_async (f->store, TODAY, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  lines = haven_store_suggest_pairings_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lines);
  return lines;
}

static GPtrArray *
roster (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *lines;

  haven_store_pairing_roster_async (f->store, TODAY, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  lines = haven_store_pairing_roster_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lines);
  return lines;
}

/* Records */

static gint64
make_staff (Fixture    *f,
            const char *name)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_CLASS_TEACHER);
  return haven_test_save_owned (f->store, g_steal_pointer (&staff));
}

static gint64
make_class (Fixture    *f,
            int         grade,
            const char *name,
            gint64      teacher)
{
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();

  haven_record_set_int (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_GRADE, grade);
  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, name);
  haven_record_set_ref (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_TEACHER_ID, teacher);
  return haven_test_save_owned (f->store, g_steal_pointer (&klass));
}

static gint64
make_mentor (Fixture         *f,
             const char      *name,
             HavenMentorKind  kind,
             gint64           staff_id,
             gint64           class_id,
             int              capacity)
{
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();

  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, name);
  haven_record_set_int (HAVEN_RECORD (mentor), HAVEN_MENTOR_KIND, kind);
  haven_record_set_ref (HAVEN_RECORD (mentor), HAVEN_MENTOR_STAFF_ID, staff_id);
  haven_record_set_ref (HAVEN_RECORD (mentor), HAVEN_MENTOR_SCHOOL_CLASS_ID, class_id);
  haven_record_set_int (HAVEN_RECORD (mentor), HAVEN_MENTOR_CAPACITY, capacity);
  return haven_test_save_owned (f->store, g_steal_pointer (&mentor));
}

static gint64
make_child (Fixture    *f,
            const char *name,
            gint64      class_id,
            const char *address)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, "13800138000");
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_ADDRESS, address);
  id = haven_test_save_child_file (f->store, file, "校长", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static HavenRecord *
load (Fixture *f,
      GType    type,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  HavenRecord *record = haven_test_load (f->store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static int
mentor_load (Fixture *f,
             gint64   mentor_id)
{
  g_autoptr(HavenRecord) mentor = load (f, HAVEN_TYPE_MENTOR, mentor_id);

  return haven_record_get_int (mentor, HAVEN_MENTOR_N_CHILDREN);
}

/* The ids of a mentor's column, as of day. */
static GArray *
column (Fixture    *f,
        gint64      mentor_id,
        const char *day,
        const char *search)
{
  g_autoptr(HavenPairingQuery) query = haven_pairing_query_new ();
  g_autoptr(GError) error = NULL;
  GArray *ids;

  g_object_set (query, "mentor-id", mentor_id, "on-roll", TRUE, "today", day, "search", search, NULL);
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  return ids;
}

/* The children of a mentor's column (the child ids of its pairings). */
static GArray *
column_children (Fixture    *f,
                 gint64      mentor_id,
                 const char *day)
{
  g_autoptr(GArray) ids = column (f, mentor_id, day, "");
  g_autoptr(HavenPairingQuery) query = haven_pairing_query_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GArray *children = g_array_new (FALSE, FALSE, sizeof (gint64));

  haven_query_set_today (HAVEN_QUERY (query), day);
  rows = haven_test_fetch (f->store, HAVEN_QUERY (query), ids, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_ref (g_ptr_array_index (rows, i), HAVEN_PAIRING_CHILD_ID);
      g_array_append_val (children, id);
    }
  return children;
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

/* The board's Unpaired column. */
static GArray *
unpaired (Fixture    *f,
          const char *day)
{
  g_autoptr(HavenChildQuery) query = haven_child_query_new ();
  g_autoptr(GError) error = NULL;
  GArray *ids;

  haven_child_query_set_no_mentor (query, TRUE);
  haven_query_set_today (HAVEN_QUERY (query), day);
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  return ids;
}

/* Every pairing of a child, ended ones too (the child page's history). */
static GPtrArray *
history (Fixture *f,
         gint64   child_id)
{
  g_autoptr(HavenPairingQuery) query = haven_pairing_query_new ();

  g_object_set (query, "child-id", child_id, "current-only", FALSE, "today", TODAY, NULL);
  return haven_test_query_records (f->store, HAVEN_QUERY (query));
}

/* Every pairing row there is, whatever its dates. */
static gint64
count_pairings (Fixture *f)
{
  g_autoptr(HavenQuery) query = haven_query_new (HAVEN_TYPE_PAIRING);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = haven_test_query (f->store, query, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);
  f->wang = make_staff (f, "王老师");
  f->class_1 = make_class (f, 3, "三年级（1）班", f->wang);
  f->class_2 = make_class (f, 4, "四年级（1）班", 0);
  /* Pairing is the headteacher's work. */
  haven_test_run_as (f->store, "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

/* Capacity */

static void
test_capacity (Fixture       *f,
               gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 2);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  gint64 b = make_child (f, "李华", f->class_1, "红星镇石桥村1组");
  gint64 c = make_child (f, "陈静", f->class_2, "红星镇羊排村");
  gint64 d = make_child (f, "白雪", f->class_2, "红星镇羊排村");
  g_autoptr(HavenPairingUndo) u1 = NULL;
  g_autoptr(HavenPairingUndo) u2 = NULL;
  g_autoptr(HavenPairingUndo) refused = NULL;
  g_autoptr(HavenPairingUndo) over = NULL;
  g_autoptr(HavenRecord) mentor = NULL;
  g_autoptr(HavenSchoolInfo) school = haven_school_info_new ();
  g_autoptr(GError) error = NULL;

  /* Its own capacity: 2. */
  u1 = change_ok (f, a, 0, li, TODAY);
  u2 = change_ok (f, b, 0, li, TODAY);
  g_assert_cmpint (mentor_load (f, li), ==, 2);
  g_assert_cmpstr (u2->summary, ==, "李华 paired with 李老师");

  refused = change (f, c, 0, li, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY);
  g_assert_null (refused);
  g_assert_cmpstr (error->message, ==, "李老师 already carries 2 children of 2.");
  g_clear_error (&error);
  g_assert_cmpint (mentor_load (f, li), ==, 2);
  g_assert_true (contains (unpaired (f, TODAY), c));

  /* The headteacher said yes: the column shows 3 of 2. */
  over = change (f, c, 0, li, TODAY, HAVEN_PAIRING_CHANGE_OVER_CAPACITY, &error);
  g_assert_no_error (error);
  mentor = load (f, HAVEN_TYPE_MENTOR, li);
  g_assert_cmpint (haven_record_get_int (mentor, HAVEN_MENTOR_N_CHILDREN), ==, 3);
  g_assert_cmpint (haven_record_get_int (mentor, HAVEN_MENTOR_EFFECTIVE_CAPACITY), ==, 2);
  g_clear_object (&mentor);

  /* No capacity of its own: the usual 3, then the school's default. */
  mentor = load (f, HAVEN_TYPE_MENTOR, zhao);
  g_assert_cmpint (haven_record_get_int (mentor, HAVEN_MENTOR_EFFECTIVE_CAPACITY), ==, 3);
  g_clear_object (&mentor);
  haven_record_set_string (HAVEN_RECORD (school), HAVEN_SCHOOL_INFO_NAME, "红星小学");
  haven_record_set_int (HAVEN_RECORD (school), HAVEN_SCHOOL_INFO_MENTOR_CAPACITY, 1);
  haven_test_save_ok (f->store, school);
  mentor = load (f, HAVEN_TYPE_MENTOR, zhao);
  g_assert_cmpint (haven_record_get_int (mentor, HAVEN_MENTOR_EFFECTIVE_CAPACITY), ==, 1);
  g_clear_object (&mentor);
  g_clear_pointer (&u1, haven_pairing_undo_free);
  u1 = change_ok (f, d, 0, zhao, TODAY);
  g_clear_pointer (&refused, haven_pairing_undo_free);
  refused = change (f, c, 0, zhao, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY);
  g_clear_error (&error);

  /* Out of range is refused next to the field. */
  haven_record_set_int (HAVEN_RECORD (school), HAVEN_SCHOOL_INFO_MENTOR_CAPACITY, 31);
  g_assert_cmpint (haven_test_save (f->store, school, &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID);
}

/* Moving a child ends the old pairing on the day, kept, and starts the
 * new one the same day. */
static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenPairingUndo) paired = change_ok (f, a, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) moved = NULL;
  g_autoptr(HavenRecord) old = NULL;
  g_autoptr(HavenRecord) new = NULL;
  g_autoptr(GArray) li_today = NULL;
  g_autoptr(GArray) zhao_today = NULL;
  g_autoptr(GArray) li_before = NULL;
  gint64 old_id = g_array_index (paired->created, gint64, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenPairingUndo) again = NULL;

  g_assert_cmpuint (paired->created->len, ==, 1);
  g_assert_cmpuint (paired->ended->len, ==, 0);
  g_assert_cmpint (count_pairings (f), ==, 1);

  moved = change_ok (f, a, old_id, zhao, TODAY);
  g_assert_cmpuint (moved->created->len, ==, 1);
  g_assert_cmpuint (moved->ended->len, ==, 1);
  g_assert_cmpint (g_array_index (moved->ended, gint64, 0), ==, old_id);
  g_assert_cmpstr (moved->day, ==, TODAY);
  g_assert_cmpstr (moved->summary, ==, "张小明 moved from 李老师 to 赵阿姨");

  /* Not deleted: ended on the day. */
  g_assert_cmpint (count_pairings (f), ==, 2);
  old = load (f, HAVEN_TYPE_PAIRING, old_id);
  g_assert_cmpstr (haven_record_get_string (old, HAVEN_PAIRING_START_DATE), ==, SEPTEMBER);
  g_assert_cmpstr (haven_record_get_string (old, HAVEN_PAIRING_END_DATE), ==, TODAY);
  new = load (f, HAVEN_TYPE_PAIRING, g_array_index (moved->created, gint64, 0));
  g_assert_cmpint (haven_record_get_ref (new, HAVEN_PAIRING_MENTOR_ID), ==, zhao);
  g_assert_cmpstr (haven_record_get_string (new, HAVEN_PAIRING_START_DATE), ==, TODAY);
  g_assert_cmpstr (haven_record_get_string (new, HAVEN_PAIRING_END_DATE), ==, "");
  g_assert_cmpint (haven_record_get_int (new, HAVEN_PAIRING_KIND), ==, HAVEN_MENTOR_KIND_CARING_PARENT);

  /* On the day the child shows under the new mentor only; the day before
   * the old column still had them. */
  li_today = column_children (f, li, TODAY);
  zhao_today = column_children (f, zhao, TODAY);
  li_before = column_children (f, li, "2026-11-21");
  g_assert_false (contains (li_today, a));
  g_assert_true (contains (zhao_today, a));
  g_assert_true (contains (li_before, a));
  g_assert_cmpint (mentor_load (f, li), ==, 0);
  g_assert_cmpint (mentor_load (f, zhao), ==, 1);

  /* The ended pairing cannot be moved again, nor the child paired twice
   * with one mentor. */
  again = change (f, a, old_id, li, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_NOT_CURRENT);
  g_assert_null (again);
  g_clear_error (&error);
  again = change (f, a, 0, zhao, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_ALREADY_PAIRED);
  g_clear_error (&error);
  /* A refused move changed nothing: both or neither. */
  g_assert_cmpint (count_pairings (f), ==, 2);
}

/* A move to a full mentor is refused whole: the old pairing runs on. */
static void
test_move_refused_whole (Fixture       *f,
                         gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 full = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 1);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  gint64 b = make_child (f, "李华", f->class_1, "红星镇石桥村1组");
  g_autoptr(HavenPairingUndo) u1 = change_ok (f, a, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) u2 = change_ok (f, b, 0, full, SEPTEMBER);
  g_autoptr(HavenPairingUndo) refused = NULL;
  g_autoptr(HavenRecord) old = NULL;
  g_autoptr(GError) error = NULL;

  refused = change (f, a, g_array_index (u1->created, gint64, 0), full, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY);
  old = load (f, HAVEN_TYPE_PAIRING, g_array_index (u1->created, gint64, 0));
  g_assert_cmpstr (haven_record_get_string (old, HAVEN_PAIRING_END_DATE), ==, "");
  g_assert_cmpint (mentor_load (f, li), ==, 1);
}

/* Ending a pairing: the child is unpaired from that day, the pairing
 * stays with its plan and checks. */
static void
test_end (Fixture       *f,
          gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenPairingUndo) paired = change_ok (f, a, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) ended = NULL;
  g_autoptr(HavenPairingCheck) check = haven_pairing_check_new ();
  g_autoptr(HavenRecord) pairing = NULL;
  gint64 id = g_array_index (paired->created, gint64, 0);

  pairing = load (f, HAVEN_TYPE_PAIRING, id);
  haven_record_set_string (pairing, HAVEN_PAIRING_PLAN_CONTENT, "每周辅导数学");
  haven_test_save_ok (f->store, pairing);
  g_clear_object (&pairing);
  haven_record_set_ref (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_PAIRING_ID, id);
  haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_DATE, "2026-10-15");
  haven_record_set_int (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_PROGRESS, HAVEN_PROGRESS_BETTER);
  haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_NOTE, "作业能按时完成");
  haven_test_save_ok (f->store, check);
  g_assert_false (contains (unpaired (f, TODAY), a));

  ended = change_ok (f, a, id, 0, TODAY);
  g_assert_cmpuint (ended->created->len, ==, 0);
  g_assert_cmpuint (ended->ended->len, ==, 1);
  g_assert_cmpstr (ended->summary, ==, "张小明’s pairing with 李老师 ended");
  g_assert_true (contains (unpaired (f, TODAY), a));
  g_assert_cmpint (mentor_load (f, li), ==, 0);

  pairing = load (f, HAVEN_TYPE_PAIRING, id);
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_END_DATE), ==, TODAY);
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_PLAN_CONTENT), ==, "每周辅导数学");
  g_assert_cmpint (haven_record_get_int (pairing, HAVEN_PAIRING_N_CHECKS), ==, 1);
  g_assert_cmpint (haven_record_get_int (pairing, HAVEN_PAIRING_LAST_PROGRESS), ==, HAVEN_PROGRESS_BETTER);
  g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_LAST_CHECK_DATE), ==, "2026-10-15");
}

/* Pairings that ended stay in the child's history, newest first. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenPairingUndo) p1 = change_ok (f, a, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) p2 = change_ok (f, a, g_array_index (p1->created, gint64, 0), zhao, "2026-10-08");
  g_autoptr(HavenPairingUndo) p3 = change_ok (f, a, g_array_index (p2->created, gint64, 0), 0, TODAY);
  g_autoptr(GPtrArray) rows = history (f, a);
  HavenRecord *newest, *oldest;

  g_assert_cmpuint (rows->len, ==, 2);
  newest = g_ptr_array_index (rows, 0);
  oldest = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (haven_record_get_string (newest, HAVEN_PAIRING_MENTOR_NAME), ==, "赵阿姨");
  g_assert_cmpstr (haven_record_get_string (newest, HAVEN_PAIRING_START_DATE), ==, "2026-10-08");
  g_assert_cmpstr (haven_record_get_string (newest, HAVEN_PAIRING_END_DATE), ==, TODAY);
  g_assert_cmpstr (haven_record_get_string (oldest, HAVEN_PAIRING_MENTOR_NAME), ==, "李老师");
  g_assert_cmpstr (haven_record_get_string (oldest, HAVEN_PAIRING_END_DATE), ==, "2026-10-08");
  haven_test_free_records (g_steal_pointer (&rows));

  /* The current-only list (the board's) has none of them. */
  {
    g_autoptr(HavenPairingQuery) query = haven_pairing_query_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) ids = NULL;

    g_object_set (query, "child-id", a, "today", TODAY, NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 0);
  }
}

/* Undo puts the board back: the pairing made goes, the ended one runs
 * on; not once checks were added to the new one. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenPairingUndo) paired = change_ok (f, a, 0, li, SEPTEMBER);
  gint64 old_id = g_array_index (paired->created, gint64, 0);
  g_autoptr(HavenPairingUndo) moved = change_ok (f, a, old_id, zhao, TODAY);
  g_autoptr(HavenPairingUndo) copy = NULL;
  g_autoptr(HavenPairingUndo) again = NULL;
  g_autoptr(HavenPairingCheck) check = haven_pairing_check_new ();
  g_autoptr(HavenRecord) old = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;

  /* The toast carries it as a variant. */
  variant = g_variant_ref_sink (haven_pairing_undo_to_variant (moved));
  copy = haven_pairing_undo_from_variant (variant);
  g_assert_nonnull (copy);
  g_assert_cmpuint (copy->created->len, ==, 1);
  g_assert_cmpint (g_array_index (copy->ended, gint64, 0), ==, old_id);
  g_assert_cmpstr (copy->day, ==, TODAY);
  g_assert_null (haven_pairing_undo_from_variant (g_variant_new_int64 (4)));

  g_assert_true (undo (f, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_pairings (f), ==, 1);
  old = load (f, HAVEN_TYPE_PAIRING, old_id);
  g_assert_cmpstr (haven_record_get_string (old, HAVEN_PAIRING_END_DATE), ==, "");
  g_assert_cmpint (mentor_load (f, li), ==, 1);
  g_assert_cmpint (mentor_load (f, zhao), ==, 0);

  /* A check on the new pairing refuses the undo, and changes nothing. */
  again = change_ok (f, a, old_id, zhao, TODAY);
  haven_record_set_ref (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_PAIRING_ID, g_array_index (again->created, gint64, 0));
  haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_DATE, TODAY);
  haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_NOTE, "初次见面");
  haven_test_save_ok (f->store, check);
  g_assert_false (undo (f, again, &error));
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_HAS_CHECKS);
  g_assert_cmpint (count_pairings (f), ==, 2);
  g_assert_cmpint (mentor_load (f, zhao), ==, 1);
}

/* A proposal is applied in one transaction: one refusal, none made. */
static void
test_apply_one_transaction (Fixture       *f,
                            gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 1);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  gint64 b = make_child (f, "李华", f->class_1, "红星镇石桥村1组");
  gint64 c = make_child (f, "陈静", f->class_2, "红星镇羊排村");
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(HavenPairingUndo) refused = NULL;
  g_autoptr(HavenPairingUndo) done = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  /* Li has room for one: the second line is over. */
  g_array_append_val (children, a);
  g_array_append_val (mentors, li);
  g_array_append_val (children, b);
  g_array_append_val (mentors, li);
  g_array_append_val (children, c);
  g_array_append_val (mentors, zhao);
  refused = apply (f, children, mentors, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_error (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY);
  g_clear_error (&error);
  g_assert_cmpint (count_pairings (f), ==, 0);

  /* Edited: b left unpaired. */
  g_array_index (mentors, gint64, 1) = none;
  done = apply (f, children, mentors, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (done->created->len, ==, 2);
  g_assert_cmpstr (done->summary, ==, "2 children paired");
  g_assert_cmpint (count_pairings (f), ==, 2);
  g_assert_true (contains (unpaired (f, TODAY), b));
  g_assert_false (contains (unpaired (f, TODAY), a));
}

/* Only the headteacher arranges; viewers read; any writer adds checks. */
static void
test_permissions (Fixture       *f,
                  gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenPairingUndo) paired = change_ok (f, a, 0, li, SEPTEMBER);
  gint64 id = g_array_index (paired->created, gint64, 0);
  static const HavenStaffRole others[] = { HAVEN_STAFF_ROLE_CLASS_TEACHER, HAVEN_STAFF_ROLE_VIEWER };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(HavenPairingUndo) refused = NULL;
      g_autoptr(HavenMentor) mentor = haven_mentor_new ();
      g_autoptr(HavenRecord) pairing = load (f, HAVEN_TYPE_PAIRING, id);
      g_autoptr(GError) error = NULL;

      haven_test_run_as (f->store, "某老师", others[i]);
      refused = change (f, a, id, 0, TODAY, HAVEN_PAIRING_CHANGE_DEFAULT, &error);
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
      /* The plain save and delete obey the same rule. */
      haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, "新导师");
      g_assert_cmpint (haven_test_save (f->store, mentor, &error), ==, 0);
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
      haven_record_set_string (pairing, HAVEN_PAIRING_END_DATE, TODAY);
      g_assert_cmpint (haven_test_save (f->store, pairing, &error), ==, 0);
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
      g_assert_false (haven_test_delete (f->store, HAVEN_TYPE_PAIRING, id, &error));
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
    }
  g_assert_false (contains (unpaired (f, TODAY), a));

  /* A class teacher adds an effect check. */
  {
    g_autoptr(HavenPairingCheck) check = haven_pairing_check_new ();

    haven_test_run_as (f->store, "班主任", HAVEN_STAFF_ROLE_CLASS_TEACHER);
    haven_record_set_ref (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_PAIRING_ID, id);
    haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_DATE, TODAY);
    haven_record_set_string (HAVEN_RECORD (check), HAVEN_PAIRING_CHECK_NOTE, "情绪稳定");
    g_assert_cmpint (haven_test_save_ok (f->store, check), >, 0);
  }
}

/* The board's columns: mentors found by name, pinyin and initials, or by
 * a child they have now; the cards found by the child. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gint64 li = make_mentor (f, "李小红", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 wang = make_mentor (f, "王老师", HAVEN_MENTOR_KIND_TEACHER, f->wang, 0, 0);
  gint64 chen = make_child (f, "陈舒菲", f->class_1, "红星镇石桥村3组");
  gint64 zhang = make_child (f, "张小明", f->class_2, "红星镇羊排村");
  g_autoptr(HavenPairingUndo) u1 = change_ok (f, chen, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) u2 = change_ok (f, zhang, 0, li, SEPTEMBER);
  static const struct { const char *search; gboolean li; gboolean wang; } cases[] = {
    { "", TRUE, TRUE },
    { "李小红", TRUE, FALSE },
    { "lixiaohong", TRUE, FALSE },
    { "lxh", TRUE, FALSE },
    { "LX", TRUE, FALSE },
    { "wls", FALSE, TRUE },
    /* 陈舒菲 is in 李小红's column. */
    { "csf", TRUE, FALSE },
    { "chen shu", TRUE, FALSE },
    { "舒菲", TRUE, FALSE },
    { "nobody", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HavenMentorQuery) query = haven_mentor_query_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = NULL;

      g_object_set (query, "search", cases[i].search, "today", TODAY, NULL);
      ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
      g_assert_no_error (error);
      g_test_message ("mentors for “%s”", cases[i].search);
      g_assert_cmpint (contains (ids, li), ==, cases[i].li);
      g_assert_cmpint (contains (ids, wang), ==, cases[i].wang);
    }

  /* In the column: the matching child only, unless the mentor matched. */
  {
    g_autoptr(GArray) found = column (f, li, TODAY, "csf");
    g_autoptr(GArray) all = column (f, li, TODAY, "lxh");

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, g_array_index (u1->created, gint64, 0));
    g_assert_cmpuint (all->len, ==, 2);
  }

  /* Kind, and mentors with children of a village or class only. */
  {
    g_autoptr(HavenMentorQuery) query = haven_mentor_query_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) ids = NULL;

    g_object_set (query, "kind", HAVEN_MENTOR_KIND_TEACHER, "today", TODAY, NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_true (contains (ids, wang));
    g_clear_pointer (&ids, g_array_unref);

    g_object_set (query, "kind", -1, "with-children", TRUE, "village", "羊排村", NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_true (contains (ids, li));
    g_clear_pointer (&ids, g_array_unref);

    g_object_set (query, "village", "", "class-id", f->class_2, NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_true (contains (ids, li));
    g_assert_false (contains (ids, wang));
  }

  /* The cards of a column by class, grade and village. */
  {
    g_autoptr(HavenPairingQuery) query = haven_pairing_query_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) ids = NULL;

    g_object_set (query, "mentor-id", li, "today", TODAY, "village", "石桥村", NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_clear_pointer (&ids, g_array_unref);
    g_object_set (query, "village", "", "grade", 4, NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, g_array_index (u2->created, gint64, 0));
    g_clear_pointer (&ids, g_array_unref);
    g_object_set (query, "grade", 0, "class-id", f->class_1, NULL);
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, g_array_index (u1->created, gint64, 0));
  }
}

/* The proposal through the store: the rules' order, a tie decided by the
 * board's order, leftovers listed, nothing changed. */
static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  /* The board lists teachers by pinyin: 李 (li) before 王 (wang). */
  gint64 wang_teacher = make_mentor (f, "王老师", HAVEN_MENTOR_KIND_TEACHER, f->wang, f->class_1, 1);
  gint64 zhou = make_mentor (f, "周老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 1);
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 1);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  gint64 b = make_child (f, "李华", f->class_2, "红星镇羊排村");
  gint64 c = make_child (f, "陈静", f->class_2, "红星镇羊排村");
  gint64 d = make_child (f, "白雪", f->class_2, "红星镇羊排村");
  g_autoptr(GPtrArray) lines = suggest (f);
  const HavenProposalLine *line;

  g_assert_cmpuint (lines->len, ==, 4);
  /* Class order, then pinyin: 张小明 (三年级), then 白雪, 陈静, 李华. */
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpint (line->child_id, ==, a);
  g_assert_cmpint (line->mentor_id, ==, wang_teacher);
  g_assert_cmpint (line->suggestion.reason, ==, HAVEN_SUGGEST_CLASS_TEACHER);
  g_assert_cmpstr (line->reason, ==, "Class teacher of 三年级（1）班");
  g_assert_cmpstr (line->mentor_name, ==, "王老师");
  g_assert_cmpstr (line->class_name, ==, "三年级（1）班");
  g_assert_cmpstr (line->village, ==, "石桥村");

  /* 李老师 and 周老师 tie at 0 of 1: 李 is first on the board. */
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpint (line->child_id, ==, d);
  g_assert_cmpint (line->mentor_id, ==, li);
  g_assert_cmpint (line->suggestion.reason, ==, HAVEN_SUGGEST_LOWEST_LOAD);
  line = g_ptr_array_index (lines, 2);
  g_assert_cmpint (line->child_id, ==, c);
  g_assert_cmpint (line->mentor_id, ==, zhou);
  line = g_ptr_array_index (lines, 3);
  g_assert_cmpint (line->child_id, ==, b);
  g_assert_cmpint (line->mentor_id, ==, 0);
  g_assert_cmpint (line->suggestion.reason, ==, HAVEN_SUGGEST_NO_ROOM);
  g_assert_cmpstr (line->reason, ==, "No mentor has room");

  /* Proposing changed nothing. */
  g_assert_cmpint (count_pairings (f), ==, 0);
}

/* The roster: every child on the roll, one line per current pairing. */
static void
test_roster (Fixture       *f,
             gconstpointer  data)
{
  gint64 li = make_mentor (f, "李老师", HAVEN_MENTOR_KIND_TEACHER, 0, 0, 2);
  gint64 zhao = make_mentor (f, "赵阿姨", HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 0);
  gint64 a = make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  gint64 b = make_child (f, "李华", f->class_2, "红星镇羊排村");
  g_autoptr(HavenPairingUndo) u1 = change_ok (f, a, 0, li, SEPTEMBER);
  g_autoptr(HavenPairingUndo) u2 = change_ok (f, a, 0, zhao, "2026-10-08");
  g_autoptr(GPtrArray) lines = roster (f);
  const HavenRosterLine *line;

  g_assert_cmpuint (lines->len, ==, 3);
  line = g_ptr_array_index (lines, 0);
  g_assert_cmpint (line->child_id, ==, a);
  g_assert_cmpstr (line->mentor_name, ==, "李老师");
  g_assert_cmpint (line->load, ==, 1);
  g_assert_cmpint (line->capacity, ==, 2);
  g_assert_cmpstr (line->since, ==, SEPTEMBER);
  g_assert_cmpstr (line->village, ==, "石桥村");
  line = g_ptr_array_index (lines, 1);
  g_assert_cmpint (line->child_id, ==, a);
  g_assert_cmpstr (line->mentor_name, ==, "赵阿姨");
  g_assert_cmpint (line->mentor_kind, ==, HAVEN_MENTOR_KIND_CARING_PARENT);
  g_assert_cmpint (line->capacity, ==, 3);
  line = g_ptr_array_index (lines, 2);
  g_assert_cmpint (line->child_id, ==, b);
  g_assert_cmpint (line->mentor_id, ==, 0);
  g_assert_cmpstr (line->mentor_name, ==, "");
}

/* The village filter's choices. */
static void
test_villages (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) villages = NULL;

  make_child (f, "张小明", f->class_1, "红星镇石桥村3组");
  make_child (f, "李华", f->class_2, "红星镇羊排村");
  make_child (f, "陈静", f->class_2, "红星镇羊排村委会");
  make_child (f, "白雪", f->class_2, "");

  haven_store_list_villages_async (f->store, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  villages = haven_store_list_villages_finish (f->store, result, &error);
  g_assert_no_error (error);
  /* Pinyin order: shiqiao before yangpai. */
  g_assert_cmpuint (g_strv_length (villages), ==, 2);
  g_assert_cmpstr (villages[0], ==, "石桥村");
  g_assert_cmpstr (villages[1], ==, "羊排村");
}

/* A mentor's name is searchable once saved, and its pupil's file named. */
static void
test_mentor_record (Fixture       *f,
                    gconstpointer  data)
{
  gint64 pupil = make_child (f, "陈舒菲", f->class_1, "红星镇石桥村3组");
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;
  gint64 id;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, 11, 2026);
  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, " 陈舒菲 ");
  haven_record_set_int (HAVEN_RECORD (mentor), HAVEN_MENTOR_KIND, HAVEN_MENTOR_KIND_PEER);
  problems = haven_record_check (HAVEN_RECORD (mentor), &today);
  /* A pupil mentor without the pupil's file is worth a look only. */
  g_assert_nonnull (haven_problems_find (problems, "child-id"));
  g_assert_null (haven_problems_first_error (problems));
  g_clear_pointer (&problems, g_ptr_array_unref);

  haven_record_set_ref (HAVEN_RECORD (mentor), HAVEN_MENTOR_CHILD_ID, pupil);
  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_PHONE, "138 0013 8000");
  id = haven_test_save_ok (f->store, mentor);
  loaded = load (f, HAVEN_TYPE_MENTOR, id);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_NAME), ==, "陈舒菲");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_NAME_PINYIN), ==, "chenshufei");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_NAME_INITIALS), ==, "csf");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_PHONE), ==, "13800138000");
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_CHILD_NAME), ==, "陈舒菲");
  /* A pupil's class is the class of their file. */
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_MENTOR_CLASS_NAME), ==, "三年级（1）班");

  /* Capacity out of range, a bad phone, no name: refused. */
  haven_record_set_int (loaded, HAVEN_MENTOR_CAPACITY, -1);
  haven_record_set_string (loaded, HAVEN_MENTOR_PHONE, "12345");
  haven_record_set_string (loaded, HAVEN_MENTOR_NAME, "");
  problems = haven_record_check (loaded, &today);
  g_assert_cmpint (haven_problems_find (problems, "capacity")->severity, ==, HAVEN_SEVERITY_ERROR);
  g_assert_cmpint (haven_problems_find (problems, "phone")->severity, ==, HAVEN_SEVERITY_ERROR);
  g_assert_cmpint (haven_problems_find (problems, "name")->severity, ==, HAVEN_SEVERITY_ERROR);
}

/* A mentor's column and a child's history are looked up by the mentor's
 * and the child's index: the board queries a column for each mentor it
 * shows, and each read every pairing of the county (1.5 ms at 10,000
 * children, for 30 rows). */
static void
test_query_indexed (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *by_mentor = haven_test_query_plan (f->dir->path, haven_store_pairings_sql (0, 7));
  g_autofree char *by_child = haven_test_query_plan (f->dir->path, haven_store_pairings_sql (7, 0));
  g_autofree char *by_both = haven_test_query_plan (f->dir->path, haven_store_pairings_sql (7, 7));

  g_assert_nonnull (strstr (by_mentor, "SEARCH p USING INDEX pairing_by_mentor (mentor_id=?)"));
  g_assert_nonnull (strstr (by_child, "SEARCH p USING INDEX pairing_by_child (child_id=?)"));
  g_assert_null (strstr (by_both, "SCAN p"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-pairings/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("capacity", test_capacity);
  ADD ("move", test_move);
  ADD ("move-refused-whole", test_move_refused_whole);
  ADD ("end", test_end);
  ADD ("history", test_history);
  ADD ("undo", test_undo);
  ADD ("apply-one-transaction", test_apply_one_transaction);
  ADD ("permissions", test_permissions);
  ADD ("search", test_search);
  ADD ("suggest", test_suggest);
  ADD ("roster", test_roster);
  ADD ("villages", test_villages);
  ADD ("mentor-record", test_mentor_record);
  ADD ("query-indexed", test_query_indexed);

  return g_test_run ();
}
