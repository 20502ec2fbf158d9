/* test-pairing-rules.c: capacity, who arranges, current pairings, card flags, search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-pairing-rules"

#include "config.h"

#include "haven-pairing-rules.h"
#include "haven-pinyin.h"
#include "haven-session.h"

static void
test_capacity (void)
{
  /* A mentor's own capacity, else the school's, else 3. */
  g_assert_cmpint (haven_pairing_effective_capacity (2, 5), ==, 2);
  g_assert_cmpint (haven_pairing_effective_capacity (0, 5), ==, 5);
  g_assert_cmpint (haven_pairing_effective_capacity (0, 0), ==, HAVEN_MENTOR_DEFAULT_CAPACITY);
  g_assert_cmpint (HAVEN_MENTOR_DEFAULT_CAPACITY, ==, 3);

  g_assert_true (haven_pairing_has_room (0, 1));
  g_assert_true (haven_pairing_has_room (2, 3));
  g_assert_false (haven_pairing_has_room (3, 3));
  g_assert_false (haven_pairing_has_room (4, 3));
}

static void
test_may_arrange (void)
{
  static const struct { HavenStaffRole role; gboolean may; } roles[] = {
    { HAVEN_STAFF_ROLE_HEADTEACHER, TRUE },
    { HAVEN_STAFF_ROLE_CLASS_TEACHER, FALSE },
    { HAVEN_STAFF_ROLE_SUBJECT_TEACHER, FALSE },
    { HAVEN_STAFF_ROLE_COUNSELLOR, FALSE },
    { HAVEN_STAFF_ROLE_VOLUNTEER, FALSE },
    { HAVEN_STAFF_ROLE_MENTOR, FALSE },
    { HAVEN_STAFF_ROLE_VIEWER, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(HavenSession) session = haven_session_new (1, "某人", roles[i].role);

      g_assert_cmpint (haven_pairing_may_arrange (session), ==, roles[i].may);
    }
  /* The program's own work (the sample school, an import). */
  g_assert_true (haven_pairing_may_arrange (NULL));
}

static void
test_current (void)
{
  g_assert_true (haven_pairing_is_current ("2026-09-01", "", "2026-11-22"));
  g_assert_true (haven_pairing_is_current ("2026-11-22", "", "2026-11-22"));
  g_assert_false (haven_pairing_is_current ("2026-11-23", "", "2026-11-22"));
  g_assert_true (haven_pairing_is_current ("2026-09-01", "2026-11-23", "2026-11-22"));
  /* It ends on its end date: a child moved today is with the new mentor. */
  g_assert_false (haven_pairing_is_current ("2026-09-01", "2026-11-22", "2026-11-22"));
  g_assert_false (haven_pairing_is_current ("2026-09-01", "2026-10-01", "2026-11-22"));
  g_assert_false (haven_pairing_is_current ("2026-11-22", "2026-11-22", "2026-11-22"));
}

static void
test_card_flags (void)
{
  g_assert_cmpint (haven_card_flags_for (FALSE, HAVEN_STUDY_GOOD, 0, 0), ==, HAVEN_CARD_FLAG_NONE);
  g_assert_cmpint (haven_card_flags_for (TRUE, HAVEN_STUDY_GOOD, 0, 0), ==, HAVEN_CARD_FLAG_KEY_SUPPORT);
  g_assert_cmpint (haven_card_flags_for (FALSE, HAVEN_STUDY_STRUGGLING, 0, 0), ==, HAVEN_CARD_FLAG_AT_RISK);
  /* A potential pupil (潜能生) is not at risk. */
  g_assert_cmpint (haven_card_flags_for (FALSE, HAVEN_STUDY_POTENTIAL, 0, 0), ==, HAVEN_CARD_FLAG_NONE);
  g_assert_cmpint (haven_card_flags_for (FALSE, HAVEN_STUDY_UNKNOWN, 2, 0), ==, HAVEN_CARD_FLAG_INCOMPLETE);
  g_assert_cmpint (haven_card_flags_for (TRUE, HAVEN_STUDY_STRUGGLING, 1, 0), ==,
                   HAVEN_CARD_FLAG_KEY_SUPPORT | HAVEN_CARD_FLAG_AT_RISK | HAVEN_CARD_FLAG_INCOMPLETE);
  g_assert_cmpint (haven_card_flags_for (FALSE, HAVEN_STUDY_GOOD, 0, HAVEN_CARE_RISK_ALONE), ==,
                   HAVEN_CARD_FLAG_CARE_RISK);
}

static gboolean
finds (const char *typed,
       const char *name)
{
  g_autofree char *pinyin = haven_pinyin_full (name);
  g_autofree char *initials = haven_pinyin_initials (name);
  HavenNameSearch search = { 0 };
  gboolean found;

  haven_name_search_init (&search, typed);
  found = haven_name_search_matches (&search, name, pinyin, initials);
  haven_name_search_clear (&search);
  return found;
}

static void
test_name_search (void)
{
  /* Characters, full pinyin (spaces and case ignored), initials. */
  g_assert_true (finds ("陈舒菲", "陈舒菲"));
  g_assert_true (finds ("舒菲", "陈舒菲"));
  g_assert_true (finds ("chenshufei", "陈舒菲"));
  g_assert_true (finds ("Chen Shu", "陈舒菲"));
  g_assert_true (finds ("shufei", "陈舒菲"));
  g_assert_true (finds ("csf", "陈舒菲"));
  g_assert_true (finds ("CS", "陈舒菲"));
  g_assert_true (finds ("", "陈舒菲"));
  /* Initials match from the start only; other names do not match. */
  g_assert_false (finds ("sf", "陈舒菲"));
  g_assert_false (finds ("wang", "陈舒菲"));
  g_assert_false (finds ("李", "陈舒菲"));
  /* A Latin name, as LIKE compares it. */
  g_assert_true (finds ("anna", "Anna"));
}

/* The weekly mentor talk: weeks run Monday to Sunday; overdue once a
 * whole week has gone by without one. 2026-11-02 and 2026-11-09 are
 * Mondays; 2026-11-08 a Sunday. */
static void
test_mentor_talk_overdue (void)
{
  /* Talked on Sunday: the next week (9–15 Nov) may pass up to its end. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-11-08", "2026-11-15"));
  g_assert_true (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-11-08", "2026-11-16"));
  /* Talked on Monday the 2nd: the same boundary, a week later counts. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-11-02", "2026-11-15"));
  g_assert_true (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-11-02", "2026-11-16"));
  /* Never talked: counted from the week the pairing started. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-11-04", "", "", "2026-11-15"));
  g_assert_true (haven_card_mentor_talk_overdue ("2026-11-04", "", "", "2026-11-16"));
  /* A talk with an earlier mentor does not count against a new pairing. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-11-10", "", "2026-09-01", "2026-11-20"));
  /* Ended pairings and unreadable dates are never overdue. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-09-01", "2026-10-01", "", "2026-11-16"));
  g_assert_false (haven_card_mentor_talk_overdue ("", "", "", "2026-11-16"));
  g_assert_false (haven_card_mentor_talk_overdue ("2026-09-01", "", "", "2026-13-45"));
  /* Across a year's end: 2026-12-28 and 2027-01-04 are Mondays. */
  g_assert_false (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-12-28", "2027-01-10"));
  g_assert_true (haven_card_mentor_talk_overdue ("2026-09-01", "", "2026-12-28", "2027-01-11"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pairing-rules/mentor-talk-overdue", test_mentor_talk_overdue);
  g_test_add_func ("/pairing-rules/capacity", test_capacity);
  g_test_add_func ("/pairing-rules/may-arrange", test_may_arrange);
  g_test_add_func ("/pairing-rules/current", test_current);
  g_test_add_func ("/pairing-rules/card-flags", test_card_flags);
  g_test_add_func ("/pairing-rules/name-search", test_name_search);

  return g_test_run ();
}
