/* test-record.c: HavenRecord, through its concrete types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-record"

#include "config.h"

#include <string.h>

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-guardian.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-parent.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-term.h"
#include "haven-test-utils.h"

#define RECORD_DOMAIN "haven-record"

typedef struct
{
  GType (*get_type) (void);
  guint n_fields;
} RecordType;

static const RecordType record_types[] = {
  { haven_activity_get_type, HAVEN_ACTIVITY_N_FIELDS },
  { haven_attendance_get_type, HAVEN_ATTENDANCE_N_FIELDS },
  { haven_change_get_type, HAVEN_CHANGE_N_FIELDS },
  { haven_child_get_type, HAVEN_CHILD_N_FIELDS },
  { haven_guardian_get_type, HAVEN_GUARDIAN_N_FIELDS },
  { haven_mentor_get_type, HAVEN_MENTOR_N_FIELDS },
  { haven_pairing_get_type, HAVEN_PAIRING_N_FIELDS },
  { haven_pairing_check_get_type, HAVEN_PAIRING_CHECK_N_FIELDS },
  { haven_parent_get_type, HAVEN_PARENT_N_FIELDS },
  { haven_school_class_get_type, HAVEN_SCHOOL_CLASS_N_FIELDS },
  { haven_school_info_get_type, HAVEN_SCHOOL_INFO_N_FIELDS },
  { haven_staff_get_type, HAVEN_STAFF_N_FIELDS },
  { haven_talk_get_type, HAVEN_TALK_N_FIELDS },
  { haven_term_get_type, HAVEN_TERM_N_FIELDS },
};

/* Every notify, by property name, in order. */
static int
compare_names (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
log_notify_cb (GObject    *object,
               GParamSpec *pspec,
               GPtrArray  *log)
{
  g_ptr_array_add (log, g_strdup (pspec->name));
}

/* The log as "a,b,c", emptied; sorted, for notifications that come
 * together when notify thaws, in no promised order. */
static char *
join_log (GPtrArray *log,
          gboolean   sorted)
{
  GString *joined = g_string_new (NULL);

  if (sorted)
    g_ptr_array_sort (log, (GCompareFunc) compare_names);
  for (guint i = 0; i < log->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, g_ptr_array_index (log, i));
    }
  g_ptr_array_set_size (log, 0);
  return g_string_free (joined, FALSE);
}

static void
test_record_field_tables (void)
{
  /* For every type: one property per field, numbered like the enum,
   * stored fields first, defaults that read as "empty". */
  for (guint t = 0; t < G_N_ELEMENTS (record_types); t++)
    {
      GType type = record_types[t].get_type ();
      g_autoptr(HavenRecord) record = g_object_new (type, NULL);
      GObjectClass *klass = G_OBJECT_GET_CLASS (record);
      gboolean seen_derived = FALSE;

      g_test_message ("%s", g_type_name (type));
      g_assert_true (HAVEN_IS_RECORD (record));
      g_assert_cmpuint (haven_record_get_n_fields (record), ==, record_types[t].n_fields);

      for (guint i = 0; i < record_types[t].n_fields; i++)
        {
          const HavenField *field = haven_record_get_field_info (record, i);
          GParamSpec *pspec = g_object_class_find_property (klass, field->name);

          g_assert_nonnull (pspec);
          g_assert_true (pspec->owner_type == type);
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
          g_assert_true (pspec->flags & G_PARAM_READWRITE);

          if (field->flags & HAVEN_FIELD_DERIVED)
            seen_derived = TRUE;
          else
            g_assert_false (seen_derived);
          /* Stored fields have their column; derived ones none. */
          g_assert_true ((field->flags & HAVEN_FIELD_DERIVED) ? field->column == NULL : field->column != NULL);
          g_assert_true (((field->flags & HAVEN_FIELD_STORED) != 0) != ((field->flags & HAVEN_FIELD_DERIVED) != 0));

          switch (field->kind)
            {
            case HAVEN_FIELD_TEXT:
            case HAVEN_FIELD_DATE:
              g_assert_true (G_IS_PARAM_SPEC_STRING (pspec));
              g_assert_cmpstr (haven_record_get_string (record, i), ==, "");
              break;
            case HAVEN_FIELD_INTEGER:
              g_assert_true (G_IS_PARAM_SPEC_INT (pspec));
              g_assert_cmpint (haven_record_get_int (record, i), ==, 0);
              break;
            case HAVEN_FIELD_BOOL:
              g_assert_true (G_IS_PARAM_SPEC_BOOLEAN (pspec));
              g_assert_cmpint (haven_record_get_int (record, i), ==, FALSE);
              break;
            case HAVEN_FIELD_ENUM:
              g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
              g_assert_true (pspec->value_type == field->get_type ());
              g_assert_cmpint (haven_record_get_int (record, i), ==, 0);
              break;
            case HAVEN_FIELD_FLAGS:
              g_assert_true (G_IS_PARAM_SPEC_FLAGS (pspec));
              g_assert_cmpint (haven_record_get_int (record, i), ==, 0);
              break;
            case HAVEN_FIELD_REF:
              g_assert_true (G_IS_PARAM_SPEC_INT64 (pspec));
              g_assert_cmpint (haven_record_get_ref (record, i), ==, 0);
              /* A reference names the record type it points at. */
              g_assert_nonnull (field->get_type);
              g_assert_true (g_type_is_a (field->get_type (), HAVEN_TYPE_RECORD));
              break;
            case HAVEN_FIELD_BLOB:
              g_assert_true (G_IS_PARAM_SPEC_BOXED (pspec));
              g_assert_null (haven_record_get_blob (record, i));
              break;
            default:
              g_assert_not_reached ();
            }
        }

      g_assert_finalize_object (g_steal_pointer (&record));
    }
}

