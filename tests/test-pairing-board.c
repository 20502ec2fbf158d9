/* test-pairing-board.c: the pairing board in a real window, driven by actions
 *
 * Each test drives the board's actions (what a drop, a card's menu and
 * the keyboard all end in) and checks the widgets: the card in the
 * mentor's column, the Unpaired column, the header's mark, the dialogs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "haven-archive-page.h"
#include "haven-card-chip.h"
#include "haven-card-text.h"
#include "haven-child.h"
#include "haven-child-pairings.h"
#include "haven-form-row.h"
#include "haven-mentor.h"
#include "haven-mentor-dialog.h"
#include "haven-pairing.h"
#include "haven-pairing-board.h"
#include "haven-pairing-card.h"
#include "haven-pairing-check.h"
#include "haven-pairing-column.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-page.h"
#include "haven-pairing-suggestions.h"
#include "haven-test-utils.h"
#include "haven-ui-test-utils.h"
#include "haven-window.h"

#define TODAY "2026-11-22"

typedef struct
{
  HavenTestDir     *dir;
  HavenStore       *store;
  HavenContext     *context;
  HavenWindow      *window;
  HavenPairingPage *page;
} Fixture;

/* Every wait has a deadline: a test that hangs fails instead. */
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

static gboolean
window_ready (gpointer data)
{
  Fixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store);
}

/* The board's columns are bound and their headers and cards filled. */
static gboolean
board_settled (gpointer data)
{
  Fixture *f = data;
  HavenPairingColumn *unpaired = haven_pairing_page_find_column (f->page, 0);
  HavenRecordList *cards;

  if (haven_store_get_busy (f->store) || unpaired == NULL)
    return FALSE;
  cards = haven_pairing_column_get_cards (unpaired);
  return cards != NULL && !haven_record_list_get_loading (cards);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = haven_test_dir_new ();
  f->store = haven_store_new (f->dir->path);
  haven_store_open_async (f->store, NULL, done_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_store_open_finish (f->store, result, &error));
  g_clear_object (&result);

  /* The test's data, when given, is how many children the school has. */
  haven_sample_fill_async (f->store, data != NULL ? GPOINTER_TO_UINT (data) : 60, 7, TODAY, NULL, done_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_sample_fill_finish (f->store, result, &error));
  g_assert_no_error (error);

  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (NULL, f->context, 0));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 768);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (window_ready, f);

  /* The sample's headteacher works at this machine. */
  g_assert_cmpint (haven_session_get_role (haven_context_get_session (f->context)), ==, HAVEN_STAFF_ROLE_HEADTEACHER);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "pairing"));
  f->page = HAVEN_PAIRING_PAGE (haven_window_get_page (f->window, "pairing"));
  wait_for (board_settled, f);
  g_assert_true (haven_pairing_page_get_arrange (f->page));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (f->window);
  haven_test_finalize_object_soon (f->context);
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

/* What the board shows */

/* A mentor whose column is on screen and loaded, with room (or full). */
static gint64
visible_mentor (Fixture  *f,
                gboolean  with_room,
                gint64    other_than)
{
  GListModel *columns = haven_pairing_page_get_columns (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);
      HavenPairingColumn *column;
      HavenRecord *mentor;

      if (!HAVEN_IS_MENTOR (item) || haven_record_get_id (HAVEN_RECORD (item)) == other_than)
        continue;
      column = haven_pairing_page_find_column (f->page, haven_record_get_id (HAVEN_RECORD (item)));
      mentor = column != NULL ? haven_pairing_column_get_mentor (column) : NULL;
      if (mentor == NULL || !haven_record_get_loaded (mentor)
          || !gtk_widget_get_mapped (GTK_WIDGET (column)))
        continue;
      if ((haven_record_get_int (mentor, HAVEN_MENTOR_N_CHILDREN)
           < haven_record_get_int (mentor, HAVEN_MENTOR_EFFECTIVE_CAPACITY)) == with_room)
        return haven_record_get_id (mentor);
    }
  return 0;
}

typedef struct
{
  Fixture *f;
  gboolean room;
  gint64   other;
  gint64   found;
} MentorWanted;

static gboolean
mentor_found (gpointer data)
{
  MentorWanted *w = data;

  w->found = visible_mentor (w->f, w->room, w->other);
  return w->found != 0;
}

static gint64
wait_mentor (Fixture  *f,
             gboolean  with_room,
             gint64    other_than)
{
  MentorWanted w = { f, with_room, other_than, 0 };

  wait_for (mentor_found, &w);
  return w.found;
}

static gboolean
first_unpaired_loaded (gpointer data)
{
  Fixture *f = data;
  HavenRecordList *unpaired = haven_pairing_page_get_unpaired (f->page);
  g_autoptr(HavenRecord) first = NULL;

  if (haven_record_list_get_loading (unpaired) || g_list_model_get_n_items (G_LIST_MODEL (unpaired)) == 0)
    return FALSE;
  first = g_list_model_get_item (G_LIST_MODEL (unpaired), 0);
  return haven_record_get_loaded (first);
}

/* The first child of the Unpaired column, and their name. */
static gint64
first_unpaired (Fixture  *f,
                char    **name)
{
  HavenRecordList *unpaired = haven_pairing_page_get_unpaired (f->page);
  g_autoptr(HavenRecord) first = NULL;

  wait_for (first_unpaired_loaded, f);
  first = g_list_model_get_item (G_LIST_MODEL (unpaired), 0);
  if (name != NULL)
    *name = g_strdup (haven_record_get_string (first, HAVEN_CHILD_NAME));
  return haven_record_get_id (first);
}

static HavenPairingCard *
find_card (GtkWidget *widget,
           gint64     child_id)
{
  if (HAVEN_IS_PAIRING_CARD (widget) && gtk_widget_get_mapped (widget)
      && haven_pairing_card_get_child_id (HAVEN_PAIRING_CARD (widget)) == child_id)
    return HAVEN_PAIRING_CARD (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      HavenPairingCard *card = find_card (child, child_id);

      if (card != NULL)
        return card;
    }
  return NULL;
}

typedef struct
{
  Fixture *f;
  gint64   mentor_id;   /* 0: Unpaired */
  gint64   child_id;
  gboolean shown;       /* whether the card should be there */
} CardWanted;

/* The child's card is (or is not) on screen in the mentor's column, and
 * its list agrees. */
static gboolean
card_state (gpointer data)
{
  CardWanted *w = data;
  HavenPairingColumn *column = haven_pairing_page_find_column (w->f->page, w->mentor_id);
  HavenRecordList *cards;
  gboolean listed = FALSE;

  if (column == NULL || haven_store_get_busy (w->f->store))
    return FALSE;
  cards = haven_pairing_column_get_cards (column);
  if (cards == NULL || haven_record_list_get_loading (cards))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cards)); i++)
    {
      g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (cards), i);

      if (HAVEN_IS_PAIRING (row) ? (haven_record_get_loaded (row) && haven_record_get_ref (row, HAVEN_PAIRING_CHILD_ID) == w->child_id)
                                 : haven_record_get_id (row) == w->child_id)
        listed = TRUE;
    }
  if (listed != w->shown)
    return FALSE;
  return (find_card (GTK_WIDGET (column), w->child_id) != NULL) == w->shown;
}

static void
wait_card (Fixture  *f,
           gint64    mentor_id,
           gint64    child_id,
           gboolean  shown)
{
  CardWanted w = { f, mentor_id, child_id, shown };

  wait_for (card_state, &w);
}

static gboolean
last_undo_set (gpointer data)
{
  Fixture *f = data;

  return haven_pairing_page_get_last_undo (f->page) != NULL && !haven_store_get_busy (f->store);
}

/* Pairs the first unpaired child with a mentor who has room, through
 * board.pair, and returns the child's card in the mentor's column. */
static HavenPairingCard *
pair_first_unpaired (Fixture *f)
{
  gint64 child = first_unpaired (f, NULL);
  gint64 mentor = wait_mentor (f, TRUE, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, mentor));
  wait_card (f, mentor, child, TRUE);
  return find_card (GTK_WIDGET (haven_pairing_page_find_column (f->page, mentor)), child);
}

/* Tests */

/* "Pair with…"'s end, board.pair: the card shows in the mentor's column
 * and leaves Unpaired; the header counts it. */
