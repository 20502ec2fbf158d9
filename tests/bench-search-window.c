/* bench-search-window.c: searching the archive in a real window, at county scale
 *
 * Not a test: build-aux/dev bench runs it. Each process runs one side, so
 * that each side's memory is its own:
 *
 *   --mode=haven      the app's own main window, Archive view, on the
 *                     100,000-child database;
 *   --mode=reference  the same work in stock GTK: a GtkSearchEntry over a
 *                     GtkColumnView with the same seven columns, over a
 *                     GtkStringList of each child's search text filtered by
 *                     a GtkFilterListModel with a substring GtkStringFilter.
 *
 * Both sides get the same 18 keystrokes as real key events through XTest
 * (zhang, wxm, 李小, 1380 and xiao, key by key, the entry cleared between
 * words), and each is timed from the key press to the end of the first
 * frame (the frame clock's after-paint) that paints the list with its new
 * first row; a keystroke that is not answered within 10 s counts as 10 s
 * and as a timeout. Clearing is not timed. A 1 ms timer on the main loop
 * counts the stalls (gaps over 16 ms between its ticks) from the first key
 * press to the last answer, clears and pauses included, and
 * /proc/self/statm gives the resident memory before and after the typing.
 *
 * The bench computes what each side should show from the database itself,
 * with that side's own matching rule, and reads the screen from the
 * widgets, found by type under the archive view: nothing depends on the
 * app's private fields or on its list model's type.
 *
 * --probe-search-delay prints the search-delay the app gives its archive
 * entry, read from the widget, so that the reference can use the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-search-window"

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <malloc.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <X11/extensions/XTest.h>

#include "haven-application.h"
#include "haven-labels.h"
#include "haven-store.h"
#include "haven-window.h"

#define WINDOW_WIDTH       1200  /* the app's default size (its GSettings schema) */
#define WINDOW_HEIGHT      760
#define KEY_TIMEOUT_US     (10 * G_USEC_PER_SEC)
#define CLEAR_TIMEOUT_US   (30 * G_USEC_PER_SEC)
#define LOAD_TIMEOUT_US    (180 * G_USEC_PER_SEC)
#define STALL_US           16000
#define SETTLE_QUIET_US    (1 * G_USEC_PER_SEC)
#define SETTLE_MAX_US      (30 * G_USEC_PER_SEC)

/* The old bench's 18 keystrokes: a surname in pinyin, initials, Chinese
 * characters, a phone number. Each string is one key; the entry is
 * cleared after each group but the last. */
static const char * const groups[][6] = {
  { "z", "h", "a", "n", "g", NULL },
  { "w", "x", "m", NULL },
  { "李", "小", NULL },
  { "1", "3", "8", "0", NULL },
  { "x", "i", "a", "o", NULL },
};
#define N_KEYSTROKES 18

/* One child as the bench reads it from the database. */
typedef struct
{
  const char *name;
  const char *pinyin;          /* these four ASCII-lowered, as SQLite's LIKE ignores ASCII case */
  const char *initials;
  const char *student_number;
  const char *phones;
  const char *class_name;
  const char *guardian;
  const char *guardian_phone;
  const char *mentor;
  const char *last_talk;
  int         reason;
  int         missing;
  gboolean    key_support;
} Child;

typedef struct
{
  GArray       *children;      /* Child, in the archive's default order */
  GStringChunk *strings;       /* owns every string of the children */
} Data;

/* What the list must show once a search is answered. */
typedef struct
{
  char  *text;                 /* the entry's text */
  guint  count;
  char  *first_name;           /* NULL when nothing matches */
} Expect;

typedef struct
{
  gboolean        haven;
  const char     *database;
  int             search_delay;    /* -1: the app's */
  int             pause_ms;
  int             round;
  gboolean        exact_case;      /* the reference's filter skips case folding */

  GtkWindow      *window;          /* the app's, or ours (owned) */
  GtkSearchEntry *entry;
  GtkColumnView  *view;
  GListModel     *model;           /* the view's model, watched for changes */
  GObject        *loading_model;   /* the model in it with a "loading" property */
  gint64          started_at;

  /* Keys */
  Display        *xdisplay;
  KeyCode         keycodes[N_KEYSTROKES];
  KeyCode         spare[4];        /* mapped to characters the layout lacks */
  KeySym          spare_sym[4];
  guint           n_spare;

  /* The after-paint check */
  const Expect   *waiting;
  gint64          painted_at;
  gboolean        searched;        /* the entry's search-changed has been handled */
  gboolean        started;         /* and the app's idles after it have run */
  guint           started_source;
  gboolean        changed;         /* the model changed since the key press */
  gboolean        by_fallback;
  guint           shown;

  /* Main-loop stalls */
  gint64          last_tick;
  gint64          last_stall_at;
  gboolean        counting;
  gboolean        in_keystroke;
  guint           stalls;
  guint           stalls_in_keystrokes;
  gint64          longest_in_keystroke;   /* of the keystroke timed now */
  gint64          longest_stall;

  Expect          all;             /* the list with an empty search */
  Expect          expect[N_KEYSTROKES];
  int             status;
} Bench;

/* Reading the database */

static const char *
chunk_text (GStringChunk *strings,
            sqlite3_stmt *stmt,
            int           column,
            gboolean      fold)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  char *copy;

  if (text == NULL)
    text = "";
  if (!fold)
    return g_string_chunk_insert_const (strings, text);
  copy = g_string_chunk_insert (strings, text);
  for (char *p = copy; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);
  return copy;
}

/* Every child the archive lists by default (on the roll, not deleted), in
 * its default order: HAVEN_SORT_CLASS of haven-store-children.c. */
