/* haven-pairing-column.h: a column of the pairing board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-record-list.h"

G_BEGIN_DECLS

typedef struct _HavenPairingPage HavenPairingPage;

/* What a column shows. */
typedef enum
{
  HAVEN_COLUMN_NONE,
  HAVEN_COLUMN_UNPAIRED,   /* the children without a mentor */
  HAVEN_COLUMN_MENTOR,     /* a mentor's children */
  HAVEN_COLUMN_GROUP,      /* the heading of a kind of mentor */
} HavenColumnKind;

#define HAVEN_TYPE_PAIRING_COLUMN (haven_pairing_column_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingColumn, haven_pairing_column, HAVEN, PAIRING_COLUMN, GtkWidget)

GtkWidget       *haven_pairing_column_new           (void);
/* Shows the Unpaired column (item a GtkStringObject "unpaired"), a group
 * heading ("group:N", N a HavenMentorKind) or a mentor (a HavenMentor row
 * of mentors), for page. */
void             haven_pairing_column_bind          (HavenPairingColumn *self,
                                                     HavenPairingPage   *page,
                                                     GObject            *item,
                                                     HavenRecordList    *mentors);
void             haven_pairing_column_unbind        (HavenPairingColumn *self);
HavenColumnKind  haven_pairing_column_get_kind      (HavenPairingColumn *self);
/* The mentor shown, 0 for none. */
gint64           haven_pairing_column_get_mentor_id (HavenPairingColumn *self);
/* The mentor's row, while bound to one. */
HavenRecord     *haven_pairing_column_get_mentor    (HavenPairingColumn *self);
/* The cards' list, while bound: pairings, or children for Unpaired. */
HavenRecordList *haven_pairing_column_get_cards     (HavenPairingColumn *self);
/* The header's load, "2 / 3", and whether it says over capacity. */
const char      *haven_pairing_column_get_load_text (HavenPairingColumn *self);
gboolean         haven_pairing_column_get_settled   (HavenPairingColumn *self);
gboolean         haven_pairing_column_get_over_capacity (HavenPairingColumn *self);
char            *haven_pairing_column_dup_capacity_warning (HavenPairingColumn *self);
/* Whether the board shows it on screen: it takes its cards past the
 * first ones only then. */
void             haven_pairing_column_set_shown     (HavenPairingColumn *self,
                                                     gboolean            shown);
/* The board moved: it takes them only once the board has been still a
 * moment. */
void             haven_pairing_column_postpone_growth (HavenPairingColumn *self);
/* Follows the page's collapsed set. */
void             haven_pairing_column_update_collapsed (HavenPairingColumn *self);

G_END_DECLS
