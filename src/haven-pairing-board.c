/* haven-pairing-board.c: the columns of the pairing board, side by side
 *
 * A board can hold hundreds of mentors, so it builds only the columns on
 * screen or within NEAR_MARGIN of it. Its width func tells it every
 * column's width without building one, so it knows where each column
 * goes and how wide the board is.
 *
 * The columns it builds stay its children for good. A column that
 * scrolls away is bound to the item that comes into view and moved
 * there: it keeps its widgets, its styles and its cards, and only shows
 * other words. (GTK 4.8's list views rebuild their rows' widgets, and
 * moving a column from one row to another restyled and remapped all it
 * held: a column's worth of cards a frame while scrolling across.)
 *
 * With the software renderer it paints each column once into an image and
 * moves that image while the column does not change (draw_column).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-board"

#include "config.h"

#include "haven-pairing-board.h"
#include "haven-style.h"

/* How far off screen the board keeps columns built, so that scrolling
 * shows columns already filled. */
#define NEAR_MARGIN 320
/* How much further, in the way the board last scrolled, columns are built
 * between frames (prepare_cb): a frame then only moves them. */
#define AHEAD_MARGIN 640
#define MAX_PREPARED 32

typedef struct
{
  HavenPairingColumn *column;
  guint               position;
  gboolean            shows;        /* on screen, as the board last allocated it */
  gboolean            laid_out;     /* laid out between frames since it was bound */
  gboolean            leaving;      /* gone from near the view: let go between frames */

  /* With the software renderer: the column drawn once (see draw_column) */
  GskRenderNode      *drawn;        /* the column's node when last painted */
  GskRenderNode      *image;        /* a node painting that node drawn once, or NULL */
  gboolean            changing;     /* its node differed from the frame before */
} Placed;

struct _HavenPairingBoard
{
  GtkWidget                   parent_instance;

  GListModel                 *model;
  GtkAdjustment              *hadjustment;
  GtkAdjustment              *vadjustment;
  guint                       hscroll_policy : 1;
  guint                       vscroll_policy : 1;

  HavenPairingBoardWidthFunc  width_func;
  HavenPairingBoardBindFunc   bind_func;
  gpointer                    func_data;

  GArray                     *offsets;   /* int: where each item starts, and the end */
  gboolean                    offsets_valid;
  GArray                     *placed;    /* Placed: the columns bound now */
  GPtrArray                  *spare;     /* HavenPairingColumn: children waiting, hidden */

  double                      last_value;
  int                         direction;        /* +1 or -1: the way it last scrolled */
  guint                       prepare_source;
  guint                       prepared;         /* columns prepared since the last frame */
};

static void haven_pairing_board_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HavenPairingBoard, haven_pairing_board, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, haven_pairing_board_scrollable_init))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static void
haven_pairing_board_scrollable_init (GtkScrollableInterface *iface)
{
}

/* Where columns go */

static guint
n_items (HavenPairingBoard *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static void
ensure_offsets (HavenPairingBoard *self)
{
  guint n = n_items (self);
  int x = 0;

  if (self->offsets_valid)
    return;
  g_array_set_size (self->offsets, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);

      g_array_index (self->offsets, int, i) = x;
      x += self->width_func != NULL ? MAX (0, self->width_func (item, self->func_data)) : 0;
    }
  g_array_index (self->offsets, int, n) = x;
  self->offsets_valid = TRUE;
}

static int
item_start (HavenPairingBoard *self,
            guint              position)
{
  return g_array_index (self->offsets, int, position);
}

static int
item_width (HavenPairingBoard *self,
            guint              position)
{
  return g_array_index (self->offsets, int, position + 1) - g_array_index (self->offsets, int, position);
}

/* The item under x, clamped to the items. */
static guint
item_at (HavenPairingBoard *self,
         int                x)
{
  guint low = 0, high = n_items (self);

  if (high == 0)
    return 0;
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (item_start (self, middle) <= x)
        low = middle;
      else
        high = middle;
    }
  return low;
}

