/* test-pairing-suggest.c: the order of preference of the proposed mentors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-pairing-suggest"

#include "config.h"

#include "haven-pairing-suggest.h"

/* Staff ids, class ids. */
#define TEACHER_WANG 10
#define TEACHER_ZHAO 11
#define CLASS_1 1
#define CLASS_2 2

static void
add_mentor (HavenPairingSuggester *s,
            gint64                 id,
            HavenMentorKind        kind,
            gint64                 staff_id,
            gint64                 class_id,
            int                    load,
            int                    capacity)
{
  HavenSuggestMentor mentor = { id, staff_id, class_id, 0, kind, capacity, load };

  haven_pairing_suggester_add_mentor (s, &mentor);
}

static void
add_child (HavenPairingSuggester *s,
           gint64                 id,
           gint64                 class_id,
           gint64                 class_teacher,
           const char            *village,
           gboolean               key_support)
{
  HavenSuggestChild child = { id, class_id, class_teacher, village, key_support };

  haven_pairing_suggester_add_child (s, &child);
}

static const HavenSuggestion *
line_of (GArray *lines,
         gint64  child_id)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, HavenSuggestion, i).child_id == child_id)
      return &g_array_index (lines, HavenSuggestion, i);
  g_assert_not_reached ();
}

static void
assert_line (GArray             *lines,
             gint64              child_id,
             gint64              mentor_id,
             HavenSuggestReason  reason)
{
  const HavenSuggestion *line = line_of (lines, child_id);

  g_test_message ("child %" G_GINT64_FORMAT ": mentor %" G_GINT64_FORMAT ", reason %d",
                  child_id, line->mentor_id, line->reason);
  g_assert_cmpint (line->mentor_id, ==, mentor_id);
  g_assert_cmpint (line->reason, ==, reason);
}

/* Class teacher, then a teacher of the class, then a mentor with children
 * in the village, then the lowest load; each proposal fills its mentor. */
static void
test_order (void)
{
  g_autoptr(HavenPairingSuggester) s = haven_pairing_suggester_new ();
  g_autoptr(GArray) lines = NULL;

  /* The board's order: 1 is first. */
  add_mentor (s, 1, HAVEN_MENTOR_KIND_TEACHER, TEACHER_WANG, CLASS_1, 2, 3);   /* class 1's teacher */
  add_mentor (s, 2, HAVEN_MENTOR_KIND_TEACHER, 20, CLASS_1, 2, 3);             /* teaches class 1 */
  add_mentor (s, 3, HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 1, 2);              /* has a child in 羊排村 */
  add_mentor (s, 4, HAVEN_MENTOR_KIND_VOLUNTEER, 0, 0, 0, 1);                  /* the lightest load */
  haven_pairing_suggester_add_mentee (s, 3, "羊排村");

  add_child (s, 101, CLASS_1, TEACHER_WANG, "羊排村", FALSE);
  add_child (s, 102, CLASS_1, TEACHER_WANG, "羊排村", FALSE);
  add_child (s, 103, CLASS_1, TEACHER_WANG, "羊排村", FALSE);
  add_child (s, 104, CLASS_1, TEACHER_WANG, "羊排村", FALSE);
  add_child (s, 105, CLASS_1, TEACHER_WANG, "羊排村", FALSE);

  lines = haven_pairing_suggester_run (s);
  g_assert_cmpuint (lines->len, ==, 5);
  assert_line (lines, 101, 1, HAVEN_SUGGEST_CLASS_TEACHER);
  /* The class teacher is full (3 of 3): a teacher of the class. */
  assert_line (lines, 102, 2, HAVEN_SUGGEST_TEACHES_CLASS);
  assert_line (lines, 103, 3, HAVEN_SUGGEST_SAME_VILLAGE);
  g_assert_cmpint (line_of (lines, 103)->in_village, ==, 1);
  /* Mentor 3 is full now (2 of 2); 4 has the lowest load. */
  assert_line (lines, 104, 4, HAVEN_SUGGEST_LOWEST_LOAD);
  g_assert_cmpint (line_of (lines, 104)->load, ==, 0);
  g_assert_cmpint (line_of (lines, 104)->capacity, ==, 1);
  /* Never above capacity: nobody has room for the last one. */
  assert_line (lines, 105, 0, HAVEN_SUGGEST_NO_ROOM);
}

/* Two mentors alike for a rule: the lighter load wins, and at equal load
 * the one first on the board. */
static void
test_tie (void)
{
  g_autoptr(HavenPairingSuggester) s = haven_pairing_suggester_new ();
  g_autoptr(GArray) lines = NULL;

  /* Two volunteers with one child each: a tie. */
  add_mentor (s, 7, HAVEN_MENTOR_KIND_VOLUNTEER, 0, 0, 1, 3);
  add_mentor (s, 5, HAVEN_MENTOR_KIND_VOLUNTEER, 0, 0, 1, 3);
  add_child (s, 201, CLASS_2, TEACHER_ZHAO, "", FALSE);
  add_child (s, 202, CLASS_2, TEACHER_ZHAO, "", FALSE);
  add_child (s, 203, CLASS_2, TEACHER_ZHAO, "", FALSE);

  lines = haven_pairing_suggester_run (s);
  /* The first on the board takes the tie, whatever its id; then the other
   * has the lighter load; then the tie again. */
  assert_line (lines, 201, 7, HAVEN_SUGGEST_LOWEST_LOAD);
  assert_line (lines, 202, 5, HAVEN_SUGGEST_LOWEST_LOAD);
  assert_line (lines, 203, 7, HAVEN_SUGGEST_LOWEST_LOAD);
}

