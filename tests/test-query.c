/* test-query.c: what a list shows: the record type, typed filters, order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-query"

#include "config.h"

#include "haven-activity.h"
#include "haven-activity-query.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-child-query.h"
#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-owned-query.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-pairing-query.h"
#include "haven-parent.h"
#include "haven-query.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-term.h"
#include "haven-test-utils.h"

/* Every settable property of a child query, in the order of the class. */
static const char * const settable[] = {
  "search", "today", "sort", "roll", "class-id", "grade", "reason", "key-support",
  "incomplete", "no-mentor", "village",
};

static void
test_query_defaults (void)
{
  HavenChildQuery *query = haven_child_query_new ();

  g_assert_true (haven_query_get_item_type (HAVEN_QUERY (query)) == HAVEN_TYPE_CHILD);
  g_assert_cmpstr (haven_query_get_search (HAVEN_QUERY (query)), ==, "");
  g_assert_cmpint (haven_child_query_get_sort (query), ==, HAVEN_SORT_CLASS);
  g_assert_cmpint (haven_child_query_get_roll (query), ==, HAVEN_ROLL_CURRENT);
  g_assert_cmpint (haven_child_query_get_class_id (query), ==, 0);
  g_assert_cmpint (haven_child_query_get_grade (query), ==, 0);
  g_assert_cmpint (haven_child_query_get_reason (query), ==, HAVEN_ANY_REASON);
  g_assert_false (haven_child_query_get_key_support (query));
  g_assert_false (haven_child_query_get_incomplete (query));
  g_assert_false (haven_child_query_get_no_mentor (query));
  g_assert_cmpstr (haven_child_query_get_village (query), ==, "");
  g_assert_cmpstr (haven_query_get_today (HAVEN_QUERY (query)), ==, "");
  g_assert_false (haven_child_query_is_filtered (query));

  g_assert_finalize_object (query);

  /* The other lists' filters start open too. */
  {
    HavenQuery *talks = HAVEN_QUERY (haven_talk_query_new ());
    HavenQuery *pairings = HAVEN_QUERY (haven_pairing_query_new ());
    g_autofree char *from = NULL;
    gint64 child_id = -1;
    gboolean current_only = FALSE;
    int kind = 0;

    g_object_get (talks, "child-id", &child_id, "kind", &kind, "from", &from, NULL);
    g_assert_cmpint (child_id, ==, 0);
    g_assert_cmpint (kind, ==, -1);
    g_assert_cmpstr (from, ==, "");
    g_object_get (pairings, "current-only", &current_only, NULL);
    g_assert_true (current_only);

    g_assert_finalize_object (pairings);
    g_assert_finalize_object (talks);
  }
}

