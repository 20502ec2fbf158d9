/* haven-due-rules-group.c: the school's due rules, in Preferences
 *
 * One expander per rule, its fields on form rows; a change is saved a
 * moment after the last keystroke, once the model finds nothing wrong
 * with it. The due list and the overview follow through the store's
 * changed signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-due-rules-group"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-due-rules-group.h"
#include "haven-due-setting.h"
#include "haven-form-row.h"
#include "haven-labels.h"

/* How long typing rests before a change is saved, in ms. */
#define SAVE_DELAY 600

struct _HavenDueRulesGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Owned */
  HavenContext        *context;
  GCancellable        *cancellable;
  GPtrArray           *settings;   /* HavenDueSetting */
  GPtrArray           *expanders;  /* AdwExpanderRow, borrowed, parallel */
  GHashTable          *pending;    /* HavenRecord → source id */
  gboolean             filling;
  gboolean             read;       /* the settings came back */
};

G_DEFINE_FINAL_TYPE (HavenDueRulesGroup, haven_due_rules_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
summary_of (HavenRecord *setting)
{
  int rule = haven_record_get_int (setting, HAVEN_DUE_SETTING_RULE);
  int soon = haven_record_get_int (setting, HAVEN_DUE_SETTING_SOON_DAYS);
  g_autofree char *window = NULL;

  if (!haven_record_get_int (setting, HAVEN_DUE_SETTING_ACTIVE))
    return g_strdup (_("Off"));
  window = g_strdup_printf (ngettext ("due soon %d day ahead", "due soon %d days ahead", soon), soon);
  if (rule == HAVEN_DUE_RULE_PLAN_REVIEW)
    /* Translators: a plan review rule's summary: "On each review's day, due soon 7 days ahead". */
    return g_strdup_printf (_("On each review’s day, %s"), window);
  if (haven_record_get_int (setting, HAVEN_DUE_SETTING_TERM_DAYS_ONLY)
      || haven_record_get_int (setting, HAVEN_DUE_SETTING_PERIOD) == HAVEN_DUE_PERIOD_TERM)
    /* Translators: "Every month, due soon 7 days ahead, term days only". */
    return g_strdup_printf (_("%s, %s, term days only"),
                            haven_label_due_period (haven_record_get_int (setting, HAVEN_DUE_SETTING_PERIOD)), window);
  /* Translators: "Every month, due soon 7 days ahead". */
  return g_strdup_printf (_("%s, %s"), haven_label_due_period (haven_record_get_int (setting, HAVEN_DUE_SETTING_PERIOD)),
                          window);
}

static void
update_expander (AdwExpanderRow *expander,
                 HavenRecord    *setting)
{
  g_autofree char *summary = summary_of (setting);

  adw_expander_row_set_subtitle (expander, summary);
}

static void
report_error (HavenDueRulesGroup *self,
              const GError       *error)
{
  g_autofree char *text = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  text = g_strdup_printf (_("The rule was not saved. %s"), error->message);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
    }
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(HavenDueRulesGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (haven_store_save_finish (HAVEN_STORE (object), result, &error) == 0)
    report_error (self, error);
}

static void
show_problems (GtkWidget *container,
               GPtrArray *problems)
{
  for (GtkWidget *w = gtk_widget_get_first_child (container); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (HAVEN_IS_FORM_ROW (w))
        {
          haven_form_row_reveal (HAVEN_FORM_ROW (w));
          haven_form_row_set_problem (HAVEN_FORM_ROW (w),
                                      haven_problems_find (problems, haven_form_row_get_field (HAVEN_FORM_ROW (w))));
        }
      else
        show_problems (w, problems);
    }
}

static gboolean
save_now (HavenDueRulesGroup *self,
          HavenRecord        *setting)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;
  guint index;

  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  problems = haven_record_check (setting, &today);
  if (g_ptr_array_find (self->settings, setting, &index))
    show_problems (g_ptr_array_index (self->expanders, index), problems);
  /* A half-typed number waits until it is a good one. */
  if (haven_problems_first_error (problems) != NULL)
    return FALSE;
  haven_store_save_async (haven_context_get_store (self->context), setting, self->cancellable, saved_cb,
                          g_object_ref (self));
  return TRUE;
}