/* In a village, the mentor with more children there wins over a lighter
 * load; at equal counts, the lighter load; then the board's order. */
static void
test_village_tie (void)
{
  g_autoptr(HavenPairingSuggester) s = haven_pairing_suggester_new ();
  g_autoptr(GArray) lines = NULL;

  add_mentor (s, 1, HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 1, 5);
  add_mentor (s, 2, HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 2, 5);
  add_mentor (s, 3, HAVEN_MENTOR_KIND_CARING_PARENT, 0, 0, 2, 5);
  haven_pairing_suggester_add_mentee (s, 1, "石桥村");
  haven_pairing_suggester_add_mentee (s, 2, "石桥村");
  haven_pairing_suggester_add_mentee (s, 2, "石桥村");
  haven_pairing_suggester_add_mentee (s, 3, "石桥村");
  haven_pairing_suggester_add_mentee (s, 3, "石桥村");
  add_child (s, 301, 0, 0, "石桥村", FALSE);
  add_child (s, 302, 0, 0, "石桥村", FALSE);

  lines = haven_pairing_suggester_run (s);
  /* 2 and 3 both have two children there and a load of 2: 2 is first. */
  assert_line (lines, 301, 2, HAVEN_SUGGEST_SAME_VILLAGE);
  g_assert_cmpint (line_of (lines, 301)->in_village, ==, 2);
  /* Now 2 has three there. */
  assert_line (lines, 302, 2, HAVEN_SUGGEST_SAME_VILLAGE);
  g_assert_cmpint (line_of (lines, 302)->in_village, ==, 3);
}

/* Key-support children are served first, when there is still room. */
static void
test_key_support_first (void)
{
  g_autoptr(HavenPairingSuggester) s = haven_pairing_suggester_new ();
  g_autoptr(GArray) lines = NULL;

  add_mentor (s, 1, HAVEN_MENTOR_KIND_TEACHER, 0, 0, 0, 1);
  add_child (s, 401, 0, 0, "", FALSE);
  add_child (s, 402, 0, 0, "", TRUE);

  lines = haven_pairing_suggester_run (s);
  g_assert_cmpint (g_array_index (lines, HavenSuggestion, 0).child_id, ==, 402);
  assert_line (lines, 402, 1, HAVEN_SUGGEST_LOWEST_LOAD);
  assert_line (lines, 401, 0, HAVEN_SUGGEST_NO_ROOM);
}

/* A pupil mentor is never proposed for their own file. */
static void
test_not_own_file (void)
{
  g_autoptr(HavenPairingSuggester) s = haven_pairing_suggester_new ();
  g_autoptr(GArray) lines = NULL;
  HavenSuggestMentor pupil = { 1, 0, CLASS_1, 501, HAVEN_MENTOR_KIND_PEER, 1, 0 };

  haven_pairing_suggester_add_mentor (s, &pupil);
  add_child (s, 501, CLASS_1, 0, "", FALSE);
  add_child (s, 502, CLASS_1, 0, "", FALSE);

  lines = haven_pairing_suggester_run (s);
  assert_line (lines, 501, 0, HAVEN_SUGGEST_NO_ROOM);
  assert_line (lines, 502, 1, HAVEN_SUGGEST_LOWEST_LOAD);
}

static void
test_describe (void)
{
  HavenSuggestion line = { 1, 2, HAVEN_SUGGEST_CLASS_TEACHER, 1, 3, 0 };
  g_autofree char *teacher = haven_suggestion_describe (&line, "三年级（2）班", "羊排村");
  g_autofree char *teaches = NULL;
  g_autofree char *village = NULL;
  g_autofree char *load = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpstr (teacher, ==, "Class teacher of 三年级（2）班");
  line.reason = HAVEN_SUGGEST_TEACHES_CLASS;
  teaches = haven_suggestion_describe (&line, "三年级（2）班", "羊排村");
  g_assert_cmpstr (teaches, ==, "Teaches 三年级（2）班");
  line.reason = HAVEN_SUGGEST_SAME_VILLAGE;
  line.in_village = 2;
  village = haven_suggestion_describe (&line, "三年级（2）班", "羊排村");
  g_assert_cmpstr (village, ==, "Has 2 children in 羊排村 already");
  line.reason = HAVEN_SUGGEST_LOWEST_LOAD;
  load = haven_suggestion_describe (&line, "三年级（2）班", "羊排村");
  g_assert_cmpstr (load, ==, "Lowest load: 1 of 3");
  line.reason = HAVEN_SUGGEST_NO_ROOM;
  none = haven_suggestion_describe (&line, "三年级（2）班", "羊排村");
  g_assert_cmpstr (none, ==, "No mentor has room");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pairing-suggest/order", test_order);
  g_test_add_func ("/pairing-suggest/tie", test_tie);
  g_test_add_func ("/pairing-suggest/village-tie", test_village_tie);
  g_test_add_func ("/pairing-suggest/key-support-first", test_key_support_first);
  g_test_add_func ("/pairing-suggest/not-own-file", test_not_own_file);
  g_test_add_func ("/pairing-suggest/describe", test_describe);

  return g_test_run ();
}
