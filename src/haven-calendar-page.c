/* haven-calendar-page.c: the activity calendar (活动行事历)
 *
 * A month grid and an agenda of the coming weeks over the store's
 * occurrences. Everything the page does is an action on it (calendar.*);
 * the buttons and menus only name them. Switching months relabels the
 * grid at once and asks the worker for the month's activities; the
 * answer for a month already left is dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-calendar-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "haven-activity-editor.h"
#include "haven-attendance-dialog.h"
#include "haven-calendar-page.h"
#include "haven-attendance.h"
#include "haven-child.h"
#include "haven-concerned-class.h"
#include "haven-day-popover.h"
#include "haven-ics.h"
#include "haven-lunar.h"
#include "haven-print.h"
#include "haven-report-calendar.h"
#include "haven-school-info.h"
#include "haven-store-activities.h"
#include "haven-term.h"

/* The activities a day of the grid names before "+N more". */
#define PER_DAY 4

struct _HavenCalendarPage
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *top_box;
  GtkLabel        *title_label;
  GtkStack        *stack;
  HavenMonthGrid  *grid;
  HavenAgenda     *agenda;

  /* Owned */
  HavenContext    *context;
  GCancellable    *cancellable;        /* everything the page started */
  GCancellable    *month_cancellable;  /* the month being read */
  GCancellable    *agenda_cancellable;
  GtkWidget       *popover;            /* HavenDayPopover, parented to the page */
  GCancellable    *popover_cancellable;

  /* Borrowed: weak */
  GtkWindow       *dialog;

  char            *mode;
  GDate            agenda_start;
  guint            reload_source;
  gboolean         month_loading;
  gboolean         agenda_loading;
  gboolean         agenda_stale;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_MODE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenCalendarPage, haven_calendar_page, GTK_TYPE_WIDGET)

static void load_month  (HavenCalendarPage *self);
static void load_agenda (HavenCalendarPage *self);

static void
today_date (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
}

static HavenStore *
store_of (HavenCalendarPage *self)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  return haven_context_get_store (self->context);
}

static gboolean
may_write (HavenCalendarPage *self)
{
  HavenSession *session = self->context != NULL ? haven_context_get_session (self->context) : NULL;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  return session != NULL && haven_session_can_write (session);
}

static void
show_error (HavenCalendarPage *self,
            const char        *what,
            const GError      *error)
{
  g_autofree char *text = NULL;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* Translators: what failed, then why. */
  text = g_strdup_printf (_("%s %s"), what, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
}

static void
show_toast (HavenCalendarPage *self,
            const char        *text)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", text);
}

static void
notify_loading (HavenCalendarPage *self)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The title over the grid or the agenda. */
static void
update_title (HavenCalendarPage *self)
{
  char text[128] = "";

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (g_strcmp0 (self->mode, "agenda") == 0)
    {
      GDate last = self->agenda_start;
      char first_text[64], last_text[64];

      g_date_add_days (&last, HAVEN_AGENDA_WEEKS * 7 - 1);
      /* Translators: the ends of the agenda's weeks, see strftime(3). */
      g_date_strftime (first_text, sizeof first_text, _("%e %B"), &self->agenda_start);
      g_date_strftime (last_text, sizeof last_text, _("%e %B %Y"), &last);
      /* Translators: the weeks the agenda shows, "1 December – 11 January 2027". */
      g_snprintf (text, sizeof text, _("%s – %s"), g_strstrip (first_text), g_strstrip (last_text));
    }
  else
    {
      GDate selected;

      haven_month_grid_get_selected (self->grid, &selected);
      if (g_date_valid (&selected))
        /* Translators: the month the grid shows, see strftime(3); Chinese
         * would write "%Y年%-m月". */
        g_date_strftime (text, sizeof text, _("%B %Y"), &selected);
    }
  gtk_label_set_label (self->title_label, text);
}

/* Loading */

static void
summary_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(HavenDaySummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = haven_store_summarize_days_finish (HAVEN_STORE (object), result, &error);
  if (summary == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->month_loading = FALSE;
          notify_loading (self);
          show_error (self, _("Could not read the month’s activities."), error);
        }
      return;
    }
  haven_month_grid_set_summary (self->grid, summary);
  self->month_loading = !haven_month_grid_get_loaded (self->grid);
  notify_loading (self);
}

