/* haven-calendar-page.c: the activity calendar (活动行事历)
 *
 * A searchable list for now; its issue turns it into its own view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-calendar-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-calendar-page.h"
#include "haven-record-list-view.h"
#include "haven-activity-query.h"
#include "haven-activity.h"

struct _HavenCalendarPage
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

G_DEFINE_FINAL_TYPE (HavenCalendarPage, haven_calendar_page, GTK_TYPE_WIDGET)

static void
describe_activity (HavenRecord  *r,
                   HavenRowText *text)
{
  const char *place = haven_record_get_string (r, HAVEN_ACTIVITY_PLACE);
  const char *type = haven_label_activity_type (haven_record_get_int (r, HAVEN_ACTIVITY_TYPE));
  const char *recurrence = haven_label_recurrence (haven_record_get_int (r, HAVEN_ACTIVITY_RECURRENCE));

  text->title = g_strdup (haven_record_get_string (r, HAVEN_ACTIVITY_TITLE));
  text->subtitle = *place != '\0' ? g_strdup_printf ("%s · %s · %s", type, place, recurrence)
                                  : g_strdup_printf ("%s · %s", type, recurrence);
  text->note = g_strdup (haven_record_get_string (r, HAVEN_ACTIVITY_STARTS_AT));
}

static void
haven_calendar_page_dispose (GObject *object)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CALENDAR_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_calendar_page_parent_class)->dispose (object);
}

static void
haven_calendar_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

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
haven_calendar_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenCalendarPage *self = HAVEN_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      haven_calendar_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_calendar_page_class_init (HavenCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_calendar_page_dispose;
  object_class->get_property = haven_calendar_page_get_property;
  object_class->set_property = haven_calendar_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_RECORD_LIST_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenCalendarPage, list_view);
}

static void
haven_calendar_page_init (HavenCalendarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HavenContext *
haven_calendar_page_get_context (HavenCalendarPage *self)
{
  g_return_val_if_fail (HAVEN_IS_CALENDAR_PAGE (self), NULL);
  return self->context;
}

void
haven_calendar_page_set_context (HavenCalendarPage *self,
                                 HavenContext *context)
{
  g_autoptr(HavenQuery) query = NULL;

  g_return_if_fail (HAVEN_IS_CALENDAR_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  query = HAVEN_QUERY (haven_activity_query_new ());
  haven_record_list_view_set_list (self->list_view, context, query, describe_activity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
