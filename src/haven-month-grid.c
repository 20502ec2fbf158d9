/* haven-month-grid.c: a month of days, weeks from Monday
 *
 * The grid keeps its 42 cells and 7 weekday labels for good; a new month
 * only gives them new days. Keys move between days (arrows, Home, End)
 * and months (Page Up, Page Down); Enter opens the day. An activity
 * dragged onto a day moves to that very day, greyed days of the months
 * around included (elementary/calendar#684 moved it to the day of the
 * same number in the month shown).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-month-grid"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "haven-festival.h"
#include "haven-lunar.h"
#include "haven-month-grid.h"

#define DRAG_PREFIX "haven-occurrence:"

struct _HavenMonthGrid
{
  GtkWidget        parent_instance;

  /* Owned children */
  GtkWidget       *headers[7];
  HavenMonthCell  *cells[HAVEN_MONTH_GRID_DAYS];

  int              year;
  int              month;
  char             month_text[8];
  GDate            first;
  GDate            selected;
  GDate            today;
  gboolean         today_set;
  gboolean         show_lunar;
  gboolean         editable;
  gboolean         loaded;
  /* The cells still show the month before: the new one's days and
   * activities go in together, in one frame, when the activities come
   * or, if they are slow, after FLUSH_DELAY_MS. */
  gboolean         pending;
  guint            flush_source;
};

#define FLUSH_DELAY_MS 120

enum {
  PROP_0,
  PROP_MONTH,
  PROP_SELECTED,
  PROP_LOADED,
  N_PROPS
};

enum {
  DAY_ACTIVATED,
  OCCURRENCE_ACTIVATED,
  OCCURRENCE_MOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenMonthGrid, haven_month_grid, GTK_TYPE_WIDGET)

static guint
index_of (HavenMonthGrid *self,
          const GDate    *day)
{
  gint64 offset = (gint64) g_date_get_julian (day) - g_date_get_julian (&self->first);

  g_assert (HAVEN_IS_MONTH_GRID (self));

  return offset >= 0 && offset < HAVEN_MONTH_GRID_DAYS ? (guint) offset : G_MAXUINT;
}

static void
real_today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
}

/* What shows beside the number: a festival, else (in Chinese) the lunar
 * day. Festivals are found by their dates, never by a library's names. */
static char *
note_for (HavenMonthGrid *self,
          const GDate    *day,
          gboolean       *festive)
{
  HavenFestival festivals[HAVEN_N_FESTIVALS];
  HavenLunarDate lunar;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  *festive = FALSE;
  if (haven_festival_on_date (day, festivals) > 0)
    {
      *festive = TRUE;
      return g_strdup (haven_festival_get_name (festivals[0]));
    }
  if (self->show_lunar && haven_lunar_from_solar (day, &lunar))
    return haven_lunar_day_label (&lunar);
  return NULL;
}

static void
update_cell_label (HavenMonthCell *cell)
{
  g_autofree char *text = haven_month_cell_describe (cell);

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
fill_days (HavenMonthGrid *self)
{
  GDate today = self->today;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  self->pending = FALSE;
  g_clear_handle_id (&self->flush_source, g_source_remove);

  if (!self->today_set)
    real_today (&today);

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      GDate day = self->first;
      g_autofree char *note = NULL;
      gboolean festive;

      g_date_add_days (&day, i);
      note = note_for (self, &day, &festive);
      haven_month_cell_set_day (self->cells[i], &day, (int) g_date_get_month (&day) == self->month,
                                g_date_compare (&day, &today) == 0, note, festive);
      haven_month_cell_set_occurrences (self->cells[i], NULL, 0);
      haven_month_cell_set_selected (self->cells[i], g_date_valid (&self->selected)
                                                     && g_date_compare (&day, &self->selected) == 0);
      update_cell_label (self->cells[i]);
    }
}

