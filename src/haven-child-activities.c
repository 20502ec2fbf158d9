/* haven-child-activities.c: how a child took part in the calendar's activities
 *
 * Counts come from the store (haven_store_child_participation_async()),
 * for the term today falls in and for everything on record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-activities"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-child-activities.h"
#include "haven-labels.h"
#include "haven-store-activities.h"
#include "haven-term.h"

struct _HavenChildActivities
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkWidget    *box;
  GtkLabel     *term_label;
  GtkLabel     *detail_label;

  /* Owned */
  HavenContext *context;
  GCancellable *cancellable;
  char         *term_name;
  char         *term_from;
  char         *term_to;
  char         *text;
  gint64        child_id;
  guint         reload_source;
};

G_DEFINE_FINAL_TYPE (HavenChildActivities, haven_child_activities, GTK_TYPE_WIDGET)

static char *
describe (const HavenParticipation *p)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: how a child took part; followed by letters written. */
  g_string_append_printf (text, ngettext ("took part in %u activity", "took part in %u activities", p->took_part),
                          p->took_part);
  if (p->letters > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, ngettext ("wrote %u letter home", "wrote %u letters home", p->letters), p->letters);
    }
  if (p->absent > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, ngettext ("absent %u time", "absent %u times", p->absent), p->absent);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
all_time_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenChildActivities) self = user_data;
  g_autofree HavenParticipation *p = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *all = NULL;
  g_autofree char *detail = NULL;

  p = haven_store_child_participation_finish (HAVEN_STORE (object), result, &error);
  if (p == NULL)
    return;
  for (guint type = 0; type < G_N_ELEMENTS (p->by_type); type++)
    if (p->by_type[type] > 0)
      /* Translators: a kind of activity and how often the child took part, "Birthday party 1". */
      g_string_append_printf (kinds, "%s%s %u", kinds->len > 0 ? _(", ") : "",
                              haven_label_activity_type (type), p->by_type[type]);
  all = describe (p);
  /* Translators: a child's part in activities over all the records; %s is the counts. */
  detail = kinds->len > 0 ? g_strdup_printf (_("In all: %s (%s)."), all, kinds->str)
                          : g_strdup_printf (_("In all: %s."), all);
  gtk_label_set_label (self->detail_label, detail);
}

static void
term_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(HavenChildActivities) self = user_data;
  g_autofree HavenParticipation *p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;

  p = haven_store_child_participation_finish (HAVEN_STORE (object), result, &error);
  if (p == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->term_label, error->message);
      return;
    }
  counts = describe (p);
  g_free (self->text);
  if (self->term_name != NULL)
    /* Translators: %s is a term, then what the child did in it. */
    self->text = g_strdup_printf (_("In %s: %s."), self->term_name, counts);
  else
    self->text = g_strdup_printf (_("So far: %s."), counts);
  gtk_label_set_label (self->term_label, self->text);
}

static void
reload (HavenChildActivities *self)
{
  HavenStore *store;

  g_assert (HAVEN_IS_CHILD_ACTIVITIES (self));

  if (self->context == NULL || self->child_id == 0)
    return;
  store = haven_context_get_store (self->context);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  haven_store_child_participation_async (store, self->child_id, self->term_from, self->term_to, self->cancellable,
                                         term_cb, g_object_ref (self));
  haven_store_child_participation_async (store, self->child_id, NULL, NULL, self->cancellable,
                                         all_time_cb, g_object_ref (self));
}

static void
terms_fetched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenChildActivities) self = user_data;
  g_autoptr(GPtrArray) terms = haven_store_fetch_finish (HAVEN_STORE (object), result, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  /* The term today falls in; otherwise the counts are of everything. */
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      HavenRecord *term = g_ptr_array_index (terms, i);
      const char *start = haven_record_get_string (term, HAVEN_TERM_START_DATE);
      const char *end = haven_record_get_string (term, HAVEN_TERM_END_DATE);
      GDate last;

      if (g_strcmp0 (start, today) <= 0 && g_strcmp0 (today, end) <= 0 && haven_date_parse_iso (end, &last))
        {
          g_date_add_days (&last, 1);
          g_free (self->term_name);
          g_free (self->term_from);
          g_free (self->term_to);
          self->term_name = g_strdup (haven_record_get_string (term, HAVEN_TERM_NAME));
          self->term_from = g_strdup (start);
          self->term_to = haven_date_format_iso (&last);
          break;
        }
    }
  reload (self);
}

static void
terms_found_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenChildActivities) self = user_data;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_TERM, ids, NULL, NULL, terms_fetched_cb,
                           g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  HavenChildActivities *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (HavenChildActivities *self,
                  GType                 type,
                  gint64                id,
                  HavenStore           *store)
{
  g_assert (HAVEN_IS_CHILD_ACTIVITIES (self));

  if ((type == HAVEN_TYPE_ATTENDANCE || type == HAVEN_TYPE_ACTIVITY || type == HAVEN_TYPE_RECORD)
      && self->reload_source == 0)
    self->reload_source = g_timeout_add (200, reload_cb, self);
}

static void
haven_child_activities_dispose (GObject *object)
{
  HavenChildActivities *self = HAVEN_CHILD_ACTIVITIES (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_ACTIVITIES);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_child_activities_parent_class)->dispose (object);
}

static void
haven_child_activities_finalize (GObject *object)
{
  HavenChildActivities *self = HAVEN_CHILD_ACTIVITIES (object);

  g_free (self->term_name);
  g_free (self->term_from);
  g_free (self->term_to);
  g_free (self->text);

  G_OBJECT_CLASS (haven_child_activities_parent_class)->finalize (object);
}

static void
haven_child_activities_class_init (HavenChildActivitiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_child_activities_dispose;
  object_class->finalize = haven_child_activities_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-activities.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildActivities, box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildActivities, term_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildActivities, detail_label);
}

static void
haven_child_activities_init (HavenChildActivities *self)
{
  g_assert (HAVEN_IS_CHILD_ACTIVITIES (self));

  gtk_widget_init_template (GTK_WIDGET (self));
}

void
haven_child_activities_set_context (HavenChildActivities *self,
                                    HavenContext         *context)
{
  g_autoptr(HavenQuery) terms = NULL;

  g_return_if_fail (HAVEN_IS_CHILD_ACTIVITIES (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  terms = haven_query_new (HAVEN_TYPE_TERM);
  haven_store_query_async (haven_context_get_store (context), terms, NULL, terms_found_cb, g_object_ref (self));
}

void
haven_child_activities_set_child_id (HavenChildActivities *self,
                                     gint64                child_id)
{
  g_return_if_fail (HAVEN_IS_CHILD_ACTIVITIES (self));

  if (self->child_id == child_id)
    return;
  self->child_id = child_id;
  gtk_label_set_label (self->term_label, "");
  gtk_label_set_label (self->detail_label, "");
  reload (self);
}

const char *
haven_child_activities_get_text (HavenChildActivities *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_ACTIVITIES (self), NULL);
  return self->text;
}
