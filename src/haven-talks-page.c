/* haven-talks-page.c: the talk records (谈心记录) and what is due
 *
 * Two modes: the records, filtered by class, who talked, kind, dates and
 * follow-ups due and searched by the child, the teacher or the words of a
 * record (the model keeps confidential words out of others' searches);
 * and what is due (haven-due-list.c). A row opens its record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talks-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-class-picker.h"
#include "haven-due-list.h"
#include "haven-labels.h"
#include "haven-record-list-view.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-talks-page.h"
#include "haven-validate.h"

struct _HavenTalksPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *mode_stack;
  HavenClassPicker    *class_picker;
  GtkDropDown         *teacher_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkEntry            *from_entry;
  GtkEntry            *to_entry;
  GtkToggleButton     *follow_up_toggle;
  HavenRecordListView *list_view;
  HavenDueList        *due_list;

  /* Owned */
  HavenContext        *context;
  HavenTalkQuery      *query;
  GArray              *staff_ids;     /* gint64, parallel to the teacher drop-down after its first entry */
  GCancellable        *cancellable;
  gboolean             presetting;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows of the Talks list loaded at a time. */
#define TALKS_PAGE_SIZE 200

G_DEFINE_FINAL_TYPE (HavenTalksPage, haven_talks_page, GTK_TYPE_WIDGET)

static void
describe_talk (HavenRecord  *r,
               HavenRowText *text)
{
  g_autofree char *topics = haven_label_topics (haven_record_get_int (r, HAVEN_TALK_TOPICS));
  const char *kind = haven_label_talk_kind (haven_record_get_int (r, HAVEN_TALK_KIND));
  const char *talker = haven_record_get_string (r, HAVEN_TALK_TALKER);
  const char *class_name = haven_record_get_string (r, HAVEN_TALK_CLASS_NAME);

  text->title = *class_name != '\0'
                ? g_strdup_printf ("%s · %s", haven_record_get_string (r, HAVEN_TALK_CHILD_NAME), class_name)
                : g_strdup (haven_record_get_string (r, HAVEN_TALK_CHILD_NAME));
  /* A list never holds what was said: a confidential talk shows only that
   * it exists. */
  if (haven_record_get_int (r, HAVEN_TALK_CONFIDENTIAL))
    text->subtitle = g_strdup_printf ("%s · %s · %s", kind, talker, _("Confidential"));
  else if (haven_record_get_int (r, HAVEN_TALK_KIND) == HAVEN_TALK_FAMILY_CALL)
    {
      int minutes = haven_record_get_int (r, HAVEN_TALK_MINUTES);
      g_autofree char *length = g_strdup_printf (ngettext ("%d minute", "%d minutes", minutes), minutes);

      text->subtitle = g_strdup_printf ("%s · %s · %s", kind,
                                        haven_label_call_with (haven_record_get_int (r, HAVEN_TALK_CALL_WITH)), length);
    }
  else if (*topics != '\0')
    text->subtitle = g_strdup_printf ("%s · %s · %s", kind, talker, topics);
  else
    text->subtitle = g_strdup_printf ("%s · %s", kind, talker);
  text->note = g_strdup (haven_record_get_string (r, HAVEN_TALK_DATE));
}

/* A row opens its record. */
static void
activated_cb (HavenTalksPage      *self,
              gint64               id,
              HavenRecordListView *view)
{
  g_assert (HAVEN_IS_TALKS_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-talk", "x", id);
}

/* Filters */

/* The day after text, for a range's open end ("to" is exclusive), or ""
 * when text is no date. */
static char *
day_after (const char *text)
{
  GDate date;
  char buffer[16];

  if (!haven_validate_date (text, &date, NULL))
    return g_strdup ("");
  g_date_add_days (&date, 1);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  return g_strdup (buffer);
}

static gboolean
mark_date (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean valid = *text == '\0' || haven_validate_date (text, NULL, NULL);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return valid;
}

static void
filters_changed_cb (HavenTalksPage *self)
{
  guint teacher, kind;
  const char *from;
  g_autofree char *to = NULL;

  g_assert (HAVEN_IS_TALKS_PAGE (self));

  if (self->query == NULL || self->presetting)
    return;

  teacher = gtk_drop_down_get_selected (self->teacher_dropdown);
  kind = gtk_drop_down_get_selected (self->kind_dropdown);
  /* A half-typed date waits until it is a date. */
  from = mark_date (self->from_entry) ? gtk_editable_get_text (GTK_EDITABLE (self->from_entry)) : "";
  to = mark_date (self->to_entry) ? day_after (gtk_editable_get_text (GTK_EDITABLE (self->to_entry))) : g_strdup ("");

  g_object_freeze_notify (G_OBJECT (self->query));
  haven_query_set_int_filter (HAVEN_QUERY (self->query), "class-id", haven_class_picker_get_class_id (self->class_picker));
  haven_query_set_int_filter (HAVEN_QUERY (self->query), "staff-id",
                              teacher > 0 && teacher != GTK_INVALID_LIST_POSITION && teacher - 1 < self->staff_ids->len
                              ? g_array_index (self->staff_ids, gint64, teacher - 1) : 0);
  haven_query_set_int_filter (HAVEN_QUERY (self->query), "kind",
                              kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1);
  haven_query_set_string_filter (HAVEN_QUERY (self->query), "from", haven_validate_date (from, NULL, NULL) ? from : "");
  haven_query_set_string_filter (HAVEN_QUERY (self->query), "to", to);
  haven_query_set_int_filter (HAVEN_QUERY (self->query), "follow-up-due",
                              gtk_toggle_button_get_active (self->follow_up_toggle));
  g_object_thaw_notify (G_OBJECT (self->query));
}

static void
staff_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenTalksPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  gtk_string_list_append (names, _("Anyone"));
  g_array_set_size (self->staff_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      HavenRecord *member = g_ptr_array_index (staff, i);
      gint64 id = haven_record_get_id (member);

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (names, haven_record_get_string (member, HAVEN_STAFF_NAME));
    }
  self->presetting = TRUE;
  gtk_drop_down_set_model (self->teacher_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->teacher_dropdown, 0);
  self->presetting = FALSE;
}

