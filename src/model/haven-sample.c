/* haven-sample.c: a sample school, for trying Haven and for benchmarks
 *
 * Builds a believable rural school around "today": classes, staff,
 * mentors, the children's files, pairings, the term's calendar, and the
 * talks of the months of the term so far. Everything goes through the
 * store layer's insert functions in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-sample"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-pairing-rules.h"
#include "haven-pinyin.h"
#include "haven-sample.h"
#include "haven-sample-data.h"
#include "haven-school-info.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-child.h"
#include "haven-festival.h"
#include "haven-growth-entry.h"
#include "haven-lunar.h"
#include "haven-plan.h"
#include "haven-store-features.h"
#include "haven-talk.h"
#include "haven-term.h"

#define CHILDREN_PER_CLASS 12

typedef struct
{
  HavenJob  *job;
  GRand     *rand;
  GDate      today;
  GDate      term_start;
  GDate      term_end;
  gint64     term_id;
  GArray    *class_ids;       /* gint64 */
  GArray    *class_grades;    /* int */
  GArray    *class_teachers;  /* gint64 staff id */
  GPtrArray *teacher_names;   /* char*, parallel to class_ids */
  GArray    *mentor_ids;      /* gint64 */
  GPtrArray *mentor_names;
  GArray    *mentor_kinds;    /* HavenMentorKind, parallel to mentor_ids */
  GArray    *peer_ids;        /* gint64: pupil mentors, linked to a file at the end */
  GArray    *mentor_loads;    /* int, parallel to mentor_ids */
  guint      n_paired;
  GArray    *mentor_staff;    /* gint64 staff id of each mentor, 0 from outside */
  gint64     counsellor_id;
  char      *counsellor_name;
  GArray    *birthday_children[12]; /* child ids by birth month */
  /* What the records after the children need of each child on the roll.
   * They are drawn from their own generator, after every child, so the
   * children stay the ones the seed always gave. */
  GArray    *kids;            /* Kid */
  GRand     *extra;
} Builder;

typedef struct
{
  gint64            child_id;
  guint             class_index;
  gboolean          key_support;
  GDate             home_visit;    /* the term's home visit, once there is one */
  int               mentor;        /* index into mentor_ids, -1 unpaired */
  HavenSampleFacts  facts;         /* its strings are the kid's own */
} Kid;

static void
kid_clear (gpointer data)
{
  Kid *kid = data;

  g_free ((char *) kid->facts.father_city);
  g_free ((char *) kid->facts.mother_city);
  g_free ((char *) kid->facts.guardian_health);
}

static const char * const grade_names[] = {
  "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
};

static char *
format_date (const GDate *date)
{
  char buffer[16];

  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", date);
  return g_strdup (buffer);
}

static int
uniform (Builder *b,
         int      low,
         int      high)
{
  return g_rand_int_range (b->rand, low, high + 1);
}

static gboolean
chance (Builder *b,
        double   probability)
{
  return g_rand_double (b->rand) < probability;
}

static gboolean
insert (Builder      *b,
        gpointer      record,
        GError      **error)
{
  return haven_job_insert_record (b->job, HAVEN_RECORD (record), error);
}

static char *
person_name (Builder  *b,
             gboolean  male)
{
  g_autofree char *given = haven_sample_data_given_name (b->rand, male);

  return g_strconcat (haven_sample_data_surname (b->rand), given, NULL);
}

static void
set_text (gpointer    record,
          guint       field,
          const char *text)
{
  haven_record_set_string (HAVEN_RECORD (record), field, text);
}

static void
set_int (gpointer record,
         guint    field,
         int      value)
{
  haven_record_set_int (HAVEN_RECORD (record), field, value);
}

static void
set_ref (gpointer record,
         guint    field,
         gint64   value)
{
  haven_record_set_ref (HAVEN_RECORD (record), field, value);
}

static void
set_date (gpointer     record,
          guint        field,
          const GDate *date)
{
  g_autofree char *text = format_date (date);

  haven_record_set_string (HAVEN_RECORD (record), field, text);
}

/* The term "today" falls in: autumn from September, spring from February. */
static void
find_term (Builder *b,
           char   **name)
{
  int year = g_date_get_year (&b->today);
  int month = g_date_get_month (&b->today);

  if (month >= 9 || month == 1)
    {
      int start_year = month == 1 ? year - 1 : year;
      g_date_set_dmy (&b->term_start, 1, G_DATE_SEPTEMBER, start_year);
      g_date_set_dmy (&b->term_end, 20, G_DATE_JANUARY, start_year + 1);
      *name = g_strdup_printf ("%d—%d学年第一学期", start_year, start_year + 1);
    }
  else
    {
      g_date_set_dmy (&b->term_start, 20, G_DATE_FEBRUARY, year);
      g_date_set_dmy (&b->term_end, 10, G_DATE_JULY, year);
      *name = g_strdup_printf ("%d—%d学年第二学期", year - 1, year);
    }
}