static gboolean
load_data (const char  *path,
           Data        *data,
           GError     **error)
{
  static const char sql[] =
    "SELECT c.id, c.name, c.name_pinyin, c.name_initials, c.student_number, c.phones,"
    "  k.name, g.name, g.phone, c.reason, c.missing, c.key_support,"
    "  (SELECT m.name FROM pairing p JOIN mentor m ON m.id = p.mentor_id"
    "    WHERE p.child_id = c.id AND p.start_date <= ?1 AND (p.end_date = '' OR p.end_date >= ?1)"
    "    ORDER BY p.start_date DESC LIMIT 1),"
    "  (SELECT max (t.date) FROM talk t WHERE t.child_id = c.id)"
    " FROM child c"
    " LEFT JOIN school_class k ON k.id = c.school_class_id"
    " LEFT JOIN guardian g ON g.child_id = c.id"
    " WHERE c.deleted = 0 AND c.status = 0"
    " ORDER BY k.grade IS NULL, k.grade, k.name, c.name_key, c.id";
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 last_id = 0;
  int rc;

  data->children = g_array_sized_new (FALSE, FALSE, sizeof (Child), 100000);
  data->strings = g_string_chunk_new (1 << 20);

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Child child;

      /* A second guardian row would repeat the child: keep the first. */
      if (sqlite3_column_int64 (stmt, 0) == last_id)
        {
          rc = SQLITE_OK;
          continue;
        }
      last_id = sqlite3_column_int64 (stmt, 0);

      child.name = chunk_text (data->strings, stmt, 1, FALSE);
      child.pinyin = chunk_text (data->strings, stmt, 2, TRUE);
      child.initials = chunk_text (data->strings, stmt, 3, TRUE);
      child.student_number = chunk_text (data->strings, stmt, 4, TRUE);
      child.phones = chunk_text (data->strings, stmt, 5, TRUE);
      child.class_name = chunk_text (data->strings, stmt, 6, FALSE);
      child.guardian = chunk_text (data->strings, stmt, 7, FALSE);
      child.guardian_phone = chunk_text (data->strings, stmt, 8, FALSE);
      child.reason = sqlite3_column_int (stmt, 9);
      child.missing = sqlite3_column_int (stmt, 10);
      child.key_support = sqlite3_column_int (stmt, 11) != 0;
      child.mentor = chunk_text (data->strings, stmt, 12, FALSE);
      child.last_talk = chunk_text (data->strings, stmt, 13, FALSE);
      g_array_append_val (data->children, child);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return rc == SQLITE_DONE;
}

static void
data_clear (Data *data)
{
  g_clear_pointer (&data->children, g_array_unref);
  g_clear_pointer (&data->strings, g_string_chunk_free);
  /* So the app's side starts without the bench's copy in its RSS. */
  malloc_trim (0);
}

static char *
search_text (const Child *c)
{
  /* Name, full pinyin, initials, student number and phones: what the
   * archive searches, in one string. */
  return g_strjoin (" ", c->name, c->pinyin, c->initials, c->student_number, c->phones, NULL);
}

/* The matching rules, each side's own. */

/* As GtkStringFilter prepares both the search and each string: folded
 * when it ignores case, as they are otherwise. */
static char *
reference_fold (const char *text,
                gboolean    exact_case)
{
  g_autofree char *normal = NULL;

  if (exact_case)
    return g_strdup (text);
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normal, -1);
}

static gboolean
is_phone_fragment (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }
  return digits >= 3;
}

/* As the archive's search index (src/model/haven-child-index.c) matches: the lowered, stripped search
 * without its spaces is a substring of the name, the pinyin or the
 * student number, or a prefix of the initials; a search of three digits
 * or more (spaces and dashes allowed) is also a substring of the phones. */
typedef struct
{
  char *compact;
  char *phone;
} HavenPattern;

static void
haven_pattern_init (HavenPattern *pattern,
                    const char   *text)
{
  g_autofree char *search = g_strstrip (g_utf8_strdown (text, -1));
  GString *compact = g_string_new (NULL);
  GString *digits = g_string_new (NULL);

  for (const char *p = search; *p != '\0'; p++)
    {
      if (*p != ' ')
        g_string_append_c (compact, *p);
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
    }
  pattern->compact = g_string_free (compact, FALSE);
  pattern->phone = g_string_free (digits, FALSE);
  if (!is_phone_fragment (search))
    g_clear_pointer (&pattern->phone, g_free);
}

static gboolean
haven_matches (const HavenPattern *pattern,
               const Child        *c)
{
  g_autofree char *name = NULL;

  if (*pattern->compact == '\0')
    return TRUE;
  if (strstr (c->pinyin, pattern->compact) != NULL
      || g_str_has_prefix (c->initials, pattern->compact)
      || strstr (c->student_number, pattern->compact) != NULL
      || (pattern->phone != NULL && strstr (c->phones, pattern->phone) != NULL))
    return TRUE;
  name = g_ascii_strdown (c->name, -1);
  return strstr (name, pattern->compact) != NULL;
}

static void
expect_haven (Expect     *expect,
              const Data *data,
              const char *text)
{
  HavenPattern pattern;

  haven_pattern_init (&pattern, text);
  expect->text = g_strdup (text);
  for (guint i = 0; i < data->children->len; i++)
    {
      const Child *c = &g_array_index (data->children, Child, i);

      if (!haven_matches (&pattern, c))
        continue;
      if (expect->count++ == 0)
        expect->first_name = g_strdup (c->name);
    }
  g_free (pattern.compact);
  g_free (pattern.phone);
}

static void
expect_reference (Expect     *expect,
                  GPtrArray  *folded,
                  const Data *data,
                  const char *text,
                  gboolean    exact_case)
{
  g_autofree char *search = reference_fold (text, exact_case);

  expect->text = g_strdup (text);
  for (guint i = 0; i < folded->len; i++)
    {
      if (*search != '\0' && strstr (g_ptr_array_index (folded, i), search) == NULL)
        continue;
      if (expect->count++ == 0)
        expect->first_name = g_strdup (g_array_index (data->children, Child, i).name);
    }
}

