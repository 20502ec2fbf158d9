/* haven-mentor-dialog.c: adding or editing a mentor
 *
 * Staff members (linked to their staff row, and the class they teach),
 * parents of other pupils and pupils (linked to a file: a pupil's own, a
 * parent's child), outside volunteers; each with a phone and how many
 * children they carry at most. The model checks the fields
 * (haven-mentor.c) and only the headteacher saves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-mentor-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-form.h"
#include "haven-child.h"
#include "haven-child-query.h"
#include "haven-labels.h"
#include "haven-mentor.h"
#include "haven-mentor-dialog.h"
#include "haven-record-list.h"
#include "haven-record-rules.h"
#include "haven-staff.h"

struct _HavenMentorDialog
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkBox           *form_box;
  AdwComboRow      *staff_row;
  AdwActionRow     *link_row;
  GtkMenuButton    *link_button;
  GtkPopover       *link_popover;
  GtkSearchEntry   *link_search;
  GtkListView      *link_list;
  GtkWidget        *unlink_button;
  HavenFormRow     *class_row;

  /* Owned */
  HavenContext     *context;
  GCancellable     *cancellable;
  HavenRecord      *mentor;       /* the working copy */
  HavenChildQuery  *link_query;
  HavenRecordList  *link_children;
  GArray           *staff_ids;    /* gint64, parallel to staff_row's model after "none" */
  GPtrArray        *rows;         /* HavenFormRow, borrowed */
  char             *linked_name;
  gint64            mentor_id;
  guint             check_source;
  gboolean          saving;
  gboolean          filling;
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenMentorDialog, haven_mentor_dialog, ADW_TYPE_WINDOW)

/* The rows a kind of mentor has */

static void
update_kind (HavenMentorDialog *self)
{
  int kind = haven_record_get_int (self->mentor, HAVEN_MENTOR_KIND);
  gboolean linked = haven_record_get_ref (self->mentor, HAVEN_MENTOR_CHILD_ID) != 0;

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (self->staff_row), kind == HAVEN_MENTOR_KIND_TEACHER);
  gtk_widget_set_visible (GTK_WIDGET (self->class_row), kind == HAVEN_MENTOR_KIND_TEACHER);
  gtk_widget_set_visible (GTK_WIDGET (self->link_row),
                          kind == HAVEN_MENTOR_KIND_PEER || kind == HAVEN_MENTOR_KIND_CARING_PARENT);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->link_row),
                                 kind == HAVEN_MENTOR_KIND_PEER ? _("The pupil’s own file")
                                                                : _("Their own child at this school"));
  adw_action_row_set_subtitle (self->link_row, linked && self->linked_name != NULL ? self->linked_name
                                                : kind == HAVEN_MENTOR_KIND_PEER ? _("Not linked yet") : _("None"));
  gtk_widget_set_visible (self->unlink_button, linked);
}

static void
show_problems (HavenMentorDialog *self,
               gboolean           reveal)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const HavenProblem *problem;
  GDate today;

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  problems = haven_record_check (self->mentor, &today);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      if (reveal)
        haven_form_row_reveal (row);
      haven_form_row_set_problem (row, haven_problems_find (problems, haven_form_row_get_field (row)));
    }
  /* The links are not form rows: their warning is their subtitle. */
  problem = haven_problems_find (problems, "staff-id");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_row), problem != NULL ? problem->message : NULL);
  problem = haven_problems_find (problems, "child-id");
  if (problem != NULL && gtk_widget_get_visible (GTK_WIDGET (self->link_row)))
    adw_action_row_set_subtitle (self->link_row, problem->message);
}

static gboolean
check_cb (gpointer user_data)
{
  HavenMentorDialog *self = user_data;

  self->check_source = 0;
  update_kind (self);
  show_problems (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
mentor_notify_cb (HavenMentorDialog *self)
{
  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  if (self->check_source == 0)
    self->check_source = g_idle_add (check_cb, self);
}

/* Staff */

static void
staff_selected_cb (HavenMentorDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);
  gint64 staff_id = 0;

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  if (self->filling || self->mentor == NULL || self->staff_ids == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->staff_ids->len)
    staff_id = g_array_index (self->staff_ids, gint64, selected - 1);
  haven_record_set_ref (self->mentor, HAVEN_MENTOR_STAFF_ID, staff_id);

  /* A new teacher mentor is that member of staff: their name comes too. */
  if (staff_id != 0 && haven_rules_is_blank (self->mentor, HAVEN_MENTOR_NAME))
    {
      GtkStringObject *item = g_list_model_get_item (adw_combo_row_get_model (self->staff_row), selected);
      g_autofree char *label = g_strdup (gtk_string_object_get_string (item));
      char *paren = strstr (label, " (");

      if (paren != NULL)
        *paren = '\0';
      haven_record_set_string (self->mentor, HAVEN_MENTOR_NAME, label);
      g_object_unref (item);
    }
}

static void
staff_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenMentorDialog) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  staff = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }

  gtk_string_list_append (names, _("Not one of the staff"));
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
      if (self->mentor != NULL && id == haven_record_get_ref (self->mentor, HAVEN_MENTOR_STAFF_ID))
        selected = i + 1;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->staff_row, selected);
  self->filling = FALSE;
}

