/* test-sample-data.c: the sample school's raw material
 *
 * Copyright 2024 The Haven authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>

#include "haven-model-types.h"
#include "haven-sample-data.h"

#define SEED 20240901

/* A CJK unified ideograph, the only kind of character a name may hold. */
static gboolean
is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static gboolean
all_han (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_han (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/* GB 11643-1999 check character, written out here independently of the
 * implementation under test. */
static char
expected_check_char (const char *id)
{
  static const int weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char *map = "10X98765432";
  int sum = 0;

  for (int i = 0; i < 17; i++)
    sum += (id[i] - '0') * weights[i];

  return map[sum % 11];
}

/* Draws one of everything in a fixed order and joins the results. */
static char *
draw_everything (GRand *rand)
{
  GString *out = g_string_new (NULL);

  for (int round = 0; round < 50; round++)
    {
      const char *city;
      const char *employer;
      const char *address;
      g_autofree char *boy = NULL;
      g_autofree char *girl = NULL;
      g_autofree char *mobile = NULL;
      g_autofree char *id = NULL;

      for (int list = 0; list < HAVEN_SAMPLE_N_LISTS; list++)
        g_string_append_printf (out, "%s|", haven_sample_data_pick (rand, list));

      boy = haven_sample_data_given_name (rand, TRUE);
      girl = haven_sample_data_given_name (rand, FALSE);
      haven_sample_data_workplace (rand, &city, &employer, &address);
      mobile = haven_sample_data_mobile (rand);
      id = haven_sample_data_resident_id (rand, "2014-03-09", round % 2 == 0);

      g_string_append_printf (out, "%s%s|%s%s|%s|%s|%s|%s|%s\n",
                              haven_sample_data_surname (rand), boy,
                              haven_sample_data_surname (rand), girl,
                              city, employer, address, mobile, id);
    }

  return g_string_free (out, FALSE);
}

static void
test_determinism (void)
{
  g_autoptr(GRand) a = g_rand_new_with_seed (SEED);
  g_autoptr(GRand) b = g_rand_new_with_seed (SEED);
  g_autoptr(GRand) c = g_rand_new_with_seed (SEED + 1);
  g_autofree char *first = draw_everything (a);
  g_autofree char *second = draw_everything (b);
  g_autofree char *other = draw_everything (c);

  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, !=, other);
}

static void
test_lists (void)
{
  /* The least number of distinct entries each list should show. */
  static const struct
  {
    HavenSampleList list;
    guint           min_distinct;
  } expect[] = {
    { HAVEN_SAMPLE_VILLAGE, 100 },
    { HAVEN_SAMPLE_PARENT_JOB, 20 },
    { HAVEN_SAMPLE_GUARDIAN_JOB, 5 },
    { HAVEN_SAMPLE_PERSONALITY, 15 },
    { HAVEN_SAMPLE_INTEREST, 15 },
    { HAVEN_SAMPLE_TALENT, 15 },
    { HAVEN_SAMPLE_HEALTH, 8 },
    { HAVEN_SAMPLE_GUARDIAN_HEALTH, 8 },
    { HAVEN_SAMPLE_HARDSHIP, 15 },
    { HAVEN_SAMPLE_AID, 8 },
    { HAVEN_SAMPLE_TALK_CONTENT, 20 },
    { HAVEN_SAMPLE_TALK_PROBLEM, 15 },
    { HAVEN_SAMPLE_TALK_MEASURE, 15 },
    { HAVEN_SAMPLE_PLAN_CONTENT, 12 },
    { HAVEN_SAMPLE_PLAN_GOAL, 12 },
    { HAVEN_SAMPLE_CHECK_NOTE, 12 },
    { HAVEN_SAMPLE_PLACE, 5 },
    { HAVEN_SAMPLE_VOLUNTEER_NAME_ORG, 8 },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  g_assert_cmpint (G_N_ELEMENTS (expect), ==, HAVEN_SAMPLE_N_LISTS);

  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpint (expect[i].list, ==, i);

      for (int n = 0; n < 3000; n++)
        {
          const char *text = haven_sample_data_pick (rand, expect[i].list);

          g_assert_nonnull (text);
          g_assert_cmpstr (text, !=, "");
          g_assert_true (g_utf8_validate (text, -1, NULL));
          g_hash_table_add (seen, (gpointer) text);
        }

      if (g_hash_table_size (seen) < expect[i].min_distinct)
        g_test_message ("list %u has only %u distinct entries", i,
                        g_hash_table_size (seen));
      g_assert_cmpuint (g_hash_table_size (seen), >=, expect[i].min_distinct);
    }
}

static void
test_talk_content_sentences (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  /* A talk record is a few real sentences, not a keyword. */
  for (int n = 0; n < 500; n++)
    {
      const char *text = haven_sample_data_pick (rand, HAVEN_SAMPLE_TALK_CONTENT);
      guint stops = 0;

      for (const char *p = text; (p = strstr (p, "。")) != NULL; p += strlen ("。"))
        stops++;

      g_assert_cmpuint (stops, >=, 2);
      g_assert_cmpuint (stops, <=, 3);
    }
}

static void
test_health_mostly_good (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  int good = 0;

  for (int n = 0; n < 10000; n++)
    {
      const char *text = haven_sample_data_pick (rand, HAVEN_SAMPLE_HEALTH);

      if (g_str_equal (text, "健康") || g_str_equal (text, "良好"))
        good++;
    }

  g_assert_cmpint (good, >, 6000);
  g_assert_cmpint (good, <, 9500);
}

/* A talk's note is filled from the child's file, and draws from the
 * generator exactly as a plain pick did, so every later draw (and every
 * later child of a sample school) stays as it was. */
static void
test_talk_content_filled (void)
{
  HavenSampleFacts girl = {
    FALSE, FALSE, TRUE, FALSE, "南京", "", HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER, FALSE, "高血压",
  };
  g_autoptr(GRand) a = g_rand_new_with_seed (SEED);
  g_autoptr(GRand) b = g_rand_new_with_seed (SEED);

  for (int n = 0; n < 2000; n++)
    {
      g_autofree char *text = haven_sample_data_talk_content (a, &girl);

      haven_sample_data_pick (b, HAVEN_SAMPLE_TALK_CONTENT);
      g_assert_cmpuint (g_rand_int (a), ==, g_rand_int (b));
      g_assert_null (strchr (text, '{'));
      g_assert_null (strstr (text, "她们"));
      g_assert_null (strstr (text, "深圳"));
      g_assert_null (strstr (text, "奶奶"));
      g_assert_null (strstr (text, "妈妈在外"));
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }

  for (guint note = 0; note < HAVEN_SAMPLE_N_NOTES; note++)
    for (int n = 0; n < 50; n++)
      {
        g_autofree char *text = haven_sample_data_note (a, note, &girl);

        g_assert_cmpstr (text, !=, "");
        g_assert_null (strchr (text, '{'));
      }

  g_assert_cmpstr (haven_sample_data_guardian_word (HAVEN_RELATIONSHIP_UNCLE_AUNT, TRUE), ==, "叔叔");
  g_assert_cmpstr (haven_sample_data_guardian_word (HAVEN_RELATIONSHIP_GRANDMOTHER, FALSE), ==, "奶奶");
  g_assert_nonnull (haven_sample_data_cities ()[0]);
}

static void
test_invalid_list (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  g_test_expect_message ("haven-sample-data", G_LOG_LEVEL_CRITICAL, "*list*");
  g_assert_null (haven_sample_data_pick (rand, HAVEN_SAMPLE_N_LISTS));
  g_test_assert_expected_messages ();
}

static void
test_surname_distribution (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const int draws = 10000;
  int common = 0;
  int wang = 0;

  for (int n = 0; n < draws; n++)
    {
      const char *surname = haven_sample_data_surname (rand);
      glong len;

      g_assert_nonnull (surname);
      g_assert_true (g_utf8_validate (surname, -1, NULL));
      len = g_utf8_strlen (surname, -1);
      g_assert_cmpint (len, >=, 1);
      g_assert_cmpint (len, <=, 2);
      g_assert_true (all_han (surname));

      if (g_str_equal (surname, "王") || g_str_equal (surname, "李") || g_str_equal (surname, "张"))
        common++;
      if (g_str_equal (surname, "王"))
        wang++;
      g_hash_table_add (seen, (gpointer) surname);
    }

  g_assert_cmpint (common * 100, >, draws * 15);
  /* 王 alone is one in fourteen or so, far above a uniform draw. */
  g_assert_cmpint (wang * 100, >, draws * 4);
  g_assert_cmpuint (g_hash_table_size (seen), >=, 60);
}

static void
check_given_names (gboolean male)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (male ? SEED : SEED + 7);
  g_autoptr(GHashTable) chars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const int draws = 10000;
  int single = 0;

  for (int n = 0; n < draws; n++)
    {
      g_autofree char *name = haven_sample_data_given_name (rand, male);
      glong len;

      g_assert_nonnull (name);
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_true (all_han (name));
      len = g_utf8_strlen (name, -1);
      g_assert_cmpint (len, >=, 1);
      g_assert_cmpint (len, <=, 2);

      if (len == 1)
        single++;
      else if (male)
        /* A boy's name never doubles a character (浩浩 is a nickname). */
        g_assert_cmpuint (g_utf8_get_char (name), !=,
                          g_utf8_get_char (g_utf8_next_char (name)));

      for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
        g_hash_table_add (chars, g_strndup (p, g_utf8_next_char (p) - p));
    }

  /* About a quarter of the names have one character. */
  g_assert_cmpint (single * 100, >, draws * 18);
  g_assert_cmpint (single * 100, <, draws * 32);
  g_assert_cmpuint (g_hash_table_size (chars), >=, 60);
}