typedef struct
{
  HavenDueRulesGroup *self;     /* borrowed: the group removes its sources */
  HavenRecord        *setting;  /* owned */
} PendingSave;

static void
pending_save_free (PendingSave *save)
{
  g_object_unref (save->setting);
  g_free (save);
}

static gboolean
save_cb (gpointer user_data)
{
  PendingSave *save = user_data;

  g_hash_table_remove (save->self->pending, save->setting);
  save_now (save->self, save->setting);
  return G_SOURCE_REMOVE;
}

static void
setting_edited_cb (HavenDueRulesGroup *self,
                   GParamSpec         *pspec,
                   HavenRecord        *setting)
{
  guint index;
  guint source;
  PendingSave *save;

  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  if (self->filling || self->context == NULL || g_str_equal (pspec->name, "id") || g_str_equal (pspec->name, "uuid")
      || g_str_equal (pspec->name, "loaded"))
    return;
  if (g_ptr_array_find (self->settings, setting, &index))
    update_expander (g_ptr_array_index (self->expanders, index), setting);

  source = GPOINTER_TO_UINT (g_hash_table_lookup (self->pending, setting));
  if (source != 0)
    g_source_remove (source);
  save = g_new0 (PendingSave, 1);
  save->self = self;
  save->setting = g_object_ref (setting);
  source = g_timeout_add_full (G_PRIORITY_DEFAULT, SAVE_DELAY, save_cb, save, (GDestroyNotify) pending_save_free);
  g_hash_table_insert (self->pending, setting, GUINT_TO_POINTER (source));
}

static GtkWidget *
field_row (HavenRecord *setting,
           const char  *field,
           const char  *title)
{
  GtkWidget *row = g_object_new (HAVEN_TYPE_FORM_ROW, "field", field, "title", title, NULL);

  haven_form_row_set_record (HAVEN_FORM_ROW (row), setting);
  return row;
}

static void
add_rule (HavenDueRulesGroup *self,
          HavenRecord        *setting)
{
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (adw_expander_row_new ());
  gboolean review = haven_record_get_int (setting, HAVEN_DUE_SETTING_RULE) == HAVEN_DUE_RULE_PLAN_REVIEW;
  gboolean writer = haven_context_get_session (self->context) != NULL
                    && haven_session_can_write (haven_context_get_session (self->context));

  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                 haven_label_due_rule (haven_record_get_int (setting, HAVEN_DUE_SETTING_RULE)));
  adw_expander_row_add_row (expander, field_row (setting, "active", C_("form field", "Asked for")));
  if (!review)
    adw_expander_row_add_row (expander, field_row (setting, "period", C_("form field", "How often")));
  adw_expander_row_add_row (expander, field_row (setting, "soon-days", C_("form field", "Due soon, days ahead")));
  if (!review)
    adw_expander_row_add_row (expander, field_row (setting, "term-days-only", C_("form field", "Term days only")));
  gtk_widget_set_sensitive (GTK_WIDGET (expander), writer);
  update_expander (expander, setting);
  g_signal_connect_object (setting, "notify", G_CALLBACK (setting_edited_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (expander));
  g_ptr_array_add (self->settings, g_object_ref (setting));
  g_ptr_array_add (self->expanders, expander);
}

static void
settings_fetched_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(HavenDueRulesGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) settings = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);

  if (settings == NULL)
    {
      report_error (self, error);
      return;
    }
  self->filling = TRUE;
  for (guint i = 0; i < settings->len; i++)
    add_rule (self, g_ptr_array_index (settings, i));
  self->filling = FALSE;
  self->read = TRUE;
}

