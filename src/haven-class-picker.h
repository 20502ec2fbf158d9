/* haven-class-picker.h: choosing a class (班级), searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-record-picker.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_CLASS_PICKER (haven_class_picker_get_type ())

G_DECLARE_FINAL_TYPE (HavenClassPicker, haven_class_picker, HAVEN, CLASS_PICKER, HavenRecordPicker)

GtkWidget    *haven_class_picker_new            (void);
HavenContext *haven_class_picker_get_context    (HavenClassPicker *self);
void          haven_class_picker_set_context    (HavenClassPicker *self,
                                                 HavenContext     *context);
/* The chosen class, 0 for the first entry ("All classes" or "No class"). */
gint64        haven_class_picker_get_class_id   (HavenClassPicker *self);
void          haven_class_picker_set_class_id   (HavenClassPicker *self,
                                                 gint64            class_id);
/* What the entry for no class says. */
void          haven_class_picker_set_none_label (HavenClassPicker *self,
                                                 const char       *label);
/* The name of the chosen class, "" for none. */
const char   *haven_class_picker_get_class_name (HavenClassPicker *self);
/* The drop-down, for labelling it. */
GtkWidget    *haven_class_picker_get_drop_down  (HavenClassPicker *self);

G_END_DECLS