static void
load_month (HavenCalendarPage *self)
{
  g_autofree char *first = NULL;
  GDate start;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (self->context == NULL)
    return;
  g_cancellable_cancel (self->month_cancellable);
  g_clear_object (&self->month_cancellable);
  self->month_cancellable = g_cancellable_new ();

  haven_month_grid_get_range (self->grid, &start, NULL);
  first = haven_date_format_iso (&start);
  self->month_loading = TRUE;
  notify_loading (self);
  haven_store_summarize_days_async (store_of (self), first, HAVEN_MONTH_GRID_DAYS, PER_DAY,
                                    self->month_cancellable, summary_cb, g_object_ref (self));
}

static void
agenda_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;

  occurrences = haven_store_list_occurrences_finish (HAVEN_STORE (object), result, &error);
  if (occurrences == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->agenda_loading = FALSE;
          notify_loading (self);
          show_error (self, _("Could not read the coming weeks."), error);
        }
      return;
    }
  haven_agenda_set_occurrences (self->agenda, occurrences);
  self->agenda_loading = FALSE;
  notify_loading (self);
}

static void
load_agenda (HavenCalendarPage *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate end = self->agenda_start;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (self->context == NULL)
    return;
  g_cancellable_cancel (self->agenda_cancellable);
  g_clear_object (&self->agenda_cancellable);
  self->agenda_cancellable = g_cancellable_new ();

  g_date_add_days (&end, HAVEN_AGENDA_WEEKS * 7);
  from = haven_date_format_iso (&self->agenda_start);
  to = haven_date_format_iso (&end);
  self->agenda_loading = TRUE;
  self->agenda_stale = FALSE;
  notify_loading (self);
  haven_store_list_occurrences_async (store_of (self), from, to, self->agenda_cancellable, agenda_cb,
                                      g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  HavenCalendarPage *self = user_data;

  self->reload_source = 0;
  load_month (self);
  /* The agenda is read when it shows. */
  if (g_strcmp0 (self->mode, "agenda") == 0)
    load_agenda (self);
  else
    self->agenda_stale = TRUE;
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (HavenCalendarPage *self,
                  GType              type,
                  gint64             id,
                  HavenStore        *store)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (type != HAVEN_TYPE_ACTIVITY && type != HAVEN_TYPE_ATTENDANCE && type != HAVEN_TYPE_CONCERNED_CLASS
      && type != HAVEN_TYPE_CHILD && type != HAVEN_TYPE_TERM && type != HAVEN_TYPE_RECORD)
    return;
  /* A burst of saves makes one read. */
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (100, reload_cb, self);
}

static void
grid_month_cb (HavenCalendarPage *self)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  update_title (self);
  load_month (self);
}

/* The day's popover */

static void
day_listed_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;

  occurrences = haven_store_list_occurrences_finish (HAVEN_STORE (object), result, &error);
  if (occurrences == NULL)
    {
      show_error (self, _("Could not read the day’s activities."), error);
      return;
    }
  if (self->popover != NULL)
    haven_day_popover_set_occurrences (HAVEN_DAY_POPOVER (self->popover), occurrences);
}

static void
open_day (HavenCalendarPage *self,
          HavenMonthCell    *cell)
{
  const GDate *day = haven_month_cell_get_date (cell);
  HavenFestival festivals[HAVEN_N_FESTIVALS];
  HavenFestival festival = HAVEN_N_FESTIVALS;
  g_autofree char *note = NULL;
  g_autofree char *from = haven_date_format_iso (day);
  g_autofree char *to = NULL;
  HavenLunarDate lunar;
  graphene_rect_t bounds;
  GDate next = *day;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (self->popover == NULL)
    {
      self->popover = haven_day_popover_new ();
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
    }

  if (haven_festival_on_date (day, festivals) > 0)
    festival = festivals[0];
  if (festival != HAVEN_N_FESTIVALS)
    note = g_strdup (haven_festival_get_name (festival));
  else if (haven_lunar_from_solar (day, &lunar))
    note = haven_lunar_day_label (&lunar);
  haven_day_popover_set_editable (HAVEN_DAY_POPOVER (self->popover), may_write (self));
  haven_day_popover_set_day (HAVEN_DAY_POPOVER (self->popover), day, note, festival);
  haven_day_popover_set_occurrences (HAVEN_DAY_POPOVER (self->popover), NULL);

  if (gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                 &(GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                                   (int) bounds.size.width, (int) bounds.size.height });
  gtk_popover_popup (GTK_POPOVER (self->popover));

  g_cancellable_cancel (self->popover_cancellable);
  g_clear_object (&self->popover_cancellable);
  self->popover_cancellable = g_cancellable_new ();
  g_date_add_days (&next, 1);
  to = haven_date_format_iso (&next);
  haven_store_list_occurrences_async (store_of (self), from, to, self->popover_cancellable, day_listed_cb,
                                      g_object_ref (self));
}

