/* haven-term-plan.c: the programme of a term, from the seeds' plans
 *
 * The days follow the seeds' month-by-month plans (九月 make the plan and
 * visit families, 十月 National Day, 十一月 file update, 十二月 parent
 * meeting and New Year party, 一月 theme class meeting), put on school
 * days: an activity that would fall on a weekend moves to the Friday
 * before, or the Monday after at the start of term.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-term-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-term-plan.h"

typedef struct
{
  GPtrArray *out;
  gint64     term_id;
  GDate      first;
  GDate      last;
} Plan;

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

/* The school day on or after date. */
static void
school_day_after (GDate *date)
{
  while (is_weekend (date))
    g_date_add_days (date, 1);
}

/* The school day on or before date. */
static void
school_day_before (GDate *date)
{
  while (is_weekend (date))
    g_date_subtract_days (date, 1);
}

/* A day some fraction of the way through the term, on a school day. */
static GDate
part_way (const Plan *plan,
          double      fraction)
{
  GDate date = plan->first;
  int days = (int) g_date_days_between (&plan->first, &plan->last);

  g_date_add_days (&date, (guint) (days * fraction));
  school_day_before (&date);
  if (g_date_compare (&date, &plan->first) < 0)
    {
      date = plan->first;
      school_day_after (&date);
    }
  return date;
}

static gboolean
in_term (const Plan  *plan,
         const GDate *date)
{
  return g_date_compare (date, &plan->first) >= 0 && g_date_compare (date, &plan->last) <= 0;
}

static HavenActivity *
add (Plan              *plan,
     const char        *key,
     HavenActivityType  type,
     const char        *title,
     const GDate       *date,
     const char        *time,
     const char        *place)
{
  g_autoptr(HavenActivity) activity = haven_activity_new ();
  HavenRecord *record = HAVEN_RECORD (activity);
  g_autofree char *day = haven_date_format_iso (date);
  g_autofree char *starts = time != NULL ? g_strconcat (day, " ", time, NULL) : g_strdup (day);

  haven_record_set_int (record, HAVEN_ACTIVITY_TYPE, type);
  haven_record_set_string (record, HAVEN_ACTIVITY_TITLE, title);
  haven_record_set_string (record, HAVEN_ACTIVITY_STARTS_AT, starts);
  haven_record_set_string (record, HAVEN_ACTIVITY_PLACE, place != NULL ? place : "");
  haven_record_set_string (record, HAVEN_ACTIVITY_PLAN_KEY, key);
  haven_record_set_ref (record, HAVEN_ACTIVITY_TERM_ID, plan->term_id);
  g_ptr_array_add (plan->out, g_object_ref (activity));
  return activity;
}

static void
add_lecture (Plan              *plan,
             const char        *key,
             HavenLectureTopic  topic,
             const char        *title,
             double             fraction)
{
  GDate date = part_way (plan, fraction);
  HavenActivity *lecture = add (plan, key, HAVEN_ACTIVITY_LECTURE, title, &date, "14:30", _("Assembly hall"));

  haven_record_set_int (HAVEN_RECORD (lecture), HAVEN_ACTIVITY_TOPIC, topic);
}

/* Parents come home at the Spring Festival (春节): a meeting then reaches
 * them; otherwise it goes near the end of term, before they come. */
static GDate
parent_meeting_day (const Plan *plan)
{
  GDate festival, date;

  for (int year = g_date_get_year (&plan->first); year <= g_date_get_year (&plan->last); year++)
    if (haven_festival_get_date (HAVEN_FESTIVAL_SPRING_FESTIVAL, year, &festival))
      {
        GDate lantern = festival;

        /* Until the Lantern Festival most are still at home. */
        g_date_add_days (&lantern, 14);
        if (g_date_compare (&lantern, &plan->first) >= 0 && g_date_compare (&festival, &plan->last) <= 0)
          {
            date = g_date_compare (&festival, &plan->first) > 0 ? festival : plan->first;
            school_day_after (&date);
            if (in_term (plan, &date))
              return date;
          }
      }

  date = plan->last;
  g_date_subtract_days (&date, MIN (10, g_date_days_between (&plan->first, &plan->last)));
  school_day_before (&date);
  return date;
}

