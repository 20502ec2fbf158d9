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
#include "haven-child-editor.h"
#include "haven-child-page.h"
#include "haven-labels.h"
#include "haven-print.h"
#include "haven-school-class.h"
#include "haven-window.h"

struct _HavenArchivePage
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *grade_dropdown;
  GtkDropDown     *class_dropdown;
  GtkDropDown     *reason_dropdown;
  GtkCheckButton  *key_support_check;
  GtkCheckButton  *incomplete_check;
  GtkCheckButton  *no_mentor_check;
  GtkDropDown     *roll_dropdown;
  GtkDropDown     *sort_dropdown;
  GtkLabel        *count_label;
  GtkStack        *list_stack;
  GtkColumnView   *column_view;
  HavenChildPage  *child_page;

  HavenStore      *store;          /* owned */
  HavenQuery      *query;          /* owned */
  HavenRecordList *list;           /* owned */
  HavenQuery      *classes_query;  /* owned */
  HavenRecordList *classes;        /* owned: every class, for the filter */
  GArray          *class_ids;      /* gint64, parallel to the class drop-down after "All" */
  GCancellable    *cancellable;
  GtkWindow       *editor;         /* weak */
  GSettings       *settings;
  guint            classes_source;
  gboolean         updating_filters;
};

G_DEFINE_FINAL_TYPE (HavenArchivePage, haven_archive_page, GTK_TYPE_WIDGET)

static HavenWindow *
get_window (HavenArchivePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return HAVEN_IS_WINDOW (root) ? HAVEN_WINDOW (root) : NULL;
}

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

  if (*phone == '\0')
    /* Translators: a guardian whose phone number is not on file. */
    return g_strdup_printf (_("%s · no phone"), name);
  return g_strdup_printf ("%s · %s", name, phone);
}

static char *
mentor_text (HavenRecord *c)
{
  const char *mentor = haven_record_get_string (c, HAVEN_CHILD_MENTOR_NAME);

  return g_strdup (*mentor != '\0' ? mentor : _("None"));
}

static char *
complete_text (HavenRecord *c)
{
  int missing = haven_record_get_int (c, HAVEN_CHILD_MISSING);

  if (missing == 0)
    return g_strdup (_("Complete"));
  return g_strdup_printf (ngettext ("%d item missing", "%d items missing", missing), missing);
}

static char *
last_talk_text (HavenRecord *c)
{
  const char *date = haven_record_get_string (c, HAVEN_CHILD_LAST_TALK_DATE);

  return g_strdup (*date != '\0' ? date : _("Never"));
}

static void
update_cell (GtkListItem *item)
{
  HavenRecord *child = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  CellText text = g_object_get_data (G_OBJECT (item), "cell-text");
  g_autofree char *value = NULL;

  if (child == NULL || !haven_record_get_loaded (child))
    {
      gtk_label_set_label (label, "");
      return;
    }

  value = text (child);
  gtk_label_set_label (label, value);

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
  update_cell (item);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  text)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
  g_object_set_data (G_OBJECT (item), "cell-text", text);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  text)
{
  g_signal_connect_object (gtk_list_item_get_item (item), "notify::loaded",
                           G_CALLBACK (child_loaded_cb), item, 0);
  update_cell (item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  text)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), child_loaded_cb, item);
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

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), text);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), text);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), text);

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
  gboolean filtered = *haven_query_get_search (self->query) != '\0'
                      || haven_query_get_class_id (self->query) != 0
                      || haven_query_get_grade (self->query) != 0
                      || haven_query_get_reason (self->query) >= 0
                      || haven_query_get_key_support (self->query)
                      || haven_query_get_incomplete (self->query)
                      || haven_query_get_no_mentor (self->query)
                      || haven_query_get_roll (self->query) != HAVEN_ROLL_CURRENT;
  g_autofree char *count = NULL;

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
  update_state (self);
}

