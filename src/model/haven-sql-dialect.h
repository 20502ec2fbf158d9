/* haven-sql-dialect.h: what differs between SQL engines, in one place
 *
 * The statements derived from the field tables are written through this,
 * so a PostgreSQL backend changes only the dialect. The hand-written
 * feature SQL uses SQLite's ?N parameters, which map one to one onto
 * PostgreSQL's $N.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "haven-record.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *name;
  /* Appends the placeholder of the n-th bound value (from 1). */
  void       (*placeholder) (GString *sql,
                             guint    n);
  /* The column type of a field kind, for the schema test. */
  const char *(*column_type) (HavenFieldKind kind);
} HavenSqlDialect;

const HavenSqlDialect *haven_sql_dialect_sqlite (void);

G_END_DECLS
