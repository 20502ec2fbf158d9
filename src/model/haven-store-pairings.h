/* haven-store-pairings.h: the pairing board's work in the store (结对帮扶)
 *
 * Every change of the board that touches more than one row (a move ends
 * one pairing and starts another; a proposal pairs many children) runs
 * in one transaction on the worker, under the rules of
 * haven-pairing-rules.h: only the headteacher arranges pairings, a
 * mentor is not filled above capacity unless the headteacher said so,
 * and an ended pairing is kept, never deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-pairing-suggest.h"
#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_PAIRING_ERROR (haven_pairing_error_quark ())

typedef enum
{
  /* The mentor has no room: ask, then try again with OVER_CAPACITY. */
  HAVEN_PAIRING_ERROR_OVER_CAPACITY,
  /* The child is with that mentor already. */
  HAVEN_PAIRING_ERROR_ALREADY_PAIRED,
  /* The pairing to move or end is not current (it ended meanwhile). */
  HAVEN_PAIRING_ERROR_NOT_CURRENT,
  /* The child is not on the roll, or the mentor is gone. */
  HAVEN_PAIRING_ERROR_NOT_FOUND,
  /* An undo would lose the effect checks added since. */
  HAVEN_PAIRING_ERROR_HAS_CHECKS,
} HavenPairingError;

GQuark              haven_pairing_error_quark          (void);

typedef enum /*< flags >*/
{
  HAVEN_PAIRING_CHANGE_DEFAULT       = 0,
  /* The headteacher agreed to fill a mentor above capacity. */
  HAVEN_PAIRING_CHANGE_OVER_CAPACITY = 1 << 0,
} HavenPairingChangeFlags;

/* What a change did, so that it can be undone. */
typedef struct
{
  GArray *created;   /* gint64: the pairings it made */
  GArray *ended;     /* gint64: the pairings it ended */
  char   *day;       /* YYYY-MM-DD: the day it ended them */
  /* What it did, for a toast: "张小明 paired with 李老师"; not part of
   * the variant. */
  char   *summary;
} HavenPairingUndo;

#define HAVEN_TYPE_PAIRING_UNDO (haven_pairing_undo_get_type ())
GType               haven_pairing_undo_get_type        (void) G_GNUC_CONST;
HavenPairingUndo   *haven_pairing_undo_new             (const char             *day);
HavenPairingUndo   *haven_pairing_undo_copy            (const HavenPairingUndo *undo);
void                haven_pairing_undo_free            (HavenPairingUndo       *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenPairingUndo, haven_pairing_undo_free)
/* As the target of an Undo button's action, "(axaxs)", and back (NULL
 * when the variant is not one). */
GVariant           *haven_pairing_undo_to_variant      (const HavenPairingUndo *undo);
HavenPairingUndo   *haven_pairing_undo_from_variant    (GVariant               *variant);

/* Moves a child on the board, on day (NULL: today):
 *  - from_pairing_id 0, mentor_id set: pairs the child with the mentor;
 *  - both set: ends that pairing on day (kept in the history) and pairs
 *    the child with mentor_id from the same day;
 *  - mentor_id 0: ends the pairing.
 * Refuses a mentor with no room (HAVEN_PAIRING_ERROR_OVER_CAPACITY) unless
 * flags allow it, a child already with the mentor, a pairing that is not
 * current, and any session but the headteacher's. */
void                haven_store_change_pairing_async   (HavenStore              *self,
                                                        gint64                   child_id,
                                                        gint64                   from_pairing_id,
                                                        gint64                   mentor_id,
                                                        const char              *day,
                                                        HavenPairingChangeFlags  flags,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
HavenPairingUndo   *haven_store_change_pairing_finish  (HavenStore              *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

/* Pairs each child of child_ids with the mentor at the same place of
 * mentor_ids (0: leave unpaired), all in one transaction: if any pairing
 * is refused, none is made. */
void                haven_store_apply_pairings_async   (HavenStore              *self,
                                                        GArray                  *child_ids,
                                                        GArray                  *mentor_ids,
                                                        const char              *day,
                                                        HavenPairingChangeFlags  flags,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
HavenPairingUndo   *haven_store_apply_pairings_finish  (HavenStore              *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

/* Undoes a change in one transaction: the pairings it made go (refused
 * with HAVEN_PAIRING_ERROR_HAS_CHECKS once checks were added to one), the
 * pairings it ended run on. */
void                haven_store_undo_pairings_async    (HavenStore              *self,
                                                        const HavenPairingUndo  *undo,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
gboolean            haven_store_undo_pairings_finish   (HavenStore              *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

/* A line of a proposal for the children without a mentor. */
typedef struct
{
  gint64              child_id;
  char               *child_name;
  char               *class_name;
  char               *village;
  gint64              mentor_id;     /* 0: no mentor has room */
  char               *mentor_name;
  HavenMentorKind     mentor_kind;
  HavenSuggestion     suggestion;
  char               *reason;        /* haven_suggestion_describe() */
} HavenProposalLine;

void                haven_proposal_line_free           (HavenProposalLine       *line);

/* The proposal for every child on the roll without a mentor on day (NULL:
 * today), by haven-pairing-suggest.h: a GPtrArray of HavenProposalLine,
 * key-support children first. Changes nothing. */
void                haven_store_suggest_pairings_async (HavenStore              *self,
                                                        const char              *day,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
GPtrArray          *haven_store_suggest_pairings_finish (HavenStore             *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

/* A line of the roster: a child on the roll and one current mentor (or
 * none). */
typedef struct
{
  gint64              child_id;
  char               *child_name;
  char               *class_name;
  char               *village;
  gint64              mentor_id;     /* 0: unpaired */
  char               *mentor_name;
  HavenMentorKind     mentor_kind;
  int                 load;
  int                 capacity;
  char               *since;         /* the pairing's start date */
} HavenRosterLine;

void                haven_roster_line_free             (HavenRosterLine         *line);

/* Every child on the roll in the board's order (grade, class, name), one
 * line per current pairing, or one line without a mentor: a GPtrArray of
 * HavenRosterLine. */
void                haven_store_pairing_roster_async   (HavenStore              *self,
                                                        const char              *day,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
GPtrArray          *haven_store_pairing_roster_finish  (HavenStore              *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

/* The villages of the children on the roll, in pinyin order, for the
 * board's filter. */
void                haven_store_list_villages_async    (HavenStore              *self,
                                                        GCancellable            *cancellable,
                                                        GAsyncReadyCallback      callback,
                                                        gpointer                 user_data);
GStrv               haven_store_list_villages_finish   (HavenStore              *self,
                                                        GAsyncResult            *result,
                                                        GError                 **error);

G_END_DECLS
