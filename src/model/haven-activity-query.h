/* haven-activity-query.h: the activities a list shows
 *
 * Filters (properties):
 * from: the first day, YYYY-MM-DD; "" for open
 * to: the day after the last, YYYY-MM-DD; "" for open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_ACTIVITY_QUERY (haven_activity_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenActivityQuery, haven_activity_query, HAVEN, ACTIVITY_QUERY, HavenQuery)

HavenActivityQuery *haven_activity_query_new (void);

G_END_DECLS
