/* haven-record-list-view.h: a searchable list of records, one line each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-query.h"
#include "haven-record-list.h"

G_BEGIN_DECLS

/* What a row says: a title, a line below and a note at the end, all
 * owned by the caller afterwards. */
typedef struct
{
  char *title;
  char *subtitle;
  char *note;
} HavenRowText;

typedef void (*HavenDescribeFunc) (HavenRecord  *record,
                                   HavenRowText *text);

#define HAVEN_TYPE_RECORD_LIST_VIEW (haven_record_list_view_get_type ())

G_DECLARE_FINAL_TYPE (HavenRecordListView, haven_record_list_view, HAVEN, RECORD_LIST_VIEW, GtkWidget)

/* The list follows query in context's store; describe says each row. */
void             haven_record_list_view_set_list     (HavenRecordListView *self,
                                                      HavenContext        *context,
                                                      HavenQuery          *query,
                                                      HavenDescribeFunc    describe);
HavenRecordList *haven_record_list_view_get_list     (HavenRecordListView *self);
/* Loads page rows at first and page more whenever the end comes near,
 * through the query's "limit" property (which it must have), so a list
 * of a million records reads what is shown. A new search starts again at
 * one page. */
void             haven_record_list_view_set_page_size (HavenRecordListView *self,
                                                       guint                page);
GtkWidget       *haven_record_list_view_get_search_entry (HavenRecordListView *self);

G_END_DECLS