/* Letters home (亲情书信) go on the festivals of the seeds, written in class
 * on the school day before. */
static const HavenFestival letter_festivals[] = {
  HAVEN_FESTIVAL_SPRING_FESTIVAL, HAVEN_FESTIVAL_LANTERN, HAVEN_FESTIVAL_QINGMING, HAVEN_FESTIVAL_MOTHERS_DAY,
  HAVEN_FESTIVAL_DRAGON_BOAT, HAVEN_FESTIVAL_FATHERS_DAY, HAVEN_FESTIVAL_MID_AUTUMN, HAVEN_FESTIVAL_DOUBLE_NINTH,
};

static void
add_festival_letters (Plan *plan)
{
  for (int year = g_date_get_year (&plan->first); year <= g_date_get_year (&plan->last); year++)
    for (guint i = 0; i < G_N_ELEMENTS (letter_festivals); i++)
      {
        HavenFestival festival = letter_festivals[i];
        g_autofree char *key = NULL;
        g_autofree char *title = NULL;
        HavenActivity *letter;
        GDate day;

        if (!haven_festival_get_date (festival, year, &day) || !in_term (plan, &day))
          continue;
        school_day_before (&day);
        if (g_date_compare (&day, &plan->first) < 0)
          continue;
        key = g_strdup_printf ("letter-%s-%d", haven_festival_get_nick (festival), year);
        /* Translators: an activity's title; %s is a festival such as "Mid-Autumn Festival". */
        title = g_strdup_printf (_("Letter home for the %s"), haven_festival_get_name (festival));
        letter = add (plan, key, HAVEN_ACTIVITY_LETTER_HOME, title, &day, "15:30", _("Classrooms"));
        haven_record_set_string (HAVEN_RECORD (letter), HAVEN_ACTIVITY_FESTIVAL, haven_festival_get_nick (festival));
      }
}

static void
add_class_meetings (Plan *plan)
{
  GDate month;

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&plan->first), g_date_get_year (&plan->first));
  for (; g_date_compare (&month, &plan->last) <= 0; g_date_add_months (&month, 1))
    {
      g_autofree char *key = g_strdup_printf ("class-meeting-%04d-%02d", g_date_get_year (&month),
                                              g_date_get_month (&month));
      GDate day = month;
      int mondays = 0;

      /* The second Monday of the month. */
      while (TRUE)
        {
          if (g_date_get_weekday (&day) == G_DATE_MONDAY && ++mondays == 2)
            break;
          g_date_add_days (&day, 1);
        }
      if (!in_term (plan, &day))
        continue;
      add (plan, key, HAVEN_ACTIVITY_CLASS_MEETING, _("Theme class meeting"), &day, "14:30", _("Classrooms"));
    }
}

static void
add_party (Plan       *plan,
           const char *key,
           const char *title,
           int         year,
           GDateMonth  month,
           GDateDay    day_of_month)
{
  GDate day;

  if (!g_date_valid_dmy (day_of_month, month, year))
    return;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, day_of_month, month, year);
  school_day_before (&day);
  if (in_term (plan, &day))
    add (plan, key, HAVEN_ACTIVITY_FESTIVAL_PARTY, title, &day, "14:30", _("Assembly hall"));
}

