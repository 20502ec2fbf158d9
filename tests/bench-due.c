/* bench-due.c: the overdue scan at county scale (100,000 children,
 * 1,000,000 talk records)
 *
 * Not a test: build-aux/dev bench runs it. In one run it times the store's
 * overdue scan (haven_store_due_async: the class teacher's monthly talk,
 * overdue, the whole county) beside one hand-written SQL query that gives
 * the same rows as the due list shows them (child, class, last talk, class
 * teacher, in the same order), on its own connection to the same file,
 * and checks that both answers are the same. Both read talk_last, the latest talk per
 * child and kind that the talk table's triggers keep. It also times the
 * Overview's figures and the Talks list a page at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "haven-record-list.h"
#include "haven-sample.h"
#include "haven-store-due.h"
#include "haven-store-overview.h"
#include "haven-talk-query.h"

/* A Thursday in the middle of the sample's autumn term: this month and
 * the last lie wholly inside it, so the reference need not know terms. */
#define TODAY "2026-12-10"
#define MONTH_START "2026-12-01"
#define LAST_MONTH_START "2026-11-01"
#define LAST_MONTH_END "2026-11-30"
#define N_CHILDREN 100000
#define N_TALKS 1000000
#define ROUNDS 5

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

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("sqlite3_open: %s", sqlite3_errmsg (db));
  sqlite3_busy_timeout (db, 10000);
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s: no row", sql);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The sample's 100,000 children, then talks made or dropped at random
 * until there are 1,000,000: over the last 15 months, of every kind. */
static void
make_database (const char *path)
{
  g_autoptr(HavenStore) store = haven_store_new (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 n;
  sqlite3 *db;

  haven_store_open_async (store, NULL, done_cb, &result);
  wait_result (&result);
  if (!haven_store_open_finish (store, result, &error))
    g_error ("open: %s", error->message);
  g_clear_object (&result);
  haven_sample_fill_async (store, N_CHILDREN, HAVEN_SAMPLE_SEED, TODAY, NULL, done_cb, &result);
  wait_result (&result);
  if (!haven_sample_fill_finish (store, result, &error))
    g_error ("sample: %s", error->message);
  haven_store_close (store);
  g_clear_object (&store);

  db = open_raw (path);
  n = raw_int (db, "SELECT count (*) FROM talk");
  g_print ("  the sample of %d children has %" G_GINT64_FORMAT " talks\n", N_CHILDREN, n);
  raw_exec (db, "BEGIN");
  if (n < N_TALKS)
    {
      sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %" G_GINT64_FORMAT ")"
                             " INSERT INTO talk (uuid, child_id, staff_id, talker, date, kind, content, updated_at)"
                             " SELECT lower (hex (randomblob (16))),"
                             "  (SELECT min (id) FROM child) + abs (random ()) %% (SELECT count (*) FROM child),"
                             "  NULL, '王老师', date ('" TODAY "', '-' || (abs (random ()) %% 450) || ' days'),"
                             "  abs (random ()) %% 7, '谈了学习和生活', datetime ('now') FROM n",
                             N_TALKS - n);
      raw_exec (db, sql);
    }
  else if (n > N_TALKS)
    {
      sql = g_strdup_printf ("DELETE FROM talk WHERE id IN (SELECT id FROM talk ORDER BY random () LIMIT %" G_GINT64_FORMAT ")",
                             n - N_TALKS);
      raw_exec (db, sql);
    }
  raw_exec (db, "COMMIT");
  raw_exec (db, "ANALYZE");
  sqlite3_close (db);
  g_print ("  made it in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
}

/* The overdue class-teacher talks by hand, as the due list shows them: a
 * child on the roll is overdue when its latest class talk on or before
 * today is before its part of last month, and that part counts (the
 * whole month, or more than the rule's soon days of it: a child who came
 * in its last days has no missed month behind it). Nothing this month,
 * since the latest is older still. The day a child is asked from is its
 * arrival, else the day its file was made. Each row as the list shows
 * it: the child, the class, the last talk, the class teacher, in the
 * archive's order (class by grade and name, then name). */
