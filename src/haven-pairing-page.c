/* haven-pairing-page.c: the mentor pairing board (结对帮扶)
 *
 * A horizontal list of columns: Unpaired first, then for each kind of
 * mentor a heading and one column per mentor. The columns are a flat
 * model of small lists (one HavenRecordList of mentors per kind), so the
 * board at county scale builds only the columns on screen, and each
 * column only its cards on screen.
 *
 * Every move is an action with a parameter, so a drag, a card's menu and
 * the keyboard all end in the same place: one transaction on the store's
 * worker (haven-store-pairings.h), then a toast whose Undo is the
 * window's win.undo-pairing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child.h"
#include "haven-child-query.h"
#include "haven-class-picker.h"
#include "haven-labels.h"
#include "haven-mentor.h"
#include "haven-mentor-chooser.h"
#include "haven-mentor-dialog.h"
#include "haven-mentor-query.h"
#include "haven-pairing.h"
#include "haven-pairing-board.h"
#include "haven-pairing-card.h"
#include "haven-pairing-dialog.h"
#include "haven-pairing-page.h"
#include "haven-pairing-query.h"
#include "haven-pairing-rules.h"
#include "haven-pairing-suggestions.h"

#define N_KINDS (HAVEN_MENTOR_KIND_VOLUNTEER + 1)

struct _HavenPairingPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkDropDown        *grade_dropdown;
  HavenClassPicker   *class_picker;
  GtkDropDown        *village_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkCheckButton     *with_children_check;
  GtkLabel           *count_label;
  GtkStack           *board_stack;
  GtkScrolledWindow  *board_scroller;
  HavenPairingBoard  *board;

  /* Owned */
  HavenContext       *context;
  GCancellable       *cancellable;
  HavenPairingQuery  *filters;                 /* what the board's search and filters say */
  HavenChildQuery    *unpaired_query;
  HavenRecordList    *unpaired;
  HavenMentorQuery   *mentor_queries[N_KINDS];
  HavenRecordList    *mentors[N_KINDS];
  GListStore         *headings[N_KINDS];       /* the kind's heading, while it has mentors */
  GListStore         *unpaired_section;
  GListStore         *sections;                /* GListModel: what the board shows, in order */
  GtkFlattenListModel *columns;
  GHashTable         *collapsed;               /* gint64 mentor id → TRUE */
  GPtrArray          *cards;                   /* HavenPairingCard (owned), free for a list */
  GStrv               villages;                /* the village drop-down's, after "All villages" */
  HavenPairingUndo   *last_undo;
  gboolean            arrange;
  gboolean            updating_filters;

  /* Borrowed: weak */
  GtkWindow          *dialog;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ARRANGE,
  N_PROPS
};

enum {
  SIGNAL_COLLAPSED_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenPairingPage, haven_pairing_page, GTK_TYPE_WIDGET)