static gboolean
build_school (Builder  *b,
              guint     n_children,
              GError  **error)
{
  g_autoptr(HavenSchoolInfo) school = haven_school_info_new ();
  g_autoptr(HavenTerm) term = haven_term_new ();
  g_autofree char *term_name = NULL;
  guint n_classes = MAX (6, (n_children + CHILDREN_PER_CLASS - 1) / CHILDREN_PER_CLASS);
  guint per_grade = (n_classes + 5) / 6;
  guint n_counsellors = MAX (1, n_children / 500);

  set_text (school, HAVEN_SCHOOL_INFO_NAME, n_children > 2000 ? "青山县留守儿童关爱示范区" : "青山县红星镇中心小学");
  set_text (school, HAVEN_SCHOOL_INFO_COUNTY, "青山县");
  set_text (school, HAVEN_SCHOOL_INFO_ADDRESS, "青山县红星镇学府路8号");
  set_text (school, HAVEN_SCHOOL_INFO_PHONE, "0831-5812306");
  if (!insert (b, school, error))
    return FALSE;

  find_term (b, &term_name);
  set_text (term, HAVEN_TERM_NAME, term_name);
  set_date (term, HAVEN_TERM_START_DATE, &b->term_start);
  set_date (term, HAVEN_TERM_END_DATE, &b->term_end);
  if (!insert (b, term, error))
    return FALSE;
  b->term_id = haven_record_get_id (HAVEN_RECORD (term));

  /* The next term's dates are known already: a once-a-term activity has
   * somewhere to go. */
  {
    g_autoptr(HavenTerm) next = haven_term_new ();
    g_autofree char *next_name = NULL;
    GDate start, end;

    g_date_clear (&start, 1);
    g_date_clear (&end, 1);
    if (g_date_get_month (&b->term_start) == G_DATE_SEPTEMBER)
      {
        g_date_set_dmy (&start, 20, G_DATE_FEBRUARY, g_date_get_year (&b->term_end));
        g_date_set_dmy (&end, 10, G_DATE_JULY, g_date_get_year (&b->term_end));
        next_name = g_strdup_printf ("%d—%d学年第二学期", g_date_get_year (&b->term_start), g_date_get_year (&b->term_end));
      }
    else
      {
        g_date_set_dmy (&start, 1, G_DATE_SEPTEMBER, g_date_get_year (&b->term_start));
        g_date_set_dmy (&end, 20, G_DATE_JANUARY, g_date_get_year (&b->term_start) + 1);
        next_name = g_strdup_printf ("%d—%d学年第一学期", g_date_get_year (&b->term_start), g_date_get_year (&b->term_start) + 1);
      }
    set_text (next, HAVEN_TERM_NAME, next_name);
    set_date (next, HAVEN_TERM_START_DATE, &start);
    set_date (next, HAVEN_TERM_END_DATE, &end);
    if (!insert (b, next, error))
      return FALSE;
  }

  {
    g_autoptr(HavenStaff) head = haven_staff_new ();
    g_autofree char *name = person_name (b, TRUE);
    g_autofree char *phone = haven_sample_data_mobile (b->rand);

    set_text (head, HAVEN_STAFF_NAME, name);
    set_int (head, HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_HEADTEACHER);
    set_text (head, HAVEN_STAFF_PHONE, phone);
    set_int (head, HAVEN_STAFF_ACTIVE, TRUE);
    if (!insert (b, head, error))
      return FALSE;
  }

  for (guint i = 0; i < n_counsellors; i++)
    {
      g_autoptr(HavenStaff) counsellor = haven_staff_new ();
      g_autofree char *name = person_name (b, FALSE);
      g_autofree char *phone = haven_sample_data_mobile (b->rand);

      set_text (counsellor, HAVEN_STAFF_NAME, name);
      set_int (counsellor, HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_COUNSELLOR);
      set_text (counsellor, HAVEN_STAFF_PHONE, phone);
      set_int (counsellor, HAVEN_STAFF_ACTIVE, TRUE);
      if (!insert (b, counsellor, error))
        return FALSE;
      if (i == 0)
        {
          b->counsellor_id = haven_record_get_id (HAVEN_RECORD (counsellor));
          b->counsellor_name = g_strdup (name);
        }
    }

  for (guint i = 0; i < n_classes; i++)
    {
      g_autoptr(HavenStaff) teacher = haven_staff_new ();
      g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();
      g_autoptr(HavenMentor) mentor = haven_mentor_new ();
      g_autofree char *teacher_name = person_name (b, chance (b, 0.3));
      g_autofree char *phone = haven_sample_data_mobile (b->rand);
      g_autofree char *class_name = NULL;
      int grade = 1 + i / per_grade;
      gint64 id;

      set_text (teacher, HAVEN_STAFF_NAME, teacher_name);
      set_int (teacher, HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_CLASS_TEACHER);
      set_text (teacher, HAVEN_STAFF_PHONE, phone);
      set_int (teacher, HAVEN_STAFF_ACTIVE, TRUE);
      if (!insert (b, teacher, error))
        return FALSE;
      id = haven_record_get_id (HAVEN_RECORD (teacher));

      class_name = g_strdup_printf ("%s（%u）班", grade_names[MIN (grade, 6) - 1], 1 + i % per_grade);
      set_int (klass, HAVEN_SCHOOL_CLASS_GRADE, MIN (grade, 6));
      set_text (klass, HAVEN_SCHOOL_CLASS_NAME, class_name);
      set_ref (klass, HAVEN_SCHOOL_CLASS_TEACHER_ID, id);
      if (!insert (b, klass, error))
        return FALSE;

      g_array_append_val (b->class_ids, ((gint64) { haven_record_get_id (HAVEN_RECORD (klass)) }));
      g_array_append_val (b->class_grades, ((int) { MIN (grade, 6) }));
      g_array_append_val (b->class_teachers, id);
      g_ptr_array_add (b->teacher_names, g_strdup (teacher_name));

      /* Every class teacher is also a mentor (教职工结对). */
      set_text (mentor, HAVEN_MENTOR_NAME, teacher_name);
      set_int (mentor, HAVEN_MENTOR_KIND, HAVEN_MENTOR_KIND_TEACHER);
      set_ref (mentor, HAVEN_MENTOR_STAFF_ID, id);
      set_text (mentor, HAVEN_MENTOR_PHONE, phone);
      set_ref (mentor, HAVEN_MENTOR_SCHOOL_CLASS_ID, haven_record_get_id (HAVEN_RECORD (klass)));
      /* Pinyin and sort key, as a save would make them; no dice thrown,
       * so the children stay those of the seed. */
      haven_record_normalise (HAVEN_RECORD (mentor));
      if (!insert (b, mentor, error))
        return FALSE;
      g_array_append_val (b->mentor_ids, ((gint64) { haven_record_get_id (HAVEN_RECORD (mentor)) }));
      g_ptr_array_add (b->mentor_names, g_strdup (teacher_name));
      g_array_append_val (b->mentor_kinds, ((int) { HAVEN_MENTOR_KIND_TEACHER }));
      g_array_append_val (b->mentor_staff, id);
    }

  /* Further mentors: subject teachers, 爱心妈妈, pupils and volunteers,
   * enough for two or three children each. */
  for (guint i = 0; i < n_children / 3; i++)
    {
      g_autoptr(HavenMentor) mentor = haven_mentor_new ();
      g_autofree char *phone = haven_sample_data_mobile (b->rand);
      int kind_roll = uniform (b, 0, 99);
      HavenMentorKind kind = kind_roll < 45 ? HAVEN_MENTOR_KIND_TEACHER
                           : kind_roll < 75 ? HAVEN_MENTOR_KIND_CARING_PARENT
                           : kind_roll < 90 ? HAVEN_MENTOR_KIND_PEER
                           : HAVEN_MENTOR_KIND_VOLUNTEER;
      g_autofree char *name = person_name (b, kind == HAVEN_MENTOR_KIND_CARING_PARENT ? chance (b, 0.2) : chance (b, 0.5));

      if (kind == HAVEN_MENTOR_KIND_TEACHER)
        {
          g_autoptr(HavenStaff) staff = haven_staff_new ();

          set_text (staff, HAVEN_STAFF_NAME, name);
          set_int (staff, HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_SUBJECT_TEACHER);
          set_text (staff, HAVEN_STAFF_PHONE, phone);
          set_int (staff, HAVEN_STAFF_ACTIVE, TRUE);
          if (!insert (b, staff, error))
            return FALSE;
          set_ref (mentor, HAVEN_MENTOR_STAFF_ID, haven_record_get_id (HAVEN_RECORD (staff)));
          /* A subject teacher teaches a class: the classes in turn. */
          set_ref (mentor, HAVEN_MENTOR_SCHOOL_CLASS_ID,
                   g_array_index (b->class_ids, gint64, i % b->class_ids->len));
        }
      else if (kind == HAVEN_MENTOR_KIND_VOLUNTEER)
        set_text (mentor, HAVEN_MENTOR_ORGANISATION, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_VOLUNTEER_NAME_ORG));
      else if (kind == HAVEN_MENTOR_KIND_PEER)
        set_text (mentor, HAVEN_MENTOR_ORGANISATION, "六年级（1）班");

      set_text (mentor, HAVEN_MENTOR_NAME, name);
      set_int (mentor, HAVEN_MENTOR_KIND, kind);
      if (kind != HAVEN_MENTOR_KIND_PEER)
        set_text (mentor, HAVEN_MENTOR_PHONE, phone);
      haven_record_normalise (HAVEN_RECORD (mentor));
      if (!insert (b, mentor, error))
        return FALSE;
      g_array_append_val (b->mentor_ids, ((gint64) { haven_record_get_id (HAVEN_RECORD (mentor)) }));
      g_ptr_array_add (b->mentor_names, g_steal_pointer (&name));
      g_array_append_val (b->mentor_kinds, ((int) { kind }));
      if (kind == HAVEN_MENTOR_KIND_PEER)
        g_array_append_val (b->peer_ids, ((gint64) { haven_record_get_id (HAVEN_RECORD (mentor)) }));
      g_array_append_val (b->mentor_staff, ((gint64) { haven_record_get_ref (HAVEN_RECORD (mentor), HAVEN_MENTOR_STAFF_ID) }));
    }

  return TRUE;
}

static void
fill_parent (Builder     *b,
             HavenParent *parent,
             const char  *surname,
             gboolean     male,
             gboolean     away)
{
  g_autofree char *given = haven_sample_data_given_name (b->rand, male);
  g_autofree char *name = g_strconcat (male ? surname : haven_sample_data_surname (b->rand), given, NULL);
  g_autofree char *phone = haven_sample_data_mobile (b->rand);

  set_text (parent, HAVEN_PARENT_NAME, name);
  set_int (parent, HAVEN_PARENT_AWAY, away);
  set_text (parent, HAVEN_PARENT_PHONE, phone);
  if (away)
    {
      const char *city, *employer, *address;

      haven_sample_data_workplace (b->rand, &city, &employer, &address);
      set_text (parent, HAVEN_PARENT_WORK_PLACE, city);
      set_text (parent, HAVEN_PARENT_EMPLOYER, employer);
      set_text (parent, HAVEN_PARENT_EMPLOYER_ADDRESS, address);
      set_int (parent, HAVEN_PARENT_HOME_VISITS,
               chance (b, 0.6) ? HAVEN_HOME_VISITS_YEARLY
               : chance (b, 0.5) ? HAVEN_HOME_VISITS_SEASONALLY : HAVEN_HOME_VISITS_RARELY);
    }
  else
    set_int (parent, HAVEN_PARENT_HOME_VISITS, HAVEN_HOME_VISITS_UNKNOWN);
}

/* The drawn mood (1 happy … 5 withdrawn, as the sample always drew it)
 * on the record card's 5-step scale. */
static int
mood_of (int drawn)
{
  return CLAMP (6 - drawn, HAVEN_MOOD_VERY_LOW, HAVEN_MOOD_VERY_GOOD);
}

