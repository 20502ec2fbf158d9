/* haven-overview-page.c: the start page: what is due, and the figures
 *
 * Every item opens its place already filtered: the overdue children of a
 * rule in the due list, a class's talks this month, the follow-ups due,
 * the archive's incomplete, unpaired or at-risk children, the birthdays
 * of the next two weeks. The figures come from two jobs on the store's
 * worker, refreshed a moment after the records change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-model-enums.h"
#include "haven-overview-page.h"
#include "haven-school-info.h"
#include "haven-store-due.h"
#include "haven-store-overview.h"

/* Classes shown at most, those with the fewest talks first. */
#define MAX_CLASSES 12

struct _HavenOverviewPage
{
  GtkWidget     parent_instance;

  GtkLabel     *school_label;
  GtkLabel     *rate_label;
  GtkLevelBar  *rate_bar;
  GtkLabel     *rate_detail;
  GtkLabel     *incomplete_label;
  GtkListBox   *due_box;
  GtkListBox   *coverage_box;
  GtkLabel     *follow_ups_label;
  GtkLabel     *care_risk_label;
  GtkLabel     *unpaired_label;
  GtkLabel     *overloaded_label;
  GtkLabel     *birthdays_label;
  GtkLabel     *activities_label;
  GtkLabel     *children_label;
  GtkLabel     *key_support_label;
  GtkLabel     *talks_label;
  GtkLabel     *classes_label;

  HavenContext *context;      /* owned */
  HavenStore   *store;        /* borrowed from the context */
  GCancellable *cancellable;  /* owned */
  GCancellable *refreshing;   /* owned: the figures' jobs, while out */
  guint         refresh_source;
  guint         pending;      /* jobs not back yet */
  gboolean      stale;        /* changed while not shown */
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
set_number (GtkLabel *label,
            guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_label (label, text);
}

static void
clear_box (GtkListBox *box)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, row);
}

/* A row that opens the due list filtered by target. */
static GtkWidget *
due_row (const char *title,
         const char *subtitle,
         const char *target,
         GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-due");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  return row;
}

static gboolean
sees_whole_school (HavenOverviewPage *self)
{
  HavenSession *session = haven_context_get_session (self->context);

  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  if (session == NULL)
    return TRUE;
  switch (haven_session_get_role (session))
    {
    case HAVEN_STAFF_ROLE_HEADTEACHER:
    case HAVEN_STAFF_ROLE_COUNSELLOR:
    case HAVEN_STAFF_ROLE_VIEWER:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
show_due (HavenOverviewPage     *self,
          const HavenDueSummary *s)
{
  g_autoptr(GEnumClass) rules = g_type_class_ref (HAVEN_TYPE_DUE_RULE_KIND);
  gboolean school = sees_whole_school (self);
  guint shown = 0;

  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  clear_box (self->due_box);
  for (guint rule = 0; rule < HAVEN_N_DUE_RULES; rule++)
    {
      guint overdue = s->school[rule][HAVEN_DUE_OVERDUE];
      guint soon = s->school[rule][HAVEN_DUE_SOON];
      guint mine = s->mine[rule][HAVEN_DUE_OVERDUE];
      g_autofree char *target = g_strdup_printf ("rule=%s;status=overdue;scope=school",
                                                 g_enum_get_value (rules, rule)->value_nick);
      g_autofree char *subtitle = NULL;
      GtkWidget *count;

      if (!s->active[rule])
        continue;
      if (!school && mine > 0)
        /* Translators: under a rule on the overview: how many are due soon
         * in the school, and how many of the person's own children are
         * overdue. */
        subtitle = g_strdup_printf (ngettext ("%u due soon · %u of your children overdue",
                                              "%u due soon · %u of your children overdue", mine),
                                    soon, mine);
      else if (soon > 0)
        subtitle = g_strdup_printf (ngettext ("%u due soon", "%u due soon", soon), soon);
      count = gtk_label_new (NULL);
      gtk_widget_add_css_class (count, "overview-count");
      set_count (GTK_LABEL (count), overdue);
      gtk_list_box_append (self->due_box, due_row (haven_label_due_rule (rule), subtitle, target, count));
      shown++;
    }
  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->due_box))), shown > 0);
}

