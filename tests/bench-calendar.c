/* bench-calendar.c: switching months at county scale, the app against stock GTK
 *
 * Not a test: build-aux/dev bench runs it. One process, one window at a
 * time, 1366×768, on the renderer the environment sets (cairo in the
 * bench):
 *
 *   haven      the Calendar page on a database of 50,000 activities (a
 *              county's schools, a mix of single ones, weekly groups,
 *              monthly calls, lunar and festival letters and once-a-term
 *              ones over 18 months), month by month;
 *   reference  a plain GtkGrid of the same 42 day cells (a GtkBox each of
 *              labels: the day, its lunar day or festival, four
 *              activities and "+N more") and 7 weekday labels, relabelled
 *              with the same month's texts, computed beforehand.
 *
 * Each switch is timed from the switch to the first frame painted (the
 * frame clock's after-paint) once the month's activities show; a 1 ms
 * timer on the main loop measures the longest stall (gap between its
 * ticks) in that time. Twelve months forward and twelve back, after two
 * switches of warm-up, the sides alternated for --rounds rounds. Prints
 * RESULT lines and a summary with the ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-calendar"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "haven-calendar-page.h"
#include "haven-festival.h"
#include "haven-lunar.h"
#include "haven-sample.h"
#include "haven-store-activities.h"
#include "haven-test-utils.h"

#define N_ACTIVITIES   50000
#define WIDTH          1366
#define HEIGHT         768
#define PER_DAY        4
#define N_MONTHS       12      /* forward, then back */
#define WARM_UP        2
#define PAUSE_MS       60
#define SWITCH_TIMEOUT (20 * G_USEC_PER_SEC)

typedef struct
{
  gint64 stall_us;
  gint64 paint_us;
  gint64 sync_us;
} Sample;

typedef struct Bench Bench;

struct Bench
{
  GMainLoop      *loop;
  HavenStore     *store;
  HavenContext   *context;
  GDate           first_month;
  gboolean        haven;
  int             round;

  /* The reference's texts of each month: 42 × 7 strings */
  GPtrArray      *texts[N_MONTHS + 1];

  GtkWindow      *window;
  GtkWidget      *labels[HAVEN_MONTH_GRID_DAYS][7];
  HavenCalendarPage *page;
  int             month_index;
  int             direction;
  guint           done;
  GArray         *samples;

  /* The switch being timed */
  gboolean        in_switch;
  gboolean        ready;
  gint64          started;
  gint64          last_tick;
  gint64          longest;
  gint64          sync_us;
  gulong          after_paint_id;
  gulong          loaded_id;
  guint           tick_source;
  guint           timeout_source;
  gboolean        timed_out;
};

/* The database */

static const char * const titles[] = {
  "书法与绘画兴趣小组", "篮球与跳绳", "亲情电话", "法制安全教育讲座", "心理健康讲座", "家长会", "期中家访",
  "主题班会", "集体生日会", "中秋节亲情书信", "春游", "绘画比赛", "元旦联欢会", "监护人培训", "档案更新",
};