static void
test_given_name_boy (void)
{
  check_given_names (TRUE);
}

static void
test_given_name_girl (void)
{
  check_given_names (FALSE);
}

static void
test_workplace (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GHashTable) cities = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_hash_table_unref);
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  for (int n = 0; n < 20000; n++)
    {
      const char *city = NULL;
      const char *employer = NULL;
      const char *address = NULL;
      GHashTable *city_employers;

      haven_sample_data_workplace (rand, &city, &employer, &address);
      g_assert_nonnull (city);
      g_assert_nonnull (employer);
      g_assert_nonnull (address);
      g_assert_true (g_utf8_validate (city, -1, NULL));
      g_assert_true (g_utf8_validate (employer, -1, NULL));
      g_assert_true (g_utf8_validate (address, -1, NULL));

      /* The full address names the city, a district, town or 街道, and
       * ends with a house number. */
      g_assert_nonnull (strstr (address, city));
      g_assert_true (g_str_has_suffix (address, "号"));
      g_assert_true (strstr (address, "区") != NULL || strstr (address, "镇") != NULL
                     || strstr (address, "街道") != NULL);

      city_employers = g_hash_table_lookup (cities, city);
      if (city_employers == NULL)
        {
          city_employers = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (cities, (gpointer) city, city_employers);
        }
      g_hash_table_add (city_employers, (gpointer) employer);
    }

  g_assert_cmpuint (g_hash_table_size (cities), >=, 25);

  g_hash_table_iter_init (&iter, cities);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n_employers = g_hash_table_size (value);

      g_assert_cmpuint (n_employers, >=, 2);
      g_assert_cmpuint (n_employers, <=, 4);
    }

  /* Callers may skip the parts they do not need. */
  haven_sample_data_workplace (rand, NULL, NULL, NULL);
}