static int
compare_coverage (gconstpointer pa,
                  gconstpointer pb)
{
  const HavenClassCoverage *a = *(HavenClassCoverage * const *) pa;
  const HavenClassCoverage *b = *(HavenClassCoverage * const *) pb;
  /* The share talked with, as cross products: no division by zero. */
  guint64 left = (guint64) a->talked * b->children;
  guint64 right = (guint64) b->talked * a->children;

  return (left > right) - (left < right);
}

static void
show_coverage (HavenOverviewPage     *self,
               const HavenDueSummary *s)
{
  g_autoptr(GPtrArray) classes = g_ptr_array_new ();
  guint shown = MIN (s->classes->len, MAX_CLASSES);

  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  clear_box (self->coverage_box);
  for (guint i = 0; i < s->classes->len; i++)
    g_ptr_array_add (classes, g_ptr_array_index (s->classes, i));
  /* Stable: classes of the same share keep their order. */
  g_ptr_array_sort (classes, compare_coverage);

  for (guint i = 0; i < shown; i++)
    {
      HavenClassCoverage *c = g_ptr_array_index (classes, i);
      g_autofree char *target = g_strdup_printf ("rule=class-talk;status=all;scope=school;class=%" G_GINT64_FORMAT,
                                                 c->class_id);
      /* Translators: children of a class talked with this month, "8 of 12". */
      g_autofree char *count_text = g_strdup_printf (_("%u of %u"), c->talked, c->children);
      GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (1, c->children));
      GtkWidget *count = gtk_label_new (count_text);

      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), c->talked);
      gtk_widget_set_size_request (bar, 120, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, count_text, -1);
      gtk_widget_add_css_class (count, "overview-count");
      gtk_label_set_width_chars (GTK_LABEL (count), 8);
      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_box_append (GTK_BOX (suffix), bar);
      gtk_box_append (GTK_BOX (suffix), count);
      gtk_list_box_append (self->coverage_box,
                           due_row (*c->class_name != '\0' ? c->class_name : _("No class"), NULL, target, suffix));
    }
  if (s->classes->len > MAX_CLASSES)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("Every class: %u more", "Every class: %u more",
                                                         s->classes->len - MAX_CLASSES),
                                               s->classes->len - MAX_CLASSES);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_list_box_append (self->coverage_box,
                           due_row (more, NULL, "rule=class-talk;status=pending;scope=school", arrow));
    }
  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->coverage_box))), shown > 0);
}

static void
show_summary (HavenOverviewPage     *self,
              const HavenDueSummary *s)
{
  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  show_due (self, s);
  show_coverage (self, s);
  set_count (self->care_risk_label, s->care_risk);
  set_number (self->birthdays_label, s->birthdays_ahead);
}

static void
show_overview (HavenOverviewPage   *self,
               const HavenOverview *o)
{
  double rate = o->children > 0 ? (double) o->complete / o->children : 0.0;
  g_autofree char *percent = g_strdup_printf ("%.1f%%", rate * 100.0);
  g_autofree char *detail = NULL;
  g_autofree char *incomplete = NULL;
  g_autofree char *classes = NULL;
  guint missing = o->children - MIN (o->complete, o->children);

  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  gtk_label_set_label (self->rate_label, percent);
  gtk_level_bar_set_value (self->rate_bar, rate);
  detail = g_strdup_printf (ngettext ("%u of %u child has a complete file.",
                                      "%u of %u children have a complete file.",
                                      o->children),
                            o->complete, o->children);
  gtk_label_set_label (self->rate_detail, detail);
  incomplete = g_strdup_printf (ngettext ("%u to complete", "%u to complete", missing), missing);
  gtk_label_set_label (self->incomplete_label, incomplete);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->incomplete_label)), missing > 0);

  set_count (self->follow_ups_label, o->follow_ups_due);
  set_count (self->unpaired_label, o->children - MIN (o->paired, o->children));
  set_count (self->overloaded_label, o->mentors_overloaded);
  set_number (self->activities_label, o->activities_ahead);
  set_number (self->talks_label, o->talks_this_month);
  set_number (self->children_label, o->children);
  {
    /* Translators: a count out of a total, as in "12 of 300". */
    g_autofree char *text = g_strdup_printf (_("%u of %u"), o->key_support, o->children);
    gtk_label_set_label (self->key_support_label, text);
  }
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
  self->pending--;
  if (overview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->rate_detail, error->message);
      return;
    }
  show_overview (self, overview);
}