static void
test_record_defaults (void)
{
  HavenChild *child = haven_child_new ();
  HavenRecord *record = HAVEN_RECORD (child);

  g_assert_cmpint (haven_record_get_id (record), ==, 0);
  g_assert_null (haven_record_get_uuid (record));
  g_assert_true (haven_record_get_loaded (record));
  g_assert_cmpstr (haven_record_get_string (record, HAVEN_CHILD_NAME), ==, "");
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_GENDER), ==, HAVEN_GENDER_UNKNOWN);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_STATUS), ==, HAVEN_CHILD_STATUS_CURRENT);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_KEY_SUPPORT), ==, FALSE);
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_CHILD_SCHOOL_CLASS_ID), ==, 0);

  g_assert_finalize_object (child);
}

static void
test_record_notify (void)
{
  HavenChild *child = haven_child_new ();
  HavenRecord *record = HAVEN_RECORD (child);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  g_autofree char *name = NULL;
  guint n_name = 0, n_gender = 0, n_boarding = 0, n_grade = 0, n_class = 0;
  guint n_id = 0, n_uuid = 0, n_loaded = 0;

  haven_test_count_notify (child, "name", &n_name);
  haven_test_count_notify (child, "gender", &n_gender);
  haven_test_count_notify (child, "boarding", &n_boarding);
  haven_test_count_notify (child, "grade", &n_grade);
  haven_test_count_notify (child, "school-class-id", &n_class);
  haven_test_count_notify (child, "id", &n_id);
  haven_test_count_notify (child, "uuid", &n_uuid);
  haven_test_count_notify (child, "loaded", &n_loaded);
  g_signal_connect (child, "notify", G_CALLBACK (log_notify_cb), log);

  /* Strings: the same value, or NULL for "", emits nothing. */
  haven_record_set_string (record, HAVEN_CHILD_NAME, "");
  haven_record_set_string (record, HAVEN_CHILD_NAME, NULL);
  g_assert_cmpuint (n_name, ==, 0);
  haven_record_set_string (record, HAVEN_CHILD_NAME, "张小明");
  g_assert_cmpuint (n_name, ==, 1);
  haven_record_set_string (record, HAVEN_CHILD_NAME, "张小明");
  g_object_set (child, "name", "张小明", NULL);
  g_assert_cmpuint (n_name, ==, 1);
  g_object_set (child, "name", "李华", NULL);
  g_assert_cmpuint (n_name, ==, 2);
  g_object_get (child, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "李华");
  g_assert_cmpstr (haven_record_get_string (record, HAVEN_CHILD_NAME), ==, "李华");

  /* Enums. */
  haven_record_set_int (record, HAVEN_CHILD_GENDER, HAVEN_GENDER_UNKNOWN);
  g_assert_cmpuint (n_gender, ==, 0);
  haven_record_set_int (record, HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  haven_record_set_int (record, HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  g_assert_cmpuint (n_gender, ==, 1);
  g_object_set (child, "gender", HAVEN_GENDER_FEMALE, NULL);
  g_assert_cmpuint (n_gender, ==, 1);
  g_object_set (child, "gender", HAVEN_GENDER_MALE, NULL);
  g_assert_cmpuint (n_gender, ==, 2);

  /* Booleans: any non-zero is TRUE, so 1 then 5 is one change. */
  haven_record_set_int (record, HAVEN_CHILD_BOARDING, 1);
  haven_record_set_int (record, HAVEN_CHILD_BOARDING, 5);
  g_assert_cmpuint (n_boarding, ==, 1);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_BOARDING), ==, TRUE);

  /* Plain ints, derived or not. */
  haven_record_set_int (record, HAVEN_CHILD_GRADE, 3);
  haven_record_set_int (record, HAVEN_CHILD_GRADE, 3);
  g_assert_cmpuint (n_grade, ==, 1);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_GRADE), ==, 3);

  /* References. */
  haven_record_set_ref (record, HAVEN_CHILD_SCHOOL_CLASS_ID, 12);
  haven_record_set_ref (record, HAVEN_CHILD_SCHOOL_CLASS_ID, 12);
  g_assert_cmpuint (n_class, ==, 1);
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_CHILD_SCHOOL_CLASS_ID), ==, 12);

  /* The base properties. */
  haven_record_set_id (record, 0);
  haven_record_set_id (record, 7);
  haven_record_set_id (record, 7);
  g_assert_cmpuint (n_id, ==, 1);
  haven_record_set_uuid (record, NULL);
  haven_record_set_uuid (record, "0f0e");
  haven_record_set_uuid (record, "0f0e");
  g_assert_cmpuint (n_uuid, ==, 1);
  haven_record_set_loaded (record, TRUE);
  haven_record_set_loaded (record, FALSE);
  haven_record_set_loaded (record, FALSE);
  g_assert_cmpuint (n_loaded, ==, 1);

  /* And nothing else was notified along the way. */
  joined = join_log (log, FALSE);
  g_assert_cmpstr (joined, ==,
                   "name,name,gender,gender,boarding,grade,school-class-id,id,uuid,loaded");

  g_assert_finalize_object (child);
}

