/* haven-pairing-suggest.h: proposing mentors for the unpaired children
 *
 * Pure: the store gathers a snapshot of the school (the children without
 * a mentor, the mentors with their load, capacity and the villages of the
 * children they have) and this decides, for each child in turn, in this
 * order of preference:
 *
 *  1. the child's class teacher;
 *  2. a teacher of the child's class;
 *  3. a mentor who already has children in the child's village, so that
 *     home visits are feasible (the most children there first);
 *  4. the mentor with the lowest load;
 *
 * never above a mentor's capacity; a child no mentor has room for is left
 * over. Among mentors equal by the rule (and then by load), the one who
 * comes first on the board wins: mentors are added in the board's order
 * (by kind, then by name in pinyin order). Key-support children (重点帮扶
 * 对象) are served first, the others in the order they were added. Each
 * proposal counts in the load and the villages of the ones after it.
 *
 * A mentor is never proposed for the child whose own file the mentor is
 * linked to (a pupil mentor's own file, a parent mentor's own child).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_SUGGEST_CLASS_TEACHER,
  HAVEN_SUGGEST_TEACHES_CLASS,
  HAVEN_SUGGEST_SAME_VILLAGE,
  HAVEN_SUGGEST_LOWEST_LOAD,
  HAVEN_SUGGEST_NO_ROOM,
} HavenSuggestReason;

typedef struct
{
  gint64          id;
  gint64          class_id;          /* 0: no class */
  gint64          class_teacher_id;  /* the staff id of the class teacher; 0: none */
  const char     *village;           /* copied; "" or NULL: not known */
  gboolean        key_support;
} HavenSuggestChild;

typedef struct
{
  gint64          id;
  gint64          staff_id;          /* 0: not one of the staff */
  gint64          class_id;          /* the class a teacher mentor teaches */
  gint64          child_id;          /* the file the mentor is linked to */
  HavenMentorKind kind;
  int             capacity;          /* the one that applies */
  int             load;              /* children paired now */
} HavenSuggestMentor;

typedef struct
{
  gint64             child_id;
  gint64             mentor_id;      /* 0: left over */
  HavenSuggestReason reason;
  int                load;           /* the mentor's load before this child */
  int                capacity;
  int                in_village;     /* SAME_VILLAGE: the mentor's children there */
} HavenSuggestion;

typedef struct _HavenPairingSuggester HavenPairingSuggester;

HavenPairingSuggester *haven_pairing_suggester_new          (void);
void                   haven_pairing_suggester_free         (HavenPairingSuggester    *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenPairingSuggester, haven_pairing_suggester_free)

/* In the board's order. */
void                   haven_pairing_suggester_add_mentor   (HavenPairingSuggester    *self,
                                                             const HavenSuggestMentor *mentor);
/* A child the mentor has now lives in village. */
void                   haven_pairing_suggester_add_mentee   (HavenPairingSuggester    *self,
                                                             gint64                    mentor_id,
                                                             const char               *village);
void                   haven_pairing_suggester_add_child    (HavenPairingSuggester    *self,
                                                             const HavenSuggestChild  *child);
/* One HavenSuggestion per child added, in the order they were served
 * (key support first). */
GArray                *haven_pairing_suggester_run          (HavenPairingSuggester    *self);

/* The reason of a line, as the headteacher reads it: "Class teacher of
 * 三年级（2）班", "Has 2 children in 羊排村 already", "Lowest load: 1 of 3",
 * "No mentor has room". */
char                  *haven_suggestion_describe            (const HavenSuggestion    *suggestion,
                                                             const char               *class_name,
                                                             const char               *village);

G_END_DECLS