static void
day_activated_cb (HavenCalendarPage *self,
                  HavenMonthCell    *cell,
                  const char        *day,
                  HavenMonthGrid    *grid)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));
  open_day (self, cell);
}

static void
occurrence_activated_cb (HavenCalendarPage *self,
                         HavenOccurrence   *occurrence,
                         HavenMonthCell    *cell,
                         HavenMonthGrid    *grid)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));
  open_day (self, cell);
}

static void
agenda_activated_cb (HavenCalendarPage *self,
                     HavenOccurrence   *occurrence,
                     HavenAgenda       *agenda)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));
  gtk_widget_activate_action (GTK_WIDGET (self), may_write (self) ? "calendar.edit-occurrence" : "calendar.attendance",
                              "(xs)", haven_occurrence_get_activity_id (occurrence),
                              haven_occurrence_get_original_text (occurrence));
}

/* Moving by drag and drop */

typedef struct
{
  HavenCalendarPage *self;   /* owned */
  char              *day;
} Moved;

static void
moved_free (Moved *moved)
{
  g_object_unref (moved->self);
  g_free (moved->day);
  g_free (moved);
}

static void
moved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Moved *moved = user_data;
  g_autoptr(GError) error = NULL;

  if (haven_store_move_occurrence_finish (HAVEN_STORE (object), result, &error) == 0)
    show_error (moved->self, _("Could not move the activity."), error);
  else
    {
      GDate day;
      char text[64];
      g_autofree char *message = NULL;

      haven_date_parse_iso (moved->day, &day);
      /* Translators: see strftime(3). */
      g_date_strftime (text, sizeof text, _("%A %e %B"), &day);
      /* Translators: a toast after an activity was dragged; %s is a day. */
      message = g_strdup_printf (_("Moved to %s"), g_strstrip (text));
      show_toast (moved->self, message);
    }
  moved_free (moved);
}

static void
move_occurrence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  const char *original, *day;
  Moved *moved;
  gint64 id;

  g_variant_get (parameter, "(x&s&s)", &id, &original, &day);
  moved = g_new0 (Moved, 1);
  moved->self = g_object_ref (self);
  moved->day = g_strdup (day);
  haven_store_move_occurrence_async (store_of (self), id, original, day, self->cancellable, moved_cb, moved);
}

static void
occurrence_moved_cb (HavenCalendarPage *self,
                     gint64             activity_id,
                     const char        *original,
                     const char        *day,
                     HavenMonthGrid    *grid)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.move-occurrence", "(xss)", activity_id, original, day);
}

/* Navigation */

static void
step (HavenCalendarPage *self,
      int                direction)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (g_strcmp0 (self->mode, "agenda") == 0)
    {
      /* A page of the agenda, keeping a week of the last one in view. */
      if (direction > 0)
        g_date_add_days (&self->agenda_start, (HAVEN_AGENDA_WEEKS - 1) * 7);
      else
        g_date_subtract_days (&self->agenda_start, (HAVEN_AGENDA_WEEKS - 1) * 7);
      update_title (self);
      load_agenda (self);
      return;
    }

  {
    GDate selected;

    haven_month_grid_get_selected (self->grid, &selected);
    if (direction > 0)
      g_date_add_months (&selected, 1);
    else
      g_date_subtract_months (&selected, 1);
    haven_month_grid_select (self->grid, &selected);
    update_title (self);
  }
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (HAVEN_CALENDAR_PAGE (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (HAVEN_CALENDAR_PAGE (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  GDate today;

  today_date (&today);
  if (g_strcmp0 (self->mode, "agenda") == 0)
    haven_calendar_page_show_agenda (self, &today);
  else
    haven_calendar_page_show_day (self, &today);
}

/* Editing */

static void
editor_saved_cb (HavenCalendarPage *self,
                 gint64             id,
                 GtkWindow         *editor)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));
  show_toast (self, _("Activity saved"));
}

static void
present_dialog (HavenCalendarPage *self,
                GtkWindow         *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int height = root != NULL ? gtk_widget_get_height (GTK_WIDGET (root)) : 0;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  /* On a 1024×600 screen the form must fit under the window. */
  if (height > 0)
    gtk_window_set_default_size (dialog, 600, MIN (720, height - 24));
  g_set_weak_pointer (&self->dialog, dialog);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_window_present (dialog);
}

static void
open_editor (HavenCalendarPage  *self,
             HavenActivityEditor *editor)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, GTK_WINDOW (editor));
}