static Placed *
find_placed (HavenPairingBoard *self,
             guint              position)
{
  for (guint i = 0; i < self->placed->len; i++)
    if (g_array_index (self->placed, Placed, i).position == position)
      return &g_array_index (self->placed, Placed, i);
  return NULL;
}

/* The items near the view, built in the frame when they are not yet; with
 * ahead, and those beyond them the way the board scrolls, built between
 * frames. */
static void
item_range (HavenPairingBoard *self,
            int                width,
            gboolean           ahead,
            guint             *first,
            guint             *last)
{
  double value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  int before = NEAR_MARGIN + (ahead && self->direction < 0 ? AHEAD_MARGIN : 0);
  int after = NEAR_MARGIN + (ahead && self->direction > 0 ? AHEAD_MARGIN : 0);

  *first = item_at (self, (int) value - before);
  *last = item_at (self, (int) value + width + after);
}

/* Where the item starts, from the view's start. */
static int
item_x (HavenPairingBoard *self,
        guint              position)
{
  double value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;

  return item_start (self, position) - (int) value;
}

/* Whether the item is on screen. */
static gboolean
item_shows (HavenPairingBoard *self,
            guint              position,
            int                width)
{
  int x = item_x (self, position);

  return x < width && x + item_width (self, position) > 0;
}

static void
forget_drawing (Placed *placed)
{
  g_clear_pointer (&placed->drawn, gsk_render_node_unref);
  g_clear_pointer (&placed->image, gsk_render_node_unref);
  placed->changing = FALSE;
}

static void
release (HavenPairingBoard *self,
         guint              i)
{
  HavenPairingColumn *column = g_array_index (self->placed, Placed, i).column;

  forget_drawing (&g_array_index (self->placed, Placed, i));
  g_array_remove_index_fast (self->placed, i);
  haven_pairing_column_set_shown (column, FALSE);
  haven_pairing_column_unbind (column);
  gtk_widget_set_child_visible (GTK_WIDGET (column), FALSE);
  g_ptr_array_add (self->spare, column);
}

static void queue_prepare (HavenPairingBoard *self);

/* Lets go of one column gone from near the view, if there is one. */
static gboolean
release_leaving (HavenPairingBoard *self)
{
  for (guint i = self->placed->len; i-- > 0;)
    if (g_array_index (self->placed, Placed, i).leaving)
      {
        release (self, i);
        return TRUE;
      }
  return FALSE;
}

static HavenPairingColumn *
place (HavenPairingBoard *self,
       guint              position)
{
  Placed *placed = find_placed (self, position);
  g_autoptr(GObject) item = NULL;
  HavenPairingColumn *column;

  if (placed != NULL)
    return placed->column;

  if (self->spare->len == 0)
    release_leaving (self);
  if (self->spare->len > 0)
    column = g_ptr_array_steal_index_fast (self->spare, self->spare->len - 1);
  else
    {
      column = HAVEN_PAIRING_COLUMN (haven_pairing_column_new ());
      gtk_widget_set_parent (GTK_WIDGET (column), GTK_WIDGET (self));
      /* Once it shows its cards, it can be drawn between frames. */
      g_signal_connect_object (column, "notify::settled", G_CALLBACK (queue_prepare), self, G_CONNECT_SWAPPED);
    }
  g_array_append_val (self->placed, ((Placed) { .column = column, .position = position }));
  gtk_widget_set_child_visible (GTK_WIDGET (column), TRUE);
  item = g_list_model_get_item (self->model, position);
  if (self->bind_func != NULL)
    self->bind_func (column, item, self->func_data);
  return column;
}

/* The columns of the items near the view are built, the others go. */
static void
update_placed (HavenPairingBoard *self,
               int                width)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self));
  guint first, last, kept_first, kept_last;

  if (n_items (self) == 0)
    {
      while (self->placed->len > 0)
        release (self, self->placed->len - 1);
      return;
    }
  item_range (self, width, FALSE, &first, &last);
  item_range (self, width, TRUE, &kept_first, &kept_last);

  /* Those gone from near the view are let go between frames (or when a
   * column coming near needs theirs): emptying a column's list in the
   * frame's layout asked for a second layout of the whole window, in 142
   * of 300 frames scrolling across. The column holding the focus stays,
   * wherever it has gone. So does the first: on the pairing page it is
   * Unpaired, whose list is the longest, and letting it go took 14 ms, a
   * stall, as the board scrolled past it. */
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);

      placed->leaving = (placed->position < kept_first || placed->position > kept_last) && placed->position != 0
                        && GTK_WIDGET (placed->column) != focus;
    }
  for (guint position = first; position <= last; position++)
    place (self, position);
  queue_prepare (self);
}