static void
show_error (HavenPairingPage *self,
            const char       *what,
            const GError     *error)
{
  g_autofree char *text = NULL;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  text = g_strdup_printf ("%s %s", what, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
}

static void
present_dialog (HavenPairingPage *self,
                GtkWidget        *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (GTK_IS_WINDOW (root))
    {
      int width, height;
      int parent_width = gtk_widget_get_width (GTK_WIDGET (root));
      int parent_height = gtk_widget_get_height (GTK_WIDGET (root));

      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      /* On a 1024×600 screen the dialog must fit over its window. */
      gtk_window_get_default_size (GTK_WINDOW (dialog), &width, &height);
      if (parent_width > 0 && parent_height > 0)
        gtk_window_set_default_size (GTK_WINDOW (dialog), MIN (width, parent_width - 24), MIN (height, parent_height - 24));
    }
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The count and the empty board */

static void
update_counts (HavenPairingPage *self)
{
  guint n_mentors = 0;
  guint n_unpaired = g_list_model_get_n_items (G_LIST_MODEL (self->unpaired));
  g_autofree char *unpaired = NULL;
  g_autofree char *mentors = NULL;
  g_autofree char *text = NULL;
  gboolean filtered;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  for (guint k = 0; k < N_KINDS; k++)
    n_mentors += g_list_model_get_n_items (G_LIST_MODEL (self->mentors[k]));

  unpaired = g_strdup_printf (ngettext ("%u child without a mentor", "%u children without a mentor", n_unpaired),
                              n_unpaired);
  mentors = g_strdup_printf (ngettext ("%u mentor", "%u mentors", n_mentors), n_mentors);
  text = g_strdup_printf ("%s · %s", unpaired, mentors);
  gtk_label_set_label (self->count_label, text);

  filtered = *haven_query_get_search (HAVEN_QUERY (self->filters)) != '\0'
             || gtk_drop_down_get_selected (self->kind_dropdown) > 0
             || gtk_check_button_get_active (self->with_children_check);
  /* Nobody to pair with yet: the way to add the first mentor. */
  gtk_stack_set_visible_child_name (self->board_stack, n_mentors == 0 && !filtered ? "empty" : "board");
}

/* A kind's heading shows while the kind has mentors on the board. */
static void
mentors_changed_cb (HavenPairingPage *self)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  for (guint k = 0; k < N_KINDS; k++)
    {
      gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->headings[k])) > 0;
      gboolean wanted = g_list_model_get_n_items (G_LIST_MODEL (self->mentors[k])) > 0;

      if (wanted && !shown)
        {
          g_autofree char *name = g_strdup_printf ("group:%u", k);
          g_autoptr(GtkStringObject) heading = gtk_string_object_new (name);

          g_list_store_append (self->headings[k], heading);
        }
      else if (!wanted && shown)
        g_list_store_remove_all (self->headings[k]);
    }
  update_counts (self);
}

static void
rebuild_sections (HavenPairingPage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  g_ptr_array_add (sections, self->unpaired_section);
  for (guint k = 0; k < N_KINDS; k++)
    if (kind == 0 || kind - 1 == k)
      {
        g_ptr_array_add (sections, self->headings[k]);
        g_ptr_array_add (sections, self->mentors[k]);
      }
  g_list_store_splice (self->sections, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sections)),
                       sections->pdata, sections->len);
}

/* The mentors' list a column's item belongs to: the heading's kind, or
 * the list holding the mentor row (the same id is the same row). */
static HavenRecordList *
mentors_of (HavenPairingPage *self,
            GObject          *item)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (GTK_IS_STRING_OBJECT (item))
    {
      const char *what = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
      guint k;

      if (!g_str_has_prefix (what, "group:"))
        return NULL;
      k = (guint) g_ascii_strtoull (what + 6, NULL, 10);
      return k < N_KINDS ? self->mentors[k] : NULL;
    }
  for (guint k = 0; k < N_KINDS && HAVEN_IS_RECORD (item); k++)
    if (haven_record_list_find (self->mentors[k], haven_record_get_id (HAVEN_RECORD (item))) != G_MAXUINT)
      return self->mentors[k];
  return NULL;
}

/* Columns: the board builds those near the view (haven-pairing-board.c). */

/* The widths of a column, with its margins. */
#define OPEN_WIDTH      292
#define COLLAPSED_WIDTH 68
#define GROUP_WIDTH     146

static int
column_width_cb (GObject  *item,
                 gpointer  user_data)
{
  HavenPairingPage *self = user_data;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (GTK_IS_STRING_OBJECT (item) && g_str_has_prefix (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), "group:"))
    return GROUP_WIDTH;
  return haven_pairing_page_get_collapsed (self, HAVEN_IS_MENTOR (item) ? haven_record_get_id (HAVEN_RECORD (item)) : 0)
         ? COLLAPSED_WIDTH : OPEN_WIDTH;
}

static void
column_bind_cb (HavenPairingColumn *column,
                GObject            *item,
                gpointer            user_data)
{
  HavenPairingPage *self = user_data;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  haven_pairing_column_bind (column, self, item, mentors_of (self, item));
}

/* At most this many free cards wait: a few screens of them. */
#define MAX_FREE_CARDS 600