static void
exec_ok (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* 50,000 activities of a county's schools, around today. */
static void
fill_activities (const char  *path,
                 const GDate *today)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GRand *rand = g_rand_new_with_seed (20261122);
  GDate start = *today;

  g_date_subtract_months (&start, 6);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_ok (db, "BEGIN");
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO activity (uuid, type, title, starts_at, ends_at, place, recurrence,"
                                       " recurrence_until, lunar, weekdays, festival, updated_at)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, '2026-11-22 00:00:00')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < N_ACTIVITIES; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *title = g_strdup_printf ("%s %u", titles[i % G_N_ELEMENTS (titles)], i / 97);
      g_autofree char *starts = NULL;
      g_autofree char *day = NULL;
      g_autofree char *until = NULL;
      GDate date = start, end;
      int roll = g_rand_int_range (rand, 0, 100);
      int recurrence = 0, lunar = 0, weekdays = 0;
      const char *festival = "";

      g_date_add_days (&date, g_rand_int_range (rand, 0, 540));
      end = date;
      /* Most are single; the rest repeat for a term or a year. */
      if (roll < 70)
        recurrence = HAVEN_RECURRENCE_NONE;
      else if (roll < 88)
        {
          recurrence = HAVEN_RECURRENCE_WEEKLY;
          weekdays = HAVEN_WEEKDAY_BIT (G_DATE_TUESDAY) | (roll % 2 ? HAVEN_WEEKDAY_BIT (G_DATE_THURSDAY) : 0);
          g_date_add_days (&end, 140);
        }
      else if (roll < 95)
        {
          recurrence = HAVEN_RECURRENCE_MONTHLY;
          g_date_add_months (&end, 10);
        }
      else if (roll < 98)
        {
          recurrence = HAVEN_RECURRENCE_YEARLY;
          lunar = haven_lunar_from_solar (&date, &(HavenLunarDate) { 0 });
          festival = roll % 2 ? "mid-autumn" : "";
        }
      else
        recurrence = HAVEN_RECURRENCE_TERMLY;
      day = haven_date_format_iso (&date);
      starts = g_strdup_printf ("%s %02d:%02d", day, 8 + roll % 9, (roll * 7) % 60);
      until = recurrence == HAVEN_RECURRENCE_WEEKLY || recurrence == HAVEN_RECURRENCE_MONTHLY
              ? haven_date_format_iso (&end) : g_strdup ("");

      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, (int) (i % (HAVEN_ACTIVITY_GUARDIAN_TRAINING + 1)));
      sqlite3_bind_text (stmt, 3, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, starts, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, "留守儿童之家", -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 7, recurrence);
      sqlite3_bind_text (stmt, 8, until, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 9, lunar);
      sqlite3_bind_int (stmt, 10, weekdays);
      sqlite3_bind_text (stmt, 11, festival, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  exec_ok (db, "COMMIT");
  sqlite3_close (db);
  g_rand_free (rand);
}

/* The reference's texts, from the same month summaries the page reads */

static char *
note_of (const GDate *day)
{
  HavenFestival festivals[HAVEN_N_FESTIVALS];
  HavenLunarDate lunar;

  if (haven_festival_on_date (day, festivals) > 0)
    return g_strdup (haven_festival_get_name (festivals[0]));
  if (haven_lunar_from_solar (day, &lunar))
    return haven_lunar_day_label (&lunar);
  return g_strdup ("");
}

static GPtrArray *
month_texts (HavenStore  *store,
             const GDate *first_of_month)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(HavenDaySummary) summary = NULL;
  g_autofree char *first = NULL;
  GDate start = *first_of_month;
  guint next = 0;

  g_date_subtract_days (&start, g_date_get_weekday (first_of_month) - G_DATE_MONDAY);
  first = haven_date_format_iso (&start);
  haven_store_summarize_days_async (store, first, HAVEN_MONTH_GRID_DAYS, PER_DAY, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  summary = haven_store_summarize_days_finish (store, result, NULL);
  g_assert_nonnull (summary);

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      GDate day = start;
      guint shown = 0;

      g_date_add_days (&day, i);
      g_ptr_array_add (texts, g_strdup_printf ("%d", g_date_get_day (&day)));
      g_ptr_array_add (texts, note_of (&day));
      while (next < summary->occurrences->len
             && haven_occurrence_get_julian (g_ptr_array_index (summary->occurrences, next)) == g_date_get_julian (&day))
        {
          HavenOccurrence *o = g_ptr_array_index (summary->occurrences, next++);

          g_ptr_array_add (texts, g_strdup_printf ("%s %s", haven_occurrence_get_time_text (o),
                                                   haven_occurrence_get_title (o)));
          shown++;
        }
      for (; shown < PER_DAY; shown++)
        g_ptr_array_add (texts, g_strdup (""));
      g_ptr_array_add (texts, summary->counts[i] > PER_DAY ? g_strdup_printf ("+%u more", summary->counts[i] - PER_DAY)
                                                           : g_strdup (""));
    }
  return texts;
}