static void
selected_or_today (HavenCalendarPage *self,
                   GDate             *out)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  haven_month_grid_get_selected (self->grid, out);
  if (!g_date_valid (out))
    today_date (out);
}

static void
new_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  GDate day;

  if (parameter != NULL)
    {
      if (!haven_date_parse_iso (g_variant_get_string (parameter, NULL), &day))
        return;
    }
  else
    selected_or_today (self, &day);
  open_editor (self, haven_activity_editor_new_for_day (self->context, &day, HAVEN_ACTIVITY_OTHER, NULL));
}

static void
letter_for_festival_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  const char *nick, *iso;
  GDate day;

  g_variant_get (parameter, "(&s&s)", &nick, &iso);
  if (haven_festival_from_nick (nick) == HAVEN_N_FESTIVALS || !haven_date_parse_iso (iso, &day))
    return;
  open_editor (self, haven_activity_editor_new_for_day (self->context, &day, HAVEN_ACTIVITY_LETTER_HOME, nick));
}

static void
edit_occurrence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  const char *original;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &original);
  open_editor (self, haven_activity_editor_new (self->context, id, original));
}

static void
attendance_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  const char *original;
  gint64 id;

  g_variant_get (parameter, "(x&s)", &id, &original);
  present_dialog (self, GTK_WINDOW (haven_attendance_dialog_new (self->context, id, original)));
}

/* Deleting */

typedef struct
{
  HavenCalendarPage *self;   /* owned */
  gint64             id;
  char              *original;
  gboolean           recurring;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_object_unref (deletion->self);
  g_free (deletion->original);
  g_free (deletion);
}

static void
deleted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_delete_occurrence_finish (HAVEN_STORE (object), result, &error))
    show_error (self, _("Could not delete the activity."), error);
  else
    show_toast (self, _("Activity deleted"));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Deletion         *deletion)
{
  HavenEditScope scope;

  if (g_str_equal (response, "this"))
    scope = HAVEN_EDIT_OCCURRENCE;
  else if (g_str_equal (response, "all") || g_str_equal (response, "delete"))
    scope = HAVEN_EDIT_SERIES;
  else
    return;
  haven_store_delete_occurrence_async (store_of (deletion->self), deletion->id, deletion->original, scope,
                                       deletion->self->cancellable, deleted_cb, g_object_ref (deletion->self));
}

static void
delete_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Deletion *deletion = user_data;
  HavenCalendarPage *self = deletion->self;
  g_autoptr(HavenActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  activity = haven_store_load_occurrence_finish (HAVEN_STORE (object), result, &error);
  if (activity == NULL)
    {
      show_error (self, _("Could not delete the activity."), error);
      deletion_free (deletion);
      return;
    }
  deletion->recurring = haven_record_get_int (HAVEN_RECORD (activity), HAVEN_ACTIVITY_RECURRENCE) != HAVEN_RECURRENCE_NONE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Delete This Activity?"), NULL));
  /* Translators: %s is an activity's title. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  deletion->recurring
                                  ? _("“%s” repeats. Delete only this occurrence, or every occurrence with who took part?")
                                  : _("“%s” and who took part in it will be deleted."),
                                  haven_record_get_string (HAVEN_RECORD (activity), HAVEN_ACTIVITY_TITLE));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (deletion->recurring)
    {
      adw_message_dialog_add_response (dialog, "this", _("Only _This One"));
      adw_message_dialog_add_response (dialog, "all", _("_All Occurrences"));
      adw_message_dialog_set_response_appearance (dialog, "all", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response_cb), deletion,
                         (GClosureNotify) (void (*) (void)) deletion_free, 0);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_occurrence_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  Deletion *deletion = g_new0 (Deletion, 1);
  const char *original;

  g_variant_get (parameter, "(x&s)", &deletion->id, &original);
  deletion->self = g_object_ref (self);
  deletion->original = g_strdup (original);
  haven_store_load_occurrence_async (store_of (self), deletion->id, original, self->cancellable,
                                     delete_loaded_cb, deletion);
}

/* Choosing a term (plan, export, print) */

typedef enum
{
  CHOICE_PLAN,
  CHOICE_EXPORT,
  CHOICE_PRINT_TERM,
} ChoiceKind;

typedef struct
{
  char   *label;
  char   *name;
  char   *from;
  char   *to;        /* the day after the last */
  gint64  term_id;   /* 0: the month shown */
} Choice;

typedef struct
{
  HavenCalendarPage *self;      /* owned */
  ChoiceKind         kind;
  GPtrArray         *choices;   /* Choice */
  GtkDropDown       *drop_down; /* borrowed, in the dialog */
  char              *school;
} Chooser;

static void
choice_free (Choice *choice)
{
  g_free (choice->label);
  g_free (choice->name);
  g_free (choice->from);
  g_free (choice->to);
  g_free (choice);
}

static void
chooser_free (Chooser *chooser)
{
  g_object_unref (chooser->self);
  g_ptr_array_unref (chooser->choices);
  g_free (chooser->school);
  g_free (chooser);
}

static Choice *
chosen (Chooser *chooser)
{
  guint selected = chooser->drop_down != NULL ? gtk_drop_down_get_selected (chooser->drop_down) : 0;

  if (selected >= chooser->choices->len)
    return NULL;
  return g_ptr_array_index (chooser->choices, selected);
}

static void
planned_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint added;

  added = haven_store_plan_term_finish (HAVEN_STORE (object), result, &error);
  if (error != NULL)
    {
      show_error (self, _("Could not plan the term."), error);
      return;
    }
  if (added == 0)
    text = g_strdup (_("The term’s plan is already in the calendar."));
  else
    /* Translators: after "Plan a Term". */
    text = g_strdup_printf (ngettext ("Added %u activity to the term’s plan; edit them as the school needs",
                                      "Added %u activities to the term’s plan; edit them as the school needs", added),
                            added);
  show_toast (self, text);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n;

  n = haven_ics_export_finish (HAVEN_STORE (object), result, &error);
  if (n < 0)
    {
      show_error (self, _("Could not export the calendar."), error);
      return;
    }
  /* Translators: after an export to a calendar file. */
  text = g_strdup_printf (ngettext ("Exported %d event", "Exported %d events", n), n);
  show_toast (self, text);
}

