/* haven-record-page.c: a searchable list of pairings, activities or talks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-record-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-activity.h"
#include "haven-labels.h"
#include "haven-pairing.h"
#include "haven-record-list.h"
#include "haven-record-page.h"
#include "haven-talk.h"

typedef enum
{
  KIND_PAIRINGS,
  KIND_ACTIVITIES,
  KIND_TALKS,
} Kind;

struct _HavenRecordPage
{
  GtkWidget        parent_instance;

  GtkSearchEntry  *search_entry;
  GtkLabel        *count_label;
  GtkStack        *stack;
  GtkListView     *list_view;
  AdwStatusPage   *empty_page;

  Kind             kind;
  HavenQuery      *query;   /* owned */
  HavenRecordList *list;    /* owned */
};

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = { "pairings", "activities", "talks" };

G_DEFINE_FINAL_TYPE (HavenRecordPage, haven_record_page, GTK_TYPE_WIDGET)

/* Rows: a title, a line below it and a note at the end. */

typedef struct
{
  char *title;
  char *subtitle;
  char *note;
} RowText;

static void
row_text_clear (RowText *text)
{
  g_free (text->title);
  g_free (text->subtitle);
  g_free (text->note);
}

static const char *
str (HavenRecord *record,
     guint        field)
{
  return haven_record_get_string (record, field);
}

