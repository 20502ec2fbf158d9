/* haven-form-row.c: one field of a record, on a form
 *
 * The row reads its field's metadata and makes the editor that fits it:
 * an entry for text, a date entry with a calendar, a number entry, a
 * drop-down of the enum's labels (or a row of buttons, for a short scale),
 * a check box per flag, a switch, a text view for long notes, the class
 * picker for a class, the child chooser for a child. A binding group keeps the editor and the
 * record's property in step, both ways; the model's checker message shows
 * under the editor, and the editor is marked invalid for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-form-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-child.h"
#include "haven-child-chooser.h"
#include "haven-class-picker.h"
#include "haven-form-row.h"
#include "haven-labels.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-staff-picker.h"
#include "haven-validate.h"

struct _HavenFormRow
{
  AdwPreferencesRow  parent_instance;

  /* Template widgets */
  GtkBox            *line;
  GtkLabel          *title_label;
  GtkBox            *editor_box;
  GtkLabel          *message_label;

  /* Owned */
  GBindingGroup     *bindings;
  GSignalGroup      *signals;     /* the record's notify of a flags or button field */
  GPtrArray         *toggles;     /* GtkToggleButton/GtkCheckButton per value, borrowed */
  HavenRecord       *record;
  HavenContext      *context;
  HavenProblem      *problem;
  char              *field;
  char              *part;
  char              *placeholder;

  /* Borrowed: the editor inside editor_box */
  GtkWidget         *editor;
  GType              editor_for;   /* the record type the editor was made for */
  gboolean           multiline;
  gboolean           with_time;
  gboolean           inline_choices;
  gboolean           syncing;
  gboolean           touched;
};

enum {
  PROP_0,
  PROP_FIELD,
  PROP_PART,
  PROP_RECORD,
  PROP_CONTEXT,
  PROP_MULTILINE,
  PROP_INLINE_CHOICES,
  PROP_PLACEHOLDER,
  PROP_WITH_TIME,
  PROP_TOUCHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenFormRow, haven_form_row, ADW_TYPE_PREFERENCES_ROW)

static const HavenField *
field_info (HavenFormRow *self,
            GType         type)
{
  HavenRecordClass *klass = g_type_class_peek (type);
  int index;

  if (self->field == NULL || klass == NULL)
    return NULL;
  index = haven_record_class_find_field (klass, self->field);
  g_return_val_if_fail (index >= 0, NULL);
  return haven_record_class_get_field (klass, index);
}

/* Transforms between the record's value and the editor's */

static gboolean
int_to_text (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      data)
{
  int value = g_value_get_int (from);

  /* 0 is "not given"; -1 is what the row made of text that is no number,
   * which the entry still shows as typed. */
  if (value < 0)
    return FALSE;
  g_value_take_string (to, value == 0 ? g_strdup ("") : g_strdup_printf ("%d", value));
  return TRUE;
}

static gboolean
text_to_int (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      data)
{
  g_autofree char *text = g_strstrip (g_strdup (g_value_get_string (from)));
  guint64 value = 0;

  if (*text == '\0')
    g_value_set_int (to, 0);
  else if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &value, NULL))
    g_value_set_int (to, (int) value);
  else
    g_value_set_int (to, -1);
  return TRUE;
}

static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}

/* Editors */

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          GtkEntry    *entry)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER)));
}

static void
calendar_shown_cb (GtkPopover *popover,
                   GtkEntry   *entry)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GDate date;

  /* Open on the date typed, if it is one. */
  if (haven_validate_date (gtk_editable_get_text (GTK_EDITABLE (entry)), &date, NULL))
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                         g_date_get_day (&date), 0, 0, 0);
      gtk_calendar_select_day (calendar, when);
    }
}