GtkWidget *
haven_pairing_page_take_card (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);

  if (self->cards != NULL && self->cards->len > 0)
    return g_ptr_array_steal_index_fast (self->cards, self->cards->len - 1);
  return g_object_ref_sink (haven_pairing_card_new ());
}

void
haven_pairing_page_give_card (HavenPairingPage *self,
                              GtkWidget        *card)
{
  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (self));
  g_return_if_fail (HAVEN_IS_PAIRING_CARD (card) && gtk_widget_get_parent (card) == NULL);

  if (self->cards != NULL && self->cards->len < MAX_FREE_CARDS)
    g_ptr_array_add (self->cards, card);
  else
    g_object_unref (card);
}

HavenPairingColumn *
haven_pairing_page_find_column (HavenPairingPage *self,
                                gint64            mentor_id)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);

  for (guint i = 0; i < haven_pairing_board_get_n_columns (self->board); i++)
    {
      HavenPairingColumn *column = haven_pairing_board_get_column (self->board, i);
      HavenColumnKind kind = haven_pairing_column_get_kind (column);

      if ((kind == HAVEN_COLUMN_MENTOR || kind == HAVEN_COLUMN_UNPAIRED)
          && haven_pairing_column_get_mentor_id (column) == mentor_id)
        return column;
    }
  return NULL;
}

/* Filters */

static void
search_changed_cb (HavenPairingPage *self)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->filters != NULL)
    haven_query_set_search (HAVEN_QUERY (self->filters), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_counts (self);
}

static void
filters_changed_cb (HavenPairingPage *self)
{
  guint village = gtk_drop_down_get_selected (self->village_dropdown);
  gboolean with_children = gtk_check_button_get_active (self->with_children_check);

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->filters == NULL || self->updating_filters)
    return;

  g_object_set (self->filters,
                "grade", (int) gtk_drop_down_get_selected (self->grade_dropdown),
                "class-id", haven_class_picker_get_class_id (self->class_picker),
                "village", village > 0 && self->villages != NULL && village - 1 < g_strv_length (self->villages)
                           ? self->villages[village - 1] : "",
                NULL);
  for (guint k = 0; k < N_KINDS; k++)
    g_object_set (self->mentor_queries[k], "with-children", with_children, NULL);
  rebuild_sections (self);
  update_counts (self);
}

static void
set_villages (HavenPairingPage *self,
              GStrv             villages)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  const char *chosen = NULL;
  guint selected = 0;
  guint old = gtk_drop_down_get_selected (self->village_dropdown);

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->villages != NULL && old > 0 && old - 1 < g_strv_length (self->villages))
    chosen = self->villages[old - 1];

  gtk_string_list_append (list, _("All villages"));
  for (guint i = 0; villages != NULL && villages[i] != NULL; i++)
    {
      gtk_string_list_append (list, villages[i]);
      if (g_strcmp0 (villages[i], chosen) == 0)
        selected = i + 1;
    }

  /* The list changes under the same choice: no filter change meanwhile. */
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->village_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->village_dropdown, selected);
  g_strfreev (self->villages);
  self->villages = g_strdupv (villages);
  self->updating_filters = FALSE;
  if (selected == 0 && chosen != NULL)
    filters_changed_cb (self);
}

static void
villages_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenPairingPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) villages = haven_store_list_villages_finish (HAVEN_STORE (object), result, &error);

  if (villages == NULL)
    {
      show_error (self, _("Could not read the villages."), error);
      return;
    }
  set_villages (self, villages);
}

static void
filters_shown_cb (HavenPairingPage *self)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  /* Villages change as files are edited: read them when asked for. */
  if (self->context != NULL)
    haven_store_list_villages_async (haven_context_get_store (self->context), self->cancellable,
                                     villages_cb, g_object_ref (self));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (widget);

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->grade_dropdown, 0);
  haven_class_picker_set_class_id (self->class_picker, 0);
  gtk_drop_down_set_selected (self->village_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_check_button_set_active (self->with_children_check, FALSE);
  self->updating_filters = FALSE;
  filters_changed_cb (self);
}

