/* test-sample.c: the sample school, through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-sample"

#include "config.h"

#include <string.h>

#include "haven-activity.h"
#include "haven-pairing.h"
#include "haven-sample.h"
#include "haven-sample-data.h"
#include "haven-talk.h"
#include "haven-activity-query.h"
#include "haven-attendance.h"
#include "haven-mentor-query.h"
#include "haven-owned-query.h"
#include "haven-pairing-query.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-talk-query.h"
#include "haven-term.h"
#include "haven-test-utils.h"

#define N_CHILDREN 60

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  guint         n_progress;
  double        min_progress;
  double        max_progress;
  guint         n_changed;
} Fixture;

static void
progress_cb (HavenStore *store,
             GParamSpec *pspec,
             Fixture    *fixture)
{
  double progress = haven_store_get_progress (store);

  fixture->n_progress++;
  fixture->min_progress = MIN (fixture->min_progress, progress);
  fixture->max_progress = MAX (fixture->max_progress, progress);
}

static void
changed_cb (HavenStore *store,
            GType       type,
            gint64      id,
            Fixture    *fixture)
{
  /* Many records at once: the base type and no id. */
  g_assert_true (type == HAVEN_TYPE_RECORD);
  g_assert_cmpint (id, ==, 0);
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = haven_test_dir_new ();
  fixture->store = haven_test_open_store (fixture->dir->path);
  fixture->min_progress = 2.0;
  fixture->max_progress = -2.0;
  g_signal_connect (fixture->store, "notify::progress", G_CALLBACK (progress_cb), fixture);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);

  g_assert_true (haven_test_fill_sample (fixture->store, N_CHILDREN, HAVEN_SAMPLE_SEED, HAVEN_TEST_TODAY, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  haven_test_finalize_store (&fixture->store);
  haven_test_dir_free (fixture->dir);
}

/* The lists the sample is checked through. */
typedef enum
{
  CHILDREN,
  PARENTS,
  TALKS,
  PAIRINGS,
  ACTIVITIES,
  CLASSES,
  TERMS,
  STAFF,
  MENTORS,
  ATTENDANCE,
} Kind;

static HavenQuery *
query_new (Kind       kind,
           HavenRoll  roll,
           gint64     child_id)
{
  switch (kind)
    {
    case CHILDREN:
      {
        HavenChildQuery *query = haven_child_query_new ();
        haven_child_query_set_roll (query, roll);
        return HAVEN_QUERY (query);
      }
    case PARENTS:
      return HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PARENT, "child-id", child_id));
    case TALKS:
      return HAVEN_QUERY (haven_talk_query_new ());
    case PAIRINGS:
      {
        HavenQuery *query = HAVEN_QUERY (haven_pairing_query_new ());
        g_object_set (query, "current-only", roll != HAVEN_ROLL_ALL, NULL);
        return query;
      }
    case ACTIVITIES:
      return HAVEN_QUERY (haven_activity_query_new ());
    case CLASSES:
      return haven_query_new (HAVEN_TYPE_SCHOOL_CLASS);
    case TERMS:
      return haven_query_new (HAVEN_TYPE_TERM);
    case STAFF:
      return haven_query_new (HAVEN_TYPE_STAFF);
    case MENTORS:
      return HAVEN_QUERY (haven_mentor_query_new ());
    case ATTENDANCE:
    default:
      return haven_query_new (HAVEN_TYPE_ATTENDANCE);
    }
}

static GPtrArray *
query_records (HavenStore *store,
               Kind        kind,
               HavenRoll   roll,
               gint64      child_id)
{
  g_autoptr(HavenQuery) query = query_new (kind, roll, child_id);
  GPtrArray *records;

  haven_query_set_today (query, HAVEN_TEST_TODAY);
  records = haven_test_query_records (store, query);
  g_assert_finalize_object (g_steal_pointer (&query));
  return records;
}

static guint
count_records (HavenStore *store,
               Kind        kind)
{
  GPtrArray *records = query_records (store, kind, HAVEN_ROLL_ALL, 0);
  guint n = records->len;

  haven_test_free_records (records);
  return n;
}

