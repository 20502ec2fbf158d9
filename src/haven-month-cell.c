/* haven-month-cell.c: one day of the month grid
 *
 * The cell draws its day, its note and its activities itself, with a
 * few Pango layouts kept until its data changes: a month has 42 cells,
 * and switching months must cost no more than relabelling a plain grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-month-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-labels.h"
#include "haven-month-cell.h"
#include "haven-style.h"

#define PADDING      4
#define LINE_SPACING 2
#define MAX_LINES    6

struct _HavenMonthCell
{
  GtkWidget    parent_instance;

  GDate        date;
  gboolean     in_month;
  gboolean     today;
  gboolean     festive;
  char        *note;
  GPtrArray   *occurrences;   /* HavenOccurrence, owned */
  guint        count;

  /* Made on the first draw after a change; owned */
  PangoLayout *day_layout;
  PangoLayout *note_layout;
  PangoLayout *line_layouts[MAX_LINES];
  PangoLayout *more_layout;
  int          line_top[MAX_LINES];    /* where each drawn line starts, for clicks */
  int          line_bottom[MAX_LINES];
  guint        n_drawn;
};

G_DEFINE_FINAL_TYPE (HavenMonthCell, haven_month_cell, GTK_TYPE_WIDGET)

void
haven_activity_type_color (HavenActivityType  type,
                           GdkRGBA           *out)
{
  /* The GNOME palette's middle tones read on light and dark alike. */
  static const char * const colors[] = {
    "#77767b",   /* other */
    "#e66100",   /* birthday party */
    "#e01b24",   /* letter home */
    "#1c71d8",   /* lecture */
    "#2ec27e",   /* parent meeting */
    "#9141ac",   /* home visits */
    "#c64600",   /* family call */
    "#3584e4",   /* theme class meeting */
    "#26a269",   /* outing */
    "#a51d2d",   /* contest */
    "#986a44",   /* interest group */
    "#f5c211",   /* festival party */
    "#33d17a",   /* guardian training */
  };

  gdk_rgba_parse (out, colors[(guint) type < G_N_ELEMENTS (colors) ? type : 0]);
}

static void
clear_layouts (HavenMonthCell *self)
{
  g_assert (HAVEN_IS_MONTH_CELL (self));

  g_clear_object (&self->day_layout);
  g_clear_object (&self->note_layout);
  for (guint i = 0; i < MAX_LINES; i++)
    g_clear_object (&self->line_layouts[i]);
  g_clear_object (&self->more_layout);
}

static void
get_accent (GtkWidget  *widget,
            const char *name,
            const char *fallback,
            GdkRGBA    *out)
{
#if !GTK_CHECK_VERSION (4, 10, 0)
  if (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, out))
    return;
#endif
  gdk_rgba_parse (out, fallback);
}

