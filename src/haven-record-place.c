/* haven-record-place.c: a place for a row of a list
 *
 * The items of HavenRecordPlaces (haven-record-places.c). A place holds no
 * row: the widget bound to it asks the model for the row at its position,
 * and again when the place says "changed", so that the place can stay
 * while the rows in it change (a search's, a column's next mentor's) and
 * the widget is refilled, not rebuilt. Holding nothing, places cost
 * nothing to keep for the rows no one looks at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-place"

#include "config.h"

#include "haven-record-place.h"

struct _HavenRecordPlace
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenRecordPlace, haven_record_place, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
haven_record_place_class_init (HavenRecordPlaceClass *klass)
{
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
haven_record_place_init (HavenRecordPlace *self)
{
}

HavenRecordPlace *
haven_record_place_new (void)
{
  return g_object_new (HAVEN_TYPE_RECORD_PLACE, NULL);
}

void
haven_record_place_changed (HavenRecordPlace *self)
{
  g_return_if_fail (HAVEN_IS_RECORD_PLACE (self));

  /* Most places are bound to nothing: a search keeps thousands. */
  if (g_signal_has_handler_pending (self, signals[CHANGED], 0, FALSE))
    g_signal_emit (self, signals[CHANGED], 0);
}
