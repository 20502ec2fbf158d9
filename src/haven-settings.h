/* haven-settings.h: the app's GSettings keys that have a choice of values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A string key's <choices>, in the order of the items of the drop-down or
 * combo row that shows it; NULL-terminated. */
extern const char * const haven_archive_sort_choices[];
extern const char * const haven_color_scheme_choices[];

/* g_settings_bind_with_mapping() between such a key and a "selected"
 * (guint) property; user_data is the choices array. */
gboolean  haven_choice_get_mapping (GValue             *value,
                                    GVariant           *variant,
                                    gpointer            user_data);
GVariant *haven_choice_set_mapping (const GValue       *value,
                                    const GVariantType *expected_type,
                                    gpointer            user_data);

G_END_DECLS