static void
test_mobile (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GRegex) regex = g_regex_new ("^1[3-9][0-9]{9}$", 0, 0, NULL);
  g_autoptr(GHashTable) prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int n = 0; n < 10000; n++)
    {
      g_autofree char *mobile = haven_sample_data_mobile (rand);

      g_assert_cmpuint (strlen (mobile), ==, 11);
      if (!g_regex_match (regex, mobile, 0, NULL))
        g_error ("bad mobile number %s", mobile);
      g_hash_table_add (prefixes, g_strndup (mobile, 3));
    }

  g_assert_cmpuint (g_hash_table_size (prefixes), >=, 20);
}

static void
test_check_char_reference (void)
{
  /* The worked examples of GB 11643-1999 itself, to prove the test's own
   * checker before it judges the implementation. */
  g_assert_cmpint (expected_check_char ("11010519491231002X"), ==, 'X');
  g_assert_cmpint (expected_check_char ("440524188001010014"), ==, '4');
}

static void
check_resident_ids (const char *birth_date,
                    gboolean    male)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GHashTable) counties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *compact = NULL;
  g_auto(GStrv) parts = g_strsplit (birth_date, "-", -1);

  compact = g_strjoinv (NULL, parts);
  g_assert_cmpuint (strlen (compact), ==, 8);

  for (int n = 0; n < 2000; n++)
    {
      g_autofree char *id = haven_sample_data_resident_id (rand, birth_date, male);
      int sex_digit;

      g_assert_nonnull (id);
      g_assert_cmpuint (strlen (id), ==, 18);
      for (int i = 0; i < 17; i++)
        g_assert_true (g_ascii_isdigit (id[i]));

      /* A province code 11–65, then the birth date. */
      g_assert_cmpint (id[0], >=, '1');
      g_assert_cmpint (id[0], <=, '6');
      g_assert_cmpint (strncmp (id + 6, compact, 8), ==, 0);
      g_assert_cmpint (strncmp (id + 14, "000", 3), !=, 0);

      sex_digit = id[16] - '0';
      g_assert_cmpint (sex_digit % 2, ==, male ? 1 : 0);

      g_assert_cmpint (id[17], ==, expected_check_char (id));
      g_hash_table_add (counties, g_strndup (id, 6));
    }

  g_assert_cmpuint (g_hash_table_size (counties), >=, 10);
}

