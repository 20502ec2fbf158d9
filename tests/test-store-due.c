/* test-store-due.c: what is due, read from a school's records
 *
 * The pure rules have their own test (test-due.c); this one checks that
 * the store feeds them what a teacher would: who each rule applies to and
 * from when, which records meet it, the school's own settings, "my
 * children", the overview's figures and the --due table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-store-due"

#include "config.h"

#include <string.h>

#include "haven-due-setting.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-plan.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-store-due.h"
#include "haven-store-plans.h"
#include "haven-store-talks.h"
#include "haven-talk.h"
#include "haven-term.h"
#include "haven-test-utils.h"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        wang;       /* class teacher of 三（1）班 */
  gint64        li;         /* a subject teacher who mentors */
  gint64        zhao;       /* class teacher of 四（2）班 */
  gint64        class_a;
  gint64        class_b;
  gint64        zhang;      /* on file long since */
  gint64        wang_er;    /* came on 10 November */
  gint64        li_san;     /* paired with 李老师 until Friday 13 November */
  gint64        zhao_si;    /* paired with 李老师 since 1 October */
  gint64        chen_wu;    /* an individual plan */
  gint64        late;       /* came on 25 November, in the soon window */
  gint64        other;      /* 四（2）班 */
} Fixture;

/* Sync calls */

static GPtrArray *
due (HavenStore    *store,
     const char    *today,
     HavenDueScope  scope,
     int            rule)
{
  HavenDueRequest request = { today, scope, rule, 0, 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  haven_store_due_async (store, &request, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  items = haven_store_due_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

static HavenDueSummary *
summary (HavenStore *store,
         const char *today)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HavenDueSummary *figures;

  haven_store_due_summary_async (store, today, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  figures = haven_store_due_summary_finish (store, result, &error);
  g_assert_no_error (error);
  return figures;
}

static char *
table (HavenStore  *store,
       const char  *today,
       GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  haven_store_due_table_async (store, today, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  return haven_store_due_table_finish (store, result, error);
}

static HavenDueItem *
item_of (GPtrArray        *items,
         gint64            child,
         HavenDueRuleKind  rule)
{
  for (guint i = 0; i < items->len; i++)
    {
      HavenDueItem *item = g_ptr_array_index (items, i);

      if (haven_due_item_get_child_id (item) == child && haven_due_item_get_rule (item) == rule)
        return item;
    }
  return NULL;
}

static const char *
status_name (HavenDueStatus status)
{
  static const char * const names[] = { "DONE", "OPEN", "SOON", "OVERDUE", "NOT_APPLICABLE" };

  return names[status];
}

/* The status of one child and rule on today, and its due-by day. */
static void
assert_due (Fixture          *f,
            const char       *today,
            gint64            child,
            HavenDueRuleKind  rule,
            HavenDueStatus    status,
            const char       *due_by)
{
  g_autoptr(GPtrArray) items = due (f->store, today, HAVEN_DUE_SCOPE_SCHOOL, rule);
  HavenDueItem *item = item_of (items, child, rule);

  g_test_message ("%s, child %" G_GINT64_FORMAT ", rule %d", today, child, rule);
  g_assert_nonnull (item);
  g_assert_cmpstr (status_name (haven_due_item_get_status (item)), ==, status_name (status));
  if (due_by != NULL)
    g_assert_cmpstr (haven_due_item_get_due_by (item), ==, due_by);
}

/* Building the school */

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
           int         grade,
           const char *name,
           gint64      teacher)
{
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();

  haven_record_set_int (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_GRADE, grade);
  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, name);
  haven_record_set_ref (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_TEACHER_ID, teacher);
  return haven_test_save_ok (store, klass);
}

static void
add_term (HavenStore *store,
          const char *start,
          const char *end)
{
  g_autoptr(HavenTerm) term = haven_term_new ();

  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_NAME, start);
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_START_DATE, start);
  haven_record_set_string (HAVEN_RECORD (term), HAVEN_TERM_END_DATE, end);
  haven_test_save_ok (store, term);
}

