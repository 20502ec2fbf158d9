/* haven-attendance-dialog.c: who took part in one occurrence of an activity
 *
 * The sheet comes from the store (haven_store_load_attendance_async()):
 * the children the occurrence concerns today, and any recorded before who
 * no longer are. Ticks go into the sheet's attendees; Save records them
 * all at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-attendance-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-attendance-dialog.h"
#include "haven-attendee.h"
#include "haven-store-activities.h"

struct _HavenAttendanceDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  AdwStatusPage        *error_page;
  GtkLabel             *summary_label;
  GtkDropDown          *class_drop_down;
  GtkListView          *list_view;

  /* Owned */
  HavenContext         *context;
  HavenAttendanceSheet *sheet;
  GListStore           *attendees;
  GArray               *class_ids;     /* gint64, parallel to the drop-down */
  GCancellable         *cancellable;
  char                 *original_date;
  char                 *summary;
  gint64                activity_id;
  gboolean              loading;
  gboolean              saving;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ACTIVITY_ID,
  PROP_ORIGINAL_DATE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenAttendanceDialog, haven_attendance_dialog, ADW_TYPE_WINDOW)

static void
update_summary (HavenAttendanceDialog *self)
{
  guint present = 0, concerned = 0;

  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  if (self->sheet == NULL)
    return;
  for (guint i = 0; i < self->sheet->attendees->len; i++)
    {
      HavenAttendee *a = g_ptr_array_index (self->sheet->attendees, i);

      present += haven_attendee_get_present (a);
      concerned += haven_attendee_get_concerned (a) || haven_attendee_get_present (a);
    }
  g_free (self->summary);
  if (concerned == 0)
    self->summary = g_strdup (self->sheet->type == HAVEN_ACTIVITY_BIRTHDAY_PARTY
                              ? _("No child on the roll has a birthday in this month.")
                              : _("No child on the roll is concerned."));
  else if (self->sheet->type == HAVEN_ACTIVITY_LETTER_HOME)
    /* Translators: for a letter home (亲情书信), who wrote one. */
    self->summary = g_strdup_printf (ngettext ("%u of %u child wrote the letter", "%u of %u children wrote the letter",
                                               concerned), present, concerned);
  else
    self->summary = g_strdup_printf (ngettext ("%u of %u child took part", "%u of %u children took part",
                                               concerned), present, concerned);
  gtk_label_set_label (self->summary_label, self->summary);
}

static void
attendee_notify_cb (HavenAttendanceDialog *self)
{
  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  update_summary (self);
}

/* The list */

/* A home visit or a family call is also a talk record of that kind, one
 * per child: the sheet opens it in one step. */
static const char *
talk_kind_of (HavenAttendanceDialog *self)
{
  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  if (self->sheet == NULL)
    return NULL;
  if (self->sheet->type == HAVEN_ACTIVITY_HOME_VISITS)
    return "home-visit";
  if (self->sheet->type == HAVEN_ACTIVITY_FAMILY_CALL)
    return "family-call";
  return NULL;
}

