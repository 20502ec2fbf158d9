/* haven-command-due.h: `haven --due YYYY-MM-DD`, what is due on a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-store.h"

G_BEGIN_DECLS

/* Called once the command is done, with its exit status. */
typedef void (*HavenCommandFinished) (gpointer user_data,
                                      int      status);

/* Writes the due table of day (haven_store_due_table_async()) to output,
 * a file written privately and never onto the database, or to stdout
 * when output is NULL. Errors go to stderr. */
void haven_command_due_run (HavenStore           *store,
                            const char           *day,
                            const char           *output,
                            HavenCommandFinished  finished,
                            gpointer              user_data);

G_END_DECLS
