/* haven-pairing-card.c: a child on the pairing board
 *
 * A card shows the child's name, class, village and flags. It can be
 * dragged onto another column (the board decides what that means) and
 * opened; the list it sits in opens it on the release of a click, which a
 * drag never gives (Planify's bug #1166). Every move has its menu item,
 * from the menu button, a right click or the Menu key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-card"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-card-chip.h"
#include "haven-card-text.h"
#include "haven-child.h"
#include "haven-pairing.h"
#include "haven-pairing-card.h"
#include "haven-pairing-page.h"
#include "haven-symbolic-icon.h"

struct _HavenPairingCard
{
  GtkWidget        parent_instance;

  /* Template widgets */
  HavenCardText   *name_text;
  HavenCardText   *detail_text;
  GtkButton       *menu_button;

  /* Owned */
  HavenRecordList *list;
  HavenRecord     *row;
  GtkWidget       *menu;       /* a child of menu_button, once opened */
  GtkDragSource   *drag;       /* borrowed: the widget owns its controllers */
  GtkWidget       *chips[5];   /* one for each of card_flags, once shown */
};

/* Between the text and the menu button, the name and the lines under it,
 * and the chips (which wrap when a card has more than fit). */
#define COLUMN_SPACING 6
#define ROW_SPACING    2
#define CHIP_SPACING   4
#define MIN_TEXT_WIDTH     64
#define NATURAL_TEXT_WIDTH 200

G_DEFINE_FINAL_TYPE (HavenPairingCard, haven_pairing_card, GTK_TYPE_WIDGET)

