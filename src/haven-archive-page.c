/* haven-archive-page.c: every child's file (一人一档), searchable
 *
 * The list is a HavenRecordList: the store answers each search with the
 * matching ids off the main thread, and rows fill in as they scroll into
 * view, so typing stays instant with a county's 100,000 children.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-archive-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-archive-page.h"
#include "haven-child.h"
#include "haven-child-page.h"
#include "haven-class-picker.h"
#include "haven-labels.h"
#include "haven-print.h"
#include "haven-record-place.h"
#include "haven-record-places.h"
#include "haven-settings.h"

struct _HavenArchivePage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *grade_dropdown;
  HavenClassPicker *class_picker;
  GtkDropDown     *reason_dropdown;
  GtkCheckButton  *key_support_check;
  GtkCheckButton  *incomplete_check;
  GtkCheckButton  *no_mentor_check;
  GtkCheckButton  *care_risk_check;
  GtkCheckButton  *birthdays_check;
  GtkDropDown     *roll_dropdown;
  GtkDropDown     *sort_dropdown;
  GtkLabel        *count_label;
  GtkStack        *list_stack;
  GtkColumnView   *column_view;
  HavenChildPage  *child_page;

  HavenContext    *context;        /* owned */
  HavenChildQuery *query;          /* owned */
  HavenRecordList *list;           /* owned */
  HavenRecordPlaces *places;       /* owned: the list's rows, as the view shows them */
  GtkSingleSelection *selection;   /* owned */
  gint64           selected_id;    /* the child the selection is on, or 0 */
  GHashTable      *stale_cells;    /* of GtkListItem, bound, showing a row their place no longer has */
  guint            shown_source;
  GCancellable    *cancellable;
  GSettings       *settings;       /* owned: the sort order is kept */
  gboolean         updating_filters;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenArchivePage, haven_archive_page, GTK_TYPE_WIDGET)

/* Cells: each column shows one text computed from the child. */

typedef char *(*CellText) (HavenRecord *child);

static char *
name_text (HavenRecord *c)
{
  const char *name = haven_record_get_string (c, HAVEN_CHILD_NAME);

  if (haven_record_get_int (c, HAVEN_CHILD_KEY_SUPPORT))
    /* Translators: marks a key-support child (重点帮扶对象) after the name. */
    return g_strdup_printf (_("%s ★"), name);
  return g_strdup (name);
}

static char *
class_text (HavenRecord *c)
{
  return g_strdup (haven_record_get_string (c, HAVEN_CHILD_CLASS_NAME));
}

static char *
reason_text (HavenRecord *c)
{
  HavenChildStatus status = haven_record_get_int (c, HAVEN_CHILD_STATUS);

  if (status != HAVEN_CHILD_STATUS_CURRENT)
    return g_strdup_printf ("%s (%s)", haven_label_status (status),
                            haven_record_get_string (c, HAVEN_CHILD_LEFT_DATE));
  return g_strdup (haven_label_reason (haven_record_get_int (c, HAVEN_CHILD_REASON)));
}

static char *
guardian_text (HavenRecord *c)
{
  const char *name = haven_record_get_string (c, HAVEN_CHILD_GUARDIAN_NAME);
  const char *phone = haven_record_get_string (c, HAVEN_CHILD_GUARDIAN_PHONE);

  return haven_label_guardian (name, phone);
}

static char *
mentor_text (HavenRecord *c)
{
  const char *mentor = haven_record_get_string (c, HAVEN_CHILD_MENTOR_NAME);

  /* Translators: in the Mentor column: the child has no mentor. */
  return g_strdup (*mentor != '\0' ? mentor : _("None"));
}

static char *
complete_text (HavenRecord *c)
{
  int missing = haven_record_get_int (c, HAVEN_CHILD_MISSING);

  if (missing == 0)
    /* Translators: in the File column: the child's file lacks nothing. */
    return g_strdup (_("Complete"));
  return g_strdup_printf (ngettext ("%d item missing", "%d items missing", missing), missing);
}

