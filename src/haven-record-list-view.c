/* haven-record-list-view.c: a searchable list of records, one line each
 *
 * Rows ask for their record's fields when they are bound, and give them
 * up when unbound, so a list of a million talks loads a screenful.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-record-list-view.h"

struct _HavenRecordListView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *content;
  GtkSearchEntry    *search_entry;
  GtkLabel          *count_label;
  GtkStack          *stack;
  GtkListView       *list_view;
  AdwStatusPage     *empty_page;

  /* Owned */
  HavenContext      *context;
  HavenQuery        *query;
  HavenRecordList   *list;
  HavenDescribeFunc  describe;
  guint              page;   /* rows per page of the query's "limit"; 0: all */
};

enum {
  PROP_0,
  PROP_PLACEHOLDER,
  PROP_EMPTY_ICON_NAME,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenRecordListView, haven_record_list_view, GTK_TYPE_WIDGET)

static void
row_text_clear (HavenRowText *text)
{
  g_free (text->title);
  g_free (text->subtitle);
  g_free (text->note);
}

static void
update_row (HavenRecordListView *self,
            GtkListItem         *item)
{
  HavenRecord *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (box));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *note = gtk_widget_get_last_child (box);
  HavenRowText text = { 0 };
  g_autofree char *spoken = NULL;

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (record == NULL || !haven_record_get_loaded (record))
    {
      gtk_label_set_label (GTK_LABEL (title), "");
      gtk_label_set_label (GTK_LABEL (subtitle), "");
      gtk_label_set_label (GTK_LABEL (note), "");
      return;
    }

  self->describe (record, &text);
  gtk_label_set_label (GTK_LABEL (title), text.title);
  gtk_label_set_label (GTK_LABEL (subtitle), text.subtitle);
  gtk_label_set_label (GTK_LABEL (note), text.note);
  /* GTK 4.8 has no label for a list row: the row's box speaks for it. */
  spoken = g_strjoin (", ", text.title != NULL ? text.title : "", text.subtitle != NULL ? text.subtitle : "",
                      text.note != NULL ? text.note : "", NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_item_set_accessible_label (item, spoken);
#endif
  row_text_clear (&text);
}

static void
record_loaded_cb (HavenRecord *record,
                  GParamSpec  *pspec,
                  GtkListItem *item)
{
  HavenRecordListView *self = g_object_get_data (G_OBJECT (item), "haven-view");

  /* A stale row asks again; a fresh one shows. */
  if (!haven_record_get_loaded (record))
    haven_record_list_want (self->list, record);
  update_row (self, item);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenRecordListView      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "numeric");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), note);
  gtk_widget_add_css_class (box, "record-row");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_list_item_set_child (item, box);
  g_object_set_data (G_OBJECT (item), "haven-view", self);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenRecordListView      *self)
{
  HavenRecord *record = gtk_list_item_get_item (item);

  g_signal_connect_object (record, "notify::loaded", G_CALLBACK (record_loaded_cb), item, 0);
  haven_record_list_want (self->list, record);
  update_row (self, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenRecordListView      *self)
{
  HavenRecord *record = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (record, record_loaded_cb, item);
  haven_record_list_unwant (self->list, record);
}

static guint
current_limit (HavenRecordListView *self)
{
  int limit = 0;

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  g_object_get (self->query, "limit", &limit, NULL);
  return MAX (limit, 0);
}

/* Whether a paged list holds as many rows as it asked for: then there may
 * be more. */
static gboolean
may_have_more (HavenRecordListView *self)
{
  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  return self->page > 0
         && g_list_model_get_n_items (G_LIST_MODEL (self->list)) >= current_limit (self);
}

/* Near the end of what is loaded, the next page is asked for; the rows
 * already there stay, so the list only grows at its end. */
static void
maybe_next_page (HavenRecordListView *self)
{
  GtkAdjustment *adjustment;
  double left;

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (!may_have_more (self) || haven_record_list_get_loading (self->list))
    return;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  if (adjustment == NULL)
    return;
  /* Not laid out yet: nothing is near any end. */
  if (gtk_adjustment_get_page_size (adjustment) <= 0 || gtk_adjustment_get_upper (adjustment) <= 0)
    return;
  left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment)
         - gtk_adjustment_get_page_size (adjustment);
  if (left <= 2 * gtk_adjustment_get_page_size (adjustment))
    g_object_set (self->query, "limit", (int) MIN (current_limit (self) + self->page, G_MAXINT), NULL);
}

static void
update_state (HavenRecordListView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *count = NULL;

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (haven_record_list_get_loading (self->list) && n == 0)
    return;

  /* Translators: the count of a list loaded a page at a time, when more
   * rows follow the ones loaded, e.g. "400+". */
  count = may_have_more (self) ? g_strdup_printf (C_("list count", "%u+"), n) : g_strdup_printf ("%u", n);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  maybe_next_page (self);
}

