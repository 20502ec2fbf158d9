/* haven-talk-query.h: the talk records a list shows
 *
 * Filters (properties):
 * child-id: only this child's talks; 0 for every child
 * staff-id: only this staff member's; 0 for anyone's
 * class-id: only children of this class; 0 for every class
 * kind: a HavenTalkKind, or -1 for every kind
 * from: the first day, YYYY-MM-DD; "" for open
 * to: the day after the last, YYYY-MM-DD; "" for open
 * follow-up-due: only talks whose follow-up date has come with no talk since
 *
 * The search finds the child by name, pinyin or initials, the teacher by
 * name, and words of the record: of a confidential one only for a session
 * that may read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_TALK_QUERY (haven_talk_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenTalkQuery, haven_talk_query, HAVEN, TALK_QUERY, HavenQuery)

HavenTalkQuery *haven_talk_query_new (void);

G_END_DECLS