static void
test_record_enum_fallback (void)
{
  HavenChild *child = haven_child_new ();
  HavenRecord *record = HAVEN_RECORD (child);
  guint n_reason = 0;

  haven_test_count_notify (child, "reason", &n_reason);

  /* An unknown number (from a newer file) is the default: no change. */
  haven_record_set_int (record, HAVEN_CHILD_REASON, 99);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_REASON), ==, HAVEN_LEFT_BEHIND_UNKNOWN);
  g_assert_cmpuint (n_reason, ==, 0);

  haven_record_set_int (record, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_MOTHER_AWAY);
  g_assert_cmpuint (n_reason, ==, 1);
  haven_record_set_int (record, HAVEN_CHILD_REASON, -3);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_REASON), ==, HAVEN_LEFT_BEHIND_UNKNOWN);
  g_assert_cmpuint (n_reason, ==, 2);

  /* The last value is still valid. */
  haven_record_set_int (record, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_OTHER_UNABLE);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_REASON), ==, HAVEN_LEFT_BEHIND_OTHER_UNABLE);
  haven_record_set_int (record, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_OTHER_UNABLE + 1);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_REASON), ==, HAVEN_LEFT_BEHIND_UNKNOWN);

  g_assert_finalize_object (child);
}

static void
test_record_flags (void)
{
  HavenTalk *talk = haven_talk_new ();
  HavenRecord *record = HAVEN_RECORD (talk);
  const int all = HAVEN_TOPIC_STUDY | HAVEN_TOPIC_LIFE | HAVEN_TOPIC_MOOD | HAVEN_TOPIC_FRIENDS
                  | HAVEN_TOPIC_HEALTH | HAVEN_TOPIC_SAFETY | HAVEN_TOPIC_FAMILY;
  guint n_topics = 0;
  HavenTopics topics;

  haven_test_count_notify (talk, "topics", &n_topics);

  haven_record_set_int (record, HAVEN_TALK_TOPICS, HAVEN_TOPIC_STUDY | HAVEN_TOPIC_MOOD);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_TOPICS), ==, HAVEN_TOPIC_STUDY | HAVEN_TOPIC_MOOD);
  g_assert_cmpuint (n_topics, ==, 1);

  /* Unknown bits are masked off; what is left is the same, so no notify. */
  haven_record_set_int (record, HAVEN_TALK_TOPICS, HAVEN_TOPIC_STUDY | HAVEN_TOPIC_MOOD | (1 << 12));
  g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_TOPICS), ==, HAVEN_TOPIC_STUDY | HAVEN_TOPIC_MOOD);
  g_assert_cmpuint (n_topics, ==, 1);

  haven_record_set_int (record, HAVEN_TALK_TOPICS, -1);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_TOPICS), ==, all);
  g_assert_cmpuint (n_topics, ==, 2);

  g_object_get (talk, "topics", &topics, NULL);
  g_assert_cmpint (topics, ==, all);

  haven_record_set_int (record, HAVEN_TALK_TOPICS, HAVEN_TOPIC_NONE);
  g_assert_cmpint (haven_record_get_int (record, HAVEN_TALK_TOPICS), ==, 0);
  g_assert_cmpuint (n_topics, ==, 3);

  g_assert_finalize_object (talk);
}

