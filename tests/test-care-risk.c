/* test-care-risk.c: whether a child's care is at risk, from the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-care-risk"

#include "config.h"

#include "haven-care-risk.h"
#include "haven-db.h"
#include "haven-labels.h"
#include "haven-school-class.h"
#include "haven-test-utils.h"

static HavenCareFacts
safe_facts (void)
{
  HavenCareFacts facts = {
    "健康", 62, HAVEN_RELATIONSHIP_GRANDMOTHER, "13500000001", "13500000002",
    TRUE, TRUE, HAVEN_HOME_VISITS_YEARLY, HAVEN_HOME_VISITS_SEASONALLY,
  };
  return facts;
}

static void
test_care_risk_rules (void)
{
  HavenCareFacts facts = safe_facts ();

  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);

  /* The guardian's age, at the boundary. */
  facts.guardian_age = 69;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts.guardian_age = 70;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_GUARDIAN_OLD);
  facts = safe_facts ();

  /* Poor health, as typed. */
  facts.guardian_health = "腿脚不便，常年卧床";
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_GUARDIAN_ILL);
  facts.guardian_health = "高血压";
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts = safe_facts ();

  /* Only a brother or sister: under 16 is a risk, 16 is an adult, an age
   * not given says nothing. */
  facts.guardian_relationship = HAVEN_RELATIONSHIP_SIBLING;
  facts.guardian_age = 15;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_SIBLING_ONLY);
  facts.guardian_age = 16;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts.guardian_age = 0;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts = safe_facts ();

  /* Nobody looks after the child: the guardian's age and health say
   * nothing then. */
  facts.guardian_relationship = HAVEN_RELATIONSHIP_NOBODY;
  facts.guardian_age = 80;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_ALONE);
  facts = safe_facts ();

  /* One parent's phone is enough. */
  facts.father_phone = "";
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts.mother_phone = NULL;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NO_PARENT_PHONE);
  facts = safe_facts ();

  /* Once a year is not "over a year"; rarely is, for a parent away. */
  facts.mother_home_visits = HAVEN_HOME_VISITS_RARELY;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_PARENT_AWAY_LONG);
  facts.mother_away = FALSE;
  g_assert_cmpint (haven_care_risk_of (&facts), ==, HAVEN_CARE_RISK_NONE);
  facts = safe_facts ();

  /* Several at once. */
  facts.guardian_age = 75;
  facts.guardian_health = "脑梗后遗症";
  facts.father_phone = facts.mother_phone = "";
  facts.father_home_visits = HAVEN_HOME_VISITS_RARELY;
  g_assert_cmpint (haven_care_risk_of (&facts), ==,
                   HAVEN_CARE_RISK_GUARDIAN_OLD | HAVEN_CARE_RISK_GUARDIAN_ILL
                   | HAVEN_CARE_RISK_NO_PARENT_PHONE | HAVEN_CARE_RISK_PARENT_AWAY_LONG);
  {
    g_auto(GStrv) labels = haven_label_care_risks (haven_care_risk_of (&facts));
    g_assert_cmpuint (g_strv_length (labels), ==, 4);
    g_assert_cmpstr (labels[0], ==, "Guardian aged 70 or more");
  }
}

