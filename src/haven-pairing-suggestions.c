/* haven-pairing-suggestions.c: the proposal of mentors, to review and apply
 *
 * The store proposes (haven-pairing-suggest.h); the headteacher reads each
 * line with its reason, changes any mentor in its drop-down, and applies
 * the whole in one transaction. Nothing is paired before Apply, and the
 * board's toast can undo it after.
 *
 * The lines are a list view, so a county's thousands of unpaired children
 * make only the rows on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-suggestions"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "haven-labels.h"
#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-pairing-suggestions.h"
#include "haven-store-pairings.h"

typedef struct
{
  const HavenProposalLine *line;     /* borrowed from lines */
  gint64                   mentor_id; /* chosen: the proposal's, or the person's */
} Line;

struct _HavenPairingSuggestions
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *apply_button;
  GtkStack        *stack;
  GtkListView     *list_view;

  /* Owned */
  HavenContext    *context;
  GCancellable    *cancellable;
  GPtrArray       *proposal;    /* HavenProposalLine, from the store */
  GArray          *lines;       /* Line, proposed first, left over last */
  guint            n_proposed;
  GtkStringList   *choices;     /* "Leave unpaired", then the mentors */
  GArray          *mentor_ids;  /* gint64, parallel to choices after the first */
  gboolean         applying;
};

enum {
  SIGNAL_APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenPairingSuggestions, haven_pairing_suggestions, ADW_TYPE_WINDOW)

