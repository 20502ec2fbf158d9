/* haven-window.c: the main window over one database
 *
 * The window owns the context (the store and the session) and hands it
 * to its pages. What the pages ask of it comes through its actions, in
 * haven-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-window"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-sample.h"
#include "haven-store-overview.h"
#include "haven-window-private.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SAMPLE_CHILDREN,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenWindow, haven_window, ADW_TYPE_APPLICATION_WINDOW)

void
haven_window_toast (HavenWindow *self,
                    const char  *message,
                    guint        timeout)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  g_assert (HAVEN_IS_WINDOW (self));

  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Who works decides what may be written. */
static void
session_changed_cb (HavenWindow *self)
{
  g_assert (HAVEN_IS_WINDOW (self));
  _haven_window_actions_update (self);
}

static void
set_ready (HavenWindow *self)
{
  g_assert (HAVEN_IS_WINDOW (self));

  haven_overview_page_set_context (self->overview_page, self->context);
  haven_archive_page_set_context (self->archive_page, self->context);
  haven_pairing_page_set_context (self->pairing_page, self->context);
  haven_calendar_page_set_context (self->calendar_page, self->context);
  haven_talks_page_set_context (self->talks_page, self->context);

  self->ready = TRUE;
  g_signal_connect_object (self->context, "notify::session", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _haven_window_actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

/* The bottom switcher stands in for the title's when the window is
 * narrow, and only while the views show. */
static void
update_switcher_bar (HavenWindow *self)
{
  gboolean main = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0;

  g_assert (HAVEN_IS_WINDOW (self));

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    main && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

void
haven_window_set_page (HavenWindow *self,
                       const char  *name)
{
  gboolean main = g_str_equal (name, "main");

  g_assert (HAVEN_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->main_stack, name);
  /* The views' switcher only makes sense when the views show. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, main);
  update_switcher_bar (self);
}

static void sample_filled_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
school_checked_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean has_school;

  if (!haven_store_has_school_finish (HAVEN_STORE (object), result, &has_school, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  /* The sample is made once, into an empty file; opening it again shows
   * what is there. */
  if (self->sample_children > 0 && !self->sample_tried && !has_school)
    {
      self->sample_tried = TRUE;
      haven_sample_fill_async (HAVEN_STORE (object), self->sample_children, HAVEN_SAMPLE_SEED, NULL,
                               self->cancellable, sample_filled_cb, g_object_ref (self));
      return;
    }

  haven_window_set_page (self, has_school ? "main" : "welcome");
}

static void
sample_filled_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_sample_fill_finish (HAVEN_STORE (object), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not make the sample school. %s"), error->message);
      haven_window_toast (self, text, 0);
    }

  haven_store_has_school_async (HAVEN_STORE (object), self->cancellable, school_checked_cb, g_object_ref (self));
}

static void
context_opened_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  HavenStore *store = haven_context_get_store (self->context);

  if (!haven_context_open_finish (HAVEN_CONTEXT (object), result, &error))
    {
      g_autofree char *description = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      description = g_strdup_printf ("%s\n\n%s", error->message, haven_store_get_path (store));
      adw_status_page_set_description (self->error_page, description);
      haven_window_set_page (self, "error");
      return;
    }

  /* The first page comes before what the views load behind it. */
  haven_store_has_school_async (store, self->cancellable, school_checked_cb, g_object_ref (self));
  set_ready (self);
}

static void
store_progress_cb (HavenWindow *self,
                   GParamSpec  *pspec,
                   HavenStore  *store)
{
  double progress = haven_store_get_progress (store);

  g_assert (HAVEN_IS_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), progress >= 0);
  if (progress >= 0)
    gtk_progress_bar_set_fraction (self->progress_bar, progress);
}

static void
store_changed_cb (HavenWindow *self,
                  GType        type,
                  gint64       id,
                  HavenStore  *store)
{
  g_assert (HAVEN_IS_WINDOW (self));

  /* The first child leaves the welcome page behind. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    haven_store_has_school_async (store, self->cancellable, school_checked_cb, g_object_ref (self));
}

static void
haven_window_constructed (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);
  HavenStore *store;

  G_OBJECT_CLASS (haven_window_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_CONTEXT (self->context));
  store = haven_context_get_store (self->context);

  gtk_revealer_set_reveal_child (self->sample_revealer, self->sample_children > 0);
  adw_view_switcher_title_set_subtitle (self->switcher_title, self->sample_children > 0 ? _("Sample school") : "");

  g_signal_connect_object (store, "notify::progress", G_CALLBACK (store_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  haven_context_open_async (self->context, self->cancellable, context_opened_cb, g_object_ref (self));
}

static void
haven_window_dispose (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->editor);
  g_clear_object (&self->undo_toast);
  g_clear_pointer (&self->undo_action, g_free);
  g_clear_pointer (&self->undo_target, g_variant_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_WINDOW);

  G_OBJECT_CLASS (haven_window_parent_class)->dispose (object);
}

static void
haven_window_finalize (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (haven_window_parent_class)->finalize (object);
}

static void
haven_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SAMPLE_CHILDREN:
      g_value_set_uint (value, self->sample_children);
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SAMPLE_CHILDREN:
      self->sample_children = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_window_class_init (HavenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = haven_window_constructed;
  object_class->dispose = haven_window_dispose;
  object_class->finalize = haven_window_finalize;
  object_class->get_property = haven_window_get_property;
  object_class->set_property = haven_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HAVEN_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAMPLE_CHILDREN] =
    g_param_spec_uint ("sample-children", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_OVERVIEW_PAGE);
  g_type_ensure (HAVEN_TYPE_ARCHIVE_PAGE);
  g_type_ensure (HAVEN_TYPE_PAIRING_PAGE);
  g_type_ensure (HAVEN_TYPE_CALENDAR_PAGE);
  g_type_ensure (HAVEN_TYPE_TALKS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, sample_revealer);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, archive_page);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, pairing_page);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, talks_page);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);

  _haven_window_class_actions_init (klass);
}

static void
haven_window_init (HavenWindow *self)
{
  g_assert (HAVEN_IS_WINDOW (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  /* The overview is the start page: what is due comes first, whatever
   * was open last time. */
  adw_view_stack_set_visible_child_name (self->view_stack, "overview");
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name", G_SETTINGS_BIND_SET);

  _haven_window_actions_update (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
}

HavenWindow *
haven_window_new (GtkApplication *application,
                  HavenContext   *context,
                  guint           sample_children)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  return g_object_new (HAVEN_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       "sample-children", sample_children,
                       NULL);
}

HavenContext *
haven_window_get_context (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);
  return self->context;
}

gboolean
haven_window_get_ready (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), FALSE);
  return self->ready;
}

const char *
haven_window_get_view (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") != 0)
    return gtk_stack_get_visible_child_name (self->main_stack);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
haven_window_get_page (HavenWindow *self,
                       const char  *view)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);
  return adw_view_stack_get_child_by_name (self->view_stack, view);
}

GtkWindow *
haven_window_get_editor (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);
  return self->editor;
}