/* The reference window */

static GtkWindow *
reference_window (Bench *b)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *grid = gtk_grid_new ();
  GDate monday;

  gtk_grid_set_row_homogeneous (GTK_GRID (grid), FALSE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 5, G_DATE_JANUARY, 2026);
  for (guint c = 0; c < 7; c++, g_date_add_days (&monday, 1))
    {
      char name[32];

      g_date_strftime (name, sizeof name, "%a", &monday);
      gtk_grid_attach (GTK_GRID (grid), gtk_label_new (name), c, 0, 1, 1);
    }
  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_vexpand (cell, TRUE);
      gtk_widget_set_hexpand (cell, TRUE);
      for (guint l = 0; l < 7; l++)
        {
          GtkWidget *label = gtk_label_new ("");

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
          gtk_widget_set_size_request (label, 20, -1);
          gtk_box_append (GTK_BOX (cell), label);
          b->labels[i][l] = label;
        }
      gtk_grid_attach (GTK_GRID (grid), cell, i % 7, 1 + i / 7, 1, 1);
    }
  gtk_window_set_child (GTK_WINDOW (window), grid);
  return GTK_WINDOW (window);
}

static void
relabel (Bench *b,
         int    month)
{
  GPtrArray *texts = b->texts[month];

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    for (guint l = 0; l < 7; l++)
      gtk_label_set_label (GTK_LABEL (b->labels[i][l]), g_ptr_array_index (texts, i * 7 + l));
}

/* Timing */

static void next_switch (Bench *b);

static gboolean
tick_cb (gpointer user_data)
{
  Bench *b = user_data;
  gint64 now = g_get_monotonic_time ();

  if (b->in_switch)
    {
      b->longest = MAX (b->longest, now - b->last_tick);
      b->last_tick = now;
    }
  return G_SOURCE_CONTINUE;
}

static void
finish_switch (Bench *b)
{
  gint64 now = g_get_monotonic_time ();
  Sample sample;

  b->longest = MAX (b->longest, now - b->last_tick);
  b->in_switch = FALSE;
  g_clear_handle_id (&b->timeout_source, g_source_remove);
  sample.stall_us = b->longest;
  sample.paint_us = now - b->started;
  sample.sync_us = b->sync_us;
  if (b->done >= WARM_UP)
    g_array_append_val (b->samples, sample);
  b->done++;
  g_timeout_add_once (PAUSE_MS, (GSourceOnceFunc) next_switch, b);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *b)
{
  if (b->in_switch && b->ready)
    finish_switch (b);
}

static void
loaded_cb (HavenMonthGrid *grid,
           GParamSpec     *pspec,
           Bench          *b)
{
  if (b->in_switch && haven_month_grid_get_loaded (grid))
    {
      b->ready = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (grid));
    }
}

static gboolean
switch_timeout_cb (gpointer user_data)
{
  Bench *b = user_data;

  b->timeout_source = 0;
  b->timed_out = TRUE;
  g_printerr ("a switch was not painted within %d s\n", (int) (SWITCH_TIMEOUT / G_USEC_PER_SEC));
  g_main_loop_quit (b->loop);
  return G_SOURCE_REMOVE;
}

static void
next_switch (Bench *b)
{
  guint total = WARM_UP + 2 * N_MONTHS;

  if (b->done >= total)
    {
      g_main_loop_quit (b->loop);
      return;
    }
  if (b->month_index == N_MONTHS)
    b->direction = -1;
  else if (b->month_index == 0)
    b->direction = 1;
  b->month_index += b->direction;

  b->in_switch = TRUE;
  b->ready = FALSE;
  b->longest = 0;
  b->started = b->last_tick = g_get_monotonic_time ();
  b->timeout_source = g_timeout_add (SWITCH_TIMEOUT / 1000, switch_timeout_cb, b);
  if (b->haven)
    gtk_widget_activate_action (GTK_WIDGET (b->page), b->direction > 0 ? "calendar.next" : "calendar.previous", NULL);
  else
    {
      relabel (b, b->month_index);
      b->ready = TRUE;
    }
  b->sync_us = g_get_monotonic_time () - b->started;
  gtk_widget_queue_draw (GTK_WIDGET (b->window));
}

