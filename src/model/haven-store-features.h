/* haven-store-features.h: what each feature module gives the store
 *
 * Worker-side functions; haven-schema.c registers them. Every function
 * here runs on the store's worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-child-file.h"
#include "haven-store-private.h"

G_BEGIN_DECLS

/* haven-store-children.c */
extern const HavenDerivedSql haven_child_derived_sql;
gboolean        haven_store_children_open   (HavenJob        *job,
                                             GError         **error);
GPtrArray      *haven_store_children_query  (HavenJob        *job,
                                             HavenQuery      *query,
                                             GError         **error);
HavenChildFile *haven_job_load_child_file   (HavenJob        *job,
                                             gint64           child_id,
                                             GError         **error);
/* The children (a GArray of gint64, in class order) whose name, pinyin or
 * initials match search the way the archive's search does, deleted files
 * left out; for other lists' searches by child. */
GArray         *haven_job_match_children    (HavenJob        *job,
                                             const char      *search,
                                             GError         **error);
/* For the sample school and imports: normalised, no history; the caller
 * holds the transaction and announces the change. */
gboolean        haven_job_insert_child_file (HavenJob        *job,
                                             HavenChildFile  *file,
                                             GError         **error);

/* haven-store-school.c */
extern const HavenDerivedSql haven_school_class_derived_sql;

/* haven-store-pairings.c */
extern const HavenDerivedSql haven_mentor_derived_sql;
extern const HavenDerivedSql haven_pairing_derived_sql;
/* The SQL of a pairing query for a child or a mentor (0: any). */
const char     *haven_store_pairings_sql    (gint64           child_id,
                                             gint64           mentor_id);
GPtrArray      *haven_store_pairings_query  (HavenJob        *job,
                                             HavenQuery      *query,
                                             GError         **error);
GPtrArray      *haven_store_mentors_query   (HavenJob        *job,
                                             HavenQuery      *query,
                                             GError         **error);
gboolean        haven_store_pairings_open   (HavenJob        *job,
                                             GError         **error);

/* haven-store-activities.c */
extern const HavenDerivedSql haven_activity_derived_sql;
extern const HavenDerivedSql haven_attendance_derived_sql;
extern const HavenDerivedSql haven_concerned_class_derived_sql;
GPtrArray      *haven_store_activities_query (HavenJob       *job,
                                              HavenQuery     *query,
                                              GError        **error);
gboolean        haven_store_activities_open (HavenJob        *job,
                                             GError         **error);
/* How many occurrences fall in the n_days from first (YYYY-MM-DD). */
gboolean        haven_job_count_occurrences (HavenJob        *job,
                                             const char      *first,
                                             guint            n_days,
                                             guint           *out,
                                             GError         **error);

/* haven-store-talks.c */
extern const HavenDerivedSql haven_talk_derived_sql;
/* The SQL of a talk query for a child or a staff member (0: any). */
const char     *haven_store_talks_sql       (gint64           child_id,
                                             gint64           staff_id);
GPtrArray      *haven_store_talks_query     (HavenJob        *job,
                                             HavenQuery      *query,
                                             GError         **error);

/* haven-store-care.c: redoes stored care-risk flags when the rules change */
gboolean        haven_store_care_open       (HavenJob        *job,
                                             GError         **error);

/* haven-store-growth.c */
extern const HavenDerivedSql haven_growth_entry_derived_sql;

/* haven-store-plans.c */
extern const HavenDerivedSql haven_plan_derived_sql;

/* haven-store-records.c */
GPtrArray      *haven_store_owned_query     (HavenJob        *job,
                                             HavenQuery      *query,
                                             GError         **error);

G_END_DECLS