static void
set_loaded (HavenMonthGrid *self,
            gboolean        loaded)
{
  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (self->loaded == loaded)
    return;
  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static gboolean
flush_cb (gpointer user_data)
{
  HavenMonthGrid *self = user_data;

  self->flush_source = 0;
  if (self->pending)
    fill_days (self);
  return G_SOURCE_REMOVE;
}

/* The new month's days, now, when something needs the cells as they are. */
static void
flush (HavenMonthGrid *self)
{
  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (self->pending)
    fill_days (self);
}

void
haven_month_grid_set_month (HavenMonthGrid *self,
                            int             year,
                            int             month)
{
  GDate first_of_month;

  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));
  g_return_if_fail (g_date_valid_dmy (1, month, year));

  if (self->year == year && self->month == month)
    return;
  self->year = year;
  self->month = month;
  g_snprintf (self->month_text, sizeof self->month_text, "%04d-%02d", year, month);

  g_date_clear (&first_of_month, 1);
  g_date_set_dmy (&first_of_month, 1, month, year);
  self->first = first_of_month;
  g_date_subtract_days (&self->first, g_date_get_weekday (&first_of_month) - G_DATE_MONDAY);

  /* The first month shows at once; a switch waits a little for its
   * activities, so it paints once. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_days (self);
  else
    {
      self->pending = TRUE;
      if (self->flush_source == 0)
        self->flush_source = g_timeout_add (FLUSH_DELAY_MS, flush_cb, self);
    }
  set_loaded (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTH]);
}

const char *
haven_month_grid_get_month (HavenMonthGrid *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_GRID (self), NULL);
  return self->month_text;
}

void
haven_month_grid_get_range (HavenMonthGrid *self,
                            GDate          *first,
                            GDate          *end)
{
  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));

  if (first != NULL)
    *first = self->first;
  if (end != NULL)
    {
      *end = self->first;
      g_date_add_days (end, HAVEN_MONTH_GRID_DAYS);
    }
}

void
haven_month_grid_set_summary (HavenMonthGrid  *self,
                              HavenDaySummary *summary)
{
  guint next = 0;

  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));
  g_return_if_fail (summary != NULL);

  /* An answer for a month already left behind. */
  if (g_date_compare (&summary->first, &self->first) != 0 || summary->n_days != HAVEN_MONTH_GRID_DAYS)
    return;
  flush (self);

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      guint32 julian = g_date_get_julian (&self->first) + i;
      g_autoptr(GPtrArray) day = NULL;

      while (next < summary->occurrences->len
             && haven_occurrence_get_julian (g_ptr_array_index (summary->occurrences, next)) == julian)
        {
          if (day == NULL)
            day = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (day, g_object_ref (g_ptr_array_index (summary->occurrences, next)));
          next++;
        }
      haven_month_cell_set_occurrences (self->cells[i], day, summary->counts[i]);
      update_cell_label (self->cells[i]);
    }
  set_loaded (self, TRUE);
}

gboolean
haven_month_grid_get_loaded (HavenMonthGrid *self)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_GRID (self), FALSE);
  return self->loaded;
}

static gboolean
focus_within (HavenMonthGrid *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

void
haven_month_grid_select (HavenMonthGrid *self,
                         const GDate    *day)
{
  gboolean had_focus;
  guint old, index;

  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  had_focus = focus_within (self);
  old = g_date_valid (&self->selected) ? index_of (self, &self->selected) : G_MAXUINT;
  if (old != G_MAXUINT)
    haven_month_cell_set_selected (self->cells[old], FALSE);

  self->selected = *day;
  haven_month_grid_set_month (self, g_date_get_year (day), g_date_get_month (day));
  index = index_of (self, day);
  if (!self->pending)
    haven_month_cell_set_selected (self->cells[index], TRUE);
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->cells[index]));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
haven_month_grid_get_selected (HavenMonthGrid *self,
                               GDate          *out)
{
  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));
  *out = self->selected;
}

