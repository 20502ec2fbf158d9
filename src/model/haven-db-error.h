/* haven-db-error.h: what goes wrong in the database, for every caller
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HAVEN_DB_ERROR (haven_db_error_quark ())

typedef enum
{
  HAVEN_DB_ERROR_OPEN,
  HAVEN_DB_ERROR_SQL,
  HAVEN_DB_ERROR_BUSY,
  HAVEN_DB_ERROR_CONSTRAINT,
  HAVEN_DB_ERROR_CORRUPT,
  HAVEN_DB_ERROR_TOO_NEW,
  HAVEN_DB_ERROR_NOT_FOUND,
} HavenDbError;

GQuark haven_db_error_quark (void);

G_END_DECLS
