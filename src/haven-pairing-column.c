/* haven-pairing-column.c: a column of the pairing board
 *
 * The board is a horizontal list of these, so only the columns on screen
 * exist; each has its own list of cards over a HavenRecordList, made when
 * the column is bound to a mentor and dropped when it is unbound, so only
 * the cards on screen have their fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-column"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-query.h"
#include "haven-labels.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-card.h"
#include "haven-record-places.h"
#include "haven-pairing-column.h"
#include "haven-pairing-page.h"
#include "haven-record-place.h"
#include "haven-pairing-query.h"
#include "haven-tooltips.h"

struct _HavenPairingColumn
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkImage          *warning_image;
  GtkLabel          *load_label;
  GtkMenuButton     *menu_button;
  GtkButton         *collapse_button;
  GtkListView       *cards_view;
  GtkLabel          *empty_label;
  GtkButton         *expand_button;
  GtkLabel          *collapsed_load_label;
  GtkLabel          *collapsed_name_label;
  GtkLabel          *group_title_label;
  GtkLabel          *group_note_label;
  GtkLabel          *group_count_label;

  /* Borrowed: the page outlives its columns */
  HavenPairingPage  *page;

  /* Owned, while bound */
  HavenColumnKind    kind;
  HavenRecord       *mentor;        /* the mentor row */
  HavenRecordList   *mentors;       /* the list the row is of */
  HavenRecordList   *cards;
  guint              grow_source;   /* the wait before growing */
  guint              grow_tick;     /* growing, a few cards a frame */
  guint              fill_tick;     /* taking its first cards, a few a frame */
  gint64             shown_since;   /* since when it shows these cards, monotonic */
  gboolean           shown;         /* on screen, as the board says */
  int                group;         /* the HavenMentorKind of a heading */

  /* Owned, for the widget's life: the query of its mentor's cards, and
   * the places of the first cards, which stay from mentor to mentor */
  HavenPairingQuery *query;
  HavenRecordPlaces *places;
  char              *load_text;
  gboolean           over_capacity;
  gboolean           settled;       /* as last notified */
};

G_DEFINE_FINAL_TYPE (HavenPairingColumn, haven_pairing_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SETTLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The headings of the kinds of mentors, and what each kind covers. */
static const struct
{
  const char *title;
  const char *note;
} groups[] = {
  /* Translators: a group of columns on the pairing board: 教职工结对. */
  { N_("Teacher Mentors"), N_("Staff of the school") },
  /* Translators: 爱心妈妈、爱心爸爸、代理家长. */
  { N_("Caring Parents"), N_("Caring mothers and fathers, proxy parents") },
  /* Translators: 小老师、手拉手: pupils paired with a child. */
  { N_("Peer Buddies"), N_("Pupils who help a child") },
  /* Translators: mentors from outside the school. */
  { N_("Outside Volunteers"), N_("From the community and beyond") },
};

HavenColumnKind
haven_pairing_column_get_kind (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), HAVEN_COLUMN_NONE);
  return self->kind;
}

gint64
haven_pairing_column_get_mentor_id (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), 0);
  return self->mentor != NULL ? haven_record_get_id (self->mentor) : 0;
}

HavenRecord *
haven_pairing_column_get_mentor (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), NULL);
  return self->mentor;
}

HavenRecordList *
haven_pairing_column_get_cards (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), NULL);
  return self->cards;
}

const char *
haven_pairing_column_get_load_text (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), NULL);
  return self->load_text != NULL ? self->load_text : "";
}

/* Whether it shows what it is bound to: its mentor fetched and its first
 * cards come. Until then it is about to change. */
gboolean
haven_pairing_column_get_settled (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), FALSE);

  if (self->mentor != NULL && !haven_record_get_loaded (self->mentor))
    return FALSE;
  return self->cards == NULL
         || (!haven_record_list_get_loading (self->cards) && !haven_record_places_get_held (self->places)
             && self->fill_tick == 0);
}

static void
update_settled (HavenPairingColumn *self)
{
  gboolean settled = haven_pairing_column_get_settled (self);

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->settled == settled)
    return;
  self->settled = settled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTLED]);
}

gboolean
haven_pairing_column_get_over_capacity (HavenPairingColumn *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), FALSE);
  return self->over_capacity;
}

/* The header */

