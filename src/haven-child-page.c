/* haven-child-page.c: one child's whole file, with mentors, talks and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child-activities.h"
#include "haven-child-care.h"
#include "haven-child-growth.h"
#include "haven-child-page.h"
#include "haven-child-pairings.h"
#include "haven-child-timeline.h"
#include "haven-labels.h"
#include "haven-pairing.h"
#include "haven-owned-query.h"
#include "haven-pairing-query.h"
#include "haven-print.h"
#include "haven-record-list.h"
#include "haven-store-children.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-validate.h"

struct _HavenChildPage
{
  GtkWidget        parent_instance;

  GtkLabel        *name_label;
  GtkLabel        *summary_label;
  GtkScrolledWindow *scroller;
  GtkLabel        *missing_label;
  GtkBox          *details_box;
  HavenChildPairings *pairings;
  AdwAvatar       *avatar;
  HavenChildCare  *care;
  HavenChildGrowth *growth;
  HavenChildTimeline *timeline;
  GtkListBox      *activities_box;
  GtkListBox      *history_box;
  HavenChildActivities *child_activities;

  HavenContext    *context;      /* owned */
  HavenStore      *store;        /* borrowed from the context */
  HavenChildFile  *file;         /* owned, once loaded */
  gint64           child_id;
  GCancellable    *cancellable;  /* of the current child's loads */
  HavenQuery      *queries[4];   /* owned: (the mentors are HavenChildPairings', the talks HavenChildTimeline's), activities, history */
  HavenRecordList *lists[4];     /* owned */
};

enum {
  SIGNAL_BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenChildPage, haven_child_page, GTK_TYPE_WIDGET)

typedef enum
{
  PART_CHILD,
  PART_FATHER,
  PART_MOTHER,
  PART_GUARDIAN,
} Part;

typedef enum
{
  SHOW_TEXT,
  SHOW_ENUM,
  SHOW_BOOL,
  SHOW_AGE,     /* a birth date, with the age now */
  SHOW_NUMBER,
} Show;

typedef struct
{
  const char *section;  /* starts a new group when set */
  Part        part;
  guint       field;
  Show        show;
  const char *label;
} Detail;

