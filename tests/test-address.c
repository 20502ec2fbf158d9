/* test-address.c: the village guessed from a home address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-address"

#include <glib.h>
#include <string.h>

#include "haven-address.h"
#include "haven-sample-data.h"

typedef struct
{
  const char *address;
  const char *village;
} AddressCase;

static void
check_cases (const AddressCase *cases,
             gsize              n)
{
  gsize i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *village = haven_address_guess_village (cases[i].address);
      /* Escape only what is not UTF-8, so the log stays readable. */
      g_autofree char *shown = cases[i].address == NULL ? g_strdup ("(null)")
                               : g_utf8_validate (cases[i].address, -1, NULL)
                               ? g_strdup (cases[i].address)
                               : g_strescape (cases[i].address, NULL);

      g_test_message ("village of \"%s\": \"%s\"", shown, village);
      g_assert_cmpstr (village, ==, cases[i].village);
    }
}

static void
test_town_and_village (void)
{
  static const AddressCase cases[] = {
    /* The group is dropped: the village is the unit. */
    { "贵州省黔东南苗族侗族自治州雷山县西江镇羊排村三组", "羊排村" },
    { "红星镇李家村5组12号", "李家村" },
    { "四川省南充市营山县红星镇石桥村二组", "石桥村" },
    /* No province, city or county, or no town either. */
    { "西江镇羊排村", "羊排村" },
    { "石桥村二组", "石桥村" },
    { "雷山县羊排村", "羊排村" },
    /* Village names that hold a number or a marker character. */
    { "红星镇五里村六组", "五里村" },
    { "红星镇三合村", "三合村" },
    { "红星镇新村村五组", "新村村" },
    { "红星镇镇江村三组", "镇江村" },
    { "红星镇石镇村", "石镇村" },
    { "红星镇水乡村", "水乡村" },
    { "红星镇罗家湾村七组", "罗家湾村" },
    /* A second, natural village after the administrative one. */
    { "西江镇羊排村上寨村三组", "羊排村" },
    /* 镇 in a road after the village. */
    { "红星镇李家村镇南路5号", "李家村" },
    /* Towns whose names hold a city, a county or another town marker. */
    { "湖南省长沙市宁乡市回龙铺镇天鹅村", "天鹅村" },
    { "广东省中山市古镇镇曹三村", "曹三村" },
    { "江苏省昆山市周市镇东方村", "东方村" },
    /* A village whose name ends in a county or city marker. */
    { "雷山县新市村三组", "新市村" },
    { "雷山县丹江镇新县村", "新县村" },
    /* 嘎查 and 苏木 in Inner Mongolia. */
    { "内蒙古自治区锡林郭勒盟阿巴嘎旗别力古台镇巴彦图嘎查", "巴彦图嘎查" },
    { "阿巴嘎旗那仁宝拉格苏木新宝力格嘎查", "新宝力格嘎查" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_committees (void)
{
  static const AddressCase cases[] = {
    { "西江镇羊排村委会", "羊排村" },
    { "西江镇羊排村村委会", "羊排村" },
    { "西江镇羊排村委", "羊排村" },
    { "西江镇羊排村民委员会三组", "羊排村" },
    { "红星镇红星村村民委员会", "红星村" },
    /* Read as 新村 and its 村委会, not as 新村村's committee. */
    { "红星镇新村村委会", "新村" },
    { "城关镇建设社区居委会", "建设社区" },
    { "城关镇东街居委会", "东街居委会" },
    { "城关镇建设居民委员会", "建设居委会" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_only_group (void)
{
  static const AddressCase cases[] = {
    /* One place however its number is written. */
    { "红星镇五组", "红星镇五组" },
    { "红星镇5组", "红星镇五组" },
    { "红星镇５组", "红星镇五组" },
    { "红星镇第五组", "红星镇五组" },
    { "红星镇第5组", "红星镇五组" },
    { "某乡3组", "某乡三组" },
    { "四川省营山县红星镇十二组", "红星镇十二组" },
    { "红星镇12组", "红星镇十二组" },
    { "红星镇第十二组", "红星镇十二组" },
    { "红星镇10组", "红星镇十组" },
    { "红星镇一〇组", "红星镇十组" },
    { "红星镇20组", "红星镇二十组" },
    { "红星镇二十三组", "红星镇二十三组" },
    { "红星镇100组", "红星镇100组" },
    { "红星镇第三村民小组", "红星镇三组" },
    /* Sichuan writes 社 and older addresses 队. */
    { "红星镇五社", "红星镇五社" },
    { "红星镇3队", "红星镇三队" },
    /* A named group. */
    { "红星镇平寨组", "红星镇平寨组" },
    { "广东省中山市古镇镇五组", "古镇镇五组" },
    { "西乡街道三组", "西乡街道三组" },
    /* A group number means nothing without its town. */
    { "雷山县五组", "" },
    { "5组", "" },
    /* With a village, the group is dropped. */
    { "红星镇李家村五社", "李家村" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_communities (void)
{
  static const AddressCase cases[] = {
    { "营山县城关镇建设社区幸福路3号", "建设社区" },
    { "广东省东莞市长安镇沙头社区振安中路126号", "沙头社区" },
    { "广东省东莞市厚街镇三屯社区厚街大道西152号", "三屯社区" },
    /* A 社区 whose name holds 村. */
    { "广东省东莞市塘厦镇林村社区环市东路45号", "林村社区" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_natural_village (void)
{
  static const AddressCase cases[] = {
    { "雷山县大塘乡小寨", "小寨" },
    { "雷山县大塘乡小寨5号", "小寨" },
    { "红星镇李家湾", "李家湾" },
    { "红星镇王家坝12号", "王家坝" },
    /* Not place names. */
    { "红星镇合作社", "" },
    { "红星镇中心小学", "" },
    { "红星镇卫生院", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_no_village (void)
{
  static const AddressCase cases[] = {
    { "雷山县丹江镇永乐路8号", "" },
    { "上海市浦东新区川沙新镇妙境路588号", "" },
    { "广东省中山市古镇镇曹三工业大道北66号", "" },
    { "广东省佛山市南海区大沥镇沥东工业区兴业路12号", "" },
    { "红星镇", "" },
    { "湖南省邵阳市隆回县桃洪镇", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_traps (void)
{
  static const AddressCase cases[] = {
    /* A town named like a village. */
    { "锡山区梅村街道锡协路156号", "" },
    { "江苏省无锡市新吴区梅村街道锡协路156号", "" },
    { "北京市大兴区黄村镇兴华大街三段18号", "" },
    { "陕西省西安市未央区六村堡街道天台八路19号", "" },
    { "广东省深圳市宝安区西乡街道固戍二路33号", "" },
    /* Roads named after a village are in it (城中村). */
    { "康乐村大街36号", "康乐村" },
    { "广东省广州市海珠区凤阳街道康乐村大街36号", "康乐村" },
    { "北京市朝阳区十八里店乡周庄村东路12号", "周庄村" },
    { "浙江省义乌市稠江街道杨村路208号", "杨村" },
    /* Running text is not a village's name. */
    { "这是一个非常非常非常长的名字村", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_writing (void)
{
  static const AddressCase cases[] = {
    /* Spaces, the ideographic space, tabs. */
    { "四川省 南充市 营山县 红星镇 石桥村 二组", "石桥村" },
    { "红星镇\u3000石桥村\t二组", "石桥村" },
    { "  红星镇石桥村  ", "石桥村" },
    /* Punctuation and brackets. */
    { "雷山县丹江镇，羊排村、三组", "羊排村" },
    { "羊排村（三组）", "羊排村" },
    { "红星镇-李家村-5组", "李家村" },
    /* Full-width digits and letters. */
    { "红星镇李家村５组１２号", "李家村" },
    { "红星镇Ａ村", "A村" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_junk (void)
{
  static const AddressCase cases[] = {
    { NULL, "" },
    { "", "" },
    { "   ", "" },
    { "村", "" },
    { "组", "" },
    { "\xff\xfe", "" },
    { "红星镇\xe6\x9d李家村", "" },        /* a truncated character */
    { "红星镇李家村\xc0\x80", "" },        /* an overlong NUL */
    { "红星镇李家村\xed\xa0\x80", "" },    /* a surrogate */
  };
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240229);
  static const char *const pieces[] = {
    "省", "市", "县", "区", "镇", "乡", "街道", "村", "社区", "居委会", "组",
    "社", "队", "村委会", "村民小组", "第", "十", "五", "5", "号", "路", "寨",
    "红星", "李家", "a", " ", "，", "\xe6", "\x80", "\xff",
  };
  guint i;

  check_cases (cases, G_N_ELEMENTS (cases));

  /* Long runs. */
  for (i = 0; i < 20000; i++)
    g_string_append (long_text, "村");
  {
    g_autofree char *village = haven_address_guess_village (long_text->str);
    g_assert_cmpstr (village, ==, "");
  }

  /* Random strings of markers, names and broken bytes: the result is
   * always UTF-8, not much longer than the address (a group number in
   * digits grows: "99组" is "九十九组"), and "" for invalid text. */
  for (i = 0; i < 20000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *village = NULL;
      guint n = g_rand_int_range (rand, 0, 16);
      guint j;

      for (j = 0; j < n; j++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      village = haven_address_guess_village (text->str);
      g_assert_nonnull (village);
      g_assert_true (g_utf8_validate (village, -1, NULL));
      g_assert_cmpuint (strlen (village), <=, strlen (text->str) + 8);
      if (!g_utf8_validate (text->str, -1, NULL))
        g_assert_cmpstr (village, ==, "");
    }
}

/* Every address the sample school gives a child ("红星镇" and a village's
 * group) parses to its village. */
static void
test_sample_addresses (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i;

  for (i = 0; i < 5000; i++)
    {
      const char *pick = haven_sample_data_pick (rand, HAVEN_SAMPLE_VILLAGE);
      g_autofree char *address = g_strconcat ("红星镇", pick, NULL);
      g_autofree char *village = haven_address_guess_village (address);
      const char *cun = strstr (pick, "村");
      g_autofree char *expected = NULL;

      g_assert_nonnull (cun);
      expected = g_strndup (pick, (gsize) (cun - pick) + strlen ("村"));
      g_assert_cmpstr (village, ==, expected);
      /* The rest is its group, in Chinese numerals. */
      g_assert_true (g_str_has_suffix (pick, "组"));

      g_hash_table_add (seen, g_steal_pointer (&village));
    }

  /* The draws reached all 40 villages. */
  g_assert_cmpuint (g_hash_table_size (seen), ==, 40);
}

/* The workplaces of the sample's parents: city addresses, mostly without a
 * village; the ones with a 社区 or a 城中村 road find it. */
static void
test_sample_workplaces (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  guint i;

  for (i = 0; i < 5000; i++)
    {
      const char *city, *employer, *address;
      g_autofree char *village = NULL;

      haven_sample_data_workplace (rand, &city, &employer, &address);
      village = haven_address_guess_village (address);
      g_assert_true (g_utf8_validate (village, -1, NULL));
      if (*village != '\0')
        g_hash_table_insert (found, (gpointer) address, g_steal_pointer (&village));
    }

  g_assert_cmpstr (g_hash_table_lookup (found, "广东省东莞市塘厦镇林村社区环市东路45号"), ==, "林村社区");
  g_assert_cmpstr (g_hash_table_lookup (found, "广东省东莞市长安镇沙头社区振安中路126号"), ==, "沙头社区");
  g_assert_null (g_hash_table_lookup (found, "江苏省无锡市新吴区梅村街道锡协路156号"));
  g_assert_null (g_hash_table_lookup (found, "北京市大兴区黄村镇兴华大街三段18号"));
  g_assert_null (g_hash_table_lookup (found, "陕西省西安市未央区六村堡街道天台八路19号"));

  /* Every village found is a 村 or a 社区, never a street. */
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, found);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_assert_true (g_str_has_suffix (value, "村") || g_str_has_suffix (value, "社区"));
  }
}

typedef struct
{
  const char *address;
  const char *village;
} ThreadCase;

static gpointer
guess_all_cb (gpointer user_data)
{
  static const ThreadCase cases[] = {
    { "贵州省黔东南苗族侗族自治州雷山县西江镇羊排村三组", "羊排村" },
    { "红星镇5组", "红星镇五组" },
    { "广东省东莞市塘厦镇林村社区环市东路45号", "林村社区" },
    { "锡山区梅村街道锡协路156号", "" },
  };
  gboolean ok = TRUE;
  guint i;

  for (i = 0; i < 4000; i++)
    {
      const ThreadCase *c = &cases[i % G_N_ELEMENTS (cases)];
      g_autofree char *village = haven_address_guess_village (c->address);

      ok &= strcmp (village, c->village) == 0;
    }

  return GINT_TO_POINTER (ok);
}

static void
test_threads (void)
{
  GThread *threads[4];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("address", guess_all_cb, NULL);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/address/town-and-village", test_town_and_village);
  g_test_add_func ("/address/committees", test_committees);
  g_test_add_func ("/address/only-group", test_only_group);
  g_test_add_func ("/address/communities", test_communities);
  g_test_add_func ("/address/natural-village", test_natural_village);
  g_test_add_func ("/address/no-village", test_no_village);
  g_test_add_func ("/address/traps", test_traps);
  g_test_add_func ("/address/writing", test_writing);
  g_test_add_func ("/address/junk", test_junk);
  g_test_add_func ("/address/sample-addresses", test_sample_addresses);
  g_test_add_func ("/address/sample-workplaces", test_sample_workplaces);
  g_test_add_func ("/address/threads", test_threads);

  return g_test_run ();
}
