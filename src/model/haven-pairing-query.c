/* haven-pairing-query.c: the pairings a list shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-query"

#include "config.h"

#include "haven-pairing.h"
#include "haven-pairing-query.h"

struct _HavenPairingQuery
{
  HavenQuery parent_instance;

  gint64     child_id;
  gint64     mentor_id;
  gboolean   current_only;
  gboolean   on_roll;
  gint64     class_id;
  int        grade;
  char      *village;
};

#define FILTER(...) HAVEN_QUERY_FILTER (HavenPairingQuery, __VA_ARGS__)

static const HavenQueryFilter filters[] = {
  FILTER ("child-id", G_TYPE_INT64, child_id, 0, G_MAXINT64, 0),
  FILTER ("mentor-id", G_TYPE_INT64, mentor_id, 0, G_MAXINT64, 0),
  FILTER ("current-only", G_TYPE_BOOLEAN, current_only, 0, 1, TRUE),
  FILTER ("on-roll", G_TYPE_BOOLEAN, on_roll, 0, 1, FALSE),
  FILTER ("class-id", G_TYPE_INT64, class_id, 0, G_MAXINT64, 0),
  FILTER ("grade", G_TYPE_INT, grade, 0, 12, 0),
  FILTER ("village", G_TYPE_STRING, village, 0, 0, 0),
};

HAVEN_DEFINE_QUERY (HavenPairingQuery, haven_pairing_query, HAVEN_TYPE_PAIRING, filters)