static gboolean
add_talks (Builder      *b,
           Kid          *kid,
           GError      **error)
{
  gint64 child_id = kid->child_id;
  guint class_index = kid->class_index;
  gboolean key_support = kid->key_support;
  GDate month;

  /* One monthly talk (谈心) per month of the term so far; a few children
   * were missed this month, which the overview shows as due. */
  g_date_set_dmy (&month, 1, g_date_get_month (&b->term_start), g_date_get_year (&b->term_start));
  while (g_date_compare (&month, &b->today) <= 0)
    {
      g_autoptr(HavenTalk) talk = haven_talk_new ();
      GDate day = month;
      gboolean this_month = g_date_get_month (&month) == g_date_get_month (&b->today)
                            && g_date_get_year (&month) == g_date_get_year (&b->today);
      int last_day = this_month ? g_date_get_day (&b->today) : g_date_get_days_in_month (g_date_get_month (&month), g_date_get_year (&month));
      HavenTopics topics = 0;
      gboolean held;

      if (this_month && chance (b, 0.35))
        break;
      /* Early in the month few have had theirs yet: the share held so far
       * follows the days gone. Decided from the child's id, and the talk
       * still drawn, so the random stream (and every child after this one)
       * stays as it was. */
      held = !this_month
             || (guint) ((guint64) child_id * 2654435761u % 1000)
                < (guint) (1000 * (g_date_get_day (&b->today) + 2)
                           / (g_date_get_days_in_month (g_date_get_month (&b->today), g_date_get_year (&b->today)) + 2));

      /* The first month of a term starts on the term's first day. */
      if (g_date_compare (&day, &b->term_start) < 0)
        day = b->term_start;
      g_date_add_days (&day, uniform (b, 0, MAX (0, last_day - (int) g_date_get_day (&day))));
      set_ref (talk, HAVEN_TALK_CHILD_ID, child_id);
      set_ref (talk, HAVEN_TALK_STAFF_ID, g_array_index (b->class_teachers, gint64, class_index));
      set_text (talk, HAVEN_TALK_TALKER, g_ptr_array_index (b->teacher_names, class_index));
      set_date (talk, HAVEN_TALK_DATE, &day);
      /* The month's talk; one month in ten the class teacher also went to
       * the child's home (the visit itself follows, after the children). */
      set_int (talk, HAVEN_TALK_KIND, HAVEN_TALK_MONTHLY);
      if (chance (b, 0.1) && held && !g_date_valid (&kid->home_visit))
        kid->home_visit = day;
      for (int t = 0; t < 3; t++)
        topics |= 1 << uniform (b, 0, 6);
      set_int (talk, HAVEN_TALK_TOPICS, topics);
      set_int (talk, HAVEN_TALK_MOOD, mood_of (uniform (b, 1, key_support ? 5 : 3)));
      {
        g_autofree char *content = haven_sample_data_talk_content (b->rand, &kid->facts);
        set_text (talk, HAVEN_TALK_CONTENT, content);
      }
      if (key_support || chance (b, 0.3))
        {
          GDate follow = day;

          set_text (talk, HAVEN_TALK_PROBLEMS, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_TALK_PROBLEM));
          set_text (talk, HAVEN_TALK_MEASURES, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_TALK_MEASURE));
          g_date_add_days (&follow, 14);
          set_date (talk, HAVEN_TALK_FOLLOW_UP_DATE, &follow);
        }
      if (held && !insert (b, talk, error))
        return FALSE;

      /* Key-support children also see the counsellor (心理辅导), in confidence. */
      if (key_support && chance (b, 0.5))
        {
          g_autoptr(HavenTalk) counselling = haven_talk_new ();

          set_ref (counselling, HAVEN_TALK_CHILD_ID, child_id);
          set_ref (counselling, HAVEN_TALK_STAFF_ID, b->counsellor_id);
          set_text (counselling, HAVEN_TALK_TALKER, b->counsellor_name);
          set_date (counselling, HAVEN_TALK_DATE, &day);
          set_int (counselling, HAVEN_TALK_KIND, HAVEN_TALK_COUNSELLING);
          set_int (counselling, HAVEN_TALK_TOPICS, HAVEN_TOPIC_MOOD | HAVEN_TOPIC_FAMILY);
          set_int (counselling, HAVEN_TALK_MOOD, HAVEN_MOOD_LOW);
          {
            g_autofree char *content = haven_sample_data_talk_content (b->rand, &kid->facts);
            set_text (counselling, HAVEN_TALK_CONTENT, content);
          }
          set_text (counselling, HAVEN_TALK_PROBLEMS, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_TALK_PROBLEM));
          set_text (counselling, HAVEN_TALK_MEASURES, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_TALK_MEASURE));
          set_int (counselling, HAVEN_TALK_CONFIDENTIAL, TRUE);
          if (held && !insert (b, counselling, error))
            return FALSE;
        }

      g_date_add_months (&month, 1);
    }

  return TRUE;
}

static gboolean
add_pairing (Builder      *b,
             gint64        child_id,
             int          *mentor_index,
             GError      **error)
{
  g_autoptr(HavenPairing) pairing = haven_pairing_new ();
  g_autoptr(HavenPairingCheck) check = haven_pairing_check_new ();
  guint mentor = uniform (b, 0, b->mentor_ids->len - 1);
  GDate checked = b->term_start;

  /* Most mentors carry at most the usual three: a full one passes the
   * child to the next with room. A few carry more, as in any school,
   * which the board marks. No dice: the children stay those of the seed. */
  if (b->n_paired++ % 40 != 39)
    for (guint tries = 0; tries < b->mentor_ids->len
         && g_array_index (b->mentor_loads, int, mentor) >= HAVEN_MENTOR_DEFAULT_CAPACITY; tries++)
      mentor = (mentor + 1) % b->mentor_ids->len;
  g_array_index (b->mentor_loads, int, mentor)++;

  *mentor_index = mentor;
  set_ref (pairing, HAVEN_PAIRING_CHILD_ID, child_id);
  set_ref (pairing, HAVEN_PAIRING_MENTOR_ID, g_array_index (b->mentor_ids, gint64, mentor));
  set_int (pairing, HAVEN_PAIRING_KIND, g_array_index (b->mentor_kinds, int, mentor));
  set_date (pairing, HAVEN_PAIRING_START_DATE, &b->term_start);
  set_text (pairing, HAVEN_PAIRING_PLAN_SCHEDULE, chance (b, 0.5) ? "每周谈心一次，每月家访一次" : "每周二、周四课后辅导");
  set_text (pairing, HAVEN_PAIRING_PLAN_CONTENT, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_PLAN_CONTENT));
  set_text (pairing, HAVEN_PAIRING_PLAN_GOAL, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_PLAN_GOAL));
  if (!insert (b, pairing, error))
    return FALSE;

  g_date_add_months (&checked, 1);
  if (g_date_compare (&checked, &b->today) > 0)
    return TRUE;

  set_ref (check, HAVEN_PAIRING_CHECK_PAIRING_ID, haven_record_get_id (HAVEN_RECORD (pairing)));
  set_date (check, HAVEN_PAIRING_CHECK_DATE, &checked);
  set_int (check, HAVEN_PAIRING_CHECK_PROGRESS, chance (b, 0.7) ? HAVEN_PROGRESS_BETTER : HAVEN_PROGRESS_SAME);
  set_text (check, HAVEN_PAIRING_CHECK_NOTE, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_CHECK_NOTE));
  return insert (b, check, error);
}

