/* haven-record-picker.h: choosing one record of a type, searchable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "haven-context.h"
#include "haven-record.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_RECORD_PICKER (haven_record_picker_get_type ())

G_DECLARE_DERIVABLE_TYPE (HavenRecordPicker, haven_record_picker, HAVEN, RECORD_PICKER, GtkWidget)

struct _HavenRecordPickerClass
{
  GtkWidgetClass parent_class;

  /* The type listed, and the field each record shows. */
  GType        (*record_type) (void);
  guint          name_field;
  /* Whether record is offered; NULL offers every record. The chosen one
   * is always offered. */
  gboolean     (*offers)      (HavenRecordPicker *self,
                               HavenRecord       *record);
};

HavenContext *haven_record_picker_get_context     (HavenRecordPicker *self);
void          haven_record_picker_set_context     (HavenRecordPicker *self,
                                                   HavenContext      *context);
/* The chosen record, 0 for the first entry (the none label). */
gint64        haven_record_picker_get_record_id   (HavenRecordPicker *self);
void          haven_record_picker_set_record_id   (HavenRecordPicker *self,
                                                   gint64             record_id);
/* What the entry for none says. */
void          haven_record_picker_set_none_label  (HavenRecordPicker *self,
                                                   const char        *label);
/* The shown name of the chosen record, "" for none. */
const char   *haven_record_picker_get_record_name (HavenRecordPicker *self);
/* The drop-down, for labelling it. */
GtkWidget    *haven_record_picker_get_drop_down   (HavenRecordPicker *self);

G_END_DECLS