void
haven_month_grid_focus_selected (HavenMonthGrid *self)
{
  guint index;

  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));

  index = g_date_valid (&self->selected) ? index_of (self, &self->selected) : G_MAXUINT;
  gtk_widget_grab_focus (GTK_WIDGET (self->cells[index != G_MAXUINT ? index : 0]));
}

void
haven_month_grid_set_today (HavenMonthGrid *self,
                            const GDate    *today)
{
  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));

  self->today_set = today != NULL;
  if (today != NULL)
    self->today = *today;
  if (self->month != 0)
    fill_days (self);
}

void
haven_month_grid_set_show_lunar (HavenMonthGrid *self,
                                 gboolean        show_lunar)
{
  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));

  if (self->show_lunar == !!show_lunar)
    return;
  self->show_lunar = !!show_lunar;
  if (self->month != 0)
    fill_days (self);
}

void
haven_month_grid_set_editable (HavenMonthGrid *self,
                               gboolean        editable)
{
  g_return_if_fail (HAVEN_IS_MONTH_GRID (self));
  self->editable = editable;
}

HavenMonthCell *
haven_month_grid_get_cell (HavenMonthGrid *self,
                           guint           index)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_GRID (self), NULL);
  g_return_val_if_fail (index < HAVEN_MONTH_GRID_DAYS, NULL);
  flush (self);
  return self->cells[index];
}

HavenMonthCell *
haven_month_grid_get_cell_for (HavenMonthGrid *self,
                               const GDate    *day)
{
  guint index;

  g_return_val_if_fail (HAVEN_IS_MONTH_GRID (self), NULL);
  flush (self);
  index = index_of (self, day);
  return index != G_MAXUINT ? self->cells[index] : NULL;
}

/* Keys */

static void
move_by_days (HavenMonthGrid *self,
              int             days)
{
  GDate day = self->selected;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (days > 0)
    g_date_add_days (&day, days);
  else
    g_date_subtract_days (&day, -days);
  haven_month_grid_select (self, &day);
}

static void
move_by_months (HavenMonthGrid *self,
                int             months)
{
  GDate day = self->selected;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  /* 31 January and a month on is the end of February. */
  if (months > 0)
    g_date_add_months (&day, months);
  else
    g_date_subtract_months (&day, -months);
  haven_month_grid_select (self, &day);
}

static gboolean
key_pressed_cb (HavenMonthGrid        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (!g_date_valid (&self->selected) || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_by_days (self, rtl ? 1 : -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_by_days (self, rtl ? -1 : 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_by_days (self, -7);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_by_days (self, 7);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_by_days (self, -(int) (g_date_get_weekday (&self->selected) - G_DATE_MONDAY));
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move_by_days (self, G_DATE_SUNDAY - g_date_get_weekday (&self->selected));
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_by_months (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_by_months (self, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      {
        guint index;
        char day[11];

        flush (self);
        index = index_of (self, &self->selected);
        g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (&self->selected),
                    g_date_get_month (&self->selected), g_date_get_day (&self->selected));
        g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->cells[index], day);
      }
      return TRUE;
    default:
      return FALSE;
    }
}

/* Pointer */

static void
cell_released_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  HavenMonthGrid  *self)
{
  HavenMonthCell *cell = HAVEN_MONTH_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  HavenOccurrence *occurrence;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  flush (self);
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  haven_month_grid_select (self, haven_month_cell_get_date (cell));
  occurrence = haven_month_cell_occurrence_at (cell, y);
  if (occurrence != NULL && n_press == 1)
    g_signal_emit (self, signals[OCCURRENCE_ACTIVATED], 0, occurrence, cell);
  else if (occurrence == NULL && n_press == 2)
    {
      const GDate *date = haven_month_cell_get_date (cell);
      char day[11];

      g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                  g_date_get_day (date));
      g_signal_emit (self, signals[DAY_ACTIVATED], 0, cell, day);
    }
}