/* The flags a card shows, in this order. */
static const struct
{
  HavenCardFlags  flag;
  const char     *icon;
  const char     *label;
  const char     *css;
} card_flags[] = {
  /* Translators: a flag on a card of the pairing board: 重点帮扶对象. */
  { HAVEN_CARD_FLAG_KEY_SUPPORT, "starred-symbolic", N_("Key support"), "key-support" },
  /* Translators: a flag on a card: struggling at school (学困生). */
  { HAVEN_CARD_FLAG_AT_RISK, "dialog-warning-symbolic", N_("At risk"), "at-risk" },
  /* Translators: a flag on a card: the child's file lacks something. */
  { HAVEN_CARD_FLAG_INCOMPLETE, "document-edit-symbolic", N_("Incomplete file"), "incomplete" },
  /* Translators: a flag on a card: the file shows the child's care at risk
   * (an old or sick guardian, living alone …), as on the child page. */
  { HAVEN_CARD_FLAG_CARE_RISK, "dialog-warning-symbolic", N_("Care at risk"), "care-risk" },
  /* Translators: a flag on a card: no talk with the mentor last week. */
  { HAVEN_CARD_FLAG_TALK_DUE, "alarm-symbolic", N_("Mentor talk overdue"), "talk-due" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (card_flags) == G_N_ELEMENTS (((HavenPairingCard *) NULL)->chips));

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static HavenCardFlags
flags_of (HavenRecord *row)
{
  if (HAVEN_IS_PAIRING (row))
    {
      g_autofree char *today = today_iso ();
      HavenCardFlags flags = haven_card_flags_for (haven_record_get_int (row, HAVEN_PAIRING_CHILD_KEY_SUPPORT),
                                                   haven_record_get_int (row, HAVEN_PAIRING_CHILD_STUDY_LEVEL),
                                                   haven_record_get_int (row, HAVEN_PAIRING_CHILD_MISSING),
                                                   haven_record_get_int (row, HAVEN_PAIRING_CHILD_CARE_RISK));

      if (haven_card_mentor_talk_overdue (haven_record_get_string (row, HAVEN_PAIRING_START_DATE),
                                          haven_record_get_string (row, HAVEN_PAIRING_END_DATE),
                                          haven_record_get_string (row, HAVEN_PAIRING_LAST_MENTOR_TALK), today))
        flags |= HAVEN_CARD_FLAG_TALK_DUE;
      return flags;
    }
  return haven_card_flags_for (haven_record_get_int (row, HAVEN_CHILD_KEY_SUPPORT),
                               haven_record_get_int (row, HAVEN_CHILD_STUDY_LEVEL),
                               haven_record_get_int (row, HAVEN_CHILD_MISSING),
                               haven_record_get_int (row, HAVEN_CHILD_CARE_RISK));
}

static char *
join_detail (const char *class_name,
             const char *village)
{
  if (*class_name != '\0' && *village != '\0')
    return g_strdup_printf ("%s · %s", class_name, village);
  return g_strdup (*class_name != '\0' ? class_name : village);
}

void
haven_pairing_card_show (HavenPairingCard *self,
                         const char       *name,
                         const char       *detail,
                         HavenCardFlags    flags)
{
  g_autoptr(GString) spoken = g_string_new (name);

  g_return_if_fail (HAVEN_IS_PAIRING_CARD (self));

  haven_card_text_set_text (self->name_text, name);
  haven_card_text_set_text (self->detail_text, detail);
  if (*detail != '\0')
    g_string_append_printf (spoken, ", %s", detail);
  for (guint i = 0; i < G_N_ELEMENTS (card_flags); i++)
    if (flags & card_flags[i].flag)
      g_string_append_printf (spoken, ", %s", _(card_flags[i].label));
  /* A screen reader says the whole card. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);

  /* A chip is made the first time its flag shows, then only shown or
   * hidden: cards are refilled by the dozen a frame while a board
   * scrolls, and the next child most often has the same flags. */
  for (guint i = 0; i < G_N_ELEMENTS (card_flags); i++)
    {
      GtkWidget *next;

      if (self->chips[i] == NULL && (flags & card_flags[i].flag))
        {
          self->chips[i] = haven_card_chip_new (card_flags[i].icon, _(card_flags[i].label));
          gtk_widget_add_css_class (self->chips[i], "card-flag");
          gtk_widget_add_css_class (self->chips[i], card_flags[i].css);
          gtk_widget_add_css_class (self->chips[i], "caption");
          /* In the order of card_flags: before the next chip made, or
           * else before the menu button. */
          next = GTK_WIDGET (self->menu_button);
          for (guint j = G_N_ELEMENTS (card_flags); j-- > i + 1;)
            if (self->chips[j] != NULL)
              next = self->chips[j];
          gtk_widget_insert_before (self->chips[i], GTK_WIDGET (self), next);
        }
      if (self->chips[i] != NULL)
        gtk_widget_set_visible (self->chips[i], (flags & card_flags[i].flag) != 0);
    }
}

static void
refresh (HavenPairingCard *self)
{
  HavenRecord *row = self->row;
  g_autofree char *detail = NULL;

  g_assert (HAVEN_IS_PAIRING_CARD (self));

  if (row == NULL || !haven_record_get_loaded (row))
    {
      /* Empty while its row comes; the chips wait, hidden, for the next
       * child, who most often has the same flags. */
      haven_card_text_set_text (self->name_text, "");
      haven_card_text_set_text (self->detail_text, "");
      for (guint i = 0; i < G_N_ELEMENTS (self->chips); i++)
        if (self->chips[i] != NULL)
          gtk_widget_set_visible (self->chips[i], FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  if (HAVEN_IS_PAIRING (row))
    {
      detail = join_detail (haven_record_get_string (row, HAVEN_PAIRING_CLASS_NAME),
                            haven_record_get_string (row, HAVEN_PAIRING_CHILD_VILLAGE));
      haven_pairing_card_show (self, haven_record_get_string (row, HAVEN_PAIRING_CHILD_NAME), detail, flags_of (row));
    }
  else
    {
      detail = join_detail (haven_record_get_string (row, HAVEN_CHILD_CLASS_NAME),
                            haven_record_get_string (row, HAVEN_CHILD_VILLAGE));
      haven_pairing_card_show (self, haven_record_get_string (row, HAVEN_CHILD_NAME), detail, flags_of (row));
    }
}

void
haven_pairing_card_set_row (HavenPairingCard *self,
                            HavenRecordList  *list,
                            HavenRecord      *row)
{
  g_return_if_fail (HAVEN_IS_PAIRING_CARD (self));
  g_return_if_fail (row == NULL || HAVEN_IS_PAIRING (row) || HAVEN_IS_CHILD (row));

  if (self->row != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->row, refresh, self);
      haven_record_list_unwant (self->list, self->row);
    }
  g_set_object (&self->list, list);
  g_set_object (&self->row, row);
  if (row != NULL)
    {
      g_signal_connect_object (row, "notify::loaded", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
      haven_record_list_want (list, row);
    }
  refresh (self);
}

HavenRecord *
haven_pairing_card_get_row (HavenPairingCard *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARD (self), NULL);
  return self->row;
}

gint64
haven_pairing_card_get_child_id (HavenPairingCard *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARD (self), 0);

  if (self->row == NULL)
    return 0;
  if (HAVEN_IS_PAIRING (self->row))
    return haven_record_get_loaded (self->row) ? haven_record_get_ref (self->row, HAVEN_PAIRING_CHILD_ID) : 0;
  return haven_record_get_id (self->row);
}

gint64
haven_pairing_card_get_pairing_id (HavenPairingCard *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARD (self), 0);
  return self->row != NULL && HAVEN_IS_PAIRING (self->row) ? haven_record_get_id (self->row) : 0;
}

