/* haven-pairing-rules.h: the rules of the pairing board (结对帮扶)
 *
 * Who may arrange pairings, how many children a mentor carries, when a
 * pairing is current and what a card on the board flags. Pure: the store,
 * the board and the command line all ask these same functions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

/* "One teacher, at most three children" (the seeds): the school's default
 * until its Preferences say otherwise. */
#define HAVEN_MENTOR_DEFAULT_CAPACITY 3
/* More than this is a typing mistake. */
#define HAVEN_MENTOR_MAX_CAPACITY 30

/* The SQL of "this pairing p is current on day ?N": it started on or
 * before the day and has not ended by then. A pairing ends on its end
 * date: from that day on the child is no longer with that mentor, so a
 * child moved today shows under the new mentor only. */
#define HAVEN_PAIRING_CURRENT_SQL(p, day) \
  "(" p ".start_date <= " day " AND (" p ".end_date = '' OR " p ".end_date > " day "))"

/* The SQL of a mentor m's capacity: its own, or the school's default. */
#define HAVEN_MENTOR_CAPACITY_SQL(m) \
  "(CASE WHEN " m ".capacity > 0 THEN " m ".capacity ELSE coalesce ((SELECT s.mentor_capacity" \
  " FROM school s WHERE s.mentor_capacity > 0 ORDER BY s.id LIMIT 1), " \
  G_STRINGIFY (HAVEN_MENTOR_DEFAULT_CAPACITY) ") END)"

/* The capacity that applies to a mentor: its own when set (above 0),
 * else the school's default (itself 3 when not set). */
int             haven_pairing_effective_capacity (int           mentor_capacity,
                                                  int           school_default);
/* Whether a mentor carrying load children has room for one more. */
gboolean        haven_pairing_has_room           (int           load,
                                                  int           capacity);
/* Whether session may pair, move and end pairings and add mentors: the
 * headteacher (the office that runs the programme) only; a NULL session
 * is the program's own work (the sample school, an import). Others may
 * read the board, and any writer may add effect checks. */
gboolean        haven_pairing_may_arrange        (HavenSession *session);
/* Whether day (YYYY-MM-DD) falls in the pairing from start to end, as
 * HAVEN_PAIRING_CURRENT_SQL says. */
gboolean        haven_pairing_is_current         (const char   *start_date,
                                                  const char   *end_date,
                                                  const char   *day);

/* What a card on the board flags about its child; each has a line in the
 * card's table of flags (haven-pairing-card.c). */
typedef enum /*< flags >*/
{
  HAVEN_CARD_FLAG_NONE        = 0,
  HAVEN_CARD_FLAG_KEY_SUPPORT = 1 << 0,  /* 重点帮扶对象 */
  HAVEN_CARD_FLAG_AT_RISK     = 1 << 1,  /* struggling at school (学困生) */
  HAVEN_CARD_FLAG_INCOMPLETE  = 1 << 2,  /* the file lacks something (建档) */
  HAVEN_CARD_FLAG_CARE_RISK   = 1 << 3,  /* the file shows the child's care at risk */
  HAVEN_CARD_FLAG_TALK_DUE    = 1 << 4,  /* the mentor's weekly talk is overdue */
} HavenCardFlags;

/* The flags of a child from the fields of its file. */
HavenCardFlags  haven_card_flags_for             (gboolean      key_support,
                                                  int           study_level,
                                                  int           missing,
                                                  guint         care_risk);
/* Whether a pairing's weekly mentor talk (the seeds' rule: at least once
 * a week, weeks from Monday to Sunday) is overdue on day: a whole week
 * has gone by since the week of the last talk, or since the week the
 * pairing started when there was none. Dates are YYYY-MM-DD; last_talk
 * may be "". An ended pairing is never overdue. */
gboolean        haven_card_mentor_talk_overdue   (const char   *start_date,
                                                  const char   *end_date,
                                                  const char   *last_talk,
                                                  const char   *day);

/* A search as the board matches it, the archive's way: the typed text
 * lower-cased without its spaces is in the name or the full pinyin, or
 * starts the pinyin initials ("csf" finds 陈舒菲). */
typedef struct
{
  char *compact;   /* lower-cased, no spaces; "" matches everything */
} HavenNameSearch;

void            haven_name_search_init           (HavenNameSearch *search,
                                                  const char      *text);
void            haven_name_search_clear          (HavenNameSearch *search);
/* name, pinyin and initials as stored (pinyin and initials lower-case). */
gboolean        haven_name_search_matches        (const HavenNameSearch *search,
                                                  const char      *name,
                                                  const char      *pinyin,
                                                  const char      *initials);

G_END_DECLS
