/* haven-attendance-dialog.h: who took part in one occurrence of an activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_ATTENDANCE_DIALOG (haven_attendance_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HavenAttendanceDialog, haven_attendance_dialog, HAVEN, ATTENDANCE_DIALOG, AdwWindow)

/* The children the occurrence concerns, to tick one by one, a class at a
 * time or all at once; a letter home ticks those who wrote the letter.
 * The caller sets the transient parent. */
HavenAttendanceDialog *haven_attendance_dialog_new          (HavenContext          *context,
                                                             gint64                 activity_id,
                                                             const char            *original_date);
gboolean               haven_attendance_dialog_get_loading  (HavenAttendanceDialog *self);
/* The sheet's children (a GListModel of HavenAttendee), for tests. */
GListModel            *haven_attendance_dialog_get_model    (HavenAttendanceDialog *self);
/* What the count over the list says: "12 of 30 children took part". */
const char            *haven_attendance_dialog_get_summary  (HavenAttendanceDialog *self);

G_END_DECLS