static GtkWidget *
make_date_editor (HavenFormRow *self,
                  GtkWidget   **value_widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_assert (HAVEN_IS_FORM_ROW (self));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_hexpand (entry, TRUE);
  /* Translators: the form a date is typed in; keep the digits' order. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a Date"), -1);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), entry, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (calendar_shown_cb), entry, 0);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), button);

  *value_widget = entry;
  return box;
}

/* A day and a time as one text, "YYYY-MM-DD HH:MM" (an activity's start):
 * the date editor and a time entry beside it, each showing its part. */
static gboolean
day_of_text (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      data)
{
  const char *text = g_value_get_string (from);
  const char *space = text != NULL ? strchr (text, ' ') : NULL;

  g_value_take_string (to, space != NULL ? g_strndup (text, space - text) : g_strdup (text != NULL ? text : ""));
  return TRUE;
}

static gboolean
time_of_text (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      data)
{
  const char *text = g_value_get_string (from);
  const char *space = text != NULL ? strchr (text, ' ') : NULL;

  g_value_set_string (to, space != NULL ? space + 1 : "");
  return TRUE;
}

/* Either entry typed into: the two parts make the text again. */
static gboolean
text_of_day (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      data)
{
  GtkEditable *time = data;
  const char *day = g_value_get_string (from);
  g_autofree char *clock = g_strstrip (g_strdup (gtk_editable_get_text (time)));

  g_value_take_string (to, *clock != '\0' ? g_strconcat (day, " ", clock, NULL) : g_strdup (day));
  return TRUE;
}

static gboolean
text_of_time (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      data)
{
  GtkEditable *day = data;
  g_autofree char *clock = g_strstrip (g_strdup (g_value_get_string (from)));

  g_value_take_string (to, *clock != '\0' ? g_strconcat (gtk_editable_get_text (day), " ", clock, NULL)
                                          : g_strdup (gtk_editable_get_text (day)));
  return TRUE;
}

static GtkWidget *
make_day_and_time_editor (HavenFormRow *self,
                          GtkWidget   **value_widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *day = make_date_editor (self, value_widget);
  GtkWidget *time = gtk_entry_new ();

  g_assert (HAVEN_IS_FORM_ROW (self));

  gtk_widget_set_hexpand (day, TRUE);
  /* Translators: the form a time is typed in. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (time), _("HH:MM"));
  gtk_entry_set_input_purpose (GTK_ENTRY (time), GTK_INPUT_PURPOSE_DIGITS);
  gtk_editable_set_width_chars (GTK_EDITABLE (time), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (time), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time"), -1);
  gtk_box_append (GTK_BOX (box), day);
  gtk_box_append (GTK_BOX (box), time);

  g_binding_group_bind_full (self->bindings, self->field, *value_widget, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             day_of_text, text_of_day, time, NULL);
  g_binding_group_bind_full (self->bindings, self->field, time, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             time_of_text, text_of_time, *value_widget, NULL);
  g_object_set_data (G_OBJECT (box), "haven-time-entry", time);
  return box;
}

static GtkWidget *
make_choice_editor (GType enum_type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = haven_label_count (enum_type);
  GtkWidget *drop_down;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, haven_label_for (enum_type, i));
  drop_down = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (labels)), NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  return drop_down;
}

static GtkWidget *
make_text_view (GtkWidget **value_widget)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  *value_widget = view;
  return frame;
}

/* Flags and a row of buttons are kept in step by hand: one widget per
 * value, against one property. */

static guint
toggle_value (GtkWidget *toggle)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "haven-value"));
}

static void
sync_toggles_cb (HavenFormRow *self)
{
  const HavenField *field;
  int value;

  g_assert (HAVEN_IS_FORM_ROW (self));

  if (self->record == NULL || self->toggles == NULL)
    return;
  field = field_info (self, G_OBJECT_TYPE (self->record));
  value = haven_record_get_int (self->record, haven_record_class_find_field (HAVEN_RECORD_GET_CLASS (self->record),
                                                                            self->field));
  self->syncing = TRUE;
  for (guint i = 0; i < self->toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (self->toggles, i);
      gboolean active = field->kind == HAVEN_FIELD_FLAGS ? ((guint) value & toggle_value (toggle)) != 0
                                                        : (guint) value == toggle_value (toggle);

      if (GTK_IS_CHECK_BUTTON (toggle))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (toggle), active);
      else
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), active);
    }
  self->syncing = FALSE;
}

