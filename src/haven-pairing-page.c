/* haven-pairing-page.c: the mentor pairings (结对帮扶)
 *
 * A searchable list for now; its issue turns it into its own view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-pairing-page.h"
#include "haven-record-list-view.h"
#include "haven-pairing-query.h"
#include "haven-pairing.h"

struct _HavenPairingPage
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

G_DEFINE_FINAL_TYPE (HavenPairingPage, haven_pairing_page, GTK_TYPE_WIDGET)

static void
describe_pairing (HavenRecord  *r,
                  HavenRowText *text)
{
  const char *schedule = haven_record_get_string (r, HAVEN_PAIRING_PLAN_SCHEDULE);

  text->title = g_strdup_printf ("%s · %s", haven_record_get_string (r, HAVEN_PAIRING_CHILD_NAME),
                                 haven_record_get_string (r, HAVEN_PAIRING_CLASS_NAME));
  if (*schedule != '\0')
    /* Translators: the mentor's name, the kind of mentor, and the plan's schedule. */
    text->subtitle = g_strdup_printf (_("Mentor: %s, %s · %s"), haven_record_get_string (r, HAVEN_PAIRING_MENTOR_NAME),
                                      haven_label_mentor_kind (haven_record_get_int (r, HAVEN_PAIRING_MENTOR_KIND)),
                                      schedule);
  else
    /* Translators: the mentor's name and the kind of mentor. */
    text->subtitle = g_strdup_printf (_("Mentor: %s, %s"), haven_record_get_string (r, HAVEN_PAIRING_MENTOR_NAME),
                                      haven_label_mentor_kind (haven_record_get_int (r, HAVEN_PAIRING_MENTOR_KIND)));
  /* Translators: the day a pairing started. */
  text->note = g_strdup_printf (_("Since %s"), haven_record_get_string (r, HAVEN_PAIRING_START_DATE));
}

/* A row opens its child's file. */
static void
activated_cb (HavenPairingPage *self,
              gint64 id,
              HavenRecordListView *view)
{
  HavenRecordList *list = haven_record_list_view_get_list (view);
  guint position = haven_record_list_find (list, id);
  g_autoptr(HavenRecord) record = NULL;

  g_assert (HAVEN_IS_PAIRING_PAGE (self));

  if (position == G_MAXUINT)
    return;
  record = g_list_model_get_item (G_LIST_MODEL (list), position);
  if (haven_record_get_loaded (record))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-child", "x",
                                haven_record_get_ref (record, HAVEN_PAIRING_CHILD_ID));
}

static void
haven_pairing_page_dispose (GObject *object)
{
  HavenPairingPage *self = HAVEN_PAIRING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_pairing_page_parent_class)->dispose (object);
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
  object_class->get_property = haven_pairing_page_get_property;
  object_class->set_property = haven_pairing_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_RECORD_LIST_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
haven_pairing_page_init (HavenPairingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HavenContext *
haven_pairing_page_get_context (HavenPairingPage *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_PAGE (self), NULL);
  return self->context;
}

void
haven_pairing_page_set_context (HavenPairingPage *self,
                                HavenContext *context)
{
  g_autoptr(HavenQuery) query = NULL;

  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  query = HAVEN_QUERY (haven_pairing_query_new ());
  haven_record_list_view_set_list (self->list_view, context, query, describe_pairing);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
