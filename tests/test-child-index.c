/* test-child-index.c: the archive's in-memory search index
 *
 * Most searches of Chinese names are one or two characters, or a few
 * pinyin initials: an FTS5 trigram table finds nothing for them, this
 * index must.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-child-index"

#include <glib.h>

#include "haven-child-index.h"
#include "haven-model-types.h"
#include "haven-pinyin.h"

typedef struct
{
  gint64      id;
  const char *name;
  gint64      class_id;
  int         grade;
  const char *student_number;
  const char *phones;
  const char *village;
  int         status;
  gboolean    key_support;
  int         missing;
  const char *birth_date;
} Child;

static const Child children[] = {
  { 1, "陈舒菲", 11, 3, "2019031", "13985012345", "高坡村", HAVEN_CHILD_STATUS_CURRENT, TRUE, 0, "2016-05-02" },
  { 2, "舒小雨", 11, 3, "2019032", "0851-86512345", "高坡村", HAVEN_CHILD_STATUS_CURRENT, FALSE, 2, "2016-01-20" },
  { 3, "张小雪", 12, 4, "2018007", "", "石门村", HAVEN_CHILD_STATUS_CURRENT, FALSE, 1, "2015-12-30" },
  { 4, "张欣", 21, 5, "2017044", "13700001111 13800002222", "", HAVEN_CHILD_STATUS_CURRENT, TRUE, 0, "" },
  { 5, "菲菲", 12, 4, "2018008", "", "石门村", HAVEN_CHILD_STATUS_LEFT, FALSE, 0, "2015-07-07" },
};

static void
put_child (HavenChildIndex *index,
           const Child     *c)
{
  g_autofree char *pinyin = haven_pinyin_full (c->name);
  g_autofree char *initials = haven_pinyin_initials (c->name);
  g_autoptr(GBytes) key = haven_pinyin_sort_key (c->name);
  gsize key_len;
  const guint8 *key_data = g_bytes_get_data (key, &key_len);
  HavenChildIndexRow row = {
    .id = c->id,
    .class_id = c->class_id,
    .grade = c->grade,
    .class_name = "",
    .status = c->status,
    .reason = HAVEN_LEFT_BEHIND_BOTH_AWAY,
    .key_support = c->key_support,
    .missing = c->missing,
    .name = c->name,
    .name_pinyin = pinyin,
    .name_initials = initials,
    .student_number = c->student_number,
    .phones = c->phones,
    .village = c->village,
    .name_key = key_data,
    .name_key_len = key_len,
    .birth_date = c->birth_date,
  };

  haven_child_index_put (index, &row);
}

static HavenChildIndex *
index_new (void)
{
  HavenChildIndex *index = haven_child_index_new ();

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    put_child (index, &children[i]);
  return index;
}

static HavenChildIndexQuery
query_all (void)
{
  return (HavenChildIndexQuery) {
    .sort = HAVEN_SORT_NAME,
    .roll = HAVEN_ROLL_ALL,
    .reason = HAVEN_ANY_REASON,
  };
}

/* The ids found, as "1,3,4", in the index's order. */
static char *
found (HavenChildIndex            *index,
       const HavenChildIndexQuery *query)
{
  g_autoptr(GArray) ids = haven_child_index_search (index, query);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (ids, gint64, i));
  return g_string_free (text, FALSE);
}

static char *
search (HavenChildIndex *index,
        const char      *text)
{
  HavenChildIndexQuery query = query_all ();

  query.search = text;
  return found (index, &query);
}

static void
assert_search (HavenChildIndex *index,
               const char      *text,
               const char      *expected)
{
  g_autofree char *ids = search (index, text);

  g_test_message ("search \"%s\" -> %s", text, ids);
  g_assert_cmpstr (ids, ==, expected);
}

static void
test_characters (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();

  /* In pinyin order: 陈 chen, 菲 fei, 舒 shu, 张 zhang. */
  assert_search (index, "", "1,5,2,3,4");
  assert_search (index, "舒", "1,2");
  assert_search (index, "舒菲", "1");
  assert_search (index, "菲", "1,5");
  assert_search (index, "小", "2,3");
  assert_search (index, "陈舒菲", "1");
  assert_search (index, "舒 菲", "1");
  assert_search (index, "王", "");
}

static void
test_pinyin (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();

  /* Initials from the first letter: csf is 陈舒菲, zx both 张. */
  assert_search (index, "csf", "1");
  assert_search (index, "CSF", "1");
  assert_search (index, "zx", "3,4");
  assert_search (index, "zxx", "3");
  assert_search (index, "sx", "2");
  /* Initials are a prefix, not anywhere: "sf" is not 陈舒菲's. */
  assert_search (index, "sf", "");
  /* Full pinyin anywhere in the name, with or without spaces. */
  assert_search (index, "shufei", "1");
  assert_search (index, "Shu Fei", "1");
  assert_search (index, "xiaoxue", "3");
  assert_search (index, "fei", "1,5");
}

static void
test_numbers (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();

  assert_search (index, "2019", "1,2");
  assert_search (index, "2018007", "3");
  /* A landline matches by its digits, with or without the dash. */
  assert_search (index, "8651", "2");
  assert_search (index, "0851-8651", "2");
  assert_search (index, "085186512345", "2");
  /* Every phone of a file counts, but a number never spans two. */
  assert_search (index, "0000222", "4");
  assert_search (index, "11111380", "");
  /* Two digits are not a phone fragment (they could be anything). */
  g_assert_false (haven_child_index_is_phone_fragment ("12"));
  g_assert_true (haven_child_index_is_phone_fragment ("123"));
  g_assert_true (haven_child_index_is_phone_fragment ("0851-865"));
  g_assert_false (haven_child_index_is_phone_fragment ("85a"));
  assert_search (index, "45", "");
}

