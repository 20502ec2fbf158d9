/* haven-plan-editor.c: a child's individual plan (个别教育管理方案), as a form
 *
 * The plan's fields on form rows, who is responsible chosen among the
 * staff, and the review dates below, each with when it was held, the
 * progress and notes. The plan and its reviews are saved together, by the
 * model's rules (haven-store-plans.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-owned-query.h"
#include "haven-plan.h"
#include "haven-plan-editor.h"
#include "haven-staff.h"
#include "haven-store-plans.h"

struct _HavenPlanEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkBox              *form_box;
  AdwComboRow         *staff_row;
  AdwPreferencesGroup *reviews_group;

  /* Owned */
  HavenContext        *context;
  HavenRecord         *plan;
  GPtrArray           *reviews;       /* HavenRecord */
  GPtrArray           *review_rows;   /* AdwExpanderRow, borrowed, parallel to reviews */
  GArray              *removed;       /* gint64 ids of reviews taken off */
  GArray              *staff_ids;     /* gint64, parallel to staff_row */
  GPtrArray           *rows;          /* the plan's HavenFormRows, borrowed */
  GCancellable        *cancellable;
  gint64               child_id;
  gboolean             loading;
  gboolean             saving;
  gboolean             filling;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenPlanEditor, haven_plan_editor, ADW_TYPE_WINDOW)

static gboolean
writable (HavenPlanEditor *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  return session != NULL && haven_session_can_write (session);
}

static void
set_loading (HavenPlanEditor *self,
             gboolean         loading)
{
  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
update_actions (HavenPlanEditor *self)
{
  gboolean ready = self->plan != NULL && !self->loading && !self->saving && writable (self);

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-review", ready);
}

static GDate
today_date (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return today;
}

/* Shows what the model says under every row; TRUE when nothing blocks a
 * save. The first error's message goes into *message. */
static gboolean
refresh_checks (HavenPlanEditor  *self,
                char            **message)
{
  GDate today = today_date ();
  g_autoptr(GPtrArray) problems = haven_record_check (self->plan, &today);
  const HavenProblem *staff_problem = haven_problems_find (problems, "staff-id");
  gboolean ok = haven_problems_first_error (problems) == NULL;

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  if (message != NULL && !ok)
    *message = g_strdup (haven_problems_first_error (problems)->message);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);
      haven_form_row_set_problem (row, haven_problems_find (problems, haven_form_row_get_field (row)));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->staff_row), staff_problem != NULL ? staff_problem->message : "");

  for (guint r = 0; r < self->reviews->len; r++)
    {
      HavenRecord *review = g_ptr_array_index (self->reviews, r);
      g_autoptr(GPtrArray) review_problems = haven_record_check (review, &today);
      g_autoptr(GPtrArray) review_rows = g_ptr_array_new ();
      const char *date = haven_record_get_string (review, HAVEN_PLAN_REVIEW_REVIEW_DATE);
      const char *done = haven_record_get_string (review, HAVEN_PLAN_REVIEW_DONE_DATE);
      AdwExpanderRow *expander = g_ptr_array_index (self->review_rows, r);
      g_autofree char *title = NULL;

      haven_form_collect_rows (GTK_WIDGET (expander), review_rows);
      for (guint i = 0; i < review_rows->len; i++)
        {
          HavenFormRow *row = g_ptr_array_index (review_rows, i);
          haven_form_row_set_problem (row, haven_problems_find (review_problems, haven_form_row_get_field (row)));
        }
      /* Translators: a plan's review, by its day. */
      title = *date != '\0' ? g_strdup_printf (_("Review on %s"), date) : g_strdup (_("New review"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (expander, *done != '\0'
                                               /* Translators: when a review was held, and how the child did. */
                                               ? haven_label_progress (haven_record_get_int (review, HAVEN_PLAN_REVIEW_PROGRESS))
                                               : _("Not held yet"));
      if (haven_problems_first_error (review_problems) != NULL)
        {
          if (message != NULL && ok)
            *message = g_strdup (haven_problems_first_error (review_problems)->message);
          ok = FALSE;
          adw_expander_row_set_expanded (expander, TRUE);
        }
    }
  return ok;
}

static void
record_notify_cb (HavenPlanEditor *self)
{
  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  if (!self->filling)
    refresh_checks (self, NULL);
}

static void
bind_rows (HavenPlanEditor *self,
           GtkWidget       *container,
           HavenRecord     *record)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  haven_form_collect_rows (container, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      haven_form_row_set_context (g_ptr_array_index (rows, i), self->context);
      haven_form_row_set_record (g_ptr_array_index (rows, i), record);
      gtk_widget_set_sensitive (g_ptr_array_index (rows, i), writable (self));
    }
  g_signal_connect_object (record, "notify", G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
}

static GtkWidget *
review_field (const char *field,
              const char *title,
              gboolean    multiline)
{
  return g_object_new (HAVEN_TYPE_FORM_ROW, "field", field, "title", title, "multiline", multiline, NULL);
}

static void
remove_review_cb (GtkButton       *button,
                  HavenPlanEditor *self)
{
  GtkWidget *expander = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);
  guint index;

  if (!g_ptr_array_find (self->review_rows, expander, &index))
    return;
  {
    HavenRecord *review = g_ptr_array_index (self->reviews, index);
    gint64 id = haven_record_get_id (review);

    if (id != 0)
      g_array_append_val (self->removed, id);
  }
  g_ptr_array_remove_index (self->review_rows, index);
  g_ptr_array_remove_index (self->reviews, index);
  adw_preferences_group_remove (self->reviews_group, expander);
  refresh_checks (self, NULL);
}

