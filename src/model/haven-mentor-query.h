/* haven-mentor-query.h: the mentors a list shows
 *
 * The board's columns. The search finds a mentor by name, full pinyin or
 * pinyin initials, or by a child they mentor now (so "csf" brings up the
 * column where 陈舒菲 is).
 *
 * Filters (properties):
 * kind: a HavenMentorKind, or -1 for every kind
 * with-children: only mentors with a child now who passes the child
 *   filters below (and the search, unless the mentor matches it)
 * class-id, grade, village: the child filters (0 / 0 / "" for any)
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