static void
set_load (HavenPairingColumn *self,
          const char         *text,
          int                 load,
          int                 capacity)
{
  GtkWidget *labels[] = { GTK_WIDGET (self->load_label), GTK_WIDGET (self->collapsed_load_label) };

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  g_free (self->load_text);
  self->load_text = g_strdup (text);
  self->over_capacity = capacity > 0 && load > capacity;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_label (GTK_LABEL (labels[i]), text);
      gtk_widget_set_visible (labels[i], *text != '\0');
      /* Marked once over, as the headteacher was warned it would be. */
      if (self->over_capacity)
        gtk_widget_add_css_class (labels[i], "over-capacity");
      else
        gtk_widget_remove_css_class (labels[i], "over-capacity");
      if (capacity > 0 && load == capacity)
        gtk_widget_add_css_class (labels[i], "full");
      else
        gtk_widget_remove_css_class (labels[i], "full");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warning_image), self->over_capacity);
}

/* The over-capacity warning's words, made only when its tooltip shows:
 * setting a widget's tooltip text asks the X server where the pointer is,
 * two round trips for each column a scroll brings in. */
char *
haven_pairing_column_dup_capacity_warning (HavenPairingColumn *self)
{
  int load, capacity;

  g_return_val_if_fail (HAVEN_IS_PAIRING_COLUMN (self), NULL);

  if (!self->over_capacity || self->mentor == NULL)
    return NULL;
  load = haven_record_get_int (self->mentor, HAVEN_MENTOR_N_CHILDREN);
  capacity = haven_record_get_int (self->mentor, HAVEN_MENTOR_EFFECTIVE_CAPACITY);
  /* Translators: the tooltip of a mentor over capacity. */
  return g_strdup_printf (ngettext ("Over capacity: %d child for %d places",
                                    "Over capacity: %d children for %d places", load),
                          load, capacity);
}

static gboolean
warning_query_tooltip_cb (HavenPairingColumn *self,
                          int                 x,
                          int                 y,
                          gboolean            keyboard,
                          GtkTooltip         *tooltip)
{
  g_autofree char *tip = haven_pairing_column_dup_capacity_warning (self);

  if (tip == NULL)
    return FALSE;
  gtk_tooltip_set_custom (tooltip, haven_tooltip_label_new (tip, FALSE));
  return TRUE;
}

static void
update_empty (HavenPairingColumn *self)
{
  gboolean empty = self->cards != NULL && !haven_record_list_get_loading (self->cards)
                   && g_list_model_get_n_items (G_LIST_MODEL (self->cards)) == 0;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->kind == HAVEN_COLUMN_UNPAIRED)
    gtk_label_set_label (self->empty_label, _("Every child shown has a mentor."));
  else
    gtk_label_set_label (self->empty_label, _("No children yet. Drag a card here, or choose Pair with… on a card."));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
}

