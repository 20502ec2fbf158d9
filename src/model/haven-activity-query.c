/* haven-activity-query.c: the activities a list shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-activity-query"

#include "config.h"

#include "haven-activity.h"
#include "haven-activity-query.h"

struct _HavenActivityQuery
{
  HavenQuery parent_instance;

  char      *from;
  char      *to;
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenActivityQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("from", G_TYPE_STRING, from, 0, 0, 0),
  FILTER ("to", G_TYPE_STRING, to, 0, 0, 0),
};

HAVEN_DEFINE_QUERY (HavenActivityQuery, haven_activity_query, HAVEN_TYPE_ACTIVITY, filters)