static void
test_pair_by_action (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *name = NULL;
  gint64 child = first_unpaired (f, &name);
  gint64 mentor = wait_mentor (f, TRUE, 0);
  HavenPairingColumn *column = haven_pairing_page_find_column (f->page, mentor);
  int before = haven_record_get_int (haven_pairing_column_get_mentor (column), HAVEN_MENTOR_N_CHILDREN);
  HavenPairingCard *card;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, mentor));
  wait_card (f, mentor, child, TRUE);
  wait_card (f, 0, child, FALSE);

  card = find_card (GTK_WIDGET (haven_pairing_page_find_column (f->page, mentor)), child);
  g_assert_nonnull (card);
  g_assert_cmpint (haven_pairing_card_get_pairing_id (card), >, 0);
  column = haven_pairing_page_find_column (f->page, mentor);
  g_assert_cmpint (haven_record_get_int (haven_pairing_column_get_mentor (column), HAVEN_MENTOR_N_CHILDREN), ==,
                   before + 1);
  wait_for (last_undo_set, f);
  g_assert_cmpuint (haven_pairing_page_get_last_undo (f->page)->created->len, ==, 1);
  g_assert_true (g_str_has_prefix (haven_pairing_page_get_last_undo (f->page)->summary, name));
}

/* The toast's Undo (win.undo-pairing) takes the card back to Unpaired. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  gint64 child = first_unpaired (f, NULL);
  gint64 mentor = wait_mentor (f, TRUE, 0);
  g_autoptr(GVariant) target = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, mentor));
  wait_card (f, mentor, child, TRUE);
  wait_for (last_undo_set, f);

  target = g_variant_ref_sink (haven_pairing_undo_to_variant (haven_pairing_page_get_last_undo (f->page)));
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), "win.undo-pairing", target));
  wait_card (f, mentor, child, FALSE);
  wait_card (f, 0, child, TRUE);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
message_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

typedef struct
{
  Fixture *f;
  gint64   mentor;
} Marked;

static gboolean
column_over (gpointer data)
{
  Marked *m = data;
  HavenPairingColumn *column = haven_pairing_page_find_column (m->f->page, m->mentor);

  return column != NULL && haven_pairing_column_get_over_capacity (column);
}

/* A full mentor: the board asks first; "Pair Anyway" pairs and the
 * column is marked over capacity; "Cancel" changes nothing. */
static void
test_over_capacity_asks (Fixture       *f,
                         gconstpointer  data)
{
  gint64 child = first_unpaired (f, NULL);
  gint64 full = wait_mentor (f, FALSE, 0);
  AdwMessageDialog *dialog;
  Marked m = { f, full };
  g_autofree char *tip = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, full));
  wait_for (message_shown, NULL);
  adw_message_dialog_response (find_message_dialog (), "cancel");
  haven_test_drain (f->store);
  wait_card (f, 0, child, TRUE);
  g_assert_false (haven_pairing_column_get_over_capacity (haven_pairing_page_find_column (f->page, full)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, full));
  wait_for (message_shown, NULL);
  dialog = find_message_dialog ();
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "already carries") != NULL);
  adw_message_dialog_response (dialog, "pair");
  wait_card (f, full, child, TRUE);
  wait_for (column_over, &m);
  /* Its warning says why, when it is pointed at. */
  tip = haven_pairing_column_dup_capacity_warning (haven_pairing_page_find_column (f->page, full));
  g_assert_nonnull (tip);
  g_assert_true (g_str_has_prefix (tip, "Over capacity: 4 children for 3 places"));
}

/* "Move to…" and "End Pairing": the old pairing ends (kept in the child's
 * history, which the child page shows), the card moves, then goes back to
 * Unpaired. */
static gboolean
history_has_ended (gpointer data)
{
  GListModel *pairings = data;
  guint ended = 0;

  if (pairings == NULL || g_list_model_get_n_items (pairings) != 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HavenRecord) p = g_list_model_get_item (pairings, i);

      if (!haven_record_get_loaded (p))
        return FALSE;
      ended += *haven_record_get_string (p, HAVEN_PAIRING_END_DATE) != '\0';
    }
  return ended == 2;
}

static void
test_move_and_end (Fixture       *f,
                   gconstpointer  data)
{
  gint64 child = first_unpaired (f, NULL);
  gint64 first = wait_mentor (f, TRUE, 0);
  gint64 second = wait_mentor (f, TRUE, first);
  HavenPairingCard *card;
  gint64 pairing;
  HavenArchivePage *archive;
  HavenChildPairings *history;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, first));
  wait_card (f, first, child, TRUE);
  card = find_card (GTK_WIDGET (haven_pairing_page_find_column (f->page, first)), child);
  pairing = haven_pairing_card_get_pairing_id (card);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.move", "(xxx)", child, pairing, second));
  wait_card (f, second, child, TRUE);
  wait_card (f, first, child, FALSE);

  card = find_card (GTK_WIDGET (haven_pairing_page_find_column (f->page, second)), child);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.end-pairing", "(xx)", child,
                                             haven_pairing_card_get_pairing_id (card)));
  wait_card (f, second, child, FALSE);
  wait_card (f, 0, child, TRUE);

  /* Both ended pairings stay in the child page's history. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-child", "x", child));
  archive = HAVEN_ARCHIVE_PAGE (haven_window_get_page (f->window, "archive"));
  history = HAVEN_CHILD_PAIRINGS (haven_ui_find_widget (GTK_WIDGET (haven_archive_page_get_child_page (archive)), HAVEN_TYPE_CHILD_PAIRINGS));
  g_assert_nonnull (history);
  wait_for (history_has_ended, haven_child_pairings_get_pairings (history));
}

/* The card's menu offers the moves, and a viewer is not offered them. */
static gboolean
not_arranging (gpointer data)
{
  return !haven_pairing_page_get_arrange (data);
}

static void
test_viewer_reads (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(HavenSession) viewer = haven_session_new (0, "来宾", HAVEN_STAFF_ROLE_VIEWER);
  gint64 child = first_unpaired (f, NULL);
  gint64 mentor = wait_mentor (f, TRUE, 0);

  haven_context_set_session (f->context, viewer);
  wait_for (not_arranging, f->page);
  /* A disabled action does nothing, whoever asks. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "board.pair", "(xx)", child, mentor);
  haven_test_drain (f->store);
  wait_card (f, 0, child, TRUE);
  wait_card (f, mentor, child, FALSE);
  g_assert_null (haven_pairing_page_get_last_undo (f->page));
}

/* Searching by pinyin initials finds a child on a mentor's column: the
 * board shows that mentor's column, with the child's card. */
static gboolean
only_mentor (gpointer data)
{
  CardWanted *w = data;
  GListModel *columns = haven_pairing_page_get_columns (w->f->page);
  guint mentors = 0;
  gboolean found = FALSE;

  if (haven_store_get_busy (w->f->store))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);

      if (HAVEN_IS_MENTOR (item))
        {
          mentors++;
          found |= haven_record_get_id (HAVEN_RECORD (item)) == w->mentor_id;
        }
    }
  return found && mentors <= 3 && card_state (w);
}

static gboolean
list_has_items (gpointer list)
{
  return g_list_model_get_n_items (list) > 0;
}

static void
test_search_initials (Fixture       *f,
                      gconstpointer  data)
{
  gint64 mentor = wait_mentor (f, FALSE, 0);
  HavenRecordList *cards = haven_pairing_column_get_cards (haven_pairing_page_find_column (f->page, mentor));
  g_autoptr(HavenRecord) pairing = NULL;
  g_autoptr(HavenRecord) child = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *entry;
  CardWanted w = { f, mentor, 0, TRUE };

  /* The column counts its cards before the first one arrives. */
  wait_for (list_has_items, cards);
  pairing = g_list_model_get_item (G_LIST_MODEL (cards), 0);
  wait_for ((gboolean (*) (gpointer)) haven_record_get_loaded, pairing);
  w.child_id = haven_record_get_ref (pairing, HAVEN_PAIRING_CHILD_ID);
  child = haven_test_load (f->store, HAVEN_TYPE_CHILD, w.child_id, &error);
  g_assert_no_error (error);

  /* Typed as a teacher would: the initials of the child's name. */
  entry = GTK_WIDGET (gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (f->page)))));
  g_assert_true (GTK_IS_SEARCH_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), haven_record_get_string (child, HAVEN_CHILD_NAME_INITIALS));
  wait_for (only_mentor, &w);
}