static void
test_sample_children (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) children = query_records (fixture->store, CHILDREN, HAVEN_ROLL_ALL, 0);
  g_autoptr(GPtrArray) current = query_records (fixture->store, CHILDREN, HAVEN_ROLL_CURRENT, 0);
  guint n_complete = 0;

  g_assert_cmpuint (children->len, ==, N_CHILDREN);
  g_assert_cmpuint (current->len, >, N_CHILDREN * 8 / 10);
  g_assert_cmpuint (current->len, <=, N_CHILDREN);

  /* Every child has a whole file: a father, a mother and a guardian,
   * saved with the right roles and pointing back at the child. */
  for (guint i = 0; i < children->len; i++)
    {
      HavenRecord *child = g_ptr_array_index (children, i);
      gint64 child_id = haven_record_get_id (child);
      g_autoptr(GError) error = NULL;
      g_autoptr(HavenChildFile) file = haven_test_load_child_file (fixture->store, child_id, &error);
      g_autoptr(GPtrArray) parents = query_records (fixture->store, PARENTS, HAVEN_ROLL_ALL, child_id);
      HavenRecord *father, *mother, *guardian;

      g_assert_no_error (error);
      father = HAVEN_RECORD (haven_child_file_get_father (file));
      mother = HAVEN_RECORD (haven_child_file_get_mother (file));
      guardian = HAVEN_RECORD (haven_child_file_get_guardian (file));

      g_assert_cmpstr (haven_record_get_string (child, HAVEN_CHILD_NAME), !=, "");
      g_assert_cmpint (haven_record_get_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID), >, 0);
      g_assert_cmpstr (haven_record_get_string (child, HAVEN_CHILD_CLASS_NAME), !=, "");

      g_assert_cmpuint (parents->len, ==, 2);
      g_assert_cmpint (haven_record_get_id (father), ==, haven_record_get_id (g_ptr_array_index (parents, 0)));
      g_assert_cmpint (haven_record_get_id (mother), ==, haven_record_get_id (g_ptr_array_index (parents, 1)));
      g_assert_cmpint (haven_record_get_int (father, HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_FATHER);
      g_assert_cmpint (haven_record_get_int (mother, HAVEN_PARENT_ROLE), ==, HAVEN_PARENT_ROLE_MOTHER);
      g_assert_cmpint (haven_record_get_ref (father, HAVEN_PARENT_CHILD_ID), ==, child_id);
      g_assert_cmpint (haven_record_get_ref (mother, HAVEN_PARENT_CHILD_ID), ==, child_id);
      g_assert_cmpint (haven_record_get_id (guardian), >, 0);
      g_assert_cmpint (haven_record_get_ref (guardian, HAVEN_GUARDIAN_CHILD_ID), ==, child_id);
      g_assert_cmpstr (haven_record_get_string (father, HAVEN_PARENT_NAME), !=, "");
      g_assert_cmpstr (haven_record_get_string (guardian, HAVEN_GUARDIAN_NAME), !=, "");

      /* The stored count of what is missing agrees with the file. */
      g_assert_cmpint (haven_record_get_int (child, HAVEN_CHILD_MISSING), ==,
                       haven_missing_count (haven_child_file_get_missing (file)));
      if (haven_child_file_get_missing (file) == HAVEN_MISSING_NONE)
        n_complete++;

      g_assert_finalize_object (g_steal_pointer (&file));
      haven_test_free_records (g_steal_pointer (&parents));
    }

  /* Most files are complete, as in a school that keeps them up. */
  g_assert_cmpuint (n_complete, >, N_CHILDREN / 2);

  haven_test_free_records (g_steal_pointer (&current));
  haven_test_free_records (g_steal_pointer (&children));
}