static PangoLayout *
make_layout (HavenMonthCell *self,
             const char     *text,
             double          scale,
             gboolean        bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  g_assert (HAVEN_IS_MONTH_CELL (self));

  if (scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  return layout;
}

static void
ensure_layouts (HavenMonthCell *self)
{
  char number[8];

  g_assert (HAVEN_IS_MONTH_CELL (self));

  if (self->day_layout != NULL)
    return;

  g_snprintf (number, sizeof number, "%d", g_date_valid (&self->date) ? g_date_get_day (&self->date) : 0);
  self->day_layout = make_layout (self, number, 1.0, TRUE);
  if (self->note != NULL && *self->note != '\0')
    self->note_layout = make_layout (self, self->note, 0.8, self->festive);

  for (guint i = 0; self->occurrences != NULL && i < MIN (self->occurrences->len, MAX_LINES); i++)
    {
      HavenOccurrence *o = g_ptr_array_index (self->occurrences, i);
      int minutes = haven_occurrence_get_start_minutes (o);
      g_autofree char *text = NULL;

      /* The start is enough in a cell; the agenda shows the rest. */
      if (minutes >= 0)
        text = g_strdup_printf ("%02d:%02d %s", minutes / 60, minutes % 60, haven_occurrence_get_title (o));
      else
        text = g_strdup (haven_occurrence_get_title (o));
      self->line_layouts[i] = make_layout (self, text, 0.85, FALSE);
    }
}

static void
append_layout (GtkSnapshot *snapshot,
               PangoLayout *layout,
               double       x,
               double       y,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
haven_month_cell_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  HavenMonthCell *self = HAVEN_MONTH_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA fg, dim, accent, accent_fg;
  int day_w, day_h, y;
  guint n_lines, shown;

  if (width <= 2 * PADDING || height <= 2 * PADDING)
    return;

  ensure_layouts (self);
  haven_style_get_color (widget, &fg);
  dim = fg;
  dim.alpha *= 0.6f;
  get_accent (widget, "accent_bg_color", "#3584e4", &accent);
  get_accent (widget, "accent_fg_color", "#ffffff", &accent_fg);

  /* The day's number, on the accent for today. */
  pango_layout_get_pixel_size (self->day_layout, &day_w, &day_h);
  if (self->today)
    {
      int size = MAX (day_w, day_h) + 4;
      GskRoundedRect circle;

      gsk_rounded_rect_init_from_rect (&circle, &GRAPHENE_RECT_INIT (PADDING, PADDING, size, size), size / 2.0f);
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (PADDING, PADDING, size, size));
      gtk_snapshot_pop (snapshot);
      append_layout (snapshot, self->day_layout, PADDING + (size - day_w) / 2.0, PADDING + (size - day_h) / 2.0,
                     &accent_fg);
      day_h = size;
      day_w = size;
    }
  else
    append_layout (snapshot, self->day_layout, PADDING + 2, PADDING, &fg);

  /* The festival or lunar day, right of the number. */
  if (self->note_layout != NULL)
    {
      int note_w, note_h;
      int room = width - 3 * PADDING - day_w - 2;

      pango_layout_set_width (self->note_layout, MAX (room, 1) * PANGO_SCALE);
      pango_layout_get_pixel_size (self->note_layout, &note_w, &note_h);
      append_layout (snapshot, self->note_layout, width - PADDING - note_w, PADDING + (day_h - note_h) / 2.0,
                     self->festive ? &accent : &dim);
    }

  /* The day's activities, as many as fit; "+N more" for the others. */
  y = PADDING + day_h + LINE_SPACING;
  n_lines = self->occurrences != NULL ? MIN (self->occurrences->len, MAX_LINES) : 0;
  shown = 0;
  for (guint i = 0; i < n_lines; i++)
    {
      PangoLayout *layout = self->line_layouts[i];
      gboolean last = i + 1 == n_lines && self->count <= n_lines;
      int line_w, line_h;
      GdkRGBA bar;

      pango_layout_set_width (layout, (width - 2 * PADDING - 6) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, &line_w, &line_h);
      /* Room for this line, and for "+N more" after it unless it is the last. */
      if (y + line_h * (last ? 1 : 2) + LINE_SPACING > height - PADDING && !(last && y + line_h <= height - PADDING))
        break;
      haven_activity_type_color (haven_occurrence_get_activity_type (g_ptr_array_index (self->occurrences, i)), &bar);
      gtk_snapshot_append_color (snapshot, &bar, &GRAPHENE_RECT_INIT (PADDING, y + 1, 3, line_h - 2));
      append_layout (snapshot, layout, PADDING + 6, y, &fg);
      self->line_top[i] = y;
      self->line_bottom[i] = y + line_h + LINE_SPACING;
      y += line_h + LINE_SPACING;
      shown++;
    }
  self->n_drawn = shown;

  if (self->count > shown)
    {
      /* Translators: in a day of the month grid, how many more activities
       * there are than it has room for. */
      g_autofree char *more = g_strdup_printf (ngettext ("+%u more", "+%u more", self->count - shown),
                                               self->count - shown);

      g_clear_object (&self->more_layout);
      self->more_layout = make_layout (self, more, 0.8, TRUE);
      pango_layout_set_width (self->more_layout, (width - 2 * PADDING) * PANGO_SCALE);
      if (y < height - PADDING)
        append_layout (snapshot, self->more_layout, PADDING + 6, y, &dim);
    }
}

static void
haven_month_cell_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* The grid shares its room out; a cell asks for a day and one line. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 32 : 40;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 96 : 80;
}

static void
haven_month_cell_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  HavenMonthCell *self = HAVEN_MONTH_CELL (widget);

  GTK_WIDGET_CLASS (haven_month_cell_parent_class)->css_changed (widget, change);
  /* Fonts may have changed with the style. */
  clear_layouts (self);
}

static void
haven_month_cell_dispose (GObject *object)
{
  HavenMonthCell *self = HAVEN_MONTH_CELL (object);

  clear_layouts (self);
  g_clear_pointer (&self->occurrences, g_ptr_array_unref);

  G_OBJECT_CLASS (haven_month_cell_parent_class)->dispose (object);
}

