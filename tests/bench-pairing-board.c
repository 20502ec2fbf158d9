/* bench-pairing-board.c: the pairing board at 300 mentors × 10,000 children
 *
 * Not a test: build-aux/dev bench runs it (release build, Xvfb). One run
 * measures both sides in the same process, the reference first:
 *
 *   reference  a plain GtkListView of the same cards (HavenPairingCard,
 *              filled from memory) over the 10,000 children, in a window
 *              of the same size;
 *   haven      the app's window on the same database, Pairing view.
 *
 * For each, opening (from showing the view to the first frame whose cards
 * all show their child, with every column on screen showing its first
 * cards), the second after it, and then scrolling, one step a frame for 300
 * frames: the reference down its list, the board across all 300 columns,
 * then down the Unpaired column. A 1 ms timer on the main loop counts the
 * stalls, gaps over 16 ms between its ticks, and the longest gap; the
 * frame clock counts the frames painted. A busy machine takes the
 * processor away for whole frames here, so the timer also counts the gaps
 * in which the main thread itself worked over 10 ms: what the code costs,
 * whatever the machine's neighbours do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-pairing-board"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <errno.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>

#include "haven-context.h"
#include "haven-pairing-board.h"
#include "haven-pairing-card.h"
#include "haven-pairing-column.h"
#include "haven-pairing-page.h"
#include "haven-pinyin.h"
#include "haven-sample-data.h"
#include "haven-store.h"
#include "haven-ui-test-utils.h"
#include "haven-window.h"

#define N_MENTORS      300
#define N_CHILDREN     10000
#define N_UNPAIRED     1000
#define N_CLASSES      60
#define WIDTH          1366
#define HEIGHT         768
#define SCROLL_FRAMES  300
#define SCROLL_STEP    300.0   /* pixels a frame */
#define STALL_US       16000
#define BUSY_US        10000   /* the main thread's processor in one gap */
#define SETTLE_MS      1000
#define TIMEOUT_US     (120 * G_USEC_PER_SEC)

typedef struct
{
  const char *name;
  double      open_ms;
  guint       open_stalls;
  double      open_longest_ms;
  guint       settle_stalls;     /* in the second after opening */
  guint       settle_busy;
  guint       scroll_stalls;
  double      scroll_longest_ms;
  guint       scroll_busy;       /* gaps with over BUSY_US of processor */
  double      scroll_busiest_ms;
  double      scroll_fps;
  double      scroll_cpu_ms;   /* the main thread's processor, a frame */
  guint       scroll_frames;
} Figures;

/* Main-loop stalls */

/* The main thread's processor time: unlike the clock, it leaves out the
 * time a busy machine takes the processor away. */
static gint64
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}


static gint64 last_tick;
static gint64 last_tick_cpu;
static guint stalls;
static gint64 longest;
static guint busy;
static gint64 busiest;
static gboolean counting;
/* With HAVEN_BENCH_TRACE: the scroll's gaps by the work in them, 4 ms
 * wide, and the frame each gap of over 8 ms of work came after. */
static guint gap_histogram[6];
static guint current_frame;
/* With HAVEN_BENCH_TRACE, the frames of over 4 ms in the second after
 * opening (settle_counted), at ms since it began. */
static gint64 trace_start;

