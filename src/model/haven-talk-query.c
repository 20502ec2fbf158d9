/* haven-talk-query.c: the talk records a list shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talk-query"

#include "config.h"

#include "haven-talk.h"
#include "haven-talk-query.h"

struct _HavenTalkQuery
{
  HavenQuery parent_instance;

  gint64     child_id;
  gint64     staff_id;
  gint64     class_id;
  int        kind;
  char      *from;
  char      *to;
  gboolean   follow_up_due;
  int        limit;
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenTalkQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("child-id", G_TYPE_INT64, child_id, 0, G_MAXINT64, 0),
  FILTER ("staff-id", G_TYPE_INT64, staff_id, 0, G_MAXINT64, 0),
  FILTER ("class-id", G_TYPE_INT64, class_id, 0, G_MAXINT64, 0),
  FILTER ("kind", G_TYPE_INT, kind, -1, HAVEN_TALK_GROUP_MEETING, -1),
  FILTER ("from", G_TYPE_STRING, from, 0, 0, 0),
  FILTER ("to", G_TYPE_STRING, to, 0, 0, 0),
  FILTER ("follow-up-due", G_TYPE_BOOLEAN, follow_up_due, 0, 1, FALSE),
  /* The newest this many; 0 for all. A view raises it as it scrolls. */
  FILTER ("limit", G_TYPE_INT, limit, 0, G_MAXINT, 0),
};

HAVEN_DEFINE_QUERY (HavenTalkQuery, haven_talk_query, HAVEN_TYPE_TALK, filters)