static void
record_clicked_cb (GtkButton             *button,
                   HavenAttendanceDialog *self)
{
  gint64 child_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "haven-child-id"));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  /* The window's action; this sheet is a window of its own. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-talk-of-kind", "(xs)", child_id, talk_kind_of (self));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenAttendanceDialog    *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), note);
  if (talk_kind_of (self) != NULL)
    {
      GtkWidget *record = gtk_button_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_add_css_class (record, "flat");
      /* Translators: records the home visit or phone call with this child. */
      gtk_widget_set_tooltip_text (record, _("Record the Talk"));
      g_signal_connect_object (record, "clicked", G_CALLBACK (record_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), record);
    }
  gtk_list_item_set_child (item, box);
  /* The check box takes the focus; the row speaks through it. */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenAttendanceDialog    *self)
{
  HavenAttendee *attendee = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *name = gtk_widget_get_next_sibling (check);
  GtkWidget *note = gtk_widget_get_next_sibling (name);
  g_autofree char *spoken = NULL;
  const char *note_text;
  GBinding *binding;

  gtk_label_set_label (GTK_LABEL (name), haven_attendee_get_name (attendee));
  /* Who no longer belongs to the occurrence (left, moved class) says so. */
  note_text = haven_attendee_get_concerned (attendee) ? haven_attendee_get_class_name (attendee)
                                                      : _("no longer concerned");
  gtk_label_set_label (GTK_LABEL (note), note_text);
  binding = g_object_bind_property (attendee, "present", check, "active",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "haven-binding", binding);
  /* Translators: a child on the attendance sheet, as a screen reader says it. */
  spoken = g_strdup_printf (_("%s, %s"), haven_attendee_get_name (attendee), note_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  if (gtk_widget_get_next_sibling (note) != NULL)
    {
      GtkWidget *record = gtk_widget_get_next_sibling (note);
      /* Translators: the button that records a talk with %s, a child. */
      g_autofree char *label = g_strdup_printf (_("Record the talk with %s"), haven_attendee_get_name (attendee));

      g_object_set_data (G_OBJECT (record), "haven-child-id", GSIZE_TO_POINTER (haven_attendee_get_child_id (attendee)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (record), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenAttendanceDialog    *self)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "haven-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* Loading */

static void
set_loading (HavenAttendanceDialog *self,
             gboolean               loading)
{
  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.save", !loading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
sheet_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenAttendanceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) classes = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GDate day;
  char date[64] = "";

  self->sheet = haven_store_load_attendance_finish (HAVEN_STORE (object), result, &error);
  if (self->sheet == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_loading (self, FALSE);
      return;
    }

  for (guint i = 0; i < self->sheet->attendees->len; i++)
    {
      HavenAttendee *a = g_ptr_array_index (self->sheet->attendees, i);
      gint64 class_id = haven_attendee_get_class_id (a);

      g_signal_connect_object (a, "notify::present", G_CALLBACK (attendee_notify_cb), self, G_CONNECT_SWAPPED);
      if (class_id != 0 && !g_hash_table_contains (seen, &class_id))
        {
          g_hash_table_add (seen, g_memdup2 (&class_id, sizeof class_id));
          g_array_append_val (self->class_ids, class_id);
          gtk_string_list_append (classes, haven_attendee_get_class_name (a));
        }
    }
  g_list_store_splice (self->attendees, 0, 0, self->sheet->attendees->pdata, self->sheet->attendees->len);
  gtk_drop_down_set_model (self->class_drop_down, G_LIST_MODEL (classes));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.mark-class", self->class_ids->len > 0);

  haven_date_parse_iso (self->sheet->date, &day);
  /* Translators: see strftime(3). */
  g_date_strftime (date, sizeof date, _("%A %e %B %Y"), &day);
  adw_window_title_set_title (self->window_title, self->sheet->title);
  adw_window_title_set_subtitle (self->window_title, g_strstrip (date));
  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, "sheet");
  set_loading (self, FALSE);
}

/* Actions */

static void
mark (HavenAttendanceDialog *self,
      gint64                 class_id,
      gboolean               present)
{
  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  if (self->sheet == NULL)
    return;
  for (guint i = 0; i < self->sheet->attendees->len; i++)
    {
      HavenAttendee *a = g_ptr_array_index (self->sheet->attendees, i);

      /* Marking in bulk is for who the occurrence concerns. */
      if (!haven_attendee_get_concerned (a) && present)
        continue;
      if (class_id == 0 || haven_attendee_get_class_id (a) == class_id)
        haven_attendee_set_present (a, present);
    }
}

static void
mark_class_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (widget);
  guint selected = gtk_drop_down_get_selected (self->class_drop_down);

  if (selected < self->class_ids->len)
    mark (self, g_array_index (self->class_ids, gint64, selected), TRUE);
}

static void
mark_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  mark (HAVEN_ATTENDANCE_DIALOG (widget), 0, TRUE);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  mark (HAVEN_ATTENDANCE_DIALOG (widget), 0, FALSE);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenAttendanceDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attendance.save", TRUE);
  if (!haven_store_save_attendance_finish (HAVEN_STORE (object), result, &error))
    {
      g_autofree char *text = NULL;
      g_autofree char *escaped = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The ticks stay: the person can try again. */
      text = g_strdup_printf (_("Who took part was not saved: %s"), error->message);
      escaped = g_markup_escape_text (text, -1);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", self->summary);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (widget);

  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  if (self->sheet == NULL || self->saving)
    return;
  self->saving = TRUE;
  gtk_widget_action_set_enabled (widget, "attendance.save", FALSE);
  haven_store_save_attendance_async (haven_context_get_store (self->context), self->sheet, self->cancellable,
                                     saved_cb, g_object_ref (self));
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
haven_attendance_dialog_constructed (GObject *object)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (object);

  G_OBJECT_CLASS (haven_attendance_dialog_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));
  set_loading (self, TRUE);
  haven_store_load_attendance_async (haven_context_get_store (self->context), self->activity_id, self->original_date,
                                     self->cancellable, sheet_loaded_cb, g_object_ref (self));
}

