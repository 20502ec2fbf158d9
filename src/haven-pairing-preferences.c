/* haven-pairing-preferences.c: the pairing board's group in Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-preferences"

#include "config.h"

#include "haven-form-row.h"
#include "haven-pairing-preferences.h"

struct _HavenPairingPreferences
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  HavenFormRow        *capacity_row;
};

G_DEFINE_FINAL_TYPE (HavenPairingPreferences, haven_pairing_preferences, ADW_TYPE_PREFERENCES_GROUP)

static void
haven_pairing_preferences_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HAVEN_TYPE_PAIRING_PREFERENCES);

  G_OBJECT_CLASS (haven_pairing_preferences_parent_class)->dispose (object);
}

static void
haven_pairing_preferences_class_init (HavenPairingPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_preferences_dispose;

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPreferences, capacity_row);
}

static void
haven_pairing_preferences_init (HavenPairingPreferences *self)
{
  g_assert (HAVEN_IS_PAIRING_PREFERENCES (self));

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
haven_pairing_preferences_set_school (HavenPairingPreferences *self,
                                      HavenRecord             *school)
{
  g_return_if_fail (HAVEN_IS_PAIRING_PREFERENCES (self));
  g_return_if_fail (school == NULL || HAVEN_IS_RECORD (school));

  haven_form_row_set_record (self->capacity_row, school);
}
