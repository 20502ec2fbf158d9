/* test-query.c: what a list shows: kind, filters and order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-query"

#include "config.h"

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-parent.h"
#include "haven-query.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-term.h"
#include "haven-test-utils.h"

/* Every settable property, in the order of the class. */
static const char * const settable[] = {
  "search", "sort", "roll", "class-id", "grade", "reason", "key-support",
  "incomplete", "no-mentor", "owner-id", "child-id", "today", "from", "to",
};

static void
test_query_defaults (void)
{
  HavenQuery *query = haven_query_new (HAVEN_QUERY_CHILDREN);

  g_assert_cmpint (haven_query_get_kind (query), ==, HAVEN_QUERY_CHILDREN);
  g_assert_cmpstr (haven_query_get_search (query), ==, "");
  g_assert_cmpint (haven_query_get_sort (query), ==, HAVEN_SORT_CLASS);
  g_assert_cmpint (haven_query_get_roll (query), ==, HAVEN_ROLL_CURRENT);
  g_assert_cmpint (haven_query_get_class_id (query), ==, 0);
  g_assert_cmpint (haven_query_get_grade (query), ==, 0);
  g_assert_cmpint (haven_query_get_reason (query), ==, -1);
  g_assert_false (haven_query_get_key_support (query));
  g_assert_false (haven_query_get_incomplete (query));
  g_assert_false (haven_query_get_no_mentor (query));
  g_assert_cmpint (haven_query_get_owner_id (query), ==, 0);
  g_assert_cmpint (haven_query_get_child_id (query), ==, 0);
  g_assert_cmpstr (haven_query_get_today (query), ==, "");
  g_assert_cmpstr (haven_query_get_from (query), ==, "");
  g_assert_cmpstr (haven_query_get_to (query), ==, "");

  g_assert_finalize_object (query);
}

