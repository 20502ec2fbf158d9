/* haven-record-places.h: rows of a list in places that stay
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_RECORD_PLACES (haven_record_places_get_type ())

G_DECLARE_FINAL_TYPE (HavenRecordPlaces, haven_record_places, HAVEN, RECORD_PLACES, GObject)

/* A GListModel of HavenRecordPlace: one for each of the first rows of
 * its list, at most the limit (none at first). */
HavenRecordPlaces *haven_record_places_new       (void);
/* Another list for the same places: while it loads, the places shown stay,
 * empty, and then take its rows. NULL keeps them empty. */
void               haven_record_places_set_list  (HavenRecordPlaces *self,
                                                  HavenRecordList   *list);
HavenRecordList   *haven_record_places_get_list  (HavenRecordPlaces *self);
/* Held, places waiting for a list go on waiting once it has loaded, until
 * they are let go: so that a view can choose the frame they fill in. */
void               haven_record_places_set_held  (HavenRecordPlaces *self,
                                                  gboolean           held);
gboolean           haven_record_places_get_held  (HavenRecordPlaces *self);
/* The row in the place at position, or NULL while the places wait for a
 * list to load. */
HavenRecord       *haven_record_places_get_row   (HavenRecordPlaces *self,
                                                  guint              position);
void               haven_record_places_set_limit (HavenRecordPlaces *self,
                                                  guint              limit);
guint              haven_record_places_get_limit (HavenRecordPlaces *self);
/* No places at all. */
void               haven_record_places_clear     (HavenRecordPlaces *self);

G_END_DECLS