typedef struct
{
  HavenCalendarPage *self;   /* owned */
  char              *from;
  char              *to;
} ExportRange;

static void
export_range_free (ExportRange *range)
{
  g_object_unref (range->self);
  g_free (range->from);
  g_free (range->to);
  g_free (range);
}

static void
export_file_cb (GtkNativeDialog *dialog,
                int              response,
                ExportRange     *range)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        haven_ics_export_async (store_of (range->self), range->from, range->to, path, range->self->cancellable,
                                exported_cb, g_object_ref (range->self));
    }
  export_range_free (range);
  g_object_unref (dialog);
}

static void
choose_export_file (HavenCalendarPage *self,
                    Choice            *choice)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  ExportRange *range = g_new0 (ExportRange, 1);

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  range->self = g_object_ref (self);
  range->from = g_strdup (choice->from);
  range->to = g_strdup (choice->to);
  chooser = gtk_file_chooser_native_new (_("Export to iCalendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the file name offered for a calendar export; %s is a term or month. */
  name = g_strdup_printf (_("calendar-%s.ics"), choice->name);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_file_cb), range);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  HavenCalendarPage *self;   /* owned */
  HavenReport       *report; /* owned once made */
  char              *title;
  char              *school;
  char              *basename;
  GDate              first;
  gboolean           month;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_object_unref (job->self);
  g_clear_object (&job->report);
  g_free (job->title);
  g_free (job->school);
  g_free (job->basename);
  g_free (job);
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_print_finish (result, &error))
    show_error (self, _("Could not print."), error);
}

static void
print_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PrintJob *job = user_data;
  HavenCalendarPage *self = job->self;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *printed_on = g_date_time_format (now, "%Y-%m-%d");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  occurrences = haven_store_list_occurrences_finish (HAVEN_STORE (object), result, &error);
  if (occurrences == NULL)
    {
      show_error (self, _("Could not print."), error);
      print_job_free (job);
      return;
    }
  if (job->month)
    job->report = haven_report_new_month (&job->first, occurrences, job->school,
                                          g_str_has_prefix (g_get_language_names ()[0], "zh"), printed_on);
  else
    job->report = haven_report_new_term_plan (job->title, job->school, occurrences, printed_on);
  haven_print_report_async (store_of (self), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, job->report,
                            job->title, job->basename, self->cancellable, printed_cb, g_object_ref (self));
  print_job_free (job);
}

static void
print_range (HavenCalendarPage *self,
             PrintJob          *job,
             const char        *from,
             const char        *to)
{
  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  haven_store_list_occurrences_async (store_of (self), from, to, self->cancellable, print_listed_cb, job);
}

