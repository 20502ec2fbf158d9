/* haven-child-query.h: the children a list shows, by search and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

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

/* reason: any reason. */
#define HAVEN_ANY_REASON (-1)

#define HAVEN_TYPE_CHILD_QUERY (haven_child_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildQuery, haven_child_query, HAVEN, CHILD_QUERY, HavenQuery)

HavenChildQuery *haven_child_query_new             (void);

HavenSort        haven_child_query_get_sort        (HavenChildQuery *self);
void             haven_child_query_set_sort        (HavenChildQuery *self,
                                                    HavenSort        sort);
HavenRoll        haven_child_query_get_roll        (HavenChildQuery *self);
void             haven_child_query_set_roll        (HavenChildQuery *self,
                                                    HavenRoll        roll);
gint64           haven_child_query_get_class_id    (HavenChildQuery *self);
void             haven_child_query_set_class_id    (HavenChildQuery *self,
                                                    gint64           class_id);
/* 0 for every grade. */
int              haven_child_query_get_grade       (HavenChildQuery *self);
void             haven_child_query_set_grade       (HavenChildQuery *self,
                                                    int              grade);
/* A HavenLeftBehindReason, or HAVEN_ANY_REASON. */
int              haven_child_query_get_reason      (HavenChildQuery *self);
void             haven_child_query_set_reason      (HavenChildQuery *self,
                                                    int              reason);
gboolean         haven_child_query_get_key_support (HavenChildQuery *self);
void             haven_child_query_set_key_support (HavenChildQuery *self,
                                                    gboolean         key_support);
gboolean         haven_child_query_get_incomplete  (HavenChildQuery *self);
void             haven_child_query_set_incomplete  (HavenChildQuery *self,
                                                    gboolean         incomplete);
gboolean         haven_child_query_get_no_mentor   (HavenChildQuery *self);
void             haven_child_query_set_no_mentor   (HavenChildQuery *self,
                                                    gboolean         no_mentor);
/* Only children of this village; "" for any. */
const char      *haven_child_query_get_village     (HavenChildQuery *self);
void             haven_child_query_set_village     (HavenChildQuery *self,
                                                    const char      *village);
/* Only children whose care is at risk (haven-care-risk.h). */
gboolean         haven_child_query_get_care_risk   (HavenChildQuery *self);
void             haven_child_query_set_care_risk   (HavenChildQuery *self,
                                                    gboolean         care_risk);
/* Only children whose birthday falls in this many days from the query's
 * today (today included); 0 for any. */
int              haven_child_query_get_birthday_days (HavenChildQuery *self);
void             haven_child_query_set_birthday_days (HavenChildQuery *self,
                                                      int              days);
/* Whether anything narrows the list beyond the default (children on the
 * roll, any class). */
gboolean         haven_child_query_is_filtered     (HavenChildQuery *self);

G_END_DECLS
