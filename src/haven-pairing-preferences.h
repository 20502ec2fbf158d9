/* haven-pairing-preferences.h: the pairing board's group in Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-record.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PAIRING_PREFERENCES (haven_pairing_preferences_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairingPreferences, haven_pairing_preferences, HAVEN, PAIRING_PREFERENCES,
                      AdwPreferencesGroup)

/* Edits the school record's default capacity; the Preferences window
 * saves the school as it does its other fields. */
void haven_pairing_preferences_set_school (HavenPairingPreferences *self,
                                           HavenRecord             *school);

G_END_DECLS
