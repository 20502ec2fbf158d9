/* haven-record-place.h: a place for a row of a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HAVEN_TYPE_RECORD_PLACE (haven_record_place_get_type ())

G_DECLARE_FINAL_TYPE (HavenRecordPlace, haven_record_place, HAVEN, RECORD_PLACE, GObject)

HavenRecordPlace *haven_record_place_new     (void);
/* Emits "changed": another row is in the place now, which the widget
 * bound to it asks its HavenRecordPlaces for. */
void              haven_record_place_changed (HavenRecordPlace *self);

G_END_DECLS