/* The contact card's sections, in the order of the paper card. */
static const Detail details[] = {
  { N_("The Child"), PART_CHILD, HAVEN_CHILD_GENDER, SHOW_ENUM, N_("Gender") },
  { NULL, PART_CHILD, HAVEN_CHILD_BIRTH_DATE, SHOW_AGE, N_("Date of birth") },
  { NULL, PART_CHILD, HAVEN_CHILD_CLASS_NAME, SHOW_TEXT, N_("Class") },
  { NULL, PART_CHILD, HAVEN_CHILD_STUDENT_NUMBER, SHOW_TEXT, N_("Student number") },
  { NULL, PART_CHILD, HAVEN_CHILD_ID_NUMBER, SHOW_TEXT, N_("Resident ID") },
  { NULL, PART_CHILD, HAVEN_CHILD_ADDRESS, SHOW_TEXT, N_("Home address") },
  /* Translators: the child’s village (村, 组 or 社区), which the pairing board filters by. */
  { NULL, PART_CHILD, HAVEN_CHILD_VILLAGE, SHOW_TEXT, N_("Village") },
  { NULL, PART_CHILD, HAVEN_CHILD_STATUS, SHOW_ENUM, N_("On the roll") },
  { N_("Why Left Behind"), PART_CHILD, HAVEN_CHILD_REASON, SHOW_ENUM, N_("Reason") },
  { N_("Father"), PART_FATHER, HAVEN_PARENT_NAME, SHOW_TEXT, N_("Name") },
  { NULL, PART_FATHER, HAVEN_PARENT_AWAY, SHOW_BOOL, N_("Works away from home") },
  { NULL, PART_FATHER, HAVEN_PARENT_WORK_PLACE, SHOW_TEXT, N_("Where he works") },
  { NULL, PART_FATHER, HAVEN_PARENT_EMPLOYER, SHOW_TEXT, N_("Employer") },
  { NULL, PART_FATHER, HAVEN_PARENT_EMPLOYER_ADDRESS, SHOW_TEXT, N_("Employer’s address") },
  { NULL, PART_FATHER, HAVEN_PARENT_PHONE, SHOW_TEXT, N_("Phone") },
  { NULL, PART_FATHER, HAVEN_PARENT_HOME_VISITS, SHOW_ENUM, N_("Comes home") },
  { N_("Mother"), PART_MOTHER, HAVEN_PARENT_NAME, SHOW_TEXT, N_("Name") },
  { NULL, PART_MOTHER, HAVEN_PARENT_AWAY, SHOW_BOOL, N_("Works away from home") },
  { NULL, PART_MOTHER, HAVEN_PARENT_WORK_PLACE, SHOW_TEXT, N_("Where she works") },
  { NULL, PART_MOTHER, HAVEN_PARENT_EMPLOYER, SHOW_TEXT, N_("Employer") },
  { NULL, PART_MOTHER, HAVEN_PARENT_EMPLOYER_ADDRESS, SHOW_TEXT, N_("Employer’s address") },
  { NULL, PART_MOTHER, HAVEN_PARENT_PHONE, SHOW_TEXT, N_("Phone") },
  { NULL, PART_MOTHER, HAVEN_PARENT_HOME_VISITS, SHOW_ENUM, N_("Comes home") },
  { N_("Guardian"), PART_GUARDIAN, HAVEN_GUARDIAN_NAME, SHOW_TEXT, N_("Name") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_RELATIONSHIP, SHOW_ENUM, N_("Relationship") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_PHONE, SHOW_TEXT, N_("Phone") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_AGE, SHOW_NUMBER, N_("Age") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_OCCUPATION, SHOW_TEXT, N_("Occupation") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_HEALTH, SHOW_TEXT, N_("Health") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_ADDRESS, SHOW_TEXT, N_("Address") },
  { NULL, PART_GUARDIAN, HAVEN_GUARDIAN_ENTRUSTED, SHOW_BOOL,
    /* Translators: a guardian the parents formally entrusted with the child (委托监护人). */
    N_("Entrusted guardian") },
  { N_("Health and Character"), PART_CHILD, HAVEN_CHILD_HEALTH, SHOW_TEXT, N_("Health") },
  { NULL, PART_CHILD, HAVEN_CHILD_PERSONALITY, SHOW_TEXT, N_("Personality") },
  { NULL, PART_CHILD, HAVEN_CHILD_INTERESTS, SHOW_TEXT, N_("Interests") },
  { NULL, PART_CHILD, HAVEN_CHILD_TALENTS, SHOW_TEXT, N_("Talents") },
  { N_("Study"), PART_CHILD, HAVEN_CHILD_STUDY_LEVEL, SHOW_ENUM, N_("Study situation") },
  { NULL, PART_CHILD, HAVEN_CHILD_STUDY_NOTES, SHOW_TEXT, N_("Notes") },
  { N_("Support"), PART_CHILD, HAVEN_CHILD_KEY_SUPPORT, SHOW_BOOL, N_("Key-support child") },
  { NULL, PART_CHILD, HAVEN_CHILD_BOARDING, SHOW_BOOL, N_("Boards at school") },
  { NULL, PART_CHILD, HAVEN_CHILD_HARDSHIP, SHOW_TEXT, N_("Family hardship") },
  { NULL, PART_CHILD, HAVEN_CHILD_AID, SHOW_TEXT, N_("Aid received") },
  { NULL, PART_CHILD, HAVEN_CHILD_NOTES, SHOW_TEXT, N_("Notes") },
};

static HavenRecord *
part_record (HavenChildFile *file,
             Part            part)
{
  switch (part)
    {
    case PART_CHILD:    return HAVEN_RECORD (haven_child_file_get_child (file));
    case PART_FATHER:   return HAVEN_RECORD (haven_child_file_get_father (file));
    case PART_MOTHER:   return HAVEN_RECORD (haven_child_file_get_mother (file));
    case PART_GUARDIAN: return HAVEN_RECORD (haven_child_file_get_guardian (file));
    default:            g_assert_not_reached ();
    }
}

static char *
detail_text (const Detail *d,
             HavenRecord  *record)
{
  switch (d->show)
    {
    case SHOW_TEXT:
      return g_strdup (haven_record_get_string (record, d->field));
    case SHOW_ENUM:
      return g_strdup (haven_label_for (haven_record_get_field_info (record, d->field)->get_type (),
                                        haven_record_get_int (record, d->field)));
    case SHOW_BOOL:
      return g_strdup (haven_record_get_int (record, d->field) ? _("Yes") : _("No"));
    case SHOW_NUMBER:
      {
        int n = haven_record_get_int (record, d->field);
        return n > 0 ? g_strdup_printf ("%d", n) : g_strdup ("");
      }
    case SHOW_AGE:
      {
        const char *text = haven_record_get_string (record, d->field);
        g_autoptr(GDateTime) now = g_date_time_new_now_local ();
        GDate birth, today;

        if (!haven_validate_date (text, &birth, NULL))
          return g_strdup (text);
        g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                        g_date_time_get_year (now));
        /* Translators: a date of birth and the age now. */
        return g_strdup_printf (ngettext ("%s (%d year old)", "%s (%d years old)",
                                          haven_age_on (&birth, &today)),
                                text, haven_age_on (&birth, &today));
      }
    default:
      g_assert_not_reached ();
    }
}