static void
refresh_header (HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->kind == HAVEN_COLUMN_UNPAIRED)
    {
      guint n = self->cards != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->cards)) : 0;
      g_autofree char *count = g_strdup_printf (ngettext ("%u child", "%u children", n), n);
      g_autofree char *spoken = NULL;

      /* Translators: the first column of the pairing board. */
      gtk_label_set_label (self->title_label, C_("column", "Unpaired"));
      gtk_label_set_label (self->subtitle_label, _("Children without a mentor"));
      gtk_label_set_label (self->collapsed_name_label, C_("column", "Unpaired"));
      {
        g_autofree char *number = g_strdup_printf ("%u", n);
        set_load (self, number, 0, 0);
      }
      /* Translators: how a screen reader says the Unpaired column. */
      spoken = g_strdup_printf (_("Unpaired, %s"), count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
  else if (self->kind == HAVEN_COLUMN_GROUP)
    {
      guint n = self->mentors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->mentors)) : 0;
      g_autofree char *count = g_strdup_printf (ngettext ("%u mentor", "%u mentors", n), n);

      gtk_label_set_label (self->group_title_label, _(groups[self->group].title));
      gtk_label_set_label (self->group_note_label, _(groups[self->group].note));
      gtk_label_set_label (self->group_count_label, count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(groups[self->group].title), -1);
    }
  else if (self->kind == HAVEN_COLUMN_MENTOR)
    {
      HavenRecord *m = self->mentor;
      int load, capacity;
      const char *class_name, *organisation;
      g_autofree char *text = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *spoken = NULL;

      if (!haven_record_get_loaded (m))
        {
          gtk_label_set_label (self->title_label, "");
          gtk_label_set_label (self->subtitle_label, "");
          gtk_label_set_label (self->collapsed_name_label, "");
          set_load (self, "", 0, 0);
          return;
        }

      load = haven_record_get_int (m, HAVEN_MENTOR_N_CHILDREN);
      capacity = haven_record_get_int (m, HAVEN_MENTOR_EFFECTIVE_CAPACITY);
      /* Translators: a mentor's load of children against capacity, "2 / 3". */
      text = g_strdup_printf (_("%d / %d"), load, capacity);
      class_name = haven_record_get_string (m, HAVEN_MENTOR_CLASS_NAME);
      organisation = haven_record_get_string (m, HAVEN_MENTOR_ORGANISATION);
      if (*class_name != '\0')
        subtitle = g_strdup_printf ("%s · %s", haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)),
                                    class_name);
      else if (*organisation != '\0')
        subtitle = g_strdup_printf ("%s · %s", haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)),
                                    organisation);
      else
        subtitle = g_strdup (haven_label_mentor_kind (haven_record_get_int (m, HAVEN_MENTOR_KIND)));

      gtk_label_set_label (self->title_label, haven_record_get_string (m, HAVEN_MENTOR_NAME));
      gtk_label_set_label (self->subtitle_label, subtitle);
      gtk_label_set_label (self->collapsed_name_label, haven_record_get_string (m, HAVEN_MENTOR_NAME));
      set_load (self, text, load, capacity);
      if (self->over_capacity)
        {
          g_autofree char *warning = haven_pairing_column_dup_capacity_warning (self);

          /* For screen readers, as a tooltip's text would be. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->warning_image), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          warning, -1);
        }

      /* Translators: how a screen reader says a mentor's column: the name,
       * the kind, then the load, "李老师, Teacher, 2 of 3 children". */
      spoken = g_strdup_printf (_("%s, %s, %d of %d children"), haven_record_get_string (m, HAVEN_MENTOR_NAME),
                                subtitle, load, capacity);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
}

/* A column coming into view shows its first cards in that frame and the
 * rest a few a frame after it: GTK 4.8's list view would otherwise build
 * up to 200 cards at once, for the one column a scroll brings. The rest
 * waits until the column has been in view a moment, so that scrolling
 * across the board builds only the cards that show. One column grows a
 * frame, and only while the board shows it: after the board opens, the
 * five or six on screen all start at once, and grown together (from idle
 * callbacks, which run again and again between two frames) they made
 * 15-25 ms frames for a second. */
#define FIRST_CARDS 9
#define GROW_CARDS  4
#define GROWN_CARDS 200
#define GROW_DELAY_MS 250

static gboolean
grow_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  HavenPairingColumn *self = HAVEN_PAIRING_COLUMN (widget);
  static gint64 last_grown_frame = -1;
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  guint n, size;

  if (frame == last_grown_frame)
    return G_SOURCE_CONTINUE;
  last_grown_frame = frame;

  n = self->cards != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->cards)) : 0;
  size = haven_record_places_get_limit (self->places);
  /* Past what the list view keeps alive, the rest costs nothing. */
  size = size + GROW_CARDS >= GROWN_CARDS ? G_MAXUINT : size + GROW_CARDS;
  haven_record_places_set_limit (self->places, size);
  if (size < n)
    return G_SOURCE_CONTINUE;
  self->grow_tick = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
grow_cb (gpointer user_data)
{
  HavenPairingColumn *self = user_data;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  self->grow_source = 0;
  if (self->grow_tick == 0)
    self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_tick_cb, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
stop_growing (HavenPairingColumn *self)
{
  g_clear_handle_id (&self->grow_source, g_source_remove);
  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_tick);
  self->grow_tick = 0;
}

static void
queue_grow (HavenPairingColumn *self)
{
  gint64 waited_ms;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (!self->shown || self->cards == NULL || self->grow_source != 0 || self->grow_tick != 0 || self->fill_tick != 0
      || haven_record_places_get_limit (self->places) >= g_list_model_get_n_items (G_LIST_MODEL (self->cards)))
    return;
  waited_ms = (g_get_monotonic_time () - self->shown_since) / 1000;
  if (waited_ms < GROW_DELAY_MS)
    self->grow_source = g_timeout_add (GROW_DELAY_MS - waited_ms, grow_cb, self);
  else
    grow_cb (self);
}