static gboolean
settled (gpointer data)
{
  Bench *b = data;

  return !b->haven || (!haven_calendar_page_get_loading (b->page)
                       && haven_month_grid_get_loaded (haven_calendar_page_get_grid (b->page)));
}

static int
compare_i64 (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (GArray *samples,
           gsize   offset)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < samples->len; i++)
    {
      gint64 v = *(gint64 *) ((char *) &g_array_index (samples, Sample, i) + offset);
      g_array_append_val (values, v);
    }
  g_array_sort (values, compare_i64);
  return values->len == 0 ? 0 : g_array_index (values, gint64, values->len / 2) / 1000.0;
}

static double
max_of (GArray *samples,
        gsize   offset)
{
  gint64 m = 0;

  for (guint i = 0; i < samples->len; i++)
    m = MAX (m, *(gint64 *) ((char *) &g_array_index (samples, Sample, i) + offset));
  return m / 1000.0;
}

static void
wait_until (gboolean (*condition) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* One side, one round: returns its samples. */
static GArray *
run_side (Bench    *b,
          gboolean  haven)
{
  GdkFrameClock *clock;
  GDate start = b->first_month;

  b->haven = haven;
  b->samples = g_array_new (FALSE, FALSE, sizeof (Sample));
  b->done = 0;
  b->month_index = 0;
  b->direction = 1;

  if (haven)
    {
      b->window = GTK_WINDOW (gtk_window_new ());
      b->page = g_object_new (HAVEN_TYPE_CALENDAR_PAGE, NULL);
      gtk_window_set_child (b->window, GTK_WIDGET (b->page));
      haven_calendar_page_set_context (b->page, b->context);
      /* Lunar days as the reference shows them, whatever the locale. */
      haven_month_grid_set_show_lunar (haven_calendar_page_get_grid (b->page), TRUE);
      haven_calendar_page_show_day (b->page, &start);
      b->loaded_id = g_signal_connect (haven_calendar_page_get_grid (b->page), "notify::loaded",
                                       G_CALLBACK (loaded_cb), b);
    }
  else
    {
      b->window = reference_window (b);
      relabel (b, 0);
    }
  gtk_window_set_default_size (b->window, WIDTH, HEIGHT);
  gtk_window_present (b->window);
  wait_until (mapped, b->window);
  wait_until (settled, b);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (b->window));
  b->after_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), b);
  b->tick_source = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, b, NULL);

  g_timeout_add_once (200, (GSourceOnceFunc) next_switch, b);
  g_main_loop_run (b->loop);

  g_signal_handler_disconnect (clock, b->after_paint_id);
  g_clear_handle_id (&b->tick_source, g_source_remove);
  if (haven)
    g_signal_handler_disconnect (haven_calendar_page_get_grid (b->page), b->loaded_id);
  gtk_window_destroy (b->window);
  b->window = NULL;
  b->page = NULL;
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return g_steal_pointer (&b->samples);
}