/* Columns the text takes: a Chinese character is two. Short values then
 * stay on one line instead of wrapping at the row's minimum. */
static int
display_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
show_details (HavenChildPage *self)
{
  HavenRecord *child = HAVEN_RECORD (haven_child_file_get_child (self->file));
  g_auto(GStrv) missing = haven_label_missing (haven_child_file_get_missing (self->file));
  GtkWidget *group = NULL;
  GtkWidget *widget;
  g_autofree char *summary = NULL;

  g_assert (HAVEN_IS_CHILD_PAGE (self));

  while ((widget = gtk_widget_get_first_child (GTK_WIDGET (self->details_box))) != NULL)
    gtk_box_remove (self->details_box, widget);

  gtk_label_set_label (self->name_label, haven_record_get_string (child, HAVEN_CHILD_NAME));
  /* Only what is known: an empty part leaves no separator behind. */
  summary = haven_label_join (haven_record_get_string (child, HAVEN_CHILD_CLASS_NAME),
                              haven_record_get_int (child, HAVEN_CHILD_REASON) != HAVEN_LEFT_BEHIND_UNKNOWN
                              ? haven_label_reason (haven_record_get_int (child, HAVEN_CHILD_REASON)) : "",
                              NULL);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *summary != '\0');

  if (missing[0] != NULL)
    {
      /* Translators: separates the missing items of a file. */
      g_autofree char *items = g_strjoinv (C_("list", ", "), missing);
      /* Translators: followed by the list of what a file lacks. */
      g_autofree char *text = g_strdup_printf (_("This file is not complete yet. It still lacks: %s."), items);

      gtk_label_set_label (self->missing_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->missing_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->missing_label), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      const Detail *d = &details[i];
      g_autofree char *value = detail_text (d, part_record (self->file, d->part));
      GtkWidget *value_label;
      GtkWidget *row;

      if (d->section != NULL)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(d->section));
          gtk_box_append (self->details_box, group);
        }

      /* Label on the left, value on the right, as on the paper card. */
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(d->label));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      value_label = gtk_label_new (*value != '\0' ? value : "—");
      gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (value_label), 1);
      gtk_label_set_justify (GTK_LABEL (value_label), GTK_JUSTIFY_RIGHT);
      gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (value_label), MIN (display_width (value), 36));
      gtk_label_set_max_width_chars (GTK_LABEL (value_label), 48);
      if (*value == '\0')
        gtk_widget_add_css_class (value_label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

/* The lists below the file */

typedef void (*DescribeRow) (HavenRecord *record, AdwActionRow *row);

static void
describe_attendance (HavenRecord  *r,
                     AdwActionRow *row)
{
  g_autofree char *title = g_strdup_printf ("%s · %s", haven_record_get_string (r, HAVEN_ATTENDANCE_OCCURRENCE_DATE),
                                            haven_record_get_string (r, HAVEN_ATTENDANCE_ACTIVITY_TITLE));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, haven_record_get_int (r, HAVEN_ATTENDANCE_PRESENT) ? _("Took part") : _("Absent"));
}