void
haven_pairing_column_set_shown (HavenPairingColumn *self,
                                gboolean            shown)
{
  g_return_if_fail (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->shown == !!shown)
    return;
  self->shown = !!shown;
  self->shown_since = g_get_monotonic_time ();
  if (shown)
    queue_grow (self);
  else
    stop_growing (self);
}

/* The board moved: a column growing as it scrolls by changed its
 * picture in the frames the scroll took, and the board drew it anew in
 * each of them. So it waits again, from now. */
void
haven_pairing_column_postpone_growth (HavenPairingColumn *self)
{
  g_return_if_fail (HAVEN_IS_PAIRING_COLUMN (self));

  self->shown_since = g_get_monotonic_time ();
  if (self->grow_tick == 0 && self->grow_source == 0)
    return;
  stop_growing (self);
  queue_grow (self);
}

/* A column on screen takes its first cards a few a frame, in all the
 * columns filling: when the board opens, or jumps, the five or six columns
 * on screen get their answers in one main-loop turn, and laying out and
 * painting their fifty new cards made one frame of 40-45 ms, and one
 * column's nine a frame of 13 ms. Those beside the view take theirs at
 * once, between frames, to be laid out and drawn before they show.
 *
 * How many a frame follows what the last frame that took cards cost, from
 * its first fill to its end: at most FILL_CARDS, fewer on a slower or busier
 * machine, so that such a frame keeps to about FILL_FRAME_MS. */
#define FILL_CARDS    5
#define FILL_FRAME_MS 11.0
#define FILL_PACE_KEY "haven-pairing-column-fill-pace"

static struct
{
  gint64 frame;      /* the frame that took cards last */
  gint64 started;    /* when it took its first, monotonic */
  guint  taken;      /* how many it took */
  guint  budget;     /* how many the next may take */
  guint  left;       /* how many this one may still take */
} fill_pace = { -1, 0, 0, FILL_CARDS, 0 };

static void
fill_after_paint_cb (GdkFrameClock *clock,
                     gpointer       user_data)
{
  double ms;

  if (fill_pace.frame != gdk_frame_clock_get_frame_counter (clock) || fill_pace.taken == 0)
    return;
  ms = MAX (1.0, (g_get_monotonic_time () - fill_pace.started) / 1000.0);
  fill_pace.budget = CLAMP ((guint) (fill_pace.taken * FILL_FRAME_MS / ms), 1, FILL_CARDS);
}

static gboolean
fill_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  HavenPairingColumn *self = HAVEN_PAIRING_COLUMN (widget);
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cards)), showing, limit, took;

  if (g_object_get_data (G_OBJECT (clock), FILL_PACE_KEY) == NULL)
    {
      g_signal_connect (clock, "after-paint", G_CALLBACK (fill_after_paint_cb), NULL);
      g_object_set_data (G_OBJECT (clock), FILL_PACE_KEY, GINT_TO_POINTER (TRUE));
    }
  if (frame != fill_pace.frame)
    {
      fill_pace.frame = frame;
      fill_pace.started = g_get_monotonic_time ();
      fill_pace.taken = 0;
      fill_pace.left = fill_pace.budget;
    }
  if (fill_pace.left == 0)
    return G_SOURCE_CONTINUE;
  /* Held, it shows none yet. */
  showing = haven_record_places_get_held (self->places) ? 0 : haven_record_places_get_limit (self->places);
  limit = MIN (FIRST_CARDS, showing + fill_pace.left);
  took = MIN (n, limit) - MIN (n, showing);
  fill_pace.taken += took;
  fill_pace.left -= took;
  haven_record_places_set_limit (self->places, limit);
  haven_record_places_set_held (self->places, FALSE);
  if (limit < MIN (n, FIRST_CARDS))
    return G_SOURCE_CONTINUE;
  self->fill_tick = 0;
  update_settled (self);
  queue_grow (self);
  return G_SOURCE_REMOVE;
}

static void
queue_fill (HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (!haven_record_places_get_held (self->places) || self->fill_tick != 0
      || haven_record_list_get_loading (self->cards))
    return;
  if (!self->shown || g_list_model_get_n_items (G_LIST_MODEL (self->cards)) == 0)
    haven_record_places_set_held (self->places, FALSE);
  else
    self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_tick_cb, NULL, NULL);
}