static void
toggled_cb (GtkWidget    *toggle,
            HavenFormRow *self)
{
  const HavenField *field;
  int index;

  g_assert (HAVEN_IS_FORM_ROW (self));

  if (self->syncing || self->record == NULL)
    return;
  field = field_info (self, G_OBJECT_TYPE (self->record));
  index = haven_record_class_find_field (HAVEN_RECORD_GET_CLASS (self->record), self->field);
  if (field->kind == HAVEN_FIELD_FLAGS)
    {
      guint value = 0;

      for (guint i = 0; i < self->toggles->len; i++)
        if (gtk_check_button_get_active (g_ptr_array_index (self->toggles, i)))
          value |= toggle_value (g_ptr_array_index (self->toggles, i));
      haven_record_set_int (self->record, index, (int) value);
    }
  else if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)))
    haven_record_set_int (self->record, index, (int) toggle_value (toggle));
}

static GtkWidget *
make_flags_editor (HavenFormRow *self,
                   GType         flags_type)
{
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (flags_type);
  GtkWidget *box = gtk_flow_box_new ();

  g_assert (HAVEN_IS_FORM_ROW (self));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), -1);
  for (guint i = 0; i < flags_class->n_values; i++)
    {
      guint value = flags_class->values[i].value;
      const char *label = haven_label_for_flag (flags_type, value);
      GtkWidget *check;

      if (value == 0 || *label == '\0')
        continue;
      check = gtk_check_button_new_with_label (label);
      g_object_set_data (G_OBJECT (check), "haven-value", GUINT_TO_POINTER (value));
      g_signal_connect_object (check, "toggled", G_CALLBACK (toggled_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (box), check);
      g_ptr_array_add (self->toggles, check);
    }
  return box;
}

/* Linked buttons, one per value; the first value ("not given") has none,
 * so no button lit says it is not given. */
static GtkWidget *
make_buttons_editor (HavenFormRow *self,
                     GType         enum_type)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  guint n = haven_label_count (enum_type);
  GtkToggleButton *group = NULL;

  g_assert (HAVEN_IS_FORM_ROW (self));

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), -1);
  for (guint i = 1; i < n; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (haven_label_for (enum_type, i));

      g_object_set_data (G_OBJECT (button), "haven-value", GUINT_TO_POINTER (i));
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (box), button);
      g_ptr_array_add (self->toggles, button);
    }
  return box;
}

static void
follow_toggles (HavenFormRow *self)
{
  g_autofree char *signal = g_strconcat ("notify::", self->field, NULL);

  g_assert (HAVEN_IS_FORM_ROW (self));

  self->signals = g_signal_group_new (HAVEN_TYPE_RECORD);
  g_signal_group_connect_swapped (self->signals, signal, G_CALLBACK (sync_toggles_cb), self);
  g_signal_group_set_target (self->signals, self->record);
}

static void
editor_left_cb (HavenFormRow *self)
{
  g_assert (HAVEN_IS_FORM_ROW (self));

  if (self->touched)
    return;
  self->touched = TRUE;
  haven_form_row_set_problem (self, self->problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHED]);
}