static void
chooser_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Chooser          *chooser)
{
  HavenCalendarPage *self = chooser->self;
  Choice *choice = chosen (chooser);

  if (!g_str_equal (response, "go") || choice == NULL)
    return;

  switch (chooser->kind)
    {
    case CHOICE_PLAN:
      haven_store_plan_term_async (store_of (self), choice->term_id, self->cancellable, planned_cb, g_object_ref (self));
      break;
    case CHOICE_EXPORT:
      choose_export_file (self, choice);
      break;
    case CHOICE_PRINT_TERM:
      {
        PrintJob *job = g_new0 (PrintJob, 1);

        job->self = g_object_ref (self);
        job->title = g_strdup (choice->name);
        job->school = g_strdup (chooser->school);
        /* Translators: the file name "Print to File" offers, without ".pdf". */
        job->basename = g_strdup_printf (_("term-plan-%s"), choice->name);
        g_strdelimit (job->basename, "/\\:", '-');
        print_range (self, job, choice->from, choice->to);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
show_chooser (Chooser *chooser)
{
  HavenCalendarPage *self = chooser->self;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  const char *heading, *body, *go;
  GDate selected;
  guint preselect = 0;

  if (chooser->choices->len == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s",
                                  _("The calendar has no terms yet. Give each term its first and last day in Preferences."));
      chooser_free (chooser);
      return;
    }

  haven_month_grid_get_selected (self->grid, &selected);
  for (guint i = 0; i < chooser->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (chooser->choices, i);
      g_autofree char *day = g_date_valid (&selected) ? haven_date_format_iso (&selected) : NULL;

      gtk_string_list_append (labels, choice->label);
      /* The term of the day selected comes first to hand. */
      if (choice->term_id != 0 && day != NULL && g_strcmp0 (choice->from, day) <= 0 && g_strcmp0 (day, choice->to) < 0)
        preselect = i;
    }

  switch (chooser->kind)
    {
    case CHOICE_PLAN:
      heading = _("Plan a Term");
      body = _("Adds the care programme of the seeds to the term’s calendar: the plan meeting, lectures on law, safety and mental health, the parent meeting and guardian training, home visits at the start, middle and end, the monthly birthday parties, letters home for the festivals, theme class meetings, the New Year party and the file update. Nothing is added twice.");
      go = _("_Plan");
      break;
    case CHOICE_EXPORT:
      heading = _("Export to iCalendar");
      body = _("Every activity of the days chosen, for calendar programs and phones.");
      go = _("_Choose File…");
      break;
    case CHOICE_PRINT_TERM:
    default:
      heading = _("Print Term Plan");
      body = _("The term’s activities month by month, on A4.");
      go = _("_Print…");
      break;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));
  chooser->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL));
  gtk_drop_down_set_selected (chooser->drop_down, preselect);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser->drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Term"), -1);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (chooser->drop_down));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "go", go, NULL);
  adw_message_dialog_set_response_appearance (dialog, "go", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "go");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (chooser_response_cb), chooser,
                         (GClosureNotify) (void (*) (void)) chooser_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
terms_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Chooser *chooser = user_data;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;

  terms = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (terms == NULL)
    {
      show_error (chooser->self, _("Could not read the terms."), error);
      chooser_free (chooser);
      return;
    }
  for (guint i = 0; i < terms->len; i++)
    {
      HavenRecord *term = g_ptr_array_index (terms, i);
      const char *start = haven_record_get_string (term, HAVEN_TERM_START_DATE);
      const char *end = haven_record_get_string (term, HAVEN_TERM_END_DATE);
      Choice *choice;
      GDate last;

      if (!haven_date_parse_iso (start, &last) || !haven_date_parse_iso (end, &last))
        continue;
      g_date_add_days (&last, 1);
      choice = g_new0 (Choice, 1);
      choice->term_id = haven_record_get_id (term);
      choice->name = g_strdup (haven_record_get_string (term, HAVEN_TERM_NAME));
      /* Translators: a term in a list: its name and its first and last day. */
      choice->label = g_strdup_printf (_("%s (%s to %s)"), choice->name, start, end);
      choice->from = g_strdup (start);
      choice->to = haven_date_format_iso (&last);
      g_ptr_array_add (chooser->choices, choice);
    }
  show_chooser (chooser);
}

static void
terms_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Chooser *chooser = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      show_error (chooser->self, _("Could not read the terms."), error);
      chooser_free (chooser);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_TERM, ids, NULL, chooser->self->cancellable,
                           terms_fetched_cb, chooser);
}

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Chooser *chooser = user_data;
  g_autoptr(HavenQuery) query = haven_query_new (HAVEN_TYPE_TERM);
  g_autoptr(HavenRecord) school = haven_store_load_finish (HAVEN_STORE (object), result, NULL);

  /* A school not yet described prints without its name. */
  chooser->school = g_strdup (school != NULL ? haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME) : "");
  haven_store_query_async (HAVEN_STORE (object), query, chooser->self->cancellable, terms_found_cb, chooser);
}