static void
test_resident_id (void)
{
  static const char *const dates[] = {
    "2008-09-01",
    "2012-02-29",
    "2014-12-31",
    "2016-01-07",
    "2019-06-15",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      check_resident_ids (dates[i], TRUE);
      check_resident_ids (dates[i], FALSE);
    }
}

static void
test_resident_id_bad_date (void)
{
  static const char *const bad[] = {
    "2015-02-30",
    "2015-13-01",
    "2015/03/01",
    "20150301",
    "2015-3-1",
    "",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_expect_message ("haven-sample-data", G_LOG_LEVEL_CRITICAL, "*parse_birth_date*");
      g_assert_null (haven_sample_data_resident_id (rand, bad[i], TRUE));
      g_test_assert_expected_messages ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample-data/determinism", test_determinism);
  g_test_add_func ("/sample-data/lists", test_lists);
  g_test_add_func ("/sample-data/talk-content-sentences", test_talk_content_sentences);
  g_test_add_func ("/sample-data/talk-content-filled", test_talk_content_filled);
  g_test_add_func ("/sample-data/health-mostly-good", test_health_mostly_good);
  g_test_add_func ("/sample-data/invalid-list", test_invalid_list);
  g_test_add_func ("/sample-data/surname-distribution", test_surname_distribution);
  g_test_add_func ("/sample-data/given-name/boy", test_given_name_boy);
  g_test_add_func ("/sample-data/given-name/girl", test_given_name_girl);
  g_test_add_func ("/sample-data/workplace", test_workplace);
  g_test_add_func ("/sample-data/mobile", test_mobile);
  g_test_add_func ("/sample-data/resident-id/check-char-reference", test_check_char_reference);
  g_test_add_func ("/sample-data/resident-id/valid", test_resident_id);
  g_test_add_func ("/sample-data/resident-id/bad-date", test_resident_id_bad_date);

  return g_test_run ();
}