/* GtkWidget */

static void
haven_pairing_board_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (widget);
  int width;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* A scrolled window shows as much as it is given. */
      ensure_offsets (self);
      *natural = g_array_index (self->offsets, int, n_items (self));
      return;
    }
  /* At the width each column gets, as it is allocated (and laid out
   * between frames): a column measured at another width lays its text out
   * twice. Only those on screen: the others are laid out between frames
   * (prepare_cb), and a frame that laid out a column just bound beside the
   * view took 15-28 ms. */
  ensure_offsets (self);
  width = gtk_widget_get_width (widget);
  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);
      int column_min, column_nat;

      if (width > 0 && !item_shows (self, placed->position, width))
        continue;
      gtk_widget_measure (GTK_WIDGET (placed->column), orientation, item_width (self, placed->position),
                          &column_min, &column_nat, NULL, NULL);
      *minimum = MAX (*minimum, column_min);
      *natural = MAX (*natural, column_nat);
    }
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page_size)
{
  double value;

  /* Never below the page, as a list view does: a scrolled window takes
   * an upper below its page for more to come (its undershoot shows). */
  upper = MAX (upper, page_size);
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - page_size);

  if (gtk_adjustment_get_upper (adjustment) != upper || gtk_adjustment_get_page_size (adjustment) != page_size
      || gtk_adjustment_get_value (adjustment) != value)
    gtk_adjustment_configure (adjustment, value, 0, upper, page_size * 0.1, page_size * 0.9, page_size);
}

static void
allocate_column (HavenPairingBoard *self,
                 Placed            *placed,
                 int                width,
                 int                height)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int column_width = item_width (self, placed->position);
  int x = item_x (self, placed->position);
  int minimum;

  gtk_widget_measure (GTK_WIDGET (placed->column), GTK_ORIENTATION_VERTICAL, column_width, &minimum, NULL,
                      NULL, NULL);
  gtk_widget_size_allocate (GTK_WIDGET (placed->column),
                            &(GtkAllocation) { rtl ? width - x - column_width : x, 0,
                                               column_width, MAX (height, minimum) }, -1);
}

static void
haven_pairing_board_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (widget);
  double value;
  gboolean moved;

  ensure_offsets (self);
  if (self->hadjustment != NULL)
    configure_adjustment (self->hadjustment, g_array_index (self->offsets, int, n_items (self)), width);
  if (self->vadjustment != NULL)
    configure_adjustment (self->vadjustment, height, height);
  value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  moved = value != self->last_value;
  if (moved)
    self->direction = value > self->last_value ? 1 : -1;
  self->last_value = value;

  /* Bound here, before they are measured: as a list view binds its rows. */
  self->prepared = 0;
  update_placed (self, width);

  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);

      placed->shows = item_shows (self, placed->position, width);
      /* Those beside the view between frames (prepare_cb), as they are
       * measured. */
      if (placed->shows)
        allocate_column (self, placed, width, height);
      haven_pairing_column_set_shown (placed->column, placed->shows);
      if (moved)
        haven_pairing_column_postpone_growth (placed->column);
    }
}

/* node drawn into an image, and a cairo node that paints that image. Not
 * a texture: GTK 4.8 converts a texture's every pixel to floats and back
 * each time the software renderer draws it, which costs more than the
 * glyphs it saves. */