static void
cell_focused_cb (GtkEventControllerFocus *controller,
                 HavenMonthGrid          *self)
{
  HavenMonthCell *cell = HAVEN_MONTH_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  g_assert (HAVEN_IS_MONTH_GRID (self));

  /* The cells may still show the month left; the selection is right. */
  if (self->pending)
    return;
  /* Tab into the grid selects the day it lands on. */
  if (!g_date_valid (&self->selected) || g_date_compare (&self->selected, haven_month_cell_get_date (cell)) != 0)
    haven_month_grid_select (self, haven_month_cell_get_date (cell));
}

/* Drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource  *source,
                 double          x,
                 double          y,
                 HavenMonthGrid *self)
{
  HavenMonthCell *cell = HAVEN_MONTH_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));
  HavenOccurrence *occurrence;
  g_autofree char *text = NULL;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  occurrence = self->editable && !self->pending ? haven_month_cell_occurrence_at (cell, y) : NULL;
  if (occurrence == NULL)
    return NULL;
  g_object_set_data_full (G_OBJECT (source), "haven-occurrence", g_object_ref (occurrence), g_object_unref);
  text = g_strdup_printf (DRAG_PREFIX "%" G_GINT64_FORMAT ":%s:%s", haven_occurrence_get_activity_id (occurrence),
                          haven_occurrence_get_original_text (occurrence), haven_occurrence_get_date_text (occurrence));
  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               HavenMonthGrid *self)
{
  HavenOccurrence *occurrence = g_object_get_data (G_OBJECT (source), "haven-occurrence");
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GdkPaintable) icon = NULL;
  GtkSnapshot *snapshot;
  GdkRGBA bar, paper, ink;
  int width, height;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (occurrence == NULL)
    return;
  /* The activity's title on a chip of its colour follows the pointer. */
  layout = gtk_widget_create_pango_layout (cell, haven_occurrence_get_title (occurrence));
  pango_layout_get_pixel_size (layout, &width, &height);
  haven_activity_type_color (haven_occurrence_get_activity_type (occurrence), &bar);
  gdk_rgba_parse (&paper, "#ffffff");
  gdk_rgba_parse (&ink, "#241f31");
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &paper, &GRAPHENE_RECT_INIT (0, 0, width + 16, height + 8));
  gtk_snapshot_append_color (snapshot, &bar, &GRAPHENE_RECT_INIT (0, 0, 4, height + 8));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (10, 4));
  gtk_snapshot_append_layout (snapshot, layout, &ink);
  icon = gtk_snapshot_free_to_paintable (snapshot, &GRAPHENE_SIZE_INIT (width + 16, height + 8));
  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
parse_drag (const char  *text,
            gint64      *activity_id,
            char         original[11],
            char         current[11])
{
  char a[11], c[11];
  long long id;

  if (text == NULL || !g_str_has_prefix (text, DRAG_PREFIX))
    return FALSE;
  if (sscanf (text + strlen (DRAG_PREFIX), "%lld:%10[0-9-]:%10[0-9-]", &id, a, c) != 3 || id <= 0)
    return FALSE;
  *activity_id = id;
  g_strlcpy (original, a, 11);
  g_strlcpy (current, c, 11);
  return TRUE;
}