static void
add_review_row (HavenPlanEditor *self,
                HavenRecord     *review)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Review"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Review"), -1);
  gtk_widget_set_sensitive (remove, writable (self));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_review_cb), self, 0);
  adw_expander_row_add_action (expander, remove);
  adw_expander_row_add_row (expander, review_field ("review-date", C_("form field", "Due on"), FALSE));
  adw_expander_row_add_row (expander, review_field ("done-date", C_("form field", "Held on"), FALSE));
  adw_expander_row_add_row (expander, review_field ("progress", C_("form field", "Progress"), FALSE));
  adw_expander_row_add_row (expander, review_field ("notes", C_("form field", "Notes"), TRUE));
  bind_rows (self, GTK_WIDGET (expander), review);
  adw_preferences_group_add (self->reviews_group, GTK_WIDGET (expander));
  g_ptr_array_add (self->reviews, g_object_ref (review));
  g_ptr_array_add (self->review_rows, expander);
}

HavenRecord *
haven_plan_editor_add_review (HavenPlanEditor *self)
{
  g_autoptr(HavenPlanReview) review = haven_plan_review_new ();
  GDate day;
  char text[16];

  g_return_val_if_fail (HAVEN_IS_PLAN_EDITOR (self), NULL);
  g_return_val_if_fail (self->plan != NULL, NULL);

  /* Four weeks after the last review, or after today. */
  day = today_date ();
  for (guint i = 0; i < self->reviews->len; i++)
    {
      GDate other;

      g_date_clear (&other, 1);
      g_date_set_parse (&other, haven_record_get_string (g_ptr_array_index (self->reviews, i),
                                                         HAVEN_PLAN_REVIEW_REVIEW_DATE));
      if (g_date_valid (&other) && g_date_compare (&other, &day) > 0)
        day = other;
    }
  g_date_add_days (&day, 28);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
  haven_record_set_string (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_REVIEW_DATE, text);
  haven_record_set_ref (HAVEN_RECORD (review), HAVEN_PLAN_REVIEW_CHILD_ID, self->child_id);
  add_review_row (self, HAVEN_RECORD (review));
  adw_expander_row_set_expanded (g_ptr_array_index (self->review_rows, self->review_rows->len - 1), TRUE);
  refresh_checks (self, NULL);
  return HAVEN_RECORD (review);
}

