/* haven-store-records.h: the statements derived from a type's field table
 *
 * Private to the store layer and its tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  GType        type;
  const char  *table;
  char        *insert;          /* ?1 uuid, ?2 created_by, ?3 updated_at, the columns */
  char        *update;          /* ?1 id, ?2 updated_at, the columns */
  char        *select_by_id;    /* ?1 id, ?2 today: id, uuid, stored, derived */
  char        *select_by_uuid;  /* ?1 uuid, ?2 today */
  char        *select_row;      /* ?1 id, ?2 today: id, uuid, stored but secret, derived */
  char        *delete_by_id;    /* ?1 id */
  char        *list_all;        /* every id in the class's order */
  char        *count_all;       /* how many rows */
  char        *order_by;        /* " ORDER BY …" of the class's order */
  guint        n_stored;
  guint       *stored;          /* field numbers of the columns, in order */
  guint        n_read;
  guint        n_stored_read;
  guint       *read;            /* what select_by_id reads after id and uuid */
  guint        n_row_read;
  guint        n_stored_row_read;
  guint       *row_read;        /* what select_row reads after id and uuid */
  GHashTable  *owned;           /* "owner:role" → SELECT by owner */
} HavenTableSql;

/* Made on first use, thread-safe, kept for the life of the process. */
const HavenTableSql *haven_table_sql_get (GType type);

G_END_DECLS
