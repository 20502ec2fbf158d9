/* test-child-file.c: a child's contact card and what it still lacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-child-file"

#include "config.h"

#include "haven-child-file.h"
#include "haven-test-utils.h"

#define ALL_MISSING (HAVEN_MISSING_NAME | HAVEN_MISSING_GENDER | HAVEN_MISSING_BIRTH_DATE \
                     | HAVEN_MISSING_CLASS | HAVEN_MISSING_ADDRESS | HAVEN_MISSING_REASON \
                     | HAVEN_MISSING_GUARDIAN_NAME | HAVEN_MISSING_GUARDIAN_PHONE \
                     | HAVEN_MISSING_PARENT_PHONE | HAVEN_MISSING_FATHER_WORKPLACE \
                     | HAVEN_MISSING_MOTHER_WORKPLACE)

static void
test_child_file_empty (void)
{
  HavenChildFile *file = haven_child_file_new ();
  HavenMissing missing = haven_child_file_get_missing (file);

  g_assert_true (HAVEN_IS_CHILD (haven_child_file_get_child (file)));
  g_assert_true (HAVEN_IS_PARENT (haven_child_file_get_father (file)));
  g_assert_true (HAVEN_IS_PARENT (haven_child_file_get_mother (file)));
  g_assert_true (HAVEN_IS_GUARDIAN (haven_child_file_get_guardian (file)));
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (haven_child_file_get_father (file)), HAVEN_PARENT_ROLE),
                   ==, HAVEN_PARENT_ROLE_FATHER);
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (haven_child_file_get_mother (file)), HAVEN_PARENT_ROLE),
                   ==, HAVEN_PARENT_ROLE_MOTHER);

  /* Nobody is marked away yet, so no work place is asked for. */
  g_assert_cmpuint (missing, ==, HAVEN_MISSING_NAME | HAVEN_MISSING_GENDER | HAVEN_MISSING_BIRTH_DATE
                                 | HAVEN_MISSING_CLASS | HAVEN_MISSING_ADDRESS | HAVEN_MISSING_REASON
                                 | HAVEN_MISSING_GUARDIAN_NAME | HAVEN_MISSING_GUARDIAN_PHONE
                                 | HAVEN_MISSING_PARENT_PHONE);
  g_assert_cmpuint (haven_missing_count (missing), ==, 9);

  g_assert_finalize_object (file);
}

static void
test_child_file_complete (void)
{
  HavenChildFile *file = haven_test_child_file_new ("张小明", 3, "13812345678");

  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);
  g_assert_cmpuint (haven_missing_count (haven_child_file_get_missing (file)), ==, 0);

  g_assert_finalize_object (file);
}

static void
test_child_file_blank (void)
{
  HavenChildFile *file = haven_test_child_file_new ("张小明", 3, "13812345678");
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));
  HavenRecord *guardian = HAVEN_RECORD (haven_child_file_get_guardian (file));

  /* Spaces only are as good as nothing. */
  haven_record_set_string (child, HAVEN_CHILD_NAME, "  \t");
  haven_record_set_string (guardian, HAVEN_GUARDIAN_PHONE, " ");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==,
                    HAVEN_MISSING_NAME | HAVEN_MISSING_GUARDIAN_PHONE);
  g_assert_cmpuint (haven_missing_count (haven_child_file_get_missing (file)), ==, 2);

  haven_record_set_int (child, HAVEN_CHILD_GENDER, HAVEN_GENDER_UNKNOWN);
  haven_record_set_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID, 0);
  haven_record_set_int (child, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_UNKNOWN);
  g_assert_cmpuint (haven_child_file_get_missing (file), ==,
                    HAVEN_MISSING_NAME | HAVEN_MISSING_GUARDIAN_PHONE | HAVEN_MISSING_GENDER
                    | HAVEN_MISSING_CLASS | HAVEN_MISSING_REASON);

  g_assert_finalize_object (file);
}

/* A date that is no date (2020-13-45) is as missing as an empty one: the
 * "still lacks" hint once dropped it. */