typedef struct
{
  Fixture       *f;
  gint64         mentor_id;
  GtkAdjustment *adjustment;
} MentorShown;

/* The board shows mentor_id's column alone, and has been laid out for it. */
static gboolean
few_mentors_shown (gpointer data)
{
  MentorShown *w = data;
  GListModel *columns = haven_pairing_page_get_columns (w->f->page);
  HavenPairingColumn *column = haven_pairing_page_find_column (w->f->page, w->mentor_id);
  guint mentors = 0;

  if (haven_store_get_busy (w->f->store) || column == NULL || !gtk_widget_get_mapped (GTK_WIDGET (column))
      || gtk_widget_get_width (GTK_WIDGET (column)) == 0)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);

      mentors += HAVEN_IS_MENTOR (item);
    }
  /* Laid out again for those columns: at most two of them wide. */
  return mentors == 1 && gtk_adjustment_get_upper (w->adjustment) < 3 * 292 + 146 + 1000;
}

/* A board narrower than its window says nothing more is to its right:
 * its adjustment's upper is never below its page, or the scrolled window
 * shades its right edge as if columns were hidden there. */
static void
test_narrow_board (Fixture       *f,
                   gconstpointer  data)
{
  gint64 mentor = wait_mentor (f, TRUE, 0);
  HavenPairingColumn *column = haven_pairing_page_find_column (f->page, mentor);
  GtkWidget *board = gtk_widget_get_parent (GTK_WIDGET (column));
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board));
  GtkWidget *entry = haven_ui_find_widget (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY);
  MentorShown w = { f, mentor, adjustment };

  g_assert_true (HAVEN_IS_PAIRING_BOARD (board));
  gtk_editable_set_text (GTK_EDITABLE (entry), haven_record_get_string (haven_pairing_column_get_mentor (column),
                                                                        HAVEN_MENTOR_NAME));
  wait_for (few_mentors_shown, &w);
  g_assert_cmpfloat (gtk_widget_get_width (board), >, 2 * 292 + 146);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (adjustment), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >=, gtk_adjustment_get_page_size (adjustment));
}

/* The pairing dialog: the plan saved through its form rows, a dated
 * check added and listed. */
static gboolean
dialog_loaded (gpointer data)
{
  Fixture *f = data;
  GtkWindow *dialog = haven_pairing_page_get_dialog (f->page);

  return HAVEN_IS_PAIRING_DIALOG (dialog) && !haven_pairing_dialog_get_loading (HAVEN_PAIRING_DIALOG (dialog));
}

typedef struct
{
  HavenStore *store;
  gint64      pairing;
  const char *content;
} Saved;

static gboolean
plan_saved (gpointer data)
{
  Saved *s = data;
  g_autoptr(HavenRecord) pairing = NULL;

  if (haven_store_get_busy (s->store))
    return FALSE;
  pairing = haven_test_load (s->store, HAVEN_TYPE_PAIRING, s->pairing, NULL);
  return pairing != NULL && g_strcmp0 (haven_record_get_string (pairing, HAVEN_PAIRING_PLAN_CONTENT), s->content) == 0
         && haven_record_get_int (pairing, HAVEN_PAIRING_N_CHECKS) == 1;
}

static gboolean
no_dialog (gpointer data)
{
  Fixture *f = data;

  return haven_pairing_page_get_dialog (f->page) == NULL;
}

static void
test_pairing_dialog (Fixture       *f,
                     gconstpointer  data)
{
  HavenPairingDialog *dialog;
  HavenPairingCard *card = pair_first_unpaired (f);
  Saved s = { f->store, 0, "每周一次谈心，辅导数学作业" };
  GtkWidget *editor;

  s.pairing = haven_pairing_card_get_pairing_id (card);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.edit-pairing", "x", s.pairing));
  wait_for (dialog_loaded, f);
  dialog = HAVEN_PAIRING_DIALOG (haven_pairing_page_get_dialog (f->page));

  /* A check without a note is refused next to the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pairing.add-check", NULL));
  g_assert_nonnull (haven_form_row_get_problem (haven_pairing_dialog_get_row (dialog, "check.note")));
  editor = haven_form_row_get_editor (haven_pairing_dialog_get_row (dialog, "check.note"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "能按时完成作业", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pairing.add-check", NULL));
  haven_test_drain (f->store);

  /* An end before the start is refused; the plan is saved. */
  editor = haven_form_row_get_editor (haven_pairing_dialog_get_row (dialog, "end-date"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "2000-01-01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pairing.save", NULL));
  g_assert_nonnull (haven_form_row_get_problem (haven_pairing_dialog_get_row (dialog, "end-date")));
  gtk_editable_set_text (GTK_EDITABLE (editor), "");
  editor = haven_form_row_get_editor (haven_pairing_dialog_get_row (dialog, "plan-content"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), s.content, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "pairing.save", NULL));
  wait_for (plan_saved, &s);
  wait_for (no_dialog, f);
}

/* Adding a mentor from the board gives them a column. */
typedef struct
{
  Fixture    *f;
  const char *name;
} Named;

static gboolean
column_named (gpointer data)
{
  Named *n = data;
  GListModel *columns = haven_pairing_page_get_columns (n->f->page);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);
      g_autoptr(HavenRecord) mentor = NULL;

      if (!HAVEN_IS_MENTOR (item))
        continue;
      mentor = haven_test_load (haven_context_get_store (n->f->context), HAVEN_TYPE_MENTOR,
                                haven_record_get_id (HAVEN_RECORD (item)), NULL);
      if (mentor != NULL && g_str_equal (haven_record_get_string (mentor, HAVEN_MENTOR_NAME), n->name))
        return haven_record_get_int (mentor, HAVEN_MENTOR_CAPACITY) == 2;
    }
  return FALSE;
}

static void
test_add_mentor (Fixture       *f,
                 gconstpointer  data)
{
  HavenMentorDialog *dialog;
  GtkWidget *editor;
  Named n = { f, "周爱心" };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.add-mentor", NULL));
  dialog = HAVEN_MENTOR_DIALOG (haven_pairing_page_get_dialog (f->page));
  g_assert_nonnull (dialog);

  /* Refused without a name, the message by the field. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mentor.save", NULL));
  g_assert_nonnull (haven_form_row_get_problem (haven_mentor_dialog_get_row (dialog, "name")));

  editor = haven_form_row_get_editor (haven_mentor_dialog_get_row (dialog, "name"));
  gtk_editable_set_text (GTK_EDITABLE (editor), n.name);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (haven_form_row_get_editor (haven_mentor_dialog_get_row (dialog, "kind"))),
                              HAVEN_MENTOR_KIND_VOLUNTEER);
  editor = haven_form_row_get_editor (haven_mentor_dialog_get_row (dialog, "phone"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "139 0000 1111");
  editor = haven_form_row_get_editor (haven_mentor_dialog_get_row (dialog, "capacity"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "mentor.save", NULL));
  wait_for (no_dialog, f);
  wait_for (column_named, &n);
}

/* The suggestions: shown first, edited, applied whole, undone whole. */
static gboolean
suggestions_ready (gpointer data)
{
  Fixture *f = data;
  GtkWindow *dialog = haven_pairing_page_get_dialog (f->page);

  return HAVEN_IS_PAIRING_SUGGESTIONS (dialog) && haven_pairing_suggestions_get_ready (HAVEN_PAIRING_SUGGESTIONS (dialog));
}

static gboolean
all_paired_but (gpointer data)
{
  CardWanted *w = data;
  HavenRecordList *unpaired = haven_pairing_page_get_unpaired (w->f->page);

  if (haven_store_get_busy (w->f->store) || haven_record_list_get_loading (unpaired))
    return FALSE;
  return g_list_model_get_n_items (G_LIST_MODEL (unpaired)) == 1
         && haven_record_list_find (unpaired, w->child_id) == 0;
}

/* The Unpaired column lists as many as w->mentor_id says. */
static gboolean
unpaired_count (gpointer data)
{
  CardWanted *w = data;
  HavenRecordList *unpaired = haven_pairing_page_get_unpaired (w->f->page);

  return !haven_store_get_busy (w->f->store) && !haven_record_list_get_loading (unpaired)
         && g_list_model_get_n_items (G_LIST_MODEL (unpaired)) == (guint) w->mentor_id;
}

static void
test_suggestions (Fixture       *f,
                  gconstpointer  data)
{
  HavenRecordList *unpaired = haven_pairing_page_get_unpaired (f->page);
  guint before;
  HavenPairingSuggestions *dialog;
  g_autoptr(GVariant) target = NULL;
  CardWanted w = { f, 0, 0, TRUE };

  first_unpaired (f, NULL);
  before = g_list_model_get_n_items (G_LIST_MODEL (unpaired));
  g_assert_cmpuint (before, >, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.suggest", NULL));
  wait_for (suggestions_ready, f);
  dialog = HAVEN_PAIRING_SUGGESTIONS (haven_pairing_page_get_dialog (f->page));
  g_assert_cmpuint (haven_pairing_suggestions_get_n_lines (dialog), ==, before);
  /* Nothing is paired before Apply. */
  haven_test_drain (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unpaired)), ==, before);

  /* Edited: the first child stays unpaired. */
  w.child_id = haven_pairing_suggestions_get_child (dialog, 0);
  g_assert_cmpint (haven_pairing_suggestions_get_mentor (dialog, 0), !=, 0);
  haven_pairing_suggestions_set_mentor (dialog, 0, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggestions.apply", NULL));
  wait_for (no_dialog, f);
  wait_for (all_paired_but, &w);

  /* One Undo for the lot. */
  wait_for (last_undo_set, f);
  g_assert_cmpuint (haven_pairing_page_get_last_undo (f->page)->created->len, ==, before - 1);
  target = g_variant_ref_sink (haven_pairing_undo_to_variant (haven_pairing_page_get_last_undo (f->page)));
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->window), "win.undo-pairing", target));
  w.mentor_id = before;
  wait_for (unpaired_count, &w);
}