static void
cards_changed_cb (HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  queue_fill (self);
  queue_grow (self);
  update_empty (self);
  if (self->kind == HAVEN_COLUMN_UNPAIRED)
    refresh_header (self);
  update_settled (self);
}

void
haven_pairing_column_update_collapsed (HavenPairingColumn *self)
{
  gboolean collapsed;

  g_return_if_fail (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->kind == HAVEN_COLUMN_GROUP || self->kind == HAVEN_COLUMN_NONE)
    {
      gtk_stack_set_visible_child_name (self->stack, self->kind == HAVEN_COLUMN_GROUP ? "group" : "open");
      return;
    }
  collapsed = haven_pairing_page_get_collapsed (self->page, haven_pairing_column_get_mentor_id (self));
  gtk_stack_set_visible_child_name (self->stack, collapsed ? "collapsed" : "open");
}

static void
collapse_clicked_cb (HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  haven_pairing_page_set_collapsed (self->page, haven_pairing_column_get_mentor_id (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->expand_button));
}

static void
expand_clicked_cb (HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  haven_pairing_page_set_collapsed (self->page, haven_pairing_column_get_mentor_id (self), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->collapse_button));
}

static void
collapsed_changed_cb (HavenPairingColumn *self,
                      gint64              mentor_id,
                      HavenPairingPage   *page)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (mentor_id == haven_pairing_column_get_mentor_id (self))
    haven_pairing_column_update_collapsed (self);
}

/* The column's menu */

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  HavenPairingColumn *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  gint64 id = haven_pairing_column_get_mentor_id (self);

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->kind == HAVEN_COLUMN_UNPAIRED)
    g_menu_append (menu, _("_Suggest Mentors…"), "board.suggest");
  else
    {
      item = g_menu_item_new (_("_Edit Mentor…"), NULL);
      g_menu_item_set_action_and_target_value (item, "board.edit-mentor", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }
  item = g_menu_item_new (_("_Collapse Column"), NULL);
  g_menu_item_set_action_and_target_value (item, "board.toggle-column", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* Cards */

/* The list item keeps a reference of its own on its card: GTK 4.8 has
 * already unparented the child, and so dropped it, when teardown runs. */
#define CARD_KEY "haven-pairing-column-card"
#define COLUMN_KEY "haven-pairing-column"

static void
card_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HavenPairingColumn       *self)
{
  g_autoptr(GtkWidget) card = self->page != NULL ? haven_pairing_page_take_card (self->page)
                                                 : g_object_ref_sink (haven_pairing_card_new ());

  g_object_set_data_full (G_OBJECT (item), CARD_KEY, g_object_ref (card), g_object_unref);
  g_object_set_data (G_OBJECT (item), COLUMN_KEY, self);
  gtk_list_item_set_child (item, card);
}

static void
card_teardown_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HavenPairingColumn       *self)
{
  g_autoptr(GtkWidget) card = g_object_steal_data (G_OBJECT (item), CARD_KEY);

  if (card == NULL)
    return;
  if (gtk_list_item_get_child (item) == card)
    gtk_list_item_set_child (item, NULL);
  /* Back to the page's cards, for the next column that comes. */
  if (self->page != NULL && gtk_widget_get_parent (card) == NULL)
    haven_pairing_page_give_card (self->page, g_steal_pointer (&card));
}

static void
place_changed_cb (GtkListItem *item)
{
  HavenPairingColumn *self = g_object_get_data (G_OBJECT (item), COLUMN_KEY);
  g_autoptr(HavenRecord) row = haven_record_places_get_row (self->places, gtk_list_item_get_position (item));

  haven_pairing_card_set_row (HAVEN_PAIRING_CARD (gtk_list_item_get_child (item)),
                              row != NULL ? self->cards : NULL, row);
}

static void
card_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HavenPairingColumn       *self)
{
  /* The place may take another row while bound: a new mentor's. */
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (place_changed_cb), item,
                           G_CONNECT_SWAPPED);
  place_changed_cb (item);
}

static void
card_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HavenPairingColumn       *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), place_changed_cb, item);
  haven_pairing_card_set_row (HAVEN_PAIRING_CARD (gtk_list_item_get_child (item)), NULL, NULL);
}