static void
summary_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenOverviewPage) self = user_data;
  g_autoptr(HavenDueSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = haven_store_due_summary_finish (HAVEN_STORE (object), result, &error);
  self->pending--;
  if (summary == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }
  show_summary (self, summary);
}

static gboolean
refresh_cb (gpointer user_data)
{
  HavenOverviewPage *self = user_data;

  self->refresh_source = 0;
  self->pending += 2;
  if (self->refreshing == NULL)
    self->refreshing = g_cancellable_new ();
  haven_store_overview_async (self->store, NULL, self->refreshing, overview_cb, g_object_ref (self));
  haven_store_due_summary_async (self->store, NULL, self->refreshing, summary_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (HavenOverviewPage *self)
{
  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  /* The figures take the worker seconds at county scale: they are worked
   * out when the page shows, not for every save in another view. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  /* A burst of saves makes one refresh. */
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (250, refresh_cb, self);
}

/* Left before the figures came: their jobs stop, and run again when the
 * page shows, so they do not hold up the view shown instead. */
static void
haven_overview_page_unmap (GtkWidget *widget)
{
  HavenOverviewPage *self = HAVEN_OVERVIEW_PAGE (widget);

  if (self->refresh_source != 0 || self->pending > 0)
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      if (self->refreshing != NULL)
        g_cancellable_cancel (self->refreshing);
      g_clear_object (&self->refreshing);
      self->stale = TRUE;
    }

  GTK_WIDGET_CLASS (haven_overview_page_parent_class)->unmap (widget);
}

static void
haven_overview_page_map (GtkWidget *widget)
{
  HavenOverviewPage *self = HAVEN_OVERVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (haven_overview_page_parent_class)->map (widget);

  if (self->stale && self->store != NULL)
    {
      self->stale = FALSE;
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh_cb (self);
    }
}

static void
store_changed_cb (HavenOverviewPage *self,
                  GType              type,
                  gint64             id,
                  HavenStore        *store)
{
  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  queue_refresh (self);
}

static void
session_changed_cb (HavenOverviewPage *self)
{
  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  /* "My children" are someone else's now. */
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
  g_signal_connect_object (context, "notify::session", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  haven_store_load_async (self->store, HAVEN_TYPE_SCHOOL_INFO, 1, self->cancellable,
                          school_loaded_cb, g_object_ref (self));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_cb (self);
  else
    self->stale = TRUE;
}

gboolean
haven_overview_page_get_refreshing (HavenOverviewPage *self)
{
  g_return_val_if_fail (HAVEN_IS_OVERVIEW_PAGE (self), FALSE);
  /* Stale: its jobs were called off, and run again when it shows. */
  return !self->stale && (self->refresh_source != 0 || self->pending > 0);
}

GtkListBox *
haven_overview_page_get_due_box (HavenOverviewPage *self)
{
  g_return_val_if_fail (HAVEN_IS_OVERVIEW_PAGE (self), NULL);
  return self->due_box;
}

GtkListBox *
haven_overview_page_get_coverage_box (HavenOverviewPage *self)
{
  g_return_val_if_fail (HAVEN_IS_OVERVIEW_PAGE (self), NULL);
  return self->coverage_box;
}

static void
haven_overview_page_dispose (GObject *object)
{
  HavenOverviewPage *self = HAVEN_OVERVIEW_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  if (self->refreshing != NULL)
    g_cancellable_cancel (self->refreshing);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_OVERVIEW_PAGE);
  /* The template's unnamed top child is ours to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->store = NULL;
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->refreshing);

  G_OBJECT_CLASS (haven_overview_page_parent_class)->dispose (object);
}

static void
haven_overview_page_class_init (HavenOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_overview_page_dispose;
  widget_class->map = haven_overview_page_map;
  widget_class->unmap = haven_overview_page_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, school_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, rate_detail);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, incomplete_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, due_box);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, coverage_box);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, follow_ups_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, care_risk_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, unpaired_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, overloaded_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, birthdays_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, activities_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, children_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, key_support_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, talks_label);
  gtk_widget_class_bind_template_child (widget_class, HavenOverviewPage, classes_label);
}

static void
haven_overview_page_init (HavenOverviewPage *self)
{
  g_assert (HAVEN_IS_OVERVIEW_PAGE (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