static void
make_expectations (Bench      *b,
                   const Data *data)
{
  g_autoptr(GPtrArray) folded = NULL;
  GString *text = g_string_new (NULL);
  guint k = 0;

  if (!b->haven)
    {
      folded = g_ptr_array_new_full (data->children->len, g_free);
      for (guint i = 0; i < data->children->len; i++)
        {
          g_autofree char *plain = search_text (&g_array_index (data->children, Child, i));
          g_ptr_array_add (folded, reference_fold (plain, b->exact_case));
        }
    }

  if (b->haven)
    expect_haven (&b->all, data, "");
  else
    expect_reference (&b->all, folded, data, "", b->exact_case);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_string_truncate (text, 0);
      for (guint i = 0; groups[g][i] != NULL; i++, k++)
        {
          g_string_append (text, groups[g][i]);
          if (b->haven)
            expect_haven (&b->expect[k], data, text->str);
          else
            expect_reference (&b->expect[k], folded, data, text->str, b->exact_case);
        }
    }
  g_assert (k == N_KEYSTROKES);
  g_string_free (text, TRUE);
}

/* Finding the widgets by type, never by the page's private fields. */

static gboolean
in_popover (GtkWidget *widget,
            GtkWidget *top)
{
  for (GtkWidget *w = widget; w != NULL && w != top; w = gtk_widget_get_parent (w))
    if (GTK_IS_POPOVER (w))
      return TRUE;
  return FALSE;
}

static GtkWidget *
find_widget (GtkWidget *top,
             GtkWidget *widget,
             GType      type,
             gboolean   mapped)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && !in_popover (widget, top)
      && (!mapped || gtk_widget_get_mapped (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (top, child, type, mapped);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
name_column (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  const char *name = g_dgettext (GETTEXT_PACKAGE, "Name");
  guint visible = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (g_strcmp0 (gtk_column_view_column_get_title (column), name) == 0)
        return visible;
      visible++;
    }
  return 0;
}

/* The Name label of the first row a person sees, read from the widgets so
 * that it works the same for both windows and for any model: GtkColumnView
 * keeps its rows in a GtkListView child, one widget per row holding one
 * cell per visible column, in column order. The mapped row whose bounds
 * start highest within the list's allocation is the first visible one (the
 * bench never scrolls), and the label in its Name cell is what shows. The
 * other way, finding the widget bound to item 0 through the model, has no
 * public API. */
static GtkLabel *
first_visible_name (GtkColumnView *view,
                    guint          column)
{
  GtkWidget *list = NULL;
  GtkWidget *top_row = NULL;
  GtkWidget *cell;
  float top_y = G_MAXFLOAT;
  int height;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LIST_VIEW (w))
      list = w;
  if (list == NULL)
    return NULL;
  height = gtk_widget_get_height (list);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (row) || !gtk_widget_get_child_visible (row)
          || gtk_widget_get_first_child (row) == NULL
          || !gtk_widget_compute_bounds (row, list, &bounds))
        continue;
      if (bounds.size.height <= 0 || bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= height)
        continue;
      if (bounds.origin.y < top_y)
        {
          top_y = bounds.origin.y;
          top_row = row;
        }
    }
  if (top_row == NULL)
    return NULL;

  cell = gtk_widget_get_first_child (top_row);
  for (guint i = 0; i < column && cell != NULL; i++)
    cell = gtk_widget_get_next_sibling (cell);
  if (cell == NULL)
    return NULL;
  return GTK_LABEL (find_widget (cell, cell, GTK_TYPE_LABEL, TRUE));
}

/* The archive marks a key-support child with " ★" after the name. */
static gboolean
shows_name (const char *label,
            const char *name)
{
  size_t n = strlen (name);

  return strncmp (label, name, n) == 0 && (label[n] == '\0' || label[n] == ' ');
}

/* The model that says whether it is still answering: the first in the
 * chain of wrapped models (a GtkSingleSelection over the app's list, say)
 * with a boolean "loading" property, or NULL. */
static GObject *
find_loading_model (GListModel *model)
{
  GObject *object = G_OBJECT (model);

  for (guint depth = 0; object != NULL && depth < 8; depth++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "loading");
      g_autoptr(GObject) inner = NULL;

      if (pspec != NULL && pspec->value_type == G_TYPE_BOOLEAN)
        return object;
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), "model");
      if (pspec == NULL || !g_type_is_a (pspec->value_type, G_TYPE_LIST_MODEL))
        return NULL;
      g_object_get (object, "model", &inner, NULL);
      /* The outer model keeps the inner one alive. */
      object = inner;
    }
  return NULL;
}

static gboolean
model_loading (Bench *b)
{
  gboolean loading = FALSE;

  if (b->loading_model != NULL)
    g_object_get (b->loading_model, "loading", &loading, NULL);
  return loading;
}

/* The "name" property of item 0, when the item has one and says it is
 * loaded. */
static char *
first_item_name (GListModel *model)
{
  g_autoptr(GObject) item = g_list_model_get_n_items (model) > 0 ? g_list_model_get_item (model, 0) : NULL;
  GParamSpec *pspec;
  char *name = NULL;

  if (item == NULL)
    return NULL;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "loaded");
  if (pspec != NULL && pspec->value_type == G_TYPE_BOOLEAN)
    {
      gboolean loaded;

      g_object_get (item, "loaded", &loaded, NULL);
      if (!loaded)
        return NULL;
    }
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "name");
  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return NULL;
  g_object_get (item, "name", &name, NULL);
  return name;
}

/* The list shows the expected answer:
 *  - the entry's search has reached the app: search-changed was handled,
 *    the model is not loading, and it either changed since the key press
 *    or has had the time to start loading (a model with no "loading"
 *    property, such as the reference's, answers within search-changed);
 *  - the model holds as many rows as expected;
 *  - the first visible row shows the expected first child.
 * The first condition times the keystrokes that change nothing on screen
 * (zhan → zhang) to the answer, not to the frame that draws the letter.
 * If the app's answer legitimately differs from the bench's reading of its
 * rules (say, after a change in how it matches), the fallback takes the
 * first frame after the model changed, not loading, whose top row shows
 * item 0's name. */
