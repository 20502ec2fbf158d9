/* haven-window.c: the main window over one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "haven-archive-page.h"
#include "haven-overview-page.h"
#include "haven-record-page.h"
#include "haven-sample.h"
#include "haven-window.h"

struct _HavenWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *sample_revealer;
  GtkProgressBar       *progress_bar;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  HavenOverviewPage    *overview_page;
  HavenArchivePage     *archive_page;
  HavenRecordPage      *pairing_page;
  HavenRecordPage      *calendar_page;
  HavenRecordPage      *talks_page;

  /* Owned */
  HavenStore           *store;
  GSettings            *settings;
  GCancellable         *cancellable;
  guint                 sample_children;
  gboolean              sample_tried;
  gboolean              ready;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SAMPLE_CHILDREN,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenWindow, haven_window, ADW_TYPE_APPLICATION_WINDOW)

void
haven_window_show_toast (HavenWindow *self,
                         AdwToast    *toast)
{
  g_return_if_fail (HAVEN_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
haven_window_show_error (HavenWindow  *self,
                         const char   *message,
                         const GError *error)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_return_if_fail (HAVEN_IS_WINDOW (self));

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  text = error != NULL ? g_strdup_printf ("%s %s", message, error->message) : g_strdup (message);
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_ready (HavenWindow *self)
{
  haven_overview_page_set_store (self->overview_page, self->store);
  haven_archive_page_set_store (self->archive_page, self->store);
  haven_record_page_set_store (self->pairing_page, self->store);
  haven_record_page_set_store (self->calendar_page, self->store);
  haven_record_page_set_store (self->talks_page, self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-child", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", TRUE);

  self->ready = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

/* The bottom switcher stands in for the title's when the window is
 * narrow, and only while the views show. */
static void
update_switcher_bar (HavenWindow *self)
{
  gboolean main = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    main && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
set_page (HavenWindow *self,
          const char  *name)
{
  gboolean main = g_str_equal (name, "main");

  gtk_stack_set_visible_child_name (self->main_stack, name);
  /* The views' switcher only makes sense when the views show. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, main);
  update_switcher_bar (self);
}

static void
show_contents (HavenWindow         *self,
               const HavenOverview *overview)
{
  set_page (self, overview->children == 0 && overview->classes == 0 ? "welcome" : "main");
}

static void sample_filled_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
overview_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(HavenOverview) overview = NULL;
  g_autoptr(GError) error = NULL;

  overview = haven_store_overview_finish (HAVEN_STORE (object), result, &error);
  if (overview == NULL)
    {
      haven_window_show_error (self, _("Could not read the database."), error);
      return;
    }

  /* The sample is made once, into an empty file; opening it again shows
   * what is there. */
  if (self->sample_children > 0 && !self->sample_tried && overview->children == 0)
    {
      self->sample_tried = TRUE;
      haven_store_fill_sample_async (self->store, self->sample_children, HAVEN_SAMPLE_SEED, NULL,
                                     self->cancellable, sample_filled_cb, g_object_ref (self));
      return;
    }

  show_contents (self, overview);
}

static void
sample_filled_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_fill_sample_finish (HAVEN_STORE (object), result, &error))
    haven_window_show_error (self, _("Could not make the sample school."), error);

  haven_store_overview_async (self->store, NULL, self->cancellable, overview_cb, g_object_ref (self));
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_open_finish (HAVEN_STORE (object), result, &error))
    {
      g_autofree char *description = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      description = g_strdup_printf ("%s\n\n%s", error->message, haven_store_get_path (self->store));
      adw_status_page_set_description (self->error_page, description);
      set_page (self, "error");
      return;
    }

  set_ready (self);
  haven_store_overview_async (self->store, NULL, self->cancellable, overview_cb, g_object_ref (self));
}

static void
store_progress_cb (HavenWindow *self,
                   GParamSpec  *pspec,
                   HavenStore  *store)
{
  double progress = haven_store_get_progress (store);

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
  /* The first child leaves the welcome page behind. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    haven_store_overview_async (self->store, NULL, self->cancellable, overview_cb, g_object_ref (self));
}

/* Actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  haven_window_show_view (HAVEN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  haven_window_edit_child (HAVEN_WINDOW (widget), 0);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);

  haven_window_show_view (self, "archive");
  haven_archive_page_focus_search (self->archive_page);
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HavenWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!haven_store_backup_finish (HAVEN_STORE (object), result, &error))
    haven_window_show_error (self, _("The backup failed."), error);
  else
    haven_window_show_toast (self, adw_toast_new (_("Backup saved")));
}

static void
backup_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(HavenWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      /* Never overwrite a database in place: keep the old one beside it. */
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *stamp = g_date_time_format (now, ".%Y%m%d-%H%M%S.old");
          g_autofree char *kept = g_strconcat (path, stamp, NULL);
          if (g_rename (path, kept) != 0)
            {
              haven_window_show_error (self, _("Could not keep the existing file; nothing was written."), NULL);
              g_object_unref (dialog);
              return;
            }
        }
      haven_store_backup_async (self->store, path, self->cancellable, backup_done_cb, g_object_ref (self));
    }

  g_object_unref (dialog);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HavenWindow *self = HAVEN_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "haven-backup-%Y-%m-%d.db");

  chooser = gtk_file_chooser_native_new (_("Back Up Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (backup_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
haven_window_constructed (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);
  g_autofree char *basename = NULL;

  G_OBJECT_CLASS (haven_window_parent_class)->constructed (object);

  gtk_revealer_set_reveal_child (self->sample_revealer, self->sample_children > 0);
  basename = g_path_get_basename (haven_store_get_path (self->store));
  adw_view_switcher_title_set_subtitle (self->switcher_title, self->sample_children > 0 ? _("Sample school") : "");

  g_signal_connect_object (self->store, "notify::progress", G_CALLBACK (store_progress_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  haven_store_open_async (self->store, self->cancellable, store_opened_cb, g_object_ref (self));
}

static void
haven_window_dispose (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_WINDOW);

  G_OBJECT_CLASS (haven_window_parent_class)->dispose (object);
}

static void
haven_window_finalize (GObject *object)
{
  HavenWindow *self = HAVEN_WINDOW (object);

  g_clear_object (&self->store);
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
    case PROP_STORE:
      g_value_set_object (value, self->store);
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
    case PROP_STORE:
      self->store = g_value_dup_object (value);
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

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HAVEN_TYPE_STORE,
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
  g_type_ensure (HAVEN_TYPE_RECORD_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, HavenWindow, switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
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

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
}

static void
haven_window_init (HavenWindow *self)
{
  g_autofree char *last_view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  last_view = g_settings_get_string (self->settings, "last-view");
  adw_view_stack_set_visible_child_name (self->view_stack, last_view);
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name", G_SETTINGS_BIND_SET);

  /* Nothing to act on until the database is open. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-child", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
}

HavenWindow *
haven_window_new (HavenApplication *application,
                  HavenStore       *store,
                  guint             sample_children)
{
  return g_object_new (HAVEN_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "sample-children", sample_children,
                       NULL);
}

HavenStore *
haven_window_get_store (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);
  return self->store;
}

gboolean
haven_window_get_ready (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), FALSE);
  return self->ready;
}

void
haven_window_show_view (HavenWindow *self,
                        const char  *name)
{
  g_return_if_fail (HAVEN_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    set_page (self, "main");
  adw_view_stack_set_visible_child_name (self->view_stack, name);
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
haven_window_get_archive (HavenWindow *self)
{
  g_return_val_if_fail (HAVEN_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->archive_page);
}

void
haven_window_show_child (HavenWindow *self,
                         gint64       child_id)
{
  g_return_if_fail (HAVEN_IS_WINDOW (self));

  haven_window_show_view (self, "archive");
  haven_archive_page_show_child (self->archive_page, child_id);
}

void
haven_window_edit_child (HavenWindow *self,
                         gint64       child_id)
{
  g_return_if_fail (HAVEN_IS_WINDOW (self));

  if (!self->ready)
    return;
  haven_archive_page_edit_child (self->archive_page, child_id);
}