static const char reference_sql[] =
  "SELECT id, name, class_name, coalesce (last, ''), teacher FROM ("
  " SELECT c.id, c.name, c.name_key, k.id IS NULL AS no_class, k.grade, coalesce (k.name, '') AS class_name,"
  "  coalesce (s.name, '') AS teacher,"
  "  coalesce (nullif (c.arrived_date, ''),"
  "            substr ((SELECT min (h.changed_at) FROM child_change h"
  "                     WHERE h.child_id = c.id AND h.field = 'file.created'), 1, 10), '') AS since,"
  "  CASE WHEN l.date <= ?1 THEN l.date"
  "   ELSE (SELECT max (t.date) FROM talk t WHERE t.child_id = c.id AND t.kind = 0"
  "         AND t.date <> '' AND t.date <= ?1) END AS last,"
  "  r.soon_days AS soon"
  " FROM child c JOIN due_rule r ON r.rule = 0 AND r.active = 1"
  " LEFT JOIN talk_last l ON l.child_id = c.id AND l.kind = 0"
  " LEFT JOIN school_class k ON k.id = c.school_class_id"
  " LEFT JOIN staff s ON s.id = k.teacher_id"
  " WHERE c.deleted = 0 AND c.status = 0)"
  " WHERE (since = '' OR since <= date (?3, '-' || soon || ' days'))"
  "  AND (last IS NULL OR last < max (?2, since))"
  " ORDER BY no_class, grade, class_name, name_key, id";

/* One row as the list shows it. */
static void
add_row (GPtrArray  *rows,
         gint64      id,
         const char *name,
         const char *class_name,
         const char *last_done,
         const char *responsible)
{
  g_ptr_array_add (rows, g_strdup_printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s", id, name, class_name,
                                          *last_done != '\0' ? last_done : "-", responsible));
}

