/* haven-store-activities.h: the calendar's occurrences, edits and attendance
 *
 * Series are expanded into occurrences on the worker, by real (Gregorian)
 * dates: a lunar series falls on its lunar day's Gregorian day each year,
 * a festival's series on the festival's day. Days are "YYYY-MM-DD"; a
 * range runs from its first day up to, not including, its last.
 *
 * An occurrence is named by its activity (the series) and the day it has
 * in the series, its original date, which editing or moving it never
 * changes: attendance is kept under that pair.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-activity.h"
#include "haven-occurrence.h"
#include "haven-store.h"

G_BEGIN_DECLS

/* Every occurrence from from up to to (a GPtrArray of HavenOccurrence),
 * sorted by haven_occurrence_compare(). */
void        haven_store_list_occurrences_async   (HavenStore          *self,
                                                  const char          *from,
                                                  const char          *to,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
GPtrArray  *haven_store_list_occurrences_finish  (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* A month grid's days: how many occurrences each day has, and the first
 * few of them; what a grid needs, however many activities there are. */
typedef struct
{
  GDate      first;          /* the first day */
  guint      n_days;
  guint     *counts;         /* n_days counts */
  GPtrArray *occurrences;    /* HavenOccurrence, at most per_day a day, sorted */
} HavenDaySummary;

#define HAVEN_TYPE_DAY_SUMMARY (haven_day_summary_get_type ())
GType            haven_day_summary_get_type (void) G_GNUC_CONST;
HavenDaySummary *haven_day_summary_copy     (const HavenDaySummary *summary);
void             haven_day_summary_free     (HavenDaySummary       *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenDaySummary, haven_day_summary_free)

void             haven_store_summarize_days_async  (HavenStore          *self,
                                                    const char          *first,
                                                    guint                n_days,
                                                    guint                per_day,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
HavenDaySummary *haven_store_summarize_days_finish (HavenStore          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Editing */

typedef enum
{
  HAVEN_EDIT_SERIES,       /* the whole series, or a single activity */
  HAVEN_EDIT_OCCURRENCE,   /* only the occurrence of original_date */
} HavenEditScope;

/* Saves activity as an edit of the occurrence of activity_id on
 * original_date. With HAVEN_EDIT_OCCURRENCE the occurrence gets (or
 * updates) its own row and the series stays as it was; with
 * HAVEN_EDIT_SERIES what differs from the occurrence as it was goes onto
 * the series (haven_activity_apply_to_series()). activity_id 0 saves a
 * new activity; original_date NULL saves the series as activity holds it.
 * class_ids (a GArray of gint64, NULL to keep them) are the classes
 * concerned, none for every child. Checked like any save; returns the id
 * of the row written. */
void        haven_store_save_occurrence_async    (HavenStore          *self,
                                                  HavenActivity       *activity,
                                                  gint64               activity_id,
                                                  const char          *original_date,
                                                  HavenEditScope       scope,
                                                  GArray              *class_ids,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gint64      haven_store_save_occurrence_finish   (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Moves one occurrence to another day, keeping its time: a single
 * activity itself (its attendance follows), an occurrence of a series as
 * an occurrence of its own. Returns the id of the row that holds it. */
void        haven_store_move_occurrence_async    (HavenStore          *self,
                                                  gint64               activity_id,
                                                  const char          *original_date,
                                                  const char          *new_date,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gint64      haven_store_move_occurrence_finish   (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Deletes one occurrence (HAVEN_EDIT_OCCURRENCE: the series skips that
 * day) or the whole series with its edited occurrences and attendance. */
void        haven_store_delete_occurrence_async  (HavenStore          *self,
                                                  gint64               activity_id,
                                                  const char          *original_date,
                                                  HavenEditScope       scope,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    haven_store_delete_occurrence_finish (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Loads the row that holds the occurrence's fields (its own, or the
 * series') with the series' rule on it, as the editor shows it. */
void            haven_store_load_occurrence_async  (HavenStore          *self,
                                                    gint64               activity_id,
                                                    const char          *original_date,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
HavenActivity  *haven_store_load_occurrence_finish (HavenStore          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Attendance */

/* Who an occurrence concerns and who took part: children on the roll in
 * its classes (every class when it names none), for a birthday party only
 * those born in its month, and any child recorded before who no longer is
 * (left, moved class). */
typedef struct
{
  gint64             activity_id;
  char              *date;            /* the original date */
  char              *title;
  HavenActivityType  type;
  GPtrArray         *attendees;       /* HavenAttendee, by class then name */
} HavenAttendanceSheet;

#define HAVEN_TYPE_ATTENDANCE_SHEET (haven_attendance_sheet_get_type ())
GType                 haven_attendance_sheet_get_type (void) G_GNUC_CONST;
HavenAttendanceSheet *haven_attendance_sheet_copy     (const HavenAttendanceSheet *sheet);
void                  haven_attendance_sheet_free     (HavenAttendanceSheet       *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenAttendanceSheet, haven_attendance_sheet_free)

void                  haven_store_load_attendance_async  (HavenStore          *self,
                                                          gint64               activity_id,
                                                          const char          *original_date,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
HavenAttendanceSheet *haven_store_load_attendance_finish (HavenStore          *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

/* Records the sheet's children as they are marked now: one row each per
 * occurrence, updated in place (a row keeps its uuid). */
void        haven_store_save_attendance_async    (HavenStore           *self,
                                                  HavenAttendanceSheet *sheet,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean    haven_store_save_attendance_finish   (HavenStore           *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

/* The ids of the children an occurrence concerns (a GArray of gint64):
 * what a home visit or a family phone call goes through, one talk record
 * each. */
void        haven_store_concerned_children_async  (HavenStore          *self,
                                                   gint64               activity_id,
                                                   const char          *original_date,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GArray     *haven_store_concerned_children_finish (HavenStore          *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* How one child took part, over a range of days (the child's page). */
typedef struct
{
  guint took_part;       /* occurrences recorded as taking part */
  guint absent;          /* recorded as not */
  guint letters;         /* letters home written (part of took_part) */
  guint by_type[HAVEN_ACTIVITY_GUARDIAN_TRAINING + 1];   /* took part, by HavenActivityType */
} HavenParticipation;

void        haven_store_child_participation_async  (HavenStore          *self,
                                                    gint64               child_id,
                                                    const char          *from,
                                                    const char          *to,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
/* A new HavenParticipation, to g_free(). */
HavenParticipation *haven_store_child_participation_finish (HavenStore    *self,
                                                            GAsyncResult  *result,
                                                            GError       **error);

/* Planning and export */

/* Adds the programme of the term (haven_term_plan_build()) to the
 * calendar, leaving out what an earlier plan of the same term already
 * added; returns how many activities were added. */
void        haven_store_plan_term_async          (HavenStore          *self,
                                                  gint64               term_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
guint       haven_store_plan_term_finish         (HavenStore          *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* One activity with what a calendar file needs of it in a range. */
typedef struct
{
  HavenActivity *activity;       /* the series or single activity, loaded */
  GArray        *days;           /* GDate: its rule's days in the range, none left out */
  GPtrArray     *edited;         /* HavenActivity: its occurrences of their own (cancelled ones too) */
} HavenExportSeries;

typedef struct
{
  char      *school;             /* the school's name, or "" */
  GPtrArray *series;             /* HavenExportSeries, by first day */
} HavenCalendarExport;

void        haven_calendar_export_free           (HavenCalendarExport *export);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenCalendarExport, haven_calendar_export_free)

/* Every activity with an occurrence in the range, birthday parties and
 * letters home for festivals included. */
void                 haven_store_export_calendar_async  (HavenStore          *self,
                                                         const char          *from,
                                                         const char          *to,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
HavenCalendarExport *haven_store_export_calendar_finish (HavenStore          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

G_END_DECLS