static void
staff_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenMentorDialog) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
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

/* The linked file */

void
haven_mentor_dialog_link_child (HavenMentorDialog *self,
                                gint64             child_id,
                                const char        *name)
{
  g_return_if_fail (HAVEN_IS_MENTOR_DIALOG (self));

  g_free (self->linked_name);
  self->linked_name = g_strdup (name);
  haven_record_set_ref (self->mentor, HAVEN_MENTOR_CHILD_ID, child_id);
  /* A pupil mentor is that pupil. */
  if (child_id != 0 && haven_record_get_int (self->mentor, HAVEN_MENTOR_KIND) == HAVEN_MENTOR_KIND_PEER
      && haven_rules_is_blank (self->mentor, HAVEN_MENTOR_NAME))
    haven_record_set_string (self->mentor, HAVEN_MENTOR_NAME, name);
  update_kind (self);
}

static void
link_row_update (GtkListItem *item)
{
  HavenRecord *child = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  if (child == NULL || !haven_record_get_loaded (child))
    {
      gtk_label_set_label (label, "");
      return;
    }
  text = g_strdup_printf ("%s · %s", haven_record_get_string (child, HAVEN_CHILD_NAME),
                          haven_record_get_string (child, HAVEN_CHILD_CLASS_NAME));
  gtk_label_set_label (label, text);
}

static void
link_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HavenMentorDialog        *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
link_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HavenMentorDialog        *self)
{
  HavenRecord *child = gtk_list_item_get_item (item);

  g_signal_connect_object (child, "notify::loaded", G_CALLBACK (link_row_update), item, G_CONNECT_SWAPPED);
  haven_record_list_want (self->link_children, child);
  link_row_update (item);
}

static void
link_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HavenMentorDialog        *self)
{
  HavenRecord *child = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (child, link_row_update, item);
  haven_record_list_unwant (self->link_children, child);
}

static void
link_search_changed_cb (HavenMentorDialog *self)
{
  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  haven_query_set_search (HAVEN_QUERY (self->link_query), gtk_editable_get_text (GTK_EDITABLE (self->link_search)));
}

static void
link_activated_cb (HavenMentorDialog *self,
                   guint              position,
                   GtkListView       *view)
{
  g_autoptr(HavenRecord) child = g_list_model_get_item (G_LIST_MODEL (self->link_children), position);

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  if (child == NULL || !haven_record_get_loaded (child))
    return;
  haven_mentor_dialog_link_child (self, haven_record_get_id (child), haven_record_get_string (child, HAVEN_CHILD_NAME));
  gtk_popover_popdown (self->link_popover);
}

static void
unlink_clicked_cb (HavenMentorDialog *self)
{
  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  haven_mentor_dialog_link_child (self, 0, NULL);
}

/* Loading and saving */