static void
test_record_ref (void)
{
  HavenPairing *pairing = haven_pairing_new ();
  HavenRecord *record = HAVEN_RECORD (pairing);
  guint n_child = 0;

  haven_test_count_notify (pairing, "child-id", &n_child);

  /* There is no negative row id: it means none. */
  haven_record_set_ref (record, HAVEN_PAIRING_CHILD_ID, -5);
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_PAIRING_CHILD_ID), ==, 0);
  g_assert_cmpuint (n_child, ==, 0);

  haven_record_set_ref (record, HAVEN_PAIRING_CHILD_ID, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_PAIRING_CHILD_ID), ==, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpuint (n_child, ==, 1);

  g_assert_finalize_object (pairing);
}

static HavenChild *
make_child (void)
{
  HavenChild *child = haven_child_new ();
  HavenRecord *record = HAVEN_RECORD (child);

  haven_record_set_id (record, 42);
  haven_record_set_uuid (record, "3c8f7c1e-8c1e-4d1e-9f7e-2a6f0e6b1a11");
  haven_record_set_string (record, HAVEN_CHILD_NAME, "张小明");
  haven_record_set_int (record, HAVEN_CHILD_GENDER, HAVEN_GENDER_MALE);
  haven_record_set_string (record, HAVEN_CHILD_BIRTH_DATE, "2018-03-14");
  haven_record_set_ref (record, HAVEN_CHILD_SCHOOL_CLASS_ID, 3);
  haven_record_set_int (record, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_BOTH_AWAY);
  haven_record_set_int (record, HAVEN_CHILD_BOARDING, TRUE);
  haven_record_set_int (record, HAVEN_CHILD_KEY_SUPPORT, TRUE);
  haven_record_set_int (record, HAVEN_CHILD_MISSING, 2);
  haven_record_set_string (record, HAVEN_CHILD_CLASS_NAME, "三年级（1）班");
  return child;
}

static void
test_record_dup (void)
{
  HavenChild *child = make_child ();
  HavenRecord *copy;

  haven_record_set_loaded (HAVEN_RECORD (child), FALSE);
  copy = haven_record_dup (HAVEN_RECORD (child));

  g_assert_true (HAVEN_IS_CHILD (copy));
  g_assert_true ((gpointer) copy != (gpointer) child);
  g_assert_cmpint (haven_record_get_id (copy), ==, 42);
  g_assert_cmpstr (haven_record_get_uuid (copy), ==, haven_record_get_uuid (HAVEN_RECORD (child)));
  g_assert_false (haven_record_get_loaded (copy));
  for (guint i = 0; i < HAVEN_CHILD_N_FIELDS; i++)
    g_assert_true (haven_record_field_equal (HAVEN_RECORD (child), copy, i));

  /* The copy is independent. */
  haven_record_set_string (copy, HAVEN_CHILD_NAME, "李华");
  g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (child), HAVEN_CHILD_NAME), ==, "张小明");

  g_assert_finalize_object (copy);
  g_assert_finalize_object (child);
}