static void
staff_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenTalksPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
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

static void
load_staff (HavenTalksPage *self)
{
  g_autoptr(HavenQuery) staff = haven_query_new (HAVEN_TYPE_STAFF);

  g_assert (HAVEN_IS_TALKS_PAGE (self));

  haven_store_query_async (haven_context_get_store (self->context), staff, self->cancellable,
                           staff_found_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenTalksPage *self,
                  GType           type,
                  gint64          id,
                  HavenStore     *store)
{
  g_assert (HAVEN_IS_TALKS_PAGE (self));

  if (type == HAVEN_TYPE_STAFF || type == HAVEN_TYPE_RECORD)
    load_staff (self);
}

/* Public */

void
haven_talks_page_show_records (HavenTalksPage *self,
                               const char     *preset)
{
  g_auto(GStrv) parts = NULL;

  g_return_if_fail (HAVEN_IS_TALKS_PAGE (self));
  g_return_if_fail (preset != NULL);

  /* One filter on, the rest cleared, so the list is what was counted. */
  self->presetting = TRUE;
  haven_class_picker_set_class_id (self->class_picker, 0);
  gtk_drop_down_set_selected (self->teacher_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  gtk_toggle_button_set_active (self->follow_up_toggle, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (haven_record_list_view_get_search_entry (self->list_view)), "");

  parts = g_strsplit (preset, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *value = strchr (parts[i], '=');

      if (g_str_equal (parts[i], "follow-ups"))
        gtk_toggle_button_set_active (self->follow_up_toggle, TRUE);
      else if (g_str_equal (parts[i], "month"))
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *first = g_date_time_format (now, "%Y-%m-01");

          gtk_editable_set_text (GTK_EDITABLE (self->from_entry), first);
        }
      else if (value != NULL && g_str_has_prefix (parts[i], "kind="))
        gtk_drop_down_set_selected (self->kind_dropdown, haven_talk_kind_from_nick (value + 1) + 1);
      else if (value != NULL && g_str_has_prefix (parts[i], "class="))
        haven_class_picker_set_class_id (self->class_picker, g_ascii_strtoll (value + 1, NULL, 10));
    }
  self->presetting = FALSE;
  filters_changed_cb (self);
  gtk_stack_set_visible_child_name (self->mode_stack, "records");
}

void
haven_talks_page_show_due (HavenTalksPage *self,
                           const char     *preset)
{
  g_return_if_fail (HAVEN_IS_TALKS_PAGE (self));

  haven_due_list_show (self->due_list, preset);
  gtk_stack_set_visible_child_name (self->mode_stack, "due");
}

HavenRecordList *
haven_talks_page_get_list (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return haven_record_list_view_get_list (self->list_view);
}

HavenTalkQuery *
haven_talks_page_get_query (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return self->query;
}

HavenDueList *
haven_talks_page_get_due_list (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return self->due_list;
}

const char *
haven_talks_page_get_mode (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->mode_stack);
}

HavenContext *
haven_talks_page_get_context (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return self->context;
}

void
haven_talks_page_set_context (HavenTalksPage *self,
                              HavenContext   *context)
{
  g_return_if_fail (HAVEN_IS_TALKS_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->query = haven_talk_query_new ();
  haven_class_picker_set_context (self->class_picker, context);
  haven_record_list_view_set_list (self->list_view, context, HAVEN_QUERY (self->query), describe_talk);
  /* A county holds a million records: a few screens at a time. */
  haven_record_list_view_set_page_size (self->list_view, TALKS_PAGE_SIZE);
  haven_due_list_set_context (self->due_list, context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load_staff (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* GObject */

static void
haven_talks_page_dispose (GObject *object)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_TALKS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->query);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_talks_page_parent_class)->dispose (object);
}

static void
haven_talks_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_talks_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_talks_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_talks_page_class_init (HavenTalksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_talks_page_dispose;
  object_class->get_property = haven_talks_page_get_property;
  object_class->set_property = haven_talks_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_RECORD_LIST_VIEW);
  g_type_ensure (HAVEN_TYPE_CLASS_PICKER);
  g_type_ensure (HAVEN_TYPE_DUE_LIST);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-talks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, class_picker);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, teacher_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, follow_up_toggle);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, due_list);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
}

static void
haven_talks_page_init (HavenTalksPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) anyone = gtk_string_list_new (NULL);

  g_assert (HAVEN_IS_TALKS_PAGE (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (kinds, _("Every kind"));
  for (int kind = HAVEN_TALK_MONTHLY; kind <= HAVEN_TALK_GROUP_MEETING; kind++)
    gtk_string_list_append (kinds, haven_label_talk_kind (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_string_list_append (anyone, _("Anyone"));
  gtk_drop_down_set_model (self->teacher_dropdown, G_LIST_MODEL (anyone));
  gtk_accessible_update_property (GTK_ACCESSIBLE (haven_class_picker_get_drop_down (self->class_picker)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Class"), -1);
}
