/* haven-form.c: what the forms and dialogs of records share
 *
 * The editors of children, activities, talks, growth entries and plans,
 * and the mentor and pairing dialogs, all find their rows, toast and
 * scroll to a field the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-form"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-form.h"

/* The height a toast takes over the bottom of a form. */
#define TOAST_ROOM 80

void
haven_form_collect_rows (GtkWidget *widget,
                         GPtrArray *rows)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (rows != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (HAVEN_IS_FORM_ROW (child))
        g_ptr_array_add (rows, child);
      else
        haven_form_collect_rows (child, rows);
    }
}

HavenFormRow *
haven_form_find_row (GPtrArray  *rows,
                     const char *field)
{
  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (haven_form_row_get_field (g_ptr_array_index (rows, i)), field))
      return g_ptr_array_index (rows, i);
  return NULL;
}

void
haven_form_toast (AdwToastOverlay *overlay,
                  const char      *text,
                  guint            timeout)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (text != NULL);

  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (overlay, toast);
}

void
haven_form_scroll_to (GtkScrolledWindow *scroller,
                      GtkWidget         *form,
                      GtkWidget         *row)
{
  GtkAdjustment *adjustment;
  graphene_point_t point;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (GTK_IS_WIDGET (form));
  g_return_if_fail (GTK_IS_WIDGET (row));

  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  if (!gtk_widget_compute_point (row, form, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;
  if (point.y < gtk_adjustment_get_value (adjustment)
      || point.y + gtk_widget_get_height (row) + TOAST_ROOM
         > gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment))
    gtk_adjustment_set_value (adjustment, MAX (0, point.y - 24));
}

typedef struct
{
  GtkWindow *window;      /* owned */
  gboolean  *may_close;   /* in window */
} Discard;

static void
discard_free (gpointer data)
{
  Discard *discard = data;

  g_object_unref (discard->window);
  g_free (discard);
}

static gboolean
discard_close_cb (gpointer data)
{
  Discard *discard = data;

  *discard->may_close = TRUE;
  gtk_window_close (discard->window);
  return G_SOURCE_REMOVE;
}

static void
discarded_cb (AdwMessageDialog *dialog,
              const char       *response,
              GtkWindow        *window)
{
  Discard *later = g_new0 (Discard, 1);

  later->window = g_object_ref (window);
  later->may_close = g_object_get_data (G_OBJECT (dialog), "haven-form-may-close");
  /* Not from inside the dialog's own response: closing the window then
   * destroyed the dialog under its feet. */
  g_idle_add_full (G_PRIORITY_DEFAULT, discard_close_cb, later, discard_free);
}

void
haven_form_ask_discard (GtkWindow  *window,
                        const char *body,
                        gboolean   *may_close)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (body != NULL);
  g_return_if_fail (may_close != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Discard changes?"), body));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data (G_OBJECT (dialog), "haven-form-may-close", may_close);
  /* Gone with the window, if the window goes first. */
  g_signal_connect_object (dialog, "response::discard", G_CALLBACK (discarded_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