/* A collapsed column shows narrow, and opens again. */
static gboolean
collapsed_narrow (gpointer data)
{
  Fixture *f = data;
  HavenPairingColumn *column = haven_pairing_page_find_column (f->page, 0);

  return column != NULL && gtk_widget_get_width (GTK_WIDGET (column)) < 100;
}

static gboolean
open_wide (gpointer data)
{
  Fixture *f = data;
  HavenPairingColumn *column = haven_pairing_page_find_column (f->page, 0);

  return column != NULL && gtk_widget_get_width (GTK_WIDGET (column)) > 200;
}

static void
test_collapse (Fixture       *f,
               gconstpointer  data)
{
  wait_for (open_wide, f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.toggle-column", "x", (gint64) 0));
  g_assert_true (haven_pairing_page_get_collapsed (f->page, 0));
  wait_for (collapsed_narrow, f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.toggle-column", "x", (gint64) 0));
  wait_for (open_wide, f);
}

/* Scrolling across */

static void
card_finalized_cb (gpointer  data,
                   GObject  *card)
{
  g_hash_table_add (data, card);
}

/* The cards on screen, each with the child it shows; FALSE while a column
 * on screen still loads its cards. */
static gboolean
collect_cards (GtkWidget  *widget,
               GHashTable *cards)
{
  gboolean loaded = TRUE;

  if (HAVEN_IS_PAIRING_COLUMN (widget) && gtk_widget_get_mapped (widget)
      && haven_pairing_column_get_cards (HAVEN_PAIRING_COLUMN (widget)) != NULL
      && haven_record_list_get_loading (haven_pairing_column_get_cards (HAVEN_PAIRING_COLUMN (widget))))
    loaded = FALSE;
  if (HAVEN_IS_PAIRING_CARD (widget))
    {
      if (gtk_widget_get_mapped (widget))
        g_hash_table_insert (cards, widget, GINT_TO_POINTER (haven_pairing_card_get_child_id (HAVEN_PAIRING_CARD (widget))));
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    loaded = collect_cards (child, cards) && loaded;
  return loaded;
}

/* The board: the scrollable a mentor's column is in. */
static GtkWidget *
find_board (Fixture *f)
{
  GListModel *columns = haven_pairing_page_get_columns (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);
      HavenPairingColumn *column = HAVEN_IS_MENTOR (item)
                                   ? haven_pairing_page_find_column (f->page, haven_record_get_id (HAVEN_RECORD (item)))
                                   : NULL;

      if (column != NULL)
        {
          GtkWidget *board = gtk_widget_get_parent (GTK_WIDGET (column));

          g_assert_true (HAVEN_IS_PAIRING_BOARD (board));
          return board;
        }
    }
  g_assert_not_reached ();
  return NULL;
}

/* Every column shows its first cards, and every card on screen its child. */
static gboolean
cards_filled (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GHashTable) cards = g_hash_table_new (NULL, NULL);
  HavenPairingBoard *board = HAVEN_PAIRING_BOARD (find_board (f));
  GHashTableIter iter;
  gpointer card;

  if (haven_store_get_busy (f->store) || !collect_cards (GTK_WIDGET (f->page), cards))
    return FALSE;
  for (guint i = 0; i < haven_pairing_board_get_n_columns (board); i++)
    if (!haven_pairing_column_get_settled (haven_pairing_board_get_column (board, i)))
      return FALSE;
  g_hash_table_iter_init (&iter, cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    if (haven_pairing_card_get_row (card) == NULL || !haven_record_get_loaded (haven_pairing_card_get_row (card)))
      return FALSE;
  return g_hash_table_size (cards) > 0;
}

typedef struct
{
  Fixture    *f;
  GHashTable *before;   /* card → child shown */
} Scrolled;

/* The board shows other children than before, all filled. */
static gboolean
scrolled_away (gpointer data)
{
  Scrolled *s = data;
  g_autoptr(GHashTable) now = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer card, child_id;

  if (!cards_filled (s->f))
    return FALSE;
  collect_cards (GTK_WIDGET (s->f->page), now);
  g_hash_table_iter_init (&iter, now);
  while (g_hash_table_iter_next (&iter, &card, &child_id))
    if (!g_hash_table_contains (s->before, card) || g_hash_table_lookup (s->before, card) != child_id)
      return TRUE;
  return FALSE;
}

/* Scrolling the board across gives the columns that leave the view to the
 * mentors that come: the rows and cards already built are refilled with
 * the new mentor's children, and none is thrown away. GTK 4.8 drops a
 * card's widget before its factory's teardown, so the board's spare cards
 * were lost and each column came with new ones. */
static void
test_scroll_reuses_cards (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *board = find_board (f);
  GtkAdjustment *adjustment;
  g_autoptr(GHashTable) before = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) rows_before = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) after = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) finalized = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) columns_before = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer card, child_id;
  guint refilled = 0, n_columns = 0, n_made = 0;

  adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board));

  wait_for (cards_filled, f);
  collect_cards (GTK_WIDGET (f->page), before);
  g_assert_cmpuint (g_hash_table_size (before), >, 4);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    {
      g_hash_table_add (rows_before, gtk_widget_get_parent (card));
      g_object_weak_ref (card, card_finalized_cb, finalized);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (board); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_hash_table_add (columns_before, child);

  /* To the far end, where other mentors' columns show. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 1000);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_for (scrolled_away, &(Scrolled) { f, before });

  /* The columns there are the board's own from before, bound to other
   * mentors: none moved to another parent, and only the few near the view
   * are built. Unpaired stays built too, far off screen (its list is the
   * longest, and dropping it cost a stall), so at most one column is new:
   * the one it would have given up. */
  for (GtkWidget *child = gtk_widget_get_first_child (board); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!g_hash_table_contains (columns_before, child))
        n_made++;
      n_columns++;
    }
  g_assert_cmpuint (n_made, <=, 1);
  g_assert_cmpuint (n_columns, <=, 12);
  g_assert_nonnull (haven_pairing_page_find_column (f->page, 0));
  for (guint i = 0; i < haven_pairing_board_get_n_columns (HAVEN_PAIRING_BOARD (board)); i++)
    g_assert_true (gtk_widget_get_parent (GTK_WIDGET (haven_pairing_board_get_column (HAVEN_PAIRING_BOARD (board), i)))
                   == board);
  collect_cards (GTK_WIDGET (f->page), after);
  /* Each card's menu button works after its card moved to another row. */
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    g_assert_true (gtk_widget_is_sensitive (gtk_widget_get_last_child (card)));
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &card, &child_id))
    if (g_hash_table_contains (before, card) && !g_hash_table_contains (finalized, card)
        && g_hash_table_contains (rows_before, gtk_widget_get_parent (card))
        && g_hash_table_lookup (before, card) != child_id)
      refilled++;
  g_assert_cmpuint (refilled, >, 0);
  g_assert_cmpuint (g_hash_table_size (finalized), ==, 0);

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    if (!g_hash_table_contains (finalized, card))
      g_object_weak_unref (card, card_finalized_cb, finalized);
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) && g_str_equal (name, action))
        return TRUE;
    }
  return FALSE;
}

