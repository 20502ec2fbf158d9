/* haven-occurrence-row.c: one occurrence in a list, with its commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-occurrence-row"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-month-cell.h"
#include "haven-occurrence-row.h"

struct _HavenOccurrenceRow
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *box;
  GtkLabel        *date_label;
  GtkLabel        *dot_label;
  GtkLabel        *title_label;
  GtkLabel        *detail_label;
  GtkLabel        *attendance_label;
  GtkWidget       *talks_button;
  GtkWidget       *attendance_button;
  GtkWidget       *edit_button;
  GtkWidget       *delete_button;

  HavenOccurrence *occurrence;   /* owned */
  gboolean         show_date;
  gboolean         editable;
};

enum {
  PROP_0,
  PROP_OCCURRENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenOccurrenceRow, haven_occurrence_row, GTK_TYPE_WIDGET)

char *
haven_occurrence_describe (HavenOccurrence *occurrence)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  HavenActivityType type = haven_occurrence_get_activity_type (occurrence);
  HavenLectureTopic topic = haven_occurrence_get_topic (occurrence);
  HavenFestival festival = haven_occurrence_get_festival (occurrence);
  const char *time = haven_occurrence_get_time_text (occurrence);
  const char *place = haven_occurrence_get_place (occurrence);
  const char *classes = haven_occurrence_get_class_names (occurrence);
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (occurrence), NULL);

  if (*time != '\0')
    g_ptr_array_add (parts, (gpointer) time);
  g_ptr_array_add (parts, (gpointer) haven_label_activity_type (type));
  if (type == HAVEN_ACTIVITY_LECTURE && topic != HAVEN_LECTURE_NONE)
    g_ptr_array_add (parts, (gpointer) haven_label_lecture_topic (topic));
  if (festival != HAVEN_N_FESTIVALS)
    g_ptr_array_add (parts, (gpointer) haven_festival_get_name (festival));
  if (*place != '\0')
    g_ptr_array_add (parts, (gpointer) place);
  if (*classes != '\0')
    g_ptr_array_add (parts, (gpointer) classes);

  for (guint i = 0; i < parts->len; i++)
    {
      /* Translators: separates the parts of an activity's description,
       * "14:30 · Lecture · Assembly hall". */
      g_string_append_printf (text, "%s%s", i > 0 ? _(" · ") : "", (char *) g_ptr_array_index (parts, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
in_future (HavenOccurrence *o)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  return haven_occurrence_get_julian (o) > g_date_get_julian (&today);
}

static void
update (HavenOccurrenceRow *self)
{
  HavenOccurrence *o = self->occurrence;
  g_autofree char *detail = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *spoken = NULL;
  g_autofree char *attendance = NULL;
  g_autofree char *attendance_long = NULL;
  GVariant *target;
  HavenActivityType type;
  char day[64] = "";
  GdkRGBA color;
  GDate date;

  g_assert (HAVEN_IS_OCCURRENCE_ROW (self));

  if (o == NULL)
    return;

  type = haven_occurrence_get_activity_type (o);
  haven_occurrence_get_date (o, &date);
  /* Translators: a day in the agenda, see strftime(3): "Tue 24 Nov". */
  g_date_strftime (day, sizeof day, _("%a %e %b"), &date);
  g_strstrip (day);
  gtk_label_set_label (self->date_label, self->show_date ? day : "");

  haven_activity_type_color (type, &color);
  markup = g_strdup_printf ("<span foreground='#%02x%02x%02x'>●</span>", (guint) (color.red * 255),
                            (guint) (color.green * 255), (guint) (color.blue * 255));
  gtk_label_set_markup (self->dot_label, markup);
  gtk_label_set_label (self->title_label, haven_occurrence_get_title (o));
  detail = haven_occurrence_describe (o);
  gtk_label_set_label (self->detail_label, detail);

  /* Who took part is for what has happened. */
  if (haven_occurrence_get_n_present (o) > 0
      || (haven_occurrence_get_n_concerned (o) > 0 && !in_future (o)))
    {
      guint present = haven_occurrence_get_n_present (o), concerned = haven_occurrence_get_n_concerned (o);

      /* Translators: children who took part of those concerned, "12/30". */
      attendance = g_strdup_printf (_("%u/%u"), present, MAX (present, concerned));
      attendance_long = type == HAVEN_ACTIVITY_LETTER_HOME
                        ? g_strdup_printf (ngettext ("%u of %u child wrote the letter", "%u of %u children wrote the letter",
                                                     MAX (present, concerned)), present, MAX (present, concerned))
                        : g_strdup_printf (ngettext ("%u of %u child took part", "%u of %u children took part",
                                                     MAX (present, concerned)), present, MAX (present, concerned));
    }
  gtk_label_set_label (self->attendance_label, attendance != NULL ? attendance : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attendance_label), attendance_long);

  target = g_variant_new ("(xs)", haven_occurrence_get_activity_id (o), haven_occurrence_get_original_text (o));
  g_variant_ref_sink (target);
  /* The target before the name: an action never sees a button without it. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->talks_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->attendance_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->delete_button), target);
  g_variant_unref (target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->talks_button), "win.record-talks");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->attendance_button), "calendar.attendance");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "calendar.edit-occurrence");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "calendar.delete-occurrence");
  /* A talk record is for each child visited or called. */
  gtk_widget_set_visible (self->talks_button,
                          (type == HAVEN_ACTIVITY_HOME_VISITS || type == HAVEN_ACTIVITY_FAMILY_CALL)
                          && gtk_widget_get_sensitive (self->talks_button));
  gtk_widget_set_visible (self->edit_button, self->editable);
  gtk_widget_set_visible (self->delete_button, self->editable);

  spoken = g_strjoin (_(", "), day, haven_occurrence_get_title (o), detail,
                      attendance_long != NULL ? attendance_long : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
talks_sensitive_cb (HavenOccurrenceRow *self)
{
  g_assert (HAVEN_IS_OCCURRENCE_ROW (self));

  update (self);
}

static void
haven_occurrence_row_dispose (GObject *object)
{
  HavenOccurrenceRow *self = HAVEN_OCCURRENCE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_OCCURRENCE_ROW);
  g_clear_object (&self->occurrence);

  G_OBJECT_CLASS (haven_occurrence_row_parent_class)->dispose (object);
}

static void
haven_occurrence_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HavenOccurrenceRow *self = HAVEN_OCCURRENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_OCCURRENCE:
      g_value_set_object (value, self->occurrence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_occurrence_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HavenOccurrenceRow *self = HAVEN_OCCURRENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_OCCURRENCE:
      haven_occurrence_row_set_occurrence (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_occurrence_row_class_init (HavenOccurrenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_occurrence_row_dispose;
  object_class->get_property = haven_occurrence_row_get_property;
  object_class->set_property = haven_occurrence_row_set_property;

  properties[PROP_OCCURRENCE] =
    g_param_spec_object ("occurrence", NULL, NULL, HAVEN_TYPE_OCCURRENCE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-occurrence-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, box);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, dot_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, talks_button);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, attendance_button);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, HavenOccurrenceRow, delete_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_occurrence_row_init (HavenOccurrenceRow *self)
{
  g_assert (HAVEN_IS_OCCURRENCE_ROW (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), FALSE);
  /* Hidden until the talks view installs its action. */
  g_signal_connect_object (self->talks_button, "notify::sensitive", G_CALLBACK (talks_sensitive_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
haven_occurrence_row_new (void)
{
  return g_object_new (HAVEN_TYPE_OCCURRENCE_ROW, NULL);
}

HavenOccurrence *
haven_occurrence_row_get_occurrence (HavenOccurrenceRow *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE_ROW (self), NULL);
  return self->occurrence;
}

void
haven_occurrence_row_set_occurrence (HavenOccurrenceRow *self,
                                     HavenOccurrence    *occurrence)
{
  g_return_if_fail (HAVEN_IS_OCCURRENCE_ROW (self));
  g_return_if_fail (occurrence == NULL || HAVEN_IS_OCCURRENCE (occurrence));

  if (!g_set_object (&self->occurrence, occurrence))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRENCE]);
}

void
haven_occurrence_row_set_show_date (HavenOccurrenceRow *self,
                                    gboolean            show_date)
{
  g_return_if_fail (HAVEN_IS_OCCURRENCE_ROW (self));

  self->show_date = show_date;
  /* In the agenda the column stays, empty, so the rows line up. */
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), TRUE);
  update (self);
}

void
haven_occurrence_row_set_editable (HavenOccurrenceRow *self,
                                   gboolean            editable)
{
  g_return_if_fail (HAVEN_IS_OCCURRENCE_ROW (self));

  self->editable = editable;
  update (self);
}