static void
set_everything (HavenChildQuery *query)
{
  haven_query_set_search (HAVEN_QUERY (query), "zxm");
  haven_query_set_today (HAVEN_QUERY (query), "2026-11-22");
  haven_child_query_set_sort (query, HAVEN_SORT_BIRTHDAY);
  haven_child_query_set_roll (query, HAVEN_ROLL_LEFT);
  haven_child_query_set_class_id (query, 12);
  haven_child_query_set_grade (query, 3);
  haven_child_query_set_reason (query, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  haven_child_query_set_key_support (query, TRUE);
  haven_child_query_set_incomplete (query, TRUE);
  haven_child_query_set_no_mentor (query, TRUE);
  haven_child_query_set_village (query, "羊排村");
}

static void
assert_everything (HavenChildQuery *query)
{
  g_assert_cmpstr (haven_query_get_search (HAVEN_QUERY (query)), ==, "zxm");
  g_assert_cmpstr (haven_query_get_today (HAVEN_QUERY (query)), ==, "2026-11-22");
  g_assert_cmpint (haven_child_query_get_sort (query), ==, HAVEN_SORT_BIRTHDAY);
  g_assert_cmpint (haven_child_query_get_roll (query), ==, HAVEN_ROLL_LEFT);
  g_assert_cmpint (haven_child_query_get_class_id (query), ==, 12);
  g_assert_cmpint (haven_child_query_get_grade (query), ==, 3);
  g_assert_cmpint (haven_child_query_get_reason (query), ==, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  g_assert_true (haven_child_query_get_key_support (query));
  g_assert_true (haven_child_query_get_incomplete (query));
  g_assert_true (haven_child_query_get_no_mentor (query));
  g_assert_cmpstr (haven_child_query_get_village (query), ==, "羊排村");
  g_assert_true (haven_child_query_is_filtered (query));
}

static void
test_query_properties (void)
{
  HavenChildQuery *query = haven_child_query_new ();
  g_autofree char *search = NULL;
  g_autofree char *today = NULL;
  g_autofree char *village = NULL;
  int sort, roll, grade, reason;
  gint64 class_id;
  gboolean key_support, incomplete, no_mentor;
  GType item_type;

  /* Set through properties, read through getters. */
  g_object_set (query,
                "search", "zxm",
                "today", "2026-11-22",
                "sort", HAVEN_SORT_BIRTHDAY,
                "roll", HAVEN_ROLL_LEFT,
                "class-id", (gint64) 12,
                "grade", 3,
                "reason", HAVEN_LEFT_BEHIND_FATHER_AWAY,
                "key-support", TRUE,
                "incomplete", TRUE,
                "no-mentor", TRUE,
                "village", "羊排村",
                NULL);
  assert_everything (query);

  /* And the other way round. */
  g_object_get (query,
                "item-type", &item_type,
                "search", &search,
                "today", &today,
                "sort", &sort,
                "roll", &roll,
                "class-id", &class_id,
                "grade", &grade,
                "reason", &reason,
                "key-support", &key_support,
                "incomplete", &incomplete,
                "no-mentor", &no_mentor,
                "village", &village,
                NULL);
  g_assert_true (item_type == HAVEN_TYPE_CHILD);
  g_assert_cmpstr (search, ==, "zxm");
  g_assert_cmpstr (today, ==, "2026-11-22");
  g_assert_cmpint (sort, ==, HAVEN_SORT_BIRTHDAY);
  g_assert_cmpint (roll, ==, HAVEN_ROLL_LEFT);
  g_assert_cmpint (class_id, ==, 12);
  g_assert_cmpint (grade, ==, 3);
  g_assert_cmpint (reason, ==, HAVEN_LEFT_BEHIND_FATHER_AWAY);
  g_assert_true (key_support);
  g_assert_true (incomplete);
  g_assert_true (no_mentor);
  g_assert_cmpstr (village, ==, "羊排村");

  /* NULL strings read back as "". */
  haven_query_set_search (HAVEN_QUERY (query), NULL);
  haven_query_set_today (HAVEN_QUERY (query), NULL);
  haven_child_query_set_village (query, NULL);
  g_assert_cmpstr (haven_query_get_search (HAVEN_QUERY (query)), ==, "");
  g_assert_cmpstr (haven_query_get_today (HAVEN_QUERY (query)), ==, "");
  g_assert_cmpstr (haven_child_query_get_village (query), ==, "");

  /* Booleans are normalised. */
  haven_child_query_set_key_support (query, 5);
  g_assert_cmpint (haven_child_query_get_key_support (query), ==, TRUE);

  g_assert_finalize_object (query);
}

static void
test_query_notify (void)
{
  HavenChildQuery *query = haven_child_query_new ();
  guint counts[G_N_ELEMENTS (settable)] = { 0 };
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    haven_test_count_notify (query, settable[i], &counts[i]);

  /* Setting the defaults again emits nothing. */
  haven_query_set_search (HAVEN_QUERY (query), "");
  haven_query_set_search (HAVEN_QUERY (query), NULL);
  haven_query_set_today (HAVEN_QUERY (query), "");
  haven_child_query_set_sort (query, HAVEN_SORT_CLASS);
  haven_child_query_set_roll (query, HAVEN_ROLL_CURRENT);
  haven_child_query_set_class_id (query, 0);
  haven_child_query_set_grade (query, 0);
  haven_child_query_set_reason (query, HAVEN_ANY_REASON);
  haven_child_query_set_key_support (query, FALSE);
  haven_child_query_set_incomplete (query, FALSE);
  haven_child_query_set_no_mentor (query, FALSE);
  haven_child_query_set_village (query, "");
  g_object_set (query, "search", "", "grade", 0, "village", NULL, NULL);
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
  g_object_set (query, "search", "zxm", "key-support", TRUE, "village", "羊排村", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (settable); i++)
    g_assert_cmpuint (counts[i], ==, 1);

  g_assert_finalize_object (query);
}

static void
test_query_copy (void)
{
  HavenChildQuery *query = haven_child_query_new ();
  HavenChildQuery *copy;
  guint n_notify = 0;

  set_everything (query);
  haven_test_count_notify (query, "search", &n_notify);

  copy = HAVEN_CHILD_QUERY (haven_query_copy (HAVEN_QUERY (query)));
  g_assert_true (copy != query);
  assert_everything (copy);
  g_assert_cmpuint (n_notify, ==, 0);

  /* The two go their own ways. */
  haven_query_set_search (HAVEN_QUERY (copy), "李");
  haven_child_query_set_village (copy, "");
  g_assert_cmpstr (haven_query_get_search (HAVEN_QUERY (query)), ==, "zxm");
  g_assert_cmpstr (haven_child_query_get_village (query), ==, "羊排村");

  g_assert_finalize_object (copy);
  g_assert_finalize_object (query);

  /* A query of rows owned by one record keeps its owner. */
  {
    HavenOwnedQuery *owned = haven_owned_query_new (HAVEN_TYPE_PAIRING_CHECK, "pairing-id", 7);
    HavenOwnedQuery *owned_copy = HAVEN_OWNED_QUERY (haven_query_copy (HAVEN_QUERY (owned)));

    g_assert_true (haven_query_get_item_type (HAVEN_QUERY (owned_copy)) == HAVEN_TYPE_PAIRING_CHECK);
    g_assert_cmpstr (haven_owned_query_get_owner_field (owned_copy), ==, "pairing-id");
    g_assert_cmpint (haven_owned_query_get_owner_id (owned_copy), ==, 7);
    haven_owned_query_set_owner_id (owned_copy, 8);
    g_assert_cmpint (haven_owned_query_get_owner_id (owned), ==, 7);

    g_assert_finalize_object (owned_copy);
    g_assert_finalize_object (owned);
  }
}

static void
test_query_item_types (void)
{
  struct
  {
    HavenQuery *query;
    GType     (*get_type) (void);
  } kinds[] = {
    { HAVEN_QUERY (haven_child_query_new ()), haven_child_get_type },
    { HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PARENT, "child-id", 1)), haven_parent_get_type },
    { HAVEN_QUERY (haven_pairing_query_new ()), haven_pairing_get_type },
    { HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PAIRING_CHECK, "pairing-id", 1)), haven_pairing_check_get_type },
    { HAVEN_QUERY (haven_mentor_query_new ()), haven_mentor_get_type },
    { HAVEN_QUERY (haven_activity_query_new ()), haven_activity_get_type },
    { HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_ATTENDANCE, "activity-id", 1)), haven_attendance_get_type },
    { HAVEN_QUERY (haven_talk_query_new ()), haven_talk_get_type },
    { HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_CHANGE, "child-id", 1)), haven_change_get_type },
    { haven_query_new (HAVEN_TYPE_STAFF), haven_staff_get_type },
    { haven_query_new (HAVEN_TYPE_SCHOOL_CLASS), haven_school_class_get_type },
    { haven_query_new (HAVEN_TYPE_TERM), haven_term_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      HavenQuery *query = kinds[i].query;
      HavenQuery *copy = haven_query_copy (query);

      g_assert_true (haven_query_get_item_type (query) == kinds[i].get_type ());
      g_assert_true (g_type_is_a (haven_query_get_item_type (query), HAVEN_TYPE_RECORD));
      g_assert_true (haven_query_get_item_type (copy) == kinds[i].get_type ());
      g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (query));

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

  /* An owner that is not a reference field of the type is refused. */
  g_test_expect_message ("haven-owned-query", G_LOG_LEVEL_CRITICAL, "*assertion*field >= 0*failed*");
  g_assert_null (haven_owned_query_new (HAVEN_TYPE_CHANGE, "no-such-field", 1));
  g_test_assert_expected_messages ();
  g_test_expect_message ("haven-owned-query", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_FIELD_REF*failed*");
  g_assert_null (haven_owned_query_new (HAVEN_TYPE_CHANGE, "field", 1));
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