static GskRenderNode *
draw_once (GskRenderNode *node,
           int            scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  GskRenderNode *image;
  graphene_rect_t bounds;
  int x0, y0, x1, y1;

  gsk_render_node_get_bounds (node, &bounds);
  x0 = floorf (bounds.origin.x * scale);
  y0 = floorf (bounds.origin.y * scale);
  x1 = ceilf ((bounds.origin.x + bounds.size.width) * scale);
  y1 = ceilf ((bounds.origin.y + bounds.size.height) * scale);
  if (x1 <= x0 || y1 <= y0)
    return NULL;

  surface = haven_style_draw_node (node, (double) x0 / scale, (double) y0 / scale, x1 - x0, y1 - y0, scale);

  image = gsk_cairo_node_new (&GRAPHENE_RECT_INIT ((float) x0 / scale, (float) y0 / scale,
                                                   (float) (x1 - x0) / scale, (float) (y1 - y0) / scale));
  cr = gsk_cairo_node_get_draw_context (image);
  cairo_set_source_surface (cr, surface, (double) x0 / scale, (double) y0 / scale);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return image;
}

/* The column's node as the board would paint it, and the node GTK keeps
 * for the column itself inside it, moved by dx, dy; NULL for the latter
 * when it is not only moved. (A column at 0, 0 comes as its own node.) */
static GskRenderNode *
snapshot_column (HavenPairingBoard  *self,
                 Placed             *placed,
                 GskRenderNode     **column_node,
                 float              *dx,
                 float              *dy)
{
  GtkSnapshot *column_snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  *column_node = NULL;
  gtk_widget_snapshot_child (GTK_WIDGET (self), GTK_WIDGET (placed->column), column_snapshot);
  node = gtk_snapshot_free_to_node (column_snapshot);
  if (node != NULL && gsk_render_node_get_node_type (node) == GSK_TRANSFORM_NODE
      && gsk_transform_get_category (gsk_transform_node_get_transform (node)) >= GSK_TRANSFORM_CATEGORY_2D_TRANSLATE)
    {
      gsk_transform_to_translate (gsk_transform_node_get_transform (node), dx, dy);
      *column_node = gsk_transform_node_get_child (node);
    }
  else if (node != NULL && gsk_render_node_get_node_type (node) != GSK_TRANSFORM_NODE)
    {
      *dx = *dy = 0;
      *column_node = node;
    }
  return node;
}

/* The software renderer draws every glyph of a frame each time, and a
 * board frame holds four columns of cards where a list holds one. Yet
 * scrolling across only moves columns: so each column is drawn once into
 * an image, and while its node stays the one GTK keeps for it (it changes
 * whenever anything in the column is drawn anew), the image is moved
 * instead. A column that changed the frame before too, one scrolling down
 * its cards say, is drawn as it is. */
static void
draw_column (HavenPairingBoard *self,
             Placed            *placed,
             GtkSnapshot       *snapshot)
{
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *column_node;
  float dx, dy;

  node = snapshot_column (self, placed, &column_node, &dx, &dy);
  if (node == NULL)
    {
      forget_drawing (placed);
      return;
    }
  if (column_node == NULL)
    {
      forget_drawing (placed);
      gtk_snapshot_append_node (snapshot, node);
      return;
    }

  if (!haven_pairing_column_get_settled (placed->column))
    {
      /* It will show its data in a frame or two: no image of it yet. */
      forget_drawing (placed);
      gtk_snapshot_append_node (snapshot, node);
      return;
    }
  if (column_node != placed->drawn)
    {
      gboolean changing = placed->drawn != NULL && placed->changing;

      placed->changing = placed->drawn != NULL;
      g_clear_pointer (&placed->drawn, gsk_render_node_unref);
      placed->drawn = gsk_render_node_ref (column_node);
      g_clear_pointer (&placed->image, gsk_render_node_unref);
      if (changing)
        {
          gtk_snapshot_append_node (snapshot, node);
          return;
        }
    }
  else
    placed->changing = FALSE;

  if (placed->image == NULL)
    placed->image = draw_once (column_node, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  if (placed->image == NULL)
    return;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
  gtk_snapshot_append_node (snapshot, placed->image);
  gtk_snapshot_restore (snapshot);
}

static gboolean
is_software (HavenPairingBoard *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

/* Whether the item lies beyond the view, the way the board scrolls. */
static gboolean
is_ahead (HavenPairingBoard *self,
          guint              position,
          int                width)
{
  int x = item_x (self, position);

  return self->direction > 0 ? x >= width : x + item_width (self, position) <= 0;
}

/* Only the columns that show: those kept built beside the view would be
 * painted too, clipped, and the software renderer draws each of their
 * glyphs before it clips them. */
static void
haven_pairing_board_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (widget);
  gboolean software = is_software (self);
  int width = gtk_widget_get_width (widget);

  for (guint i = 0; i < self->placed->len; i++)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);

      /* As allocated: the view may have moved since, its frame to come
       * (a column beside the view then is not laid out yet). */
      if (!placed->shows)
        {
          /* Those ahead keep what was drawn of them between frames. */
          if (!is_ahead (self, placed->position, width))
            forget_drawing (placed);
        }
      else if (software)
        draw_column (self, placed, snapshot);
      else
        gtk_widget_snapshot_child (widget, GTK_WIDGET (placed->column), snapshot);
    }
}