static void
trace_frame_cb (GdkFrameClock *clock,
                gpointer       phase)
{
  static gint64 begun;
  gint64 now = g_get_monotonic_time ();

  /* Begun at the first phase that ran: a frame runs only those asked for. */
  if (GPOINTER_TO_INT (phase) == 0)
    {
      if (begun == 0)
        begun = now;
    }
  else if (begun != 0)
    {
      if (now - begun > 4000)
        g_printerr ("        frame %ld at %.1f ms: %.1f ms, to after-paint\n",
                    (long) gdk_frame_clock_get_frame_counter (clock), (begun - trace_start) / 1e3, (now - begun) / 1e3);
      begun = 0;
    }
}

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();

  if (counting && last_tick != 0 && now - last_tick > STALL_US)
    stalls++;
  if (counting && last_tick != 0 && now - last_tick > longest)
    longest = now - last_tick;
  if (counting && last_tick != 0 && cpu - last_tick_cpu > BUSY_US)
    busy++;
  if (counting && last_tick != 0 && cpu - last_tick_cpu > busiest)
    busiest = cpu - last_tick_cpu;
  if (counting && last_tick != 0 && g_getenv ("HAVEN_BENCH_TRACE") != NULL)
    {
      gap_histogram[MIN (5, (cpu - last_tick_cpu) / 4000)]++;
      if (cpu - last_tick_cpu > 8000)
        g_printerr ("      gap at frame %u (%.1f ms): %.1f ms, %.1f ms of work\n", current_frame,
                    trace_start != 0 ? (now - trace_start) / 1e3 : 0.0,
                    (now - last_tick) / 1e3, (cpu - last_tick_cpu) / 1e3);
    }
  last_tick = now;
  last_tick_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static void
start_counting (void)
{
  stalls = 0;
  longest = 0;
  busy = 0;
  busiest = 0;
  last_tick = g_get_monotonic_time ();
  last_tick_cpu = thread_cpu_us ();
  counting = TRUE;
}

static void
stop_counting (void)
{
  gint64 now = g_get_monotonic_time ();

  /* The gap up to now counts too: the work that ended a phase may have
   * left no tick after it. */
  if (now - last_tick > STALL_US)
    stalls++;
  if (now - last_tick > longest)
    longest = now - last_tick;
  if (thread_cpu_us () - last_tick_cpu > BUSY_US)
    busy++;
  busiest = MAX (busiest, thread_cpu_us () - last_tick_cpu);
  counting = FALSE;
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_US;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out");
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
settled_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for ms, waiting between events as an application
 * does (spinning would count as the main thread's work). */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, settled_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The second after opening, counted too: what a view finishes then (a
 * column filling up its cards, say) is felt by a teacher who scrolls at
 * once. */
static void
settle_counted (Figures   *figures,
                GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean trace = g_getenv ("HAVEN_BENCH_TRACE") != NULL;

  if (trace)
    {
      static const char * const phases[] = { "before-paint", "update", "layout", "paint" };

      for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
        g_signal_connect (clock, phases[i], G_CALLBACK (trace_frame_cb), GINT_TO_POINTER (0));
      g_signal_connect (clock, "after-paint", G_CALLBACK (trace_frame_cb), GINT_TO_POINTER (1));
      trace_start = g_get_monotonic_time ();
    }
  start_counting ();
  settle (SETTLE_MS);
  stop_counting ();
  if (trace)
    {
      g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, trace_frame_cb, NULL);
      trace_start = 0;
    }
  figures->settle_stalls = stalls;
  figures->settle_busy = busy;
}

/* The database */

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
bind_key (sqlite3_stmt *stmt,
          int           index,
          const char   *name)
{
  g_autoptr(GBytes) key = haven_pinyin_sort_key (name);
  gsize len = 0;
  gconstpointer data = g_bytes_get_data (key, &len);

  sqlite3_bind_blob (stmt, index, data, len, SQLITE_TRANSIENT);
}

static void
step_done (sqlite3      *db,
           sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
}

