/* haven-child-index.h: the archive's search index, kept by the worker
 *
 * A compact copy of what the archive's search and filters look at, for
 * every child not deleted: a search of 100,000 children is a scan of a
 * few megabytes in memory instead of LIKE over five columns, and it
 * answers one- and two-character queries (舒, 舒菲, zx), which an FTS5
 * trigram table cannot. It holds no confidential text. Fed by
 * haven-store-children.c; used only on the store's worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-child-query.h"

G_BEGIN_DECLS

/* One child as the index keeps it (the strings are copied). */
typedef struct
{
  gint64         id;
  gint64         class_id;       /* 0: no class */
  int            grade;
  const char    *class_name;
  int            status;         /* HavenChildStatus */
  int            reason;         /* HavenLeftBehindReason */
  gboolean       key_support;
  int            missing;
  const char    *name;
  const char    *name_pinyin;
  const char    *name_initials;
  const char    *student_number;
  const char    *phones;         /* the file's phones, separated by spaces */
  const char    *village;
  const guint8  *name_key;       /* the ICU pinyin sort key */
  gsize          name_key_len;
  const char    *birth_date;     /* YYYY-MM-DD or "" */
  int            care_risk;      /* HavenCareRisk */
} HavenChildIndexRow;

/* What a search asks, from a HavenChildQuery. */
typedef struct
{
  HavenSort    sort;
  HavenRoll    roll;
  gint64       class_id;
  int          grade;
  int          reason;
  gboolean     key_support;
  gboolean     incomplete;
  gboolean     no_mentor;
  const char  *village;
  const char  *search;
  gboolean     care_risk;       /* only children whose care is at risk */
  int          birthday_days;   /* only birthdays in this many days from today; 0 for any */
  const char  *today;           /* YYYY-MM-DD, for birthday_days */
} HavenChildIndexQuery;

typedef struct _HavenChildIndex HavenChildIndex;

HavenChildIndex *haven_child_index_new          (void);
void             haven_child_index_free         (HavenChildIndex            *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenChildIndex, haven_child_index_free)

guint            haven_child_index_get_size     (HavenChildIndex            *self);
void             haven_child_index_clear        (HavenChildIndex            *self);
/* Adds the child, or replaces what the index knew of it. */
void             haven_child_index_put          (HavenChildIndex            *self,
                                                 const HavenChildIndexRow   *row);
void             haven_child_index_remove       (HavenChildIndex            *self,
                                                 gint64                      id);
/* Which children have a current mentor on day (a sorted GArray of ids):
 * the "without a mentor" filter asks this. */
void             haven_child_index_set_mentored (HavenChildIndex            *self,
                                                 GArray                     *child_ids,
                                                 const char                 *day);
/* The day set_mentored was last given, or NULL. */
const char      *haven_child_index_get_mentored_day (HavenChildIndex        *self);
/* The ids that match, in the query's order (a GArray of gint64). */
GArray          *haven_child_index_search       (HavenChildIndex            *self,
                                                 const HavenChildIndexQuery *query);
/* Whether text is something a phone search looks for: 3 or more digits,
 * spaces and dashes allowed. */
gboolean         haven_child_index_is_phone_fragment (const char            *text);

G_END_DECLS