static void
toast (HavenPairingSuggestions *self,
       const char              *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static guint
count_paired (HavenPairingSuggestions *self)
{
  guint n = 0;

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  for (guint i = 0; self->lines != NULL && i < self->lines->len; i++)
    n += g_array_index (self->lines, Line, i).mentor_id != 0;
  return n;
}

static void
update_apply (HavenPairingSuggestions *self)
{
  guint n = count_paired (self);
  g_autofree char *label = NULL;

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  /* Translators: the button that applies a proposal of N pairings. */
  label = g_strdup_printf (ngettext ("_Apply %u Pairing", "_Apply %u Pairings", n), n);
  gtk_button_set_label (self->apply_button, label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggestions.apply", n > 0 && !self->applying);
}

static guint
choice_of (HavenPairingSuggestions *self,
           gint64                   mentor_id)
{
  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  for (guint i = 0; mentor_id != 0 && i < self->mentor_ids->len; i++)
    if (g_array_index (self->mentor_ids, gint64, i) == mentor_id)
      return i + 1;
  return 0;
}

/* Rows: a line (its index in lines) or the heading of those left over. */

static void
row_choice_cb (GtkDropDown             *drop_down,
               GParamSpec              *pspec,
               HavenPairingSuggestions *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (drop_down), GTK_TYPE_BOX);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "haven-line"));
  guint selected = gtk_drop_down_get_selected (drop_down);
  Line *line;
  GtkLabel *reason;

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  if (index == 0 || index > self->lines->len || g_object_get_data (G_OBJECT (drop_down), "haven-binding") != NULL)
    return;
  line = &g_array_index (self->lines, Line, index - 1);
  line->mentor_id = selected > 0 && selected - 1 < self->mentor_ids->len
                    ? g_array_index (self->mentor_ids, gint64, selected - 1) : 0;

  /* The reason is the proposal's; an edited line says so. */
  reason = g_object_get_data (G_OBJECT (row), "haven-reason");
  gtk_label_set_label (reason, line->mentor_id == line->line->mentor_id ? line->line->reason : _("Changed by you"));
  update_apply (self);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          HavenPairingSuggestions  *self)
{
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *reason = gtk_label_new (NULL);
  GtkWidget *choice = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->choices)), NULL);
  GtkWidget *heading = gtk_label_new (_("No mentor has room for these children. Choose one for each if you will, or add mentors."));
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_stack_set_hhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (reason), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_widget_add_css_class (reason, "caption");
  gtk_widget_add_css_class (reason, "dim-label");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (choice), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (choice), TRUE);
  gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (choice, 220, -1);
  g_signal_connect_object (choice, "notify::selected", G_CALLBACK (row_choice_cb), self, 0);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), reason);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), choice);
  gtk_widget_add_css_class (row, "suggestion-row");
  g_object_set_data (G_OBJECT (row), "haven-title", title);
  g_object_set_data (G_OBJECT (row), "haven-reason", reason);
  g_object_set_data (G_OBJECT (row), "haven-choice", choice);

  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "suggestion-heading");

  gtk_stack_add_named (GTK_STACK (stack), row, "line");
  gtk_stack_add_named (GTK_STACK (stack), heading, "heading");
  gtk_list_item_set_child (item, stack);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         HavenPairingSuggestions  *self)
{
  GtkStack *stack = GTK_STACK (gtk_list_item_get_child (item));
  const char *what = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *row = gtk_stack_get_child_by_name (stack, "line");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "haven-title");
  GtkLabel *reason = g_object_get_data (G_OBJECT (row), "haven-reason");
  GtkDropDown *choice = g_object_get_data (G_OBJECT (row), "haven-choice");
  g_autoptr(GString) text = NULL;
  g_autofree char *spoken = NULL;
  const Line *line;
  guint index;

  if (g_str_equal (what, "heading"))
    {
      gtk_stack_set_visible_child_name (stack, "heading");
      return;
    }
  gtk_stack_set_visible_child_name (stack, "line");
  index = (guint) strtoul (what, NULL, 10);
  g_return_if_fail (index >= 1 && index <= self->lines->len);
  line = &g_array_index (self->lines, Line, index - 1);

  text = g_string_new (line->line->child_name);
  if (*line->line->class_name != '\0')
    g_string_append_printf (text, " · %s", line->line->class_name);
  if (*line->line->village != '\0')
    g_string_append_printf (text, " · %s", line->line->village);
  gtk_label_set_label (title, text->str);
  gtk_label_set_label (reason, line->mentor_id == line->line->mentor_id ? line->line->reason : _("Changed by you"));

  /* Set without counting as the person's choice. */
  g_object_set_data (G_OBJECT (choice), "haven-binding", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (choice), "haven-line", GUINT_TO_POINTER (index));
  gtk_drop_down_set_selected (choice, choice_of (self, line->mentor_id));
  g_object_set_data (G_OBJECT (choice), "haven-binding", NULL);

  /* Translators: a line of the proposal as a screen reader says the
   * mentor's drop-down: the child, then "mentor for". */
  spoken = g_strdup_printf (_("Mentor for %s"), line->line->child_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           HavenPairingSuggestions  *self)
{
  GtkWidget *row = gtk_stack_get_child_by_name (GTK_STACK (gtk_list_item_get_child (item)), "line");
  GtkDropDown *choice = g_object_get_data (G_OBJECT (row), "haven-choice");

  g_object_set_data (G_OBJECT (choice), "haven-line", NULL);
}

/* Loading */

static void
show_lines (HavenPairingSuggestions *self)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *subtitle = NULL;
  guint left_over;

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  if (self->proposal == NULL || self->mentor_ids == NULL)
    return;

  self->lines = g_array_sized_new (FALSE, TRUE, sizeof (Line), self->proposal->len);
  /* Proposed first, in the proposal's order; then those left over. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->proposal->len; i++)
      {
        const HavenProposalLine *p = g_ptr_array_index (self->proposal, i);
        Line line = { p, p->mentor_id };

        if ((pass == 0) != (p->mentor_id != 0))
          continue;
        g_array_append_val (self->lines, line);
      }
  self->n_proposed = 0;
  for (guint i = 0; i < self->lines->len; i++)
    self->n_proposed += g_array_index (self->lines, Line, i).line->mentor_id != 0;
  left_over = self->lines->len - self->n_proposed;

  for (guint i = 0; i < self->lines->len; i++)
    {
      g_autofree char *index = g_strdup_printf ("%u", i + 1);

      if (i == self->n_proposed && left_over > 0)
        gtk_string_list_append (items, "heading");
      gtk_string_list_append (items, index);
    }
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (items)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  /* Translators: under the title: children proposed a mentor, and left over. */
  subtitle = g_strdup_printf (ngettext ("%u child without a mentor, %u left over",
                                        "%u children without a mentor, %u left over", self->lines->len),
                              self->lines->len, left_over);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, self->lines->len > 0 ? "lines" : "empty");
  update_apply (self);
}