static char *
last_talk_text (HavenRecord *c)
{
  const char *date = haven_record_get_string (c, HAVEN_CHILD_LAST_TALK_DATE);

  /* Translators: in the Last talk column: no talk recorded yet. */
  return g_strdup (*date != '\0' ? date : _("Never"));
}

/* What a screen reader says of a row: GTK 4.8 has no label for a row,
 * so the name cell carries the row's summary, and each other cell its
 * column's name with the value. */
static char *
spoken_summary (HavenRecord *c)
{
  g_autofree char *reason = reason_text (c);
  const char *phone = haven_record_get_string (c, HAVEN_CHILD_GUARDIAN_PHONE);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_strv_builder_add (parts, haven_record_get_string (c, HAVEN_CHILD_NAME));
  if (*haven_record_get_string (c, HAVEN_CHILD_CLASS_NAME) != '\0')
    g_strv_builder_add (parts, haven_record_get_string (c, HAVEN_CHILD_CLASS_NAME));
  if (*reason != '\0')
    g_strv_builder_add (parts, reason);
  if (*phone != '\0')
    {
      /* Translators: read out to a screen reader user, %s is a phone number. */
      g_autofree char *guardian = g_strdup_printf (_("guardian’s phone %s"), phone);
      g_strv_builder_add (parts, guardian);
    }
  list = g_strv_builder_end (parts);
  /* Translators: separates the parts of a row read out by a screen reader. */
  return g_strjoinv (_(", "), list);
}

/* The row a cell shows: its place's, kept as the cell's own while bound so
 * that the cell can let go of it when the place takes another. */
#define CELL_ROW "cell-row"

static void
update_cell (GtkListItem *item)
{
  HavenRecord *child = g_object_get_data (G_OBJECT (item), CELL_ROW);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  CellText text = g_object_get_data (G_OBJECT (item), "cell-text");
  const char *title = g_object_get_data (G_OBJECT (item), "cell-title");
  g_autofree char *value = NULL;
  g_autofree char *spoken = NULL;

  if (child == NULL || !haven_record_get_loaded (child))
    {
      gtk_label_set_label (label, "");
      return;
    }

  value = text (child);
  gtk_label_set_label (label, value);
  spoken = text == name_text ? spoken_summary (child) : g_strdup_printf ("%s: %s", title, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
#if GTK_CHECK_VERSION (4, 12, 0)
  if (text == name_text)
    gtk_list_item_set_accessible_label (item, spoken);
#endif

  if (text == complete_text || text == mentor_text)
    {
      gboolean warn = text == complete_text ? haven_record_get_int (child, HAVEN_CHILD_MISSING) > 0
                                            : *haven_record_get_string (child, HAVEN_CHILD_MENTOR_NAME) == '\0';
      if (warn)
        gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
    }
}

static void
child_loaded_cb (HavenRecord *child,
                 GParamSpec  *pspec,
                 GtkListItem *item)
{
  HavenArchivePage *self = g_object_get_data (G_OBJECT (item), "archive-page");

  /* A row gone stale asks for its fields again. */
  if (!haven_record_get_loaded (child))
    haven_record_list_want (self->list, child);
  update_cell (item);
}

static void cell_mapped_cb (GtkListItem *item);

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HavenArchivePage         *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkListItemFactory *column_factory = GTK_LIST_ITEM_FACTORY (factory);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
  g_signal_connect_object (label, "map", G_CALLBACK (cell_mapped_cb), item, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (item), "cell-text", g_object_get_data (G_OBJECT (column_factory), "cell-text"));
  g_object_set_data (G_OBJECT (item), "cell-title", g_object_get_data (G_OBJECT (column_factory), "cell-title"));
  g_object_set_data (G_OBJECT (item), "archive-page", self);
}

