/* haven-due-list.c: what is due, child by child and rule by rule
 *
 * The scan runs on the store's worker (haven_store_due_async()); its
 * items replace the list's in one splice. A row says the child, the rule,
 * when it was last met and who is to do it; activating it opens the
 * record that meets the rule, for that child, in one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-due-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "haven-class-picker.h"
#include "haven-due-list.h"
#include "haven-due-setting.h"
#include "haven-labels.h"
#include "haven-model-enums.h"
#include "haven-validate.h"

/* Positions of the status drop-down. */
enum
{
  SHOW_PENDING,
  SHOW_OVERDUE,
  SHOW_SOON,
  SHOW_ASKED,
};

struct _HavenDueList
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkDropDown      *scope_dropdown;
  GtkDropDown      *rule_dropdown;
  GtkDropDown      *status_dropdown;
  HavenClassPicker *class_picker;
  GtkEntry         *day_entry;
  GtkLabel         *count_label;
  GtkStack         *stack;
  GtkListView      *list_view;
  AdwStatusPage    *empty_page;

  /* Owned */
  HavenContext     *context;
  GListStore       *items;
  GCancellable     *cancellable;
  guint             reload_source;
  gboolean          loading;
  gboolean          presetting;
};

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenDueList, haven_due_list, GTK_TYPE_WIDGET)

static void reload (HavenDueList *self);

static void
set_loading (HavenDueList *self,
             gboolean      loading)
{
  g_assert (HAVEN_IS_DUE_LIST (self));

  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
haven_due_list_get_request (HavenDueList    *self,
                            HavenDueRequest *request)
{
  const char *day;
  guint rule;

  g_return_if_fail (HAVEN_IS_DUE_LIST (self));
  g_return_if_fail (request != NULL);

  day = gtk_editable_get_text (GTK_EDITABLE (self->day_entry));
  rule = gtk_drop_down_get_selected (self->rule_dropdown);
  request->today = haven_validate_date (day, NULL, NULL) ? day : NULL;
  request->scope = gtk_drop_down_get_selected (self->scope_dropdown) == 0 ? HAVEN_DUE_SCOPE_MINE
                                                                          : HAVEN_DUE_SCOPE_SCHOOL;
  request->rule = rule == 0 || rule == GTK_INVALID_LIST_POSITION ? -1 : (int) rule - 1;
  request->class_id = haven_class_picker_get_class_id (self->class_picker);
  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case SHOW_OVERDUE:
      request->statuses = HAVEN_DUE_STATUS_BIT (HAVEN_DUE_OVERDUE);
      break;
    case SHOW_SOON:
      request->statuses = HAVEN_DUE_STATUS_BIT (HAVEN_DUE_SOON);
      break;
    case SHOW_ASKED:
      request->statuses = HAVEN_DUE_STATUSES_PENDING | HAVEN_DUE_STATUS_BIT (HAVEN_DUE_OPEN)
                          | HAVEN_DUE_STATUS_BIT (HAVEN_DUE_DONE);
      break;
    case SHOW_PENDING:
    default:
      request->statuses = HAVEN_DUE_STATUSES_PENDING;
      break;
    }
}

static void
update_count (HavenDueList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autofree char *count = g_strdup_printf ("%u", n);

  g_assert (HAVEN_IS_DUE_LIST (self));

  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
due_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(HavenDueList) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = haven_store_due_finish (HAVEN_STORE (object), result, &error);

  if (items == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_loading (self, FALSE);
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
      return;
    }

  /* One change for the lot. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  update_count (self);
  set_loading (self, FALSE);
}

static void
reload (HavenDueList *self)
{
  HavenDueRequest request;

  g_assert (HAVEN_IS_DUE_LIST (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->context == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  haven_due_list_get_request (self, &request);
  set_loading (self, TRUE);
  haven_store_due_async (haven_context_get_store (self->context), &request, self->cancellable, due_cb,
                         g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  HavenDueList *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (HavenDueList *self)
{
  g_assert (HAVEN_IS_DUE_LIST (self));

  /* A burst of saves, or of typing, makes one scan. */
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (250, reload_cb, self);
}