void
haven_pairing_page_follow_filters (HavenPairingPage *self,
                                   HavenQuery       *query)
{
  static const char * const names[] = { "search", "class-id", "grade", "village" };

  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (self));
  g_return_if_fail (HAVEN_IS_QUERY (query));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_bind_property (self->filters, names[i], query, names[i], G_BINDING_SYNC_CREATE);
}

/* Collapsed columns */

gboolean
haven_pairing_page_get_collapsed (HavenPairingPage *self,
                                  gint64            mentor_id)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), FALSE);
  return g_hash_table_contains (self->collapsed, &mentor_id);
}

void
haven_pairing_page_set_collapsed (HavenPairingPage *self,
                                  gint64            mentor_id,
                                  gboolean          collapsed)
{
  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (self));

  if (collapsed == haven_pairing_page_get_collapsed (self, mentor_id))
    return;
  if (collapsed)
    g_hash_table_add (self->collapsed, g_memdup2 (&mentor_id, sizeof mentor_id));
  else
    g_hash_table_remove (self->collapsed, &mentor_id);
  g_signal_emit (self, signals[SIGNAL_COLLAPSED_CHANGED], 0, mentor_id);
  haven_pairing_board_widths_changed (self->board);
}

static void
toggle_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  haven_pairing_page_set_collapsed (self, id, !haven_pairing_page_get_collapsed (self, id));
}

/* Changing the board */

typedef struct
{
  HavenPairingPage        *self;      /* owned */
  gint64                   child_id;
  gint64                   from_id;
  gint64                   mentor_id;
  HavenPairingChangeFlags  flags;
} Change;

static void
change_free (Change *change)
{
  g_object_unref (change->self);
  g_free (change);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, change_free)

static void
change_closure_free (gpointer  data,
                     GClosure *closure)
{
  change_free (data);
}

static void run_change (Change *change);

static void
over_capacity_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           gpointer          user_data)
{
  Change *asked = user_data;
  Change *change;

  if (g_strcmp0 (response, "pair") != 0)
    return;
  /* The headteacher said yes: the column will be marked. The question
   * keeps its own copy until it goes. */
  change = g_memdup2 (asked, sizeof *asked);
  g_object_ref (change->self);
  change->flags |= HAVEN_PAIRING_CHANGE_OVER_CAPACITY;
  run_change (change);
}

