/* test-pinyin.c: pinyin readings, initials and Chinese collation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-pinyin"

#include <glib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "haven-pinyin.h"

typedef struct
{
  const char *text;
  const char *full;
  const char *initials;
} PinyinCase;

static void
check_cases (const PinyinCase *cases,
             gsize             n)
{
  gsize i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *full = haven_pinyin_full (cases[i].text);
      g_autofree char *initials = haven_pinyin_initials (cases[i].text);
      /* Escape only what is not UTF-8, so the log stays readable. */
      g_autofree char *escaped = g_utf8_validate (cases[i].text, -1, NULL)
                                 ? g_strdup (cases[i].text)
                                 : g_strescape (cases[i].text, NULL);

      g_test_message ("pinyin of \"%s\"", escaped);
      g_assert_cmpstr (full, ==, cases[i].full);
      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static void
test_names (void)
{
  static const PinyinCase cases[] = {
    { "张小明", "zhangxiaoming", "zxm" },
    { "李", "li", "l" },
    { "王芳", "wangfang", "wf" },
    { "欧阳修", "ouyangxiu", "oyx" },
    { "诸葛亮", "zhugeliang", "zgl" },
    { "刘德华", "liudehua", "ldh" },
    { "陈思思", "chensisi", "css" },
    /* ü loses its dots, as in most romanised lists. */
    { "吕", "lu", "l" },
    { "张小明 李华", "zhangxiaominglihua", "zxmlh" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_surnames (void)
{
  static const PinyinCase cases[] = {
    /* Surname readings at the start of a name... */
    { "单田芳", "shantianfang", "stf" },
    { "单", "shan", "s" },
    { "曾国藩", "zengguofan", "zgf" },
    { "区", "ou", "o" },
    { "区小红", "ouxiaohong", "oxh" },
    { "解缙", "xiejin", "xj" },
    { "仇英", "qiuying", "qy" },
    { "查良镛", "zhaliangyong", "zly" },
    { "繁", "po", "p" },
    { "朴", "pu", "p" },
    { "尉迟恭", "yuchigong", "ycg" },
    /* ...compound surnames read as a pair... */
    { "万俟卨", "moqixie", "mqx" },
    { "万明", "wanming", "wm" },
    { "长孙无忌", "zhangsunwuji", "zswj" },
    { "澹台灭明", "tantaimieming", "ttmm" },
    { "令狐冲", "linghuchong", "lhc" },
    /* ...but ordinary readings inside the given name. */
    { "张单", "zhangdan", "zd" },
    { "张繁", "zhangfan", "zf" },
    { "李重", "lizhong", "lz" },
    { "重阳", "chongyang", "cy" },
    /* A space or a middle dot starts a new name. */
    { "王 单", "wangshan", "ws" },
    { "买买提·单", "maimaitishan", "mmts" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_mixed (void)
{
  static const PinyinCase cases[] = {
    { "", "", "" },
    { "Anna李", "annali", "al" },
    { "李Anna", "lianna", "la" },
    { "Anna Li", "annali", "al" },
    { "ANNA", "anna", "a" },
    { "José María", "josemaria", "jm" },
    /* A decomposed accent stays with its letter. */
    { "Rene\xcc\x81" "e", "renee", "r" },
    { "Ｚｈａｎｇ１", "zhang1", "z" },
    { "3班", "3ban", "3b" },
    { "张-小明!", "zhangxiaoming", "zxm" },
    { "  ", "", "" },
    { "Мария", "", "" },
    { "李Мария", "li", "l" },
    { "😀李", "li", "l" },
    /* Bytes that are not UTF-8 drop out. */
    { "li\xff" "hua", "lihua", "lh" },
    { "\xe6\x9d", "", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* The whole string through ICU in one go, as the reference: the per-
 * character cache must give the same letters. */
static char *
icu_reference (const char *text)
{
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *trans;
  UChar id[64];
  UChar buf[256];
  char out[512];
  int32_t len = 0, limit;
  GString *filtered = g_string_new (NULL);
  const char *p;

  u_uastrcpy (id, "Han-Latin/Names; Latin-ASCII; Lower");
  trans = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  g_assert_cmpstr (u_errorName (status), ==, u_errorName (U_ZERO_ERROR));

  u_strFromUTF8 (buf, G_N_ELEMENTS (buf), &len, text, -1, &status);
  limit = len;
  utrans_transUChars (trans, buf, &len, G_N_ELEMENTS (buf), 0, &limit, &status);
  u_strToUTF8 (out, sizeof out, NULL, buf, len, &status);
  g_assert_true (U_SUCCESS (status));
  utrans_close (trans);

  for (p = out; *p != '\0'; p++)
    if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
      g_string_append_c (filtered, *p);

  return g_string_free (filtered, FALSE);
}

static void
test_matches_icu (void)
{
  static const char *names[] = {
    "张小明", "单田芳", "曾国藩", "区小红", "万俟卨", "长孙无忌", "澹台灭明",
    "令狐冲", "张单", "张繁", "李重", "重阳", "尉迟恭", "解缙", "乐乐",
    "王燕", "盖聂", "查良镛", "任盈盈", "沈从文", "华罗庚", "纪晓岚",
    "Anna李", "王 单", "翟天临", "葛优", "覃", "种师道", "召公", "秘书",
    "诸葛亮", "司马光", "上官婉儿", "欧阳娜娜", "东方不败", "长长",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *expected = icu_reference (names[i]);
      g_autofree char *full = haven_pinyin_full (names[i]);

      g_test_message ("ICU reading of \"%s\"", names[i]);
      g_assert_cmpstr (full, ==, expected);
    }
}

static int
compare_keys (GBytes *a,
              GBytes *b)
{
  gsize len_a, len_b;
  const guint8 *da = g_bytes_get_data (a, &len_a);
  const guint8 *db = g_bytes_get_data (b, &len_b);
  int r = memcmp (da, db, MIN (len_a, len_b));

  /* Keys end in a zero byte that appears nowhere else, so the shorter
   * length already decides; the length check is for safety only. */
  if (r == 0)
    r = (len_a > len_b) - (len_a < len_b);
  return (r > 0) - (r < 0);
}

static int
qsort_compare_cb (gconstpointer a,
                  gconstpointer b)
{
  return haven_pinyin_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
test_sort (void)
{
  /* In pinyin order; in UTF-8 byte order these are 张 < 白 < 阿 < 陈. */
  static const char *ordered[] = { "阿", "白", "陈", "张" };
  const char *shuffled[] = { "张", "阿", "陈", "白" };
  g_autoptr(GBytes) empty = haven_pinyin_sort_key ("");
  gsize i, j;

  /* The test means something only if byte order disagrees. */
  g_assert_cmpint (strcmp ("阿", "白"), >, 0);
  g_assert_cmpint (strcmp ("阿", "陈"), <, 0);
  g_assert_cmpint (strcmp ("张", "白"), <, 0);

  for (i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      g_autoptr(GBytes) key_i = haven_pinyin_sort_key (ordered[i]);
      g_autoptr(GBytes) again = haven_pinyin_sort_key (ordered[i]);
      gsize len;
      const guint8 *data = g_bytes_get_data (key_i, &len);

      g_assert_cmpuint (len, >, 1);
      g_assert_cmpint (data[len - 1], ==, 0);
      g_assert_null (memchr (data, 0, len - 1));
      g_assert_true (g_bytes_equal (key_i, again));
      g_assert_cmpint (haven_pinyin_compare (ordered[i], ordered[i]), ==, 0);
      g_assert_cmpint (compare_keys (empty, key_i), <, 0);

      for (j = i + 1; j < G_N_ELEMENTS (ordered); j++)
        {
          g_autoptr(GBytes) key_j = haven_pinyin_sort_key (ordered[j]);

          g_test_message ("%s < %s", ordered[i], ordered[j]);
          g_assert_cmpint (compare_keys (key_i, key_j), <, 0);
          g_assert_cmpint (compare_keys (key_j, key_i), >, 0);
          g_assert_cmpint (haven_pinyin_compare (ordered[i], ordered[j]), ==, -1);
          g_assert_cmpint (haven_pinyin_compare (ordered[j], ordered[i]), ==, 1);
        }
    }

  qsort (shuffled, G_N_ELEMENTS (shuffled), sizeof shuffled[0], qsort_compare_cb);
  for (i = 0; i < G_N_ELEMENTS (ordered); i++)
    g_assert_cmpstr (shuffled[i], ==, ordered[i]);
}

static void
test_sort_names (void)
{
  /* Each pair in pinyin order. */
  static const char *pairs[][2] = {
    { "李", "刘" },          /* li < liu */
    { "张三", "张伟" },      /* zhang san < zhang wei */
    { "王芳", "王芳芳" },    /* a prefix first */
    { "陈", "陈思" },
    { "欧阳修", "潘" },      /* ou < pan */
    { "3班", "10班" },       /* numbers by value */
    { "", "阿" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GBytes) a = haven_pinyin_sort_key (pairs[i][0]);
      g_autoptr(GBytes) b = haven_pinyin_sort_key (pairs[i][1]);

      g_test_message ("%s < %s", pairs[i][0], pairs[i][1]);
      g_assert_cmpint (compare_keys (a, b), <, 0);
      g_assert_cmpint (haven_pinyin_compare (pairs[i][0], pairs[i][1]), <, 0);
      g_assert_cmpint (haven_pinyin_compare (pairs[i][1], pairs[i][0]), >, 0);
    }

  /* A long name does not fit the stack buffers. */
  {
    g_autoptr(GString) long_a = g_string_new (NULL);
    g_autoptr(GString) long_b = NULL;
    g_autoptr(GBytes) key_a = NULL;
    g_autoptr(GBytes) key_b = NULL;

    for (i = 0; i < 300; i++)
      g_string_append (long_a, "张");
    long_b = g_string_new (long_a->str);
    g_string_append (long_a, "阿");
    g_string_append (long_b, "白");

    key_a = haven_pinyin_sort_key (long_a->str);
    key_b = haven_pinyin_sort_key (long_b->str);
    g_assert_cmpuint (g_bytes_get_size (key_a), >, 300);
    g_assert_cmpint (compare_keys (key_a, key_b), <, 0);
    g_assert_cmpint (haven_pinyin_compare (long_a->str, long_b->str), <, 0);
    g_assert_cmpint (haven_pinyin_compare (long_a->str, long_a->str), ==, 0);
  }
}

static void
test_null (void)
{
  if (g_test_undefined ())
    {
      g_autofree char *full = NULL;
      g_autofree char *initials = NULL;
      g_autoptr(GBytes) key = NULL;

      g_test_expect_message ("haven-pinyin", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
      full = haven_pinyin_full (NULL);
      g_test_assert_expected_messages ();
      g_assert_null (full);

      g_test_expect_message ("haven-pinyin", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
      initials = haven_pinyin_initials (NULL);
      g_test_assert_expected_messages ();
      g_assert_null (initials);

      g_test_expect_message ("haven-pinyin", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
      key = haven_pinyin_sort_key (NULL);
      g_test_assert_expected_messages ();
      g_assert_null (key);

      g_test_expect_message ("haven-pinyin", G_LOG_LEVEL_CRITICAL, "*a != NULL*");
      g_assert_cmpint (haven_pinyin_compare (NULL, "李"), ==, 0);
      g_test_assert_expected_messages ();
    }
}

/* Names built from a fixed pool of characters, the same on every thread,
 * so that threads miss the cache for the same characters at once. */
#define N_THREADS 4
#define N_NAMES 3000

static const char *surname_pool[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "单", "曾", "区",
  "解", "万", "长", "欧阳", "令狐",
};
static const char *given_pool[] = {
  "明", "华", "芳", "伟", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰",
  "娟", "涛", "超", "秀", "霞", "平", "刚", "单", "重", "乐", "繁", "俟", "孙",
};

typedef struct
{
  int     offset;
  char   *names[N_NAMES];
  char   *full[N_NAMES];
  char   *initials[N_NAMES];
  GBytes *keys[N_NAMES];
  int     compare[N_NAMES];
} ThreadResults;

static void
make_names (char **names)
{
  guint32 state = 7;
  int i;

  for (i = 0; i < N_NAMES; i++)
    {
      const char *parts[3];
      int k;

      for (k = 0; k < 3; k++)
        {
          state = state * 1103515245u + 12345u;
          if (k == 0)
            parts[k] = surname_pool[(state >> 16) % G_N_ELEMENTS (surname_pool)];
          else
            parts[k] = given_pool[(state >> 16) % G_N_ELEMENTS (given_pool)];
        }
      names[i] = g_strconcat (parts[0], parts[1], parts[2], NULL);
    }
}

static gpointer
pinyin_thread (gpointer data)
{
  ThreadResults *r = data;
  int i;

  /* Every thread starts at a different place in the list. */
  for (i = 0; i < N_NAMES; i++)
    {
      int n = (i + r->offset) % N_NAMES;
      int m = (n + 1) % N_NAMES;

      r->full[n] = haven_pinyin_full (r->names[n]);
      r->initials[n] = haven_pinyin_initials (r->names[n]);
      r->keys[n] = haven_pinyin_sort_key (r->names[n]);
      r->compare[n] = haven_pinyin_compare (r->names[n], r->names[m]);
    }

  return NULL;
}

static void
thread_results_clear (ThreadResults *r)
{
  int i;

  for (i = 0; i < N_NAMES; i++)
    {
      g_free (r->names[i]);
      g_free (r->full[i]);
      g_free (r->initials[i]);
      g_bytes_unref (r->keys[i]);
    }
}

static void
run_threads (void)
{
  ThreadResults results[N_THREADS];
  GThread *threads[N_THREADS];
  int t, i;

  memset (results, 0, sizeof results);
  for (t = 0; t < N_THREADS; t++)
    {
      results[t].offset = t * N_NAMES / N_THREADS;
      make_names (results[t].names);
      threads[t] = g_thread_new ("pinyin", pinyin_thread, &results[t]);
    }
  for (t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);

  /* All threads agree with each other and with a quiet recomputation. */
  for (i = 0; i < N_NAMES; i++)
    {
      g_autofree char *full = haven_pinyin_full (results[0].names[i]);
      g_autofree char *initials = haven_pinyin_initials (results[0].names[i]);
      g_autoptr(GBytes) key = haven_pinyin_sort_key (results[0].names[i]);
      int compare = haven_pinyin_compare (results[0].names[i],
                                          results[0].names[(i + 1) % N_NAMES]);

      g_assert_cmpuint (strlen (full), >, 0);
      g_assert_cmpuint (strlen (initials), >=, 3);

      for (t = 0; t < N_THREADS; t++)
        {
          g_assert_cmpstr (results[t].full[i], ==, full);
          g_assert_cmpstr (results[t].initials[i], ==, initials);
          g_assert_true (g_bytes_equal (results[t].keys[i], key));
          g_assert_cmpint (results[t].compare[i], ==, compare);
          g_assert_cmpint (compare_keys (results[t].keys[i],
                                         results[t].keys[(i + 1) % N_NAMES]), ==, compare);
        }
    }

  for (t = 0; t < N_THREADS; t++)
    thread_results_clear (&results[t]);
}

static void
test_threads (void)
{
  /* Once in a fresh process, so that ICU is opened and the cache filled
   * by four threads at once, then again here with a warm cache. */
  g_test_trap_subprocess ("/pinyin/threads/subprocess", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  run_threads ();
}

static void
test_threads_subprocess (void)
{
  if (!g_test_subprocess ())
    return;

  run_threads ();
}

/* How the sample generator uses it: 100,000 three-character names. Run
 * with -m perf; prints the time. */
static void
test_speed (void)
{
  const int n = 100000;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint32 state = 1;
  gint64 start, elapsed;
  gsize total = 0;
  int i;

  if (!g_test_perf ())
    {
      g_test_skip ("only with -m perf");
      return;
    }

  for (i = 0; i < n; i++)
    {
      gunichar c[3];
      char buf[16];
      int k, len = 0;

      /* Common surnames, given-name characters from the whole block. */
      state = state * 1103515245u + 12345u;
      c[0] = g_utf8_get_char (surname_pool[(state >> 16) % 16]);
      for (k = 1; k < 3; k++)
        {
          state = state * 1103515245u + 12345u;
          c[k] = 0x4E00 + (state >> 12) % 3500;
        }
      for (k = 0; k < 3; k++)
        len += g_unichar_to_utf8 (c[k], buf + len);
      buf[len] = '\0';
      g_ptr_array_add (names, g_strdup (buf));
    }

  start = g_get_monotonic_time ();
  for (i = 0; i < n; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *full = haven_pinyin_full (name);
      g_autofree char *initials = haven_pinyin_initials (name);
      g_autoptr(GBytes) key = haven_pinyin_sort_key (name);

      total += strlen (full) + strlen (initials) + g_bytes_get_size (key);
    }
  elapsed = g_get_monotonic_time () - start;

  g_assert_cmpuint (total, >, 0);
  g_test_minimized_result ((double) elapsed / G_USEC_PER_SEC,
                           "100000 names: full + initials + sort key in %.3f s",
                           (double) elapsed / G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pinyin/names", test_names);
  g_test_add_func ("/pinyin/surnames", test_surnames);
  g_test_add_func ("/pinyin/mixed", test_mixed);
  g_test_add_func ("/pinyin/matches-icu", test_matches_icu);
  g_test_add_func ("/pinyin/sort", test_sort);
  g_test_add_func ("/pinyin/sort-names", test_sort_names);
  g_test_add_func ("/pinyin/null", test_null);
  g_test_add_func ("/pinyin/threads", test_threads);
  g_test_add_func ("/pinyin/threads/subprocess", test_threads_subprocess);
  g_test_add_func ("/pinyin/speed", test_speed);

  return g_test_run ();
}