static void
test_sample_records (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) talks = query_records (fixture->store, TALKS, HAVEN_ROLL_ALL, 0);
  g_autoptr(GPtrArray) pairings = query_records (fixture->store, PAIRINGS, HAVEN_ROLL_ALL, 0);
  g_autoptr(GPtrArray) activities = query_records (fixture->store, ACTIVITIES, HAVEN_ROLL_ALL, 0);

  g_assert_cmpuint (talks->len, >, 0);
  g_assert_cmpuint (pairings->len, >, 0);
  g_assert_cmpuint (activities->len, >, 0);
  g_assert_cmpuint (count_records (fixture->store, CLASSES), ==, 6);
  g_assert_cmpuint (count_records (fixture->store, TERMS), ==, 2);
  g_assert_cmpuint (count_records (fixture->store, STAFF), >=, 6);
  g_assert_cmpuint (count_records (fixture->store, MENTORS), >=, 6);
  g_assert_cmpuint (count_records (fixture->store, ATTENDANCE), >, 0);

  /* The talks happened this autumn term, up to today. */
  for (guint i = 0; i < talks->len; i++)
    {
      HavenRecord *talk = g_ptr_array_index (talks, i);
      const char *date = haven_record_get_string (talk, HAVEN_TALK_DATE);

      g_assert_cmpstr (date, >=, "2026-09-01");
      g_assert_cmpstr (date, <=, HAVEN_TEST_TODAY);
      g_assert_cmpint (haven_record_get_ref (talk, HAVEN_TALK_CHILD_ID), >, 0);
      g_assert_cmpstr (haven_record_get_string (talk, HAVEN_TALK_CHILD_NAME), !=, "");
    }

  /* Pairings link a child and a mentor. */
  for (guint i = 0; i < pairings->len; i++)
    {
      HavenRecord *pairing = g_ptr_array_index (pairings, i);

      g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_CHILD_NAME), !=, "");
      g_assert_cmpstr (haven_record_get_string (pairing, HAVEN_PAIRING_MENTOR_NAME), !=, "");
    }

  for (guint i = 0; i < activities->len; i++)
    g_assert_cmpstr (haven_record_get_string (g_ptr_array_index (activities, i), HAVEN_ACTIVITY_TITLE), !=, "");

  haven_test_free_records (g_steal_pointer (&activities));
  haven_test_free_records (g_steal_pointer (&pairings));
  haven_test_free_records (g_steal_pointer (&talks));
}

static void
test_sample_overview (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenOverview) overview = haven_test_overview (fixture->store, HAVEN_TEST_TODAY, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (overview->children, >, 0);
  g_assert_cmpuint (overview->children, <=, N_CHILDREN);
  g_assert_cmpuint (overview->complete, <=, overview->children);
  g_assert_cmpuint (overview->paired, >, 0);
  g_assert_cmpuint (overview->talks_this_month, >, 0);
  g_assert_cmpuint (overview->classes, ==, 6);
  g_assert_cmpuint (overview->staff, >, 0);
}

static void
test_sample_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  /* Progress showed, from 0, and is back to "none" at the end. */
  g_assert_cmpuint (fixture->n_progress, >=, 2);
  g_assert_cmpfloat (fixture->min_progress, ==, -1.0);
  g_assert_cmpfloat (fixture->max_progress, >=, 0.0);
  g_assert_cmpfloat (fixture->max_progress, <=, 1.0);
  g_assert_cmpfloat (haven_store_get_progress (fixture->store), ==, -1.0);
  g_assert_false (haven_store_get_busy (fixture->store));

  /* One changed signal for the lot. */
  g_assert_cmpuint (fixture->n_changed, ==, 1);
}

static char *
child_names (HavenStore *store)
{
  g_autoptr(GPtrArray) children = query_records (store, CHILDREN, HAVEN_ROLL_ALL, 0);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < children->len; i++)
    {
      HavenRecord *child = g_ptr_array_index (children, i);

      g_string_append_printf (names, "%s %s %s;",
                              haven_record_get_string (child, HAVEN_CHILD_NAME),
                              haven_record_get_string (child, HAVEN_CHILD_BIRTH_DATE),
                              haven_record_get_string (child, HAVEN_CHILD_GUARDIAN_PHONE));
    }
  haven_test_free_records (g_steal_pointer (&children));
  return g_strdup (names->str);
}