static void
ask_over_capacity (Change       *change,
                   const GError *error)
{
  HavenPairingPage *self = change->self;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Pair Over Capacity?"), NULL));
  /* Translators: the body of the question; %s says how full the mentor is. */
  adw_message_dialog_format_body (dialog, _("%s Pair the child all the same? The mentor’s column will be marked as over capacity."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "pair", _("_Pair Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "pair", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (over_capacity_response_cb), change,
                         change_closure_free, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_undo (HavenPairingPage *self,
            HavenPairingUndo *undo)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  g_clear_pointer (&self->last_undo, haven_pairing_undo_free);
  self->last_undo = haven_pairing_undo_copy (undo);
  /* The window keeps the Undo: the board may show something else by then. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-undo-toast", "(sssv)", undo->summary, _("_Undo"),
                              "win.undo-pairing", haven_pairing_undo_to_variant (undo));
}

static void
changed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Change) change = user_data;
  g_autoptr(HavenPairingUndo) undo = NULL;
  g_autoptr(GError) error = NULL;

  undo = haven_store_change_pairing_finish (HAVEN_STORE (object), result, &error);
  if (undo == NULL)
    {
      if (g_error_matches (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY)
          && !(change->flags & HAVEN_PAIRING_CHANGE_OVER_CAPACITY))
        {
          ask_over_capacity (g_steal_pointer (&change), error);
          return;
        }
      show_error (change->self, _("The pairing was not changed."), error);
      return;
    }
  offer_undo (change->self, undo);
}

static void
run_change (Change *change)
{
  haven_store_change_pairing_async (haven_context_get_store (change->self->context), change->child_id,
                                    change->from_id, change->mentor_id, NULL, change->flags,
                                    change->self->cancellable, changed_cb, change);
}

static void
change_pairing (HavenPairingPage *self,
                gint64            child_id,
                gint64            from_id,
                gint64            mentor_id)
{
  Change *change;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->context == NULL || child_id <= 0 || (from_id <= 0 && mentor_id <= 0))
    return;
  change = g_new0 (Change, 1);
  change->self = g_object_ref (self);
  change->child_id = child_id;
  change->from_id = from_id;
  change->mentor_id = mentor_id;
  run_change (change);
}

gboolean
haven_pairing_page_drop (HavenPairingPage *self,
                         HavenRecord      *dragged,
                         gint64            mentor_id)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), FALSE);
  g_return_val_if_fail (HAVEN_IS_RECORD (dragged), FALSE);

  if (!self->arrange || !haven_record_get_loaded (dragged))
    return FALSE;

  if (HAVEN_IS_CHILD (dragged))
    {
      /* From Unpaired onto a mentor: pair. */
      if (mentor_id == 0)
        return FALSE;
      change_pairing (self, haven_record_get_id (dragged), 0, mentor_id);
      return TRUE;
    }
  if (HAVEN_IS_PAIRING (dragged))
    {
      /* Onto another mentor: move; back to Unpaired: end. */
      if (haven_record_get_ref (dragged, HAVEN_PAIRING_MENTOR_ID) == mentor_id)
        return FALSE;
      change_pairing (self, haven_record_get_ref (dragged, HAVEN_PAIRING_CHILD_ID), haven_record_get_id (dragged),
                      mentor_id);
      return TRUE;
    }
  return FALSE;
}

static void
pair_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gint64 child_id, mentor_id;

  g_variant_get (parameter, "(xx)", &child_id, &mentor_id);
  change_pairing (HAVEN_PAIRING_PAGE (widget), child_id, 0, mentor_id);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gint64 child_id, pairing_id, mentor_id;

  g_variant_get (parameter, "(xxx)", &child_id, &pairing_id, &mentor_id);
  change_pairing (HAVEN_PAIRING_PAGE (widget), child_id, pairing_id, mentor_id);
}

static void
end_pairing_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 child_id, pairing_id;

  g_variant_get (parameter, "(xx)", &child_id, &pairing_id);
  change_pairing (HAVEN_PAIRING_PAGE (widget), child_id, pairing_id, 0);
}

/* "Pair with…" and "Move to…": a mentor chosen from a searchable list. */

typedef struct
{
  HavenPairingPage *self;     /* owned */
  gint64            child_id;
  gint64            from_id;
} Choosing;

static void
choosing_free (gpointer  data,
               GClosure *closure)
{
  Choosing *choosing = data;

  g_object_unref (choosing->self);
  g_free (choosing);
}

static void
mentor_chosen_cb (HavenMentorChooser *chooser,
                  gint64              mentor_id,
                  gpointer            user_data)
{
  Choosing *choosing = user_data;

  change_pairing (choosing->self, choosing->child_id, choosing->from_id, mentor_id);
}

static void
choose_mentor (HavenPairingPage *self,
               gint64            child_id,
               gint64            from_id)
{
  GtkWidget *chooser;
  Choosing *choosing;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->context == NULL || child_id <= 0)
    return;
  chooser = haven_mentor_chooser_new (self->context, child_id, from_id);
  choosing = g_new0 (Choosing, 1);
  choosing->self = g_object_ref (self);
  choosing->child_id = child_id;
  choosing->from_id = from_id;
  g_signal_connect_data (chooser, "chosen", G_CALLBACK (mentor_chosen_cb), choosing,
                         choosing_free, 0);
  present_dialog (self, chooser);
}

static void
pair_with_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  choose_mentor (HAVEN_PAIRING_PAGE (widget), g_variant_get_int64 (parameter), 0);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gint64 child_id, pairing_id;

  g_variant_get (parameter, "(xx)", &child_id, &pairing_id);
  choose_mentor (HAVEN_PAIRING_PAGE (widget), child_id, pairing_id);
}

/* Opening things */

static void
open_child_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.show-child", "x", g_variant_get_int64 (parameter));
}

static void
edit_pairing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (widget);

  if (self->context != NULL)
    present_dialog (self, haven_pairing_dialog_new (self->context, g_variant_get_int64 (parameter)));
}

