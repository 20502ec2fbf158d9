/* haven-child-pairings.c: a child's mentors, current and past
 *
 * The child page's part of the pairing board: every pairing the child had,
 * the ended ones kept with their dates, each opening the pairing dialog
 * with its plan and effect checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-pairings"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-pairings.h"
#include "haven-labels.h"
#include "haven-pairing.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-query.h"
#include "haven-pairing-rules.h"
#include "haven-record-list.h"

struct _HavenChildPairings
{
  AdwPreferencesGroup  parent_instance;

  /* Template widgets */
  GtkListBox          *list_box;

  /* Owned */
  HavenContext        *context;
  HavenPairingQuery   *query;
  HavenRecordList     *pairings;
};

G_DEFINE_FINAL_TYPE (HavenChildPairings, haven_child_pairings, ADW_TYPE_PREFERENCES_GROUP)

static void
fill_row (AdwActionRow *row)
{
  HavenRecord *r = g_object_get_data (G_OBJECT (row), "haven-pairing");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *start, *end, *content;
  g_autoptr(GString) subtitle = NULL;
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "haven-status");
  gboolean current;
  int n_checks;

  if (!haven_record_get_loaded (r))
    return;

  start = haven_record_get_string (r, HAVEN_PAIRING_START_DATE);
  end = haven_record_get_string (r, HAVEN_PAIRING_END_DATE);
  content = haven_record_get_string (r, HAVEN_PAIRING_PLAN_CONTENT);
  current = haven_pairing_is_current (start, end, today);
  n_checks = haven_record_get_int (r, HAVEN_PAIRING_N_CHECKS);

  subtitle = g_string_new (haven_label_mentor_kind (haven_record_get_int (r, HAVEN_PAIRING_KIND)));
  g_string_append (subtitle, " · ");
  if (*end != '\0')
    /* Translators: the dates a pairing ran, "2026-09-01 to 2026-12-31". */
    g_string_append_printf (subtitle, _("%s to %s"), start, end);
  else
    /* Translators: the day a pairing started. */
    g_string_append_printf (subtitle, _("Since %s"), start);
  if (n_checks > 0)
    {
      g_string_append (subtitle, " · ");
      /* Translators: how many effect checks a pairing has, and the last
       * progress mark, "2 checks, last: Better". */
      g_string_append_printf (subtitle, ngettext ("%d check, last: %s", "%d checks, last: %s", n_checks), n_checks,
                              haven_label_progress (haven_record_get_int (r, HAVEN_PAIRING_LAST_PROGRESS)));
    }
  if (*content != '\0')
    g_string_append_printf (subtitle, "\n%s", content);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), haven_record_get_string (r, HAVEN_PAIRING_MENTOR_NAME));
  adw_action_row_set_subtitle (row, subtitle->str);
  /* An ended pairing stays in the history, and says so. */
  gtk_label_set_label (GTK_LABEL (status), current ? C_("pairing", "Current") : C_("pairing", "Ended"));
  if (current)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "ended-pairing");
      gtk_widget_add_css_class (status, "accent");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "ended-pairing");
      gtk_widget_remove_css_class (status, "accent");
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  HavenChildPairings *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (NULL);

  /* A child's few pairings: every row shows. */
  haven_record_list_want (self->pairings, item);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_add_css_class (status, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data (G_OBJECT (row), "haven-status", status);
  g_object_set_data_full (G_OBJECT (row), "haven-pairing", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify::loaded", G_CALLBACK (fill_row), row, G_CONNECT_SWAPPED);
  fill_row (ADW_ACTION_ROW (row));
  return row;
}

static void
row_activated_cb (HavenChildPairings *self,
                  GtkListBoxRow      *row,
                  GtkListBox         *box)
{
  HavenRecord *pairing = g_object_get_data (G_OBJECT (row), "haven-pairing");
  GtkWidget *dialog;
  GtkRoot *root;

  g_assert (HAVEN_IS_CHILD_PAIRINGS (self));

  if (pairing == NULL || self->context == NULL)
    return;
  dialog = haven_pairing_dialog_new (self->context, haven_record_get_id (pairing));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
haven_child_pairings_dispose (GObject *object)
{
  HavenChildPairings *self = HAVEN_CHILD_PAIRINGS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_PAIRINGS);
  g_clear_object (&self->pairings);
  g_clear_object (&self->query);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_child_pairings_parent_class)->dispose (object);
}

static void
haven_child_pairings_class_init (HavenChildPairingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_pairings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-pairings.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildPairings, list_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
haven_child_pairings_init (HavenChildPairings *self)
{
  GtkWidget *empty;

  g_assert (HAVEN_IS_CHILD_PAIRINGS (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  empty = gtk_label_new (_("No mentor yet"));
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->list_box, empty);
}

void
haven_child_pairings_set_context (HavenChildPairings *self,
                                  HavenContext       *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_PAIRINGS (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->query = haven_pairing_query_new ();
  /* Ended pairings stay in the child's history. */
  g_object_set (self->query, "current-only", FALSE, NULL);
}

void
haven_child_pairings_set_child_id (HavenChildPairings *self,
                                   gint64              child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_PAIRINGS (self));

  if (self->query == NULL)
    return;
  /* No child is not every child: the list waits for one. */
  if (child_id == 0)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      g_clear_object (&self->pairings);
      return;
    }
  haven_query_set_int_filter (HAVEN_QUERY (self->query), "child-id", child_id);
  if (self->pairings == NULL)
    {
      self->pairings = haven_record_list_new (haven_context_get_store (self->context), HAVEN_QUERY (self->query));
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->pairings), create_row, self, NULL);
    }
}

GListModel *
haven_child_pairings_get_pairings (HavenChildPairings *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_PAIRINGS (self), NULL);
  return G_LIST_MODEL (self->pairings);
}