/* A click's release, Enter or a double click opens the child: a drag
 * takes the click from the list, so it never opens one. */
static void
card_activated_cb (HavenPairingColumn *self,
                   guint               position,
                   GtkListView        *view)
{
  g_autoptr(HavenRecord) row = NULL;
  gint64 child_id = 0;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->cards == NULL)
    return;
  row = g_list_model_get_item (G_LIST_MODEL (self->cards), position);
  if (row == NULL || !haven_record_get_loaded (row))
    return;
  child_id = HAVEN_IS_PAIRING (row) ? haven_record_get_ref (row, HAVEN_PAIRING_CHILD_ID) : haven_record_get_id (row);
  gtk_widget_activate_action (GTK_WIDGET (self), "board.open-child", "x", child_id);
}

/* Dropping */

static GdkDragAction
drop_enter_cb (GtkDropTarget      *target,
               double              x,
               double              y,
               HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  return self->kind == HAVEN_COLUMN_MENTOR || self->kind == HAVEN_COLUMN_UNPAIRED ? GDK_ACTION_MOVE : 0;
}

static gboolean
drop_cb (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         HavenPairingColumn *self)
{
  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->page == NULL || !G_VALUE_HOLDS (value, HAVEN_TYPE_RECORD) || g_value_get_object (value) == NULL)
    return FALSE;
  if (self->kind != HAVEN_COLUMN_MENTOR && self->kind != HAVEN_COLUMN_UNPAIRED)
    return FALSE;
  return haven_pairing_page_drop (self->page, g_value_get_object (value), haven_pairing_column_get_mentor_id (self));
}

/* Binding */

static void
set_cards (HavenPairingColumn *self,
           HavenRecordList    *cards)
{
  GtkAdjustment *adjustment;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_func (self->cards, cards_changed_cb, self);
  stop_growing (self);
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  g_set_object (&self->cards, cards);
  if (cards != NULL)
    {
      g_signal_connect_object (cards, "items-changed", G_CALLBACK (cards_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (cards, "notify::loading", G_CALLBACK (cards_changed_cb), self, G_CONNECT_SWAPPED);
      self->shown_since = g_get_monotonic_time ();
      /* Another mentor's cards start at the top. */
      adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->cards_view));
      if (adjustment != NULL)
        gtk_adjustment_set_value (adjustment, 0);
    }
  /* The places shown stay, for the next mentor's cards. Fewer first, more
   * after (a column still filling has fewer): none is made for a row going. */
  if (haven_record_places_get_limit (self->places) > FIRST_CARDS)
    haven_record_places_set_limit (self->places, FIRST_CARDS);
  haven_record_places_set_list (self->places, cards);
  haven_record_places_set_limit (self->places, FIRST_CARDS);
  /* Its first cards come in a frame of their own (queue_fill). */
  haven_record_places_set_held (self->places, cards != NULL && haven_record_list_get_loading (cards));
  queue_grow (self);
  update_empty (self);
}