static void
done_cb (GObject      *object,
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

/* 300 mentors, 60 classes, 10,000 children: 9,000 paired, 30 to a
 * mentor, 1,000 without one. The schema comes from the store. */
static void
make_database (const char *path)
{
  g_autoptr(HavenStore) store = haven_store_new (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  sqlite3 *db = NULL;
  sqlite3_stmt *klass, *staff, *mentor, *child, *pairing;
  gint64 start = g_get_monotonic_time ();

  haven_store_open_async (store, NULL, done_cb, &result);
  iterate_until (result_set, &result);
  if (!haven_store_open_finish (store, result, &error))
    g_error ("%s", error->message);
  haven_store_close (store);

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("%s", path);
  exec_sql (db, "BEGIN");
  exec_sql (db, "INSERT INTO school (uuid, name, updated_at) VALUES ('s', '青山县示范区', 'now')");
  exec_sql (db, "INSERT INTO staff (uuid, name, role, active, updated_at) VALUES ('h', '校长', 0, 1, 'now')");
  sqlite3_prepare_v2 (db, "INSERT INTO staff (uuid, name, role, active, updated_at) VALUES (?1, ?2, 1, 1, 'now')",
                      -1, &staff, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO school_class (uuid, grade, name, teacher_id, updated_at) VALUES (?1, ?2, ?3, ?4, 'now')",
                      -1, &klass, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO mentor (uuid, name, kind, staff_id, school_class_id, name_pinyin, name_initials,"
                      " name_key, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'now')", -1, &mentor, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO child (uuid, name, gender, birth_date, school_class_id, address, village, reason,"
                      " key_support, study_level, missing, name_pinyin, name_initials, name_key, updated_at)"
                      " VALUES (?1, ?2, 1, '2016-05-01', ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, ?10, ?11, 'now')", -1, &child, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO pairing (uuid, child_id, mentor_id, start_date, kind, updated_at)"
                      " VALUES (?1, ?2, ?3, '2026-09-01', ?4, 'now')", -1, &pairing, NULL);

  for (int i = 0; i < N_CLASSES; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *name = g_strdup_printf ("%d年级（%d）班", 1 + i / 10, 1 + i % 10);
      g_autofree char *given = haven_sample_data_given_name (rand, i % 3 == 0);
      g_autofree char *teacher = g_strconcat (haven_sample_data_surname (rand), given, NULL);
      g_autofree char *staff_uuid = g_uuid_string_random ();

      sqlite3_bind_text (staff, 1, staff_uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (staff, 2, teacher, -1, SQLITE_TRANSIENT);
      step_done (db, staff);
      sqlite3_bind_text (klass, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (klass, 2, 1 + i / 10);
      sqlite3_bind_text (klass, 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (klass, 4, sqlite3_last_insert_rowid (db));
      step_done (db, klass);
    }

  for (int i = 0; i < N_MENTORS; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *given = haven_sample_data_given_name (rand, i % 2 == 0);
      g_autofree char *name = g_strconcat (haven_sample_data_surname (rand), given, NULL);
      g_autofree char *pinyin = haven_pinyin_full (name);
      g_autofree char *initials = haven_pinyin_initials (name);
      int kind = i < 150 ? 0 : i < 230 ? 1 : i < 270 ? 2 : 3;

      sqlite3_bind_text (mentor, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (mentor, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (mentor, 3, kind);
      if (i < N_CLASSES)
        sqlite3_bind_int64 (mentor, 4, 2 + i);
      else
        sqlite3_bind_null (mentor, 4);
      if (kind == 0)
        sqlite3_bind_int64 (mentor, 5, 1 + i % N_CLASSES);
      else
        sqlite3_bind_null (mentor, 5);
      sqlite3_bind_text (mentor, 6, pinyin, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (mentor, 7, initials, -1, SQLITE_TRANSIENT);
      bind_key (mentor, 8, name);
      step_done (db, mentor);
    }

  for (int i = 0; i < N_CHILDREN; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *given = haven_sample_data_given_name (rand, i % 2 == 0);
      g_autofree char *name = g_strconcat (haven_sample_data_surname (rand), given, NULL);
      g_autofree char *pinyin = haven_pinyin_full (name);
      g_autofree char *initials = haven_pinyin_initials (name);
      const char *village = haven_sample_data_pick (rand, HAVEN_SAMPLE_VILLAGE);
      g_autofree char *address = g_strconcat ("红星镇", village, NULL);
      gint64 child_id;

      sqlite3_bind_text (child, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (child, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (child, 3, 1 + i % N_CLASSES);
      sqlite3_bind_text (child, 4, address, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (child, 5, village, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (child, 6, i % 10 == 0);
      sqlite3_bind_int (child, 7, i % 7 == 0 ? 3 : 1);
      sqlite3_bind_int (child, 8, i % 17 == 0);
      sqlite3_bind_text (child, 9, pinyin, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (child, 10, initials, -1, SQLITE_TRANSIENT);
      bind_key (child, 11, name);
      step_done (db, child);
      child_id = sqlite3_last_insert_rowid (db);

      if (i >= N_UNPAIRED)
        {
          g_autofree char *pairing_uuid = g_uuid_string_random ();
          int m = (i - N_UNPAIRED) % N_MENTORS;

          sqlite3_bind_text (pairing, 1, pairing_uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (pairing, 2, child_id);
          sqlite3_bind_int64 (pairing, 3, 1 + m);
          sqlite3_bind_int (pairing, 4, m < 150 ? 0 : m < 230 ? 1 : m < 270 ? 2 : 3);
          step_done (db, pairing);
        }
    }

  sqlite3_finalize (staff);
  sqlite3_finalize (klass);
  sqlite3_finalize (mentor);
  sqlite3_finalize (child);
  sqlite3_finalize (pairing);
  exec_sql (db, "COMMIT");
  sqlite3_close (db);
  g_print ("  made the database in %.1f s: %s\n", (g_get_monotonic_time () - start) / 1e6, path);
}

/* Frames */

typedef struct
{
  GtkAdjustment *adjustment;
  guint          frames;
  guint          painted;
  gint64         first;
  gint64         last;
} Scroll;

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);
  return n;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Scroll *s = data;
  double upper = gtk_adjustment_get_upper (s->adjustment) - gtk_adjustment_get_page_size (s->adjustment);

  if (s->frames == 0)
    s->first = g_get_monotonic_time ();
  if (g_getenv ("HAVEN_BENCH_TRACE") != NULL && s->frames % 20 == 0)
    g_printerr ("    frame %u at %.0f ms, value %.0f of %.0f, %u widgets\n", s->frames,
                (g_get_monotonic_time () - s->first) / 1e3,
                gtk_adjustment_get_value (s->adjustment), upper, count_widgets (widget));
  s->last = g_get_monotonic_time ();
  current_frame = s->frames;
  if (s->frames++ >= SCROLL_FRAMES)
    return G_SOURCE_REMOVE;
  gtk_adjustment_set_value (s->adjustment, MIN (upper, gtk_adjustment_get_value (s->adjustment) + SCROLL_STEP));
  return G_SOURCE_CONTINUE;
}

static gboolean
scrolled (gpointer data)
{
  Scroll *s = data;

  return s->frames > SCROLL_FRAMES;
}

/* With HAVEN_BENCH_TRACE: where the frames' time goes. */
typedef struct
{
  gint64 mark;
  /* GTK's own handlers of each phase run before these marks: the first
   * span holds the ticks and the window's layout, the second its paint. */
  gint64 phase[4];   /* ticks and layout, paint, after paint, between frames */
  gint64 end_of_last;
  guint  layouts;    /* the window laid out again in a frame counts again */
} Phases;

static Phases phases;
static gint64 cpu_start;


static void
phase_begin_cb (GdkFrameClock *clock,
                gpointer       which)
{
  gint64 now = g_get_monotonic_time ();
  int i = GPOINTER_TO_INT (which);

  if (i == 0 && phases.end_of_last != 0)
    phases.phase[3] += now - phases.end_of_last;
  if (i == 1)
    phases.layouts++;
  if (i > 0 && phases.mark != 0)
    phases.phase[i - 1] += now - phases.mark;
  phases.mark = now;
  if (i == 3)
    {
      phases.end_of_last = now;
      phases.mark = 0;
    }
}

static void
trace_phases (GtkWidget *widget,
              gboolean   on)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  static const char * const signals[] = { "before-paint", "layout", "paint", "after-paint" };

  if (g_getenv ("HAVEN_BENCH_TRACE") == NULL)
    return;
  if (on)
    {
      memset (&phases, 0, sizeof phases);
      cpu_start = thread_cpu_us ();
      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        g_signal_connect (clock, signals[i], G_CALLBACK (phase_begin_cb), GINT_TO_POINTER (i));
      return;
    }
  g_signal_handlers_disconnect_by_func (clock, phase_begin_cb, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, phase_begin_cb, NULL);
  g_printerr ("    ms a frame: ticks and layout %.1f, paint %.1f, after paint %.1f, between frames %.1f;"
              " main thread's processor %.1f; layouts a frame %.2f\n",
              phases.phase[0] / 1e3 / SCROLL_FRAMES, phases.phase[1] / 1e3 / SCROLL_FRAMES,
              phases.phase[2] / 1e3 / SCROLL_FRAMES, phases.phase[3] / 1e3 / SCROLL_FRAMES,
              (thread_cpu_us () - cpu_start) / 1e3 / SCROLL_FRAMES, (double) phases.layouts / SCROLL_FRAMES);
}

static void
measure_scroll (GtkWidget     *widget,
                GtkAdjustment *adjustment,
                Figures       *figures)
{
  Scroll s = { adjustment, 0, 0, 0, 0 };
  gint64 cpu;

  trace_phases (widget, TRUE);
  memset (gap_histogram, 0, sizeof gap_histogram);
  current_frame = 0;

  cpu = thread_cpu_us ();
  start_counting ();
  gtk_widget_add_tick_callback (widget, scroll_tick_cb, &s, NULL);
  iterate_until (scrolled, &s);
  stop_counting ();
  figures->scroll_cpu_ms = (thread_cpu_us () - cpu) / 1e3 / SCROLL_FRAMES;
  figures->scroll_stalls = stalls;
  figures->scroll_longest_ms = longest / 1e3;
  figures->scroll_busy = busy;
  figures->scroll_busiest_ms = busiest / 1e3;
  figures->scroll_frames = SCROLL_FRAMES;
  figures->scroll_fps = SCROLL_FRAMES / ((s.last - s.first) / 1e6);
  trace_phases (widget, FALSE);
  if (g_getenv ("HAVEN_BENCH_TRACE") != NULL)
    g_printerr ("    gaps by work: 0-4 ms %u, 4-8 %u, 8-12 %u, 12-16 %u, 16-20 %u, over 20 %u\n",
                gap_histogram[0], gap_histogram[1], gap_histogram[2],
                gap_histogram[3], gap_histogram[4], gap_histogram[5]);
  settle (300);
}

/* With HAVEN_BENCH_PAINT: what painting one frame of widget costs the
 * software renderer, apart from layout and the machine's noise: its
 * render node drawn into an image surface, median of 41, and its nodes
 * counted by type. With HAVEN_BENCH_PAINT_CSS=FILE the same again with that style sheet on
 * top, to weigh a change of style before making it. */
static double
paint_ms (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  double times[41];

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      guint counts[HAVEN_UI_NODE_TYPES] = { 0 };
      GEnumClass *types = g_type_class_ref (GSK_TYPE_RENDER_NODE_TYPE);

      haven_ui_count_nodes (node, counts);
      g_printerr ("    nodes:");
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        if (counts[i] > 0)
          {
            GEnumValue *value = g_enum_get_value (types, i);

            g_printerr (" %s %u", value != NULL ? value->value_nick : "?", counts[i]);
          }
      g_printerr ("\n");
      g_type_class_unref (types);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start;

      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      start = g_get_monotonic_time ();
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      times[i] = (g_get_monotonic_time () - start) / 1e3;
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);
  for (guint i = 1; i < G_N_ELEMENTS (times); i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  return times[G_N_ELEMENTS (times) / 2];
}

static void
trace_paint (const char *side,
             GtkWidget  *widget)
{
  const char *css = g_getenv ("HAVEN_BENCH_PAINT_CSS");
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_getenv ("HAVEN_BENCH_PAINT") == NULL)
    return;
  g_printerr ("    %s: painting a frame takes %.2f ms\n", side, paint_ms (widget));
  if (css == NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (provider, css);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  settle (500);
  g_printerr ("    %s: with %s, %.2f ms\n", side, css, paint_ms (widget));
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (widget), GTK_STYLE_PROVIDER (provider));
  settle (500);
  g_printerr ("    %s: without it again, %.2f ms\n", side, paint_ms (widget));
}

/* Whether every card on screen shows its child, and every column on
 * screen all its first cards: a column that still waits for its cards
 * has none to look at. */
static gboolean
cards_shown (GtkWidget *widget,
             guint     *n)
{
  /* On screen as the board last laid it out: one bound beside the view
   * keeps its old allocation until it is laid out there. */
  if (HAVEN_IS_PAIRING_COLUMN (widget) && !haven_pairing_column_get_settled (HAVEN_PAIRING_COLUMN (widget))
      && haven_pairing_board_get_column_shown (HAVEN_PAIRING_BOARD (gtk_widget_get_parent (widget)),
                                               HAVEN_PAIRING_COLUMN (widget)))
    return FALSE;
  if (HAVEN_IS_PAIRING_CARD (widget) && gtk_widget_get_mapped (widget))
    {
      HavenRecord *row = haven_pairing_card_get_row (HAVEN_PAIRING_CARD (widget));

      (*n)++;
      return row == NULL || haven_record_get_loaded (row);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!cards_shown (child, n))
      return FALSE;
  return TRUE;
}

typedef struct
{
  GtkWidget *root;
  HavenStore *store;
  guint      painted;
  gboolean   ready;
} Open;

static void
after_paint_cb (GdkFrameClock *clock,
                Open          *o)
{
  guint n = 0;

  if (o->ready)
    return;
  if ((o->store == NULL || !haven_store_get_busy (o->store)) && cards_shown (o->root, &n) && n > 0)
    o->ready = TRUE;
}

/* Checked between main-loop iterations too: the last card may arrive
 * with no frame after it. */
static gboolean
opened (gpointer data)
{
  Open *o = data;

  if (!o->ready)
    after_paint_cb (NULL, o);
  return o->ready;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type,
           gboolean (*accept) (GtkWidget *))
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (accept == NULL || accept (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type, accept);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The reference */

static void
reference_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  data)
{
  gtk_list_item_set_child (item, haven_pairing_card_new ());
}

static void
reference_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  data)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_auto(GStrv) parts = g_strsplit (text, "\t", 3);

  haven_pairing_card_show (HAVEN_PAIRING_CARD (gtk_list_item_get_child (item)), parts[0], parts[1],
                           (HavenCardFlags) atoi (parts[2]));
}

static GtkStringList *
read_cards (const char *path)
{
  GtkStringList *cards = gtk_string_list_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  sqlite3_prepare_v2 (db, "SELECT c.name, k.name, c.village, c.key_support, c.study_level, c.missing, c.care_risk"
                      " FROM child c LEFT JOIN school_class k ON k.id = c.school_class_id ORDER BY c.id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HavenCardFlags flags = haven_card_flags_for (sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                                                   sqlite3_column_int (stmt, 5), sqlite3_column_int (stmt, 6));
      g_autofree char *line = g_strdup_printf ("%s\t%s · %s\t%d", sqlite3_column_text (stmt, 0),
                                               sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2), flags);

      gtk_string_list_append (cards, line);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return cards;
}

static void
run_reference (const char *path,
               Figures    *figures)
{
  g_autoptr(GtkStringList) cards = read_cards (path);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view;
  Open o = { 0 };
  gint64 start;

  g_signal_connect (factory, "setup", G_CALLBACK (reference_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (reference_bind_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), scroller);

  start_counting ();
  start = g_get_monotonic_time ();
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (cards)))),
                            g_object_ref (factory));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_present (GTK_WINDOW (window));
  o.root = window;
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), &o);
  iterate_until (opened, &o);
  figures->open_ms = (g_get_monotonic_time () - start) / 1e3;
  stop_counting ();
  figures->open_stalls = stalls;
  figures->open_longest_ms = longest / 1e3;
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), after_paint_cb, &o);
  settle_counted (figures, window);
  trace_paint ("reference", window);

  measure_scroll (view, gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), figures);
  gtk_window_destroy (GTK_WINDOW (window));
  settle (300);
}

/* The board */

static gboolean
window_ready (gpointer data)
{
  return haven_window_get_ready (data)
         && !haven_store_get_busy (haven_context_get_store (haven_window_get_context (data)));
}

static void
run_haven (const char *path,
           Figures    *across,
           Figures    *down)
{
  g_autoptr(HavenStore) store = haven_store_new (path);
  g_autoptr(HavenContext) context = haven_context_new (store);
  HavenWindow *window = haven_window_new (NULL, context, 0);
  GtkWidget *page, *board, *scroller;
  HavenPairingColumn *unpaired;
  Open o = { 0 };
  gint64 start;

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (window_ready, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "overview");
  settle (1000);

  page = haven_window_get_page (window, "pairing");
  o.root = page;
  o.store = store;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (after_paint_cb), &o);
  start_counting ();
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "pairing");
  iterate_until (opened, &o);
  across->open_ms = (g_get_monotonic_time () - start) / 1e3;
  stop_counting ();
  across->open_stalls = stalls;
  across->open_longest_ms = longest / 1e3;
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)), after_paint_cb, &o);
  settle_counted (across, GTK_WIDGET (window));
  trace_paint ("haven", GTK_WIDGET (window));

  /* Across the 300 columns, then down the 1,000 children of Unpaired. */
  board = find_type (page, HAVEN_TYPE_PAIRING_BOARD, NULL);
  scroller = gtk_widget_get_ancestor (board, GTK_TYPE_SCROLLED_WINDOW);
  measure_scroll (board, gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)), across);
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
  settle (1000);
  unpaired = haven_pairing_page_find_column (HAVEN_PAIRING_PAGE (page), 0);
  scroller = find_type (GTK_WIDGET (unpaired), GTK_TYPE_SCROLLED_WINDOW, NULL);
  measure_scroll (scroller, gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), down);

  gtk_window_destroy (GTK_WINDOW (window));
  settle (500);
  haven_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("HAVEN_BENCH_DIR");
  g_autofree char *base = g_strdup (dir != NULL ? dir : g_get_tmp_dir ());
  g_autofree char *path = g_build_filename (base, "haven-bench-board-300x10000.db", NULL);
  Figures ref = { "reference" }, across = { "board across" }, down = { "board down" };
  gboolean haven_first = g_strcmp0 (g_getenv ("HAVEN_BENCH_ORDER"), "haven-first") == 0;

  gtk_init ();
  adw_init ();
  g_timeout_add (1, tick_cb, NULL);

  g_print ("Pairing board benchmark: %d mentors, %d children (%d without a mentor), %d×%d, one run\n",
           N_MENTORS, N_CHILDREN, N_UNPAIRED, WIDTH, HEIGHT);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Made beside and renamed, so an interrupted run leaves no half file. */
      g_autofree char *making = g_strconcat (path, ".making", NULL);

      g_unlink (making);
      make_database (making);
      if (g_rename (making, path) != 0)
        g_error ("%s: %s", path, g_strerror (errno));
    }

  /* build-aux/dev bench alternates which side goes first from round to
   * round, so that a busy spell of the machine falls on both. */
  if (haven_first)
    {
      g_printerr ("  haven…\n");
      run_haven (path, &across, &down);
    }
  g_printerr ("  reference…\n");
  if (g_getenv ("HAVEN_BENCH_ONLY_HAVEN") == NULL)
    run_reference (path, &ref);
  if (!haven_first)
    {
      g_printerr ("  haven…\n");
      run_haven (path, &across, &down);
    }

  g_print ("\n%-40s %12s %12s %12s\n", "", "reference", "haven", "haven - ref");
  g_print ("%-40s %9.1f ms %9.1f ms\n", "open: to all cards on screen shown", ref.open_ms, across.open_ms);
  g_print ("%-40s %12u %12u %+12d\n", "open: main-loop stalls > 16 ms", ref.open_stalls, across.open_stalls,
           (int) across.open_stalls - (int) ref.open_stalls);
  g_print ("%-40s %9.1f ms %9.1f ms %+9.1f ms\n", "open: longest stall", ref.open_longest_ms, across.open_longest_ms,
           across.open_longest_ms - ref.open_longest_ms);
  g_print ("%-40s %12u %12u %+12d\n", "after open, 1 s: stalls > 16 ms", ref.settle_stalls, across.settle_stalls,
           (int) across.settle_stalls - (int) ref.settle_stalls);
  g_print ("%-40s %12u %12u %+12d\n", "after open, 1 s: gaps with > 10 ms of work", ref.settle_busy,
           across.settle_busy, (int) across.settle_busy - (int) ref.settle_busy);
  g_print ("(scrolling: %d frames, %.0f px a frame; the reference down its list, the board across its columns\n"
           " and down the Unpaired column)\n", SCROLL_FRAMES, SCROLL_STEP);
  for (guint i = 0; i < 2; i++)
    {
      const Figures *h = i == 0 ? &across : &down;
      g_autofree char *label = g_strdup_printf ("scroll %s: stalls > 16 ms", i == 0 ? "across" : "down");
      g_autofree char *longest_label = g_strdup_printf ("scroll %s: longest stall", i == 0 ? "across" : "down");
      g_autofree char *fps_label = g_strdup_printf ("scroll %s: frames a second", i == 0 ? "across" : "down");
      g_autofree char *busy_label = g_strdup_printf ("scroll %s: gaps with > 10 ms of work", i == 0 ? "across" : "down");
      g_autofree char *busiest_label = g_strdup_printf ("scroll %s: most work in a gap", i == 0 ? "across" : "down");

      g_print ("%-40s %12u %12u %+12d\n", label, ref.scroll_stalls, h->scroll_stalls,
               (int) h->scroll_stalls - (int) ref.scroll_stalls);
      g_print ("%-40s %9.1f ms %9.1f ms %+9.1f ms\n", longest_label, ref.scroll_longest_ms, h->scroll_longest_ms,
               h->scroll_longest_ms - ref.scroll_longest_ms);
      g_print ("%-40s %12u %12u %+12d\n", busy_label, ref.scroll_busy, h->scroll_busy,
               (int) h->scroll_busy - (int) ref.scroll_busy);
      g_print ("%-40s %9.1f ms %9.1f ms %+9.1f ms\n", busiest_label, ref.scroll_busiest_ms, h->scroll_busiest_ms,
               h->scroll_busiest_ms - ref.scroll_busiest_ms);
      g_print ("%-40s %12.1f %12.1f %11.2fx\n", fps_label, ref.scroll_fps, h->scroll_fps, h->scroll_fps / ref.scroll_fps);
      g_print ("%-40s %9.1f ms %9.1f ms %11.2fx\n", i == 0 ? "scroll across: processor a frame" : "scroll down: processor a frame",
               ref.scroll_cpu_ms, h->scroll_cpu_ms, h->scroll_cpu_ms / ref.scroll_cpu_ms);
    }
  /* For build-aux/dev bench, which takes the medians of its rounds. */
  g_print ("RESULT order=%s ref_open_ms=%.1f open_ms=%.1f ref_open_stalls=%u open_stalls=%u"
           " ref_stalls=%u across_stalls=%u down_stalls=%u ref_longest_ms=%.1f across_longest_ms=%.1f"
           " down_longest_ms=%.1f ref_fps=%.1f across_fps=%.1f down_fps=%.1f ref_cpu_ms=%.2f across_cpu_ms=%.2f"
           " down_cpu_ms=%.2f ref_busy=%u across_busy=%u down_busy=%u ref_busiest_ms=%.1f across_busiest_ms=%.1f"
           " down_busiest_ms=%.1f ref_settle_stalls=%u settle_stalls=%u ref_settle_busy=%u settle_busy=%u\n",
           haven_first ? "haven-first" : "reference-first", ref.open_ms, across.open_ms, ref.open_stalls,
           across.open_stalls, ref.scroll_stalls, across.scroll_stalls, down.scroll_stalls, ref.scroll_longest_ms,
           across.scroll_longest_ms, down.scroll_longest_ms, ref.scroll_fps, across.scroll_fps, down.scroll_fps,
           ref.scroll_cpu_ms, across.scroll_cpu_ms, down.scroll_cpu_ms, ref.scroll_busy, across.scroll_busy,
           down.scroll_busy, ref.scroll_busiest_ms, across.scroll_busiest_ms, down.scroll_busiest_ms,
           ref.settle_stalls, across.settle_stalls, ref.settle_busy, across.settle_busy);
  return EXIT_SUCCESS;
}