static void
mentor_saved_cb (HavenPairingPage *self,
                 gint64            mentor_id,
                 gboolean          created)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s",
                              created ? _("Mentor added") : _("Mentor saved"));
}

static void
edit_mentor (HavenPairingPage *self,
             gint64            mentor_id)
{
  GtkWidget *dialog;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (self->context == NULL)
    return;
  dialog = haven_mentor_dialog_new (self->context, mentor_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (mentor_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

static void
add_mentor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  edit_mentor (HAVEN_PAIRING_PAGE (widget), 0);
}

static void
edit_mentor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  edit_mentor (HAVEN_PAIRING_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
suggestions_applied_cb (HavenPairingPage *self,
                        HavenPairingUndo *undo)
{
  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  offer_undo (self, undo);
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (widget);
  GtkWidget *dialog;

  if (self->context == NULL)
    return;
  dialog = haven_pairing_suggestions_new (self->context);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (suggestions_applied_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

/* Who works */

static void
update_arrange (HavenPairingPage *self)
{
  static const char * const arranging[] = {
    "board.pair", "board.move", "board.end-pairing", "board.pair-with", "board.move-to",
    "board.add-mentor", "board.edit-mentor", "board.suggest",
  };
  HavenSession *session = self->context != NULL ? haven_context_get_session (self->context) : NULL;
  gboolean arrange = session != NULL && haven_pairing_may_arrange (session);

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  /* The model refuses the rest anyway; the board does not offer it. */
  for (guint i = 0; i < G_N_ELEMENTS (arranging); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), arranging[i], arrange);
  if (self->arrange == arrange)
    return;
  self->arrange = arrange;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGE]);
}

gboolean
haven_pairing_page_get_arrange (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), FALSE);
  return self->arrange;
}

/* GObject */

static void
haven_pairing_page_dispose (GObject *object)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_clear_weak_pointer (&self->dialog);
  /* The columns go first, while the lists they show are there. */
  if (self->board != NULL)
    haven_pairing_board_set_model (self->board, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_PAGE);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_object (&self->columns);
  g_clear_object (&self->sections);
  g_clear_object (&self->unpaired_section);
  for (guint k = 0; k < N_KINDS; k++)
    {
      g_clear_object (&self->headings[k]);
      g_clear_object (&self->mentors[k]);
      g_clear_object (&self->mentor_queries[k]);
    }
  g_clear_object (&self->unpaired);
  g_clear_object (&self->unpaired_query);
  g_clear_object (&self->filters);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_pairing_page_parent_class)->dispose (object);
}

static void
haven_pairing_page_finalize (GObject *object)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (object);

  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->villages, g_strfreev);
  g_clear_pointer (&self->last_undo, haven_pairing_undo_free);

  G_OBJECT_CLASS (haven_pairing_page_parent_class)->finalize (object);
}

static void
haven_pairing_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_ARRANGE:
      g_value_set_boolean (value, self->arrange);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_pairing_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_pairing_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_pairing_page_class_init (HavenPairingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_page_dispose;
  object_class->finalize = haven_pairing_page_finalize;
  object_class->get_property = haven_pairing_page_get_property;
  object_class->set_property = haven_pairing_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whether the session arranges pairings (the headteacher's). */
  properties[PROP_ARRANGE] =
    g_param_spec_boolean ("arrange", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenPairingPage::collapsed-changed:
   * @mentor_id: the mentor whose column folded or opened (0: Unpaired)
   */
  signals[SIGNAL_COLLAPSED_CHANGED] =
    g_signal_new ("collapsed-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HAVEN_TYPE_CLASS_PICKER);
  g_type_ensure (HAVEN_TYPE_PAIRING_BOARD);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, content);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, grade_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, class_picker);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, village_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, with_children_check);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, board_stack);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, board);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_shown_cb);

  gtk_widget_class_install_action (widget_class, "board.pair", "(xx)", pair_action);
  gtk_widget_class_install_action (widget_class, "board.move", "(xxx)", move_action);
  gtk_widget_class_install_action (widget_class, "board.end-pairing", "(xx)", end_pairing_action);
  gtk_widget_class_install_action (widget_class, "board.pair-with", "x", pair_with_action);
  gtk_widget_class_install_action (widget_class, "board.move-to", "(xx)", move_to_action);
  gtk_widget_class_install_action (widget_class, "board.open-child", "x", open_child_action);
  gtk_widget_class_install_action (widget_class, "board.edit-pairing", "x", edit_pairing_action);
  gtk_widget_class_install_action (widget_class, "board.add-mentor", NULL, add_mentor_action);
  gtk_widget_class_install_action (widget_class, "board.edit-mentor", "x", edit_mentor_action);
  gtk_widget_class_install_action (widget_class, "board.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "board.toggle-column", "x", toggle_column_action);
  gtk_widget_class_install_action (widget_class, "board.clear-filters", NULL, clear_filters_action);
}