static gboolean
shows_expected (Bench        *b,
                const Expect *expect,
                gboolean     *by_fallback)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (b->view));
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  GtkLabel *label;
  const char *text;
  g_autofree char *first = NULL;

  *by_fallback = FALSE;
  if (!b->searched || model_loading (b)
      || (!b->changed && b->loading_model != NULL && !b->started))
    return FALSE;
  if (expect->count == 0)
    return model != NULL && n == 0;

  label = first_visible_name (b->view, name_column (b->view));
  text = label != NULL ? gtk_label_get_label (label) : "";
  if (*text == '\0')
    return FALSE;
  if (n == expect->count && shows_name (text, expect->first_name))
    return TRUE;

  if (!b->changed)
    return FALSE;
  first = first_item_name (model);
  if (first != NULL && shows_name (text, first))
    {
      *by_fallback = TRUE;
      return TRUE;
    }
  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *b)
{
  GListModel *model;

  if (b->waiting == NULL || b->painted_at != 0)
    return;
  if (!shows_expected (b, b->waiting, &b->by_fallback))
    return;
  b->painted_at = g_get_monotonic_time ();
  model = G_LIST_MODEL (gtk_column_view_get_model (b->view));
  b->shown = model != NULL ? g_list_model_get_n_items (model) : 0;
}

static void
model_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        Bench      *b)
{
  b->changed = TRUE;
}

/* An answer that changes nothing on screen paints no frame by itself. */
static void
loading_changed_cb (GObject    *model,
                    GParamSpec *pspec,
                    Bench      *b)
{
  gtk_widget_queue_draw (GTK_WIDGET (b->view));
}

static void
unwatch_model (Bench *b)
{
  if (b->model != NULL)
    g_signal_handlers_disconnect_by_func (b->model, model_items_changed_cb, b);
  if (b->loading_model != NULL)
    g_signal_handlers_disconnect_by_func (b->loading_model, loading_changed_cb, b);
  g_clear_object (&b->model);
  g_clear_object (&b->loading_model);
}

static void
watch_model (Bench *b)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (b->view));

  if (model == b->model)
    return;
  unwatch_model (b);
  if (model == NULL)
    return;
  b->model = g_object_ref (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (model_items_changed_cb), b);
  b->loading_model = find_loading_model (model);
  if (b->loading_model != NULL)
    {
      g_object_ref (b->loading_model);
      g_signal_connect (b->loading_model, "notify::loading", G_CALLBACK (loading_changed_cb), b);
    }
}

static gboolean
started_cb (gpointer user_data)
{
  Bench *b = user_data;

  b->started_source = 0;
  b->started = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (b->view));
  return G_SOURCE_REMOVE;
}

/* Connected after the app's own handler, so it runs after it. The app may
 * start its work from an idle of its own (HavenRecordList reloads from
 * one): a lower-priority idle lets it run, and set "loading", first. Only
 * an answer that changes nothing waits for that idle. */
static void
search_changed_cb (GtkSearchEntry *entry,
                   Bench          *b)
{
  b->searched = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (b->view));
  if (b->loading_model != NULL && b->started_source == 0)
    b->started_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, started_cb, b, NULL);
}

static void
expect_new_answer (Bench *b)
{
  g_clear_handle_id (&b->started_source, g_source_remove);
  b->searched = FALSE;
  b->started = FALSE;
  b->changed = FALSE;
}

/* GtkListView keeps its top item in view when the list grows back around
 * it, as after clearing a search in the reference; each group of
 * keystrokes starts from the top of the list. */
static void
scroll_to_top (Bench *b)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (b->view));

  if (adjustment != NULL && gtk_adjustment_get_value (adjustment) != gtk_adjustment_get_lower (adjustment))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
view_model_changed_cb (GtkColumnView *view,
                       GParamSpec    *pspec,
                       Bench         *b)
{
  b->changed = TRUE;
  watch_model (b);
}

/* Main-loop stalls */

static gboolean
tick_cb (gpointer user_data)
{
  Bench *b = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 gap = b->last_tick != 0 ? now - b->last_tick : 0;

  b->last_tick = now;
  if (gap <= STALL_US)
    return G_SOURCE_CONTINUE;
  b->last_stall_at = now;
  if (b->counting)
    {
      b->stalls++;
      if (b->in_keystroke)
        {
          b->stalls_in_keystrokes++;
          b->longest_in_keystroke = MAX (b->longest_in_keystroke, gap);
        }
      b->longest_stall = MAX (b->longest_stall, gap);
    }
  return G_SOURCE_CONTINUE;
}

static double
rss_mb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL)
      || sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return (double) resident * sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static void
iterate_for (gint64 us)
{
  gint64 end = g_get_monotonic_time () + us;

  /* The 1 ms timer wakes the loop, so this never blocks for long. */
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
iterate_until (gboolean (*done) (Bench *b),
               Bench     *b,
               gint64     timeout_us)
{
  gint64 end = g_get_monotonic_time () + timeout_us;

  while (!done (b))
    {
      if (g_get_monotonic_time () >= end)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }
  return TRUE;
}

/* Waits for a frame that paints the expected list; returns its time. */
static gint64
wait_painted (Bench        *b,
              const Expect *expect,
              gint64        timeout_us,
              gboolean      untimed)
{
  gint64 end = g_get_monotonic_time () + timeout_us;

  b->painted_at = 0;
  b->by_fallback = FALSE;
  b->waiting = expect;
  /* A list that already shows the answer paints no new frame by itself. */
  if (untimed)
    gtk_widget_queue_draw (GTK_WIDGET (b->view));
  while (b->painted_at == 0 && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, TRUE);
      /* Not while timing: scrolling would paint frames of its own. */
      if (untimed && b->model != NULL && g_list_model_get_n_items (b->model) == expect->count)
        scroll_to_top (b);
    }
  b->waiting = NULL;
  return b->painted_at;
}

