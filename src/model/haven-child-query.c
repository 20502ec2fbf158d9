/* haven-child-query.c: the children a list shows, by search and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-query"

#include "config.h"

#include "haven-child.h"
#include "haven-child-query.h"

struct _HavenChildQuery
{
  HavenQuery  parent_instance;

  int         sort;
  int         roll;
  gint64      class_id;
  int         grade;
  int         reason;
  gboolean    key_support;
  gboolean    incomplete;
  gboolean    no_mentor;
  char       *village;
  gboolean    care_risk;
  int         birthday_days;
};

G_DEFINE_FINAL_TYPE (HavenChildQuery, haven_child_query, HAVEN_TYPE_QUERY)

#define FILTER(name, type, member, min, max, def) \
  { name, type, G_STRUCT_OFFSET (HavenChildQuery, member), min, max, def }

static const HavenQueryFilter filters[] = {
  FILTER ("sort", G_TYPE_INT, sort, HAVEN_SORT_CLASS, HAVEN_SORT_BIRTHDAY, HAVEN_SORT_CLASS),
  FILTER ("roll", G_TYPE_INT, roll, HAVEN_ROLL_CURRENT, HAVEN_ROLL_ALL, HAVEN_ROLL_CURRENT),
  FILTER ("class-id", G_TYPE_INT64, class_id, 0, G_MAXINT64, 0),
  FILTER ("grade", G_TYPE_INT, grade, 0, 12, 0),
  FILTER ("reason", G_TYPE_INT, reason, HAVEN_ANY_REASON, HAVEN_LEFT_BEHIND_OTHER_UNABLE, HAVEN_ANY_REASON),
  FILTER ("key-support", G_TYPE_BOOLEAN, key_support, 0, 1, FALSE),
  FILTER ("incomplete", G_TYPE_BOOLEAN, incomplete, 0, 1, FALSE),
  FILTER ("no-mentor", G_TYPE_BOOLEAN, no_mentor, 0, 1, FALSE),
  FILTER ("village", G_TYPE_STRING, village, 0, 0, 0),
  FILTER ("care-risk", G_TYPE_BOOLEAN, care_risk, 0, 1, FALSE),
  FILTER ("birthday-days", G_TYPE_INT, birthday_days, 0, 366, 0),
};

static void
haven_child_query_class_init (HavenChildQueryClass *klass)
{
  haven_query_class_install_filters (HAVEN_QUERY_CLASS (klass), HAVEN_TYPE_CHILD,
                                     filters, G_N_ELEMENTS (filters));
}

static void
haven_child_query_init (HavenChildQuery *self)
{
  g_assert (HAVEN_IS_CHILD_QUERY (self));

}

HavenChildQuery *
haven_child_query_new (void)
{
  return g_object_new (HAVEN_TYPE_CHILD_QUERY, NULL);
}

#define ACCESSORS(type, name, member, prop)                                   \
  type                                                                        \
  haven_child_query_get_##name (HavenChildQuery *self)                        \
  {                                                                           \
    g_return_val_if_fail (HAVEN_IS_CHILD_QUERY (self), 0);                    \
    return self->member;                                                      \
  }                                                                           \
  void                                                                        \
  haven_child_query_set_##name (HavenChildQuery *self,                        \
                                type             value)                       \
  {                                                                           \
    g_return_if_fail (HAVEN_IS_CHILD_QUERY (self));                           \
    haven_query_set_int_filter (HAVEN_QUERY (self), prop, value);             \
  }

ACCESSORS (HavenSort, sort, sort, "sort")
ACCESSORS (HavenRoll, roll, roll, "roll")
ACCESSORS (gint64, class_id, class_id, "class-id")
ACCESSORS (int, grade, grade, "grade")
ACCESSORS (int, reason, reason, "reason")
ACCESSORS (gboolean, key_support, key_support, "key-support")
ACCESSORS (gboolean, incomplete, incomplete, "incomplete")
ACCESSORS (gboolean, no_mentor, no_mentor, "no-mentor")
ACCESSORS (gboolean, care_risk, care_risk, "care-risk")
ACCESSORS (int, birthday_days, birthday_days, "birthday-days")

const char *
haven_child_query_get_village (HavenChildQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_QUERY (self), "");
  return self->village;
}

void
haven_child_query_set_village (HavenChildQuery *self,
                               const char      *village)
{
  g_return_if_fail (HAVEN_IS_CHILD_QUERY (self));
  haven_query_set_string_filter (HAVEN_QUERY (self), "village", village);
}

gboolean
haven_child_query_is_filtered (HavenChildQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_QUERY (self), FALSE);

  return *haven_query_get_search (HAVEN_QUERY (self)) != '\0'
         || self->class_id != 0 || self->grade != 0 || self->reason != HAVEN_ANY_REASON
         || self->key_support || self->incomplete || self->no_mentor
         || *self->village != '\0' || self->roll != HAVEN_ROLL_CURRENT
         || self->care_risk || self->birthday_days > 0;
}