static void
add_birthday_parties (Plan *plan)
{
  GDate first = plan->first;
  HavenActivity *parties;
  g_autofree char *until = haven_date_format_iso (&plan->last);

  /* One party a month for the children born in it, late in the month
   * (生日会); the children come from the archive as each month arrives. */
  if (g_date_get_day (&first) > 25)
    g_date_add_months (&first, 1);
  g_date_set_day (&first, 25);
  if (!in_term (plan, &first))
    return;
  parties = add (plan, "birthday-parties", HAVEN_ACTIVITY_BIRTHDAY_PARTY, _("Birthday party of the month"),
                 &first, "15:30", _("Care room"));
  haven_record_set_int (HAVEN_RECORD (parties), HAVEN_ACTIVITY_RECURRENCE, HAVEN_RECURRENCE_MONTHLY);
  haven_record_set_string (HAVEN_RECORD (parties), HAVEN_ACTIVITY_RECURRENCE_UNTIL, until);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  HavenRecord *x = *(HavenRecord * const *) a;
  HavenRecord *y = *(HavenRecord * const *) b;

  return g_strcmp0 (haven_record_get_string (x, HAVEN_ACTIVITY_STARTS_AT),
                    haven_record_get_string (y, HAVEN_ACTIVITY_STARTS_AT));
}

GPtrArray *
haven_term_plan_build (gint64       term_id,
                       const GDate *first,
                       const GDate *last)
{
  Plan plan = { 0 };
  GDate date;

  g_return_val_if_fail (first != NULL && last != NULL, NULL);

  if (!g_date_valid (first) || !g_date_valid (last) || g_date_compare (first, last) >= 0)
    return NULL;

  plan.out = g_ptr_array_new_with_free_func (g_object_unref);
  plan.term_id = term_id;
  plan.first = *first;
  plan.last = *last;

  /* The start of term: the plan is made, families visited. */
  date = plan.first;
  g_date_add_days (&date, 2);
  school_day_after (&date);
  add (&plan, "plan-meeting", HAVEN_ACTIVITY_OTHER, _("Meeting to plan the term’s care programme"), &date,
       "16:00", _("Meeting room"));
  date = part_way (&plan, 0.08);
  add (&plan, "home-visits-start", HAVEN_ACTIVITY_HOME_VISITS, _("Home visits at the start of term"), &date,
       NULL, _("The children’s homes"));

  add_lecture (&plan, "lecture-safety", HAVEN_LECTURE_SAFETY, _("Safety lecture"), 0.15);
  add_lecture (&plan, "lecture-law", HAVEN_LECTURE_LAW, _("Lecture on the law"), 0.35);
  add_lecture (&plan, "lecture-mental-health", HAVEN_LECTURE_MENTAL_HEALTH, _("Mental health lecture"), 0.6);

  date = part_way (&plan, 0.5);
  add (&plan, "home-visits-middle", HAVEN_ACTIVITY_HOME_VISITS, _("Home visits in the middle of term"), &date,
       NULL, _("The children’s homes"));

  date = parent_meeting_day (&plan);
  add (&plan, "parent-meeting", HAVEN_ACTIVITY_PARENT_MEETING, _("Parent meeting"), &date, "14:00",
       _("Meeting room"));
  add (&plan, "guardian-training", HAVEN_ACTIVITY_GUARDIAN_TRAINING, _("Training for guardians"), &date, "15:30",
       _("Meeting room"));

  date = part_way (&plan, 0.9);
  add (&plan, "home-visits-end", HAVEN_ACTIVITY_HOME_VISITS, _("Home visits at the end of term"), &date,
       NULL, _("The children’s homes"));
  date = part_way (&plan, 0.95);
  add (&plan, "file-update", HAVEN_ACTIVITY_OTHER, _("Update the children’s files"), &date, "16:00",
       _("Care room"));

  add_birthday_parties (&plan);
  add_festival_letters (&plan);
  add_class_meetings (&plan);
  for (int year = g_date_get_year (&plan.first); year <= g_date_get_year (&plan.last); year++)
    {
      g_autofree char *new_year = g_strdup_printf ("new-year-party-%d", year + 1);
      g_autofree char *childrens_day = g_strdup_printf ("childrens-day-party-%d", year);

      add_party (&plan, new_year, _("New Year party"), year, G_DATE_DECEMBER, 31);
      add_party (&plan, childrens_day, _("Children’s Day party"), year, G_DATE_JUNE, 1);
    }

  g_ptr_array_sort (plan.out, compare_start);
  return plan.out;
}