static void
settle (Bench *b)
{
  gint64 start = g_get_monotonic_time ();

  while (g_get_monotonic_time () - MAX (start, b->last_stall_at) < SETTLE_QUIET_US
         && g_get_monotonic_time () - start < SETTLE_MAX_US)
    g_main_context_iteration (NULL, TRUE);
}

/* Keys through XTest */

static KeySym
keysym_for (gunichar c)
{
  /* Latin-1 keysyms are their code points; X11 gives every other
   * character the keysym 0x1000000 + its code point. */
  return c < 0x100 ? (KeySym) c : (KeySym) (0x1000000 | c);
}

static gboolean
keycode_types (GdkDisplay *display,
               KeyCode     keycode,
               guint       keyval)
{
  g_autofree GdkKeymapKey *keys = NULL;
  g_autofree guint *keyvals = NULL;
  int n = 0;

  if (!gdk_display_map_keycode (display, keycode, &keys, &keyvals, &n))
    return FALSE;
  for (int i = 0; i < n; i++)
    if (keys[i].group == 0 && keys[i].level == 0)
      return keyvals[i] == keyval;
  return FALSE;
}

static gboolean
spare_mapped (Bench *b)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (b->window));

  for (guint s = 0; s < b->n_spare; s++)
    if (!keycode_types (display, b->spare[s], gdk_unicode_to_keyval (b->spare_sym[s] & 0xffffff)))
      return FALSE;
  return TRUE;
}

/* Finds a keycode for each key; characters the layout lacks (李, 小) get
 * a spare keycode of their own, mapped to their keysym. */
static gboolean
setup_keys (Bench *b)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (b->window));
  int min_keycode, max_keycode, per_keycode;
  KeySym *map;
  guint k = 0;
  int next_spare;

  b->xdisplay = gdk_x11_display_get_xdisplay (display);
  XDisplayKeycodes (b->xdisplay, &min_keycode, &max_keycode);
  map = XGetKeyboardMapping (b->xdisplay, min_keycode, max_keycode - min_keycode + 1, &per_keycode);
  next_spare = max_keycode;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint i = 0; groups[g][i] != NULL; i++, k++)
      {
        gunichar c = g_utf8_get_char (groups[g][i]);
        KeySym sym = keysym_for (c);
        KeyCode keycode = XKeysymToKeycode (b->xdisplay, sym);
        guint s;

        if (keycode != 0 && keycode_types (display, keycode, gdk_unicode_to_keyval (c)))
          {
            b->keycodes[k] = keycode;
            continue;
          }
        /* The same character twice needs one spare. */
        for (s = 0; s < b->n_spare; s++)
          if (b->spare_sym[s] == sym)
            break;
        if (s == b->n_spare)
          {
            KeySym syms[1] = { sym };

            for (; next_spare >= min_keycode; next_spare--)
              {
                gboolean empty = TRUE;

                for (int j = 0; j < per_keycode; j++)
                  empty = empty && map[(next_spare - min_keycode) * per_keycode + j] == NoSymbol;
                if (empty)
                  break;
              }
            if (next_spare < min_keycode || b->n_spare == G_N_ELEMENTS (b->spare))
              {
                g_printerr ("bench: no spare keycode for “%s”\n", groups[g][i]);
                XFree (map);
                return FALSE;
              }
            b->spare[b->n_spare] = next_spare;
            b->spare_sym[b->n_spare++] = sym;
            XChangeKeyboardMapping (b->xdisplay, next_spare, 1, syms, 1);
            next_spare--;
          }
        b->keycodes[k] = b->spare[s];
      }
  XFree (map);
  XSync (b->xdisplay, False);

  /* GDK reads the new mapping from the server's notify. */
  if (!iterate_until (spare_mapped, b, 5 * G_USEC_PER_SEC))
    {
      g_printerr ("bench: GDK did not pick up the keyboard mapping of the spare keycodes\n");
      return FALSE;
    }
  return TRUE;
}

static void
restore_keys (Bench *b)
{
  KeySym none[1] = { NoSymbol };

  for (guint s = 0; s < b->n_spare; s++)
    XChangeKeyboardMapping (b->xdisplay, b->spare[s], 1, none, 1);
  b->n_spare = 0;
  if (b->xdisplay != NULL)
    XSync (b->xdisplay, False);
}

static void
press_key (Bench   *b,
           KeyCode  keycode)
{
  XTestFakeKeyEvent (b->xdisplay, keycode, True, CurrentTime);
  XTestFakeKeyEvent (b->xdisplay, keycode, False, CurrentTime);
  XFlush (b->xdisplay);
}

static gboolean
window_active (Bench *b)
{
  return gtk_window_is_active (b->window);
}

static gboolean
entry_focused (Bench *b)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (b->window));

  return focus != NULL && (focus == GTK_WIDGET (b->entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (b->entry)));
}

/* No window manager: the bench gives the toplevel the input focus itself. */
static gboolean
focus_entry (Bench *b)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (b->window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (b->window));

  gdk_x11_display_error_trap_push (display);
  XSetInputFocus (b->xdisplay, gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  XSync (b->xdisplay, False);
  if (gdk_x11_display_error_trap_pop (display) != 0 || !iterate_until (window_active, b, 5 * G_USEC_PER_SEC))
    {
      g_printerr ("bench: the window did not get the input focus\n");
      return FALSE;
    }
  gtk_widget_grab_focus (GTK_WIDGET (b->entry));
  if (!iterate_until (entry_focused, b, 5 * G_USEC_PER_SEC))
    {
      g_printerr ("bench: the search entry did not take the focus\n");
      return FALSE;
    }
  return TRUE;
}

/* The run, the same for both sides */

/* Pads to a number of terminal columns: a Chinese character takes two. */
static char *
padded (const char *text,
        guint       columns)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return g_strdup_printf ("%s%*s", text, width < columns ? (int) (columns - width) : 0, "");
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
window_mapped (Bench *b)
{
  return gtk_widget_get_mapped (GTK_WIDGET (b->window)) && gtk_widget_get_mapped (GTK_WIDGET (b->view));
}