static void
start_chooser (HavenCalendarPage *self,
               ChoiceKind         kind)
{
  Chooser *chooser = g_new0 (Chooser, 1);

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  chooser->self = g_object_ref (self);
  chooser->kind = kind;
  chooser->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);

  if (kind == CHOICE_EXPORT)
    {
      /* The month shown can go alone too. */
      Choice *month = g_new0 (Choice, 1);
      GDate selected, first, end;
      char text[64];

      haven_month_grid_get_selected (self->grid, &selected);
      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, g_date_get_month (&selected), g_date_get_year (&selected));
      end = first;
      g_date_add_months (&end, 1);
      g_date_strftime (text, sizeof text, _("%B %Y"), &first);
      /* Translators: in the list of what to export; %s is a month. */
      month->label = g_strdup_printf (_("The month shown, %s"), text);
      month->name = g_strdup_printf ("%04d-%02d", g_date_get_year (&first), g_date_get_month (&first));
      month->from = haven_date_format_iso (&first);
      month->to = haven_date_format_iso (&end);
      g_ptr_array_add (chooser->choices, month);
    }
  haven_store_load_async (store_of (self), HAVEN_TYPE_SCHOOL_INFO, 1, self->cancellable, school_loaded_cb, chooser);
}

static void
plan_term_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  start_chooser (HAVEN_CALENDAR_PAGE (widget), CHOICE_PLAN);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  start_chooser (HAVEN_CALENDAR_PAGE (widget), CHOICE_EXPORT);
}

static void
print_term_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  start_chooser (HAVEN_CALENDAR_PAGE (widget), CHOICE_PRINT_TERM);
}

static void
print_school_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PrintJob *job = user_data;
  g_autoptr(HavenRecord) school = haven_store_load_finish (HAVEN_STORE (object), result, NULL);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate first, end;

  job->school = g_strdup (school != NULL ? haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME) : "");
  haven_month_grid_get_range (job->self->grid, &first, &end);
  from = haven_date_format_iso (&first);
  to = haven_date_format_iso (&end);
  print_range (job->self, job, from, to);
}

static void
print_month_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (widget);
  PrintJob *job = g_new0 (PrintJob, 1);
  GDate selected;
  char text[64];

  haven_month_grid_get_selected (self->grid, &selected);
  g_date_clear (&job->first, 1);
  g_date_set_dmy (&job->first, 1, g_date_get_month (&selected), g_date_get_year (&selected));
  g_date_strftime (text, sizeof text, _("%B %Y"), &job->first);
  job->self = g_object_ref (self);
  job->month = TRUE;
  job->title = g_strdup (text);
  /* Translators: the file name "Print to File" offers, without ".pdf". */
  job->basename = g_strdup_printf (_("calendar-%04d-%02d"), g_date_get_year (&job->first), g_date_get_month (&job->first));
  haven_store_load_async (store_of (self), HAVEN_TYPE_SCHOOL_INFO, 1, self->cancellable, print_school_cb, job);
}

/* GObject */

static void
haven_calendar_page_dispose (GObject *object)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->month_cancellable);
  g_cancellable_cancel (self->agenda_cancellable);
  g_cancellable_cancel (self->popover_cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CALENDAR_PAGE);
  g_clear_object (&self->context);
  g_clear_object (&self->month_cancellable);
  g_clear_object (&self->agenda_cancellable);
  g_clear_object (&self->popover_cancellable);

  G_OBJECT_CLASS (haven_calendar_page_parent_class)->dispose (object);
}

static void
haven_calendar_page_finalize (GObject *object)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  g_clear_object (&self->cancellable);
  g_free (self->mode);

  G_OBJECT_CLASS (haven_calendar_page_parent_class)->finalize (object);
}