/* Between frames */

/* Draws the column once, as draw_column would when it comes into view. */
static void
prepare_image (HavenPairingBoard *self,
               Placed            *placed)
{
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderNode *column_node;
  float dx, dy;

  node = snapshot_column (self, placed, &column_node, &dx, &dy);
  forget_drawing (placed);
  if (column_node == NULL)
    return;
  placed->drawn = gsk_render_node_ref (column_node);
  placed->image = draw_once (column_node, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

/* The next thing to do between frames for the item at position: bind its
 * column, or draw it once. FALSE when there is nothing to do. */
static gboolean
prepare_position (HavenPairingBoard *self,
                  guint              position,
                  gboolean           software,
                  int                width,
                  int                height)
{
  Placed *placed = find_placed (self, position);
  gboolean needs_image;

  if (placed == NULL)
    {
      /* Laid out and drawn once its cards come (notify::settled). */
      place (self, position);
      return TRUE;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (placed->column)) || !haven_pairing_column_get_settled (placed->column))
    return FALSE;
  /* Laid out with any renderer (a frame lays out only the columns on
   * screen), and drawn once with the software one. */
  needs_image = software && placed->drawn == NULL && !placed->changing;
  if (placed->laid_out && !needs_image)
    return FALSE;
  /* The layout, then the image, a call each: together they were one turn
   * of the main loop of 5-7 ms for a column of nine cards. Laid out again
   * before it is drawn, in case it changed between: that costs nothing
   * when it did not. */
  allocate_column (self, placed, width, height);
  if (!placed->laid_out)
    placed->laid_out = TRUE;
  else
    prepare_image (self, placed);
  return TRUE;
}

/* A frame scrolling across should only move columns. So between frames,
 * one column a call, nearest first: the columns ahead are bound, and those
 * on screen or ahead that show their cards are laid out and, with the
 * software renderer, drawn once. What is not ready by the next frame is done
 * in it, as before. */
static gboolean
prepare_cb (gpointer data)
{
  HavenPairingBoard *self = data;
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  gboolean software = is_software (self);
  guint kept_first, kept_last, shown_first, shown_last;

  self->prepare_source = 0;
  /* At most a few a frame: a column that draws nothing would otherwise
   * be taken again and again. */
  if (!gtk_widget_get_mapped (widget) || n_items (self) == 0 || width <= 0 || self->prepared >= MAX_PREPARED)
    return G_SOURCE_REMOVE;
  /* Moved since the last frame: the next one binds the columns now on
   * screen, to those the view left, and marks them as shown. Bound here,
   * they were new columns, and took their first cards all at once. */
  if (value != self->last_value)
    return G_SOURCE_REMOVE;
  if (release_leaving (self))
    goto next;
  ensure_offsets (self);
  item_range (self, width, TRUE, &kept_first, &kept_last);
  shown_first = item_at (self, (int) value);
  shown_last = item_at (self, (int) value + width - 1);

  /* Those on screen, then outwards the way it scrolls. */
  for (guint position = shown_first; position <= shown_last; position++)
    if (prepare_position (self, position, software, width, height))
      goto next;
  if (self->direction > 0)
    {
      for (guint position = shown_last + 1; position <= kept_last; position++)
        if (prepare_position (self, position, software, width, height))
          goto next;
    }
  else
    {
      for (guint position = shown_first; position-- > kept_first;)
        if (prepare_position (self, position, software, width, height))
          goto next;
    }
  return G_SOURCE_REMOVE;

next:
  self->prepared++;
  queue_prepare (self);
  return G_SOURCE_REMOVE;
}

static void
queue_prepare (HavenPairingBoard *self)
{
  /* Below the frame clock and the store's answers: between frames. */
  if (self->prepare_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->prepare_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, prepare_cb, self, NULL);
}

/* Off screen, the images would only hold memory. */
static void
haven_pairing_board_unmap (GtkWidget *widget)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (widget);

  g_clear_handle_id (&self->prepare_source, g_source_remove);
  for (guint i = 0; i < self->placed->len; i++)
    forget_drawing (&g_array_index (self->placed, Placed, i));
  GTK_WIDGET_CLASS (haven_pairing_board_parent_class)->unmap (widget);
}