static void
cell_set_row (GtkListItem *item,
              HavenRecord *child)
{
  HavenArchivePage *self = g_object_get_data (G_OBJECT (item), "archive-page");
  HavenRecord *old = g_object_get_data (G_OBJECT (item), CELL_ROW);

  if (old != NULL)
    {
      g_signal_handlers_disconnect_by_func (old, child_loaded_cb, item);
      haven_record_list_unwant (self->list, old);
    }
  /* The item holds its own reference: the place may already have let go. */
  g_object_set_data_full (G_OBJECT (item), CELL_ROW, child != NULL ? g_object_ref (child) : NULL, g_object_unref);
  if (child != NULL)
    {
      g_signal_connect_object (child, "notify::loaded", G_CALLBACK (child_loaded_cb), item, 0);
      haven_record_list_want (self->list, child);
    }
  update_cell (item);
}

static void
cell_refresh (GtkListItem *item)
{
  HavenArchivePage *self = g_object_get_data (G_OBJECT (item), "archive-page");
  g_autoptr(HavenRecord) child = haven_record_places_get_row (self->places, gtk_list_item_get_position (item));

  g_hash_table_remove (self->stale_cells, item);
  cell_set_row (item, child);
}

/* The place has another row. A search changes the rows of every place
 * the view keeps, up to 200 rows of cells, most of them off screen: those
 * catch up when they show. */
static void
place_changed_cb (GtkListItem *item)
{
  HavenArchivePage *self = g_object_get_data (G_OBJECT (item), "archive-page");

  if (gtk_widget_get_mapped (gtk_list_item_get_child (item)))
    cell_refresh (item);
  else
    g_hash_table_add (self->stale_cells, item);
}

static gboolean
shown_cells_cb (gpointer user_data)
{
  HavenArchivePage *self = user_data;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer item;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  self->shown_source = 0;
  g_hash_table_iter_init (&iter, self->stale_cells);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    if (gtk_widget_get_mapped (gtk_list_item_get_child (item)))
      g_ptr_array_add (shown, item);
  for (guint i = 0; i < shown->len; i++)
    {
      gtk_widget_set_opacity (gtk_list_item_get_child (g_ptr_array_index (shown, i)), 1);
      cell_refresh (g_ptr_array_index (shown, i));
    }
  return G_SOURCE_REMOVE;
}

/* A stale cell came into view, in the middle of the list's allocation,
 * where its size may not change: it shows empty for that frame and is
 * filled before the next. */
static void
cell_mapped_cb (GtkListItem *item)
{
  HavenArchivePage *self = g_object_get_data (G_OBJECT (item), "archive-page");

  if (!g_hash_table_contains (self->stale_cells, item))
    return;
  gtk_widget_set_opacity (gtk_list_item_get_child (item), 0);
  if (self->shown_source == 0)
    self->shown_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, shown_cells_cb, self, NULL);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HavenArchivePage         *self)
{
  /* A search refills the places already shown with its rows. */
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (place_changed_cb), item,
                           G_CONNECT_SWAPPED);
  cell_refresh (item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HavenArchivePage         *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), place_changed_cb, item);
  g_hash_table_remove (self->stale_cells, item);
  gtk_widget_set_opacity (gtk_list_item_get_child (item), 1);
  cell_set_row (item, NULL);
}

