/* haven-mentor-query.c: the mentors a list shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor-query"

#include "config.h"

#include "haven-mentor.h"
#include "haven-mentor-query.h"

struct _HavenMentorQuery
{
  HavenQuery parent_instance;

  int        kind;
  gboolean   with_children;
  gint64     class_id;
  int        grade;
  char      *village;
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenMentorQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("kind", G_TYPE_INT, kind, -1, HAVEN_MENTOR_KIND_VOLUNTEER, -1),
  FILTER ("with-children", G_TYPE_BOOLEAN, with_children, 0, 1, FALSE),
  FILTER ("class-id", G_TYPE_INT64, class_id, 0, G_MAXINT64, 0),
  FILTER ("grade", G_TYPE_INT, grade, 0, 12, 0),
  FILTER ("village", G_TYPE_STRING, village, 0, 0, 0),
};

HAVEN_DEFINE_QUERY (HavenMentorQuery, haven_mentor_query, HAVEN_TYPE_MENTOR, filters)