static void
haven_pairing_page_init (HavenPairingPage *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->cards = g_ptr_array_new_with_free_func (g_object_unref);

  haven_pairing_board_set_funcs (self->board, column_width_cb, column_bind_cb, self);

  gtk_string_list_append (grades, _("All grades"));
  for (int g = 1; g <= 9; g++)
    {
      /* Translators: a school grade (年级), 1 to 9. */
      g_autofree char *grade = g_strdup_printf (_("Grade %d"), g);
      gtk_string_list_append (grades, grade);
    }
  gtk_drop_down_set_model (self->grade_dropdown, G_LIST_MODEL (grades));

  gtk_string_list_append (kinds, _("All kinds of mentor"));
  for (guint k = 0; k < N_KINDS; k++)
    gtk_string_list_append (kinds, haven_label_mentor_kind (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  set_villages (self, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (haven_class_picker_get_drop_down (self->class_picker)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Class"), -1);
  update_arrange (self);
}

HavenContext *
haven_pairing_page_get_context (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->context;
}

void
haven_pairing_page_set_context (HavenPairingPage *self,
                                HavenContext     *context)
{
  HavenStore *store;
  g_autoptr(GtkStringObject) unpaired = gtk_string_object_new ("unpaired");

  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = haven_context_get_store (context);
  g_signal_connect_object (context, "notify::session", G_CALLBACK (update_arrange), self, G_CONNECT_SWAPPED);

  self->filters = haven_pairing_query_new ();

  self->unpaired_query = haven_child_query_new ();
  haven_child_query_set_no_mentor (self->unpaired_query, TRUE);
  haven_pairing_page_follow_filters (self, HAVEN_QUERY (self->unpaired_query));
  self->unpaired = haven_record_list_new (store, HAVEN_QUERY (self->unpaired_query));
  g_signal_connect_object (self->unpaired, "items-changed", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
  self->unpaired_section = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_list_store_append (self->unpaired_section, unpaired);

  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  for (guint k = 0; k < N_KINDS; k++)
    {
      self->mentor_queries[k] = haven_mentor_query_new ();
      g_object_set (self->mentor_queries[k], "kind", k, NULL);
      haven_pairing_page_follow_filters (self, HAVEN_QUERY (self->mentor_queries[k]));
      self->mentors[k] = haven_record_list_new (store, HAVEN_QUERY (self->mentor_queries[k]));
      g_signal_connect_object (self->mentors[k], "items-changed", G_CALLBACK (mentors_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->headings[k] = g_list_store_new (GTK_TYPE_STRING_OBJECT);
    }
  rebuild_sections (self);

  self->columns = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)));
  haven_pairing_board_set_model (self->board, G_LIST_MODEL (self->columns));

  haven_class_picker_set_context (self->class_picker, context);
  update_arrange (self);
  update_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

HavenRecordList *
haven_pairing_page_get_unpaired (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->unpaired;
}

GtkWindow *
haven_pairing_page_get_dialog (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->dialog;
}

const HavenPairingUndo *
haven_pairing_page_get_last_undo (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->last_undo;
}

GListModel *
haven_pairing_page_get_columns (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->columns != NULL ? G_LIST_MODEL (self->columns) : NULL;
}