static void
run (Bench *b)
{
  const char *side = b->haven ? "haven" : "reference";
  double ms[N_KEYSTROKES], sorted[N_KEYSTROKES];
  double rss_before, rss_after, median, p99;
  GdkFrameClock *clock;
  gulong after_paint;
  guint tick, timeouts = 0, fallbacks = 0, k = 0;
  gint64 painted;

  tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, b, NULL);

  if (!iterate_until (window_mapped, b, 30 * G_USEC_PER_SEC))
    {
      g_printerr ("bench: the window was not mapped\n");
      b->status = EXIT_FAILURE;
      goto out;
    }
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (b->window));
  after_paint = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), b);
  g_signal_connect (b->view, "notify::model", G_CALLBACK (view_model_changed_cb), b);
  g_signal_connect (b->entry, "search-changed", G_CALLBACK (search_changed_cb), b);
  watch_model (b);

  if (!setup_keys (b) || !focus_entry (b))
    {
      b->status = EXIT_FAILURE;
      goto restore;
    }

  b->searched = TRUE;
  b->started = TRUE;
  painted = wait_painted (b, &b->all, LOAD_TIMEOUT_US, TRUE);
  if (painted == 0)
    {
      GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (b->view));
      GtkLabel *label = first_visible_name (b->view, name_column (b->view));

      g_printerr ("bench: %s: the list never showed its %u children, first %s"
                  " (it shows %u, first \"%s\"%s)\n",
                  side, b->all.count, b->all.first_name,
                  shown != NULL ? g_list_model_get_n_items (shown) : 0,
                  label != NULL ? gtk_label_get_label (label) : "",
                  model_loading (b) ? ", still loading" : "");
      b->status = EXIT_FAILURE;
      goto restore;
    }
  g_print ("%s (round %d): %u children listed, first painted %.0f ms after start; search-delay %u ms\n",
           side, b->round, b->all.count, (painted - b->started_at) / 1e3,
           gtk_search_entry_get_search_delay (b->entry));
  settle (b);

  rss_before = rss_mb ();
  b->counting = TRUE;
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      for (guint i = 0; groups[g][i] != NULL; i++, k++)
        {
          const Expect *expect = &b->expect[k];
          const Expect *before = k > 0 && i > 0 ? &b->expect[k - 1] : &b->all;
          const char *text;
          GtkLabel *label;
          g_autofree char *shown_text = padded (expect->text, 8);
          gint64 start;

          guint stalls_before = b->stalls_in_keystrokes;

          expect_new_answer (b);
          b->longest_in_keystroke = 0;
          b->in_keystroke = TRUE;
          start = g_get_monotonic_time ();
          press_key (b, b->keycodes[k]);
          painted = wait_painted (b, expect, KEY_TIMEOUT_US, FALSE);
          b->in_keystroke = FALSE;

          ms[k] = ((painted != 0 ? painted : g_get_monotonic_time ()) - start) / 1e3;
          text = gtk_editable_get_text (GTK_EDITABLE (b->entry));
          label = first_visible_name (b->view, name_column (b->view));
          g_print ("  %s key %2u  %s %8.1f ms  %u stalls (longest %5.1f ms)  rows %6u (expected %6u), first %s%s%s%s\n",
                   side, k + 1, shown_text, ms[k], b->stalls_in_keystrokes - stalls_before, b->longest_in_keystroke / 1e3,
                   painted != 0 ? b->shown : g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (b->view))),
                   expect->count,
                   expect->count == 0 ? "-" : label != NULL ? gtk_label_get_label (label) : "?",
                   painted == 0 ? "  TIMEOUT" : "",
                   painted != 0 && b->by_fallback ? "  (by fallback: the app's answer differs from the bench's)" : "",
                   expect->count == before->count && g_strcmp0 (expect->first_name, before->first_name) == 0
                   ? "  (the list does not change: timed to the answer)" : "");
          if (!g_str_equal (text, expect->text))
            {
              g_printerr ("bench: the entry reads “%s”, not “%s”: the key events did not type\n", text, expect->text);
              b->status = EXIT_FAILURE;
              b->counting = FALSE;
              goto restore;
            }
          if (painted == 0)
            timeouts++;
          if (painted != 0 && b->by_fallback)
            fallbacks++;
          iterate_for (b->pause_ms * 1000);
        }

      if (g + 1 < G_N_ELEMENTS (groups))
        {
          /* Clearing is not timed: back to the whole list, painted. */
          expect_new_answer (b);
          gtk_editable_set_text (GTK_EDITABLE (b->entry), "");
          if (wait_painted (b, &b->all, CLEAR_TIMEOUT_US, TRUE) == 0)
            g_print ("  %s: the cleared search did not show the whole list within %d s\n", side,
                     (int) (CLEAR_TIMEOUT_US / G_USEC_PER_SEC));
          iterate_for (b->pause_ms * 1000);
        }
    }
  b->counting = FALSE;
  rss_after = rss_mb ();

  memcpy (sorted, ms, sizeof ms);
  qsort (sorted, N_KEYSTROKES, sizeof (double), compare_double);
  median = (sorted[(N_KEYSTROKES - 1) / 2] + sorted[N_KEYSTROKES / 2]) / 2;
  /* Nearest rank: with 18 keystrokes the 99th percentile is the slowest. */
  p99 = sorted[(guint) ((N_KEYSTROKES * 99 + 99) / 100) - 1];

  g_print ("%s (round %d): keystroke to painted: median %.1f ms, p99 %.1f ms; "
           "stalls > 16 ms: %u (%u within keystrokes, the rest in clears and pauses), longest %.1f ms; "
           "RSS %.1f MB before, %.1f MB after; %u timeouts%s\n",
           side, b->round, median, p99, b->stalls, b->stalls_in_keystrokes, b->longest_stall / 1e3,
           rss_before, rss_after, timeouts, fallbacks > 0 ? "; some answers taken by the fallback" : "");
  g_print ("RESULT side=%s round=%d median_ms=%.1f p99_ms=%.1f stalls=%u typing_stalls=%u longest_stall_ms=%.1f "
           "rss_before_mb=%.1f rss_after_mb=%.1f timeouts=%u fallbacks=%u search_delay_ms=%u\n",
           side, b->round, median, p99, b->stalls, b->stalls_in_keystrokes, b->longest_stall / 1e3,
           rss_before, rss_after,
           timeouts, fallbacks, gtk_search_entry_get_search_delay (b->entry));