static void
add_column (HavenArchivePage *self,
            const char       *title,
            CellText          text,
            int               fixed_width,
            gboolean          expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  g_object_set_data (G_OBJECT (factory), "cell-text", text);
  g_object_set_data_full (G_OBJECT (factory), "cell-title", g_strdup (title), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

/* State */

static void
update_state (HavenArchivePage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  gboolean filtered = haven_child_query_is_filtered (self->query);
  g_autofree char *count = NULL;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  if (haven_record_list_get_loading (self->list) && n == 0)
    return;

  count = g_strdup_printf (ngettext ("%u child", "%u children", n), n);
  gtk_label_set_label (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, filtered ? "no-results" : "empty");
}

static void
list_changed_cb (HavenArchivePage *self)
{
  guint position;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  /* A place keeps its selection while the row in it changes: the
   * selection follows its child, or goes with it. */
  if (self->selected_id != 0)
    {
      position = haven_record_list_find (self->list, self->selected_id);
      if (position != gtk_single_selection_get_selected (self->selection))
        gtk_single_selection_set_selected (self->selection,
                                           position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
    }
  update_state (self);
}

static void
selected_cb (HavenArchivePage *self)
{
  g_autoptr(HavenRecord) child = NULL;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  child = haven_record_places_get_row (self->places, gtk_single_selection_get_selected (self->selection));
  self->selected_id = child != NULL ? haven_record_get_id (child) : 0;
}

static void
search_changed_cb (HavenArchivePage *self,
                   GtkSearchEntry   *entry)
{
  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  if (self->query != NULL)
    haven_query_set_search (HAVEN_QUERY (self->query), gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_activated_cb (HavenArchivePage *self,
                     GtkSearchEntry   *entry)
{
  g_autoptr(HavenRecord) first = NULL;

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  /* Enter opens the first match, as in a search of GNOME Contacts. */
  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return;
  first = g_list_model_get_item (G_LIST_MODEL (self->list), 0);
  haven_archive_page_show_child (self, haven_record_get_id (first));
}

static void
filters_changed_cb (HavenArchivePage *self)
{
  static const HavenSort sorts[] = { HAVEN_SORT_CLASS, HAVEN_SORT_NAME, HAVEN_SORT_BIRTHDAY };
  static const HavenRoll rolls[] = { HAVEN_ROLL_CURRENT, HAVEN_ROLL_LEFT, HAVEN_ROLL_ALL };
  guint reason = gtk_drop_down_get_selected (self->reason_dropdown);
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);
  guint roll = gtk_drop_down_get_selected (self->roll_dropdown);

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  if (self->query == NULL || self->updating_filters)
    return;

  g_object_freeze_notify (G_OBJECT (self->query));
  haven_child_query_set_grade (self->query, (int) gtk_drop_down_get_selected (self->grade_dropdown));
  haven_child_query_set_class_id (self->query, haven_class_picker_get_class_id (self->class_picker));
  /* The first reason entry is "Any"; the rest follow the enum. */
  haven_child_query_set_reason (self->query, reason == 0 || reason == GTK_INVALID_LIST_POSITION
                                             ? HAVEN_ANY_REASON : (int) reason);
  haven_child_query_set_key_support (self->query, gtk_check_button_get_active (self->key_support_check));
  haven_child_query_set_incomplete (self->query, gtk_check_button_get_active (self->incomplete_check));
  haven_child_query_set_no_mentor (self->query, gtk_check_button_get_active (self->no_mentor_check));
  haven_child_query_set_care_risk (self->query, gtk_check_button_get_active (self->care_risk_check));
  haven_child_query_set_birthday_days (self->query, gtk_check_button_get_active (self->birthdays_check) ? 14 : 0);
  haven_child_query_set_sort (self->query, sorts[MIN (sort, G_N_ELEMENTS (sorts) - 1)]);
  haven_child_query_set_roll (self->query, rolls[MIN (roll, G_N_ELEMENTS (rolls) - 1)]);
  g_object_thaw_notify (G_OBJECT (self->query));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.print-roster",
                                 haven_child_query_get_class_id (self->query) != 0);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->grade_dropdown, 0);
  haven_class_picker_set_class_id (self->class_picker, 0);
  gtk_drop_down_set_selected (self->reason_dropdown, 0);
  gtk_drop_down_set_selected (self->roll_dropdown, 0);
  gtk_check_button_set_active (self->key_support_check, FALSE);
  gtk_check_button_set_active (self->incomplete_check, FALSE);
  gtk_check_button_set_active (self->no_mentor_check, FALSE);
  gtk_check_button_set_active (self->care_risk_check, FALSE);
  gtk_check_button_set_active (self->birthdays_check, FALSE);
  self->updating_filters = FALSE;
  filters_changed_cb (self);
}

static void
row_activated_cb (HavenArchivePage *self,
                  guint             position,
                  GtkColumnView    *view)
{
  g_autoptr(HavenRecord) child = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  if (child != NULL)
    haven_archive_page_show_child (self, haven_record_get_id (child));
}

static void
child_page_back_cb (HavenArchivePage *self)
{
  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Printing */

static GtkWindow *
parent_window (HavenArchivePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenArchivePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_print_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not print. %s"), error->message);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", text);
    }
}

static void
print_cards_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);
  g_autoptr(GArray) ids = NULL;

  if (self->list == NULL)
    return;
  ids = haven_record_list_dup_ids (self->list);
  if (ids->len == 0)
    return;
  haven_print_cards_async (haven_context_get_store (self->context), parent_window (self), ids, NULL,
                           self->cancellable, printed_cb, g_object_ref (self));
}