static gboolean
drop_on (HavenMonthGrid *self,
         HavenMonthCell *cell,
         gint64          activity_id,
         const char     *original,
         const char     *current)
{
  const GDate *date = haven_month_cell_get_date (cell);
  char day[11];

  g_assert (HAVEN_IS_MONTH_GRID (self));

  /* The cell's own day: a greyed day of September in an October grid is
   * September's. */
  g_snprintf (day, sizeof day, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
  if (g_str_equal (day, current))
    return FALSE;
  g_signal_emit (self, signals[OCCURRENCE_MOVED], 0, activity_id, original, day);
  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         HavenMonthGrid *self)
{
  HavenMonthCell *cell = HAVEN_MONTH_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  char original[11], current[11];
  gint64 activity_id;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  gtk_widget_remove_css_class (GTK_WIDGET (cell), "drop-target");
  if (!self->editable || self->pending || !G_VALUE_HOLDS_STRING (value)
      || !parse_drag (g_value_get_string (value), &activity_id, original, current))
    return FALSE;
  return drop_on (self, cell, activity_id, original, current);
}

static GdkDragAction
drop_enter_cb (GtkDropTarget  *target,
               double          x,
               double          y,
               HavenMonthGrid *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  g_assert (HAVEN_IS_MONTH_GRID (self));

  if (!self->editable)
    return 0;
  gtk_widget_add_css_class (cell, "drop-target");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget  *target,
               HavenMonthGrid *self)
{
  gtk_widget_remove_css_class (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)), "drop-target");
}

gboolean
haven_month_grid_drop (HavenMonthGrid  *self,
                       HavenOccurrence *occurrence,
                       HavenMonthCell  *cell)
{
  g_return_val_if_fail (HAVEN_IS_MONTH_GRID (self), FALSE);
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (occurrence), FALSE);
  g_return_val_if_fail (HAVEN_IS_MONTH_CELL (cell), FALSE);

  if (!self->editable)
    return FALSE;
  flush (self);
  return drop_on (self, cell, haven_occurrence_get_activity_id (occurrence),
                  haven_occurrence_get_original_text (occurrence), haven_occurrence_get_date_text (occurrence));
}

/* Layout */

static void
haven_month_grid_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  HavenMonthGrid *self = HAVEN_MONTH_GRID (widget);
  int header_min = 0, header_nat = 0, cell_min = 0, cell_nat = 0;

  for (guint i = 0; i < 7; i++)
    {
      int m, n;

      gtk_widget_measure (self->headers[i], orientation, -1, &m, &n, NULL, NULL);
      header_min = MAX (header_min, m);
      header_nat = MAX (header_nat, n);
    }
  gtk_widget_measure (GTK_WIDGET (self->cells[0]), orientation, -1, &cell_min, &cell_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 7 * MAX (header_min, cell_min);
      *natural = 7 * MAX (header_nat, cell_nat);
    }
  else
    {
      *minimum = header_nat + 6 * cell_min;
      *natural = header_nat + 6 * cell_nat;
    }
}

static void
haven_month_grid_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  HavenMonthGrid *self = HAVEN_MONTH_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int header_h = 0;
  int x[8], y[7];

  for (guint i = 0; i < 7; i++)
    {
      int m, n;

      gtk_widget_measure (self->headers[i], GTK_ORIENTATION_VERTICAL, -1, &m, &n, NULL, NULL);
      header_h = MAX (header_h, n);
    }

  /* Columns and rows share the room; the remainders spread over them. */
  for (guint c = 0; c <= 7; c++)
    x[c] = width * (int) c / 7;
  for (guint r = 0; r <= 6; r++)
    y[r] = header_h + (height - header_h) * (int) r / 6;

  for (guint c = 0; c < 7; c++)
    {
      guint column = rtl ? 6 - c : c;

      gtk_widget_size_allocate (self->headers[c],
                                &(GtkAllocation) { x[column], 0, x[column + 1] - x[column], header_h }, -1);
    }
  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      guint row = i / 7, column = rtl ? 6 - i % 7 : i % 7;

      gtk_widget_size_allocate (GTK_WIDGET (self->cells[i]),
                                &(GtkAllocation) { x[column], y[row], x[column + 1] - x[column], y[row + 1] - y[row] },
                                -1);
    }
}

/* GObject */