static gint64
add_child (HavenStore *store,
           const char *name,
           gint64      class_id,
           const char *arrived)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, "13800000009");
  g_autoptr(GError) error = NULL;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_ARRIVED_DATE, arrived);
  id = haven_test_save_child_file (store, file, NULL, &error);
  g_assert_no_error (error);
  return id;
}

static void
add_pairing (HavenStore *store,
             gint64      child,
             gint64      staff,
             const char *name,
             const char *start,
             const char *end)
{
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();
  g_autoptr(HavenPairing) pairing = haven_pairing_new ();

  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, name);
  haven_record_set_ref (HAVEN_RECORD (mentor), HAVEN_MENTOR_STAFF_ID, staff);
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_MENTOR_ID, haven_test_save_ok (store, mentor));
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_CHILD_ID, child);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_START_DATE, start);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_END_DATE, end);
  haven_test_save_ok (store, pairing);
}

static void
add_talk (HavenStore    *store,
          gint64         child,
          HavenTalkKind  kind,
          const char    *date)
{
  g_autoptr(HavenTalk) talk = haven_talk_new_for (child, kind, date);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_CONTENT, "谈了学习和生活。");
  haven_store_save_talk_async (store, talk, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_talk_finish (store, result, &error), >, 0);
  g_assert_no_error (error);
}