static void
test_record_copy_from (void)
{
  HavenChild *child = make_child ();
  HavenRecord *source = haven_record_dup (HAVEN_RECORD (child));
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  haven_record_set_string (source, HAVEN_CHILD_NAME, "张晓明");
  haven_record_set_string (source, HAVEN_CHILD_NOTES, "爱画画");
  haven_record_set_int (source, HAVEN_CHILD_MISSING, 0);
  haven_record_set_loaded (source, FALSE);

  /* Only what differs is notified, each once. */
  g_signal_connect (child, "notify", G_CALLBACK (log_notify_cb), log);
  haven_record_copy_from (HAVEN_RECORD (child), source);
  joined = join_log (log, TRUE);
  g_assert_cmpstr (joined, ==, "loaded,missing,name,notes");

  for (guint i = 0; i < HAVEN_CHILD_N_FIELDS; i++)
    g_assert_true (haven_record_field_equal (HAVEN_RECORD (child), source, i));
  g_assert_false (haven_record_get_loaded (HAVEN_RECORD (child)));

  /* Copying again changes nothing. */
  haven_record_copy_from (HAVEN_RECORD (child), source);
  g_assert_cmpuint (log->len, ==, 0);

  /* Id and uuid come along too. */
  haven_record_set_id (source, 43);
  haven_record_set_uuid (source, "other");
  haven_record_copy_from (HAVEN_RECORD (child), source);
  g_free (g_steal_pointer (&joined));
  joined = join_log (log, TRUE);
  g_assert_cmpstr (joined, ==, "id,uuid");
  g_assert_cmpint (haven_record_get_id (HAVEN_RECORD (child)), ==, 43);
  g_assert_cmpstr (haven_record_get_uuid (HAVEN_RECORD (child)), ==, "other");

  g_assert_finalize_object (source);
  g_assert_finalize_object (child);
}

static void
test_record_field_text (void)
{
  HavenChild *child = make_child ();
  HavenTalk *talk = haven_talk_new ();
  HavenRecord *record = HAVEN_RECORD (child);
  g_autofree char *name = haven_record_dup_field_text (record, HAVEN_CHILD_NAME);
  g_autofree char *gender = haven_record_dup_field_text (record, HAVEN_CHILD_GENDER);
  g_autofree char *reason = haven_record_dup_field_text (record, HAVEN_CHILD_REASON);
  g_autofree char *boarding = haven_record_dup_field_text (record, HAVEN_CHILD_BOARDING);
  g_autofree char *aid = haven_record_dup_field_text (record, HAVEN_CHILD_AID);
  g_autofree char *missing = haven_record_dup_field_text (record, HAVEN_CHILD_MISSING);
  g_autofree char *class_id = haven_record_dup_field_text (record, HAVEN_CHILD_SCHOOL_CLASS_ID);
  g_autofree char *status = haven_record_dup_field_text (record, HAVEN_CHILD_STATUS);
  g_autofree char *topics = NULL;
  g_autofree char *topics_lower = NULL;
  g_autofree char *confidential = NULL;

  g_assert_cmpstr (name, ==, "张小明");
  /* Enums by nick, so the history reads the same in any build. */
  g_assert_cmpstr (gender, ==, "male");
  g_assert_cmpstr (reason, ==, "both-away");
  g_assert_cmpstr (status, ==, "current");
  g_assert_cmpstr (boarding, ==, "yes");
  g_assert_cmpstr (aid, ==, "");
  g_assert_cmpstr (missing, ==, "2");
  g_assert_cmpstr (class_id, ==, "3");

  haven_record_set_int (HAVEN_RECORD (talk), HAVEN_TALK_TOPICS, HAVEN_TOPIC_STUDY | HAVEN_TOPIC_MOOD);
  topics = haven_record_dup_field_text (HAVEN_RECORD (talk), HAVEN_TALK_TOPICS);
  topics_lower = g_ascii_strdown (topics, -1);
  g_assert_nonnull (strstr (topics_lower, "study"));
  g_assert_nonnull (strstr (topics_lower, "mood"));
  g_assert_null (strstr (topics_lower, "family"));
  confidential = haven_record_dup_field_text (HAVEN_RECORD (talk), HAVEN_TALK_CONFIDENTIAL);
  g_assert_cmpstr (confidential, ==, "no");

  g_assert_finalize_object (talk);
  g_assert_finalize_object (child);
}

