/* haven-pairing-place.c: a place for a card in a column of the board
 *
 * The items of a column's list view (see haven-pairing-cards.c): a place
 * stays while its column is bound to one mentor after another, and only
 * the row in it changes, so the card in it is refilled, not rebuilt.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-place"

#include "config.h"

#include "haven-pairing-place.h"

struct _HavenPairingPlace
{
  GObject          parent_instance;

  HavenRecordList *list;   /* owned */
  HavenRecord     *row;    /* owned */
};

G_DEFINE_FINAL_TYPE (HavenPairingPlace, haven_pairing_place, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
haven_pairing_place_dispose (GObject *object)
{
  HavenPairingPlace *self = HAVEN_PAIRING_PLACE (object);

  g_clear_object (&self->row);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (haven_pairing_place_parent_class)->dispose (object);
}

static void
haven_pairing_place_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenPairingPlace *self = HAVEN_PAIRING_PLACE (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_pairing_place_class_init (HavenPairingPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = haven_pairing_place_dispose;
  object_class->get_property = haven_pairing_place_get_property;

  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, HAVEN_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_pairing_place_init (HavenPairingPlace *self)
{
}

HavenPairingPlace *
haven_pairing_place_new (HavenRecordList *list,
                         HavenRecord     *row)
{
  HavenPairingPlace *self;

  g_return_val_if_fail (list == NULL || HAVEN_IS_RECORD_LIST (list), NULL);
  g_return_val_if_fail (row == NULL || HAVEN_IS_RECORD (row), NULL);

  self = g_object_new (HAVEN_TYPE_PAIRING_PLACE, NULL);
  g_set_object (&self->list, list);
  g_set_object (&self->row, row);
  return self;
}

HavenRecord *
haven_pairing_place_get_row (HavenPairingPlace *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PLACE (self), NULL);
  return self->row;
}

HavenRecordList *
haven_pairing_place_get_list (HavenPairingPlace *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PLACE (self), NULL);
  return self->list;
}

void
haven_pairing_place_set (HavenPairingPlace *self,
                         HavenRecordList   *list,
                         HavenRecord       *row)
{
  gboolean changed;

  g_return_if_fail (HAVEN_IS_PAIRING_PLACE (self));
  g_return_if_fail (list == NULL || HAVEN_IS_RECORD_LIST (list));
  g_return_if_fail (row == NULL || HAVEN_IS_RECORD (row));

  changed = g_set_object (&self->list, list);
  changed = g_set_object (&self->row, row) || changed;
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}
