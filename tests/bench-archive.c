/* bench-archive.c: the archive list at county scale (100,000 children)
 *
 * Not a test: build-aux/dev bench runs it. It measures, in one run, how
 * long the list takes to load and to answer each keystroke of a search,
 * and how long the main thread is blocked meanwhile: the longest gap
 * between ticks of a 1 ms timer on the main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "haven-child-query.h"
#include "haven-sample.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "haven-record-list.h"
#include "haven-sample.h"

#define TODAY "2026-11-22"

static gint64 last_tick;
static gint64 longest_gap;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_gap)
    longest_gap = now - last_tick;
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
reset_gap (void)
{
  last_tick = 0;
  longest_gap = 0;
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
wait_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_loaded (HavenRecordList *list)
{
  while (haven_record_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static HavenStore *
open_store (const char *path,
            guint       n_children)
{
  g_autoptr(HavenStore) store = haven_store_new (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);

  haven_store_open_async (store, NULL, done_cb, &result);
  wait_result (&result);
  if (!haven_store_open_finish (store, result, &error))
    g_error ("open: %s", error->message);

  if (!existed)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&result);
      haven_sample_fill_async (store, n_children, HAVEN_SAMPLE_SEED, TODAY, NULL, done_cb, &result);
      wait_result (&result);
      if (!haven_sample_fill_finish (store, result, &error))
        g_error ("sample: %s", error->message);
      g_print ("  made a sample of %u children in %.1f s\n", n_children,
               (g_get_monotonic_time () - start) / 1e6);
    }

  return g_steal_pointer (&store);
}

typedef struct
{
  double load_ms;
  double load_gap_ms;
  double first_page_ms;
  double search_median_ms;
  double search_max_ms;
  double search_gap_ms;
  double keystroke_ms[32];
  guint  keystroke_hits[32];
  guint  n_items;
} Figures;

static const char * const keystrokes[] = {
  /* Typing a surname in pinyin, initials, characters and a phone number. */
  "z", "zh", "zha", "zhan", "zhang",
  "w", "wx", "wxm",
  "李", "李小",
  "1", "13", "138", "1380",
  "x", "xi", "xia", "xiao",
};

static void
measure (const char *path,
         guint       n_children,
         Figures    *figures)
{
  g_autoptr(HavenStore) store = open_store (path, n_children);
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  g_autoptr(HavenRecordList) list = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(HavenRecord) first = NULL;
  gint64 start;
  guint tick;

  haven_query_set_today (query, TODAY);
  tick = g_timeout_add (1, tick_cb, NULL);

  reset_gap ();
  start = g_get_monotonic_time ();
  list = haven_record_list_new (store, query);
  wait_loaded (list);
  figures->load_ms = (g_get_monotonic_time () - start) / 1e3;
  figures->load_gap_ms = longest_gap / 1e3;
  figures->n_items = g_list_model_get_n_items (G_LIST_MODEL (list));

  start = g_get_monotonic_time ();
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  /* As a view does when it binds the row. */
  haven_record_list_want (list, first);
  while (!haven_record_get_loaded (first))
    g_main_context_iteration (NULL, TRUE);
  figures->first_page_ms = (g_get_monotonic_time () - start) / 1e3;

  reset_gap ();
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      haven_query_set_search (query, keystrokes[i]);
      wait_loaded (list);
      ms = (g_get_monotonic_time () - start) / 1e3;
      g_array_append_val (times, ms);
      figures->keystroke_ms[i] = ms;
      figures->keystroke_hits[i] = g_list_model_get_n_items (G_LIST_MODEL (list));
    }
  figures->search_gap_ms = longest_gap / 1e3;
  g_array_sort (times, compare_double);
  figures->search_median_ms = g_array_index (times, double, times->len / 2);
  figures->search_max_ms = g_array_index (times, double, times->len - 1);

  g_source_remove (tick);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("HAVEN_BENCH_DIR");
  g_autofree char *base = g_strdup (dir != NULL ? dir : g_get_tmp_dir ());
  g_autofree char *small = g_build_filename (base, "haven-bench-1000.db", NULL);
  g_autofree char *county = g_build_filename (base, "haven-bench-100000.db", NULL);
  Figures s = { 0 }, c = { 0 };

  g_print ("Archive list benchmark (one run; the machine is noisy, compare ratios)\n");
  g_print ("School: 1,000 children\n");
  measure (small, 1000, &s);
  g_print ("County: 100,000 children\n");
  measure (county, 100000, &c);

  g_print ("\n%-44s %12s %12s %8s\n", "", "1,000", "100,000", "ratio");
  g_print ("%-44s %12u %12u\n", "children listed (on the roll)", s.n_items, c.n_items);
  g_print ("%-44s %10.1f ms %10.1f ms %7.1fx\n", "load the list", s.load_ms, c.load_ms, c.load_ms / s.load_ms);
  g_print ("%-44s %10.1f ms %10.1f ms\n", "  longest main-thread block while loading", s.load_gap_ms, c.load_gap_ms);
  g_print ("%-44s %10.1f ms %10.1f ms\n", "first page of rows filled", s.first_page_ms, c.first_page_ms);
  g_print ("%-44s %10.1f ms %10.1f ms %7.1fx\n", "search: median keystroke to list", s.search_median_ms, c.search_median_ms,
           c.search_median_ms / s.search_median_ms);
  g_print ("%-44s %10.1f ms %10.1f ms\n", "search: slowest keystroke", s.search_max_ms, c.search_max_ms);
  g_print ("%-44s %10.1f ms %10.1f ms\n", "  longest main-thread block while searching", s.search_gap_ms, c.search_gap_ms);
  g_print ("(%u keystrokes; a frame is 16.7 ms)\n\n", (guint) G_N_ELEMENTS (keystrokes));
  g_print ("%-12s %22s %22s\n", "keystroke", "1,000: ms (matches)", "100,000: ms (matches)");
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    g_print ("%-12s %14.1f (%5u) %14.1f (%5u)\n", keystrokes[i], s.keystroke_ms[i], s.keystroke_hits[i],
             c.keystroke_ms[i], c.keystroke_hits[i]);

  return EXIT_SUCCESS;
}