static void
test_record_field_equal (void)
{
  HavenChild *a = make_child ();
  HavenRecord *b = haven_record_dup (HAVEN_RECORD (a));
  HavenChild *empty = haven_child_new ();

  for (guint i = 0; i < HAVEN_CHILD_N_FIELDS; i++)
    g_assert_true (haven_record_field_equal (HAVEN_RECORD (a), b, i));

  haven_record_set_string (b, HAVEN_CHILD_NAME, "张小朋");
  haven_record_set_int (b, HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  haven_record_set_ref (b, HAVEN_CHILD_SCHOOL_CLASS_ID, 4);
  for (guint i = 0; i < HAVEN_CHILD_N_FIELDS; i++)
    {
      gboolean changed = i == HAVEN_CHILD_NAME || i == HAVEN_CHILD_GENDER || i == HAVEN_CHILD_SCHOOL_CLASS_ID;

      g_assert_true (haven_record_field_equal (HAVEN_RECORD (a), b, i) == !changed);
    }

  /* The id and uuid are not fields: two fresh records are equal. */
  g_assert_true (haven_record_field_equal (HAVEN_RECORD (empty), HAVEN_RECORD (empty), HAVEN_CHILD_NAME));
  g_assert_false (haven_record_field_equal (HAVEN_RECORD (empty), HAVEN_RECORD (a), HAVEN_CHILD_NAME));

  g_assert_finalize_object (empty);
  g_assert_finalize_object (b);
  g_assert_finalize_object (a);
}

static void
test_record_preconditions (void)
{
  HavenChild *child = make_child ();
  HavenTalk *talk = haven_talk_new ();
  HavenRecord *record = HAVEN_RECORD (child);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  g_signal_connect (child, "notify", G_CALLBACK (log_notify_cb), log);

  /* Field numbers out of range. */
  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_cmpstr (haven_record_get_string (record, HAVEN_CHILD_N_FIELDS), ==, "");
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  haven_record_set_string (record, HAVEN_CHILD_N_FIELDS, "x");
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_cmpint (haven_record_get_int (record, 1000), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  haven_record_set_int (record, HAVEN_CHILD_N_FIELDS, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_CHILD_N_FIELDS), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  haven_record_set_ref (record, HAVEN_CHILD_N_FIELDS, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_null (haven_record_get_field_info (record, HAVEN_CHILD_N_FIELDS));
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_null (haven_record_dup_field_text (record, HAVEN_CHILD_N_FIELDS));
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*field <*failed*");
  g_assert_false (haven_record_field_equal (record, record, HAVEN_CHILD_N_FIELDS));
  g_test_assert_expected_messages ();

  /* The wrong accessor for a field's kind. */
  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*INT64*failed*");
  g_assert_cmpint (haven_record_get_ref (record, HAVEN_CHILD_NAME), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*should not be reached*");
  g_assert_cmpint (haven_record_get_int (record, HAVEN_CHILD_NAME), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*should not be reached*");
  haven_record_set_int (record, HAVEN_CHILD_SCHOOL_CLASS_ID, 9);
  g_test_assert_expected_messages ();

  /* Records of different types. */
  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*G_OBJECT_TYPE*failed*");
  haven_record_copy_from (record, HAVEN_RECORD (talk));
  g_test_assert_expected_messages ();

  g_test_expect_message (RECORD_DOMAIN, G_LOG_LEVEL_CRITICAL, "*assertion*G_OBJECT_TYPE*failed*");
  g_assert_false (haven_record_field_equal (record, HAVEN_RECORD (talk), 0));
  g_test_assert_expected_messages ();

  /* None of it changed the record. */
  g_assert_cmpuint (log->len, ==, 0);
  text = haven_record_dup_field_text (record, HAVEN_CHILD_SCHOOL_CLASS_ID);
  g_assert_cmpstr (text, ==, "3");

  g_assert_finalize_object (talk);
  g_assert_finalize_object (child);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/field-tables", test_record_field_tables);
  g_test_add_func ("/record/defaults", test_record_defaults);
  g_test_add_func ("/record/notify", test_record_notify);
  g_test_add_func ("/record/enum-fallback", test_record_enum_fallback);
  g_test_add_func ("/record/flags", test_record_flags);
  g_test_add_func ("/record/ref", test_record_ref);
  g_test_add_func ("/record/dup", test_record_dup);
  g_test_add_func ("/record/copy-from", test_record_copy_from);
  g_test_add_func ("/record/field-text", test_record_field_text);
  g_test_add_func ("/record/field-equal", test_record_field_equal);
  g_test_add_func ("/record/preconditions", test_record_preconditions);

  return g_test_run ();
}