/* The menu */

static GMenuModel *
build_menu (HavenPairingCard *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) open = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  gint64 child_id = haven_pairing_card_get_child_id (self);
  gint64 pairing_id = haven_pairing_card_get_pairing_id (self);
  g_autoptr(GMenuItem) item = NULL;

  g_assert (HAVEN_IS_PAIRING_CARD (self));

  item = g_menu_item_new (_("_Open File"), NULL);
  g_menu_item_set_action_and_target_value (item, "board.open-child", g_variant_new_int64 (child_id));
  g_menu_append_item (open, item);
  g_clear_object (&item);
  if (pairing_id != 0)
    {
      item = g_menu_item_new (_("Pairing _Details…"), NULL);
      g_menu_item_set_action_and_target_value (item, "board.edit-pairing", g_variant_new_int64 (pairing_id));
      g_menu_append_item (open, item);
      g_clear_object (&item);
    }
  /* Translators: records a mentor talk with this child (谈心记录卡). */
  item = g_menu_item_new (_("New _Talk Record…"), NULL);
  if (pairing_id != 0)
    g_menu_item_set_action_and_target_value (item, "win.new-talk-of-kind", g_variant_new ("(xs)", child_id, "mentor"));
  else
    g_menu_item_set_action_and_target_value (item, "win.new-talk", g_variant_new_int64 (child_id));
  g_menu_append_item (open, item);
  g_clear_object (&item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (open));

  /* Always there: the board disables them for whoever may not arrange. */
    {
      item = g_menu_item_new (pairing_id != 0 ? _("Pair Also _with…") : _("_Pair with…"), NULL);
      g_menu_item_set_action_and_target_value (item, "board.pair-with", g_variant_new_int64 (child_id));
      g_menu_append_item (moves, item);
      g_clear_object (&item);
      if (pairing_id != 0)
        {
          item = g_menu_item_new (_("_Move to…"), NULL);
          g_menu_item_set_action_and_target_value (item, "board.move-to", g_variant_new ("(xx)", child_id, pairing_id));
          g_menu_append_item (moves, item);
          g_clear_object (&item);
          item = g_menu_item_new (_("_End Pairing"), NULL);
          g_menu_item_set_action_and_target_value (item, "board.end-pairing", g_variant_new ("(xx)", child_id, pairing_id));
          g_menu_append_item (moves, item);
          g_clear_object (&item);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
    }
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
menu_closed_cb (HavenPairingCard *self)
{
  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_widget_unset_state_flags (GTK_WIDGET (self->menu_button), GTK_STATE_FLAG_CHECKED);
}

void
haven_pairing_card_popup_menu (HavenPairingCard *self)
{
  g_autoptr(GMenuModel) model = NULL;

  g_return_if_fail (HAVEN_IS_PAIRING_CARD (self));

  if (haven_pairing_card_get_child_id (self) == 0)
    return;
  /* Made when it opens: the row may have moved since it was bound. */
  model = build_menu (self);
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self->menu_button));
      g_signal_connect_object (self->menu, "closed", G_CALLBACK (menu_closed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  /* Pressed while it shows, as a menu button's is. */
  gtk_widget_set_state_flags (GTK_WIDGET (self->menu_button), GTK_STATE_FLAG_CHECKED, FALSE);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

GtkPopover *
haven_pairing_card_get_menu (HavenPairingCard *self)
{
  g_return_val_if_fail (HAVEN_IS_PAIRING_CARD (self), NULL);
  return self->menu != NULL ? GTK_POPOVER (self->menu) : NULL;
}

static void
popup_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  haven_pairing_card_popup_menu (HAVEN_PAIRING_CARD (widget));
}

/* The button activates the card's action, not by its action-name: GTK
 * 4.8's action helper left the button of about one card in twenty
 * insensitive once the card had moved to another row of a list. */
static void
menu_button_clicked_cb (HavenPairingCard *self)
{
  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "card.popup-menu", NULL);
}