restore:
  restore_keys (b);
  g_signal_handler_disconnect (clock, after_paint);
  g_signal_handlers_disconnect_by_func (b->view, view_model_changed_cb, b);
  g_signal_handlers_disconnect_by_func (b->entry, search_changed_cb, b);
  g_clear_handle_id (&b->started_source, g_source_remove);
  unwatch_model (b);
out:
  g_source_remove (tick);
}

/* The app's side */

static gboolean
haven_ready (Bench *b)
{
  return haven_window_get_ready (HAVEN_WINDOW (b->window));
}

static gboolean
archive_shown (Bench *b)
{
  GtkWidget *archive = haven_window_get_page (HAVEN_WINDOW (b->window), "archive");

  b->entry = GTK_SEARCH_ENTRY (find_widget (archive, archive, GTK_TYPE_SEARCH_ENTRY, TRUE));
  b->view = GTK_COLUMN_VIEW (find_widget (archive, archive, GTK_TYPE_COLUMN_VIEW, TRUE));
  return b->entry != NULL && b->view != NULL;
}

static gboolean
store_idle (Bench *b)
{
  return !haven_store_get_busy (haven_context_get_store (haven_window_get_context (HAVEN_WINDOW (b->window))));
}

static gboolean
haven_drive_cb (gpointer user_data)
{
  Bench *b = user_data;

  if (!iterate_until (haven_ready, b, LOAD_TIMEOUT_US))
    {
      g_printerr ("bench: the window did not open the database\n");
      b->status = EXIT_FAILURE;
    }
  else
    {
      gtk_widget_activate_action (GTK_WIDGET (b->window), "win.show-view", "s", "archive");
      if (!iterate_until (archive_shown, b, 30 * G_USEC_PER_SEC))
        {
          g_printerr ("bench: no search entry and column view under the archive"
                      " (view %s, entry %s, column view %s)\n",
                      haven_window_get_view (HAVEN_WINDOW (b->window)),
                      b->entry != NULL ? "found" : "missing", b->view != NULL ? "found" : "missing");
          b->status = EXIT_FAILURE;
        }
      else
        {
          if (b->search_delay >= 0)
            gtk_search_entry_set_search_delay (b->entry, b->search_delay);
          run (b);
        }
      /* Leave the store idle before the window goes. */
      iterate_until (store_idle, b, 10 * G_USEC_PER_SEC);
    }
  gtk_window_destroy (b->window);
  return G_SOURCE_REMOVE;
}

static gboolean
probe_drive_cb (gpointer user_data)
{
  Bench *b = user_data;
  GtkWidget *archive;
  GtkWidget *entry = NULL;

  if (iterate_until (haven_ready, b, 30 * G_USEC_PER_SEC))
    {
      archive = haven_window_get_page (HAVEN_WINDOW (b->window), "archive");
      entry = find_widget (archive, archive, GTK_TYPE_SEARCH_ENTRY, FALSE);
    }
  if (entry != NULL)
    g_print ("%u\n", gtk_search_entry_get_search_delay (GTK_SEARCH_ENTRY (entry)));
  else
    {
      g_printerr ("bench: no search entry under the archive\n");
      b->status = EXIT_FAILURE;
    }
  iterate_until (store_idle, b, 10 * G_USEC_PER_SEC);
  gtk_window_destroy (b->window);
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Bench          *b)
{
  if (b->window != NULL || !HAVEN_IS_WINDOW (window))
    return;
  b->window = window;
  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  g_idle_add (b->database != NULL ? haven_drive_cb : probe_drive_cb, b);
}

/* Runs the app itself, as a person starts it, on the given database. */
static int
run_app (Bench      *b,
         const char *database)
{
  char *argv[] = { (char *) "haven", (char *) "--database", (char *) database, NULL };
  g_autoptr(HavenApplication) app = haven_application_new ();

  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), b);
  b->started_at = g_get_monotonic_time ();
  if (g_application_run (G_APPLICATION (app), 3, argv) != 0 && b->status == 0)
    b->status = EXIT_FAILURE;
  return b->status;
}

static int
probe_search_delay (Bench *b)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("haven-bench-probe-XXXXXX", &error);
  g_autofree char *path = NULL;
  const char *suffixes[] = { "", "-wal", "-shm" };

  if (dir == NULL)
    g_error ("probe: %s", error->message);
  path = g_build_filename (dir, "probe.db", NULL);
  /* database NULL in the Bench picks the probe's driver. */
  run_app (b, path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (dir);
  return b->status;
}

/* The reference: stock GTK doing the same work */

static GQuark child_quark;

/* The archive's cell texts (haven-archive-page.c); the bench's own
 * window, not shown to anyone, so not translated. */
static char *
reference_cell_text (const Child *c,
                     guint        column)
{
  switch (column)
    {
    case 0:
      return c->key_support ? g_strdup_printf ("%s ★", c->name) : g_strdup (c->name);
    case 1:
      return g_strdup (c->class_name);
    case 2:
      return g_strdup (haven_label_reason (c->reason));
    case 3:
      return *c->guardian_phone == '\0' ? g_strdup_printf ("%s · no phone", c->guardian)
                                        : g_strdup_printf ("%s · %s", c->guardian, c->guardian_phone);
    case 4:
      return g_strdup (*c->mentor != '\0' ? c->mentor : "None");
    case 5:
      if (c->missing == 0)
        return g_strdup ("Complete");
      return g_strdup_printf (c->missing == 1 ? "%d item missing" : "%d items missing", c->missing);
    default:
      return g_strdup (*c->last_talk != '\0' ? c->last_talk : "Never");
    }
}