static void
report (const char *side,
        int         round,
        GArray     *samples)
{
  g_print ("RESULT side=%s round=%d switches=%u median_stall_ms=%.2f longest_stall_ms=%.2f"
           " median_painted_ms=%.2f median_sync_ms=%.2f\n",
           side, round, samples->len, median_of (samples, G_STRUCT_OFFSET (Sample, stall_us)),
           max_of (samples, G_STRUCT_OFFSET (Sample, stall_us)),
           median_of (samples, G_STRUCT_OFFSET (Sample, paint_us)),
           median_of (samples, G_STRUCT_OFFSET (Sample, sync_us)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HavenTestDir) dir = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GArray) all_ref = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) all_haven = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  int rounds = 2;
  GDate today, month;

  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--rounds="))
      rounds = MAX (1, atoi (argv[i] + strlen ("--rounds=")));

  gtk_init ();
  adw_init ();

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  g_date_clear (&b.first_month, 1);
  g_date_set_dmy (&b.first_month, 1, g_date_get_month (&today), g_date_get_year (&today));

  /* A sample school for the classes, terms and roll; then the county's
   * activities beside its own. */
  dir = haven_test_dir_new ();
  {
    g_autoptr(HavenStore) store = haven_test_open_store (dir->path);

    g_assert_true (haven_test_fill_sample (store, 300, HAVEN_SAMPLE_SEED, NULL, &error));
    g_assert_no_error (error);
    haven_test_finalize_store (&store);
  }
  fill_activities (dir->path, &today);

  b.loop = g_main_loop_new (NULL, FALSE);
  b.store = haven_test_open_store (dir->path);
  b.context = haven_context_new (b.store);
  {
    g_autoptr(GAsyncResult) result = NULL;

    haven_context_open_async (b.context, NULL, haven_test_result_cb, &result);
    haven_test_wait (&result);
    g_assert_true (haven_context_open_finish (b.context, result, &error));
  }

  month = b.first_month;
  for (int m = 0; m <= N_MONTHS; m++, g_date_add_months (&month, 1))
    b.texts[m] = month_texts (b.store, &month);

  g_print ("Month switch: %d activities, %d×%d, renderer %s, %d switch(es) a side a round after %d warm-up\n",
           N_ACTIVITIES, WIDTH, HEIGHT, g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default",
           2 * N_MONTHS, WARM_UP);
  for (int round = 1; round <= rounds; round++)
    {
      g_autoptr(GArray) ref = run_side (&b, FALSE);
      g_autoptr(GArray) hav = run_side (&b, TRUE);

      if (b.timed_out)
        return 1;
      report ("reference", round, ref);
      report ("haven", round, hav);
      g_array_append_vals (all_ref, ref->data, ref->len);
      g_array_append_vals (all_haven, hav->data, hav->len);
    }

  {
    double ref_stall = median_of (all_ref, G_STRUCT_OFFSET (Sample, stall_us));
    double hav_stall = median_of (all_haven, G_STRUCT_OFFSET (Sample, stall_us));
    double ref_long = max_of (all_ref, G_STRUCT_OFFSET (Sample, stall_us));
    double hav_long = max_of (all_haven, G_STRUCT_OFFSET (Sample, stall_us));
    double ref_paint = median_of (all_ref, G_STRUCT_OFFSET (Sample, paint_us));
    double hav_paint = median_of (all_haven, G_STRUCT_OFFSET (Sample, paint_us));

    g_print ("\nMonth switch at %d activities, %u switches a side\n", N_ACTIVITIES, all_ref->len);
    g_print ("%-34s %12s %12s %10s\n", "", "GtkGrid", "haven", "haven/ref");
    g_print ("%-34s %9.2f ms %9.2f ms %9.2fx\n", "main-loop stall per switch: median", ref_stall, hav_stall,
             ref_stall > 0 ? hav_stall / ref_stall : 0);
    g_print ("%-34s %9.2f ms %9.2f ms %9.2fx\n", "main-loop stall per switch: longest", ref_long, hav_long,
             ref_long > 0 ? hav_long / ref_long : 0);
    g_print ("%-34s %9.2f ms %9.2f ms %9.2fx\n", "switch to painted month: median", ref_paint, hav_paint,
             ref_paint > 0 ? hav_paint / ref_paint : 0);
  }

  for (int m = 0; m <= N_MONTHS; m++)
    g_ptr_array_unref (b.texts[m]);
  g_clear_object (&b.context);
  haven_test_finalize_store (&b.store);
  g_main_loop_unref (b.loop);
  return 0;
}
