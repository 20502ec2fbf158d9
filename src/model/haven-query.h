/* haven-query.h: what a list shows: the kind of record, filters and order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_QUERY_CHILDREN,
  HAVEN_QUERY_PARENTS,
  HAVEN_QUERY_PAIRINGS,
  HAVEN_QUERY_PAIRING_CHECKS,
  HAVEN_QUERY_MENTORS,
  HAVEN_QUERY_ACTIVITIES,
  HAVEN_QUERY_ATTENDANCE,
  HAVEN_QUERY_TALKS,
  HAVEN_QUERY_CHANGES,
  HAVEN_QUERY_STAFF,
  HAVEN_QUERY_CLASSES,
  HAVEN_QUERY_TERMS,
} HavenQueryKind;

typedef enum
{
  HAVEN_SORT_CLASS,
  HAVEN_SORT_NAME,
  HAVEN_SORT_BIRTHDAY,
} HavenSort;

typedef enum
{
  HAVEN_ROLL_CURRENT,   /* on the school's roll */
  HAVEN_ROLL_LEFT,      /* left, transferred or graduated */
  HAVEN_ROLL_ALL,
} HavenRoll;

#define HAVEN_TYPE_QUERY (haven_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenQuery, haven_query, HAVEN, QUERY, GObject)

HavenQuery     *haven_query_new                (HavenQueryKind kind);
HavenQuery     *haven_query_copy               (HavenQuery    *self);
GType           haven_query_get_item_type      (HavenQuery    *self);

HavenQueryKind  haven_query_get_kind           (HavenQuery    *self);
const char     *haven_query_get_search         (HavenQuery    *self);
void            haven_query_set_search         (HavenQuery    *self,
                                                const char    *search);
HavenSort       haven_query_get_sort           (HavenQuery    *self);
void            haven_query_set_sort           (HavenQuery    *self,
                                                HavenSort      sort);
HavenRoll       haven_query_get_roll           (HavenQuery    *self);
void            haven_query_set_roll           (HavenQuery    *self,
                                                HavenRoll      roll);
gint64          haven_query_get_class_id       (HavenQuery    *self);
void            haven_query_set_class_id       (HavenQuery    *self,
                                                gint64         class_id);
int             haven_query_get_grade          (HavenQuery    *self);
void            haven_query_set_grade          (HavenQuery    *self,
                                                int            grade);
/* -1 for any reason. */
int             haven_query_get_reason         (HavenQuery    *self);
void            haven_query_set_reason         (HavenQuery    *self,
                                                int            reason);
gboolean        haven_query_get_key_support    (HavenQuery    *self);
void            haven_query_set_key_support    (HavenQuery    *self,
                                                gboolean       key_support);
gboolean        haven_query_get_incomplete     (HavenQuery    *self);
void            haven_query_set_incomplete     (HavenQuery    *self,
                                                gboolean       incomplete);
gboolean        haven_query_get_no_mentor      (HavenQuery    *self);
void            haven_query_set_no_mentor      (HavenQuery    *self,
                                                gboolean       no_mentor);
/* The record these rows belong to: a mentor, an activity, a pairing. */
gint64          haven_query_get_owner_id       (HavenQuery    *self);
void            haven_query_set_owner_id       (HavenQuery    *self,
                                                gint64         owner_id);
/* Only rows of this child. */
gint64          haven_query_get_child_id       (HavenQuery    *self);
void            haven_query_set_child_id       (HavenQuery    *self,
                                                gint64         child_id);
/* Dates YYYY-MM-DD; from is inclusive, to exclusive; "" for open. */
const char     *haven_query_get_from           (HavenQuery    *self);
const char     *haven_query_get_to             (HavenQuery    *self);
void            haven_query_set_range          (HavenQuery    *self,
                                                const char    *from,
                                                const char    *to);
/* The day that counts as today for "current" pairings; "" is the real today. */
const char     *haven_query_get_today          (HavenQuery    *self);
void            haven_query_set_today          (HavenQuery    *self,
                                                const char    *today);

G_END_DECLS
