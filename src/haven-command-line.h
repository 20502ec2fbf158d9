/* haven-command-line.h: Haven's work without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line asked for, already checked. */
typedef struct
{
  const char *database;      /* the database to open */
  guint       sample;        /* --sample N: fill an empty database */
  const char *print_cards;   /* --print-cards CLASS|all */
  const char *output;        /* --output FILE.pdf */
  gboolean    a5;            /* --paper A5 */
  gboolean    pairings;          /* --pairings: the roster of pairings */
  gboolean    suggest_pairings;  /* --suggest-pairings: the proposal */
  gboolean    apply;             /* --apply: and apply it */
  const char *export_calendar; /* --export FILE.ics */
  const char *from;          /* --from YYYY-MM-DD */
  const char *to;            /* --to YYYY-MM-DD, included */
  const char *due;           /* --due YYYY-MM-DD: what is due that day */
} HavenCommandLine;

/* Runs the work and returns the exit status; errors go to stderr. Needs
 * no display. */
int haven_command_line_run (const HavenCommandLine *options);

G_END_DECLS