static void
search_changed_cb (HavenArchivePage *self,
                   GtkSearchEntry   *entry)
{
  haven_query_set_search (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_activated_cb (HavenArchivePage *self,
                     GtkSearchEntry   *entry)
{
  g_autoptr(HavenRecord) first = NULL;

  /* Enter opens the first match, as in a search of GNOME Contacts. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return;
  first = g_list_model_get_item (G_LIST_MODEL (self->list), 0);
  haven_archive_page_show_child (self, haven_record_get_id (first));
}

static void
filters_changed_cb (HavenArchivePage *self)
{
  static const HavenSort sorts[] = { HAVEN_SORT_CLASS, HAVEN_SORT_NAME, HAVEN_SORT_BIRTHDAY };
  static const HavenRoll rolls[] = { HAVEN_ROLL_CURRENT, HAVEN_ROLL_LEFT, HAVEN_ROLL_ALL };
  guint class_index = gtk_drop_down_get_selected (self->class_dropdown);
  guint reason = gtk_drop_down_get_selected (self->reason_dropdown);
  guint sort = gtk_drop_down_get_selected (self->sort_dropdown);
  guint roll = gtk_drop_down_get_selected (self->roll_dropdown);

  if (self->query == NULL || self->updating_filters)
    return;

  g_object_freeze_notify (G_OBJECT (self->query));
  haven_query_set_grade (self->query, (int) gtk_drop_down_get_selected (self->grade_dropdown));
  haven_query_set_class_id (self->query,
                            class_index > 0 && class_index <= self->class_ids->len
                            ? g_array_index (self->class_ids, gint64, class_index - 1) : 0);
  /* The first reason entry is "Any"; the rest follow the enum. */
  haven_query_set_reason (self->query, reason == 0 || reason == GTK_INVALID_LIST_POSITION ? -1 : (int) reason);
  haven_query_set_key_support (self->query, gtk_check_button_get_active (self->key_support_check));
  haven_query_set_incomplete (self->query, gtk_check_button_get_active (self->incomplete_check));
  haven_query_set_no_mentor (self->query, gtk_check_button_get_active (self->no_mentor_check));
  haven_query_set_sort (self->query, sorts[MIN (sort, G_N_ELEMENTS (sorts) - 1)]);
  haven_query_set_roll (self->query, rolls[MIN (roll, G_N_ELEMENTS (rolls) - 1)]);
  g_object_thaw_notify (G_OBJECT (self->query));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.print-roster",
                                 haven_query_get_class_id (self->query) != 0);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->grade_dropdown, 0);
  gtk_drop_down_set_selected (self->class_dropdown, 0);
  gtk_drop_down_set_selected (self->reason_dropdown, 0);
  gtk_drop_down_set_selected (self->roll_dropdown, 0);
  gtk_check_button_set_active (self->key_support_check, FALSE);
  gtk_check_button_set_active (self->incomplete_check, FALSE);
  gtk_check_button_set_active (self->no_mentor_check, FALSE);
  self->updating_filters = FALSE;
  filters_changed_cb (self);
}

static void classes_changed_cb (HavenArchivePage *self);

static gboolean
rebuild_classes_cb (gpointer user_data)
{
  HavenArchivePage *self = user_data;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->classes));
  gint64 selected_id = haven_query_get_class_id (self->query);
  guint selected = 0;

  self->classes_source = 0;

  /* Names arrive with the page fetch: wait until every class has one. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HavenRecord) klass = g_list_model_get_item (G_LIST_MODEL (self->classes), i);

      if (!haven_record_get_loaded (klass))
        {
          if (g_object_get_data (G_OBJECT (klass), "haven-watched") == NULL)
            {
              g_object_set_data (G_OBJECT (klass), "haven-watched", GINT_TO_POINTER (TRUE));
              g_signal_connect_object (klass, "notify::loaded", G_CALLBACK (classes_changed_cb),
                                       self, G_CONNECT_SWAPPED);
            }
          return G_SOURCE_REMOVE;
        }
    }

  g_array_set_size (self->class_ids, 0);
  gtk_string_list_append (names, _("All classes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HavenRecord) klass = g_list_model_get_item (G_LIST_MODEL (self->classes), i);
      gint64 id = haven_record_get_id (klass);

      g_array_append_val (self->class_ids, id);
      gtk_string_list_append (names, haven_record_get_string (klass, HAVEN_SCHOOL_CLASS_NAME));
      if (id == selected_id)
        selected = self->class_ids->len;
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->class_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->class_dropdown, selected);
  self->updating_filters = FALSE;
  return G_SOURCE_REMOVE;
}

static void
classes_changed_cb (HavenArchivePage *self)
{
  /* Many classes load at once: one rebuild for the lot. */
  if (self->classes_source == 0)
    self->classes_source = g_idle_add (rebuild_classes_cb, self);
}

static void
row_activated_cb (HavenArchivePage *self,
                  guint             position,
                  GtkColumnView    *view)
{
  g_autoptr(HavenRecord) child = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (child != NULL)
    haven_archive_page_show_child (self, haven_record_get_id (child));
}

static void
child_page_back_cb (HavenArchivePage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Printing */

static void
printed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenArchivePage) self = user_data;
  g_autoptr(GError) error = NULL;
  HavenWindow *window = get_window (self);

  if (!haven_print_finish (result, &error) && window != NULL)
    haven_window_show_error (window, _("Could not print."), error);
}