static void
add_plan (Fixture *f)
{
  g_autoptr(HavenPlan) plan = haven_plan_new ();
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *dates[][2] = { { "2026-11-20", "2026-11-20" }, { "2026-12-18", "" } };

  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_CHILD_ID, f->chen_wu);
  haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_STAFF_ID, f->li);
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_START_DATE, "2026-10-20");
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_GOALS, "按时完成作业。");
  haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_MEASURES, "每天检查作业。");
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      HavenPlanReview *review = haven_plan_review_new ();

      haven_record_set_string (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_REVIEW_DATE, dates[i][0]);
      haven_record_set_string (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_DONE_DATE, dates[i][1]);
      g_ptr_array_add (reviews, review);
    }
  haven_store_save_plan_async (f->store, plan, reviews, NULL, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  g_assert_cmpint (haven_store_save_plan_finish (f->store, result, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);

  /* Spring 2026, then autumn 2026, with the winter holiday after. */
  add_term (f->store, "2026-02-24", "2026-07-03");
  add_term (f->store, "2026-09-01", "2027-01-22");
  f->wang = add_staff (f->store, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->li = add_staff (f->store, "李老师", HAVEN_STAFF_ROLE_SUBJECT_TEACHER);
  f->zhao = add_staff (f->store, "赵老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->class_a = add_class (f->store, 3, "三年级（1）班", f->wang);
  f->class_b = add_class (f->store, 4, "四年级（2）班", f->zhao);

  f->zhang = add_child (f->store, "张一", f->class_a, "2024-09-01");
  f->wang_er = add_child (f->store, "王二", f->class_a, "2026-11-10");
  f->li_san = add_child (f->store, "李三", f->class_a, "2025-09-01");
  f->zhao_si = add_child (f->store, "赵四", f->class_a, "2025-09-01");
  f->chen_wu = add_child (f->store, "陈五", f->class_a, "2025-09-01");
  f->late = add_child (f->store, "晚六", f->class_a, "2026-11-25");
  f->other = add_child (f->store, "孙七", f->class_b, "2025-09-01");

  add_pairing (f->store, f->li_san, f->li, "李老师", "2026-09-01", "2026-11-13");
  add_pairing (f->store, f->zhao_si, f->li, "李老师", "2026-10-01", "");
  add_plan (f);

  /* 张一: October's talk on its last day; a home visit in November. */
  add_talk (f->store, f->zhang, HAVEN_TALK_MONTHLY, "2026-10-31");
  add_talk (f->store, f->zhang, HAVEN_TALK_HOME_VISIT, "2026-11-03");
  add_talk (f->store, f->zhang, HAVEN_TALK_FAMILY_CALL, "2026-11-06");
  /* 赵四: the mentor's talks on Monday the 9th and Sunday the 15th. */
  add_talk (f->store, f->zhao_si, HAVEN_TALK_MENTOR, "2026-11-09");
  add_talk (f->store, f->zhao_si, HAVEN_TALK_MENTOR, "2026-11-15");
  /* 孙七: this month's talk, and the spring term's home visit. */
  add_talk (f->store, f->other, HAVEN_TALK_MONTHLY, "2026-11-05");
  add_talk (f->store, f->other, HAVEN_TALK_HOME_VISIT, "2026-05-12");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

/* The class teacher's talk: month ends, a child who joined mid-month, one
 * who joined in the soon window, holidays. */
static void
test_due_class_talk (Fixture       *f,
                     gconstpointer  data)
{
  /* October done on its last day: November is open, then due soon in
   * its last 7 days, then overdue on 1 December. */
  assert_due (f, "2026-11-02", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OPEN, "2026-11-30");
  assert_due (f, "2026-11-23", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OPEN, "2026-11-30");
  assert_due (f, "2026-11-24", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_SOON, "2026-11-30");
  assert_due (f, "2026-10-31", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_DONE, "2026-10-31");
  assert_due (f, "2026-12-01", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OVERDUE, "2026-12-31");
  /* A home visit is no monthly talk. */
  assert_due (f, "2026-11-30", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_SOON, "2026-11-30");

  /* Came on 10 November: nothing missed before, November counts. */
  assert_due (f, "2026-11-09", f->wang_er, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_NOT_APPLICABLE, NULL);
  assert_due (f, "2026-11-12", f->wang_er, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OPEN, "2026-11-30");
  assert_due (f, "2026-12-01", f->wang_er, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OVERDUE, "2026-12-31");

  /* Came on 25 November, in the soon window: November asks nothing, and
   * December is the first month. */
  assert_due (f, "2026-11-26", f->late, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_NOT_APPLICABLE, NULL);
  assert_due (f, "2026-12-01", f->late, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OPEN, "2026-12-31");

  /* The winter holiday asks nothing; the last term days of January do. */
  assert_due (f, "2027-01-20", f->other, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OVERDUE, "2027-01-22");
  assert_due (f, "2027-01-25", f->other, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_NOT_APPLICABLE, NULL);
}

/* The mentor's talk follows the pairing: from its start to its end, Monday
 * to Sunday weeks. */
static void
test_due_mentor (Fixture       *f,
                 gconstpointer  data)
{
  /* Unpaired: nothing is asked. */
  assert_due (f, "2026-11-18", f->zhang, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_NOT_APPLICABLE, NULL);

  /* Talk on Sunday the 15th counts for its week: the next is open. */
  assert_due (f, "2026-11-15", f->zhao_si, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_DONE, "2026-11-15");
  assert_due (f, "2026-11-18", f->zhao_si, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_OPEN, "2026-11-22");
  assert_due (f, "2026-11-21", f->zhao_si, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_SOON, "2026-11-22");
  assert_due (f, "2026-11-23", f->zhao_si, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_OVERDUE, "2026-11-29");

  /* The pairing that ended on Friday the 13th: its last two days are due
   * soon, then nothing is asked. */
  assert_due (f, "2026-11-11", f->li_san, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_OVERDUE, "2026-11-13");
  assert_due (f, "2026-11-16", f->li_san, HAVEN_DUE_RULE_MENTOR_TALK, HAVEN_DUE_NOT_APPLICABLE, NULL);
}

/* Phone calls, guardian contacts, home visits and plan reviews. */
static void
test_due_other_rules (Fixture       *f,
                      gconstpointer  data)
{
  assert_due (f, "2026-11-22", f->zhang, HAVEN_DUE_RULE_FAMILY_CALL, HAVEN_DUE_DONE, "2026-11-30");
  assert_due (f, "2026-11-22", f->zhao_si, HAVEN_DUE_RULE_FAMILY_CALL, HAVEN_DUE_OVERDUE, "2026-11-30");
  /* The phone call runs through the winter holiday. */
  assert_due (f, "2027-02-10", f->zhao_si, HAVEN_DUE_RULE_FAMILY_CALL, HAVEN_DUE_OVERDUE, "2027-02-28");
  /* A home visit meets the guardian too. */
  assert_due (f, "2026-11-22", f->zhang, HAVEN_DUE_RULE_GUARDIAN_CONTACT, HAVEN_DUE_DONE, "2026-11-30");
  assert_due (f, "2026-11-22", f->zhang, HAVEN_DUE_RULE_HOME_VISIT, HAVEN_DUE_DONE, "2027-01-22");
  /* The autumn term's last 14 days, without a visit. */
  assert_due (f, "2027-01-08", f->other, HAVEN_DUE_RULE_HOME_VISIT, HAVEN_DUE_OPEN, "2027-01-22");
  assert_due (f, "2027-01-09", f->other, HAVEN_DUE_RULE_HOME_VISIT, HAVEN_DUE_SOON, "2027-01-22");

  /* The plan's next review is on 18 December; the one before was held. */
  assert_due (f, "2026-11-22", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_OPEN, "2026-12-18");
  assert_due (f, "2026-12-11", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_OPEN, "2026-12-18");
  assert_due (f, "2026-12-12", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_SOON, "2026-12-18");
  assert_due (f, "2026-12-18", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_SOON, "2026-12-18");
  assert_due (f, "2026-12-19", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_OVERDUE, "2026-12-18");
  /* Seen from before the first review was held, that one is next. */
  assert_due (f, "2026-11-19", f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_SOON, "2026-11-20");
  /* No plan, nothing asked. */
  assert_due (f, "2026-11-22", f->zhang, HAVEN_DUE_RULE_PLAN_REVIEW, HAVEN_DUE_NOT_APPLICABLE, NULL);
  {
    g_autoptr(GPtrArray) items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_SCHOOL, HAVEN_DUE_RULE_PLAN_REVIEW);
    g_assert_cmpstr (haven_due_item_get_last_done (item_of (items, f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW)), ==,
                     "2026-11-20");
    g_assert_cmpstr (haven_due_item_get_responsible (item_of (items, f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW)), ==,
                     "李老师");
  }
}

static void
set_rule (Fixture          *f,
          HavenDueRuleKind  rule,
          int               soon_days,
          gboolean          active)
{
  g_autoptr(HavenQuery) query = haven_query_new (HAVEN_TYPE_DUE_SETTING);
  g_autoptr(GPtrArray) settings = haven_test_query_records (f->store, query);

  g_assert_cmpuint (settings->len, ==, HAVEN_N_DUE_RULES);
  for (guint i = 0; i < settings->len; i++)
    {
      HavenRecord *setting = g_ptr_array_index (settings, i);

      if (haven_record_get_int (setting, HAVEN_DUE_SETTING_RULE) != (int) rule)
        continue;
      haven_record_set_int (setting, HAVEN_DUE_SETTING_SOON_DAYS, soon_days);
      haven_record_set_int (setting, HAVEN_DUE_SETTING_ACTIVE, active);
      haven_test_save_ok (f->store, setting);
    }
}

/* The school's own settings: a shorter soon window, a rule turned off. */
static void
test_due_settings (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HavenDueSetting) bad = haven_due_setting_new ();
  g_autoptr(GError) error = NULL;

  set_rule (f, HAVEN_DUE_RULE_CLASS_TALK, 3, TRUE);
  assert_due (f, "2026-11-27", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_OPEN, "2026-11-30");
  assert_due (f, "2026-11-28", f->zhang, HAVEN_DUE_RULE_CLASS_TALK, HAVEN_DUE_SOON, "2026-11-30");

  set_rule (f, HAVEN_DUE_RULE_FAMILY_CALL, 7, FALSE);
  items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_SCHOOL, -1);
  g_assert_null (item_of (items, f->zhang, HAVEN_DUE_RULE_FAMILY_CALL));
  g_assert_nonnull (item_of (items, f->zhang, HAVEN_DUE_RULE_CLASS_TALK));

  /* A soon window longer than the period is refused by the model. */
  haven_record_set_int (HAVEN_RECORD (bad), HAVEN_DUE_SETTING_RULE, HAVEN_DUE_RULE_MENTOR_TALK);
  haven_record_set_int (HAVEN_RECORD (bad), HAVEN_DUE_SETTING_PERIOD, HAVEN_DUE_PERIOD_WEEK);
  haven_record_set_int (HAVEN_RECORD (bad), HAVEN_DUE_SETTING_SOON_DAYS, 8);
  g_assert_cmpint (haven_test_save (f->store, bad, &error), ==, 0);
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_INVALID);
}