static void
describe_change (HavenRecord  *r,
                 AdwActionRow *row)
{
  const char *field = haven_record_get_string (r, HAVEN_CHANGE_FIELD);
  const char *old_value = haven_record_get_string (r, HAVEN_CHANGE_OLD_VALUE);
  const char *new_value = haven_record_get_string (r, HAVEN_CHANGE_NEW_VALUE);
  const char *author = haven_record_get_string (r, HAVEN_CHANGE_AUTHOR);
  g_autofree char *title = g_strdup_printf ("%s · %s", haven_record_get_string (r, HAVEN_CHANGE_CHANGED_AT),
                                            haven_label_history_field (field));
  g_autofree char *subtitle = NULL;

  if (g_str_equal (field, "file.created"))
    subtitle = g_strdup (*author != '\0' ? author : "");
  else
    {
      g_autofree char *old_label = haven_label_history_value (field, old_value);
      g_autofree char *new_label = haven_label_history_value (field, new_value);

      /* Translators: a change in a file: old value → new value, and who made it. */
      subtitle = g_strdup_printf (_("%s → %s   (%s)"), *old_label != '\0' ? old_label : "—",
                                  *new_label != '\0' ? new_label : "—", author);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
}

static void
fill_row (AdwActionRow *row)
{
  HavenRecord *record = g_object_get_data (G_OBJECT (row), "record");
  DescribeRow describe = g_object_get_data (G_OBJECT (row), "describe");

  if (!haven_record_get_loaded (record))
    return;
  describe (record, row);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkListBox *box = user_data;
  HavenRecordList *list = g_object_get_data (G_OBJECT (box), "haven-list");
  DescribeRow describe = g_object_get_data (G_OBJECT (box), "haven-describe");

  /* A child's few mentors, talks and changes: every row shows. */
  haven_record_list_want (list, item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "describe", describe);
  g_signal_connect_object (item, "notify::loaded", G_CALLBACK (fill_row), row, G_CONNECT_SWAPPED);
  fill_row (ADW_ACTION_ROW (row));
  return row;
}

static void
bind_list (HavenChildPage *self,
           guint           index,
           HavenQuery     *query,
           GtkListBox     *box,
           DescribeRow     describe,
           const char     *placeholder)
{
  GtkWidget *empty = gtk_label_new (placeholder);

  g_assert (HAVEN_IS_CHILD_PAGE (self));

  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (box, empty);

  self->queries[index] = query;
  self->lists[index] = haven_record_list_new (self->store, query);
  g_object_set_data (G_OBJECT (box), "haven-list", self->lists[index]);
  g_object_set_data (G_OBJECT (box), "haven-describe", describe);
  gtk_list_box_bind_model (box, G_LIST_MODEL (self->lists[index]), create_row, box, NULL);
}

static void
file_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenChildPage) self = user_data;
  g_autoptr(HavenChildFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = haven_store_load_child_file_finish (HAVEN_STORE (object), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *text = g_strdup_printf (_("Could not open the child’s file. %s"), error->message);
          gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
        }
      return;
    }

  g_set_object (&self->file, file);
  show_details (self);
  haven_child_care_set_file (self->care, file);
}

static void
reload (HavenChildPage *self)
{
  g_assert (HAVEN_IS_CHILD_PAGE (self));

  if (self->child_id == 0 || self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  haven_store_load_child_file_async (self->store, self->child_id, self->cancellable,
                                     file_loaded_cb, g_object_ref (self));
}

static void
store_changed_cb (HavenChildPage *self,
                  GType           type,
                  gint64          id,
                  HavenStore     *store)
{
  g_assert (HAVEN_IS_CHILD_PAGE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_BACK], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenChildPage *self = HAVEN_CHILD_PAGE (widget);

  gtk_widget_activate_action (widget, "win.edit-child", "x", self->child_id);
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenChildPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_print_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not print. %s"), error->message);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenChildPage *self = HAVEN_CHILD_PAGE (widget);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *name = self->file != NULL
                     ? haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (self->file)), HAVEN_CHILD_NAME)
                     : NULL;

  g_array_append_val (ids, self->child_id);
  /* The PDF is offered under the child's name. */
  haven_print_cards_async (self->store, GTK_WINDOW (gtk_widget_get_root (widget)), ids, name,
                           NULL, printed_cb, g_object_ref (self));
}

typedef struct
{
  HavenChildPage *self;   /* owned */
  gint64          id;
  char           *name;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_object_unref (deletion->self);
  g_free (deletion->name);
  g_free (deletion);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Deletion, deletion_free)

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Deletion) deletion = user_data;
  HavenChildPage *self = deletion->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!haven_store_set_child_deleted_finish (HAVEN_STORE (object), result, &error))
    {
      text = g_strdup_printf (_("Could not delete the file. %s"), error->message);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
      return;
    }

  /* Translators: %s is a child's name. */
  text = g_strdup_printf (_("%s’s file was deleted"), deletion->name);
  /* The window keeps the undo: this page may show another child by then. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", "(sssv)", text, _("_Undo"),
                              "win.restore-child", g_variant_new_int64 (deletion->id));
  if (self->child_id == deletion->id)
    g_signal_emit (self, signals[SIGNAL_BACK], 0);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HavenChildPage   *self)
{
  Deletion *deletion;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  deletion = g_new0 (Deletion, 1);
  deletion->self = g_object_ref (self);
  deletion->id = self->child_id;
  deletion->name = g_strdup (self->file != NULL
                             ? haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (self->file)),
                                                        HAVEN_CHILD_NAME)
                             : "");
  haven_store_set_child_deleted_async (self->store, self->child_id, TRUE, NULL, deleted_cb, deletion);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenChildPage *self = HAVEN_CHILD_PAGE (widget);
  const char *name = self->file != NULL
                     ? haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (self->file)), HAVEN_CHILD_NAME)
                     : "";
  GtkWidget *dialog;

  /* Translators: asks before deleting a child's file. */
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete This File?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is the child's name. */
                                  _("%s’s file, talks and pairings will be deleted. A child who left or transferred should be kept: edit the file and mark them as left instead."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Public */

void
haven_child_page_set_context (HavenChildPage *self,
                              HavenContext   *context)
{
  g_return_if_fail (HAVEN_IS_CHILD_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = haven_context_get_store (context);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  haven_child_pairings_set_context (self->pairings, context);
  haven_child_activities_set_context (self->child_activities, context);
  haven_child_care_set_context (self->care, context);
  haven_child_growth_set_context (self->growth, context);
  haven_child_timeline_set_context (self->timeline, context);
  haven_child_page_set_child_id (self, self->child_id);
}

/* The lists are made for the first child shown, already filtered: a
 * query without a child would load every talk of the county. */
static void
bind_lists (HavenChildPage *self)
{
  g_assert (HAVEN_IS_CHILD_PAGE (self));

  bind_list (self, 2, HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_ATTENDANCE, "child-id", self->child_id)),
             self->activities_box, describe_attendance, _("Has not taken part in an activity yet"));
  bind_list (self, 3, HAVEN_QUERY (haven_owned_query_new (HAVEN_TYPE_CHANGE, "child-id", self->child_id)),
             self->history_box, describe_change, _("No changes recorded"));
}

