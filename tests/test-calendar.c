/* test-calendar.c: the calendar page, driven by its actions and keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "haven-activity-editor.h"
#include "haven-attendance-dialog.h"
#include "haven-attendee.h"
#include "haven-calendar-page.h"
#include "haven-child-activities.h"
#include "haven-day-popover.h"
#include "haven-store-activities.h"
#include "haven-test-utils.h"
#include "haven-window.h"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  HavenContext *context;
  HavenWindow  *window;
  GDate         today;
} Fixture;

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_set (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static HavenCalendarPage *
page_of (Fixture *f)
{
  return HAVEN_CALENDAR_PAGE (haven_window_get_page (f->window, "calendar"));
}

static gboolean
page_idle (gpointer data)
{
  Fixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store)
         && !haven_calendar_page_get_loading (page_of (f));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  f->dir = haven_test_dir_new ();
  f->store = haven_store_new (f->dir->path);
  haven_store_open_async (f->store, NULL, result_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_store_open_finish (f->store, result, &error));
  g_clear_object (&result);
  /* The sample's term is the one of today, as the page's. */
  haven_sample_fill_async (f->store, 60, 7, NULL, NULL, result_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_sample_fill_finish (f->store, result, &error));
  g_assert_no_error (error);

  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (NULL, f->context, 0));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1024, 600);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "calendar"));
  wait_for (page_idle, f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *dialog = haven_calendar_page_get_dialog (page_of (f));

  if (dialog != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (f->window);
  haven_test_finalize_object_soon (f->context);
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

static GDate
day (const char *iso)
{
  GDate date;

  g_assert_true (haven_date_parse_iso (iso, &date));
  return date;
}

static char *
selected_of (HavenMonthGrid *grid)
{
  GDate selected;

  haven_month_grid_get_selected (grid, &selected);
  return haven_date_format_iso (&selected);
}

/* A key press as the grid's key controller gets it. */
static void
press (GtkWidget *widget,
       guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static GPtrArray *
occurrences (Fixture    *f,
             const char *from,
             const char *to)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *list;

  haven_store_list_occurrences_async (f->store, from, to, NULL, result_cb, &result);
  wait_for (result_set, &result);
  list = haven_store_list_occurrences_finish (f->store, result, &error);
  g_assert_no_error (error);
  return list;
}

/* The first occurrence from the day after today of a repeating series. */
static HavenOccurrence *
find_repeating (Fixture *f)
{
  g_autofree char *from = haven_date_format_iso (&f->today);
  g_autofree char *to = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GDate end = f->today;

  g_date_add_days (&end, 120);
  to = haven_date_format_iso (&end);
  list = occurrences (f, from, to);
  for (guint i = 0; i < list->len; i++)
    if (haven_occurrence_get_recurrence (g_ptr_array_index (list, i)) == HAVEN_RECURRENCE_WEEKLY)
      return g_object_ref (g_ptr_array_index (list, i));
  return NULL;
}

static gboolean
grid_loaded (gpointer data)
{
  Fixture *f = data;

  return page_idle (f) && haven_month_grid_get_loaded (haven_calendar_page_get_grid (page_of (f)));
}

/* Arrows, Home and End move between days, Page Up and Down between
 * months; a day of another month brings its month. Enter opens the day. */
static void
test_calendar_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  HavenCalendarPage *page = page_of (f);
  HavenMonthGrid *grid = haven_calendar_page_get_grid (page);
  GDate start = day ("2026-11-30");
  GDate first;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;
  GtkWidget *popover;

  haven_calendar_page_show_day (page, &start);
  g_assert_cmpstr (haven_month_grid_get_month (grid), ==, "2026-11");
  /* Weeks start on Monday: 1 November 2026 is a Sunday, the grid starts on 26 October. */
  haven_month_grid_get_range (grid, &first, NULL);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_get_day (&first), ==, 26);
  haven_month_grid_focus_selected (grid);

  press (GTK_WIDGET (grid), GDK_KEY_Right);
  a = selected_of (grid);
  g_assert_cmpstr (a, ==, "2026-12-01");
  g_assert_cmpstr (haven_month_grid_get_month (grid), ==, "2026-12");
  press (GTK_WIDGET (grid), GDK_KEY_Up);
  b = selected_of (grid);
  g_assert_cmpstr (b, ==, "2026-11-24");
  press (GTK_WIDGET (grid), GDK_KEY_End);
  c = selected_of (grid);
  g_assert_cmpstr (c, ==, "2026-11-29");
  press (GTK_WIDGET (grid), GDK_KEY_Page_Down);
  d = selected_of (grid);
  g_assert_cmpstr (d, ==, "2026-12-29");
  press (GTK_WIDGET (grid), GDK_KEY_Home);
  e = selected_of (grid);
  g_assert_cmpstr (e, ==, "2026-12-28");

  /* The page's own keys: Alt+← is the month before. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "calendar.previous", NULL));
  g_assert_cmpstr (haven_month_grid_get_month (grid), ==, "2026-11");
  wait_for (grid_loaded, f);

  press (GTK_WIDGET (grid), GDK_KEY_Return);
  popover = haven_calendar_page_get_popover (page);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

typedef struct
{
  Fixture    *f;
  gint64      activity_id;
  const char *day;
} Expect;

static gboolean
activity_on (gpointer data)
{
  Expect *e = data;
  g_autoptr(HavenRecord) activity = NULL;

  if (!page_idle (e->f))
    return FALSE;
  activity = haven_test_load (e->f->store, HAVEN_TYPE_ACTIVITY, e->activity_id, NULL);
  return activity != NULL
         && g_str_has_prefix (haven_record_get_string (activity, HAVEN_ACTIVITY_STARTS_AT), e->day);
}

/* A drop on a greyed day of the month before moves the activity to that
 * very day, not to the day of the same number in the month shown
 * (elementary/calendar#684). */
static void
test_calendar_drop_on_greyed_day (Fixture       *f,
                                  gconstpointer  data)
{
  HavenCalendarPage *page = page_of (f);
  HavenMonthGrid *grid = haven_calendar_page_get_grid (page);
  g_autoptr(HavenActivity) single = haven_activity_new ();
  GDate november = day ("2026-11-10"), october = day ("2026-10-31");
  HavenMonthCell *target, *source;
  HavenOccurrence *moving = NULL;
  Expect expect;
  gint64 id;

  haven_record_set_string (HAVEN_RECORD (single), HAVEN_ACTIVITY_TITLE, "拖动测试");
  haven_record_set_string (HAVEN_RECORD (single), HAVEN_ACTIVITY_STARTS_AT, "2026-11-10 10:00");
  id = haven_test_save_ok (f->store, single);

  haven_calendar_page_show_day (page, &november);
  wait_for (grid_loaded, f);
  source = haven_month_grid_get_cell_for (grid, &november);
  for (guint i = 0; haven_month_cell_get_occurrences (source) != NULL
                    && i < haven_month_cell_get_occurrences (source)->len; i++)
    {
      HavenOccurrence *o = g_ptr_array_index (haven_month_cell_get_occurrences (source), i);

      if (haven_occurrence_get_activity_id (o) == id)
        moving = o;
    }
  g_assert_nonnull (moving);

  target = haven_month_grid_get_cell_for (grid, &october);
  g_assert_nonnull (target);
  g_assert_false (haven_month_cell_get_in_month (target));
  /* Dropped where it is: nothing happens. */
  g_assert_false (haven_month_grid_drop (grid, moving, source));
  g_assert_true (haven_month_grid_drop (grid, moving, target));

  expect = (Expect) { f, id, "2026-10-31 10:00" };
  wait_for (activity_on, &expect);
  /* The grid still shows November. */
  g_assert_cmpstr (haven_month_grid_get_month (grid), ==, "2026-11");
}

static gboolean
editor_ready (gpointer data)
{
  Fixture *f = data;
  GtkWindow *dialog = haven_calendar_page_get_dialog (page_of (f));

  return HAVEN_IS_ACTIVITY_EDITOR (dialog) && !haven_activity_editor_get_loading (HAVEN_ACTIVITY_EDITOR (dialog));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
dialog_closed (gpointer data)
{
  Fixture *f = data;

  return haven_calendar_page_get_dialog (page_of (f)) == NULL && page_idle (f);
}

/* Saving an occurrence of a repeating activity asks; "only this one"
 * changes that day and leaves the series where it was. */
static void
test_calendar_edit_one_occurrence (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(HavenOccurrence) o = find_repeating (f);
  g_autoptr(HavenRecord) before = NULL;
  g_autoptr(HavenRecord) after = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GtkWindow *editor;
  AdwMessageDialog *ask;
  GDate next;
  g_autofree char *to = NULL;
  guint changed = 0, unchanged = 0;

  g_assert_nonnull (o);
  before = haven_test_load (f->store, HAVEN_TYPE_ACTIVITY, haven_occurrence_get_activity_id (o), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "calendar.edit-occurrence", "(xs)",
                                             haven_occurrence_get_activity_id (o),
                                             haven_occurrence_get_original_text (o)));
  wait_for (editor_ready, f);
  editor = haven_calendar_page_get_dialog (page_of (f));

  /* A field left empty says so next to it. */
  haven_activity_editor_set_field_text (HAVEN_ACTIVITY_EDITOR (editor), "title", "");
  g_assert_nonnull (haven_activity_editor_get_field_error (HAVEN_ACTIVITY_EDITOR (editor), "title"));
  haven_activity_editor_set_field_text (HAVEN_ACTIVITY_EDITOR (editor), "title", "兴趣小组（本周改在操场）");
  g_assert_null (haven_activity_editor_get_field_error (HAVEN_ACTIVITY_EDITOR (editor), "title"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (message_dialog_shown, NULL);
  ask = find_message_dialog ();
  adw_message_dialog_response (ask, "this");
  wait_for (dialog_closed, f);

  after = haven_test_load (f->store, HAVEN_TYPE_ACTIVITY, haven_occurrence_get_activity_id (o), NULL);
  g_assert_cmpstr (haven_record_get_string (after, HAVEN_ACTIVITY_STARTS_AT), ==,
                   haven_record_get_string (before, HAVEN_ACTIVITY_STARTS_AT));
  g_assert_cmpstr (haven_record_get_string (after, HAVEN_ACTIVITY_TITLE), ==,
                   haven_record_get_string (before, HAVEN_ACTIVITY_TITLE));

  haven_occurrence_get_date (o, &next);
  g_date_add_days (&next, 15);
  to = haven_date_format_iso (&next);
  list = occurrences (f, haven_occurrence_get_date_text (o), to);
  for (guint i = 0; i < list->len; i++)
    {
      HavenOccurrence *x = g_ptr_array_index (list, i);

      if (haven_occurrence_get_activity_id (x) != haven_occurrence_get_activity_id (o))
        continue;
      if (g_str_equal (haven_occurrence_get_title (x), "兴趣小组（本周改在操场）"))
        changed++;
      else
        unchanged++;
    }
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (unchanged, >=, 1);
}

static gboolean
attendance_ready (gpointer data)
{
  Fixture *f = data;
  GtkWindow *dialog = haven_calendar_page_get_dialog (page_of (f));

  return HAVEN_IS_ATTENDANCE_DIALOG (dialog) && !haven_attendance_dialog_get_loading (HAVEN_ATTENDANCE_DIALOG (dialog));
}

static HavenParticipation *
participation (Fixture *f,
               gint64   child_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  HavenParticipation *p;

  haven_store_child_participation_async (f->store, child_id, NULL, NULL, NULL, result_cb, &result);
  wait_for (result_set, &result);
  p = haven_store_child_participation_finish (f->store, result, NULL);
  g_assert_nonnull (p);
  return p;
}

typedef struct
{
  HavenChildActivities *widget;
  char                 *expected;
} Watch;

static gboolean
child_counts_shown (gpointer data)
{
  Watch *watch = data;
  const char *text = haven_child_activities_get_text (watch->widget);

  return text != NULL && strstr (text, watch->expected) != NULL;
}

/* Everyone concerned at once, then the child page counts it. */
static void
test_calendar_attendance (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(HavenActivity) meeting = haven_activity_new ();
  g_autoptr(HavenAttendanceSheet) sheet = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *iso = haven_date_format_iso (&f->today);
  g_autofree char *starts = g_strconcat (iso, " 14:30", NULL);
  g_autoptr(HavenChildActivities) counts = NULL;
  GtkWindow *dialog;
  GListModel *model;
  g_autofree HavenParticipation *before = NULL;
  gint64 id, other_id;
  guint present = 0;

  haven_record_set_string (HAVEN_RECORD (meeting), HAVEN_ACTIVITY_TITLE, "感恩父母主题班会");
  haven_record_set_int (HAVEN_RECORD (meeting), HAVEN_ACTIVITY_TYPE, HAVEN_ACTIVITY_CLASS_MEETING);
  haven_record_set_string (HAVEN_RECORD (meeting), HAVEN_ACTIVITY_STARTS_AT, starts);
  id = haven_test_save_ok (f->store, meeting);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "calendar.attendance", "(xs)", id, iso));
  wait_for (attendance_ready, f);
  dialog = haven_calendar_page_get_dialog (page_of (f));
  model = haven_attendance_dialog_get_model (HAVEN_ATTENDANCE_DIALOG (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 30);
  g_assert_true (g_str_has_prefix (haven_attendance_dialog_get_summary (HAVEN_ATTENDANCE_DIALOG (dialog)), "0 of "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "attendance.mark-all", NULL));
  {
    g_autoptr(HavenAttendee) first = g_list_model_get_item (model, 0);
    g_autoptr(HavenAttendee) second = g_list_model_get_item (model, 1);

    other_id = haven_attendee_get_child_id (second);
    before = participation (f, other_id);
    /* One by one: the first child did not come after all. */
    haven_attendee_set_present (first, FALSE);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "attendance.save", NULL));
  wait_for (dialog_closed, f);

  haven_store_load_attendance_async (f->store, id, iso, NULL, result_cb, &result);
  wait_for (result_set, &result);
  sheet = haven_store_load_attendance_finish (f->store, result, NULL);
  for (guint i = 0; i < sheet->attendees->len; i++)
    present += haven_attendee_get_present (g_ptr_array_index (sheet->attendees, i));
  g_assert_cmpuint (present, ==, sheet->attendees->len - 1);

  /* The child page of one who came counts the meeting with the rest. */
  {
    g_autofree HavenParticipation *after = participation (f, other_id);
    Watch watch;

    g_assert_cmpuint (after->took_part, ==, before->took_part + 1);
    counts = g_object_ref_sink (g_object_new (HAVEN_TYPE_CHILD_ACTIVITIES, NULL));
    haven_child_activities_set_context (counts, f->context);
    haven_child_activities_set_child_id (counts, other_id);
    watch.widget = counts;
    watch.expected = g_strdup_printf ("took part in %u activit", after->took_part);
    wait_for (child_counts_shown, &watch);
    g_free (watch.expected);
  }
}

static gboolean
agenda_shown (gpointer data)
{
  Fixture *f = data;

  return page_idle (f) && g_str_equal (haven_calendar_page_get_mode (page_of (f)), "agenda");
}

/* The overview's count leads to the agenda at today, and counts what the
 * agenda shows in its first two weeks. */
static void
test_calendar_overview_agenda (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(HavenOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = haven_date_format_iso (&f->today);
  GListModel *model;
  guint in_two_weeks = 0;
  GDate start;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-agenda", NULL));
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "calendar");
  wait_for (agenda_shown, f);
  haven_calendar_page_get_agenda_start (page_of (f), &start);
  g_assert_cmpint (g_date_compare (&start, &f->today), ==, 0);

  model = haven_agenda_get_model (haven_calendar_page_get_agenda (page_of (f)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HavenOccurrence) o = g_list_model_get_item (model, i);

      g_assert_cmpstr (haven_occurrence_get_date_text (o), >=, today);
      if (haven_occurrence_get_julian (o) < g_date_get_julian (&f->today) + HAVEN_OVERVIEW_DAYS_AHEAD)
        in_two_weeks++;
    }
  overview = haven_test_overview (f->store, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overview->activities_ahead, ==, in_two_weeks);

  /* The toggles switch back to the month. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "calendar.mode", "s", "month"));
  g_assert_cmpstr (haven_calendar_page_get_mode (page_of (f)), ==, "month");
}

/* A festival's letter home starts from the festival, by its nick. */
static void
test_calendar_festival_letter (Fixture       *f,
                               gconstpointer  data)
{
  GtkWindow *editor;
  HavenRecord *activity;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "calendar.letter-for-festival", "(ss)",
                                             "mid-autumn", "2027-09-15"));
  wait_for (editor_ready, f);
  editor = haven_calendar_page_get_dialog (page_of (f));
  activity = haven_activity_editor_get_activity (HAVEN_ACTIVITY_EDITOR (editor));
  g_assert_cmpint (haven_record_get_int (activity, HAVEN_ACTIVITY_TYPE), ==, HAVEN_ACTIVITY_LETTER_HOME);
  g_assert_cmpstr (haven_record_get_string (activity, HAVEN_ACTIVITY_FESTIVAL), ==, "mid-autumn");
  g_assert_true (g_str_has_prefix (haven_record_get_string (activity, HAVEN_ACTIVITY_STARTS_AT), "2027-09-15"));
  g_assert_cmpstr (haven_record_get_string (activity, HAVEN_ACTIVITY_TITLE), !=, "");
}

