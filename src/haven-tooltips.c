/* haven-tooltips.c: tooltips that read well in Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-tooltips"

#include "config.h"

#include "haven-tooltips.h"

/* Tooltips up to this many characters stay on one line; longer ones wrap,
 * never narrower than that. */
#define TOOLTIP_CHARS 24
#define TOOLTIP_MAX_CHARS 48

static GQuark handled_quark;

GtkWidget *
haven_tooltip_label_new (const char *text,
                         gboolean    use_markup)
{
  GtkWidget *label = gtk_label_new (NULL);
  glong n_chars;

  g_return_val_if_fail (text != NULL, NULL);

  if (use_markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  n_chars = g_utf8_strlen (gtk_label_get_text (GTK_LABEL (label)), -1);

  /* Width in characters counts Latin ones: a Chinese character is about
   * two. A short tooltip never wraps; a long one keeps a page-like width. */
  if (n_chars > TOOLTIP_CHARS)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), TOOLTIP_CHARS);
      gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_MAX_CHARS);
    }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *markup = gtk_widget_get_tooltip_markup (widget);
  const char *text = gtk_widget_get_tooltip_text (widget);

  g_assert (GTK_IS_WIDGET (widget));

  /* Widgets that answer for themselves (cells, rows) keep doing so. */
  if (markup == NULL && text == NULL)
    return FALSE;
  gtk_tooltip_set_custom (tooltip, haven_tooltip_label_new (markup != NULL ? markup : text, markup != NULL));
  return TRUE;
}

static void
menu_visible_cb (GtkPopover    *popover,
                 GParamSpec    *pspec,
                 GtkMenuButton *button)
{
  g_assert (GTK_IS_MENU_BUTTON (button));

  /* No tooltip over the button's own open menu (GTK 4.8 has no
   * GtkMenuButton:active to watch, so the popover is watched). */
  gtk_widget_set_has_tooltip (GTK_WIDGET (button), !gtk_widget_get_visible (GTK_WIDGET (popover))
                              && gtk_widget_get_tooltip_text (GTK_WIDGET (button)) != NULL);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (!GTK_IS_WIDGET (widget) || g_object_get_qdata (G_OBJECT (widget), handled_quark) != NULL)
    return TRUE;
  if (gtk_widget_get_tooltip_text (widget) == NULL)
    return TRUE;

  g_object_set_qdata (G_OBJECT (widget), handled_quark, GINT_TO_POINTER (TRUE));
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)) != NULL)
    g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)), "notify::visible",
                             G_CALLBACK (menu_visible_cb), widget, 0);
  return TRUE;
}

void
haven_tooltips_init (void)
{
  if (handled_quark != 0)
    return;
  handled_quark = g_quark_from_static_string ("haven-tooltip");
  /* The class must exist for its signals to. */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL, NULL);
}