static void
test_care_risk_health_words (void)
{
  const char *poor[] = { "常年卧病", "残疾", "半身瘫痪", "中风", "视力差", "慢性病，需长期服药", "Poor", "bedridden",
                         "frail and ill" };
  const char *fine[] = { "", "健康", "良好", "一般", "高血压", "糖尿病", "still strong", "fine" };

  for (guint i = 0; i < G_N_ELEMENTS (poor); i++)
    {
      g_test_message ("poor: %s", poor[i]);
      g_assert_true (haven_care_risk_health_is_poor (poor[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (fine); i++)
    {
      g_test_message ("fine: %s", fine[i]);
      g_assert_false (haven_care_risk_health_is_poor (fine[i]));
    }
  g_assert_false (haven_care_risk_health_is_poor (NULL));
}

/* The flags go onto the child's row with every save of the file, and the
 * archive filters by them. */
static void
test_care_risk_stored (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();
  g_autoptr(HavenChildFile) safe = NULL;
  g_autoptr(HavenChildFile) risky = NULL;
  g_autoptr(HavenChildQuery) query = haven_child_query_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) row = NULL;
  gint64 class_id, safe_id, risky_id;

  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, "三年级（1）班");
  class_id = haven_test_save_ok (store, klass);

  safe = haven_test_child_file_new ("张小明", class_id, "13800000001");
  risky = haven_test_child_file_new ("李小红", class_id, "13800000002");
  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_guardian (risky)), HAVEN_GUARDIAN_AGE, 74);
  safe_id = haven_test_save_child_file (store, safe, "测试", &error);
  g_assert_no_error (error);
  risky_id = haven_test_save_child_file (store, risky, "测试", &error);
  g_assert_no_error (error);

  row = haven_test_load (store, HAVEN_TYPE_CHILD, risky_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_record_get_int (row, HAVEN_CHILD_CARE_RISK), ==, HAVEN_CARE_RISK_GUARDIAN_OLD);

  haven_child_query_set_care_risk (query, TRUE);
  g_assert_true (haven_child_query_is_filtered (query));
  ids = haven_test_query (store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, risky_id);
  g_clear_pointer (&ids, g_array_unref);

  /* Mended: the flag goes with the next save. */
  g_clear_object (&risky);
  risky = haven_test_load_child_file (store, risky_id, &error);
  g_assert_no_error (error);
  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_guardian (risky)), HAVEN_GUARDIAN_AGE, 58);
  haven_test_save_child_file (store, risky, "测试", &error);
  g_assert_no_error (error);
  ids = haven_test_query (store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  (void) safe_id;

  g_clear_object (&row);
  haven_test_finalize_store (&store);
}

/* A file saved before the rules (or under older ones) is redone once
 * when the database opens. */
static void
test_care_risk_redone_on_open (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  g_autoptr(HavenChildFile) file = haven_test_child_file_new ("王小军", 0, "13800000003");
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) row = NULL;
  HavenDb *db;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_father (file)), HAVEN_PARENT_PHONE, "");
  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_mother (file)), HAVEN_PARENT_PHONE, "");
  id = haven_test_save_child_file (store, file, "测试", &error);
  g_assert_no_error (error);
  haven_test_finalize_store (&store);

  /* As an older Haven left it: no flags, no record of the rules. */
  db = haven_db_open (dir->path, &error);
  g_assert_no_error (error);
  g_assert_true (haven_db_exec (db, "UPDATE child SET care_risk = 0; DELETE FROM meta WHERE key = 'care-risk-rules'",
                                &error));
  haven_db_close (db);

  store = haven_test_open_store (dir->path);
  row = haven_test_load (store, HAVEN_TYPE_CHILD, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (haven_record_get_int (row, HAVEN_CHILD_CARE_RISK), ==, HAVEN_CARE_RISK_NO_PARENT_PHONE);
  g_clear_object (&row);
  haven_test_finalize_store (&store);
}

/* The overview's "birthdays in the next two weeks" opens this filter. */
static void
test_birthdays_ahead (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  const char *births[] = { "2017-12-25", "2018-01-04", "2018-01-05", "2016-02-29", "2018-11-20" };
  g_autoptr(HavenChildQuery) query = haven_child_query_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 child_ids[G_N_ELEMENTS (births)];

  for (guint i = 0; i < G_N_ELEMENTS (births); i++)
    {
      g_autofree char *name = g_strdup_printf ("孩子%u", i);
      g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, 0, "13800000004");

      haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_BIRTH_DATE, births[i]);
      child_ids[i] = haven_test_save_child_file (store, file, "测试", &error);
      g_assert_no_error (error);
    }

  /* From 22 December, 14 days take in Christmas Day and 4 January, not
   * the 5th: the window wraps at New Year. */
  haven_query_set_today (HAVEN_QUERY (query), "2026-12-22");
  haven_child_query_set_birthday_days (query, 14);
  ids = haven_test_query (store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  /* 29 February falls on 1 March in a common year. */
  haven_query_set_today (HAVEN_QUERY (query), "2027-03-01");
  haven_child_query_set_birthday_days (query, 1);
  ids = haven_test_query (store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, child_ids[3]);

  haven_test_finalize_store (&store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/care-risk/rules", test_care_risk_rules);
  g_test_add_func ("/care-risk/health-words", test_care_risk_health_words);
  g_test_add_func ("/care-risk/stored", test_care_risk_stored);
  g_test_add_func ("/care-risk/redone-on-open", test_care_risk_redone_on_open);
  g_test_add_func ("/care-risk/birthdays-ahead", test_birthdays_ahead);

  return g_test_run ();
}