/* The card's menu button, its right click and its Menu key open one menu
 * with the moves for that card: a paired card can move and end. */
static void
test_card_menu (Fixture       *f,
                gconstpointer  data)
{
  HavenPairingCard *card = pair_first_unpaired (f);
  GtkPopover *menu;
  GMenuModel *model;

  g_assert_nonnull (card);
  g_assert_null (haven_pairing_card_get_menu (card));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "card.popup-menu", NULL));
  menu = haven_pairing_card_get_menu (card);
  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (menu)));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  g_assert_true (menu_has_action (model, "board.open-child"));
  g_assert_true (menu_has_action (model, "board.move-to"));
  g_assert_true (menu_has_action (model, "board.end-pairing"));
  gtk_popover_popdown (menu);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (menu)));
}

/* A card with more flags than fit on one line wraps its chips, within
 * the card, however narrow its column. */
static void
test_card_chips_wrap (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = haven_pairing_card_new ();
  guint n_chips = 0, lines = 0;
  double last_y = -1;

  gtk_window_set_default_size (GTK_WINDOW (window), 220, 200);
  gtk_window_set_child (GTK_WINDOW (window), card);
  gtk_widget_set_valign (card, GTK_ALIGN_START);
  haven_pairing_card_show (HAVEN_PAIRING_CARD (card), "陈舒菲", "三年级（2）班 · 松林村",
                           HAVEN_CARD_FLAG_KEY_SUPPORT | HAVEN_CARD_FLAG_AT_RISK | HAVEN_CARD_FLAG_INCOMPLETE
                           | HAVEN_CARD_FLAG_TALK_DUE);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (card) == 0 || gtk_widget_get_width (card) > 220)
    g_main_context_iteration (NULL, TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (card); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!HAVEN_IS_CARD_CHIP (child) || !gtk_widget_get_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, card, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (card));
      if (bounds.origin.y != last_y)
        lines++;
      last_y = bounds.origin.y;
      n_chips++;
    }
  g_assert_cmpuint (n_chips, ==, 4);
  g_assert_cmpuint (lines, >, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A card's lines are cut short to its width, and as high at any width
 * they are measured for: the card measures them at one width and gives
 * them another. */
static void
test_card_text_cut_short (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = haven_pairing_card_new ();
  const char *name = "欧阳慕容司马诸葛上官东方皇甫尉迟公孙长孙宇文轩辕令狐钟离";
  GtkWidget *text;
  int minimum, natural, height, other;

  gtk_window_set_default_size (GTK_WINDOW (window), 220, 200);
  gtk_window_set_child (GTK_WINDOW (window), card);
  gtk_widget_set_valign (card, GTK_ALIGN_START);
  haven_pairing_card_show (HAVEN_PAIRING_CARD (card), name, "三年级（2）班 · 松林村", 0);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (card) == 0 || gtk_widget_get_width (card) > 220)
    g_main_context_iteration (NULL, TRUE);

  text = haven_ui_find_widget (card, HAVEN_TYPE_CARD_TEXT);
  g_assert_nonnull (text);
  g_assert_cmpstr (haven_card_text_get_text (HAVEN_CARD_TEXT (text)), ==, name);
  gtk_widget_measure (text, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (text), <, natural);
  g_assert_cmpint (gtk_widget_get_width (text), >=, minimum);
  g_assert_cmpint (gtk_widget_get_width (text), <=, gtk_widget_get_width (card));

  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (text), &height, NULL, NULL, NULL);
  g_assert_cmpint (height, >, 0);
  g_assert_cmpint (height, ==, gtk_widget_get_height (text));
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, 40, &other, NULL, NULL, NULL);
  g_assert_cmpint (other, ==, height);
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, 2000, &other, NULL, NULL, NULL);
  g_assert_cmpint (other, ==, height);
  gtk_widget_measure (text, GTK_ORIENTATION_VERTICAL, -1, &other, NULL, NULL, NULL);
  g_assert_cmpint (other, ==, height);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A card's icons (its chips' and its menu button's) are painted as
 * images coloured once: a symbolic icon recoloured through a colour
 * matrix costs the software renderer a surface of its own each frame,
 * and a board paints a hundred of them. */