static void
test_filters (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();
  g_autoptr(GArray) mentored = g_array_new (FALSE, FALSE, sizeof (gint64));
  HavenChildIndexQuery query;
  gint64 id;
  g_autofree char *current = NULL;
  g_autofree char *left = NULL;
  g_autofree char *class_11 = NULL;
  g_autofree char *grade_4 = NULL;
  g_autofree char *key = NULL;
  g_autofree char *incomplete = NULL;
  g_autofree char *village = NULL;
  g_autofree char *village_search = NULL;
  g_autofree char *no_mentor = NULL;

  query = query_all ();
  query.roll = HAVEN_ROLL_CURRENT;
  current = found (index, &query);
  g_assert_cmpstr (current, ==, "1,2,3,4");
  query.roll = HAVEN_ROLL_LEFT;
  left = found (index, &query);
  g_assert_cmpstr (left, ==, "5");

  query = query_all ();
  query.class_id = 11;
  class_11 = found (index, &query);
  g_assert_cmpstr (class_11, ==, "1,2");

  query = query_all ();
  query.grade = 4;
  grade_4 = found (index, &query);
  g_assert_cmpstr (grade_4, ==, "5,3");

  query = query_all ();
  query.key_support = TRUE;
  key = found (index, &query);
  g_assert_cmpstr (key, ==, "1,4");

  query = query_all ();
  query.incomplete = TRUE;
  incomplete = found (index, &query);
  g_assert_cmpstr (incomplete, ==, "2,3");

  query = query_all ();
  query.village = "石门村";
  village = found (index, &query);
  g_assert_cmpstr (village, ==, "5,3");
  query.search = "zx";
  village_search = found (index, &query);
  g_assert_cmpstr (village_search, ==, "3");

  id = 1;
  g_array_append_val (mentored, id);
  id = 3;
  g_array_append_val (mentored, id);
  haven_child_index_set_mentored (index, mentored, "2026-11-22");
  g_assert_cmpstr (haven_child_index_get_mentored_day (index), ==, "2026-11-22");
  query = query_all ();
  query.roll = HAVEN_ROLL_CURRENT;
  query.no_mentor = TRUE;
  no_mentor = found (index, &query);
  g_assert_cmpstr (no_mentor, ==, "2,4");
}

static void
test_sorts (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();
  HavenChildIndexQuery query = query_all ();
  g_autofree char *by_birthday = NULL;

  /* Birthdays by month and day, whatever the year; none comes last. */
  query.sort = HAVEN_SORT_BIRTHDAY;
  by_birthday = found (index, &query);
  g_assert_cmpstr (by_birthday, ==, "2,1,5,3,4");
}

static void
test_put_and_remove (void)
{
  g_autoptr(HavenChildIndex) index = index_new ();
  g_autofree char *pinyin = haven_pinyin_full ("王舒");
  g_autofree char *initials = haven_pinyin_initials ("王舒");
  g_autoptr(GBytes) key = haven_pinyin_sort_key ("王舒");
  gsize key_len;
  const guint8 *key_data = g_bytes_get_data (key, &key_len);
  HavenChildIndexRow renamed = {
    .id = 3, .class_id = 12, .grade = 4, .class_name = "", .status = HAVEN_CHILD_STATUS_CURRENT,
    .reason = HAVEN_LEFT_BEHIND_BOTH_AWAY, .name = "王舒", .name_pinyin = pinyin,
    .name_initials = initials, .student_number = "2018007", .phones = "", .village = "",
    .name_key = key_data, .name_key_len = key_len, .birth_date = "",
  };

  g_assert_cmpuint (haven_child_index_get_size (index), ==, 5);

  /* Putting a known id replaces what the index knew of it. */
  haven_child_index_put (index, &renamed);
  g_assert_cmpuint (haven_child_index_get_size (index), ==, 5);
  assert_search (index, "张小雪", "");
  assert_search (index, "zxx", "");
  assert_search (index, "ws", "3");
  assert_search (index, "舒", "1,2,3");

  haven_child_index_remove (index, 1);
  haven_child_index_remove (index, 99);
  g_assert_cmpuint (haven_child_index_get_size (index), ==, 4);
  assert_search (index, "舒", "2,3");
  assert_search (index, "csf", "");

  /* A removed child that comes back (a restored file) is found again. */
  put_child (index, &children[0]);
  g_assert_cmpuint (haven_child_index_get_size (index), ==, 5);
  assert_search (index, "csf", "1");
  assert_search (index, "舒", "1,2,3");

  haven_child_index_clear (index);
  g_assert_cmpuint (haven_child_index_get_size (index), ==, 0);
  assert_search (index, "", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/child-index/characters", test_characters);
  g_test_add_func ("/child-index/pinyin", test_pinyin);
  g_test_add_func ("/child-index/numbers", test_numbers);
  g_test_add_func ("/child-index/filters", test_filters);
  g_test_add_func ("/child-index/sorts", test_sorts);
  g_test_add_func ("/child-index/put-and-remove", test_put_and_remove);

  return g_test_run ();
}