static void
test_sample_same_seed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(HavenTestDir) other_dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = child_names (fixture->store);
  g_autofree char *again_names = NULL;
  g_autofree char *other_names = NULL;
  HavenStore *again;
  HavenStore *other;

  /* The same seed makes the same school. */
  again = haven_test_open_store (dir->path);
  g_assert_true (haven_test_fill_sample (again, N_CHILDREN, HAVEN_SAMPLE_SEED, HAVEN_TEST_TODAY, &error));
  g_assert_no_error (error);
  again_names = child_names (again);
  g_assert_cmpstr (again_names, ==, names);
  haven_test_finalize_store (&again);

  /* Another seed, another school. */
  other = haven_test_open_store (other_dir->path);
  g_assert_true (haven_test_fill_sample (other, N_CHILDREN, HAVEN_SAMPLE_SEED + 1, HAVEN_TEST_TODAY, &error));
  g_assert_no_error (error);
  other_names = child_names (other);
  g_assert_cmpstr (other_names, !=, names);
  haven_test_finalize_store (&other);
}

static void
count_changed_cb (HavenStore *store,
                  GType       type,
                  gint64      id,
                  guint      *n_changed)
{
  (*n_changed)++;
}

static void
test_sample_bad_date (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenStore *store = haven_test_open_store (dir->path);
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed_cb), &n_changed);

  /* An impossible today: an error, and nothing half-made. */
  g_assert_false (haven_test_fill_sample (store, 10, HAVEN_SAMPLE_SEED, "2026-13-45", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpuint (count_records (store, CHILDREN), ==, 0);
  g_assert_cmpuint (count_records (store, CLASSES), ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpfloat (haven_store_get_progress (store), ==, -1.0);

  haven_test_finalize_store (&store);
}

static void
test_sample_spring (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GError) error = NULL;
  HavenStore *store = haven_test_open_store (dir->path);
  g_autoptr(GPtrArray) talks = NULL;

  /* In the spring term, the talks start in late February. */
  g_assert_true (haven_test_fill_sample (store, 12, 7, "2027-04-10", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_records (store, CHILDREN), ==, 12);
  talks = query_records (store, TALKS, HAVEN_ROLL_ALL, 0);
  g_assert_cmpuint (talks->len, >, 0);
  for (guint i = 0; i < talks->len; i++)
    {
      const char *date = haven_record_get_string (g_ptr_array_index (talks, i), HAVEN_TALK_DATE);

      g_assert_cmpstr (date, >=, "2027-02-01");
      g_assert_cmpstr (date, <=, "2027-04-10");
    }

  haven_test_free_records (g_steal_pointer (&talks));
  haven_test_finalize_store (&store);
}

/* Whether a note speaks of a girl as 他 or of a boy as 她: 他们, 他人 and
 * 其他 are no pronoun of the child. */
static gboolean
pronoun_agrees (const char *text,
                gboolean    male)
{
  g_autoptr(GString) rest = g_string_new (text);

  if (male)
    return strstr (text, "她") == NULL;
  g_string_replace (rest, "他们", "", 0);
  g_string_replace (rest, "他人", "", 0);
  g_string_replace (rest, "其他", "", 0);
  return strstr (rest->str, "他") == NULL;
}

/* The notes agree with the child's file: the pronoun by sex, the city a
 * parent works in as the card says, the grandparent who is the guardian. */
static void
test_sample_notes_read_true (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_talk_query_new ());
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *cities = haven_sample_data_cities ();
  static const struct
  {
    const char        *word;
    HavenRelationship  relationship;
  } grandparents[] = {
    { "爷爷", HAVEN_RELATIONSHIP_GRANDFATHER }, { "奶奶", HAVEN_RELATIONSHIP_GRANDMOTHER },
    { "外公", HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER }, { "外婆", HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER },
  };
  guint n_cities = 0;

  /* The headteacher reads every note, counselling too. */
  haven_test_run_as (fixture->store, "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
  ids = haven_test_query (fixture->store, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, >, N_CHILDREN);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(HavenRecord) talk = haven_test_load (fixture->store, HAVEN_TYPE_TALK, g_array_index (ids, gint64, i), &error);
      gint64 child_id = haven_record_get_ref (talk, HAVEN_TALK_CHILD_ID);
      const char *text = haven_record_get_string (talk, HAVEN_TALK_CONTENT);
      HavenChildFile *file = g_hash_table_lookup (files, &child_id);
      HavenRecord *father, *mother;
      gboolean male;

      g_assert_no_error (error);
      if (file == NULL)
        {
          file = haven_test_load_child_file (fixture->store, child_id, &error);
          g_assert_no_error (error);
          g_hash_table_insert (files, g_memdup2 (&child_id, sizeof child_id), file);
        }
      male = haven_record_get_int (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_GENDER)
             == HAVEN_GENDER_MALE;
      father = HAVEN_RECORD (haven_child_file_get_father (file));
      mother = HAVEN_RECORD (haven_child_file_get_mother (file));

      if (!pronoun_agrees (text, male))
        g_test_message ("%s: %s", male ? "boy" : "girl", text);
      g_assert_true (pronoun_agrees (text, male));

      for (guint c = 0; cities[c] != NULL; c++)
        if (strstr (text, cities[c]) != NULL)
          {
            gboolean fathers = haven_record_get_int (father, HAVEN_PARENT_AWAY)
                               && g_str_equal (haven_record_get_string (father, HAVEN_PARENT_WORK_PLACE), cities[c]);
            gboolean mothers = haven_record_get_int (mother, HAVEN_PARENT_AWAY)
                               && g_str_equal (haven_record_get_string (mother, HAVEN_PARENT_WORK_PLACE), cities[c]);

            if (!fathers && !mothers)
              g_test_message ("%s is in the note, the card says %s and %s: %s", cities[c],
                              haven_record_get_string (father, HAVEN_PARENT_WORK_PLACE),
                              haven_record_get_string (mother, HAVEN_PARENT_WORK_PLACE), text);
            g_assert_true (fathers || mothers);
            n_cities++;
          }

      for (guint g = 0; g < G_N_ELEMENTS (grandparents); g++)
        if (strstr (text, grandparents[g].word) != NULL)
          g_assert_cmpint (haven_record_get_int (HAVEN_RECORD (haven_child_file_get_guardian (file)),
                                                 HAVEN_GUARDIAN_RELATIONSHIP), ==, grandparents[g].relationship);
    }
  /* Notes do name where parents work. */
  g_assert_cmpuint (n_cities, >, 0);
}

/* The sample has every kind of record the due rules read. */
static void
test_sample_kinds (Fixture       *fixture,
                   gconstpointer  data)
{
  for (int kind = HAVEN_TALK_MONTHLY; kind <= HAVEN_TALK_GUARDIAN_CONTACT; kind++)
    {
      g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
      g_autoptr(GArray) ids = NULL;
      g_autoptr(GError) error = NULL;

      g_object_set (query, "kind", kind, NULL);
      ids = haven_test_query (fixture->store, HAVEN_QUERY (query), &error);
      g_assert_no_error (error);
      g_test_message ("kind %d: %u records", kind, ids->len);
      g_assert_cmpuint (ids->len, >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/sample/children", test_sample_children);
  ADD ("/sample/records", test_sample_records);
  ADD ("/sample/overview", test_sample_overview);
  ADD ("/sample/progress", test_sample_progress);
  ADD ("/sample/same-seed", test_sample_same_seed);
  ADD ("/sample/notes-read-true", test_sample_notes_read_true);
  ADD ("/sample/kinds", test_sample_kinds);
#undef ADD
  g_test_add_func ("/sample/bad-date", test_sample_bad_date);
  g_test_add_func ("/sample/spring", test_sample_spring);

  return g_test_run ();
}
