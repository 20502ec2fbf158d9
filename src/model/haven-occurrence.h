/* haven-occurrence.h: one day an activity takes place
 *
 * The store expands series into occurrences for a range of days. An
 * occurrence is known by its activity (the series, or the single
 * activity) and the day it has in the series, its original date; an
 * occurrence edited on its own keeps both, and its fields are those of the
 * row holding the edit. Occurrences are made on the store's worker and
 * never change afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "haven-festival.h"
#include "haven-model-types.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_OCCURRENCE (haven_occurrence_get_type ())

G_DECLARE_FINAL_TYPE (HavenOccurrence, haven_occurrence, HAVEN, OCCURRENCE, GObject)

/* What the store fills in; the strings are copied. */
typedef struct
{
  gint64             activity_id;     /* the series, or the single activity */
  gint64             row_id;          /* the row with the fields: activity_id, or an edited occurrence's */
  guint32            date;            /* GDate Julian day it takes place */
  guint32            original_date;   /* the day it has in its series */
  int                start_minutes;   /* after midnight, -1: no time */
  int                end_minutes;
  HavenActivityType  type;
  HavenRecurrence    recurrence;      /* of the series */
  HavenLectureTopic  topic;
  HavenFestival      festival;        /* HAVEN_N_FESTIVALS: none */
  gboolean           lunar;
  const char        *title;
  const char        *place;
  const char        *organiser;
  const char        *class_names;     /* "" for every class */
  guint              n_present;       /* children recorded as taking part */
  guint              n_concerned;     /* children it concerns today */
} HavenOccurrenceInfo;

HavenOccurrence   *haven_occurrence_new               (const HavenOccurrenceInfo *info);

gint64             haven_occurrence_get_activity_id   (HavenOccurrence *self);
gint64             haven_occurrence_get_row_id        (HavenOccurrence *self);
/* Whether the occurrence was edited or moved on its own. */
gboolean           haven_occurrence_get_edited        (HavenOccurrence *self);
void               haven_occurrence_get_date          (HavenOccurrence *self,
                                                       GDate           *out);
guint32            haven_occurrence_get_julian        (HavenOccurrence *self);
void               haven_occurrence_get_original_date (HavenOccurrence *self,
                                                       GDate           *out);
/* "YYYY-MM-DD" of either. */
const char        *haven_occurrence_get_date_text     (HavenOccurrence *self);
const char        *haven_occurrence_get_original_text (HavenOccurrence *self);
int                haven_occurrence_get_start_minutes (HavenOccurrence *self);
int                haven_occurrence_get_end_minutes   (HavenOccurrence *self);
/* "14:30", "14:30–16:00" or "" (no time). */
const char        *haven_occurrence_get_time_text     (HavenOccurrence *self);
HavenActivityType  haven_occurrence_get_activity_type (HavenOccurrence *self);
HavenRecurrence    haven_occurrence_get_recurrence    (HavenOccurrence *self);
HavenLectureTopic  haven_occurrence_get_topic         (HavenOccurrence *self);
HavenFestival      haven_occurrence_get_festival      (HavenOccurrence *self);
gboolean           haven_occurrence_get_lunar         (HavenOccurrence *self);
const char        *haven_occurrence_get_title         (HavenOccurrence *self);
const char        *haven_occurrence_get_place         (HavenOccurrence *self);
const char        *haven_occurrence_get_organiser     (HavenOccurrence *self);
const char        *haven_occurrence_get_class_names   (HavenOccurrence *self);
guint              haven_occurrence_get_n_present     (HavenOccurrence *self);
guint              haven_occurrence_get_n_concerned   (HavenOccurrence *self);

/* Sorts by day, then time (a day's untimed ones first), then title. */
int                haven_occurrence_compare           (HavenOccurrence *a,
                                                       HavenOccurrence *b);

G_END_DECLS