static void
test_child_file_invalid_date (void)
{
  const char *bad[] = { "2020-13-45", "2019-02-29", "2020-00-10", "20200101", "明年" };
  HavenChildFile *file = haven_test_child_file_new ("王芳", 3, "13812345678");
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));

  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("birth date \"%s\"", bad[i]);
      haven_record_set_string (child, HAVEN_CHILD_BIRTH_DATE, bad[i]);
      g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_BIRTH_DATE);
    }
  /* 2020 is a leap year. */
  haven_record_set_string (child, HAVEN_CHILD_BIRTH_DATE, "2020-02-29");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);

  g_assert_finalize_object (file);
}

static void
test_child_file_away_parents (void)
{
  HavenChildFile *file = haven_test_child_file_new ("李华", 3, "13812345678");
  HavenRecord *father = HAVEN_RECORD (haven_child_file_get_father (file));
  HavenRecord *mother = HAVEN_RECORD (haven_child_file_get_mother (file));

  /* Away without a work place. */
  haven_record_set_string (father, HAVEN_PARENT_WORK_PLACE, "");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_FATHER_WORKPLACE);
  haven_record_set_string (mother, HAVEN_PARENT_WORK_PLACE, " ");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==,
                    HAVEN_MISSING_FATHER_WORKPLACE | HAVEN_MISSING_MOTHER_WORKPLACE);

  /* At home, nobody needs to know where they work. */
  haven_record_set_int (father, HAVEN_PARENT_AWAY, FALSE);
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_MOTHER_WORKPLACE);
  haven_record_set_string (mother, HAVEN_PARENT_WORK_PLACE, "浙江省义乌市");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);

  /* One parent's phone is enough; with neither, it is missing. */
  haven_record_set_string (father, HAVEN_PARENT_PHONE, "");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);
  haven_record_set_string (mother, HAVEN_PARENT_PHONE, "");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_PARENT_PHONE);
  haven_record_set_string (father, HAVEN_PARENT_PHONE, "13500000001");
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);

  g_assert_finalize_object (file);
}

static void
test_child_file_count (void)
{
  g_assert_cmpuint (haven_missing_count (HAVEN_MISSING_NONE), ==, 0);
  g_assert_cmpuint (haven_missing_count (HAVEN_MISSING_CLASS), ==, 1);
  g_assert_cmpuint (haven_missing_count (HAVEN_MISSING_NAME | HAVEN_MISSING_MOTHER_WORKPLACE), ==, 2);
  g_assert_cmpuint (haven_missing_count (ALL_MISSING), ==, 11);
}

static void
test_child_file_new_full (void)
{
  HavenChild *child = haven_child_new ();
  HavenParent *father = haven_parent_new ();
  HavenParent *mother = haven_parent_new ();
  HavenGuardian *guardian = haven_guardian_new ();
  HavenChildFile *file;
  HavenChild *got_child = NULL;
  HavenParent *got_father = NULL;

  /* The roles follow the places the parents are given in. */
  haven_record_set_int (HAVEN_RECORD (father), HAVEN_PARENT_ROLE, HAVEN_PARENT_ROLE_MOTHER);
  file = haven_child_file_new_full (child, father, mother, guardian);
  g_assert_true (haven_child_file_get_child (file) == child);
  g_assert_true (haven_child_file_get_father (file) == father);
  g_assert_true (haven_child_file_get_mother (file) == mother);
  g_assert_true (haven_child_file_get_guardian (file) == guardian);
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (father), HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_FATHER);
  g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (mother), HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_MOTHER);

  g_object_get (file, "child", &got_child, "father", &got_father, NULL);
  g_assert_true (got_child == child);
  g_assert_true (got_father == father);
  g_object_unref (got_child);
  g_object_unref (got_father);

  /* The file holds its own references and drops them when it goes. */
  g_assert_finalize_object (file);
  g_assert_finalize_object (child);
  g_assert_finalize_object (father);
  g_assert_finalize_object (mother);
  g_assert_finalize_object (guardian);
}