static void
haven_month_grid_dispose (GObject *object)
{
  HavenMonthGrid *self = HAVEN_MONTH_GRID (object);
  GtkWidget *child;

  g_clear_handle_id (&self->flush_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  memset (self->headers, 0, sizeof self->headers);
  memset (self->cells, 0, sizeof self->cells);

  G_OBJECT_CLASS (haven_month_grid_parent_class)->dispose (object);
}

static void
haven_month_grid_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HavenMonthGrid *self = HAVEN_MONTH_GRID (object);

  switch (prop_id)
    {
    case PROP_MONTH:
      g_value_set_string (value, self->month_text);
      break;
    case PROP_SELECTED:
      if (g_date_valid (&self->selected))
        g_value_take_string (value, haven_date_format_iso (&self->selected));
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_month_grid_class_init (HavenMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_month_grid_dispose;
  object_class->get_property = haven_month_grid_get_property;
  widget_class->measure = haven_month_grid_measure;
  widget_class->size_allocate = haven_month_grid_size_allocate;

  properties[PROP_MONTH] = g_param_spec_string ("month", NULL, NULL, "",
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED] = g_param_spec_string ("selected", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenMonthGrid::day-activated:
   * @cell: the day's cell
   * @day: "YYYY-MM-DD"
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, HAVEN_TYPE_MONTH_CELL, G_TYPE_STRING);
  /**
   * HavenMonthGrid::occurrence-activated:
   * @occurrence: the activity clicked on
   * @cell: its day's cell
   */
  signals[OCCURRENCE_ACTIVATED] =
    g_signal_new ("occurrence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, HAVEN_TYPE_OCCURRENCE, HAVEN_TYPE_MONTH_CELL);
  /**
   * HavenMonthGrid::occurrence-moved:
   * @activity_id: the occurrence's activity
   * @original_date: its day in its series
   * @new_date: the day it was dropped on
   */
  signals[OCCURRENCE_MOVED] =
    g_signal_new ("occurrence-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "month-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
haven_month_grid_init (HavenMonthGrid *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GDate monday;

  g_assert (HAVEN_IS_MONTH_GRID (self));

  g_date_clear (&self->selected, 1);
  g_date_clear (&self->today, 1);
  g_date_clear (&monday, 1);
  /* A Monday, to name the days of the week in the locale. */
  g_date_set_dmy (&monday, 5, G_DATE_JANUARY, 2026);

  for (guint i = 0; i < 7; i++)
    {
      char name[64];

      g_date_strftime (name, sizeof name, "%a", &monday);
      self->headers[i] = gtk_label_new (name);
      gtk_widget_add_css_class (self->headers[i], "weekday");
      if (i >= 5)
        gtk_widget_add_css_class (self->headers[i], "weekend");
      gtk_widget_set_parent (self->headers[i], GTK_WIDGET (self));
      g_date_add_days (&monday, 1);
    }

  for (guint i = 0; i < HAVEN_MONTH_GRID_DAYS; i++)
    {
      GtkWidget *cell = haven_month_cell_new ();
      GtkGesture *click = gtk_gesture_click_new ();
      GtkEventController *focus = gtk_event_controller_focus_new ();
      GtkDragSource *drag = gtk_drag_source_new ();
      GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

      self->cells[i] = HAVEN_MONTH_CELL (cell);
      gtk_widget_set_parent (cell, GTK_WIDGET (self));
      if (i % 7 >= 5)
        gtk_widget_add_css_class (cell, "weekend");

      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
      g_signal_connect_object (click, "released", G_CALLBACK (cell_released_cb), self, 0);
      gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
      g_signal_connect_object (focus, "enter", G_CALLBACK (cell_focused_cb), self, 0);
      gtk_widget_add_controller (cell, focus);

      gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
      g_signal_connect_object (drag, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
      g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
      gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (drag));
      g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
      g_signal_connect_object (drop, "enter", G_CALLBACK (drop_enter_cb), self, 0);
      g_signal_connect_object (drop, "leave", G_CALLBACK (drop_leave_cb), self, 0);
      gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (drop));
    }

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
haven_month_grid_new (void)
{
  return g_object_new (HAVEN_TYPE_MONTH_GRID, NULL);
}
