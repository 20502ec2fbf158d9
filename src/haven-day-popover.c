/* haven-day-popover.c: one day's activities, from the month grid
 *
 * Each row has its commands (who took part, edit, delete); Enter on a row
 * edits it. The buttons under the list add an activity on the day and,
 * on a festival, the festival's letter home (亲情书信).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-day-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-day-popover.h"
#include "haven-occurrence-row.h"
#include "haven-recurrence.h"

struct _HavenDayPopover
{
  GtkPopover   parent_instance;

  /* Template widgets */
  GtkLabel    *day_label;
  GtkLabel    *note_label;
  GtkListBox  *list_box;
  GtkWidget   *new_button;
  GtkWidget   *letter_button;

  GListStore  *store;      /* owned */
  GtkWidget   *empty;      /* borrowed: the list's placeholder */
  gboolean     editable;
};

G_DEFINE_FINAL_TYPE (HavenDayPopover, haven_day_popover, GTK_TYPE_POPOVER)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HavenDayPopover *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *content = haven_occurrence_row_new ();
  g_autoptr(GVariant) target = NULL;

  haven_occurrence_row_set_editable (HAVEN_OCCURRENCE_ROW (content), self->editable);
  haven_occurrence_row_set_occurrence (HAVEN_OCCURRENCE_ROW (content), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  /* Enter on the row edits the occurrence. */
  target = g_variant_ref_sink (g_variant_new ("(xs)", haven_occurrence_get_activity_id (item),
                                              haven_occurrence_get_original_text (item)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), self->editable ? "calendar.edit-occurrence"
                                                                        : "calendar.attendance");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  return row;
}

static void
haven_day_popover_dispose (GObject *object)
{
  HavenDayPopover *self = HAVEN_DAY_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_DAY_POPOVER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (haven_day_popover_parent_class)->dispose (object);
}

static void
haven_day_popover_class_init (HavenDayPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_day_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-day-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenDayPopover, day_label);
  gtk_widget_class_bind_template_child (widget_class, HavenDayPopover, note_label);
  gtk_widget_class_bind_template_child (widget_class, HavenDayPopover, list_box);
  gtk_widget_class_bind_template_child (widget_class, HavenDayPopover, new_button);
  gtk_widget_class_bind_template_child (widget_class, HavenDayPopover, letter_button);
}

static void
haven_day_popover_init (HavenDayPopover *self)
{
  g_assert (HAVEN_IS_DAY_POPOVER (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editable = TRUE;
  self->store = g_list_store_new (HAVEN_TYPE_OCCURRENCE);
  self->empty = gtk_label_new (_("Nothing on this day"));
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_set_margin_top (self->empty, 12);
  gtk_widget_set_margin_bottom (self->empty, 12);
  gtk_list_box_set_placeholder (self->list_box, self->empty);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->store), create_row, self, NULL);
}

GtkWidget *
haven_day_popover_new (void)
{
  return g_object_new (HAVEN_TYPE_DAY_POPOVER, NULL);
}

void
haven_day_popover_set_day (HavenDayPopover *self,
                           const GDate     *day,
                           const char      *note,
                           HavenFestival    festival)
{
  g_autofree char *iso = NULL;
  char text[128];

  g_return_if_fail (HAVEN_IS_DAY_POPOVER (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  /* Translators: the day a popover lists, see strftime(3). */
  g_date_strftime (text, sizeof text, _("%A %e %B %Y"), day);
  gtk_label_set_label (self->day_label, g_strstrip (text));
  gtk_label_set_label (self->note_label, note != NULL ? note : "");

  iso = haven_date_format_iso (day);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->new_button), "s", iso);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->new_button), "calendar.new-activity-on");
  gtk_widget_set_visible (self->letter_button, festival != HAVEN_N_FESTIVALS && self->editable);
  if (festival != HAVEN_N_FESTIVALS)
    {
      /* Translators: a button; %s is a festival such as "Mid-Autumn Festival". */
      g_autofree char *label = g_strdup_printf (_("_Letter Home for the %s"), haven_festival_get_name (festival));

      gtk_button_set_label (GTK_BUTTON (self->letter_button), label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->letter_button), "(ss)",
                                        haven_festival_get_nick (festival), iso);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->letter_button), "calendar.letter-for-festival");
    }
  g_list_store_remove_all (self->store);
}

void
haven_day_popover_set_occurrences (HavenDayPopover *self,
                                   GPtrArray       *occurrences)
{
  g_return_if_fail (HAVEN_IS_DAY_POPOVER (self));

  g_list_store_remove_all (self->store);
  gtk_label_set_label (GTK_LABEL (self->empty), occurrences == NULL ? _("Loading…") : _("Nothing on this day"));
  if (occurrences != NULL)
    g_list_store_splice (self->store, 0, 0, occurrences->pdata, occurrences->len);
}

void
haven_day_popover_set_editable (HavenDayPopover *self,
                                gboolean         editable)
{
  g_return_if_fail (HAVEN_IS_DAY_POPOVER (self));

  self->editable = editable;
  gtk_widget_set_visible (self->new_button, editable);
}

GListModel *
haven_day_popover_get_model (HavenDayPopover *self)
{
  g_return_val_if_fail (HAVEN_IS_DAY_POPOVER (self), NULL);
  return G_LIST_MODEL (self->store);
}