static void
proposal_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HavenPairingSuggestions) self = user_data;
  g_autoptr(GError) error = NULL;

  self->proposal = haven_store_suggest_pairings_finish (HAVEN_STORE (object), result, &error);
  if (self->proposal == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  show_lines (self);
}

static void
mentors_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HavenPairingSuggestions) self = user_data;
  g_autoptr(GPtrArray) mentors = NULL;
  g_autoptr(GError) error = NULL;

  mentors = haven_store_fetch_finish (HAVEN_STORE (object), result, &error);
  if (mentors == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }

  self->mentor_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), mentors->len);
  for (guint i = 0; i < mentors->len; i++)
    {
      HavenRecord *m = g_ptr_array_index (mentors, i);
      gint64 id = haven_record_get_id (m);
      /* Translators: a mentor in a drop-down: name, kind and load of
       * capacity, "李老师 (Teacher, 2 / 3)". */
      g_autofree char *label = g_strdup_printf (_("%s (%s, %d / %d)"), haven_record_get_string (m, HAVEN_MENTOR_NAME),
                                                haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)),
                                                haven_record_get_int (m, HAVEN_MENTOR_N_CHILDREN),
                                                haven_record_get_int (m, HAVEN_MENTOR_EFFECTIVE_CAPACITY));

      g_array_append_val (self->mentor_ids, id);
      gtk_string_list_append (self->choices, label);
    }
  show_lines (self);
}

static void
mentors_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HavenPairingSuggestions) self = user_data;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;

  rows = haven_store_query_finish (HAVEN_STORE (object), result, &error);
  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = haven_record_get_id (g_ptr_array_index (rows, i));
      g_array_append_val (ids, id);
    }
  haven_store_fetch_async (HAVEN_STORE (object), HAVEN_TYPE_MENTOR, ids, NULL, self->cancellable,
                           mentors_fetched_cb, g_object_ref (self));
}

/* Applying */

static void apply (HavenPairingSuggestions *self,
                   HavenPairingChangeFlags  flags);

static void
over_capacity_cb (HavenPairingSuggestions *self,
                  const char              *response,
                  AdwMessageDialog        *dialog)
{
  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  if (g_strcmp0 (response, "apply") == 0)
    apply (self, HAVEN_PAIRING_CHANGE_OVER_CAPACITY);
}

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HavenPairingSuggestions) self = user_data;
  g_autoptr(HavenPairingUndo) undo = NULL;
  g_autoptr(GError) error = NULL;

  self->applying = FALSE;
  update_apply (self);
  undo = haven_store_apply_pairings_finish (HAVEN_STORE (object), result, &error);
  if (undo == NULL)
    {
      AdwMessageDialog *dialog;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (!g_error_matches (error, HAVEN_PAIRING_ERROR, HAVEN_PAIRING_ERROR_OVER_CAPACITY))
        {
          g_autofree char *text = g_strdup_printf (_("Nothing was paired: %s"), error->message);
          toast (self, text);
          return;
        }
      /* A line changed by hand may go over: the headteacher decides. */
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Pair Over Capacity?"), NULL));
      adw_message_dialog_format_body (dialog, _("%s Apply all the same? Those mentors’ columns will be marked as over capacity."),
                                      error->message);
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", _("_Apply Anyway"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (over_capacity_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  g_signal_emit (self, signals[SIGNAL_APPLIED], 0, undo);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply (HavenPairingSuggestions *self,
       HavenPairingChangeFlags  flags)
{
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  for (guint i = 0; i < self->lines->len; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);

      g_array_append_val (children, line->line->child_id);
      g_array_append_val (mentors, line->mentor_id);
    }
  self->applying = TRUE;
  update_apply (self);
  haven_store_apply_pairings_async (haven_context_get_store (self->context), children, mentors, NULL, flags,
                                    self->cancellable, applied_cb, g_object_ref (self));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HavenPairingSuggestions *self = HAVEN_PAIRING_SUGGESTIONS (widget);

  if (self->lines != NULL && !self->applying)
    apply (self, HAVEN_PAIRING_CHANGE_DEFAULT);
}