static GPtrArray *
reference_rows (sqlite3 *db)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, reference_sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("reference: %s", sqlite3_errmsg (db));
  sqlite3_bind_text (stmt, 1, TODAY, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, LAST_MONTH_START, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, LAST_MONTH_END, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_row (rows, sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
             (const char *) sqlite3_column_text (stmt, 2), (const char *) sqlite3_column_text (stmt, 3),
             (const char *) sqlite3_column_text (stmt, 4));
  if (rc != SQLITE_DONE)
    g_error ("reference: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return rows;
}

static GPtrArray *
scan_rows (HavenStore *store,
           int         rule)
{
  HavenDueRequest request = { TODAY, HAVEN_DUE_SCOPE_SCHOOL, rule, HAVEN_DUE_STATUS_BIT (HAVEN_DUE_OVERDUE), 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  haven_store_due_async (store, &request, NULL, done_cb, &result);
  wait_result (&result);
  items = haven_store_due_finish (store, result, &error);
  if (items == NULL)
    g_error ("scan: %s", error->message);
  for (guint i = 0; i < items->len; i++)
    {
      HavenDueItem *item = g_ptr_array_index (items, i);

      add_row (rows, haven_due_item_get_child_id (item), haven_due_item_get_child_name (item),
               haven_due_item_get_class_name (item), haven_due_item_get_last_done (item),
               haven_due_item_get_responsible (item));
    }
  return rows;
}

static gboolean
same_rows (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      {
        g_print ("  first difference, row %u:\n    scan: %s\n    SQL:  %s\n", i,
                 (char *) g_ptr_array_index (a, i), (char *) g_ptr_array_index (b, i));
        return FALSE;
      }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *dir = g_getenv ("HAVEN_BENCH_DIR");
  g_autofree char *base = g_strdup (dir != NULL ? dir : g_get_tmp_dir ());
  g_autofree char *path = g_build_filename (base, "haven-bench-due-100000.db", NULL);
  g_autoptr(HavenStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) reference_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) overview_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) scanned = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(HavenTalkQuery) query = NULL;
  g_autoptr(HavenRecordList) list = NULL;
  g_autoptr(HavenRecord) first = NULL;
  double scan_ms, reference_ms, list_ms, first_ms, next_ms, deep_ms, all_ms, list_gap_ms;
  guint n_first_page, n_next_page, n_deep, n_every;
  gint64 n_children, n_talks, n_terms;
  guint n_all = 0;
  guint tick;
  sqlite3 *db;

  g_print ("Overdue scan benchmark (one run; the machine is noisy, compare ratios)\n");
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    make_database (path);

  db = open_raw (path);
  n_children = raw_int (db, "SELECT count (*) FROM child WHERE deleted = 0 AND status = 0");
  n_talks = raw_int (db, "SELECT count (*) FROM talk");
  /* What the reference leaves out: the day and last month inside one term. */
  n_terms = raw_int (db, "SELECT count (*) FROM term WHERE start_date <= '" LAST_MONTH_START "'"
                         " AND end_date >= '" MONTH_START "'");
  if (n_terms != 1)
    g_error ("the bench day and the month before it must lie in one term");
  g_print ("County: %" G_GINT64_FORMAT " children on the roll, %" G_GINT64_FORMAT " talk records, day %s\n",
           n_children, n_talks, TODAY);

  store = haven_store_new (path);
  haven_store_open_async (store, NULL, done_cb, &result);
  wait_result (&result);
  if (!haven_store_open_finish (store, result, &error))
    g_error ("open: %s", error->message);

  /* Alternated, so both sides see the same machine and the same cache. */
  for (guint round = 0; round < ROUNDS; round++)
    {
      gint64 start;
      double ms;

      g_clear_pointer (&scanned, g_ptr_array_unref);
      start = g_get_monotonic_time ();
      scanned = scan_rows (store, HAVEN_DUE_RULE_CLASS_TALK);
      ms = (g_get_monotonic_time () - start) / 1e3;
      g_array_append_val (scan_times, ms);

      g_clear_pointer (&expected, g_ptr_array_unref);
      start = g_get_monotonic_time ();
      expected = reference_rows (db);
      ms = (g_get_monotonic_time () - start) / 1e3;
      g_array_append_val (reference_times, ms);

      {
        g_autoptr(GPtrArray) all = NULL;

        start = g_get_monotonic_time ();
        all = scan_rows (store, -1);
        ms = (g_get_monotonic_time () - start) / 1e3;
        g_array_append_val (all_times, ms);
        n_all = all->len;
      }

      {
        g_autoptr(GAsyncResult) done = NULL;
        g_autoptr(HavenOverview) overview = NULL;
        g_autoptr(GAsyncResult) summary_done = NULL;
        g_autoptr(HavenDueSummary) summary = NULL;

        start = g_get_monotonic_time ();
        haven_store_overview_async (store, TODAY, NULL, done_cb, &done);
        haven_store_due_summary_async (store, TODAY, NULL, done_cb, &summary_done);
        wait_result (&done);
        wait_result (&summary_done);
        overview = haven_store_overview_finish (store, done, &error);
        summary = haven_store_due_summary_finish (store, summary_done, &error);
        if (overview == NULL || summary == NULL)
          g_error ("overview: %s", error->message);
        ms = (g_get_monotonic_time () - start) / 1e3;
        g_array_append_val (overview_times, ms);
      }
    }
  scan_ms = median (scan_times);
  reference_ms = median (reference_times);

  /* The Talks list as its page shows it: the newest 200, its first row
   * filled as a view binds it, then the next page as the view scrolls
   * near the end, then a page deep down, then every record at once; the
   * main thread must not block meanwhile. */
  tick = g_timeout_add (1, tick_cb, NULL);
  query = haven_talk_query_new ();
  haven_query_set_today (HAVEN_QUERY (query), TODAY);
  g_object_set (query, "limit", 200, NULL);
  {
    gint64 start = g_get_monotonic_time ();

    last_tick = 0;
    longest_gap = 0;
    list = haven_record_list_new (store, HAVEN_QUERY (query));
    while (haven_record_list_get_loading (list))
      g_main_context_iteration (NULL, TRUE);
    list_ms = (g_get_monotonic_time () - start) / 1e3;
    start = g_get_monotonic_time ();
    first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    haven_record_list_want (list, first);
    while (!haven_record_get_loaded (first))
      g_main_context_iteration (NULL, TRUE);
    first_ms = (g_get_monotonic_time () - start) / 1e3;
    haven_record_list_unwant (list, first);

    n_first_page = g_list_model_get_n_items (G_LIST_MODEL (list));
    start = g_get_monotonic_time ();
    g_object_set (query, "limit", 400, NULL);
    while (haven_record_list_get_loading (list))
      g_main_context_iteration (NULL, TRUE);
    next_ms = (g_get_monotonic_time () - start) / 1e3;
    n_next_page = g_list_model_get_n_items (G_LIST_MODEL (list));

    start = g_get_monotonic_time ();
    g_object_set (query, "limit", 20000, NULL);
    while (haven_record_list_get_loading (list))
      g_main_context_iteration (NULL, TRUE);
    deep_ms = (g_get_monotonic_time () - start) / 1e3;
    n_deep = g_list_model_get_n_items (G_LIST_MODEL (list));

    start = g_get_monotonic_time ();
    g_object_set (query, "limit", 0, NULL);
    while (haven_record_list_get_loading (list))
      g_main_context_iteration (NULL, TRUE);
    all_ms = (g_get_monotonic_time () - start) / 1e3;
    n_every = g_list_model_get_n_items (G_LIST_MODEL (list));
    list_gap_ms = longest_gap / 1e3;
  }
  g_source_remove (tick);

  g_print ("\n");
  g_print ("%-58s %10u\n", "children overdue for the class teacher's talk (scan)", scanned->len);
  g_print ("%-58s %10u\n", "children overdue for the class teacher's talk (SQL)", expected->len);
  g_print ("%-58s %10s\n", "same rows (child, class, last done, teacher; same order)",
           same_rows (scanned, expected) ? "yes" : "NO");
  g_print ("%-58s %8.1f ms\n", "overdue scan, class teacher's talk (median of 5)", scan_ms);
  g_print ("%-58s %8.1f ms\n", "hand-written SQL, same answer (median of 5)", reference_ms);
  g_print ("%-58s %9.2fx  (at most 1.5x)\n", "scan / SQL", scan_ms / reference_ms);
  g_print ("  both read talk_last, the latest talk per child and kind that triggers keep\n");
  g_print ("%-58s %8.1f ms  (%u child x rule overdue)\n", "overdue scan, every rule (median of 5)",
           median (all_times), n_all);
  g_print ("%-58s %8.1f ms\n", "Overview figures and due summary (median of 5)", median (overview_times));
  g_print ("%-58s %8.1f ms  (%u rows)\n", "Talks list, first page loaded", list_ms, n_first_page);
  g_print ("%-58s %8.1f ms\n", "  first row filled", first_ms);
  g_print ("%-58s %8.1f ms  (%u rows)\n", "  next page, as the view nears the end", next_ms, n_next_page);
  g_print ("%-58s %8.1f ms  (%u rows)\n", "  grown to 20,000 rows", deep_ms, n_deep);
  g_print ("%-58s %8.1f ms  (%u rows)\n", "  every record at once (no page; not what the view asks)", all_ms, n_every);
  g_print ("%-58s %8.1f ms\n", "  longest main-thread block meanwhile", list_gap_ms);

  g_clear_object (&first);
  g_clear_object (&list);
  haven_store_close (store);
  sqlite3_close (db);
  return same_rows (scanned, expected) && scan_ms <= 1.5 * reference_ms ? EXIT_SUCCESS : EXIT_FAILURE;
}