/* "My children": a class teacher's classes, a mentor's mentees. */
static void
test_due_mine (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HavenSession) wang = haven_session_new (f->wang, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  g_autoptr(HavenSession) li = haven_session_new (f->li, "李老师", HAVEN_STAFF_ROLE_SUBJECT_TEACHER);
  g_autoptr(GPtrArray) items = NULL;

  haven_store_set_session (f->store, wang);
  items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_MINE, HAVEN_DUE_RULE_CLASS_TALK);
  /* Six children of 三（1）班, not 孙七 of 四（2）班. */
  g_assert_cmpuint (items->len, ==, 6);
  g_assert_null (item_of (items, f->other, HAVEN_DUE_RULE_CLASS_TALK));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_MINE, HAVEN_DUE_RULE_MENTOR_TALK);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  haven_store_set_session (f->store, li);
  items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_MINE, -1);
  /* The current mentee's weekly talk, the ended pairing's (not asked),
   * and the plan 李老师 is responsible for. */
  g_assert_nonnull (item_of (items, f->zhao_si, HAVEN_DUE_RULE_MENTOR_TALK));
  g_assert_nonnull (item_of (items, f->chen_wu, HAVEN_DUE_RULE_PLAN_REVIEW));
  g_assert_null (item_of (items, f->zhang, HAVEN_DUE_RULE_CLASS_TALK));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* In class and name order, each child's rules in order. */
  haven_store_set_session (f->store, NULL);
  items = due (f->store, "2026-11-22", HAVEN_DUE_SCOPE_SCHOOL, -1);
  g_assert_cmpint (haven_due_item_get_class_id (g_ptr_array_index (items, 0)), ==, f->class_a);
  g_assert_cmpint (haven_due_item_get_class_id (g_ptr_array_index (items, items->len - 1)), ==, f->class_b);
  g_assert_cmpint (haven_due_item_get_rule (g_ptr_array_index (items, 0)), ==, HAVEN_DUE_RULE_CLASS_TALK);
  g_assert_cmpint (haven_due_item_get_rule (g_ptr_array_index (items, 1)), ==, HAVEN_DUE_RULE_MENTOR_TALK);
}

