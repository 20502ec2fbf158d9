/* haven-settings.c: the app's GSettings keys that have a choice of values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-settings"

#include "config.h"

#include "haven-settings.h"

/* The same order as the <choices> of the schema, and as the items of
 * the archive's sort drop-down and of Preferences. */
const char * const haven_archive_sort_choices[] = { "class", "name", "birthday", NULL };
const char * const haven_color_scheme_choices[] = { "default", "light", "dark", NULL };

gboolean
haven_choice_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

GVariant *
haven_choice_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  const char * const *choices = user_data;
  guint selected = g_value_get_uint (value);

  /* GTK_INVALID_LIST_POSITION while a model is swapped: keep the key. */
  if (selected >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[selected]);
}