static void
test_card_icons_plain (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = haven_pairing_card_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  guint counts[HAVEN_UI_NODE_TYPES] = { 0 };

  gtk_window_set_default_size (GTK_WINDOW (window), 300, 120);
  gtk_window_set_child (GTK_WINDOW (window), card);
  haven_pairing_card_show (HAVEN_PAIRING_CARD (card), "陈舒菲", "三年级（2）班 · 松林村",
                           HAVEN_CARD_FLAG_KEY_SUPPORT | HAVEN_CARD_FLAG_TALK_DUE);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (card) == 0)
    g_main_context_iteration (NULL, TRUE);

  paintable = gtk_widget_paintable_new (card);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (card), gtk_widget_get_height (card));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  haven_ui_count_nodes (node, counts);
  g_assert_cmpuint (counts[GSK_TEXT_NODE], >, 0);
  g_assert_cmpuint (counts[GSK_COLOR_MATRIX_NODE], ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What widget last painted, as GTK keeps it. */
static GskRenderNode *
painted_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* The images in node, by how far across they go: x → cairo node. */
static void
collect_images (GskRenderNode *node,
                float          x,
                GHashTable    *images)
{
  float dx, dy;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_images (gsk_container_node_get_child (node, i), x, images);
      break;
    case GSK_TRANSFORM_NODE:
      if (gsk_transform_get_category (gsk_transform_node_get_transform (node)) >= GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
        {
          gsk_transform_to_translate (gsk_transform_node_get_transform (node), &dx, &dy);
          collect_images (gsk_transform_node_get_child (node), x + dx, images);
        }
      break;
    case GSK_CLIP_NODE:
      collect_images (gsk_clip_node_get_child (node), x, images);
      break;
    case GSK_ROUNDED_CLIP_NODE:
      collect_images (gsk_rounded_clip_node_get_child (node), x, images);
      break;
    case GSK_DEBUG_NODE:
      collect_images (gsk_debug_node_get_child (node), x, images);
      break;
    case GSK_CAIRO_NODE:
      g_hash_table_insert (images, GINT_TO_POINTER ((int) roundf (x)), node);
      break;
    default:
      break;
    }
}

typedef struct
{
  GtkWidget     *board;
  GskRenderNode *other_than;  /* a frame painted before */
  GHashTable    *images;
  GskRenderNode *frame;       /* keeps images' nodes alive */
} Painted;

/* The board has painted a frame other than other_than, with at least two
 * columns as images. */
static gboolean
painted_as_images (gpointer data)
{
  Painted *p = data;
  g_autoptr(GskRenderNode) node = painted_node (p->board);

  if (node == NULL || node == p->other_than)
    return FALSE;
  g_hash_table_remove_all (p->images);
  collect_images (node, 0, p->images);
  if (g_hash_table_size (p->images) < 2)
    return FALSE;
  g_clear_pointer (&p->frame, gsk_render_node_unref);
  p->frame = gsk_render_node_ref (node);
  p->other_than = node;
  return TRUE;
}

/* node drawn over area, within widget: a widget's paintable clips what
 * it paints to the widget. */
static cairo_surface_t *
draw_node (GskRenderNode         *node,
           const graphene_rect_t *area,
           GtkWidget             *widget)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) area->size.width,
                                                         (int) area->size.height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, -area->origin.x, -area->origin.y);
  cairo_rectangle (cr, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  cairo_clip (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct
{
  Painted       *painted;
  GtkWidget     *column;
  int            x;
  GskRenderNode *old_image;
  guint          quiet_polls;
} Redrawn;

/* The board has painted no frame for a while, the column at x is a new
 * image, and that image shows the column as it is now, pixel for pixel. */
static gboolean
column_redrawn (gpointer data)
{
  Redrawn *r = data;
  g_autoptr(GskRenderNode) column_node = NULL;
  GskRenderNode *image;
  graphene_rect_t area;
  cairo_surface_t *direct, *through_image;
  gboolean same;

  /* A frame painted before the column's last change is not the one to
   * compare with it: the board draws again after each. */
  if (painted_as_images (r->painted) || r->painted->frame == NULL)
    r->quiet_polls = 0;
  else
    r->quiet_polls++;
  if (r->quiet_polls < 100)
    return FALSE;
  image = g_hash_table_lookup (r->painted->images, GINT_TO_POINTER (r->x));
  if (image == NULL)
    {
      /* Changed in the last two frames, it was drawn as it is; the next
       * frame, whatever brings it, draws its image. */
      gtk_widget_queue_draw (r->painted->board);
      r->quiet_polls = 0;
      return FALSE;
    }
  if (image == r->old_image)
    return FALSE;
  column_node = painted_node (r->column);
  gsk_render_node_get_bounds (image, &area);
  direct = draw_node (column_node, &area, r->column);
  through_image = draw_node (image, &area, r->column);
  same = memcmp (cairo_image_surface_get_data (direct), cairo_image_surface_get_data (through_image),
                 (gsize) cairo_image_surface_get_stride (direct) * cairo_image_surface_get_height (direct)) == 0;
  cairo_surface_destroy (direct);
  cairo_surface_destroy (through_image);
  return same;
}

/* Waits until column, on screen, is painted as an image other than the
 * one in before, which shows it as it now is; then what was painted is in
 * after, and its frame in *frame. */
static void
wait_redrawn (Painted        *p,
              GtkWidget      *column,
              GHashTable     *before,
              GHashTable     *after,
              GskRenderNode **frame)
{
  Redrawn r = { p, column };
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (column, p->board, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x, <, gtk_widget_get_width (p->board));
  r.x = (int) roundf (bounds.origin.x);
  r.old_image = g_hash_table_lookup (before, GINT_TO_POINTER (r.x));
  g_assert_nonnull (r.old_image);
  p->images = after;
  wait_for (column_redrawn, &r);
  *frame = g_steal_pointer (&p->frame);
}

/* With the software renderer (as these tests run) the board draws each
 * column once, then moves that image: scrolling a little paints the same
 * images again, and a column that changes, by a child paired into it or
 * by collapsing, is drawn anew, as it now is. */
static void
test_columns_drawn_once (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *board = find_board (f);
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board));
  g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) scrolled = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) paired = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) collapsed = g_hash_table_new (NULL, NULL);
  g_autoptr(GskRenderNode) first_frame = NULL;
  g_autoptr(GskRenderNode) scrolled_frame = NULL;
  g_autoptr(GskRenderNode) paired_frame = NULL;
  g_autoptr(GskRenderNode) collapsed_frame = NULL;
  Painted p = { board, NULL, first, NULL };
  GtkWidget *column;
  GHashTableIter iter;
  gpointer x, image;
  guint kept = 0;

  /* A frame drawn while the columns were still changing paints them as
   * they are; the next frame, a step across, paints them as images. */
  wait_for (cards_filled, f);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 40);
  wait_for (painted_as_images, &p);
  first_frame = g_steal_pointer (&p.frame);

  /* 40 px on again: each image still on screen is the one painted before. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 40);
  p.images = scrolled;
  wait_for (painted_as_images, &p);
  g_hash_table_iter_init (&iter, scrolled);
  while (g_hash_table_iter_next (&iter, &x, &image))
    {
      gpointer before = g_hash_table_lookup (first, GINT_TO_POINTER (GPOINTER_TO_INT (x) + 40));

      if (before != NULL)
        {
          g_assert_true (before == image);
          kept++;
        }
    }
  g_assert_cmpuint (kept, >=, 2);
  scrolled_frame = g_steal_pointer (&p.frame);

  /* A child paired into a mentor's column on screen: its cards reload. */
  column = gtk_widget_get_ancestor (GTK_WIDGET (pair_first_unpaired (f)), HAVEN_TYPE_PAIRING_COLUMN);
  g_assert_nonnull (column);
  wait_for (cards_filled, f);
  wait_redrawn (&p, column, scrolled, paired, &paired_frame);

  /* That column collapsed: it shows other widgets, and loads nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "board.toggle-column", "x",
                                             haven_record_get_id (haven_pairing_column_get_mentor (HAVEN_PAIRING_COLUMN (column)))));
  wait_redrawn (&p, column, paired, collapsed, &collapsed_frame);
}

typedef struct
{
  GtkWidget          *board;
  HavenPairingColumn *column;
} Ahead;

/* A column is built wholly beyond the view and the margin a frame builds
 * in (320 px), and already drawn once. */
static gboolean
column_ahead_drawn (gpointer data)
{
  Ahead *a = data;
  HavenPairingBoard *board = HAVEN_PAIRING_BOARD (a->board);
  int width = gtk_widget_get_width (a->board);

  a->column = NULL;
  for (guint i = 0; i < haven_pairing_board_get_n_columns (board); i++)
    {
      HavenPairingColumn *column = haven_pairing_board_get_column (board, i);
      graphene_rect_t bounds;

      if (haven_pairing_column_get_kind (column) == HAVEN_COLUMN_MENTOR
          && gtk_widget_compute_bounds (GTK_WIDGET (column), a->board, &bounds) && bounds.origin.x > width + 320
          && haven_pairing_board_get_column_drawn (board, column))
        {
          a->column = column;
          return TRUE;
        }
    }
  return FALSE;
}

/* Between frames the board builds the columns beyond the view, the way it
 * scrolls, and draws them once: scrolling across then moves them in, and
 * each shows as it is. */
static void
test_columns_ahead (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *board = find_board (f);
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board));
  g_autoptr(GHashTable) images = g_hash_table_new (NULL, NULL);
  Painted p = { board, NULL, images, NULL };
  Ahead a = { board, NULL };
  Redrawn r = { &p };
  graphene_rect_t bounds;
  gint64 mentor_id;

  wait_for (cards_filled, f);
  wait_for (column_ahead_drawn, &a);
  mentor_id = haven_pairing_column_get_mentor_id (a.column);
  g_assert_cmpint (mentor_id, !=, 0);

  /* Into view: the same column, bound to the same mentor, is painted as
   * an image that matches it pixel for pixel. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (a.column), board, &bounds));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.x
                                        - gtk_widget_get_width (board) / 2.0);
  wait_for (painted_as_images, &p);
  g_assert_true (haven_pairing_page_find_column (f->page, mentor_id) == a.column);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (a.column), board, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (board));
  r.column = GTK_WIDGET (a.column);
  r.x = (int) roundf (bounds.origin.x);
  wait_for (column_redrawn, &r);
  g_clear_pointer (&p.frame, gsk_render_node_unref);
}

/* How many places a column's list view has for cards now. */
static guint
column_places (HavenPairingColumn *column)
{
  GtkWidget *view = haven_ui_find_widget (GTK_WIDGET (column), GTK_TYPE_LIST_VIEW);

  g_assert_nonnull (view);
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view))));
}

typedef struct
{
  Fixture    *f;
  GHashTable *places;    /* mentor id → places at the last frame */
  guint       most;      /* the most places one column took in a frame */
  guint       growing;   /* the most columns that took places in one frame */
} Growth;

static void
growth_after_paint_cb (GdkFrameClock *clock,
                       Growth        *g)
{
  GListModel *columns = haven_pairing_page_get_columns (g->f->page);
  guint growing = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);
      gint64 id = HAVEN_IS_MENTOR (item) ? haven_record_get_id (HAVEN_RECORD (item)) : 0;
      HavenPairingColumn *column = haven_pairing_page_find_column (g->f->page, id);
      gpointer before;
      guint now;

      if (column == NULL || haven_pairing_column_get_kind (column) == HAVEN_COLUMN_GROUP
          || !haven_pairing_column_get_settled (column))
        continue;
      now = column_places (column);
      if (g_hash_table_lookup_extended (g->places, GINT_TO_POINTER ((int) id), NULL, &before)
          && now > GPOINTER_TO_UINT (before))
        {
          g->most = MAX (g->most, now - GPOINTER_TO_UINT (before));
          growing++;
        }
      g_hash_table_insert (g->places, GINT_TO_POINTER ((int) id), GUINT_TO_POINTER (now));
    }
  g->growing = MAX (g->growing, growing);
}