static void
search_changed_cb (HavenRecordListView *self,
                   GtkSearchEntry      *entry)
{
  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (self->query == NULL)
    return;
  /* A new search starts at its first page. */
  if (self->page > 0 && current_limit (self) != self->page)
    g_object_set (self->query, "limit", (int) self->page, NULL);
  haven_query_set_search (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
activated_cb (HavenRecordListView *self,
              guint                position,
              GtkListView         *view)
{
  g_autoptr(HavenRecord) record = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, haven_record_get_id (record));
}

static void
ensure_list (HavenRecordListView *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  if (self->list != NULL || self->context == NULL)
    return;
  self->list = haven_record_list_new (haven_context_get_store (self->context), self->query);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
haven_record_list_view_map (GtkWidget *widget)
{
  HavenRecordListView *self = HAVEN_RECORD_LIST_VIEW (widget);

  GTK_WIDGET_CLASS (haven_record_list_view_parent_class)->map (widget);
  ensure_list (self);
}

static void
haven_record_list_view_dispose (GObject *object)
{
  HavenRecordListView *self = HAVEN_RECORD_LIST_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_RECORD_LIST_VIEW);
  g_clear_object (&self->list);
  g_clear_object (&self->query);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_record_list_view_parent_class)->dispose (object);
}

static void
haven_record_list_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HavenRecordListView *self = HAVEN_RECORD_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER:
      g_object_get_property (G_OBJECT (self->search_entry), "placeholder-text", value);
      break;
    case PROP_EMPTY_ICON_NAME:
      g_value_set_string (value, adw_status_page_get_icon_name (self->empty_page));
      break;
    case PROP_EMPTY_TITLE:
      g_value_set_string (value, adw_status_page_get_title (self->empty_page));
      break;
    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, adw_status_page_get_description (self->empty_page));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_list_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HavenRecordListView *self = HAVEN_RECORD_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER:
      g_object_set_property (G_OBJECT (self->search_entry), "placeholder-text", value);
      /* The placeholder is gone once typing starts: the label stays. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, g_value_get_string (value), -1);
      break;
    case PROP_EMPTY_ICON_NAME:
      adw_status_page_set_icon_name (self->empty_page, g_value_get_string (value));
      break;
    case PROP_EMPTY_TITLE:
      adw_status_page_set_title (self->empty_page, g_value_get_string (value));
      break;
    case PROP_EMPTY_DESCRIPTION:
      adw_status_page_set_description (self->empty_page, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_list_view_class_init (HavenRecordListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = haven_record_list_view_dispose;
  widget_class->map = haven_record_list_view_map;
  object_class->get_property = haven_record_list_view_get_property;
  object_class->set_property = haven_record_list_view_set_property;

  properties[PROP_PLACEHOLDER] = g_param_spec_string ("placeholder-text", NULL, NULL, NULL, flags);
  properties[PROP_EMPTY_ICON_NAME] = g_param_spec_string ("empty-icon-name", NULL, NULL, NULL, flags);
  properties[PROP_EMPTY_TITLE] = g_param_spec_string ("empty-title", NULL, NULL, NULL, flags);
  properties[PROP_EMPTY_DESCRIPTION] = g_param_spec_string ("empty-description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenRecordListView::activated:
   * @id: the id of the record whose row was activated
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-record-list-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, content);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, count_label);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, list_view);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordListView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
haven_record_list_view_init (HavenRecordListView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
haven_record_list_view_set_list (HavenRecordListView *self,
                                 HavenContext        *context,
                                 HavenQuery          *query,
                                 HavenDescribeFunc    describe)
{
  g_return_if_fail (HAVEN_IS_RECORD_LIST_VIEW (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (HAVEN_IS_QUERY (query));
  g_return_if_fail (describe != NULL);
  g_return_if_fail (self->query == NULL);

  self->describe = describe;
  self->query = g_object_ref (query);
  self->context = g_object_ref (context);
  /* A view no one has opened asks the store for nothing. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_list (self);
}

HavenRecordList *
haven_record_list_view_get_list (HavenRecordListView *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST_VIEW (self), NULL);
  ensure_list (self);
  return self->list;
}

static void
scrolled_cb (HavenRecordListView *self)
{
  g_assert (HAVEN_IS_RECORD_LIST_VIEW (self));
  maybe_next_page (self);
}

void
haven_record_list_view_set_page_size (HavenRecordListView *self,
                                      guint                page)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (HAVEN_IS_RECORD_LIST_VIEW (self));
  g_return_if_fail (self->query != NULL);
  g_return_if_fail (page > 0 && page <= G_MAXINT);
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (self->query), "limit") != NULL);

  if (self->page == 0)
    {
      /* The list view keeps the scrolled window's adjustment for its life. */
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
      g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
    }
  self->page = page;
  g_object_set (self->query, "limit", (int) page, NULL);
}

GtkWidget *
haven_record_list_view_get_search_entry (HavenRecordListView *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_LIST_VIEW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}