static gint
position_of (HavenPairingBoard *self,
             GtkWidget         *column)
{
  for (guint i = 0; i < self->placed->len; i++)
    if (GTK_WIDGET (g_array_index (self->placed, Placed, i).column) == column)
      return (gint) g_array_index (self->placed, Placed, i).position;
  return -1;
}

static gboolean
haven_pairing_board_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint n = n_items (self);
  gint step, position;

  if (focus != NULL && gtk_widget_child_focus (focus, direction))
    return TRUE;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
      step = 1;
      break;
    case GTK_DIR_TAB_BACKWARD:
      step = -1;
      break;
    case GTK_DIR_RIGHT:
      step = rtl ? -1 : 1;
      break;
    case GTK_DIR_LEFT:
      step = rtl ? 1 : -1;
      break;
    case GTK_DIR_UP:
    case GTK_DIR_DOWN:
    default:
      return FALSE;
    }

  ensure_offsets (self);
  if (focus != NULL && position_of (self, focus) >= 0)
    position = position_of (self, focus) + step;
  else
    {
      /* Coming in: the first column on screen, or the last. */
      double value = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
      int width = gtk_widget_get_width (widget);

      position = (gint) item_at (self, step > 0 ? (int) value : (int) value + MAX (0, width - 1));
    }

  /* The keyboard may reach a column before it shows: built now. */
  for (; position >= 0 && (guint) position < n; position += step)
    {
      HavenPairingColumn *column = place (self, position);

      haven_pairing_board_scroll_to (self, position);
      if (gtk_widget_child_focus (GTK_WIDGET (column), direction))
        return TRUE;
    }
  return FALSE;
}

static gboolean
haven_pairing_board_grab_focus (GtkWidget *widget)
{
  return haven_pairing_board_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* The model */

static void
items_changed_cb (HavenPairingBoard *self,
                  guint              position,
                  guint              removed,
                  guint              added)
{
  g_assert (HAVEN_IS_PAIRING_BOARD (self));

  /* Columns after the change move with their items; those in it go. */
  for (guint i = self->placed->len; i-- > 0;)
    {
      Placed *placed = &g_array_index (self->placed, Placed, i);

      if (placed->position >= position + removed)
        placed->position = placed->position - removed + added;
      else if (placed->position >= position)
        release (self, i);
    }
  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
haven_pairing_board_set_model (HavenPairingBoard *self,
                               GListModel        *model)
{
  g_return_if_fail (HAVEN_IS_PAIRING_BOARD (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  while (self->placed->len > 0)
    release (self, self->placed->len - 1);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
haven_pairing_board_widths_changed (HavenPairingBoard *self)
{
  g_return_if_fail (HAVEN_IS_PAIRING_BOARD (self));

  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
haven_pairing_board_set_funcs (HavenPairingBoard          *self,
                               HavenPairingBoardWidthFunc  width_func,
                               HavenPairingBoardBindFunc   bind_func,
                               gpointer                    user_data)
{
  g_return_if_fail (HAVEN_IS_PAIRING_BOARD (self));

  self->width_func = width_func;
  self->bind_func = bind_func;
  self->func_data = user_data;
  self->offsets_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
haven_pairing_board_get_n_columns (HavenPairingBoard *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_BOARD (self), 0);
  return self->placed->len;
}

HavenPairingColumn *
haven_pairing_board_get_column (HavenPairingBoard *self,
                                guint              i)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_BOARD (self), NULL);
  g_return_val_if_fail (i < self->placed->len, NULL);
  return g_array_index (self->placed, Placed, i).column;
}

gboolean
haven_pairing_board_get_column_shown (HavenPairingBoard  *self,
                                      HavenPairingColumn *column)
{
  Placed *placed;

  g_return_val_if_fail (HAVEN_IS_PAIRING_BOARD (self), FALSE);
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (column), FALSE);

  for (guint i = 0; i < self->placed->len; i++)
    {
      placed = &g_array_index (self->placed, Placed, i);
      if (placed->column == column)
        return placed->shows;
    }
  return FALSE;
}

gboolean
haven_pairing_board_get_column_drawn (HavenPairingBoard  *self,
                                      HavenPairingColumn *column)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_BOARD (self), FALSE);
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (column), FALSE);

  for (guint i = 0; i < self->placed->len; i++)
    if (g_array_index (self->placed, Placed, i).column == column)
      return g_array_index (self->placed, Placed, i).image != NULL;
  return FALSE;
}