static void
add_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  haven_plan_editor_add_review (HAVEN_PLAN_EDITOR (widget));
}

/* Staff */

static void
select_staff (HavenPlanEditor *self)
{
  gint64 staff = haven_record_get_ref (self->plan, HAVEN_PLAN_STAFF_ID);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  for (guint i = 0; i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == staff)
      selected = i;
  self->filling = TRUE;
  adw_combo_row_set_selected (self->staff_row, selected);
  self->filling = FALSE;
}

static void
staff_selected_cb (HavenPlanEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);

  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  if (self->filling || self->plan == NULL || selected >= self->staff_ids->len)
    return;
  haven_record_set_ref (self->plan, HAVEN_PLAN_STAFF_ID, g_array_index (self->staff_ids, gint64, selected));
}

static void
staff_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  g_array_set_size (self->staff_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      HavenRecord *member = g_ptr_array_index (staff, i);
      gint64 id = haven_record_get_id (member);
      /* Translators: a staff member's name and role, "王芳 (Class teacher)". */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), haven_record_get_string (member, HAVEN_STAFF_NAME),
                                                haven_label_staff_role (haven_record_get_int (member, HAVEN_STAFF_ROLE)));

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, label);
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  self->filling = FALSE;
  if (self->plan != NULL)
    select_staff (self);
}

static void
staff_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_STAFF, ids, NULL, self->cancellable,
                           staff_fetched_cb, g_object_ref (self));
}

/* Loading */

static void
show_plan (HavenPlanEditor *self,
           HavenRecord     *plan,
           GPtrArray       *reviews)
{
  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  g_set_object (&self->plan, plan);
  self->filling = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->rows, i), writable (self));
  bind_rows (self, GTK_WIDGET (self->form_box), plan);
  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    add_review_row (self, g_ptr_array_index (reviews, i));
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->staff_row), writable (self));
  if (self->staff_ids->len > 0)
    select_staff (self);
  adw_window_title_set_subtitle (self->window_title, haven_record_get_string (plan, HAVEN_PLAN_CHILD_NAME));
  refresh_checks (self, NULL);
  set_loading (self, FALSE);
  update_actions (self);
}

static void
reviews_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(HavenRecord) plan = g_object_steal_data (G_OBJECT (self), "haven-plan");

  if (reviews == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  show_plan (self, plan, reviews);
}

static void
reviews_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_PLAN_REVIEW, ids, NULL, self->cancellable,
                           reviews_fetched_cb, g_object_ref (self));
}

static void
plan_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenRecord) plan = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(HavenQuery) query = NULL;

  if (plan == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  query = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PLAN_REVIEW, "plan-id", haven_record_get_id (plan)));
  g_object_set_data_full (G_OBJECT (self), "haven-plan", g_object_ref (plan), g_object_unref);
  haven_store_query_async (HAVEN_STORE (object), query, self->cancellable, reviews_found_cb, g_object_ref (self));
}

static void
plans_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  if (rows->len > 0)
    {
      haven_store_load_async (HAVEN_STORE (object), HAVEN_TYPE_PLAN, haven_record_get_id (g_ptr_array_index (rows, 0)),
                              self->cancellable, plan_loaded_cb, g_object_ref (self));
      return;
    }

  /* No plan yet: a new one, the session's to lead, from today. */
  {
    g_autoptr(HavenPlan) plan = haven_plan_new ();
    HavenSession *session = haven_context_get_session (self->context);
    GDate today = today_date ();
    char text[16];

    g_date_strftime (text, sizeof text, "%Y-%m-%d", &today);
    haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_CHILD_ID, self->child_id);
    haven_record_set_string (HAVEN_RECORD (plan), HAVEN_PLAN_START_DATE, text);
    if (session != NULL)
      haven_record_set_ref (HAVEN_RECORD (plan), HAVEN_PLAN_STAFF_ID, haven_session_get_staff_id (session));
    adw_window_title_set_title (self->window_title, _("New Individual Plan"));
    show_plan (self, HAVEN_RECORD (plan), NULL);
  }
}

