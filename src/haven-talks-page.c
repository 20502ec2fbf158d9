/* haven-talks-page.c: the talk records (谈心记录)
 *
 * A searchable list for now; its issue turns it into its own view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-talks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-talks-page.h"
#include "haven-record-list-view.h"
#include "haven-talk-query.h"
#include "haven-talk.h"

struct _HavenTalksPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  HavenRecordListView *list_view;

  /* Owned */
  HavenContext        *context;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenTalksPage, haven_talks_page, GTK_TYPE_WIDGET)

static void
describe_talk (HavenRecord  *r,
               HavenRowText *text)
{
  g_autofree char *topics = haven_label_topics (haven_record_get_int (r, HAVEN_TALK_TOPICS));
  const char *kind = haven_label_talk_kind (haven_record_get_int (r, HAVEN_TALK_KIND));
  const char *talker = haven_record_get_string (r, HAVEN_TALK_TALKER);

  text->title = g_strdup_printf ("%s · %s", haven_record_get_string (r, HAVEN_TALK_CHILD_NAME),
                                 haven_record_get_string (r, HAVEN_TALK_CLASS_NAME));
  /* A list never holds what was said: a confidential talk shows only that
   * it exists. */
  if (haven_record_get_int (r, HAVEN_TALK_CONFIDENTIAL))
    text->subtitle = g_strdup_printf ("%s · %s · %s", kind, talker, _("Confidential"));
  else if (*topics != '\0')
    text->subtitle = g_strdup_printf ("%s · %s · %s", kind, talker, topics);
  else
    text->subtitle = g_strdup_printf ("%s · %s", kind, talker);
  text->note = g_strdup (haven_record_get_string (r, HAVEN_TALK_DATE));
}

/* A row opens its child's file. */
static void
activated_cb (HavenTalksPage *self,
              gint64 id,
              HavenRecordListView *view)
{
  HavenRecordList *list = haven_record_list_view_get_list (view);
  guint position = haven_record_list_find (list, id);
  g_autoptr(HavenRecord) record = NULL;

  g_assert (HAVEN_IS_TALKS_PAGE (self));

  if (position == G_MAXUINT)
    return;
  record = g_list_model_get_item (G_LIST_MODEL (list), position);
  if (haven_record_get_loaded (record))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-child", "x",
                                haven_record_get_ref (record, HAVEN_TALK_CHILD_ID));
}

static void
haven_talks_page_dispose (GObject *object)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_TALKS_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_talks_page_parent_class)->dispose (object);
}

static void
haven_talks_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);

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
haven_talks_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HavenTalksPage *self = HAVEN_TALKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_talks_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_talks_page_class_init (HavenTalksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_talks_page_dispose;
  object_class->get_property = haven_talks_page_get_property;
  object_class->set_property = haven_talks_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_RECORD_LIST_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-talks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenTalksPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
haven_talks_page_init (HavenTalksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HavenContext *
haven_talks_page_get_context (HavenTalksPage *self)
{
  g_return_val_if_fail (HAVEN_IS_TALKS_PAGE (self), NULL);
  return self->context;
}

void
haven_talks_page_set_context (HavenTalksPage *self,
                              HavenContext *context)
{
  g_autoptr(HavenQuery) query = NULL;

  g_return_if_fail (HAVEN_IS_TALKS_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  query = HAVEN_QUERY (haven_talk_query_new ());
  haven_record_list_view_set_list (self->list_view, context, query, describe_talk);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