/* Makes the editor for the field of type, and binds it. */
static void
build_editor (HavenFormRow *self,
              GType         type)
{
  const HavenField *field = field_info (self, type);
  GtkWidget *widget = NULL;
  GtkWidget *value_widget = NULL;
  GtkEventController *focus;

  g_assert (HAVEN_IS_FORM_ROW (self));

  if (field == NULL || self->editor_for == type)
    return;

  if (self->editor != NULL)
    {
      GtkWidget *top = self->editor;

      while (gtk_widget_get_parent (top) != GTK_WIDGET (self->editor_box))
        top = gtk_widget_get_parent (top);
      gtk_box_remove (self->editor_box, top);
    }
  self->editor = NULL;
  self->editor_for = type;
  g_clear_pointer (&self->toggles, g_ptr_array_unref);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->signals);

  switch (field->kind)
    {
    case HAVEN_FIELD_TEXT:
      if (self->with_time)
        widget = make_day_and_time_editor (self, &value_widget);
      else if (self->multiline)
        {
          widget = make_text_view (&value_widget);
          g_binding_group_bind (self->bindings, self->field,
                                gtk_text_view_get_buffer (GTK_TEXT_VIEW (value_widget)), "text",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
        }
      else
        {
          widget = value_widget = gtk_entry_new ();
          g_binding_group_bind (self->bindings, self->field, widget, "text",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
        }
      break;
    case HAVEN_FIELD_DATE:
      widget = make_date_editor (self, &value_widget);
      g_binding_group_bind (self->bindings, self->field, value_widget, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      break;
    case HAVEN_FIELD_INTEGER:
      widget = value_widget = gtk_entry_new ();
      gtk_entry_set_input_purpose (GTK_ENTRY (widget), GTK_INPUT_PURPOSE_DIGITS);
      g_binding_group_bind_full (self->bindings, self->field, widget, "text",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 int_to_text, text_to_int, NULL, NULL);
      break;
    case HAVEN_FIELD_ENUM:
      if (self->inline_choices)
        {
          self->toggles = g_ptr_array_new ();
          widget = value_widget = make_buttons_editor (self, field->get_type ());
          follow_toggles (self);
          break;
        }
      widget = value_widget = make_choice_editor (field->get_type ());
      g_binding_group_bind_full (self->bindings, self->field, widget, "selected",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 enum_to_position, position_to_enum, NULL, NULL);
      break;
    case HAVEN_FIELD_FLAGS:
      self->toggles = g_ptr_array_new ();
      widget = value_widget = make_flags_editor (self, field->get_type ());
      follow_toggles (self);
      break;
    case HAVEN_FIELD_BOOL:
      widget = value_widget = gtk_switch_new ();
      gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
      gtk_widget_set_halign (widget, GTK_ALIGN_END);
      g_binding_group_bind (self->bindings, self->field, widget, "active",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      break;
    case HAVEN_FIELD_REF:
      if (field->get_type () == HAVEN_TYPE_STAFF)
        {
          widget = haven_staff_picker_new ();
          value_widget = haven_staff_picker_get_drop_down (HAVEN_STAFF_PICKER (widget));
          haven_staff_picker_set_context (HAVEN_STAFF_PICKER (widget), self->context);
          g_binding_group_bind (self->bindings, self->field, widget, "staff-id",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          break;
        }
      if (field->get_type () == HAVEN_TYPE_CHILD)
        {
          widget = haven_child_chooser_new ();
          value_widget = haven_child_chooser_get_entry (HAVEN_CHILD_CHOOSER (widget));
          haven_child_chooser_set_context (HAVEN_CHILD_CHOOSER (widget), self->context);
          g_binding_group_bind (self->bindings, self->field, widget, "child-id",
                                G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          break;
        }
      g_return_if_fail (field->get_type () == HAVEN_TYPE_SCHOOL_CLASS);
      widget = haven_class_picker_new ();
      value_widget = haven_class_picker_get_drop_down (HAVEN_CLASS_PICKER (widget));
      haven_class_picker_set_context (HAVEN_CLASS_PICKER (widget), self->context);
      g_binding_group_bind (self->bindings, self->field, widget, "class-id",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      break;
    case HAVEN_FIELD_BLOB:
    default:
      g_critical ("No form editor for the field %s", self->field);
      return;
    }

  if (GTK_IS_ENTRY (value_widget) && self->placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (value_widget), self->placeholder);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_box_append (self->editor_box, widget);
  self->editor = value_widget;

  /* A screen reader says the field's title and what is wrong with it. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_widget),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value_widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (editor_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (value_widget, focus);
  if (g_object_get_data (G_OBJECT (widget), "haven-time-entry") != NULL)
    {
      focus = gtk_event_controller_focus_new ();
      g_signal_connect_object (focus, "leave", G_CALLBACK (editor_left_cb), self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (g_object_get_data (G_OBJECT (widget), "haven-time-entry"), focus);
    }

  if (self->multiline)
    {
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->line), GTK_ORIENTATION_VERTICAL);
      gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), FALSE);
    }
}

/* GObject */

static void
haven_form_row_dispose (GObject *object)
{
  HavenFormRow *self = HAVEN_FORM_ROW (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  g_clear_object (&self->record);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_FORM_ROW);

  G_OBJECT_CLASS (haven_form_row_parent_class)->dispose (object);
}

static void
haven_form_row_finalize (GObject *object)
{
  HavenFormRow *self = HAVEN_FORM_ROW (object);

  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  g_clear_pointer (&self->toggles, g_ptr_array_unref);
  g_clear_pointer (&self->problem, haven_problem_free);
  g_free (self->field);
  g_free (self->part);
  g_free (self->placeholder);

  G_OBJECT_CLASS (haven_form_row_parent_class)->finalize (object);
}

static void
haven_form_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HavenFormRow *self = HAVEN_FORM_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_PART:
      g_value_set_string (value, self->part);
      break;
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_MULTILINE:
      g_value_set_boolean (value, self->multiline);
      break;
    case PROP_INLINE_CHOICES:
      g_value_set_boolean (value, self->inline_choices);
      break;
    case PROP_PLACEHOLDER:
      g_value_set_string (value, self->placeholder);
      break;
    case PROP_WITH_TIME:
      g_value_set_boolean (value, self->with_time);
      break;
    case PROP_TOUCHED:
      g_value_set_boolean (value, self->touched);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_form_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HavenFormRow *self = HAVEN_FORM_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_free (self->field);
      self->field = g_value_dup_string (value);
      break;
    case PROP_PART:
      g_free (self->part);
      self->part = g_value_dup_string (value);
      break;
    case PROP_RECORD:
      haven_form_row_set_record (self, g_value_get_object (value));
      break;
    case PROP_CONTEXT:
      haven_form_row_set_context (self, g_value_get_object (value));
      break;
    case PROP_MULTILINE:
      self->multiline = g_value_get_boolean (value);
      break;
    case PROP_INLINE_CHOICES:
      self->inline_choices = g_value_get_boolean (value);
      break;
    case PROP_PLACEHOLDER:
      g_free (self->placeholder);
      self->placeholder = g_value_dup_string (value);
      break;
    case PROP_WITH_TIME:
      self->with_time = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_form_row_class_init (HavenFormRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = haven_form_row_dispose;
  object_class->finalize = haven_form_row_finalize;
  object_class->get_property = haven_form_row_get_property;
  object_class->set_property = haven_form_row_set_property;

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* On a form over several records (a child's file), which one. */
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] = g_param_spec_object ("record", NULL, NULL, HAVEN_TYPE_RECORD, flags);
  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT, flags);
  properties[PROP_MULTILINE] =
    g_param_spec_boolean ("multiline", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An enum shown as a row of linked buttons (a 5-step scale), not a
   * drop-down. */
  properties[PROP_INLINE_CHOICES] =
    g_param_spec_boolean ("inline-choices", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACEHOLDER] =
    g_param_spec_string ("placeholder", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A text field holding a day and a time, "YYYY-MM-DD HH:MM". */
  properties[PROP_WITH_TIME] =
    g_param_spec_boolean ("with-time", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOUCHED] =
    g_param_spec_boolean ("touched", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-form-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenFormRow, line);
  gtk_widget_class_bind_template_child (widget_class, HavenFormRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HavenFormRow, editor_box);
  gtk_widget_class_bind_template_child (widget_class, HavenFormRow, message_label);
}

static void
haven_form_row_init (HavenFormRow *self)
{
  g_assert (HAVEN_IS_FORM_ROW (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_object_bind_property (self, "title", self->title_label, "label", G_BINDING_SYNC_CREATE);
}

GtkWidget *
haven_form_row_new (void)
{
  return g_object_new (HAVEN_TYPE_FORM_ROW, NULL);
}

HavenRecord *
haven_form_row_get_record (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);
  return self->record;
}

void
haven_form_row_set_record (HavenFormRow *self,
                           HavenRecord  *record)
{
  g_return_if_fail (HAVEN_IS_FORM_ROW (self));
  g_return_if_fail (record == NULL || HAVEN_IS_RECORD (record));

  if (!g_set_object (&self->record, record))
    return;
  if (record != NULL)
    build_editor (self, G_OBJECT_TYPE (record));
  g_binding_group_set_source (self->bindings, record);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, record);
  sync_toggles_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

const char *
haven_form_row_get_field (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);
  return self->field;
}

const char *
haven_form_row_get_part (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);
  return self->part;
}

char *
haven_form_row_dup_key (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);

  if (self->part == NULL)
    return g_strdup (self->field);
  return g_strconcat (self->part, ".", self->field, NULL);
}

void
haven_form_row_set_context (HavenFormRow *self,
                            HavenContext *context)
{
  g_return_if_fail (HAVEN_IS_FORM_ROW (self));

  if (!g_set_object (&self->context, context))
    return;
  if (self->editor != NULL)
    {
      GtkWidget *picker = gtk_widget_get_ancestor (self->editor, HAVEN_TYPE_CLASS_PICKER);
      GtkWidget *staff = gtk_widget_get_ancestor (self->editor, HAVEN_TYPE_STAFF_PICKER);
      GtkWidget *chooser = gtk_widget_get_ancestor (self->editor, HAVEN_TYPE_CHILD_CHOOSER);

      if (picker != NULL)
        haven_class_picker_set_context (HAVEN_CLASS_PICKER (picker), context);
      if (staff != NULL)
        haven_staff_picker_set_context (HAVEN_STAFF_PICKER (staff), context);
      if (chooser != NULL)
        haven_child_chooser_set_context (HAVEN_CHILD_CHOOSER (chooser), context);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
haven_form_row_set_problem (HavenFormRow       *self,
                            const HavenProblem *problem)
{
  GtkWidget *row;
  GtkWidget *label;
  gboolean shown;

  g_return_if_fail (HAVEN_IS_FORM_ROW (self));

  if (problem != self->problem)
    {
      HavenProblem *copy = problem != NULL ? haven_problem_copy (problem) : NULL;

      g_clear_pointer (&self->problem, haven_problem_free);
      self->problem = copy;
    }

  /* A new form does not open full of errors: only a visited field says. */
  shown = self->problem != NULL && self->touched;
  row = GTK_WIDGET (self);
  label = GTK_WIDGET (self->message_label);
  gtk_label_set_text (self->message_label, shown ? self->problem->message : "");
  gtk_widget_set_visible (label, shown);
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (row, "warning");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (shown)
    {
      const char *css = self->problem->severity == HAVEN_SEVERITY_ERROR ? "error" : "warning";

      gtk_widget_add_css_class (row, css);
      gtk_widget_add_css_class (label, css);
    }

  if (self->editor == NULL)
    return;
  if (shown && self->problem->severity == HAVEN_SEVERITY_ERROR)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->editor),
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_STATE_INVALID);
  if (shown)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->problem->message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const HavenProblem *
haven_form_row_get_problem (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);
  return self->problem;
}

void
haven_form_row_reveal (HavenFormRow *self)
{
  g_return_if_fail (HAVEN_IS_FORM_ROW (self));
  editor_left_cb (self);
}

gboolean
haven_form_row_get_touched (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), FALSE);
  return self->touched;
}

GtkWidget *
haven_form_row_get_editor (HavenFormRow *self)
{
  g_return_val_if_fail (HAVEN_IS_FORM_ROW (self), NULL);
  return self->editor;
}
