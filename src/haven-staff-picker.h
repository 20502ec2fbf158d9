/* haven-staff-picker.h: choosing a staff member, searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-record-picker.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_STAFF_PICKER (haven_staff_picker_get_type ())

G_DECLARE_FINAL_TYPE (HavenStaffPicker, haven_staff_picker, HAVEN, STAFF_PICKER, HavenRecordPicker)

GtkWidget    *haven_staff_picker_new            (void);
HavenContext *haven_staff_picker_get_context    (HavenStaffPicker *self);
void          haven_staff_picker_set_context    (HavenStaffPicker *self,
                                                 HavenContext     *context);
/* The chosen staff member, 0 for the first entry ("Nobody"). */
gint64        haven_staff_picker_get_staff_id   (HavenStaffPicker *self);
void          haven_staff_picker_set_staff_id   (HavenStaffPicker *self,
                                                 gint64            staff_id);
/* What the entry for nobody says. */
void          haven_staff_picker_set_none_label (HavenStaffPicker *self,
                                                 const char       *label);
/* The name of the chosen staff member, "" for none. */
const char   *haven_staff_picker_get_staff_name (HavenStaffPicker *self);
/* The drop-down, for labelling it. */
GtkWidget    *haven_staff_picker_get_drop_down  (HavenStaffPicker *self);

G_END_DECLS
