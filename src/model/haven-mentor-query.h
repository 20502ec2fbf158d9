/* haven-mentor-query.h: the mentors a list shows
 *
 * Filters (properties):
 * kind: a HavenMentorKind, or -1 for every kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_MENTOR_QUERY (haven_mentor_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenMentorQuery, haven_mentor_query, HAVEN, MENTOR_QUERY, HavenQuery)

HavenMentorQuery *haven_mentor_query_new (void);

G_END_DECLS