static void
test_child_file_dup (void)
{
  HavenChildFile *file = haven_test_child_file_new ("王芳", 2, "13812345678");
  HavenChildFile *copy;
  HavenRecord *members[4];
  HavenRecord *copies[4];

  haven_record_set_id (HAVEN_RECORD (haven_child_file_get_child (file)), 5);
  copy = haven_child_file_dup (file);

  members[0] = HAVEN_RECORD (haven_child_file_get_child (file));
  members[1] = HAVEN_RECORD (haven_child_file_get_father (file));
  members[2] = HAVEN_RECORD (haven_child_file_get_mother (file));
  members[3] = HAVEN_RECORD (haven_child_file_get_guardian (file));
  copies[0] = HAVEN_RECORD (haven_child_file_get_child (copy));
  copies[1] = HAVEN_RECORD (haven_child_file_get_father (copy));
  copies[2] = HAVEN_RECORD (haven_child_file_get_mother (copy));
  copies[3] = HAVEN_RECORD (haven_child_file_get_guardian (copy));

  /* A deep copy: new records with the same values. */
  for (guint m = 0; m < G_N_ELEMENTS (members); m++)
    {
      g_assert_true (members[m] != copies[m]);
      g_assert_cmpint (haven_record_get_id (members[m]), ==, haven_record_get_id (copies[m]));
      for (guint i = 0; i < haven_record_get_n_fields (members[m]); i++)
        g_assert_true (haven_record_field_equal (members[m], copies[m], i));
    }

  haven_record_set_string (copies[3], HAVEN_GUARDIAN_PHONE, "");
  g_assert_cmpuint (haven_child_file_get_missing (copy), ==, HAVEN_MISSING_GUARDIAN_PHONE);
  g_assert_cmpuint (haven_child_file_get_missing (file), ==, HAVEN_MISSING_NONE);

  g_assert_finalize_object (copy);
  g_assert_finalize_object (file);
}

static void
test_child_file_preconditions (void)
{
  HavenChild *child = haven_child_new ();
  HavenParent *father = haven_parent_new ();
  HavenGuardian *guardian = haven_guardian_new ();

  g_test_expect_message ("haven-child-file", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_PARENT (mother)*failed*");
  g_assert_null (haven_child_file_new_full (child, father, NULL, guardian));
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-child-file", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_CHILD_FILE*failed*");
  g_assert_cmpuint (haven_child_file_get_missing (NULL), ==, HAVEN_MISSING_NONE);
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-child-file", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_CHILD_FILE*failed*");
  g_assert_null (haven_child_file_get_child (NULL));
  g_test_assert_expected_messages ();

  g_assert_finalize_object (child);
  g_assert_finalize_object (father);
  g_assert_finalize_object (guardian);
}

/* The village the pairing board goes by: guessed from the address when
 * empty, kept as typed when a teacher corrected it. */
static void
test_child_file_village (void)
{
  static const struct { const char *address; const char *typed; const char *village; } cases[] = {
    { "贵州省雷山县西江镇羊排村三组", "", "羊排村" },
    { "红星镇五组", "", "红星镇五组" },
    { "丹江镇建设社区居委会", "", "建设社区" },
    { "丹江镇永乐路8号", "", "" },
    { "", "", "" },
    /* A wrong guess corrected by hand stays corrected. */
    { "西江镇羊排村委会旁", "平寨", "平寨" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HavenChildFile) file = haven_child_file_new ();
      HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (file));

      haven_record_set_string (child, HAVEN_CHILD_ADDRESS, cases[i].address);
      haven_record_set_string (child, HAVEN_CHILD_VILLAGE, cases[i].typed);
      haven_child_file_normalise (file);
      g_test_message ("%s → %s", cases[i].address, haven_record_get_string (child, HAVEN_CHILD_VILLAGE));
      g_assert_cmpstr (haven_record_get_string (child, HAVEN_CHILD_VILLAGE), ==, cases[i].village);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/child-file/empty", test_child_file_empty);
  g_test_add_func ("/child-file/complete", test_child_file_complete);
  g_test_add_func ("/child-file/blank", test_child_file_blank);
  g_test_add_func ("/child-file/invalid-date", test_child_file_invalid_date);
  g_test_add_func ("/child-file/away-parents", test_child_file_away_parents);
  g_test_add_func ("/child-file/count", test_child_file_count);
  g_test_add_func ("/child-file/new-full", test_child_file_new_full);
  g_test_add_func ("/child-file/dup", test_child_file_dup);
  g_test_add_func ("/child-file/preconditions", test_child_file_preconditions);
  g_test_add_func ("/child-file/village", test_child_file_village);

  return g_test_run ();
}