void
haven_child_page_set_child_id (HavenChildPage *self,
                               gint64          child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_PAGE (self));

  self->child_id = child_id;
  haven_child_pairings_set_child_id (self->pairings, child_id);
  haven_child_activities_set_child_id (self->child_activities, child_id);
  haven_child_growth_set_child_id (self->growth, child_id);
  haven_child_timeline_set_child_id (self->timeline, child_id);
  if (child_id == 0 || self->context == NULL)
    return;

  if (self->lists[2] == NULL)
    bind_lists (self);
  else
    for (guint i = 0; i < G_N_ELEMENTS (self->queries); i++)
      if (self->queries[i] != NULL)
        /* Every list here has its child filter under the same name. */
        haven_query_set_int_filter (self->queries[i],
                                    HAVEN_IS_OWNED_QUERY (self->queries[i]) ? "owner-id" : "child-id", child_id);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  reload (self);
}

gint64
haven_child_page_get_child_id (HavenChildPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_PAGE (self), 0);
  return self->child_id;
}

HavenChildFile *
haven_child_page_get_file (HavenChildPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_PAGE (self), NULL);
  return self->file;
}

void
haven_child_page_show_timeline (HavenChildPage *self)
{
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_return_if_fail (HAVEN_IS_CHILD_PAGE (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (gtk_widget_compute_point (GTK_WIDGET (self->growth),
                                gtk_widget_get_parent (GTK_WIDGET (self->growth)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
}

GListModel *
haven_child_page_get_history (HavenChildPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_PAGE (self), NULL);
  return G_LIST_MODEL (self->lists[3]);
}

static void
haven_child_page_dispose (GObject *object)
{
  HavenChildPage *self = HAVEN_CHILD_PAGE (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_PAGE);
  /* The template's unnamed top child is ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < G_N_ELEMENTS (self->queries); i++)
    {
      g_clear_object (&self->lists[i]);
      g_clear_object (&self->queries[i]);
    }
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  self->store = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_child_page_parent_class)->dispose (object);
}

static void
haven_child_page_class_init (HavenChildPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_page_dispose;

  signals[SIGNAL_BACK] =
    g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HAVEN_TYPE_CHILD_PAIRINGS);

  g_type_ensure (HAVEN_TYPE_CHILD_ACTIVITIES);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, missing_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, pairings);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, care);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, growth);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, activities_box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, history_box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildPage, child_activities);

  gtk_widget_class_install_action (widget_class, "child.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "child.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "child.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "child.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "child.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "child.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "child.edit", NULL);
}

static void
haven_child_page_init (HavenChildPage *self)
{
  g_assert (HAVEN_IS_CHILD_PAGE (self));

  g_type_ensure (HAVEN_TYPE_CHILD_CARE);
  g_type_ensure (HAVEN_TYPE_CHILD_GROWTH);
  g_type_ensure (HAVEN_TYPE_CHILD_TIMELINE);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The latest photo of the growth folder stands on the card. */
  g_object_bind_property (self->growth, "latest-photo", self->avatar, "custom-image", G_BINDING_SYNC_CREATE);
  self->cancellable = g_cancellable_new ();
}