/* Saving */

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenPlanEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = haven_store_save_plan_finish (HAVEN_STORE (object), result, &error);

  self->saving = FALSE;
  update_actions (self);
  if (id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      text = g_strdup_printf (_("The plan was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenPlanEditor *self = HAVEN_PLAN_EDITOR (widget);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *message = NULL;

  if (self->plan == NULL || self->saving)
    return;
  haven_form_collect_rows (GTK_WIDGET (self->form_box), rows);
  for (guint i = 0; i < rows->len; i++)
    haven_form_row_reveal (g_ptr_array_index (rows, i));
  if (!refresh_checks (self, &message))
    {
      haven_form_toast (self->toast_overlay, message, 5);
      return;
    }
  self->saving = TRUE;
  update_actions (self);
  haven_store_save_plan_async (haven_context_get_store (self->context), HAVEN_PLAN (self->plan), self->reviews,
                               self->removed, self->cancellable, saved_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
haven_plan_editor_dispose (GObject *object)
{
  HavenPlanEditor *self = HAVEN_PLAN_EDITOR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->review_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PLAN_EDITOR);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_plan_editor_parent_class)->dispose (object);
}

static void
haven_plan_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HavenPlanEditor *self = HAVEN_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_plan_editor_class_init (HavenPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_plan_editor_dispose;
  object_class->get_property = haven_plan_editor_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenPlanEditor::saved:
   * @plan_id: the id of the plan saved
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPlanEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenPlanEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenPlanEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenPlanEditor, staff_row);
  gtk_widget_class_bind_template_child (widget_class, HavenPlanEditor, reviews_group);
  gtk_widget_class_bind_template_callback (widget_class, staff_selected_cb);

  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "plan.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "plan.add-review", NULL, add_review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "plan.cancel", NULL);
}

static void
haven_plan_editor_init (HavenPlanEditor *self)
{
  g_assert (HAVEN_IS_PLAN_EDITOR (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  self->review_rows = g_ptr_array_new ();
  self->removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);
}

HavenPlanEditor *
haven_plan_editor_new (HavenContext *context,
                       gint64        child_id)
{
  HavenPlanEditor *self;
  g_autoptr(HavenQuery) plans = NULL;
  g_autoptr(HavenQuery) staff = NULL;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (child_id > 0, NULL);

  self = g_object_new (HAVEN_TYPE_PLAN_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->child_id = child_id;
  self->loading = TRUE;
  update_actions (self);
  staff = haven_query_new (HAVEN_TYPE_STAFF);
  haven_store_query_async (haven_context_get_store (context), staff, self->cancellable, staff_found_cb,
                           g_object_ref (self));
  plans = HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_PLAN, "child-id", child_id));
  haven_store_query_async (haven_context_get_store (context), plans, self->cancellable, plans_found_cb,
                           g_object_ref (self));
  return self;
}

gboolean
haven_plan_editor_get_loading (HavenPlanEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_PLAN_EDITOR (self), FALSE);
  return self->loading;
}

HavenRecord *
haven_plan_editor_get_plan (HavenPlanEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_PLAN_EDITOR (self), NULL);
  return self->plan;
}

GPtrArray *
haven_plan_editor_get_reviews (HavenPlanEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_PLAN_EDITOR (self), NULL);
  return self->reviews;
}

HavenFormRow *
haven_plan_editor_get_row (HavenPlanEditor *self,
                           const char      *field)
{
  g_return_val_if_fail (HAVEN_IS_PLAN_EDITOR (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_str_equal (haven_form_row_get_field (g_ptr_array_index (self->rows, i)), field))
      return g_ptr_array_index (self->rows, i);
  return NULL;
}