static gboolean
build_child (Builder  *b,
             guint     index,
             guint     n_children,
             GError  **error)
{
  g_autoptr(HavenChildFile) file = haven_child_file_new ();
  HavenChild *child = haven_child_file_get_child (file);
  HavenParent *father = haven_child_file_get_father (file);
  HavenParent *mother = haven_child_file_get_mother (file);
  HavenGuardian *guardian = haven_child_file_get_guardian (file);
  guint class_index = index * b->class_ids->len / n_children;
  int grade = g_array_index (b->class_grades, int, class_index);
  gboolean male = chance (b, 0.53);
  const char *surname = haven_sample_data_surname (b->rand);
  g_autofree char *given = haven_sample_data_given_name (b->rand, male);
  g_autofree char *name = g_strconcat (surname, given, NULL);
  g_autofree char *birth_text = NULL;
  g_autofree char *id_number = NULL;
  g_autofree char *student_number = NULL;
  g_autofree char *address = NULL;
  g_autofree char *guardian_phone = NULL;
  int reason_roll = uniform (b, 0, 99);
  HavenLeftBehindReason reason = reason_roll < 55 ? HAVEN_LEFT_BEHIND_BOTH_AWAY
                               : reason_roll < 80 ? HAVEN_LEFT_BEHIND_FATHER_AWAY
                               : reason_roll < 90 ? HAVEN_LEFT_BEHIND_MOTHER_AWAY
                               : HAVEN_LEFT_BEHIND_OTHER_UNABLE;
  gboolean key_support = chance (b, 0.1);
  gboolean incomplete = chance (b, 0.06);
  GDate birth;
  int relationship_roll;
  gint64 child_id;

  /* Born in the school year that puts the child in this grade. */
  g_date_set_dmy (&birth, 1, G_DATE_SEPTEMBER, g_date_get_year (&b->term_start) - 6 - grade);
  g_date_add_days (&birth, uniform (b, 0, 364));
  birth_text = format_date (&birth);
  id_number = haven_sample_data_resident_id (b->rand, birth_text, male);
  student_number = g_strdup_printf ("%d%02d%04u", g_date_get_year (&b->term_start) - grade + 1,
                                    (int) class_index % 100, index % 10000);
  address = g_strconcat ("红星镇", haven_sample_data_pick (b->rand, HAVEN_SAMPLE_VILLAGE), NULL);

  set_text (child, HAVEN_CHILD_NAME, name);
  set_int (child, HAVEN_CHILD_GENDER, male ? HAVEN_GENDER_MALE : HAVEN_GENDER_FEMALE);
  set_text (child, HAVEN_CHILD_BIRTH_DATE, birth_text);
  if (chance (b, 0.8))
    set_text (child, HAVEN_CHILD_ID_NUMBER, id_number);
  set_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID, g_array_index (b->class_ids, gint64, class_index));
  set_text (child, HAVEN_CHILD_STUDENT_NUMBER, student_number);
  if (!(incomplete && chance (b, 0.5)))
    set_text (child, HAVEN_CHILD_ADDRESS, address);
  set_int (child, HAVEN_CHILD_REASON, reason);
  set_text (child, HAVEN_CHILD_PERSONALITY, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_PERSONALITY));
  set_text (child, HAVEN_CHILD_INTERESTS, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_INTEREST));
  set_text (child, HAVEN_CHILD_TALENTS, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_TALENT));
  set_text (child, HAVEN_CHILD_HEALTH, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_HEALTH));
  set_int (child, HAVEN_CHILD_STUDY_LEVEL, uniform (b, HAVEN_STUDY_GOOD, HAVEN_STUDY_POTENTIAL));
  set_int (child, HAVEN_CHILD_BOARDING, grade >= 4 && chance (b, 0.3));
  if (chance (b, 0.25))
    set_text (child, HAVEN_CHILD_HARDSHIP, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_HARDSHIP));
  if (chance (b, 0.5))
    set_text (child, HAVEN_CHILD_AID, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_AID));
  set_int (child, HAVEN_CHILD_KEY_SUPPORT, key_support);
  if (chance (b, 0.02))
    {
      GDate left = b->term_start;

      g_date_add_days (&left, uniform (b, 0, 30));
      set_int (child, HAVEN_CHILD_STATUS, HAVEN_CHILD_STATUS_TRANSFERRED);
      set_date (child, HAVEN_CHILD_LEFT_DATE, &left);
      set_text (child, HAVEN_CHILD_LEFT_REASON, "随父母到务工地就读");
    }

  fill_parent (b, father, surname, TRUE,
               reason == HAVEN_LEFT_BEHIND_BOTH_AWAY || reason == HAVEN_LEFT_BEHIND_FATHER_AWAY
               || (reason == HAVEN_LEFT_BEHIND_OTHER_UNABLE && chance (b, 0.7)));
  fill_parent (b, mother, surname, FALSE,
               reason == HAVEN_LEFT_BEHIND_BOTH_AWAY || reason == HAVEN_LEFT_BEHIND_MOTHER_AWAY);

  relationship_roll = uniform (b, 0, 99);
  {
    HavenRelationship relationship;
    gboolean guardian_male;
    g_autofree char *guardian_name = NULL;

    if (reason == HAVEN_LEFT_BEHIND_FATHER_AWAY && relationship_roll < 60)
      relationship = HAVEN_RELATIONSHIP_MOTHER;
    else if (reason == HAVEN_LEFT_BEHIND_MOTHER_AWAY && relationship_roll < 60)
      relationship = HAVEN_RELATIONSHIP_FATHER;
    else
      relationship = relationship_roll < 35 ? HAVEN_RELATIONSHIP_GRANDMOTHER
                   : relationship_roll < 60 ? HAVEN_RELATIONSHIP_GRANDFATHER
                   : relationship_roll < 75 ? HAVEN_RELATIONSHIP_MATERNAL_GRANDMOTHER
                   : relationship_roll < 85 ? HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER
                   : relationship_roll < 95 ? HAVEN_RELATIONSHIP_UNCLE_AUNT
                   : HAVEN_RELATIONSHIP_RELATIVE;

    guardian_male = relationship == HAVEN_RELATIONSHIP_GRANDFATHER
                    || relationship == HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER
                    || relationship == HAVEN_RELATIONSHIP_FATHER;
    if (relationship == HAVEN_RELATIONSHIP_MOTHER)
      guardian_name = g_strdup (haven_record_get_string (HAVEN_RECORD (mother), HAVEN_PARENT_NAME));
    else if (relationship == HAVEN_RELATIONSHIP_FATHER)
      guardian_name = g_strdup (haven_record_get_string (HAVEN_RECORD (father), HAVEN_PARENT_NAME));
    else if (relationship == HAVEN_RELATIONSHIP_GRANDFATHER)
      {
        g_autofree char *g = haven_sample_data_given_name (b->rand, TRUE);
        guardian_name = g_strconcat (surname, g, NULL);
      }
    else
      guardian_name = person_name (b, guardian_male);

    set_text (guardian, HAVEN_GUARDIAN_NAME, guardian_name);
    set_int (guardian, HAVEN_GUARDIAN_RELATIONSHIP, relationship);
    set_text (guardian, HAVEN_GUARDIAN_OCCUPATION, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_GUARDIAN_JOB));
    set_text (guardian, HAVEN_GUARDIAN_ADDRESS, address);
    guardian_phone = haven_sample_data_mobile (b->rand);
    if (!(incomplete && haven_record_get_string (HAVEN_RECORD (child), HAVEN_CHILD_ADDRESS)[0] != '\0'))
      set_text (guardian, HAVEN_GUARDIAN_PHONE, guardian_phone);
    set_text (guardian, HAVEN_GUARDIAN_HEALTH, haven_sample_data_pick (b->rand, HAVEN_SAMPLE_GUARDIAN_HEALTH));
    set_int (guardian, HAVEN_GUARDIAN_AGE,
             relationship == HAVEN_RELATIONSHIP_MOTHER || relationship == HAVEN_RELATIONSHIP_FATHER
             || relationship == HAVEN_RELATIONSHIP_UNCLE_AUNT ? uniform (b, 28, 45) : uniform (b, 55, 78));
    set_int (guardian, HAVEN_GUARDIAN_ENTRUSTED,
             relationship != HAVEN_RELATIONSHIP_MOTHER && relationship != HAVEN_RELATIONSHIP_FATHER);
  }

  if (!haven_job_insert_child_file (b->job, file, error))
    return FALSE;
  child_id = haven_record_get_id (HAVEN_RECORD (child));

  if (haven_record_get_int (HAVEN_RECORD (child), HAVEN_CHILD_STATUS) == HAVEN_CHILD_STATUS_CURRENT)
    {
      Kid *kid;
      int relationship = haven_record_get_int (HAVEN_RECORD (guardian), HAVEN_GUARDIAN_RELATIONSHIP);

      g_array_set_size (b->kids, b->kids->len + 1);
      kid = &g_array_index (b->kids, Kid, b->kids->len - 1);
      kid->child_id = child_id;
      kid->class_index = class_index;
      kid->key_support = key_support;
      kid->mentor = -1;
      g_date_clear (&kid->home_visit, 1);
      kid->facts.male = male;
      kid->facts.boarding = haven_record_get_int (HAVEN_RECORD (child), HAVEN_CHILD_BOARDING);
      kid->facts.father_away = haven_record_get_int (HAVEN_RECORD (father), HAVEN_PARENT_AWAY);
      kid->facts.mother_away = haven_record_get_int (HAVEN_RECORD (mother), HAVEN_PARENT_AWAY);
      kid->facts.father_city = g_strdup (haven_record_get_string (HAVEN_RECORD (father), HAVEN_PARENT_WORK_PLACE));
      kid->facts.mother_city = g_strdup (haven_record_get_string (HAVEN_RECORD (mother), HAVEN_PARENT_WORK_PLACE));
      kid->facts.guardian = relationship;
      kid->facts.guardian_male = relationship == HAVEN_RELATIONSHIP_GRANDFATHER
                                 || relationship == HAVEN_RELATIONSHIP_MATERNAL_GRANDFATHER
                                 || relationship == HAVEN_RELATIONSHIP_FATHER;
      kid->facts.guardian_health = g_strdup (haven_record_get_string (HAVEN_RECORD (guardian), HAVEN_GUARDIAN_HEALTH));

      g_array_append_val (b->birthday_children[g_date_get_month (&birth) - 1], child_id);
      if (chance (b, 0.93) && !add_pairing (b, child_id, &kid->mentor, error))
        return FALSE;
      if (!add_talks (b, kid, error))
        return FALSE;
    }

  return TRUE;
}