static void
print_roster_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);
  gint64 class_id = self->query != NULL ? haven_child_query_get_class_id (self->query) : 0;

  if (class_id == 0)
    return;
  haven_print_roster_async (haven_context_get_store (self->context), parent_window (self), class_id,
                            self->cancellable, printed_cb, g_object_ref (self));
}

/* Ctrl+P (win.print): the open file's card, or the listed children's. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "child") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->child_page), "child.print", NULL);
  else
    gtk_widget_activate_action (widget, "archive.print-cards", NULL);
}

/* Public */

static GtkStringList *
labels_model (GType       enum_type,
              const char *first)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  guint n = haven_label_count (enum_type);

  if (first != NULL)
    gtk_string_list_append (labels, first);
  for (guint i = first != NULL ? 1 : 0; i < n; i++)
    gtk_string_list_append (labels, haven_label_for (enum_type, i));
  return labels;
}

HavenContext *
haven_archive_page_get_context (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return self->context;
}

void
haven_archive_page_set_context (HavenArchivePage *self,
                                HavenContext     *context)
{
  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->query = haven_child_query_new ();
  filters_changed_cb (self);
  self->list = haven_record_list_new (haven_context_get_store (context), HAVEN_QUERY (self->query));
  /* About two screens of the tallest window. */
  haven_record_list_set_preload (self->list, 48);
  /* Before the page's own handlers, which read what the places show. */
  self->places = haven_record_places_new ();
  haven_record_places_set_list (self->places, self->list);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->places)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  haven_class_picker_set_context (self->class_picker, context);
  haven_child_page_set_context (self->child_page, context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

HavenRecordList *
haven_archive_page_get_list (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return self->list;
}

HavenChildQuery *
haven_archive_page_get_query (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return self->query;
}

void
haven_archive_page_focus_search (HavenArchivePage *self)
{
  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
haven_archive_page_show_child (HavenArchivePage *self,
                               gint64            child_id)
{
  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));

  haven_child_page_set_child_id (self->child_page, child_id);
  gtk_stack_set_visible_child_name (self->stack, "child");
  /* The page's keys (Ctrl+E, Escape) work at once. */
  gtk_widget_child_focus (GTK_WIDGET (self->child_page), GTK_DIR_TAB_FORWARD);
}

void
haven_archive_page_show_filtered (HavenArchivePage *self,
                                  const char       *preset)
{
  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (preset != NULL);

  /* One filter on, the rest cleared, so the list is what the overview's
   * figure counted. */
  clear_filters_action (GTK_WIDGET (self), NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (g_str_equal (preset, "incomplete"))
    gtk_check_button_set_active (self->incomplete_check, TRUE);
  else if (g_str_equal (preset, "no-mentor"))
    gtk_check_button_set_active (self->no_mentor_check, TRUE);
  else if (g_str_equal (preset, "key-support"))
    gtk_check_button_set_active (self->key_support_check, TRUE);
  else if (g_str_equal (preset, "care-risk"))
    gtk_check_button_set_active (self->care_risk_check, TRUE);
  else if (g_str_equal (preset, "birthdays"))
    {
      gtk_check_button_set_active (self->birthdays_check, TRUE);
      /* In the order the parties come. */
      gtk_drop_down_set_selected (self->sort_dropdown, 2);
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
}

GtkWidget *
haven_archive_page_get_child_page (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return GTK_WIDGET (self->child_page);
}

static void
haven_archive_page_finalize (GObject *object)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (object);

  g_hash_table_unref (self->stale_cells);

  G_OBJECT_CLASS (haven_archive_page_parent_class)->finalize (object);
}

static void
haven_archive_page_dispose (GObject *object)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_ARCHIVE_PAGE);
  g_clear_handle_id (&self->shown_source, g_source_remove);
  g_hash_table_remove_all (self->stale_cells);
  g_clear_object (&self->selection);
  g_clear_object (&self->places);
  g_clear_object (&self->list);
  g_clear_object (&self->query);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (haven_archive_page_parent_class)->dispose (object);
}