/* The overview's figures agree with the lists. */
static void
test_due_summary (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HavenDueSummary) figures = summary (f->store, "2026-12-01");
  g_autoptr(HavenDueSummary) copy = NULL;
  g_autoptr(GPtrArray) items = due (f->store, "2026-12-01", HAVEN_DUE_SCOPE_SCHOOL, -1);
  guint counted[HAVEN_N_DUE_RULES][HAVEN_DUE_N_STATUSES] = { { 0 } };

  for (guint i = 0; i < items->len; i++)
    {
      HavenDueItem *item = g_ptr_array_index (items, i);
      counted[haven_due_item_get_rule (item)][haven_due_item_get_status (item)]++;
    }
  g_assert_cmpmem (counted, sizeof counted, figures->school, sizeof figures->school);
  g_assert_cmpuint (figures->children, ==, 7);
  g_assert_cmpuint (figures->school[HAVEN_DUE_RULE_CLASS_TALK][HAVEN_DUE_OVERDUE], ==, 5);

  /* November's talks, class by class, seen on 30 November. */
  g_clear_pointer (&figures, haven_due_summary_free);
  figures = summary (f->store, "2026-11-30");
  g_assert_cmpuint (figures->classes->len, ==, 2);
  g_assert_cmpstr (((HavenClassCoverage *) g_ptr_array_index (figures->classes, 0))->class_name, ==, "三年级（1）班");
  g_assert_cmpuint (((HavenClassCoverage *) g_ptr_array_index (figures->classes, 0))->children, ==, 6);
  g_assert_cmpuint (((HavenClassCoverage *) g_ptr_array_index (figures->classes, 0))->talked, ==, 0);
  g_assert_cmpuint (((HavenClassCoverage *) g_ptr_array_index (figures->classes, 1))->talked, ==, 1);

  copy = haven_due_summary_copy (figures);
  g_assert_cmpuint (copy->classes->len, ==, 2);
  g_assert_cmpstr (((HavenClassCoverage *) g_ptr_array_index (copy->classes, 1))->class_name, ==, "四年级（2）班");
}

