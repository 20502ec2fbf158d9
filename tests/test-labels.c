/* test-labels.c: what a person reads for each value of the domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "haven-labels.h"
#include "haven-model-enums.h"

/* Every value of every labelled enum has its own, non-empty label, so a
 * value added to an enum cannot show up blank in a form. */
static void
test_labels_cover_enums (void)
{
  GType types[] = {
    HAVEN_TYPE_GENDER, HAVEN_TYPE_LEFT_BEHIND_REASON, HAVEN_TYPE_CHILD_STATUS,
    HAVEN_TYPE_STUDY_LEVEL, HAVEN_TYPE_PARENT_ROLE, HAVEN_TYPE_HOME_VISITS,
    HAVEN_TYPE_RELATIONSHIP, HAVEN_TYPE_STAFF_ROLE, HAVEN_TYPE_MENTOR_KIND,
    HAVEN_TYPE_PROGRESS, HAVEN_TYPE_ACTIVITY_TYPE, HAVEN_TYPE_RECURRENCE,
    HAVEN_TYPE_TALK_KIND, HAVEN_TYPE_MOOD,
    HAVEN_TYPE_LECTURE_TOPIC,
  };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (types[t]);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_test_message ("%s", g_type_name (types[t]));
      g_assert_cmpuint (haven_label_count (types[t]), ==, enum_class->n_values);
      for (guint i = 0; i < enum_class->n_values; i++)
        {
          const char *label = haven_label_for (types[t], enum_class->values[i].value);

          g_assert_cmpstr (label, !=, "");
          g_assert_false (g_hash_table_contains (seen, label));
          g_hash_table_add (seen, (gpointer) label);
        }
      g_assert_cmpstr (haven_label_for (types[t], enum_class->n_values), ==, "");
      g_assert_cmpstr (haven_label_for (types[t], -1), ==, "");
    }

  g_assert_cmpstr (haven_label_reason (HAVEN_LEFT_BEHIND_BOTH_AWAY), ==, "Both parents away");
  g_assert_cmpstr (haven_label_for (G_TYPE_INT, 0), ==, "");
}

static void
test_labels_topics (void)
{
  g_autofree char *none = haven_label_topics (HAVEN_TOPIC_NONE);
  g_autofree char *two = haven_label_topics (HAVEN_TOPIC_STUDY | HAVEN_TOPIC_FAMILY);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (two, ==, "Study, Family");
  g_assert_cmpstr (haven_label_topic (HAVEN_TOPIC_SAFETY), ==, "Safety");
}

static void
test_labels_missing (void)
{
  g_auto(GStrv) none = haven_label_missing (HAVEN_MISSING_NONE);
  g_auto(GStrv) two = haven_label_missing (HAVEN_MISSING_GUARDIAN_PHONE | HAVEN_MISSING_NAME);

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (two), ==, 2);
  g_assert_cmpstr (two[0], ==, "Name");
  g_assert_cmpstr (two[1], ==, "Guardian’s phone");
}

/* The history stores nicks; a reader sees labels. */
static void
test_labels_history (void)
{
  struct { const char *key, *value, *label; } cases[] = {
    { "child.reason", "both-away", "Both parents away" },
    { "child.key-support", "yes", "Yes" },
    { "father.away", "no", "No" },
    { "guardian.relationship", "grandmother", "Grandmother" },
    { "mother.home-visits", "yearly", "Once a year" },
    { "guardian.phone", "13800138000", "13800138000" },
    { "child.school-class-id", "三年级（2）班", "三年级（2）班" },
    { "child.reason", "no-such-nick", "no-such-nick" },
    { "file.created", "张小明", "张小明" },
    { "nonsense", "x", "x" },
    { "child.reason", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = haven_label_history_value (cases[i].key, cases[i].value);
      g_assert_cmpstr (label, ==, cases[i].label);
    }

  g_assert_cmpstr (haven_label_history_field ("guardian.phone"), ==, "Guardian’s phone");
  g_assert_cmpstr (haven_label_history_field ("unknown.key"), ==, "unknown.key");
}

/* Empty parts leave no separator behind ("・未填写", "・无电话"). */
static void
test_labels_join (void)
{
  struct { const char *name, *phone, *expected; } guardians[] = {
    { "奶奶", "13800138000", "奶奶 · 13800138000" },
    { "奶奶", "", "奶奶 (no phone)" },
    { "", "0851-86512345", "0851-86512345" },
    { "", "", "" },
    { NULL, NULL, "" },
  };
  struct { const char *a, *b, *c, *expected; } joins[] = {
    { "三年级1班", "Both parents away", "", "三年级1班 · Both parents away" },
    { "", "Both parents away", "", "Both parents away" },
    { "三年级1班", "", "", "三年级1班" },
    { "", "", "", "" },
    { "a", "", "c", "a · c" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (guardians); i++)
    {
      g_autofree char *text = haven_label_guardian (guardians[i].name, guardians[i].phone);

      g_assert_cmpstr (text, ==, guardians[i].expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (joins); i++)
    {
      g_autofree char *text = haven_label_join (joins[i].a, joins[i].b, joins[i].c, NULL);

      g_assert_cmpstr (text, ==, joins[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/labels/cover-enums", test_labels_cover_enums);
  g_test_add_func ("/labels/topics", test_labels_topics);
  g_test_add_func ("/labels/missing", test_labels_missing);
  g_test_add_func ("/labels/history", test_labels_history);
  g_test_add_func ("/labels/join", test_labels_join);

  return g_test_run ();
}