static void
show_mentor (HavenMentorDialog *self,
             HavenRecord       *mentor)
{
  g_autoptr(HavenQuery) staff = haven_query_new (HAVEN_TYPE_STAFF);

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  g_clear_object (&self->mentor);
  self->mentor = haven_record_dup (mentor);
  g_free (self->linked_name);
  self->linked_name = g_strdup (haven_record_get_string (mentor, HAVEN_MENTOR_CHILD_NAME));
  g_signal_connect_object (self->mentor, "notify", G_CALLBACK (mentor_notify_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < self->rows->len; i++)
    {
      HavenFormRow *row = g_ptr_array_index (self->rows, i);

      haven_form_row_set_context (row, self->context);
      haven_form_row_set_record (row, self->mentor);
      if (GTK_IS_ENTRY (haven_form_row_get_editor (row)))
        gtk_entry_set_activates_default (GTK_ENTRY (haven_form_row_get_editor (row)), TRUE);
    }
  adw_window_title_set_title (self->window_title, self->mentor_id == 0 ? _("New Mentor")
                              : haven_record_get_string (mentor, HAVEN_MENTOR_NAME));
  update_kind (self);
  haven_store_query_async (haven_context_get_store (self->context), staff, self->cancellable, staff_found_cb,
                           g_object_ref (self));
  gtk_widget_grab_focus (haven_form_row_get_editor (g_ptr_array_index (self->rows, 0)));
}

static void
mentor_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenMentorDialog) self = user_data;
  g_autoptr(HavenRecord) mentor = NULL;
  g_autoptr(GError) error = NULL;

  mentor = haven_store_load_finish (HAVEN_STORE (object), result, &error);
  if (mentor == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        haven_form_toast (self->toast_overlay, error->message, 0);
      return;
    }
  show_mentor (self, mentor);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenMentorDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id;

  self->saving = FALSE;
  id = haven_store_save_finish (HAVEN_STORE (object), result, &error);
  if (id == 0)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Everything typed stays. */
      text = g_strdup_printf (_("The mentor was not saved: %s"), error->message);
      haven_form_toast (self->toast_overlay, text, 0);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id, self->mentor_id == 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenMentorDialog *self = HAVEN_MENTOR_DIALOG (widget);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const HavenProblem *problem;
  GDate today;

  if (self->mentor == NULL || self->saving)
    return;
  show_problems (self, TRUE);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  problems = haven_record_check (self->mentor, &today);
  problem = haven_problems_first_error (problems);
  if (problem != NULL)
    {
      haven_form_toast (self->toast_overlay, problem->message, 5);
      return;
    }
  self->saving = TRUE;
  haven_store_save_async (haven_context_get_store (self->context), self->mentor, self->cancellable,
                          saved_cb, g_object_ref (self));
}

/* GObject */

static void
haven_mentor_dialog_dispose (GObject *object)
{
  HavenMentorDialog *self = HAVEN_MENTOR_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  /* The rows give their children back while the list is there. */
  if (self->link_list != NULL)
    gtk_list_view_set_model (self->link_list, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_MENTOR_DIALOG);
  g_clear_object (&self->link_children);
  g_clear_object (&self->link_query);
  g_clear_object (&self->mentor);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_mentor_dialog_parent_class)->dispose (object);
}

static void
haven_mentor_dialog_finalize (GObject *object)
{
  HavenMentorDialog *self = HAVEN_MENTOR_DIALOG (object);

  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_free (self->linked_name);

  G_OBJECT_CLASS (haven_mentor_dialog_parent_class)->finalize (object);
}

static void
haven_mentor_dialog_class_init (HavenMentorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_mentor_dialog_dispose;
  object_class->finalize = haven_mentor_dialog_finalize;

  /**
   * HavenMentorDialog::saved:
   * @mentor_id: the mentor saved
   * @created: whether the mentor is new
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  g_type_ensure (HAVEN_TYPE_FORM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-mentor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, staff_row);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, link_button);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, link_popover);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, link_search);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, link_list);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, unlink_button);
  gtk_widget_class_bind_template_child (widget_class, HavenMentorDialog, class_row);
  gtk_widget_class_bind_template_callback (widget_class, staff_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unlink_clicked_cb);

  gtk_widget_class_install_action (widget_class, "mentor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "mentor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
haven_mentor_dialog_init (HavenMentorDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_MENTOR_DIALOG (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->rows = g_ptr_array_new ();
  haven_form_collect_rows (GTK_WIDGET (self->form_box), self->rows);

  g_signal_connect (factory, "setup", G_CALLBACK (link_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (link_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (link_unbind_cb), self);
  gtk_list_view_set_factory (self->link_list, factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose the file"), -1);
}

GtkWidget *
haven_mentor_dialog_new (HavenContext *context,
                         gint64        mentor_id)
{
  HavenMentorDialog *self;
  HavenStore *store;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_MENTOR_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->mentor_id = mentor_id;
  store = haven_context_get_store (context);

  self->link_query = haven_child_query_new ();
  self->link_children = haven_record_list_new (store, HAVEN_QUERY (self->link_query));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->link_children)));
  gtk_list_view_set_model (self->link_list, GTK_SELECTION_MODEL (selection));

  if (mentor_id == 0)
    {
      g_autoptr(HavenMentor) mentor = haven_mentor_new ();
      show_mentor (self, HAVEN_RECORD (mentor));
    }
  else
    haven_store_load_async (store, HAVEN_TYPE_MENTOR, mentor_id, self->cancellable, mentor_loaded_cb,
                            g_object_ref (self));
  return GTK_WIDGET (self);
}

HavenFormRow *
haven_mentor_dialog_get_row (HavenMentorDialog *self,
                             const char        *field)
{
  g_return_val_if_fail (HAVEN_IS_MENTOR_DIALOG (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_str_equal (haven_form_row_get_field (g_ptr_array_index (self->rows, i)), field))
      return g_ptr_array_index (self->rows, i);
  return NULL;
}
