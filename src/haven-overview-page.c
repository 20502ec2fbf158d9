/* haven-overview-page.c: what is due, and the school's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-overview-page.h"
#include "haven-school-info.h"
#include "haven-store-overview.h"

struct _HavenOverviewPage
{
  GtkWidget     parent_instance;

  GtkLabel     *school_label;
  GtkLabel     *rate_label;
  GtkLevelBar  *rate_bar;
  GtkLabel     *rate_detail;
  GtkLabel     *talks_due_label;
  GtkLabel     *follow_ups_label;
  GtkLabel     *incomplete_label;
  GtkLabel     *unpaired_label;
  GtkLabel     *overloaded_label;
  GtkLabel     *birthdays_label;
  GtkLabel     *talks_label;
  GtkLabel     *activities_label;
  GtkLabel     *children_label;
  GtkLabel     *key_support_label;
  GtkLabel     *classes_label;

  HavenContext *context;      /* owned */
  HavenStore   *store;        /* borrowed from the context */
  GCancellable *cancellable;  /* owned */
  guint         refresh_source;
};

G_DEFINE_FINAL_TYPE (HavenOverviewPage, haven_overview_page, GTK_TYPE_WIDGET)

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
  if (count > 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "due");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "due");
}

static void
set_count_of (GtkLabel *label,
              guint     count,
              guint     total)
{
  /* Translators: a count out of a total, as in "12 of 300". */
  g_autofree char *text = g_strdup_printf (_("%u of %u"), count, total);

  gtk_label_set_label (label, text);
}

static void
show_overview (HavenOverviewPage   *self,
               const HavenOverview *o)
{
  double rate = o->children > 0 ? (double) o->complete / o->children : 0.0;
  g_autofree char *percent = g_strdup_printf ("%.1f%%", rate * 100.0);
  g_autofree char *detail = NULL;
  g_autofree char *classes = NULL;

  gtk_label_set_label (self->rate_label, percent);
  gtk_level_bar_set_value (self->rate_bar, rate);
  detail = g_strdup_printf (ngettext ("%u of %u child has a complete file.",
                                      "%u of %u children have a complete file.",
                                      o->children),
                            o->complete, o->children);
  gtk_label_set_label (self->rate_detail, detail);

  set_count (self->talks_due_label, o->children - MIN (o->talked_this_month, o->children));
  set_count (self->follow_ups_label, o->follow_ups_due);
  set_count (self->incomplete_label, o->children - MIN (o->complete, o->children));
  set_count (self->unpaired_label, o->children - MIN (o->paired, o->children));
  set_count (self->overloaded_label, o->mentors_overloaded);
  set_count (self->birthdays_label, o->birthdays_this_month);
  set_count (self->activities_label, o->activities_ahead);
  {
    g_autofree char *talks = g_strdup_printf ("%u", o->talks_this_month);
    gtk_label_set_label (self->talks_label, talks);
  }
  {
    g_autofree char *children = g_strdup_printf ("%u", o->children);
    gtk_label_set_label (self->children_label, children);
  }
  set_count_of (self->key_support_label, o->key_support, o->children);
  {
    g_autofree char *n_classes = g_strdup_printf (ngettext ("%u class", "%u classes", o->classes), o->classes);
    /* Translators: the people working at the school, teachers and others. */
    g_autofree char *n_staff = g_strdup_printf (ngettext ("%u staff member", "%u staff members", o->staff),
                                                o->staff);

    /* Translators: "12 classes, 30 staff members". */
    classes = g_strdup_printf (C_("classes and staff", "%s, %s"), n_classes, n_staff);
  }
  gtk_label_set_label (self->classes_label, classes);
}

static void
overview_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenOverviewPage) self = user_data;
  g_autoptr(HavenOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  overview = haven_store_overview_finish (HAVEN_STORE (object), result, &error);
  if (overview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->rate_detail, error->message);
      return;
    }
  show_overview (self, overview);
}

static gboolean
refresh_cb (gpointer user_data)
{
  HavenOverviewPage *self = user_data;

  self->refresh_source = 0;
  haven_store_overview_async (self->store, NULL, self->cancellable, overview_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (HavenOverviewPage *self)
{
  /* A burst of saves makes one refresh. */
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (250, refresh_cb, self);
}

static void
store_changed_cb (HavenOverviewPage *self,
                  GType              type,
                  gint64             id,
                  HavenStore        *store)
{
  queue_refresh (self);
}

static void
school_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenOverviewPage) self = user_data;
  g_autoptr(HavenRecord) school = haven_store_load_finish (HAVEN_STORE (object), result, NULL);

  /* A new database has no school yet: the heading stays empty. */
  if (school != NULL)
    gtk_label_set_label (self->school_label, haven_record_get_string (school, HAVEN_SCHOOL_INFO_NAME));
}

HavenContext *
haven_overview_page_get_context (HavenOverviewPage *self)
{
  g_return_val_if_fail (HAVEN_IS_OVERVIEW_PAGE (self), NULL);
  return self->context;
}

void
haven_overview_page_set_context (HavenOverviewPage *self,
                                 HavenContext      *context)
{
  g_return_if_fail (HAVEN_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = haven_context_get_store (context);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  haven_store_load_async (self->store, HAVEN_TYPE_SCHOOL_INFO, 1, self->cancellable,
                          school_loaded_cb, g_object_ref (self));
  refresh_cb (self);
}

static void
haven_overview_page_dispose (GObject *object)
{
  HavenOverviewPage *self = HAVEN_OVERVIEW_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_OVERVIEW_PAGE);
  /* The template's unnamed top child is ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->store = NULL;
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (haven_overview_page_parent_class)->dispose (object);
}

static void
haven_overview_page_class_init (HavenOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_overview_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, school_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_detail);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, talks_due_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, follow_ups_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, incomplete_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, unpaired_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, overloaded_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, birthdays_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, talks_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, activities_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, children_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, key_support_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, classes_label);
}

static void
haven_overview_page_init (HavenOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