static void
haven_attendance_dialog_dispose (GObject *object)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_ATTENDANCE_DIALOG);
  g_clear_object (&self->attendees);
  g_clear_pointer (&self->sheet, haven_attendance_sheet_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_attendance_dialog_parent_class)->dispose (object);
}

static void
haven_attendance_dialog_finalize (GObject *object)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_array_unref (self->class_ids);
  g_free (self->original_date);
  g_free (self->summary);

  G_OBJECT_CLASS (haven_attendance_dialog_parent_class)->finalize (object);
}

static void
haven_attendance_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_ACTIVITY_ID:
      g_value_set_int64 (value, self->activity_id);
      break;
    case PROP_ORIGINAL_DATE:
      g_value_set_string (value, self->original_date);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_attendance_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HavenAttendanceDialog *self = HAVEN_ATTENDANCE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_ACTIVITY_ID:
      self->activity_id = g_value_get_int64 (value);
      break;
    case PROP_ORIGINAL_DATE:
      g_free (self->original_date);
      self->original_date = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_attendance_dialog_class_init (HavenAttendanceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = haven_attendance_dialog_constructed;
  object_class->dispose = haven_attendance_dialog_dispose;
  object_class->finalize = haven_attendance_dialog_finalize;
  object_class->get_property = haven_attendance_dialog_get_property;
  object_class->set_property = haven_attendance_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGINAL_DATE] =
    g_param_spec_string ("original-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-attendance-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, class_drop_down);
  gtk_widget_class_bind_template_child (widget_class, HavenAttendanceDialog, list_view);

  gtk_widget_class_install_action (widget_class, "attendance.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "attendance.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "attendance.mark-class", NULL, mark_class_action);
  gtk_widget_class_install_action (widget_class, "attendance.mark-all", NULL, mark_all_action);
  gtk_widget_class_install_action (widget_class, "attendance.clear", NULL, clear_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "attendance.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "attendance.cancel", NULL);
}

static void
haven_attendance_dialog_init (HavenAttendanceDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_ATTENDANCE_DIALOG (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->attendees = g_list_store_new (HAVEN_TYPE_ATTENDEE);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->attendees)))));
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

HavenAttendanceDialog *
haven_attendance_dialog_new (HavenContext *context,
                             gint64        activity_id,
                             const char   *original_date)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (activity_id > 0 && original_date != NULL, NULL);

  return g_object_new (HAVEN_TYPE_ATTENDANCE_DIALOG, "context", context, "activity-id", activity_id,
                       "original-date", original_date, NULL);
}

gboolean
haven_attendance_dialog_get_loading (HavenAttendanceDialog *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDANCE_DIALOG (self), FALSE);
  return self->loading;
}

GListModel *
haven_attendance_dialog_get_model (HavenAttendanceDialog *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDANCE_DIALOG (self), NULL);
  return G_LIST_MODEL (self->attendees);
}

const char *
haven_attendance_dialog_get_summary (HavenAttendanceDialog *self)
{
  g_return_val_if_fail (HAVEN_IS_ATTENDANCE_DIALOG (self), NULL);
  return self->summary;
}
