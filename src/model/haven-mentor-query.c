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
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenMentorQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("kind", G_TYPE_INT, kind, -1, HAVEN_MENTOR_KIND_VOLUNTEER, -1),
};

HAVEN_DEFINE_QUERY (HavenMentorQuery, haven_mentor_query, HAVEN_TYPE_MENTOR, filters)
