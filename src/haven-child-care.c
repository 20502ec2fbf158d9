/* haven-child-care.c: on a child's page, whether the child's care is at
 * risk, and the child's individual plan (个别教育管理方案)
 *
 * The flags are the model's (haven-care-risk.h), stored with the file.
 * The plan shown is the child's latest; its next review shows with what
 * the due rules say of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-care"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-care.h"
#include "haven-labels.h"
#include "haven-owned-query.h"
#include "haven-plan.h"

struct _HavenChildCare
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *risk_card;
  GtkLabel            *risk_label;
  AdwPreferencesGroup *plan_group;
  GtkButton           *plan_button;
  GtkListBox          *plan_box;

  /* Owned */
  HavenContext        *context;
  HavenRecord         *plan;
  GCancellable        *cancellable;
  gint64               child_id;
  guint                risks;
};

G_DEFINE_FINAL_TYPE (HavenChildCare, haven_child_care, GTK_TYPE_WIDGET)

static void
add_line (HavenChildCare *self,
          const char     *title,
          const char     *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (*value != '\0' ? value : "—");

  g_assert (HAVEN_IS_CHILD_CARE (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->plan_box, row);
}

static void
show_plan (HavenChildCare *self)
{
  GtkWidget *row;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_assert (HAVEN_IS_CHILD_CARE (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->plan_box))) != NULL)
    gtk_list_box_remove (self->plan_box, row);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_box), self->plan != NULL);
  gtk_button_set_label (self->plan_button, self->plan != NULL ? _("_Edit Plan") : _("_Make a Plan"));
  if (self->plan == NULL)
    return;

  {
    const char *start = haven_record_get_string (self->plan, HAVEN_PLAN_START_DATE);
    const char *end = haven_record_get_string (self->plan, HAVEN_PLAN_END_DATE);
    const char *next = haven_record_get_string (self->plan, HAVEN_PLAN_NEXT_REVIEW);
    g_autofree char *span = *end != '\0'
                            /* Translators: the days a plan runs, "2026-09-15 to 2027-01-20". */
                            ? g_strdup_printf (_("%s to %s"), start, end)
                            /* Translators: a plan with no end yet, from its first day. */
                            : g_strdup_printf (_("from %s"), start);
    g_autofree char *who = *haven_record_get_string (self->plan, HAVEN_PLAN_OTHERS) != '\0'
                           ? g_strdup_printf ("%s, %s", haven_record_get_string (self->plan, HAVEN_PLAN_STAFF_NAME),
                                              haven_record_get_string (self->plan, HAVEN_PLAN_OTHERS))
                           : g_strdup (haven_record_get_string (self->plan, HAVEN_PLAN_STAFF_NAME));
    g_autofree char *review = NULL;

    if (*next == '\0')
      review = g_strdup (_("No review left open"));
    else if (g_strcmp0 (next, today) < 0)
      /* Translators: a plan's review whose day has passed. */
      review = g_strdup_printf (_("%s (overdue)"), next);
    else
      review = g_strdup (next);

    add_line (self, haven_plan_is_active (HAVEN_PLAN (self->plan), today) ? _("Runs") : _("Ran"), span);
    add_line (self, _("Responsible"), who);
    add_line (self, _("Goals"), haven_record_get_string (self->plan, HAVEN_PLAN_GOALS));
    add_line (self, _("Measures"), haven_record_get_string (self->plan, HAVEN_PLAN_MEASURES));
    add_line (self, _("Next review"), review);
  }
}

static void
plan_fetched_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenChildCare) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plans = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);

  if (plans == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  g_clear_object (&self->plan);
  if (plans->len > 0)
    self->plan = g_object_ref (g_ptr_array_index (plans, 0));
  show_plan (self);
}

static void
plans_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenChildCare) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  /* Newest first: the latest plan leads. */
  if (rows->len > 0)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, 0));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_PLAN, ids, NULL, self->cancellable,
                           plan_fetched_cb, g_object_ref (self));
}

static void
reload (HavenChildCare *self)
{
  g_autoptr(HavenQuery) query = NULL;

  g_assert (HAVEN_IS_CHILD_CARE (self));

  if (self->context == NULL || self->child_id == 0)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PLAN, "child-id", self->child_id));
  haven_store_query_async (haven_context_get_store (self->context), query, self->cancellable,
                           plans_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenChildCare *self,
                  GType           type,
                  gint64          id,
                  HavenStore     *store)
{
  g_assert (HAVEN_IS_CHILD_CARE (self));

  if (type == HAVEN_TYPE_PLAN || type == HAVEN_TYPE_PLAN_REVIEW || type == HAVEN_TYPE_RECORD)
    reload (self);
}

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HavenChildCare *self = HAVEN_CHILD_CARE (widget);

  if (self->child_id != 0)
    gtk_widget_activate_action (widget, "win.edit-plan", "x", self->child_id);
}

void
haven_child_care_set_context (HavenChildCare *self,
                              HavenContext   *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_CARE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

void
haven_child_care_set_file (HavenChildCare *self,
                           HavenChildFile *file)
{
  HavenRecord *child;
  g_auto(GStrv) labels = NULL;
  g_autofree char *text = NULL;
  gint64 child_id;

  g_return_if_fail (HAVEN_IS_CHILD_CARE (self));
  g_return_if_fail (HAVEN_IS_CHILD_FILE (file));

  child = HAVEN_RECORD (haven_child_file_get_child (file));
  self->risks = haven_record_get_int (child, HAVEN_CHILD_CARE_RISK);
  labels = haven_label_care_risks (self->risks);
  /* Translators: separates the warning signs of a child's care. */
  text = g_strjoinv (C_("list", "; "), labels);
  gtk_label_set_label (self->risk_label, text);
  gtk_widget_set_visible (self->risk_card, self->risks != 0);

  child_id = haven_record_get_id (child);
  if (child_id != self->child_id)
    {
      self->child_id = child_id;
      g_clear_object (&self->plan);
      show_plan (self);
    }
  reload (self);
}

guint
haven_child_care_get_risks (HavenChildCare *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_CARE (self), 0);
  return self->risks;
}

HavenRecord *
haven_child_care_get_plan (HavenChildCare *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_CARE (self), NULL);
  return self->plan;
}

static void
haven_child_care_dispose (GObject *object)
{
  HavenChildCare *self = HAVEN_CHILD_CARE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_CARE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_child_care_parent_class)->dispose (object);
}

static void
haven_child_care_class_init (HavenChildCareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_care_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-care.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildCare, risk_card);
  gtk_widget_class_bind_template_child (widget_class, HavenChildCare, risk_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildCare, plan_group);
  gtk_widget_class_bind_template_child (widget_class, HavenChildCare, plan_button);
  gtk_widget_class_bind_template_child (widget_class, HavenChildCare, plan_box);
  gtk_widget_class_install_action (widget_class, "care.edit-plan", NULL, edit_plan_action);
}

static void
haven_child_care_init (HavenChildCare *self)
{
  g_assert (HAVEN_IS_CHILD_CARE (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