void
haven_pairing_board_scroll_to (HavenPairingBoard *self,
                               guint              position)
{
  double value, page_size;
  int start, end;

  g_return_if_fail (HAVEN_IS_PAIRING_BOARD (self));

  if (self->hadjustment == NULL || position >= n_items (self))
    return;
  ensure_offsets (self);
  start = item_start (self, position);
  end = start + item_width (self, position);
  value = gtk_adjustment_get_value (self->hadjustment);
  page_size = gtk_adjustment_get_page_size (self->hadjustment);
  if (start < value)
    gtk_adjustment_set_value (self->hadjustment, start);
  else if (end > value + page_size)
    gtk_adjustment_set_value (self->hadjustment, MIN (start, end - page_size));
}

/* GtkScrollable */

static void
set_adjustment (HavenPairingBoard  *self,
                GtkAdjustment     **slot,
                GtkAdjustment      *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, gtk_widget_queue_allocate, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_allocate), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
haven_pairing_board_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_pairing_board_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GObject */

static void
haven_pairing_board_dispose (GObject *object)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->prepare_source, g_source_remove);
  /* The columns go first, while the lists they show are there. */
  if (self->placed != NULL)
    while (self->placed->len > 0)
      release (self, self->placed->len - 1);
  if (self->spare != NULL)
    g_ptr_array_set_size (self->spare, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, gtk_widget_queue_allocate, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, gtk_widget_queue_allocate, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (haven_pairing_board_parent_class)->dispose (object);
}

static void
haven_pairing_board_finalize (GObject *object)
{
  HavenPairingBoard *self = HAVEN_PAIRING_BOARD (object);

  g_clear_pointer (&self->offsets, g_array_unref);
  g_clear_pointer (&self->placed, g_array_unref);
  g_clear_pointer (&self->spare, g_ptr_array_unref);

  G_OBJECT_CLASS (haven_pairing_board_parent_class)->finalize (object);
}

static void
haven_pairing_board_class_init (HavenPairingBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_board_dispose;
  object_class->finalize = haven_pairing_board_finalize;
  object_class->get_property = haven_pairing_board_get_property;
  object_class->set_property = haven_pairing_board_set_property;
  widget_class->measure = haven_pairing_board_measure;
  widget_class->size_allocate = haven_pairing_board_size_allocate;
  widget_class->snapshot = haven_pairing_board_snapshot;
  widget_class->unmap = haven_pairing_board_unmap;
  widget_class->focus = haven_pairing_board_focus;
  widget_class->grab_focus = haven_pairing_board_grab_focus;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "board");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
haven_pairing_board_init (HavenPairingBoard *self)
{
  self->offsets = g_array_new (FALSE, TRUE, sizeof (int));
  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->spare = g_ptr_array_new ();
  self->direction = 1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
haven_pairing_board_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_BOARD, NULL);
}
