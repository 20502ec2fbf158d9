/* haven-record-list.h: a GListModel of the records a query matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-query.h"
#include "haven-store.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_RECORD_LIST (haven_record_list_get_type ())

G_DECLARE_FINAL_TYPE (HavenRecordList, haven_record_list, HAVEN, RECORD_LIST, GObject)

HavenRecordList *haven_record_list_new         (HavenStore      *store,
                                                HavenQuery      *query);
HavenStore      *haven_record_list_get_store   (HavenRecordList *self);
HavenQuery      *haven_record_list_get_query   (HavenRecordList *self);
/* TRUE while a query is running. */
gboolean         haven_record_list_get_loading (HavenRecordList *self);
/* The error of the last query, if it failed. */
const GError    *haven_record_list_get_error   (HavenRecordList *self);
/* Runs the query again (it also runs by itself when the query or the
 * store changes). */
void             haven_record_list_reload      (HavenRecordList *self);
/* A view shows row: its fields are fetched (in a batch with the other
 * rows bound in the same frame) unless loaded. Call from a factory's
 * bind, and unwant from its unbind. */
/* The first n_rows of every answer come with their fields, so a view's
 * first screen paints in the same frame as the change (0: none). */
void             haven_record_list_set_preload (HavenRecordList *self,
                                                guint            n_rows);
void             haven_record_list_want        (HavenRecordList *self,
                                                HavenRecord     *row);
/* The view no longer shows row: when no view does, its fields go. */
void             haven_record_list_unwant      (HavenRecordList *self,
                                                HavenRecord     *row);
/* The ids listed, in order, without making an item for each. */
GArray          *haven_record_list_dup_ids     (HavenRecordList *self);
/* Position of a record, or G_MAXUINT. */
guint            haven_record_list_find        (HavenRecordList *self,
                                                gint64           id);

G_END_DECLS