static void
reference_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
reference_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  column)
{
  const Child *c = g_object_get_qdata (gtk_list_item_get_item (item), child_quark);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint index = GPOINTER_TO_UINT (column);
  g_autofree char *text = reference_cell_text (c, index);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (index == 4 || index == 5)
    {
      if (index == 4 ? *c->mentor == '\0' : c->missing > 0)
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_remove_css_class (label, "warning");
    }
}

static void
reference_search_changed_cb (GtkSearchEntry  *entry,
                             GtkStringFilter *filter)
{
  gtk_string_filter_set_search (filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static GtkWindow *
reference_window (Bench *b,
                  Data  *data)
{
  static const struct { const char *title; int width; gboolean expand; } columns[] = {
    { "Name", 110, FALSE }, { "Class", 120, FALSE }, { "Why left behind", 150, FALSE },
    { "Guardian and phone", -1, TRUE }, { "Mentor", 90, FALSE }, { "File", 130, FALSE },
    { "Last talk", 100, FALSE },
  };
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkStringList *strings;
  GtkStringFilter *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  char **texts = g_new0 (char *, data->children->len + 1);

  child_quark = g_quark_from_static_string ("bench-child");
  for (guint i = 0; i < data->children->len; i++)
    texts[i] = search_text (&g_array_index (data->children, Child, i));
  strings = gtk_string_list_new ((const char * const *) texts);
  g_strfreev (texts);
  /* Each row's other columns, by the item GTK hands the factory. */
  for (guint i = 0; i < data->children->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (strings), i);
      g_object_set_qdata (item, child_quark, &g_array_index (data->children, Child, i));
    }

  filter = gtk_string_filter_new (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, !b->exact_case);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (strings), GTK_FILTER (g_object_ref (filter)));
  selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (view), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (reference_setup_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (reference_bind_cb), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (columns[i].title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), column);
      g_object_unref (column);
    }

  if (b->search_delay >= 0)
    gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), b->search_delay);
  g_signal_connect_object (entry, "search-changed", G_CALLBACK (reference_search_changed_cb), filter, 0);
  g_object_unref (filter);

  gtk_widget_set_margin_top (entry, 12);
  gtk_widget_set_margin_start (entry, 12);
  gtk_widget_set_margin_end (entry, 12);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_window_set_child (window, box);
  gtk_window_set_title (window, "Reference");
  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);

  b->entry = GTK_SEARCH_ENTRY (entry);
  b->view = GTK_COLUMN_VIEW (view);
  return window;
}

/* Asks a child process of this program what the app's entry uses, so
 * that this process loads nothing of the app. */
static int
app_search_delay (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--probe-search-delay", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  if (self == NULL
      || !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error)
      || !g_spawn_check_wait_status (wait_status, &error))
    g_error ("could not read the app's search-delay: %s", error != NULL ? error->message : "no program");
  return atoi (out);
}

static int
run_reference (Bench *b,
               Data  *data)
{
  if (b->search_delay < 0)
    b->search_delay = app_search_delay ();

  gtk_init ();
  b->started_at = g_get_monotonic_time ();
  b->window = reference_window (b, data);
  gtk_window_present (b->window);
  run (b);
  gtk_window_destroy (b->window);
  return b->status;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *mode = NULL;
  g_autofree char *database = NULL;
  gboolean probe = FALSE, exact_case = FALSE;
  int search_delay = -1, pause_ms = 150, round = 1;
  const GOptionEntry entries[] = {
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode, "haven or reference", "MODE" },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "The 100,000-child database", "PATH" },
    { "search-delay", 0, 0, G_OPTION_ARG_INT, &search_delay, "The entries' search-delay (default: the app's)", "MS" },
    { "pause", 0, 0, G_OPTION_ARG_INT, &pause_ms, "Pause after each answer, as between keys (150)", "MS" },
    { "round", 0, 0, G_OPTION_ARG_INT, &round, "The round's number, for the output", "N" },
    { "exact-case", 0, 0, G_OPTION_ARG_NONE, &exact_case,
      "Reference only: match case exactly (the search texts are lower-case already), sparing its filter the case folding", NULL },
    { "probe-search-delay", 0, 0, G_OPTION_ARG_NONE, &probe, "Print the app's search-delay and exit", NULL },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time archive searches in a real window");
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  Data data = { 0 };

  setlocale (LC_ALL, "");
  setvbuf (stdout, NULL, _IOLBF, 0);
  /* The bench drives X11 itself and renders as the tests do. */
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_IM_MODULE", "gtk-im-context-simple", TRUE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  b.search_delay = search_delay;
  b.pause_ms = MAX (pause_ms, 0);
  b.round = round;
  b.exact_case = exact_case;

  if (probe)
    return probe_search_delay (&b);

  if (database == NULL || mode == NULL || (!g_str_equal (mode, "haven") && !g_str_equal (mode, "reference")))
    {
      g_printerr ("usage: %s --mode=haven|reference --database=PATH [--search-delay=MS]\n", g_get_prgname ());
      return EXIT_FAILURE;
    }
  b.haven = g_str_equal (mode, "haven");
  b.database = database;

  if (!load_data (database, &data, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      return EXIT_FAILURE;
    }
  make_expectations (&b, &data);

  if (b.haven)
    {
      data_clear (&data);
      run_app (&b, database);
    }
  else
    {
      run_reference (&b, &data);
      data_clear (&data);
    }

  for (guint k = 0; k < N_KEYSTROKES; k++)
    {
      g_free (b.expect[k].text);
      g_free (b.expect[k].first_name);
    }
  g_free (b.all.text);
  g_free (b.all.first_name);
  return b.status;
}