static void
set_everything (HavenQuery *query)
{
  haven_query_set_search (query, "zxm");
  haven_query_set_sort (query, HAVEN_SORT_BIRTHDAY);
  haven_query_set_roll (query, HAVEN_ROLL_LEFT);
  haven_query_set_class_id (query, 12);
  haven_query_set_grade (query, 3);
  haven_query_set_reason (query, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  haven_query_set_key_support (query, TRUE);
  haven_query_set_incomplete (query, TRUE);
  haven_query_set_no_mentor (query, TRUE);
  haven_query_set_owner_id (query, 7);
  haven_query_set_child_id (query, 9);
  haven_query_set_today (query, "2026-11-22");
  haven_query_set_range (query, "2026-11-01", "2026-12-01");
}

static void
assert_everything (HavenQuery *query)
{
  g_assert_cmpstr (haven_query_get_search (query), ==, "zxm");
  g_assert_cmpint (haven_query_get_sort (query), ==, HAVEN_SORT_BIRTHDAY);
  g_assert_cmpint (haven_query_get_roll (query), ==, HAVEN_ROLL_LEFT);
  g_assert_cmpint (haven_query_get_class_id (query), ==, 12);
  g_assert_cmpint (haven_query_get_grade (query), ==, 3);
  g_assert_cmpint (haven_query_get_reason (query), ==, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  g_assert_true (haven_query_get_key_support (query));
  g_assert_true (haven_query_get_incomplete (query));
  g_assert_true (haven_query_get_no_mentor (query));
  g_assert_cmpint (haven_query_get_owner_id (query), ==, 7);
  g_assert_cmpint (haven_query_get_child_id (query), ==, 9);
  g_assert_cmpstr (haven_query_get_today (query), ==, "2026-11-22");
  g_assert_cmpstr (haven_query_get_from (query), ==, "2026-11-01");
  g_assert_cmpstr (haven_query_get_to (query), ==, "2026-12-01");
}

static void
test_query_properties (void)
{
  HavenQuery *query = haven_query_new (HAVEN_QUERY_TALKS);
  g_autofree char *search = NULL;
  g_autofree char *today = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int kind, sort, roll, grade, reason;
  gint64 class_id, owner_id, child_id;
  gboolean key_support, incomplete, no_mentor;

  /* Set through properties, read through getters. */
  g_object_set (query,
                "search", "zxm",
                "sort", HAVEN_SORT_BIRTHDAY,
                "roll", HAVEN_ROLL_LEFT,
                "class-id", (gint64) 12,
                "grade", 3,
                "reason", HAVEN_LEFT_BEHIND_FATHER_AWAY,
                "key-support", TRUE,
                "incomplete", TRUE,
                "no-mentor", TRUE,
                "owner-id", (gint64) 7,
                "child-id", (gint64) 9,
                "today", "2026-11-22",
                "from", "2026-11-01",
                "to", "2026-12-01",
                NULL);
  assert_everything (query);

  /* And the other way round. */
  g_object_get (query,
                "kind", &kind,
                "search", &search,
                "sort", &sort,
                "roll", &roll,
                "class-id", &class_id,
                "grade", &grade,
                "reason", &reason,
                "key-support", &key_support,
                "incomplete", &incomplete,
                "no-mentor", &no_mentor,
                "owner-id", &owner_id,
                "child-id", &child_id,
                "today", &today,
                "from", &from,
                "to", &to,
                NULL);
  g_assert_cmpint (kind, ==, HAVEN_QUERY_TALKS);
  g_assert_cmpstr (search, ==, "zxm");
  g_assert_cmpint (sort, ==, HAVEN_SORT_BIRTHDAY);
  g_assert_cmpint (roll, ==, HAVEN_ROLL_LEFT);
  g_assert_cmpint (class_id, ==, 12);
  g_assert_cmpint (grade, ==, 3);
  g_assert_cmpint (reason, ==, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  g_assert_true (key_support);
  g_assert_true (incomplete);
  g_assert_true (no_mentor);
  g_assert_cmpint (owner_id, ==, 7);
  g_assert_cmpint (child_id, ==, 9);
  g_assert_cmpstr (today, ==, "2026-11-22");
  g_assert_cmpstr (from, ==, "2026-11-01");
  g_assert_cmpstr (to, ==, "2026-12-01");

  /* NULL strings read back as "". */
  haven_query_set_search (query, NULL);
  haven_query_set_today (query, NULL);
  haven_query_set_range (query, NULL, NULL);
  g_assert_cmpstr (haven_query_get_search (query), ==, "");
  g_assert_cmpstr (haven_query_get_today (query), ==, "");
  g_assert_cmpstr (haven_query_get_from (query), ==, "");
  g_assert_cmpstr (haven_query_get_to (query), ==, "");

  /* Booleans are normalised. */
  haven_query_set_key_support (query, 5);
  g_assert_cmpint (haven_query_get_key_support (query), ==, TRUE);

  g_assert_finalize_object (query);
}

static void
test_query_notify (void)
{
  HavenQuery *query = haven_query_new (HAVEN_QUERY_CHILDREN);
  guint counts[G_N_ELEMENTS (settable)] = { 0 };
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    haven_test_count_notify (query, settable[i], &counts[i]);

  /* Setting the defaults again emits nothing. */
  haven_query_set_search (query, "");
  haven_query_set_search (query, NULL);
  haven_query_set_sort (query, HAVEN_SORT_CLASS);
  haven_query_set_roll (query, HAVEN_ROLL_CURRENT);
  haven_query_set_class_id (query, 0);
  haven_query_set_grade (query, 0);
  haven_query_set_reason (query, -1);
  haven_query_set_key_support (query, FALSE);
  haven_query_set_incomplete (query, FALSE);
  haven_query_set_no_mentor (query, FALSE);
  haven_query_set_owner_id (query, 0);
  haven_query_set_child_id (query, 0);
  haven_query_set_today (query, "");
  haven_query_set_range (query, "", NULL);
  g_object_set (query, "search", "", "grade", 0, "from", "", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    g_assert_cmpuint (counts[i], ==, 0);

  /* Each real change emits exactly one notify of its own property. */
  set_everything (query);
  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    {
      g_test_message ("%s", settable[i]);
      g_assert_cmpuint (counts[i], ==, 1);
      total += counts[i];
    }
  g_assert_cmpuint (total, ==, G_N_ELEMENTS (settable));

  /* And again, the same values: nothing. */
  set_everything (query);
  g_object_set (query, "search", "zxm", "key-support", TRUE, "to", "2026-12-01", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    g_assert_cmpuint (counts[i], ==, 1);

  /* A range change notifies only the end that moved. */
  haven_query_set_range (query, "2026-11-01", "2027-01-01");
  g_assert_cmpuint (counts[12], ==, 1);
  g_assert_cmpuint (counts[13], ==, 2);
  g_object_set (query, "from", "2026-10-01", NULL);
  g_assert_cmpuint (counts[12], ==, 2);
  g_assert_cmpuint (counts[13], ==, 2);
  g_assert_cmpstr (haven_query_get_to (query), ==, "2027-01-01");

  g_assert_finalize_object (query);
}

static void
test_query_copy (void)
{
  HavenQuery *query = haven_query_new (HAVEN_QUERY_PAIRINGS);
  HavenQuery *copy;
  guint n_notify = 0;

  set_everything (query);
  haven_test_count_notify (query, "search", &n_notify);

  copy = haven_query_copy (query);
  g_assert_true (copy != query);
  g_assert_cmpint (haven_query_get_kind (copy), ==, HAVEN_QUERY_PAIRINGS);
  assert_everything (copy);
  g_assert_cmpuint (n_notify, ==, 0);

  /* The two go their own ways. */
  haven_query_set_search (copy, "李");
  haven_query_set_range (copy, "", "");
  g_assert_cmpstr (haven_query_get_search (query), ==, "zxm");
  g_assert_cmpstr (haven_query_get_from (query), ==, "2026-11-01");

  g_assert_finalize_object (copy);
  g_assert_finalize_object (query);
}

static void
test_query_item_types (void)
{
  static const struct
  {
    HavenQueryKind kind;
    GType (*get_type) (void);
  } kinds[] = {
    { HAVEN_QUERY_CHILDREN, haven_child_get_type },
    { HAVEN_QUERY_PARENTS, haven_parent_get_type },
    { HAVEN_QUERY_PAIRINGS, haven_pairing_get_type },
    { HAVEN_QUERY_PAIRING_CHECKS, haven_pairing_check_get_type },
    { HAVEN_QUERY_MENTORS, haven_mentor_get_type },
    { HAVEN_QUERY_ACTIVITIES, haven_activity_get_type },
    { HAVEN_QUERY_ATTENDANCE, haven_attendance_get_type },
    { HAVEN_QUERY_TALKS, haven_talk_get_type },
    { HAVEN_QUERY_CHANGES, haven_change_get_type },
    { HAVEN_QUERY_STAFF, haven_staff_get_type },
    { HAVEN_QUERY_CLASSES, haven_school_class_get_type },
    { HAVEN_QUERY_TERMS, haven_term_get_type },
  };

  /* Every kind is listed, once. */
  g_assert_cmpuint (G_N_ELEMENTS (kinds), ==, HAVEN_QUERY_TERMS + 1);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      HavenQuery *query = haven_query_new (kinds[i].kind);
      HavenQuery *copy = haven_query_copy (query);

      g_assert_cmpint (kinds[i].kind, ==, i);
      g_assert_true (haven_query_get_item_type (query) == kinds[i].get_type ());
      g_assert_true (g_type_is_a (haven_query_get_item_type (query), HAVEN_TYPE_RECORD));
      g_assert_true (haven_query_get_item_type (copy) == kinds[i].get_type ());

      g_assert_finalize_object (copy);
      g_assert_finalize_object (query);
    }
}

static void
test_query_preconditions (void)
{
  g_test_expect_message ("haven-query", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_QUERY*failed*");
  haven_query_set_search (NULL, "x");
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-query", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_QUERY*failed*");
  g_assert_null (haven_query_copy (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-query", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_QUERY*failed*");
  g_assert_true (haven_query_get_item_type (NULL) == G_TYPE_INVALID);
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/query/defaults", test_query_defaults);
  g_test_add_func ("/query/properties", test_query_properties);
  g_test_add_func ("/query/notify", test_query_notify);
  g_test_add_func ("/query/copy", test_query_copy);
  g_test_add_func ("/query/item-types", test_query_item_types);
  g_test_add_func ("/query/preconditions", test_query_preconditions);

  return g_test_run ();
}