/* GObject */

static void
haven_pairing_suggestions_dispose (GObject *object)
{
  HavenPairingSuggestions *self = HAVEN_PAIRING_SUGGESTIONS (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_SUGGESTIONS);
  g_clear_object (&self->choices);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (haven_pairing_suggestions_parent_class)->dispose (object);
}

static void
haven_pairing_suggestions_finalize (GObject *object)
{
  HavenPairingSuggestions *self = HAVEN_PAIRING_SUGGESTIONS (object);

  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->proposal, g_ptr_array_unref);
  g_clear_pointer (&self->mentor_ids, g_array_unref);

  G_OBJECT_CLASS (haven_pairing_suggestions_parent_class)->finalize (object);
}

static void
haven_pairing_suggestions_class_init (HavenPairingSuggestionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_suggestions_dispose;
  object_class->finalize = haven_pairing_suggestions_finalize;

  /**
   * HavenPairingSuggestions::applied:
   * @undo: (type HavenPairingUndo): what was done, to undo it
   */
  signals[SIGNAL_APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, HAVEN_TYPE_PAIRING_UNDO);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-suggestions.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingSuggestions, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingSuggestions, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingSuggestions, apply_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingSuggestions, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingSuggestions, list_view);

  gtk_widget_class_install_action (widget_class, "suggestions.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
haven_pairing_suggestions_init (HavenPairingSuggestions *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (HAVEN_IS_PAIRING_SUGGESTIONS (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->choices = gtk_string_list_new (NULL);
  gtk_string_list_append (self->choices, _("Leave unpaired"));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_apply (self);
}

GtkWidget *
haven_pairing_suggestions_new (HavenContext *context)
{
  HavenPairingSuggestions *self;
  HavenStore *store;
  g_autoptr(HavenMentorQuery) mentors = haven_mentor_query_new ();

  g_return_val_if_fail (HAVEN_IS_CONTEXT (context), NULL);

  self = g_object_new (HAVEN_TYPE_PAIRING_SUGGESTIONS, NULL);
  self->context = g_object_ref (context);
  store = haven_context_get_store (context);
  haven_store_query_async (store, HAVEN_QUERY (mentors), self->cancellable, mentors_found_cb, g_object_ref (self));
  haven_store_suggest_pairings_async (store, NULL, self->cancellable, proposal_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}

gboolean
haven_pairing_suggestions_get_ready (HavenPairingSuggestions *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SUGGESTIONS (self), FALSE);
  return self->lines != NULL;
}

guint
haven_pairing_suggestions_get_n_lines (HavenPairingSuggestions *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SUGGESTIONS (self), 0);
  return self->lines != NULL ? self->lines->len : 0;
}

gint64
haven_pairing_suggestions_get_child (HavenPairingSuggestions *self,
                                     guint                    line)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SUGGESTIONS (self), 0);
  g_return_val_if_fail (self->lines != NULL && line < self->lines->len, 0);
  return g_array_index (self->lines, Line, line).line->child_id;
}

gint64
haven_pairing_suggestions_get_mentor (HavenPairingSuggestions *self,
                                      guint                    line)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_SUGGESTIONS (self), 0);
  g_return_val_if_fail (self->lines != NULL && line < self->lines->len, 0);
  return g_array_index (self->lines, Line, line).mentor_id;
}

void
haven_pairing_suggestions_set_mentor (HavenPairingSuggestions *self,
                                      guint                    line,
                                      gint64                   mentor_id)
{
  g_return_if_fail (HAVEN_IS_PAIRING_SUGGESTIONS (self));
  g_return_if_fail (self->lines != NULL && line < self->lines->len);

  g_array_index (self->lines, Line, line).mentor_id = mentor_id;
  /* Rows on screen show it when bound again. */
  gtk_widget_queue_resize (GTK_WIDGET (self->list_view));
  update_apply (self);
}