/* `haven --due`: a header, then child, class, rule, last done, status. */
static void
test_due_table (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = table (f->store, "2026-12-01", &error);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) first = NULL;

  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Child\tClass\tRule\tLast done\tStatus");
  /* 7 children × 6 rules, then the empty string after the last line. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 * 6 + 1);
  first = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (first), ==, 5);
  g_assert_cmpstr (first[1], ==, "三年级（1）班");
  g_assert_cmpstr (first[2], ==, "Class teacher’s talk");
  g_assert_nonnull (strstr (text, "张一\t三年级（1）班\tClass teacher’s talk\t2026-10-31\tOverdue\n"));
  g_assert_nonnull (strstr (text, "张一\t三年级（1）班\tMentor’s talk\t-\tNot asked\n"));

  g_clear_pointer (&text, g_free);
  text = table (f->store, "2026-13-01", &error);
  g_assert_null (text);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* One rule asked alone reads less (its latest talk with each child, no
 * pairings or plans unless it needs them) and must answer as the scan of
 * every rule does, in the same order, on days before some talks too. */
static char *
describe_item (HavenDueItem *item)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %s %" G_GINT64_FORMAT " %d %d %s %s %s",
                          haven_due_item_get_child_id (item), haven_due_item_get_child_name (item),
                          haven_due_item_get_class_id (item), haven_due_item_get_rule (item),
                          haven_due_item_get_status (item), haven_due_item_get_last_done (item),
                          haven_due_item_get_due_by (item), haven_due_item_get_responsible (item));
}

static void
test_due_one_rule (void)
{
  static const char * const days[] = { "2026-12-01", "2026-11-26", "2026-11-02", "2026-10-15", "2026-09-07" };
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  struct { HavenStore *store; } fixture = { haven_test_open_store (dir->path) }, *f = &fixture;

  /* A sample fills an empty school only. */
  g_assert_true (haven_test_fill_sample (f->store, 120, 7, "2026-12-01", &error));
  g_assert_no_error (error);

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_autoptr(GPtrArray) all = due (f->store, days[d], HAVEN_DUE_SCOPE_SCHOOL, -1);

      for (int rule = 0; rule < HAVEN_N_DUE_RULES; rule++)
        {
          g_autoptr(GPtrArray) one = due (f->store, days[d], HAVEN_DUE_SCOPE_SCHOOL, rule);
          guint n = 0;

          for (guint i = 0; i < all->len; i++)
            {
              HavenDueItem *item = g_ptr_array_index (all, i);
              g_autofree char *expected = NULL;
              g_autofree char *got = NULL;

              if ((int) haven_due_item_get_rule (item) != rule)
                continue;
              g_assert_cmpuint (n, <, one->len);
              expected = describe_item (item);
              got = describe_item (g_ptr_array_index (one, n));
              g_assert_cmpstr (got, ==, expected);
              n++;
            }
          g_assert_cmpuint (n, ==, one->len);
          g_assert_cmpuint (n, >, 0);
        }
    }
  haven_test_finalize_store (&f->store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-due/class-talk", test_due_class_talk);
  ADD ("/store-due/mentor", test_due_mentor);
  ADD ("/store-due/other-rules", test_due_other_rules);
  ADD ("/store-due/settings", test_due_settings);
  ADD ("/store-due/mine", test_due_mine);
  ADD ("/store-due/summary", test_due_summary);
  ADD ("/store-due/table", test_due_table);
  g_test_add_func ("/store-due/one-rule", test_due_one_rule);
#undef ADD

  return g_test_run ();
}