static void
secondary_pressed_cb (GtkGestureClick  *gesture,
                      int               n_press,
                      double            x,
                      double            y,
                      HavenPairingCard *self)
{
  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  haven_pairing_card_popup_menu (self);
}

/* Dragging */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource    *source,
                 double            x,
                 double            y,
                 HavenPairingCard *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_PAGE);

  g_assert (HAVEN_IS_PAIRING_CARD (self));

  /* Only a card whose child is known goes anywhere, and only for whoever
   * arranges the pairings. */
  if (page == NULL || !haven_pairing_page_get_arrange (HAVEN_PAIRING_PAGE (page))
      || self->row == NULL || !haven_record_get_loaded (self->row))
    return NULL;
  return gdk_content_provider_new_typed (HAVEN_TYPE_RECORD, self->row);
}

static void
drag_begin_cb (GtkDragSource    *source,
               GdkDrag          *drag,
               HavenPairingCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_drag_source_set_icon (source, paintable, 24, 16);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
drag_end_cb (GtkDragSource    *source,
             GdkDrag          *drag,
             gboolean          delete_data,
             HavenPairingCard *self)
{
  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

/* Layout */

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* Lays the chips out in lines of width, from (x, y) when allocating;
 * returns the height they take. */
static int
flow_chips (HavenPairingCard *self,
            int               width,
            gboolean          allocate,
            int               x0,
            int               y0)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int x = 0, y = 0, line_height = 0;

  for (guint i = 0; i < G_N_ELEMENTS (self->chips); i++)
    {
      int chip_width, chip_height, unused;

      if (self->chips[i] == NULL || !gtk_widget_should_layout (self->chips[i]))
        continue;
      measure_child (self->chips[i], GTK_ORIENTATION_HORIZONTAL, -1, &unused, &chip_width);
      measure_child (self->chips[i], GTK_ORIENTATION_VERTICAL, chip_width, &unused, &chip_height);
      chip_width = MIN (chip_width, width);
      if (x > 0 && x + chip_width > width)
        {
          y += line_height + CHIP_SPACING;
          x = line_height = 0;
        }
      if (allocate)
        gtk_widget_size_allocate (self->chips[i],
                                  &(GtkAllocation) { x0 + (rtl ? width - x - chip_width : x), y0 + y,
                                                     chip_width, chip_height }, -1);
      x += chip_width + CHIP_SPACING;
      line_height = MAX (line_height, chip_height);
    }
  return y + line_height;
}

static int
text_height (HavenPairingCard *self,
             int               text_width,
             int              *name_height,
             int              *detail_height)
{
  int unused, chips_height;

  measure_child (GTK_WIDGET (self->name_text), GTK_ORIENTATION_VERTICAL, text_width, &unused, name_height);
  measure_child (GTK_WIDGET (self->detail_text), GTK_ORIENTATION_VERTICAL, text_width, &unused, detail_height);
  chips_height = flow_chips (self, text_width, FALSE, 0, 0);
  return *name_height + ROW_SPACING + *detail_height + (chips_height > 0 ? ROW_SPACING + chips_height : 0);
}

static void
haven_pairing_card_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  HavenPairingCard *self = HAVEN_PAIRING_CARD (widget);
  int button_min, button_nat;

  measure_child (GTK_WIDGET (self->menu_button), GTK_ORIENTATION_HORIZONTAL, -1, &button_min, &button_nat);
  /* A card takes the width its column gives it: its text ellipsizes and
   * its chips wrap, so its width never depends on the child it shows,
   * and refilling it never measures its text across. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_TEXT_WIDTH + COLUMN_SPACING + button_nat;
      *natural = NATURAL_TEXT_WIDTH + COLUMN_SPACING + button_nat;
    }
  else
    {
      int name_height, detail_height, button_height, unused, width = for_size;

      if (width < 0)
        haven_pairing_card_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &width, NULL, NULL);
      measure_child (GTK_WIDGET (self->menu_button), orientation, button_nat, &unused, &button_height);
      *minimum = *natural = MAX (button_height,
                                 text_height (self, MAX (0, width - COLUMN_SPACING - button_nat),
                                              &name_height, &detail_height));
    }
}

static void
haven_pairing_card_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  HavenPairingCard *self = HAVEN_PAIRING_CARD (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int button_min, button_nat, button_height, unused, name_height, detail_height;
  int text_width, text_x, y;

  measure_child (GTK_WIDGET (self->menu_button), GTK_ORIENTATION_HORIZONTAL, -1, &button_min, &button_nat);
  measure_child (GTK_WIDGET (self->menu_button), GTK_ORIENTATION_VERTICAL, button_nat, &unused, &button_height);
  text_width = MAX (0, width - COLUMN_SPACING - button_nat);
  text_x = rtl ? button_nat + COLUMN_SPACING : 0;
  gtk_widget_size_allocate (GTK_WIDGET (self->menu_button),
                            &(GtkAllocation) { rtl ? 0 : width - button_nat, 0, button_nat, button_height }, -1);

  text_height (self, text_width, &name_height, &detail_height);
  gtk_widget_size_allocate (GTK_WIDGET (self->name_text),
                            &(GtkAllocation) { text_x, 0, text_width, name_height }, -1);
  y = name_height + ROW_SPACING;
  gtk_widget_size_allocate (GTK_WIDGET (self->detail_text),
                            &(GtkAllocation) { text_x, y, text_width, detail_height }, -1);
  flow_chips (self, text_width, TRUE, text_x, y + detail_height + ROW_SPACING);
}

static GtkSizeRequestMode
haven_pairing_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* GObject */

static void
haven_pairing_card_dispose (GObject *object)
{
  HavenPairingCard *self = HAVEN_PAIRING_CARD (object);

  if (self->row != NULL && self->list != NULL)
    haven_pairing_card_set_row (self, NULL, NULL);
  g_clear_object (&self->row);
  g_clear_object (&self->list);
  for (guint i = 0; i < G_N_ELEMENTS (self->chips); i++)
    g_clear_pointer (&self->chips[i], gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_PAIRING_CARD);

  G_OBJECT_CLASS (haven_pairing_card_parent_class)->dispose (object);
}

static void
haven_pairing_card_class_init (HavenPairingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (HAVEN_TYPE_CARD_TEXT);
  g_type_ensure (HAVEN_TYPE_SYMBOLIC_ICON);

  object_class->dispose = haven_pairing_card_dispose;
  widget_class->measure = haven_pairing_card_measure;
  widget_class->size_allocate = haven_pairing_card_size_allocate;
  widget_class->get_request_mode = haven_pairing_card_get_request_mode;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-pairing-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenPairingCard, name_text);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingCard, detail_text);
  gtk_widget_class_bind_template_child (widget_class, HavenPairingCard, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, menu_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "card.popup-menu", NULL, popup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.popup-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "card.popup-menu", NULL);
}

static void
haven_pairing_card_init (HavenPairingCard *self)
{
  GtkGesture *secondary;

  g_assert (HAVEN_IS_PAIRING_CARD (self));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (self->drag, GDK_ACTION_MOVE);
  g_signal_connect_object (self->drag, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (self->drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  g_signal_connect_object (self->drag, "drag-end", G_CALLBACK (drag_end_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drag));

  secondary = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
}

GtkWidget *
haven_pairing_card_new (void)
{
  return g_object_new (HAVEN_TYPE_PAIRING_CARD, NULL);
}