/* Month after month, the answers that come late are for the month shown. */
static void
test_calendar_switch_months (Fixture       *f,
                             gconstpointer  data)
{
  HavenCalendarPage *page = page_of (f);
  HavenMonthGrid *grid = haven_calendar_page_get_grid (page);
  GDate start = day ("2026-09-15");
  const char *months[] = { "2026-10", "2026-11", "2026-12", "2027-01" };

  haven_calendar_page_show_day (page, &start);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "calendar.next", NULL));
      g_assert_cmpstr (haven_month_grid_get_month (grid), ==, months[i]);
    }
  wait_for (grid_loaded, f);
  g_assert_cmpstr (haven_month_grid_get_month (grid), ==, "2027-01");
  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      HavenMonthCell *cell = haven_month_grid_get_cell (grid, i);
      GPtrArray *shown = haven_month_cell_get_occurrences (cell);

      for (guint j = 0; shown != NULL && j < shown->len; j++)
        g_assert_cmpuint (haven_occurrence_get_julian (g_ptr_array_index (shown, j)), ==,
                          g_date_get_julian (haven_month_cell_get_date (cell)));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/calendar/keyboard", test_calendar_keyboard);
  ADD ("/calendar/drop-on-greyed-day", test_calendar_drop_on_greyed_day);
  ADD ("/calendar/edit-one-occurrence", test_calendar_edit_one_occurrence);
  ADD ("/calendar/attendance", test_calendar_attendance);
  ADD ("/calendar/overview-agenda", test_calendar_overview_agenda);
  ADD ("/calendar/festival-letter", test_calendar_festival_letter);
  ADD ("/calendar/switch-months", test_calendar_switch_months);
#undef ADD

  return g_test_run ();
}