static void
settings_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenDueRulesGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (rows == NULL)
    {
      report_error (self, error);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_DUE_SETTING, ids, NULL, self->cancellable,
                           settings_fetched_cb, g_object_ref (self));
}

static void
defaults_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HavenDueRulesGroup *self = HAVEN_DUE_RULES_GROUP (widget);

  for (guint i = 0; i < self->settings->len; i++)
    {
      HavenRecord *setting = g_ptr_array_index (self->settings, i);
      HavenDueRule rule;

      haven_due_setting_default (haven_record_get_int (setting, HAVEN_DUE_SETTING_RULE), &rule);
      g_object_freeze_notify (G_OBJECT (setting));
      haven_record_set_int (setting, HAVEN_DUE_SETTING_PERIOD, rule.period);
      haven_record_set_int (setting, HAVEN_DUE_SETTING_SOON_DAYS, rule.soon_days);
      haven_record_set_int (setting, HAVEN_DUE_SETTING_TERM_DAYS_ONLY, rule.term_days_only);
      haven_record_set_int (setting, HAVEN_DUE_SETTING_ACTIVE, TRUE);
      g_object_thaw_notify (G_OBJECT (setting));
    }
}

void
haven_due_rules_group_flush (HavenDueRulesGroup *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (HAVEN_IS_DUE_RULES_GROUP (self));

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* Removing the source frees what it held: keep the record. */
      g_autoptr(HavenRecord) setting = g_object_ref (key);

      g_hash_table_iter_remove (&iter);
      g_source_remove (GPOINTER_TO_UINT (value));
      save_now (self, setting);
    }
}

void
haven_due_rules_group_set_context (HavenDueRulesGroup *self,
                                   HavenContext       *context)
{
  g_autoptr(HavenQuery) query = NULL;

  g_return_if_fail (HAVEN_IS_DUE_RULES_GROUP (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  query = haven_query_new (HAVEN_TYPE_DUE_SETTING);
  haven_store_query_async (haven_context_get_store (context), query, self->cancellable, settings_found_cb,
                           g_object_ref (self));
}

GPtrArray *
haven_due_rules_group_get_settings (HavenDueRulesGroup *self)
{
  g_return_val_if_fail (HAVEN_IS_DUE_RULES_GROUP (self), NULL);
  return self->read ? self->settings : NULL;
}

/* What waits to be saved goes now, not never; then the group lets go of
 * the database. */
static void
release (HavenDueRulesGroup *self)
{
  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  if (self->pending != NULL && self->context != NULL)
    haven_due_rules_group_flush (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->context);
}

/* libadwaita 1.2 never disposes a preferences group (its window frees the
 * page, not the groups), so the group also lets go when it leaves the window. */
static void
haven_due_rules_group_unroot (GtkWidget *widget)
{
  release (HAVEN_DUE_RULES_GROUP (widget));
  GTK_WIDGET_CLASS (haven_due_rules_group_parent_class)->unroot (widget);
}

static void
haven_due_rules_group_dispose (GObject *object)
{
  HavenDueRulesGroup *self = HAVEN_DUE_RULES_GROUP (object);

  release (self);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->expanders, g_ptr_array_unref);
  g_clear_pointer (&self->settings, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_DUE_RULES_GROUP);

  G_OBJECT_CLASS (haven_due_rules_group_parent_class)->dispose (object);
}

static void
haven_due_rules_group_class_init (HavenDueRulesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_due_rules_group_dispose;
  widget_class->unroot = haven_due_rules_group_unroot;

  g_type_ensure (HAVEN_TYPE_FORM_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-due-rules-group.ui");
  gtk_widget_class_install_action (widget_class, "due-rules.defaults", NULL, defaults_action);
}

static void
haven_due_rules_group_init (HavenDueRulesGroup *self)
{
  g_assert (HAVEN_IS_DUE_RULES_GROUP (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_ptr_array_new_with_free_func (g_object_unref);
  self->expanders = g_ptr_array_new ();
  self->pending = g_hash_table_new (NULL, NULL);
}