static gboolean
unpaired_grown (gpointer data)
{
  Growth *g = data;
  HavenPairingColumn *unpaired = haven_pairing_page_find_column (g->f->page, 0);

  return column_places (unpaired) == g_list_model_get_n_items (G_LIST_MODEL (haven_pairing_column_get_cards (unpaired)));
}

/* A column shows its first cards, then takes the rest a few a frame, one
 * column a frame: taken between frames, all the columns on screen took
 * dozens of cards in one frame, for a second after the board opened. */
static void
test_columns_grow_a_few_a_frame (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
  Growth g = { f, places, 0, 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  HavenPairingColumn *unpaired = haven_pairing_page_find_column (f->page, 0);
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (growth_after_paint_cb), &g);

  /* Enough unpaired children for Unpaired to grow in more than one step. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (haven_pairing_column_get_cards (unpaired))), >, 9 + 2 * 4);
  wait_for (unpaired_grown, &g);
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (g.most, >, 0);
  g_assert_cmpuint (g.most, <=, 4);
  g_assert_cmpuint (g.growing, ==, 1);
}

typedef struct
{
  GtkAdjustment *adjustment;
  gint64         until;
  guint          frames;
} Jiggle;

static gboolean
jiggle_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Jiggle *j = data;

  if (g_get_monotonic_time () >= j->until)
    return G_SOURCE_REMOVE;
  /* A pixel one way, then back: the columns on screen stay on it. */
  gtk_adjustment_set_value (j->adjustment, j->frames++ % 2 == 0 ? 1 : 0);
  return G_SOURCE_CONTINUE;
}

static gboolean
jiggled (gpointer data)
{
  Jiggle *j = data;

  return g_get_monotonic_time () >= j->until;
}

/* While the board moves, no column takes more cards: growing as they
 * scrolled by, the columns changed in the frames of the scroll, and each
 * was drawn anew in them. They grow once it is still. */
static void
test_columns_wait_while_moving (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
  Growth g = { f, places, 0, 0 };
  GtkWidget *board = find_board (f);
  Jiggle j = { gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board)), 0, 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  HavenPairingColumn *unpaired = haven_pairing_page_find_column (f->page, 0);
  gulong handler;

  wait_for (cards_filled, f);
  g_assert_cmpuint (column_places (unpaired), <, g_list_model_get_n_items (G_LIST_MODEL (haven_pairing_column_get_cards (unpaired))));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (growth_after_paint_cb), &g);
  /* Well past the wait before growing. */
  j.until = g_get_monotonic_time () + 800 * G_TIME_SPAN_MILLISECOND;
  gtk_widget_add_tick_callback (board, jiggle_tick_cb, &j, NULL);
  wait_for (jiggled, &j);
  g_assert_cmpuint (j.frames, >, 10);
  g_assert_cmpuint (g.most, ==, 0);

  wait_for (unpaired_grown, &g);
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (g.most, >, 0);
}

#define SWEEP_MOVES 40

typedef struct
{
  GtkAdjustment *adjustment;
  guint          moves;
  gboolean       moving;        /* this frame moved the board */
  gboolean       between;       /* the time since the last frame held an idle turn */
  guint          idle;
  guint          layouts;       /* in the frames that moved it */
} Sweep;

static gboolean
sweep_idle_cb (gpointer data)
{
  Sweep *s = data;

  s->between = TRUE;
  s->idle = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
swept (gpointer data)
{
  Sweep *s = data;

  return s->moves == SWEEP_MOVES && !s->moving;
}

static gboolean
sweep_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  Sweep *s = data;
  double end = gtk_adjustment_get_upper (s->adjustment) - gtk_adjustment_get_page_size (s->adjustment);

  if (s->moves == SWEEP_MOVES)
    return G_SOURCE_REMOVE;
  /* Only after a frame the board had time after: what it does between
   * frames is then done, however busy the machine. */
  if (!s->between)
    return G_SOURCE_CONTINUE;
  s->between = FALSE;
  s->moving = TRUE;
  s->moves++;
  /* A column a frame, as the bench scrolls. */
  gtk_adjustment_set_value (s->adjustment, MIN (end, gtk_adjustment_get_value (s->adjustment) + 300));
  return G_SOURCE_CONTINUE;
}

static void
sweep_layout_cb (GdkFrameClock *clock,
                 Sweep         *s)
{
  if (s->moving)
    s->layouts++;
}

static void
sweep_after_paint_cb (GdkFrameClock *clock,
                      Sweep         *s)
{
  s->moving = FALSE;
  /* Below the board's own idle callback, which takes a column a turn. */
  if (s->idle == 0)
    s->idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, sweep_idle_cb, s, NULL);
}

/* A frame scrolling across lays the window out once. Emptying the columns
 * that left the view, in the frame's layout, asked for a second layout of
 * the whole window in about a third of the frames: the columns are now
 * let go between frames. */
static void
test_one_layout_a_frame (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *board = find_board (f);
  Sweep s = { gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board)), 0, FALSE, TRUE, 0, 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gulong layout_handler, paint_handler;

  wait_for (cards_filled, f);
  g_assert_cmpfloat (gtk_adjustment_get_upper (s.adjustment) - gtk_adjustment_get_page_size (s.adjustment), >,
                     300.0 * SWEEP_MOVES);
  layout_handler = g_signal_connect (clock, "layout", G_CALLBACK (sweep_layout_cb), &s);
  paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (sweep_after_paint_cb), &s);
  gtk_widget_add_tick_callback (board, sweep_tick_cb, &s, NULL);
  /* Waiting between events, as the application does: wait_for's loop,
   * which polls without waiting, gave idle callbacks 3 turns in 40
   * frames. */
  while (!swept (&s))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, layout_handler);
  g_signal_handler_disconnect (clock, paint_handler);
  g_clear_handle_id (&s.idle, g_source_remove);
  g_test_message ("%u layouts in the %u frames that moved", s.layouts, s.moves);
  g_assert_cmpuint (s.layouts, ==, SWEEP_MOVES);
}

typedef struct
{
  GtkWidget     *board;
  GtkAdjustment *adjustment;
  double         jump_to;
  gboolean       painted;
} Jump;

static void
jump_after_paint_cb (GdkFrameClock *clock,
                     Jump          *j)
{
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;

  if (j->painted || gtk_adjustment_get_value (j->adjustment) != j->jump_to)
    return;
  /* Moved on before the next frame: the columns just bound beside the
   * view come into it, not laid out yet. The board paints as a frame
   * would now, as it does for GtkWidgetPaintable. */
  gtk_adjustment_set_value (j->adjustment, j->jump_to + 300);
  snapshot = gtk_snapshot_new ();
  GTK_WIDGET_GET_CLASS (j->board)->snapshot (j->board, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  j->painted = TRUE;
}

static gboolean
jump_painted (gpointer data)
{
  return ((Jump *) data)->painted;
}

/* The board paints its columns where it last laid them out: the view can
 * move between a frame and the next, and the columns beside the view are
 * laid out between frames, so one that came into view then was painted
 * before it was laid out ("Trying to snapshot GtkStack without a current
 * allocation"). */
static void
test_paints_as_laid_out (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *board = find_board (f);
  Jump j = { board, gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board)), 5000, FALSE };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  gulong handler;

  wait_for (cards_filled, f);
  g_assert_cmpfloat (gtk_adjustment_get_upper (j.adjustment), >, j.jump_to + 300 + gtk_widget_get_width (board));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (jump_after_paint_cb), &j);
  gtk_adjustment_set_value (j.adjustment, j.jump_to);
  wait_for (jump_painted, &j);
  g_signal_handler_disconnect (clock, handler);
  wait_for (cards_filled, f);
}

typedef struct
{
  Fixture    *f;
  GtkWidget  *board;
  GHashTable *shown;     /* card → the child it showed at the last frame */
  guint       most;      /* the most cards on screen that took a child in one frame */
  guint       taken;     /* in all */
  double      jump_to;
  gboolean    jumped;    /* a frame painted the board there */
  guint       frames;
  guint       filled_at; /* frames when all the columns had their cards */
} Filling;