static void
describe (Kind         kind,
          HavenRecord *r,
          RowText     *text)
{
  switch (kind)
    {
    case KIND_PAIRINGS:
      text->title = g_strdup_printf ("%s · %s", str (r, HAVEN_PAIRING_CHILD_NAME), str (r, HAVEN_PAIRING_CLASS_NAME));
      /* Translators: the mentor's name, the kind of mentor, and the plan's schedule. */
      text->subtitle = g_strdup_printf (_("Mentor: %s, %s · %s"),
                                        str (r, HAVEN_PAIRING_MENTOR_NAME),
                                        haven_label_mentor_kind (haven_record_get_int (r, HAVEN_PAIRING_MENTOR_KIND)),
                                        str (r, HAVEN_PAIRING_PLAN_SCHEDULE));
      /* Translators: the day a pairing started. */
      text->note = g_strdup_printf (_("Since %s"), str (r, HAVEN_PAIRING_START_DATE));
      break;

    case KIND_ACTIVITIES:
      text->title = g_strdup (str (r, HAVEN_ACTIVITY_TITLE));
      text->subtitle = g_strdup_printf ("%s · %s · %s",
                                        haven_label_activity_type (haven_record_get_int (r, HAVEN_ACTIVITY_TYPE)),
                                        str (r, HAVEN_ACTIVITY_PLACE),
                                        haven_label_recurrence (haven_record_get_int (r, HAVEN_ACTIVITY_RECURRENCE)));
      /* A festival on the lunar calendar keeps its lunar month and day. */
      if (haven_record_get_int (r, HAVEN_ACTIVITY_LUNAR) && strlen (str (r, HAVEN_ACTIVITY_STARTS_AT)) > 5)
        /* Translators: %s is a lunar month and day, as "08-15". */
        text->note = g_strdup_printf (_("Lunar %s"), str (r, HAVEN_ACTIVITY_STARTS_AT) + 5);
      else
        text->note = g_strdup (str (r, HAVEN_ACTIVITY_STARTS_AT));
      break;

    case KIND_TALKS:
      text->title = g_strdup_printf ("%s · %s", str (r, HAVEN_TALK_CHILD_NAME), str (r, HAVEN_TALK_CLASS_NAME));
      /* Confidential notes (counselling) never show in a list. */
      if (haven_record_get_int (r, HAVEN_TALK_CONFIDENTIAL))
        text->subtitle = g_strdup_printf ("%s · %s · %s",
                                          haven_label_talk_kind (haven_record_get_int (r, HAVEN_TALK_KIND)),
                                          str (r, HAVEN_TALK_TALKER),
                                          _("Confidential"));
      else
        text->subtitle = g_strdup_printf ("%s · %s · %s",
                                          haven_label_talk_kind (haven_record_get_int (r, HAVEN_TALK_KIND)),
                                          str (r, HAVEN_TALK_TALKER),
                                          str (r, HAVEN_TALK_CONTENT));
      text->note = g_strdup (str (r, HAVEN_TALK_DATE));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
update_row (GtkListItem *item)
{
  HavenRecordPage *self = g_object_get_data (G_OBJECT (item), "page");
  HavenRecord *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (box));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *note = gtk_widget_get_last_child (box);
  RowText text = { 0 };

  if (record == NULL || !haven_record_get_loaded (record))
    {
      gtk_label_set_label (GTK_LABEL (title), "");
      gtk_label_set_label (GTK_LABEL (subtitle), "");
      gtk_label_set_label (GTK_LABEL (note), "");
      return;
    }

  describe (self->kind, record, &text);
  gtk_label_set_label (GTK_LABEL (title), text.title);
  gtk_label_set_label (GTK_LABEL (subtitle), text.subtitle);
  gtk_label_set_label (GTK_LABEL (note), text.note);
  row_text_clear (&text);
}

static void
record_loaded_cb (HavenRecord *record,
                  GParamSpec  *pspec,
                  GtkListItem *item)
{
  update_row (item);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenRecordPage          *self)
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
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
  g_object_set_data (G_OBJECT (item), "page", self);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenRecordPage          *self)
{
  HavenRecord *record = gtk_list_item_get_item (item);

  g_signal_connect_object (record, "notify::loaded", G_CALLBACK (record_loaded_cb), item, 0);
  update_row (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenRecordPage          *self)
{
  HavenRecord *record = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (record, record_loaded_cb, item);
}

static void
update_state (HavenRecordPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *count = NULL;

  if (haven_record_list_get_loading (self->list) && n == 0)
    return;

  count = g_strdup_printf ("%u", n);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
list_changed_cb (HavenRecordPage *self)
{
  update_state (self);
}

static void
search_changed_cb (HavenRecordPage *self,
                   GtkSearchEntry  *entry)
{
  if (self->query != NULL)
    haven_query_set_search (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
setup_empty_page (HavenRecordPage *self)
{
  switch (self->kind)
    {
    case KIND_PAIRINGS:
      adw_status_page_set_icon_name (self->empty_page, "emblem-shared-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Pairings"));
      adw_status_page_set_description (self->empty_page, _("Every child should have at least one mentor: a teacher, a caring parent, a peer buddy or a volunteer."));
      g_object_set (self->search_entry, "placeholder-text", _("Search mentors and children"), NULL);
      break;
    case KIND_ACTIVITIES:
      adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Activities"));
      adw_status_page_set_description (self->empty_page, _("Plan the term’s birthday parties, letters home, lectures and parent meetings here."));
      g_object_set (self->search_entry, "placeholder-text", _("Search activities"), NULL);
      break;
    case KIND_TALKS:
      adw_status_page_set_icon_name (self->empty_page, "user-available-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Talks Recorded"));
      adw_status_page_set_description (self->empty_page, _("Record each month’s talk with every child, and the mentors’ weekly talks."));
      g_object_set (self->search_entry, "placeholder-text", _("Search by child or teacher"), NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
haven_record_page_set_store (HavenRecordPage *self,
                             HavenStore      *store)
{
  static const HavenQueryKind query_kinds[] = { HAVEN_QUERY_PAIRINGS, HAVEN_QUERY_ACTIVITIES, HAVEN_QUERY_TALKS };
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (HAVEN_IS_RECORD_PAGE (self));
  g_return_if_fail (self->list == NULL);

  self->query = haven_query_new (query_kinds[self->kind]);
  self->list = haven_record_list_new (store, self->query);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

GListModel *
haven_record_page_get_model (HavenRecordPage *self)
{
  g_return_val_if_fail (HAVEN_IS_RECORD_PAGE (self), NULL);
  return self->list != NULL ? G_LIST_MODEL (self->list) : NULL;
}

static void
haven_record_page_dispose (GObject *object)
{
  HavenRecordPage *self = HAVEN_RECORD_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_RECORD_PAGE);
  /* The template's unnamed top child is ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->list);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (haven_record_page_parent_class)->dispose (object);
}

static void
haven_record_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HavenRecordPage *self = HAVEN_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, kind_names[self->kind]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HavenRecordPage *self = HAVEN_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
        if (g_strcmp0 (kind_names[i], g_value_get_string (value)) == 0)
          self->kind = i;
      setup_empty_page (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_record_page_class_init (HavenRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_record_page_dispose;
  object_class->get_property = haven_record_page_get_property;
  object_class->set_property = haven_record_page_set_property;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "pairings",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenRecordPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HavenRecordPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
haven_record_page_init (HavenRecordPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