static void
haven_archive_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_archive_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_archive_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_archive_page_class_init (HavenArchivePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_archive_page_dispose;
  object_class->finalize = haven_archive_page_finalize;
  object_class->get_property = haven_archive_page_get_property;
  object_class->set_property = haven_archive_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_CHILD_PAGE);
  g_type_ensure (HAVEN_TYPE_CLASS_PICKER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-archive-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, grade_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, class_picker);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, key_support_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, incomplete_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, no_mentor_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, care_risk_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, birthdays_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, roll_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, child_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, child_page_back_cb);

  gtk_widget_class_install_action (widget_class, "archive.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "archive.print-cards", NULL, print_cards_action);
  gtk_widget_class_install_action (widget_class, "archive.print-roster", NULL, print_roster_action);
  gtk_widget_class_install_action (widget_class, "archive.print", NULL, print_action);
}

static void
haven_archive_page_init (HavenArchivePage *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reasons = labels_model (HAVEN_TYPE_LEFT_BEHIND_REASON, _("Any reason"));
  g_autoptr(GtkStringList) rolls = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sorts = gtk_string_list_new (NULL);

  g_assert (HAVEN_IS_ARCHIVE_PAGE (self));

  self->stale_cells = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (haven_class_picker_get_drop_down (self->class_picker)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Class"), -1);

  gtk_string_list_append (grades, _("All grades"));
  for (int g = 1; g <= 9; g++)
    {
      /* Translators: a school grade (年级), 1 to 9. */
      g_autofree char *grade = g_strdup_printf (_("Grade %d"), g);
      gtk_string_list_append (grades, grade);
    }
  gtk_drop_down_set_model (self->grade_dropdown, G_LIST_MODEL (grades));
  gtk_drop_down_set_model (self->reason_dropdown, G_LIST_MODEL (reasons));

  gtk_string_list_append (rolls, _("Children on the roll"));
  gtk_string_list_append (rolls, _("Children who have left"));
  gtk_string_list_append (rolls, _("All children"));
  gtk_drop_down_set_model (self->roll_dropdown, G_LIST_MODEL (rolls));

  gtk_string_list_append (sorts, _("By class"));
  gtk_string_list_append (sorts, _("By name (pinyin)"));
  gtk_string_list_append (sorts, _("By birthday"));
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (sorts));
  /* Set here or in Preferences; the list follows either. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "archive-sort", self->sort_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, haven_choice_get_mapping, haven_choice_set_mapping,
                                (gpointer) haven_archive_sort_choices, NULL);

  add_column (self, _("Name"), name_text, 110, FALSE);
  add_column (self, _("Class"), class_text, 120, FALSE);
  add_column (self, _("Why left behind"), reason_text, 150, FALSE);
  add_column (self, _("Guardian and phone"), guardian_text, -1, TRUE);
  add_column (self, _("Mentor"), mentor_text, 90, FALSE);
  /* Translators: a column: whether the child's file (档案) is complete. */
  add_column (self, _("File"), complete_text, 130, FALSE);
  add_column (self, _("Last talk"), last_talk_text, 100, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.print-roster", FALSE);
}