static void
haven_month_cell_finalize (GObject *object)
{
  HavenMonthCell *self = HAVEN_MONTH_CELL (object);

  g_free (self->note);

  G_OBJECT_CLASS (haven_month_cell_parent_class)->finalize (object);
}

static void
haven_month_cell_class_init (HavenMonthCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_month_cell_dispose;
  object_class->finalize = haven_month_cell_finalize;
  widget_class->snapshot = haven_month_cell_snapshot;
  widget_class->measure = haven_month_cell_measure;
  widget_class->css_changed = haven_month_cell_css_changed;

  gtk_widget_class_set_css_name (widget_class, "month-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
haven_month_cell_init (HavenMonthCell *self)
{
  g_assert (HAVEN_IS_MONTH_CELL (self));

  g_date_clear (&self->date, 1);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
haven_month_cell_new (void)
{
  return g_object_new (HAVEN_TYPE_MONTH_CELL, NULL);
}

void
haven_month_cell_set_day (HavenMonthCell *self,
                          const GDate    *date,
                          gboolean        in_month,
                          gboolean        today,
                          const char     *note,
                          gboolean        festive)
{
  GtkWidget *widget = GTK_WIDGET (self);

  g_return_if_fail (HAVEN_IS_MONTH_CELL (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
  self->in_month = in_month;
  self->today = today;
  self->festive = festive;
  g_free (self->note);
  self->note = g_strdup (note);

  if (in_month)
    gtk_widget_remove_css_class (widget, "other-month");
  else
    gtk_widget_add_css_class (widget, "other-month");
  if (today)
    gtk_widget_add_css_class (widget, "today");
  else
    gtk_widget_remove_css_class (widget, "today");

  clear_layouts (self);
  gtk_widget_queue_draw (widget);
}

const GDate *
haven_month_cell_get_date (HavenMonthCell *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), NULL);
  return &self->date;
}

gboolean
haven_month_cell_get_in_month (HavenMonthCell *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), FALSE);
  return self->in_month;
}

void
haven_month_cell_set_occurrences (HavenMonthCell *self,
                                  GPtrArray      *occurrences,
                                  guint           count)
{
  g_return_if_fail (HAVEN_IS_MONTH_CELL (self));

  if (occurrences == NULL && self->occurrences == NULL && count == self->count)
    return;
  g_clear_pointer (&self->occurrences, g_ptr_array_unref);
  if (occurrences != NULL)
    self->occurrences = g_ptr_array_ref (occurrences);
  self->count = count;
  self->n_drawn = 0;
  clear_layouts (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
haven_month_cell_get_count (HavenMonthCell *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), 0);
  return self->count;
}

GPtrArray *
haven_month_cell_get_occurrences (HavenMonthCell *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), NULL);
  return self->occurrences;
}

void
haven_month_cell_set_selected (HavenMonthCell *self,
                               gboolean        selected)
{
  g_return_if_fail (HAVEN_IS_MONTH_CELL (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

HavenOccurrence *
haven_month_cell_occurrence_at (HavenMonthCell *self,
                                double          y)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), NULL);

  for (guint i = 0; i < self->n_drawn && self->occurrences != NULL && i < self->occurrences->len; i++)
    if (y >= self->line_top[i] && y < self->line_bottom[i])
      return g_ptr_array_index (self->occurrences, i);
  return NULL;
}

char *
haven_month_cell_describe (HavenMonthCell *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char day[128];

  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (self), NULL);

  if (!g_date_valid (&self->date))
    return g_strdup ("");
  /* Translators: a day as a screen reader says it in the month grid;
   * see strftime(3). */
  g_date_strftime (day, sizeof day, _("%A %e %B"), &self->date);
  g_string_append (text, g_strstrip (day));
  if (self->note != NULL && *self->note != '\0')
    g_string_append_printf (text, _(", %s"), self->note);
  if (self->count == 0)
    g_string_append_printf (text, _(", %s"), _("no activities"));
  else
    {
      g_string_append (text, _(", "));
      /* Translators: how many activities a day has, said by a screen reader. */
      g_string_append_printf (text, ngettext ("%u activity", "%u activities", self->count), self->count);
      for (guint i = 0; self->occurrences != NULL && i < self->occurrences->len; i++)
        g_string_append_printf (text, _(", %s"), haven_occurrence_get_title (g_ptr_array_index (self->occurrences, i)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
