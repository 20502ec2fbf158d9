/* haven-sql-dialect.c: what differs between SQL engines, in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-sql-dialect"

#include "config.h"

#include "haven-sql-dialect.h"

static void
sqlite_placeholder (GString *sql,
                    guint    n)
{
  g_string_append_c (sql, '?');
  g_string_append_printf (sql, "%u", n);
}

static const char *
sqlite_column_type (HavenFieldKind kind)
{
  switch (kind)
    {
    case HAVEN_FIELD_TEXT:
    case HAVEN_FIELD_DATE:
      return "TEXT";
    case HAVEN_FIELD_BLOB:
      return "BLOB";
    case HAVEN_FIELD_INTEGER:
    case HAVEN_FIELD_ENUM:
    case HAVEN_FIELD_FLAGS:
    case HAVEN_FIELD_BOOL:
    case HAVEN_FIELD_REF:
    default:
      return "INTEGER";
    }
}

const HavenSqlDialect *
haven_sql_dialect_sqlite (void)
{
  static const HavenSqlDialect dialect = { "sqlite", sqlite_placeholder, sqlite_column_type };

  return &dialect;
}