void
haven_pairing_column_bind (HavenPairingColumn *self,
                           HavenPairingPage   *page,
                           GObject            *item,
                           HavenRecordList    *mentors)
{
  g_return_if_fail (HAVEN_IS_PAIRING_COLUMN (self));
  g_return_if_fail (HAVEN_IS_PAIRING_PAGE (page));

  haven_pairing_column_unbind (self);

  if (self->page == NULL)
    {
      self->page = page;
      g_signal_connect_object (page, "collapsed-changed", G_CALLBACK (collapsed_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (GTK_IS_STRING_OBJECT (item))
    {
      const char *what = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

      if (g_str_equal (what, "unpaired"))
        {
          self->kind = HAVEN_COLUMN_UNPAIRED;
          set_cards (self, haven_pairing_page_get_unpaired (page));
        }
      else if (g_str_has_prefix (what, "group:"))
        {
          g_return_if_fail (mentors != NULL);
          self->kind = HAVEN_COLUMN_GROUP;
          self->group = CLAMP (atoi (what + 6), 0, (int) G_N_ELEMENTS (groups) - 1);
          g_set_object (&self->mentors, mentors);
          g_signal_connect_object (mentors, "items-changed", G_CALLBACK (refresh_header), self, G_CONNECT_SWAPPED);
        }
    }
  else if (HAVEN_IS_MENTOR (item) && mentors != NULL)
    {
      g_autoptr(HavenRecordList) cards = NULL;
      HavenContext *context = haven_pairing_page_get_context (page);

      self->kind = HAVEN_COLUMN_MENTOR;
      self->mentor = g_object_ref (HAVEN_RECORD (item));
      g_set_object (&self->mentors, mentors);
      g_signal_connect_object (self->mentor, "notify::loaded", G_CALLBACK (refresh_header), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->mentor, "notify::loaded", G_CALLBACK (update_settled), self, G_CONNECT_SWAPPED);
      haven_record_list_want (mentors, self->mentor);

      if (self->query == NULL)
        {
          self->query = haven_pairing_query_new ();
          g_object_set (self->query, "on-roll", TRUE, NULL);
          haven_pairing_page_follow_filters (page, HAVEN_QUERY (self->query));
        }
      g_object_set (self->query, "mentor-id", haven_record_get_id (self->mentor), NULL);
      /* A list of its own while shown: its query runs now, its cards are
       * fetched as they are bound. */
      cards = haven_record_list_new (haven_context_get_store (context), HAVEN_QUERY (self->query));
      /* The first cards come with the query's answer, filled. */
      haven_record_list_set_preload (cards, FIRST_CARDS);
      set_cards (self, cards);
    }

  refresh_header (self);
  haven_pairing_column_update_collapsed (self);
  update_settled (self);
}

void
haven_pairing_column_unbind (HavenPairingColumn *self)
{
  g_return_if_fail (HAVEN_IS_PAIRING_COLUMN (self));

  if (self->mentor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->mentor, refresh_header, self);
      g_signal_handlers_disconnect_by_func (self->mentor, update_settled, self);
      haven_record_list_unwant (self->mentors, self->mentor);
      g_clear_object (&self->mentor);
    }
  if (self->mentors != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->mentors, refresh_header, self);
      g_clear_object (&self->mentors);
    }
  set_cards (self, NULL);
  self->kind = HAVEN_COLUMN_NONE;
  update_settled (self);
}

/* GObject */

static void
haven_pairing_column_dispose (GObject *object)
{
  HavenPairingColumn *self = HAVEN_PAIRING_COLUMN (object);

  if (self->cards_view != NULL)
    haven_pairing_column_unbind (self);
  if (self->places != NULL)
    haven_record_places_clear (self->places);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_COLUMN);
  g_clear_object (&self->query);
  g_clear_object (&self->places);
  self->page = NULL;

  G_OBJECT_CLASS (haven_pairing_column_parent_class)->dispose (object);
}

static void
haven_pairing_column_finalize (GObject *object)
{
  HavenPairingColumn *self = HAVEN_PAIRING_COLUMN (object);

  g_free (self->load_text);

  G_OBJECT_CLASS (haven_pairing_column_parent_class)->finalize (object);
}

static void
haven_pairing_column_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HavenPairingColumn *self = HAVEN_PAIRING_COLUMN (object);

  switch (prop_id)
    {
    case PROP_SETTLED:
      g_value_set_boolean (value, haven_pairing_column_get_settled (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_pairing_column_class_init (HavenPairingColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = haven_pairing_column_dispose;
  object_class->finalize = haven_pairing_column_finalize;
  object_class->get_property = haven_pairing_column_get_property;

  /* Whether it shows what it is bound to (see get_settled). */
  properties[PROP_SETTLED] =
    g_param_spec_boolean ("settled", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-column.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, warning_image);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, load_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, collapse_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, cards_view);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, expand_button);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, collapsed_load_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, collapsed_name_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, group_title_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, group_note_label);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingColumn, group_count_label);
  gtk_widget_class_bind_template_callback (widget_class, collapse_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, warning_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, expand_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_activated_cb);
}

static void
haven_pairing_column_init (HavenPairingColumn *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *target;

  g_assert (HAVEN_IS_PAIRING_COLUMN (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settled = TRUE;

  g_signal_connect (factory, "setup", G_CALLBACK (card_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (card_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (card_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (card_teardown_cb), self);
  gtk_list_view_set_factory (self->cards_view, factory);
  self->places = haven_record_places_new ();
  gtk_list_view_set_model (self->cards_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->places)))));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  target = gtk_drop_target_new (HAVEN_TYPE_RECORD, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
haven_pairing_column_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_COLUMN, NULL);
}