/* Counts the cards of the columns the board paints that show a child
 * they did not show at the last frame. */
static void
count_filled (GtkWidget *widget,
              Filling   *fl,
              guint     *taken)
{
  if (HAVEN_IS_PAIRING_COLUMN (widget)
      && !haven_pairing_board_get_column_shown (HAVEN_PAIRING_BOARD (fl->board), HAVEN_PAIRING_COLUMN (widget)))
    return;
  if (HAVEN_IS_PAIRING_CARD (widget))
    {
      HavenRecord *row = haven_pairing_card_get_row (HAVEN_PAIRING_CARD (widget));
      gint64 child_id = row != NULL ? haven_pairing_card_get_child_id (HAVEN_PAIRING_CARD (widget)) : 0;
      gpointer before;

      if (!gtk_widget_get_mapped (widget))
        return;
      if (child_id != 0
          && (!g_hash_table_lookup_extended (fl->shown, widget, NULL, &before) || GPOINTER_TO_INT (before) != child_id))
        (*taken)++;
      g_hash_table_insert (fl->shown, widget, GINT_TO_POINTER ((int) child_id));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    count_filled (child, fl, taken);
}

static void
filling_after_paint_cb (GdkFrameClock *clock,
                        Filling       *fl)
{
  guint taken = 0;

  count_filled (fl->board, fl, &taken);
  fl->most = MAX (fl->most, taken);
  fl->taken += taken;
  fl->frames++;
  if (gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (fl->board))) == fl->jump_to)
    fl->jumped = TRUE;
}

static gboolean
jumped_and_filled (gpointer data)
{
  Filling *fl = data;

  return fl->jumped && cards_filled (fl->f);
}

/* And painted, so counted. */
static gboolean
filled_painted (gpointer data)
{
  Filling *fl = data;

  return fl->frames > fl->filled_at;
}

/* The columns on screen take their first cards a few a frame: after the
 * board jumped, the columns it brought got their cards in one main-loop
 * turn, and one frame laid out and painted all of them (fifty at 1366
 * pixels with a county's mentors: 40-45 ms). */
static void
test_columns_fill_a_few_a_frame (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  GtkWidget *board = find_board (f);
  Filling fl = { f, board, shown, 0, 0, 5000, FALSE, 0, 0 };
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  gulong handler;

  wait_for (cards_filled, f);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (filling_after_paint_cb), &fl);
  /* What shows now counts as shown. */
  filling_after_paint_cb (clock, &fl);
  fl.most = fl.taken = 0;
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, fl.jump_to);
  gtk_adjustment_set_value (adjustment, fl.jump_to);
  wait_for (jumped_and_filled, &fl);
  fl.filled_at = fl.frames;
  wait_for (filled_painted, &fl);
  g_signal_handler_disconnect (clock, handler);
  g_test_message ("%u cards taken, at most %u in a frame", fl.taken, fl.most);
  /* The jump brought four columns or more, of three children each. */
  g_assert_cmpuint (fl.taken, >, 5);
  g_assert_cmpuint (fl.most, <=, 5);
}

typedef struct
{
  GtkWidget     *board;
  GHashTable    *columns;   /* the board's columns at the jump */
  GtkAdjustment *adjustment;
  double         step_to;   /* a frame's scroll, which leaves work between frames */
  double         jump_to;   /* then, right after that frame, a jump */
  gboolean       jumped;
  gboolean       laid_out;  /* a frame laid the board out there */
} Leap;

static gboolean
leap_cb (gpointer data)
{
  Leap *l = data;

  for (GtkWidget *child = gtk_widget_get_first_child (l->board); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_hash_table_add (l->columns, child);
  gtk_adjustment_set_value (l->adjustment, l->jump_to);
  return G_SOURCE_REMOVE;
}

static void
leap_after_paint_cb (GdkFrameClock *clock,
                     Leap          *l)
{
  double value = gtk_adjustment_get_value (l->adjustment);

  if (l->jumped && value == l->jump_to)
    l->laid_out = TRUE;
  else if (!l->jumped && value == l->step_to)
    {
      /* Between this frame and the next, before the board's own work
       * between frames, as a scroll event would come. */
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE - 10, leap_cb, l, NULL);
      l->jumped = TRUE;
    }
}

static gboolean
leap_laid_out (gpointer data)
{
  return ((Leap *) data)->laid_out;
}

/* A jump between two frames gives the board's own columns to the mentors
 * it brings. The board prepares columns between frames; after a jump it
 * bound the columns now on screen there, before the frame, to new column
 * widgets of their own: the frame found them bound, and those the view had
 * left stayed spare. */
static void
test_jump_reuses_columns (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GHashTable) columns_before = g_hash_table_new (NULL, NULL);
  GtkWidget *board = find_board (f);
  Leap l = { board, columns_before, gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (board)), 300, 6000, FALSE, FALSE };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  guint n_made = 0, n_shown_made = 0;
  gulong handler;

  wait_for (cards_filled, f);
  g_assert_cmpfloat (gtk_adjustment_get_upper (l.adjustment) - gtk_adjustment_get_page_size (l.adjustment), >,
                     l.jump_to);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (leap_after_paint_cb), &l);
  gtk_adjustment_set_value (l.adjustment, l.step_to);
  wait_for (leap_laid_out, &l);
  g_signal_handler_disconnect (clock, handler);

  for (GtkWidget *child = gtk_widget_get_first_child (board); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!g_hash_table_contains (columns_before, child))
      {
        n_made++;
        if (haven_pairing_board_get_column_shown (HAVEN_PAIRING_BOARD (board), HAVEN_PAIRING_COLUMN (child)))
          n_shown_made++;
      }
  g_test_message ("%u columns made for the jump, %u of them on screen", n_made, n_shown_made);
  /* The columns on screen are those the view left. At most one is new,
   * beside the view: the one Unpaired would have given up (see
   * scroll-reuses-cards). */
  g_assert_cmpuint (n_shown_made, ==, 0);
  g_assert_cmpuint (n_made, <=, 1);
  wait_for (cards_filled, f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/pairing-board/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("pair-by-action", test_pair_by_action);
  ADD ("undo", test_undo);
  ADD ("over-capacity-asks", test_over_capacity_asks);
  ADD ("move-and-end", test_move_and_end);
  ADD ("viewer-reads", test_viewer_reads);
  ADD ("search-initials", test_search_initials);
  ADD ("narrow-board", test_narrow_board);
  ADD ("columns-drawn-once", test_columns_drawn_once);
  ADD ("columns-ahead", test_columns_ahead);
  ADD ("paints-as-laid-out", test_paints_as_laid_out);
  g_test_add ("/pairing-board/columns-grow-a-few-a-frame", Fixture, GUINT_TO_POINTER (300), fixture_setup,
              test_columns_grow_a_few_a_frame, fixture_teardown);
  g_test_add ("/pairing-board/columns-wait-while-moving", Fixture, GUINT_TO_POINTER (300), fixture_setup,
              test_columns_wait_while_moving, fixture_teardown);
  g_test_add ("/pairing-board/one-layout-a-frame", Fixture, GUINT_TO_POINTER (300), fixture_setup,
              test_one_layout_a_frame, fixture_teardown);
  g_test_add ("/pairing-board/columns-fill-a-few-a-frame", Fixture, GUINT_TO_POINTER (300), fixture_setup,
              test_columns_fill_a_few_a_frame, fixture_teardown);
  ADD ("pairing-dialog", test_pairing_dialog);
  ADD ("add-mentor", test_add_mentor);
  ADD ("suggestions", test_suggestions);
  ADD ("collapse", test_collapse);
  ADD ("scroll-reuses-cards", test_scroll_reuses_cards);
  ADD ("jump-reuses-columns", test_jump_reuses_columns);
  ADD ("card-menu", test_card_menu);
  g_test_add_func ("/pairing-board/card-chips-wrap", test_card_chips_wrap);
  g_test_add_func ("/pairing-board/card-icons-plain", test_card_icons_plain);
  g_test_add_func ("/pairing-board/card-text-cut-short", test_card_text_cut_short);

  return g_test_run ();
}