static void
filters_changed_cb (HavenDueList *self)
{
  const char *day;

  g_assert (HAVEN_IS_DUE_LIST (self));

  day = gtk_editable_get_text (GTK_EDITABLE (self->day_entry));
  if (*day != '\0' && !haven_validate_date (day, NULL, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->day_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->day_entry), "error");
  if (!self->presetting)
    queue_reload (self);
}

static void
store_changed_cb (HavenDueList *self,
                  GType         type,
                  gint64        id,
                  HavenStore   *store)
{
  g_assert (HAVEN_IS_DUE_LIST (self));

  queue_reload (self);
}

/* Rows */

static const char *
status_css (HavenDueStatus status)
{
  switch (status)
    {
    case HAVEN_DUE_OVERDUE: return "due-overdue";
    case HAVEN_DUE_SOON:    return "due-soon";
    case HAVEN_DUE_DONE:    return "due-done";
    default:                return "due-open";
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenDueList             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (status, "due-status");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), status);
  gtk_widget_add_css_class (box, "record-row");
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenDueList             *self)
{
  HavenDueItem *due = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (box));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *status = gtk_widget_get_last_child (box);
  const char *class_name = haven_due_item_get_class_name (due);
  const char *last = haven_due_item_get_last_done (due);
  const char *due_by = haven_due_item_get_due_by (due);
  const char *who = haven_due_item_get_responsible (due);
  HavenDueStatus state = haven_due_item_get_status (due);
  g_autofree char *heading = NULL;
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  g_autofree char *spoken = NULL;

  heading = *class_name != '\0'
            ? g_strdup_printf ("%s · %s", haven_due_item_get_child_name (due), class_name)
            : g_strdup (haven_due_item_get_child_name (due));
  if (*last != '\0')
    /* Translators: when a rule was last met, in the due list. */
    when = g_strdup_printf (_("last %s"), last);
  else
    when = g_strdup (_("never yet"));
  if (*due_by != '\0' && *who != '\0')
    /* Translators: a rule, when it was last met, by when it is due and who
     * is to do it: "Mentor’s talk · last 2026-11-09 · by 2026-11-22 · 李老师". */
    line = g_strdup_printf (_("%s · %s · by %s · %s"), haven_label_due_rule (haven_due_item_get_rule (due)), when,
                            due_by, who);
  else if (*due_by != '\0')
    line = g_strdup_printf (_("%s · %s · by %s"), haven_label_due_rule (haven_due_item_get_rule (due)), when, due_by);
  else
    line = g_strdup_printf ("%s · %s", haven_label_due_rule (haven_due_item_get_rule (due)), when);

  gtk_label_set_label (GTK_LABEL (title), heading);
  gtk_label_set_label (GTK_LABEL (subtitle), line);
  gtk_label_set_label (GTK_LABEL (status), haven_label_due_status (state));
  for (int s = HAVEN_DUE_DONE; s <= HAVEN_DUE_NOT_APPLICABLE; s++)
    gtk_widget_remove_css_class (status, status_css (s));
  gtk_widget_add_css_class (status, status_css (state));

  /* GTK 4.8 has no label for a list row: the row's box speaks for it. */
  spoken = g_strjoin (", ", heading, line, haven_label_due_status (state), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

/* One step to the record that meets the rule. */
static void
activated_cb (HavenDueList *self,
              guint         position,
              GtkListView  *view)
{
  g_autoptr(HavenDueItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  int kind;

  g_assert (HAVEN_IS_DUE_LIST (self));

  if (item == NULL)
    return;
  kind = haven_due_rule_talk_kind (haven_due_item_get_rule (item));
  if (kind < 0)
    {
      /* A plan's review is held on its plan, on the child's page. */
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-child", "x", haven_due_item_get_child_id (item));
      return;
    }
  {
    g_autoptr(GEnumClass) kinds = g_type_class_ref (HAVEN_TYPE_TALK_KIND);

    gtk_widget_activate_action (GTK_WIDGET (self), "win.new-talk-of-kind", "(xs)",
                                haven_due_item_get_child_id (item), g_enum_get_value (kinds, kind)->value_nick);
  }
}

/* Public */

static int
rule_from_nick (const char *nick)
{
  g_autoptr(GEnumClass) rules = g_type_class_ref (HAVEN_TYPE_DUE_RULE_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (rules, nick);

  return value != NULL ? value->value : -1;
}

void
haven_due_list_show (HavenDueList *self,
                     const char   *preset)
{
  g_auto(GStrv) parts = NULL;
  HavenSession *session;
  gboolean school;

  g_return_if_fail (HAVEN_IS_DUE_LIST (self));
  g_return_if_fail (preset != NULL);

  /* The headteacher and the counsellor look after the whole school. */
  session = self->context != NULL ? haven_context_get_session (self->context) : NULL;
  school = session == NULL || haven_session_get_role (session) == HAVEN_STAFF_ROLE_HEADTEACHER
           || haven_session_get_role (session) == HAVEN_STAFF_ROLE_COUNSELLOR
           || haven_session_get_role (session) == HAVEN_STAFF_ROLE_VIEWER;

  self->presetting = TRUE;
  gtk_drop_down_set_selected (self->scope_dropdown, school ? 1 : 0);
  gtk_drop_down_set_selected (self->rule_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, SHOW_PENDING);
  haven_class_picker_set_class_id (self->class_picker, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), "");

  parts = g_strsplit (preset, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *value = strchr (parts[i], '=');

      if (value == NULL)
        continue;
      value++;
      if (g_str_has_prefix (parts[i], "rule="))
        gtk_drop_down_set_selected (self->rule_dropdown, rule_from_nick (value) + 1);
      else if (g_str_has_prefix (parts[i], "status="))
        gtk_drop_down_set_selected (self->status_dropdown,
                                    g_str_equal (value, "overdue") ? SHOW_OVERDUE
                                    : g_str_equal (value, "soon") ? SHOW_SOON
                                    : g_str_equal (value, "all") ? SHOW_ASKED : SHOW_PENDING);
      else if (g_str_has_prefix (parts[i], "class="))
        haven_class_picker_set_class_id (self->class_picker, g_ascii_strtoll (value, NULL, 10));
      else if (g_str_has_prefix (parts[i], "scope="))
        gtk_drop_down_set_selected (self->scope_dropdown, g_str_equal (value, "mine") ? 0 : 1);
      else if (g_str_has_prefix (parts[i], "day="))
        gtk_editable_set_text (GTK_EDITABLE (self->day_entry), value);
    }
  self->presetting = FALSE;
  reload (self);
}

void
haven_due_list_set_context (HavenDueList *self,
                            HavenContext *context)
{
  g_return_if_fail (HAVEN_IS_DUE_LIST (self));
  g_return_if_fail (HAVEN_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  haven_class_picker_set_context (self->class_picker, context);
  g_signal_connect_object (haven_context_get_store (context), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  haven_due_list_show (self, "");
}

GListModel *
haven_due_list_get_model (HavenDueList *self)
{
  g_return_val_if_fail (HAVEN_IS_DUE_LIST (self), NULL);
  return G_LIST_MODEL (self->items);
}

gboolean
haven_due_list_get_loading (HavenDueList *self)
{
  g_return_val_if_fail (HAVEN_IS_DUE_LIST (self), FALSE);
  return self->loading;
}

/* GObject */

static void
haven_due_list_dispose (GObject *object)
{
  HavenDueList *self = HAVEN_DUE_LIST (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_DUE_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->items);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_due_list_parent_class)->dispose (object);
}

static void
haven_due_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HavenDueList *self = HAVEN_DUE_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_due_list_class_init (HavenDueListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_due_list_dispose;
  object_class->get_property = haven_due_list_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HAVEN_TYPE_CLASS_PICKER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-due-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, rule_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, class_picker);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, day_entry);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, count_label);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, list_view);
  gtk_widget_class_bind_template_child (widget_class, HavenDueList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
}

static void
haven_due_list_init (HavenDueList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  g_assert (HAVEN_IS_DUE_LIST (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (rules, _("Every rule"));
  for (guint i = 0; i < HAVEN_N_DUE_RULES; i++)
    gtk_string_list_append (rules, haven_label_due_rule (i));
  gtk_drop_down_set_model (self->rule_dropdown, G_LIST_MODEL (rules));

  self->items = g_list_store_new (HAVEN_TYPE_DUE_ITEM);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_status_page_set_description (self->empty_page,
                                   _("Every child has had the talks, calls and visits the rules ask for."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (haven_class_picker_get_drop_down (self->class_picker)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Class"), -1);
}