/* Each pupil mentor (小老师) is a pupil of the top grade on file, who mentors a
 * child other than themselves: the mentor takes that pupil's name and
 * class, and the link to their file. Chosen in file order, no dice. */
typedef struct
{
  gint64  child_id;
  gint64  class_id;
  char   *name;
  char   *class_name;
} Pupil;

static void
pupil_clear (Pupil *pupil)
{
  g_free (pupil->name);
  g_free (pupil->class_name);
}

static gboolean
link_peers (Builder  *b,
            GError  **error)
{
  g_autoptr(GArray) pupils = g_array_new (FALSE, TRUE, sizeof (Pupil));
  sqlite3_stmt *stmt;
  sqlite3_stmt *paired;
  sqlite3_stmt *update;
  guint first_free = 0;
  gboolean has_row;

  g_array_set_clear_func (pupils, (GDestroyNotify) pupil_clear);

  /* The top grade's pupils read once, in file order: asking for "the first
   * one free" per mentor rescanned the county's children each time. */
  stmt = haven_db_prepare (b->job->db,
                           "SELECT c.id, c.name, c.school_class_id, k.name FROM child c"
                           " JOIN school_class k ON k.id = c.school_class_id"
                           " WHERE k.grade = (SELECT max (grade) FROM school_class) AND c.status = 0"
                           "  AND NOT EXISTS (SELECT 1 FROM mentor m WHERE m.child_id = c.id)"
                           " ORDER BY c.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      Pupil pupil = { 0 };

      if (!haven_db_step (b->job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      pupil.child_id = sqlite3_column_int64 (stmt, 0);
      pupil.name = g_strdup (haven_db_column_text (stmt, 1));
      pupil.class_id = sqlite3_column_int64 (stmt, 2);
      pupil.class_name = g_strdup (haven_db_column_text (stmt, 3));
      g_array_append_val (pupils, pupil);
    }
  sqlite3_reset (stmt);

  paired = haven_db_prepare (b->job->db, "SELECT 1 FROM pairing WHERE child_id = ?1 AND mentor_id = ?2", error);
  update = paired != NULL
           ? haven_db_prepare (b->job->db,
                               "UPDATE mentor SET child_id = ?2, name = ?3, school_class_id = ?4, organisation = ?5,"
                               " name_pinyin = ?6, name_initials = ?7, name_key = ?8 WHERE id = ?1",
                               error)
           : NULL;
  if (update == NULL)
    return FALSE;

  for (guint i = 0; i < b->peer_ids->len; i++)
    {
      gint64 mentor_id = g_array_index (b->peer_ids, gint64, i);
      g_autofree char *pinyin = NULL;
      g_autofree char *initials = NULL;
      g_autoptr(GBytes) key = NULL;
      Pupil *pupil = NULL;
      gsize key_len = 0;
      gconstpointer key_data;

      /* The first pupil not taken who is not this mentor's own mentee. */
      for (guint j = first_free; pupil == NULL && j < pupils->len; j++)
        {
          Pupil *candidate = &g_array_index (pupils, Pupil, j);

          if (candidate->child_id == 0)
            continue;
          sqlite3_reset (paired);
          sqlite3_bind_int64 (paired, 1, candidate->child_id);
          sqlite3_bind_int64 (paired, 2, mentor_id);
          if (!haven_db_step (b->job->db, paired, &has_row, error))
            return FALSE;
          sqlite3_reset (paired);
          if (!has_row)
            pupil = candidate;
        }
      if (pupil == NULL)
        break;

      pinyin = haven_pinyin_full (pupil->name);
      initials = haven_pinyin_initials (pupil->name);
      key = haven_pinyin_sort_key (pupil->name);
      key_data = g_bytes_get_data (key, &key_len);
      sqlite3_reset (update);
      sqlite3_bind_int64 (update, 1, mentor_id);
      sqlite3_bind_int64 (update, 2, pupil->child_id);
      haven_db_bind_text (update, 3, pupil->name);
      sqlite3_bind_int64 (update, 4, pupil->class_id);
      haven_db_bind_text (update, 5, pupil->class_name);
      haven_db_bind_text (update, 6, pinyin);
      haven_db_bind_text (update, 7, initials);
      sqlite3_bind_blob (update, 8, key_data, key_len, SQLITE_TRANSIENT);
      if (!haven_db_run (b->job->db, update, error))
        return FALSE;

      /* Taken: a pupil is one mentor. */
      pupil->child_id = 0;
      while (first_free < pupils->len && g_array_index (pupils, Pupil, first_free).child_id == 0)
        first_free++;
    }
  return TRUE;
}

typedef struct
{
  HavenActivityType  type;
  int                month;       /* 0 = every month of the term */
  int                day;
  const char        *title;
  const char        *place;
  HavenRecurrence    recurrence;
  gboolean           lunar;
  HavenLectureTopic  topic;
  HavenFestival      festival;     /* HAVEN_N_FESTIVALS: none */
} PlannedActivity;

/* A term plan as the seeds write it, month by month. The festivals' dates
 * are in the lunar calendar (month, day); they are stored as their
 * Gregorian day of the term's year and repeat on that lunar date. */
static const PlannedActivity plan[] = {
  { HAVEN_ACTIVITY_OTHER,          9, 5,  "制定留守儿童关爱工作计划", "学校会议室", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_HOME_VISITS,    9, 12, "期初家访", "各留守儿童家庭", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_LETTER_HOME,    8, 15, "中秋节亲情书信", "各班教室", HAVEN_RECURRENCE_YEARLY, TRUE, 0, HAVEN_FESTIVAL_MID_AUTUMN },
  { HAVEN_ACTIVITY_FESTIVAL_PARTY, 9, 30, "“我爱祖国”国庆主题班会", "各班教室", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_LETTER_HOME,    9, 9,  "重阳节给爷爷奶奶的一封信", "各班教室", HAVEN_RECURRENCE_YEARLY, TRUE, 0, HAVEN_FESTIVAL_DOUBLE_NINTH },
  { HAVEN_ACTIVITY_LECTURE,        10, 20, "法制安全教育讲座", "学校多功能厅", HAVEN_RECURRENCE_NONE, FALSE, HAVEN_LECTURE_LAW, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_HOME_VISITS,    11, 10, "期中家访", "各留守儿童家庭", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_LECTURE,        11, 24, "心理健康讲座：学会与孤单相处", "学校多功能厅", HAVEN_RECURRENCE_NONE, FALSE, HAVEN_LECTURE_MENTAL_HEALTH, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_CONTEST,        11, 28, "“我的家”绘画比赛", "留守儿童之家", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_PARENT_MEETING, 12, 19, "留守儿童家长会暨监护人培训", "学校会议室", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_FESTIVAL_PARTY, 12, 31, "“快乐元旦”联欢会", "学校多功能厅", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_CLASS_MEETING,  1, 8,  "“感恩父母”主题班会", "各班教室", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
  { HAVEN_ACTIVITY_HOME_VISITS,    1, 15, "期末家访", "各留守儿童家庭", HAVEN_RECURRENCE_NONE, FALSE, 0, HAVEN_N_FESTIVALS },
};

static gboolean
add_attendance (Builder      *b,
                gint64        activity_id,
                const char   *day,
                GArray       *attendees,
                GError      **error)
{
  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      g_autoptr(HavenAttendance) attendance = haven_attendance_new ();

      set_ref (attendance, HAVEN_ATTENDANCE_ACTIVITY_ID, activity_id);
      set_ref (attendance, HAVEN_ATTENDANCE_CHILD_ID, g_array_index (attendees, gint64, i));
      set_text (attendance, HAVEN_ATTENDANCE_OCCURRENCE_DATE, day);
      set_int (attendance, HAVEN_ATTENDANCE_PRESENT, chance (b, 0.95));
      if (!insert (b, attendance, error))
        return FALSE;
    }
  return TRUE;
}

static HavenActivity *
add_activity_full (Builder            *b,
                   HavenActivityType   type,
                   const char         *title,
                   const char         *place,
                   const GDate        *date,
                   const char         *time,
                   HavenRecurrence     recurrence,
                   gboolean            lunar,
                   GError            **error)
{
  g_autoptr(HavenActivity) activity = haven_activity_new ();
  g_autofree char *day = format_date (date);
  g_autofree char *starts = g_strconcat (day, " ", time, NULL);
  g_autofree char *until = format_date (&b->term_end);

  set_int (activity, HAVEN_ACTIVITY_TYPE, type);
  set_text (activity, HAVEN_ACTIVITY_TITLE, title);
  set_text (activity, HAVEN_ACTIVITY_STARTS_AT, starts);
  set_text (activity, HAVEN_ACTIVITY_PLACE, place);
  set_ref (activity, HAVEN_ACTIVITY_ORGANISER_ID, b->counsellor_id);
  set_int (activity, HAVEN_ACTIVITY_RECURRENCE, recurrence);
  if (recurrence == HAVEN_RECURRENCE_WEEKLY || recurrence == HAVEN_RECURRENCE_MONTHLY)
    set_text (activity, HAVEN_ACTIVITY_RECURRENCE_UNTIL, until);
  set_int (activity, HAVEN_ACTIVITY_LUNAR, lunar);
  set_ref (activity, HAVEN_ACTIVITY_TERM_ID, b->term_id);
  if (!insert (b, activity, error))
    return NULL;
  return g_steal_pointer (&activity);
}

/* An occurrence of series on original, moved by days (0: cancelled), as
 * a row of its own. */
static gboolean
add_occurrence_of_its_own (Builder        *b,
                           HavenActivity  *series,
                           const GDate    *original,
                           int             days,
                           GError        **error)
{
  g_autoptr(HavenActivity) own = HAVEN_ACTIVITY (haven_record_dup (HAVEN_RECORD (series)));
  g_autofree char *original_text = format_date (original);
  GDate day = *original;

  haven_record_set_id (HAVEN_RECORD (own), 0);
  haven_record_set_uuid (HAVEN_RECORD (own), NULL);
  set_ref (own, HAVEN_ACTIVITY_SERIES_ID, haven_record_get_id (HAVEN_RECORD (series)));
  set_text (own, HAVEN_ACTIVITY_OCCURRENCE_DATE, original_text);
  set_int (own, HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_NONE);
  set_text (own, HAVEN_ACTIVITY_RECURRENCE_UNTIL, "");
  if (days == 0)
    set_int (own, HAVEN_ACTIVITY_CANCELLED, TRUE);
  else if (days < 0)
    g_date_subtract_days (&day, -days);
  else
    g_date_add_days (&day, days);
  haven_activity_set_date (own, &day);
  return insert (b, own, error);
}

static gboolean
add_activity (Builder            *b,
              HavenActivityType   type,
              const char         *title,
              const char         *place,
              const GDate        *date,
              const char         *time,
              HavenRecurrence     recurrence,
              gboolean            lunar,
              GArray             *attendees,
              GError            **error)
{
  g_autoptr(HavenActivity) activity = add_activity_full (b, type, title, place, date, time, recurrence, lunar, error);
  g_autofree char *day = format_date (date);

  if (activity == NULL)
    return FALSE;
  return add_attendance (b, haven_record_get_id (HAVEN_RECORD (activity)), day, attendees, error);
}

static gboolean
build_calendar (Builder  *b,
                GError  **error)
{
  GDate month;

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      const PlannedActivity *p = &plan[i];
      int year = g_date_get_year (&b->term_start) + (p->month < 9 && !p->lunar ? 1 : 0);
      g_autoptr(HavenActivity) activity = NULL;
      GDate date;

      if (g_date_get_month (&b->term_start) != G_DATE_SEPTEMBER)
        break;  /* the plan above is the autumn term's */
      if (p->lunar)
        {
          if (!haven_lunar_to_solar (year, p->month, p->day, FALSE, &date))
            continue;
        }
      else if (g_date_valid_dmy (p->day, p->month, year))
        g_date_set_dmy (&date, p->day, p->month, year);
      else
        continue;
      activity = add_activity_full (b, p->type, p->title, p->place, &date, "14:30", p->recurrence, p->lunar, error);
      if (activity == NULL)
        return FALSE;
      if (p->topic != HAVEN_LECTURE_NONE || p->festival != HAVEN_N_FESTIVALS)
        {
          set_int (activity, HAVEN_ACTIVITY_TOPIC, p->topic);
          if (p->festival != HAVEN_N_FESTIVALS)
            set_text (activity, HAVEN_ACTIVITY_FESTIVAL, haven_festival_get_nick (p->festival));
          if (!haven_job_write_record (b->job, HAVEN_RECORD (activity), error))
            return FALSE;
        }
    }

  /* The monthly birthday party for the children born in each month (生日会):
   * one series; who it is for comes from the archive as each month comes.
   * The parties held so far have their attendance. */
  {
    g_autoptr(HavenActivity) parties = NULL;
    GDate party;

    g_date_set_dmy (&party, 25, g_date_get_month (&b->term_start), g_date_get_year (&b->term_start));
    parties = add_activity_full (b, HAVEN_ACTIVITY_BIRTHDAY_PARTY, "集体生日会", "留守儿童之家", &party, "15:30",
                                 HAVEN_RECURRENCE_MONTHLY, FALSE, error);
    if (parties == NULL)
      return FALSE;
    for (; g_date_compare (&party, &b->term_end) <= 0 && g_date_compare (&party, &b->today) <= 0;
         g_date_add_months (&party, 1))
      {
        g_autofree char *day = format_date (&party);

        if (!add_attendance (b, haven_record_get_id (HAVEN_RECORD (parties)), day,
                             b->birthday_children[g_date_get_month (&party) - 1], error))
          return FALSE;
      }
  }

  /* Once a term, the files are brought up to date (及时补充或变更). */
  month = b->term_start;
  g_date_add_days (&month, 60);
  if (!add_activity (b, HAVEN_ACTIVITY_OTHER, "留守儿童档案更新", "德育处", &month, "16:00",
                     HAVEN_RECURRENCE_TERMLY, FALSE, NULL, error))
    return FALSE;

  month = b->term_start;
  {
    g_autoptr(HavenActivity) calls = NULL;
    g_autoptr(HavenActivity) calligraphy = NULL;
    g_autoptr(HavenActivity) sports = NULL;

    /* A monthly series keeps its day of the month, so the title says the 1st. */
    calls = add_activity_full (b, HAVEN_ACTIVITY_FAMILY_CALL, "亲情电话（每月1日）", "留守儿童之家", &month, "16:00",
                               HAVEN_RECURRENCE_MONTHLY, FALSE, error);
    if (calls == NULL)
      return FALSE;

    /* Interest groups on Tuesday and Thursday afternoons. */
    while (g_date_get_weekday (&month) != G_DATE_TUESDAY)
      g_date_add_days (&month, 1);
    calligraphy = add_activity_full (b, HAVEN_ACTIVITY_INTEREST_GROUP, "兴趣小组：书法与绘画", "留守儿童之家", &month,
                                     "16:10", HAVEN_RECURRENCE_WEEKLY, FALSE, error);
    g_date_add_days (&month, 2);
    sports = calligraphy != NULL ? add_activity_full (b, HAVEN_ACTIVITY_INTEREST_GROUP, "兴趣小组：篮球与跳绳", "操场",
                                                      &month, "16:10", HAVEN_RECURRENCE_WEEKLY, FALSE, error)
                                 : NULL;
    if (sports == NULL)
      return FALSE;

    /* The National Day holiday (1–7 October) of an autumn term: the call
     * of the 1st is made the day before, the groups do not meet. */
    if (g_date_get_month (&b->term_start) == G_DATE_SEPTEMBER)
      {
        int year = g_date_get_year (&b->term_start);

        for (int day = 1; day <= 7; day++)
          {
            GDate holiday;

            g_date_clear (&holiday, 1);
            g_date_set_dmy (&holiday, day, G_DATE_OCTOBER, year);
            if (day == 1 && !add_occurrence_of_its_own (b, calls, &holiday, -1, error))
              return FALSE;
            if (g_date_get_weekday (&holiday) == G_DATE_TUESDAY
                && !add_occurrence_of_its_own (b, calligraphy, &holiday, 0, error))
              return FALSE;
            if (g_date_get_weekday (&holiday) == G_DATE_THURSDAY
                && !add_occurrence_of_its_own (b, sports, &holiday, 0, error))
              return FALSE;
          }
      }
  }
  return TRUE;
}

/* The records after the children: the mentors' weekly talks, the family
 * phone log, guardian contacts and home visits, the growth folders and the
 * individual plans. Drawn from b->extra only. */

static int
extra_uniform (Builder *b,
               int      low,
               int      high)
{
  return g_rand_int_range (b->extra, low, high + 1);
}

static gboolean
extra_chance (Builder *b,
              double   probability)
{
  return g_rand_double (b->extra) < probability;
}

static gboolean
in_term (Builder     *b,
         const GDate *day)
{
  return g_date_compare (day, &b->term_start) >= 0 && g_date_compare (day, &b->term_end) <= 0
         && g_date_compare (day, &b->today) <= 0;
}

static gboolean
add_record_talk (Builder          *b,
                 Kid              *kid,
                 HavenTalkKind     kind,
                 const GDate      *day,
                 gint64            staff_id,
                 const char       *talker,
                 HavenSampleNote   note,
                 GError          **error)
{
  g_autoptr(HavenTalk) talk = haven_talk_new_for (kid->child_id, kind, NULL);
  g_autofree char *content = haven_sample_data_note (b->extra, note, &kid->facts);

  set_ref (talk, HAVEN_TALK_STAFF_ID, staff_id);
  set_text (talk, HAVEN_TALK_TALKER, talker);
  set_date (talk, HAVEN_TALK_DATE, day);
  set_int (talk, HAVEN_TALK_MOOD, extra_uniform (b, kid->key_support ? HAVEN_MOOD_VERY_LOW : HAVEN_MOOD_STEADY,
                                                 HAVEN_MOOD_VERY_GOOD));
  set_text (talk, HAVEN_TALK_CONTENT, content);
  switch (kind)
    {
    case HAVEN_TALK_MENTOR:
      set_int (talk, HAVEN_TALK_TOPICS, (1 << extra_uniform (b, 0, 3)) | (1 << extra_uniform (b, 0, 6)));
      break;
    case HAVEN_TALK_FAMILY_CALL:
      set_int (talk, HAVEN_TALK_TOPICS, HAVEN_TOPIC_FAMILY);
      set_int (talk, HAVEN_TALK_CALL_WITH, kid->facts.father_away ? HAVEN_CALL_WITH_FATHER
                                           : kid->facts.mother_away ? HAVEN_CALL_WITH_MOTHER
                                           : HAVEN_CALL_WITH_GUARDIAN);
      set_int (talk, HAVEN_TALK_MINUTES, extra_uniform (b, 3, 15));
      break;
    case HAVEN_TALK_HOME_VISIT:
      set_int (talk, HAVEN_TALK_TOPICS, HAVEN_TOPIC_FAMILY | HAVEN_TOPIC_SAFETY | HAVEN_TOPIC_STUDY);
      break;
    default:
      set_int (talk, HAVEN_TALK_TOPICS, HAVEN_TOPIC_FAMILY | HAVEN_TOPIC_LIFE);
      break;
    }
  return insert (b, talk, error);
}

static gboolean
add_growth (Builder          *b,
            Kid              *kid,
            HavenGrowthKind   kind,
            const GDate      *day,
            GError          **error)
{
  g_autoptr(HavenGrowthEntry) entry = haven_growth_entry_new ();

  set_ref (entry, HAVEN_GROWTH_ENTRY_CHILD_ID, kid->child_id);
  set_int (entry, HAVEN_GROWTH_ENTRY_KIND, kind);
  set_date (entry, HAVEN_GROWTH_ENTRY_DATE, day);
  if (kind == HAVEN_GROWTH_TEST_RESULT)
    {
      g_autofree char *score = g_strdup_printf ("%d", extra_uniform (b, kid->key_support ? 48 : 62, 100));

      set_text (entry, HAVEN_GROWTH_ENTRY_SUBJECT, extra_chance (b, 0.5) ? "数学期中考试" : "语文期中考试");
      set_text (entry, HAVEN_GROWTH_ENTRY_SCORE, score);
    }
  else
    {
      g_autofree char *text = haven_sample_data_note (b->extra, kind == HAVEN_GROWTH_LETTER
                                                                ? HAVEN_SAMPLE_NOTE_LETTER
                                                                : HAVEN_SAMPLE_NOTE_GOOD_NEWS,
                                                      &kid->facts);

      set_text (entry, HAVEN_GROWTH_ENTRY_TITLE, kind == HAVEN_GROWTH_LETTER ? "写给家人的一封信" : "");
      set_text (entry, HAVEN_GROWTH_ENTRY_TEXT, text);
    }
  return insert (b, entry, error);
}

static gboolean
add_plan (Builder  *b,
          Kid      *kid,
          GError  **error)
{
  g_autoptr(HavenPlan) plan = haven_plan_new ();
  g_autofree char *situation = haven_sample_data_note (b->extra, HAVEN_SAMPLE_NOTE_PLAN_SITUATION, &kid->facts);
  g_autofree char *goals = haven_sample_data_note (b->extra, HAVEN_SAMPLE_NOTE_PLAN_GOAL, &kid->facts);
  g_autofree char *measures = haven_sample_data_note (b->extra, HAVEN_SAMPLE_NOTE_PLAN_MEASURE, &kid->facts);
  g_autofree char *others = g_strdup_printf ("心理老师%s", b->counsellor_name);
  GDate start = b->term_start;
  GDate review;

  g_date_add_days (&start, 14);
  if (g_date_compare (&start, &b->today) > 0)
    return TRUE;
  set_ref (plan, HAVEN_PLAN_CHILD_ID, kid->child_id);
  set_ref (plan, HAVEN_PLAN_STAFF_ID, g_array_index (b->class_teachers, gint64, kid->class_index));
  set_text (plan, HAVEN_PLAN_OTHERS, others);
  set_date (plan, HAVEN_PLAN_START_DATE, &start);
  set_date (plan, HAVEN_PLAN_END_DATE, &b->term_end);
  set_text (plan, HAVEN_PLAN_SITUATION, situation);
  set_text (plan, HAVEN_PLAN_GOALS, goals);
  set_text (plan, HAVEN_PLAN_MEASURES, measures);
  if (!insert (b, plan, error))
    return FALSE;

  /* A review every four weeks to the end of the term; most of the past
   * ones were held, a few on a later day. */
  review = start;
  for (g_date_add_days (&review, 28); g_date_compare (&review, &b->term_end) <= 0; g_date_add_days (&review, 28))
    {
      g_autoptr(HavenPlanReview) row = haven_plan_review_new ();

      set_ref (row, HAVEN_PLAN_REVIEW_PLAN_ID, haven_record_get_id (HAVEN_RECORD (plan)));
      set_ref (row, HAVEN_PLAN_REVIEW_CHILD_ID, kid->child_id);
      set_date (row, HAVEN_PLAN_REVIEW_REVIEW_DATE, &review);
      if (g_date_compare (&review, &b->today) < 0 && extra_chance (b, 0.85))
        {
          GDate held = review;
          g_autofree char *notes = haven_sample_data_note (b->extra, HAVEN_SAMPLE_NOTE_PLAN_REVIEW, &kid->facts);

          g_date_add_days (&held, extra_uniform (b, 0, 2));
          if (g_date_compare (&held, &b->today) > 0)
            held = b->today;
          set_date (row, HAVEN_PLAN_REVIEW_DONE_DATE, &held);
          set_int (row, HAVEN_PLAN_REVIEW_PROGRESS, extra_chance (b, 0.7) ? HAVEN_PROGRESS_BETTER : HAVEN_PROGRESS_SAME);
          set_text (row, HAVEN_PLAN_REVIEW_NOTES, notes);
        }
      if (!insert (b, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_kid_records (Builder  *b,
                 Kid      *kid,
                 GError  **error)
{
  gint64 teacher = g_array_index (b->class_teachers, gint64, kid->class_index);
  const char *teacher_name = g_ptr_array_index (b->teacher_names, kid->class_index);
  double roll = g_rand_double (b->extra);
  /* Most children's adults keep to the rules; some slip, a few often. */
  double keeps = roll < 0.7 ? 0.95 : roll < 0.9 ? 0.75 : 0.35;
  GDate week, month;

  /* The mentor's talk, once a week on a school day. */
  if (kid->mentor >= 0)
    {
      gint64 staff = g_array_index (b->mentor_staff, gint64, kid->mentor);
      const char *name = g_ptr_array_index (b->mentor_names, kid->mentor);

      week = b->term_start;
      g_date_subtract_days (&week, g_date_get_weekday (&week) - G_DATE_MONDAY);
      for (; g_date_compare (&week, &b->today) <= 0; g_date_add_days (&week, 7))
        {
          GDate day = week;

          g_date_add_days (&day, extra_uniform (b, 0, 4));
          if (!in_term (b, &day) || !extra_chance (b, keeps))
            continue;
          if (!add_record_talk (b, kid, HAVEN_TALK_MENTOR, &day, staff != 0 ? staff : teacher, name,
                                HAVEN_SAMPLE_NOTE_MENTOR_TALK, error))
            return FALSE;
        }
    }

  /* The family phone (亲情电话), the first Friday of each month, logged
   * by the counsellor; and the class teacher's monthly word with the
   * guardian. */
  g_date_set_dmy (&month, 1, g_date_get_month (&b->term_start), g_date_get_year (&b->term_start));
  for (; g_date_compare (&month, &b->today) <= 0; g_date_add_months (&month, 1))
    {
      GDate friday = month;
      GDate contact = month;
      int days = g_date_get_days_in_month (g_date_get_month (&month), g_date_get_year (&month));

      while (g_date_get_weekday (&friday) != G_DATE_FRIDAY)
        g_date_add_days (&friday, 1);
      if (g_date_compare (&friday, &b->today) <= 0 && g_date_compare (&friday, &b->term_start) >= 0
          && (kid->facts.father_away || kid->facts.mother_away) && extra_chance (b, keeps)
          && !add_record_talk (b, kid, HAVEN_TALK_FAMILY_CALL, &friday, b->counsellor_id, b->counsellor_name,
                               HAVEN_SAMPLE_NOTE_FAMILY_CALL, error))
        return FALSE;

      g_date_add_days (&contact, extra_uniform (b, 0, days - 1));
      if (in_term (b, &contact) && extra_chance (b, keeps * 0.9)
          && !add_record_talk (b, kid, HAVEN_TALK_GUARDIAN_CONTACT, &contact, teacher, teacher_name,
                               HAVEN_SAMPLE_NOTE_GUARDIAN_CONTACT, error))
        return FALSE;
    }

  /* The term's home visit (家访): the month the class teacher went, or in
   * the first weeks of term. */
  if (!g_date_valid (&kid->home_visit) && extra_chance (b, keeps))
    {
      kid->home_visit = b->term_start;
      g_date_add_days (&kid->home_visit, extra_uniform (b, 7, 40));
    }
  if (g_date_valid (&kid->home_visit) && in_term (b, &kid->home_visit)
      && !add_record_talk (b, kid, HAVEN_TALK_HOME_VISIT, &kid->home_visit, teacher, teacher_name,
                           HAVEN_SAMPLE_NOTE_HOME_VISIT, error))
    return FALSE;

  /* The growth folder: good news, the mid-term test, a letter home. */
  {
    int so_far = g_date_days_between (&b->term_start, &b->today);
    GDate day = b->term_start;

    if (so_far > 7 && extra_chance (b, 0.35))
      {
        g_date_add_days (&day, extra_uniform (b, 7, so_far));
        if (!add_growth (b, kid, HAVEN_GROWTH_GOOD_NEWS, &day, error))
          return FALSE;
      }
    day = b->term_start;
    g_date_add_days (&day, 60);
    if (g_date_compare (&day, &b->today) <= 0 && extra_chance (b, 0.7)
        && !add_growth (b, kid, HAVEN_GROWTH_TEST_RESULT, &day, error))
      return FALSE;
    day = b->term_start;
    if (so_far > 20 && extra_chance (b, 0.25))
      {
        g_date_add_days (&day, extra_uniform (b, 20, so_far));
        if (!add_growth (b, kid, HAVEN_GROWTH_LETTER, &day, error))
          return FALSE;
      }
  }

  /* Key-support children with serious trouble get an individual plan. */
  if (kid->key_support && extra_chance (b, 0.6) && !add_plan (b, kid, error))
    return FALSE;
  return TRUE;
}

static gboolean
build_records (Builder  *b,
               GError  **error)
{
  for (guint i = 0; i < b->kids->len; i++)
    {
      if (!add_kid_records (b, &g_array_index (b->kids, Kid, i), error))
        return FALSE;
      if (i % 500 == 0)
        {
          haven_job_progress (b->job, 0.95 + 0.05 * i / b->kids->len);
          if (g_cancellable_set_error_if_cancelled (b->job->cancellable, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
fill (HavenJob    *job,
      guint        n_children,
      guint32      seed,
      const char  *today,
      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  Builder b = { 0 };
  gboolean ok = TRUE;

  g_date_clear (&b.today, 1);
  g_date_set_parse (&b.today, today);
  if (!g_date_valid (&b.today))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "Invalid date “%s”", today);
      return FALSE;
    }

  b.job = job;
  b.rand = g_rand_new_with_seed (seed);
  b.class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.class_grades = g_array_new (FALSE, FALSE, sizeof (int));
  b.class_teachers = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.teacher_names = g_ptr_array_new_with_free_func (g_free);
  b.mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.mentor_names = g_ptr_array_new_with_free_func (g_free);
  b.mentor_kinds = g_array_new (FALSE, FALSE, sizeof (int));
  b.peer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.mentor_loads = g_array_new (FALSE, TRUE, sizeof (int));
  b.mentor_staff = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.kids = g_array_new (FALSE, TRUE, sizeof (Kid));
  g_array_set_clear_func (b.kids, kid_clear);
  /* Its own stream: what it draws never moves the children's. */
  b.extra = g_rand_new_with_seed (seed ^ 0x7a1c5u);
  for (guint m = 0; m < 12; m++)
    b.birthday_children[m] = g_array_new (FALSE, FALSE, sizeof (gint64));

  ok = haven_db_begin (job->db, &local_error) && build_school (&b, n_children, &local_error);
  g_array_set_size (b.mentor_loads, b.mentor_ids->len);

  for (guint i = 0; ok && i < n_children; i++)
    {
      ok = build_child (&b, i, n_children, &local_error);
      if (ok && i % 500 == 0)
        {
          haven_job_progress (job, 0.95 * i / n_children);
          if (g_cancellable_set_error_if_cancelled (job->cancellable, &local_error))
            ok = FALSE;
        }
    }

  ok = ok && link_peers (&b, &local_error) && build_calendar (&b, &local_error) && build_records (&b, &local_error)
       && haven_db_commit (job->db, &local_error);
  if (!ok)
    haven_db_rollback (job->db);

  g_rand_free (b.rand);
  g_array_unref (b.class_ids);
  g_array_unref (b.class_grades);
  g_array_unref (b.class_teachers);
  g_ptr_array_unref (b.teacher_names);
  g_array_unref (b.mentor_ids);
  g_ptr_array_unref (b.mentor_names);
  g_array_unref (b.mentor_kinds);
  g_array_unref (b.peer_ids);
  g_array_unref (b.mentor_loads);
  g_array_unref (b.mentor_staff);
  g_array_unref (b.kids);
  g_rand_free (b.extra);
  for (guint m = 0; m < 12; m++)
    g_array_unref (b.birthday_children[m]);
  g_free (b.counsellor_name);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  guint    n_children;
  guint32  seed;
  char    *today;
} Sample;

static void
sample_free (Sample *sample)
{
  g_free (sample->today);
  g_free (sample);
}

static gpointer
fill_sample_job (HavenJob  *job,
                 gpointer   data,
                 GError   **error)
{
  Sample *sample = data;
  gint64 n_children, n_schools;
  gboolean ok;

  if (!haven_job_ensure_writer (job, error))
    return NULL;

  /* A sample never goes into a real school's records. */
  n_children = haven_job_count_records (job, HAVEN_TYPE_CHILD, error);
  n_schools = n_children >= 0 ? haven_job_count_records (job, HAVEN_TYPE_SCHOOL_INFO, error) : -1;
  if (n_schools < 0)
    return NULL;
  if (n_children > 0 || n_schools > 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("This database already holds a school; a sample school needs a database of its own."));
      return NULL;
    }

  haven_job_progress (job, 0.0);
  ok = fill (job, sample->n_children, sample->seed, sample->today, error);
  haven_job_progress (job, -1.0);
  if (!ok)
    return NULL;

  haven_job_changed (job, HAVEN_TYPE_RECORD, 0);
  return HAVEN_JOB_DONE;
}

void
haven_sample_fill_async (HavenStore          *store,
                         guint                n_children,
                         guint32              seed,
                         const char          *today,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  Sample *sample;

  g_return_if_fail (HAVEN_IS_STORE (store));

  if (n_children == 0 || n_children > HAVEN_SAMPLE_MAX_CHILDREN)
    {
      g_task_report_new_error (store, callback, user_data, haven_sample_fill_async,
                               G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("A sample school has from 1 to %u children."), HAVEN_SAMPLE_MAX_CHILDREN);
      return;
    }

  sample = g_new0 (Sample, 1);
  sample->n_children = n_children;
  sample->seed = seed;
  sample->today = today != NULL && *today != '\0' ? g_strdup (today) : g_date_time_format (now, "%Y-%m-%d");
  haven_store_queue_job (store, haven_sample_fill_async, fill_sample_job,
                         sample, (GDestroyNotify) sample_free, NULL,
                         cancellable, callback, user_data);
}

gboolean
haven_sample_fill_finish (HavenStore    *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  /* A refused size comes as a reported task with the same tag. */
  return haven_store_finish_done (store, result, haven_sample_fill_async, error);
}