static void
haven_calendar_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_MODE:
      g_value_set_string (value, self->mode);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, haven_calendar_page_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_calendar_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_calendar_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_MODE:
      haven_calendar_page_set_mode (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_calendar_page_class_init (HavenCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_calendar_page_dispose;
  object_class->finalize = haven_calendar_page_finalize;
  object_class->get_property = haven_calendar_page_get_property;
  object_class->set_property = haven_calendar_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_MONTH_GRID);
  g_type_ensure (HAVEN_TYPE_AGENDA);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, top_box);
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, grid);
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, agenda);

  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_property_action (widget_class, "calendar.mode", "mode");
  gtk_widget_class_install_action (widget_class, "calendar.new-activity", NULL, new_activity_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-activity-on", "s", new_activity_action);
  gtk_widget_class_install_action (widget_class, "calendar.letter-for-festival", "(ss)", letter_for_festival_action);
  gtk_widget_class_install_action (widget_class, "calendar.edit-occurrence", "(xs)", edit_occurrence_action);
  gtk_widget_class_install_action (widget_class, "calendar.attendance", "(xs)", attendance_action);
  gtk_widget_class_install_action (widget_class, "calendar.delete-occurrence", "(xs)", delete_occurrence_action);
  gtk_widget_class_install_action (widget_class, "calendar.move-occurrence", "(xss)", move_occurrence_action);
  gtk_widget_class_install_action (widget_class, "calendar.plan-term", NULL, plan_term_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "calendar.print-month", NULL, print_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.print-term", NULL, print_term_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "calendar.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "calendar.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "calendar.new-activity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "calendar.print-month", NULL);
}

static void
update_actions (HavenCalendarPage *self)
{
  static const char * const writing[] = {
    "calendar.new-activity", "calendar.new-activity-on", "calendar.letter-for-festival", "calendar.edit-occurrence",
    "calendar.delete-occurrence", "calendar.move-occurrence", "calendar.plan-term",
  };
  gboolean ready = self->context != NULL;
  gboolean writer = ready && may_write (self);

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (writing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), writing[i], writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.attendance", writer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.print-month", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.print-term", ready);
  haven_month_grid_set_editable (self->grid, writer);
  haven_agenda_set_editable (self->agenda, writer);
}

static void
haven_calendar_page_init (HavenCalendarPage *self)
{
  GDate today;

  g_assert (HAVEN_IS_CALENDAR_PAGE (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->mode = g_strdup ("month");
  today_date (&today);
  self->agenda_start = today;

  /* The lunar day (初八) only where people read it. */
  haven_month_grid_set_show_lunar (self->grid, g_str_has_prefix (g_get_language_names ()[0], "zh"));
  haven_month_grid_select (self->grid, &today);
  g_signal_connect_object (self->grid, "notify::month", G_CALLBACK (grid_month_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid, "day-activated", G_CALLBACK (day_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid, "occurrence-activated", G_CALLBACK (occurrence_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grid, "occurrence-moved", G_CALLBACK (occurrence_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->agenda, "occurrence-activated", G_CALLBACK (agenda_activated_cb), self,
                           G_CONNECT_SWAPPED);
  update_title (self);
  update_actions (self);
}

HavenContext *
haven_calendar_page_get_context (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->context;
}

void
haven_calendar_page_set_context (HavenCalendarPage *self,
                                 HavenContext      *context)
{
  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
  load_month (self);
  self->agenda_stale = TRUE;
  if (g_strcmp0 (self->mode, "agenda") == 0)
    load_agenda (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
haven_calendar_page_show_agenda (HavenCalendarPage *self,
                                 const GDate       *day)
{
  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  self->agenda_start = *day;
  self->agenda_stale = TRUE;
  haven_calendar_page_set_mode (self, "agenda");
  if (self->agenda_stale)
    load_agenda (self);
  update_title (self);
}

void
haven_calendar_page_show_day (HavenCalendarPage *self,
                              const GDate       *day)
{
  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  haven_calendar_page_set_mode (self, "month");
  haven_month_grid_select (self->grid, day);
  update_title (self);
}

const char *
haven_calendar_page_get_mode (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->mode;
}

void
haven_calendar_page_set_mode (HavenCalendarPage *self,
                              const char        *mode)
{
  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));

  if (g_strcmp0 (mode, "agenda") != 0)
    mode = "month";
  if (g_strcmp0 (self->mode, mode) == 0)
    return;
  g_free (self->mode);
  self->mode = g_strdup (mode);
  gtk_stack_set_visible_child_name (self->stack, mode);
  if (g_str_equal (mode, "agenda") && self->agenda_stale)
    load_agenda (self);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

HavenMonthGrid *
haven_calendar_page_get_grid (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->grid;
}

HavenAgenda *
haven_calendar_page_get_agenda (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->agenda;
}

void
haven_calendar_page_get_agenda_start (HavenCalendarPage *self,
                                      GDate             *out)
{
  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));
  *out = self->agenda_start;
}

gboolean
haven_calendar_page_get_loading (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), FALSE);
  return self->month_loading || self->agenda_loading || self->reload_source != 0;
}

GtkWindow *
haven_calendar_page_get_dialog (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->dialog;
}

GtkWidget *
haven_calendar_page_get_popover (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->popover;
}