static void
print_cards_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);
  g_autoptr(GArray) ids = haven_record_list_dup_ids (self->list);

  if (ids->len == 0)
    return;
  haven_print_cards_async (self->store, GTK_WINDOW (get_window (self)), ids, FALSE,
                           self->cancellable, printed_cb, g_object_ref (self));
}

static void
print_roster_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (widget);
  gint64 class_id = haven_query_get_class_id (self->query);

  if (class_id == 0)
    return;
  haven_print_roster_async (self->store, GTK_WINDOW (get_window (self)), class_id,
                            self->cancellable, printed_cb, g_object_ref (self));
}

/* Public */

static GtkStringList *
labels_model (GType enum_type,
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

void
haven_archive_page_set_store (HavenArchivePage *self,
                              HavenStore       *store)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->query = haven_query_new (HAVEN_QUERY_CHILDREN);
  filters_changed_cb (self);
  self->list = haven_record_list_new (store, self->query);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  self->classes_query = haven_query_new (HAVEN_QUERY_CLASSES);
  self->classes = haven_record_list_new (store, self->classes_query);
  g_signal_connect_object (self->classes, "items-changed", G_CALLBACK (classes_changed_cb), self, G_CONNECT_SWAPPED);

  haven_child_page_set_store (self->child_page, store);
}

HavenRecordList *
haven_archive_page_get_list (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return self->list;
}

HavenQuery *
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
}

static void
editor_saved_cb (HavenArchivePage *self,
                 gint64            child_id,
                 HavenChildEditor *editor)
{
  HavenWindow *window = get_window (self);

  if (window != NULL)
    haven_window_show_toast (window, adw_toast_new (_("Child’s file saved")));
  haven_archive_page_show_child (self, child_id);
}

void
haven_archive_page_edit_child (HavenArchivePage *self,
                               gint64            child_id)
{
  HavenChildEditor *editor;

  g_return_if_fail (HAVEN_IS_ARCHIVE_PAGE (self));
  g_return_if_fail (self->store != NULL);

  editor = haven_child_editor_new (self->store, child_id, g_get_real_name ());
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (get_window (self)));
  /* On a 1024×600 screen the form must fit under the parent's height. */
  if (get_window (self) != NULL && gtk_widget_get_height (GTK_WIDGET (get_window (self))) > 0)
    gtk_window_set_default_size (GTK_WINDOW (editor), 640,
                                 MIN (720, gtk_widget_get_height (GTK_WIDGET (get_window (self))) - 24));
  gtk_window_set_modal (GTK_WINDOW (editor), TRUE);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

GtkWidget *
haven_archive_page_get_child_page (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return GTK_WIDGET (self->child_page);
}

GtkWindow *
haven_archive_page_get_editor (HavenArchivePage *self)
{
  g_return_val_if_fail (HAVEN_IS_ARCHIVE_PAGE (self), NULL);
  return self->editor;
}

static void
haven_archive_page_dispose (GObject *object)
{
  HavenArchivePage *self = HAVEN_ARCHIVE_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->classes_source, g_source_remove);
  g_clear_weak_pointer (&self->editor);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_ARCHIVE_PAGE);
  /* The template's unnamed top child is ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->list);
  g_clear_object (&self->query);
  g_clear_object (&self->classes);
  g_clear_object (&self->classes_query);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->class_ids, g_array_unref);

  G_OBJECT_CLASS (haven_archive_page_parent_class)->dispose (object);
}

static void
haven_archive_page_class_init (HavenArchivePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_archive_page_dispose;

  g_type_ensure (HAVEN_TYPE_CHILD_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-archive-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, grade_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, class_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, key_support_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, incomplete_check);
  gtk_widget_class_bind_template_child (widget_class, HavenArchivePage, no_mentor_check);
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
}

static void
haven_archive_page_init (HavenArchivePage *self)
{
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reasons = labels_model (HAVEN_TYPE_LEFT_BEHIND_REASON, _("Any reason"));
  g_autoptr(GtkStringList) rolls = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sorts = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

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

  add_column (self, _("Name"), name_text, 110, FALSE);
  add_column (self, _("Class"), class_text, 120, FALSE);
  add_column (self, _("Why left behind"), reason_text, 150, FALSE);
  add_column (self, _("Guardian and phone"), guardian_text, -1, TRUE);
  add_column (self, _("Mentor"), mentor_text, 90, FALSE);
  add_column (self, _("File"), complete_text, 130, FALSE);
  add_column (self, _("Last talk"), last_talk_text, 100, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "archive.print-roster", FALSE);
}
