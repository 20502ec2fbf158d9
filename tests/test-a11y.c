/* test-a11y.c: every control says what it is to a screen reader
 *
 * Walks each view's widget tree and fails on an icon-only button, an
 * entry or a drop-down without an accessible label (or a labelling
 * relation). It runs with GTK_A11Y=test: under GTK_A11Y=none GTK 4.8
 * keeps no accessible state at all, and this test could never fail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "haven-child-editor.h"
#include "haven-child-page.h"
#include "haven-ui-test-utils.h"

static gboolean
has_label (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
         || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* A button shows no words of its own: an icon, or nothing but an image. */
static gboolean
is_icon_only (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL
           && gtk_menu_button_get_child (GTK_MENU_BUTTON (widget)) == NULL;
  if (GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      return gtk_button_get_label (GTK_BUTTON (widget)) == NULL && (child == NULL || GTK_IS_IMAGE (child));
    }
  return FALSE;
}

/* Parts GTK and libadwaita make for themselves and label on their own:
 * the pieces of a menu button, a drop-down's popover, a search entry's
 * text, the buttons of a header bar's window controls. */
static gboolean
is_internal (GtkWidget *widget)
{
  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    if (GTK_IS_MENU_BUTTON (up) || GTK_IS_DROP_DOWN (up) || GTK_IS_WINDOW_CONTROLS (up)
        || GTK_IS_POPOVER (up) || ADW_IS_SPLIT_BUTTON (up) || GTK_IS_SPIN_BUTTON (up)
        || GTK_IS_SEARCH_ENTRY (up) || GTK_IS_ENTRY (up) || ADW_IS_ENTRY_ROW (up)
        || GTK_IS_PASSWORD_ENTRY (up) || ADW_IS_EXPANDER_ROW (up) || ADW_IS_COMBO_ROW (up)
        || ADW_IS_VIEW_SWITCHER (up) || ADW_IS_VIEW_SWITCHER_BAR (up) || ADW_IS_TAB_BAR (up))
      return TRUE;
  return FALSE;
}

static void
walk (GtkWidget *widget,
      GString   *unlabelled)
{
  gboolean needs_label = FALSE;

  if (!gtk_widget_get_visible (widget))
    return;

  if (!is_internal (widget))
    needs_label = is_icon_only (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_ENTRY (widget)
                  || GTK_IS_DROP_DOWN (widget) || GTK_IS_SPIN_BUTTON (widget);
  if (needs_label && !has_label (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      g_string_append_printf (unlabelled, "  %s%s%s%s\n", G_OBJECT_TYPE_NAME (widget),
                              tooltip != NULL ? " (tooltip “" : "", tooltip != NULL ? tooltip : "",
                              tooltip != NULL ? "”)" : "");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (child, unlabelled);
}

static void
assert_all_labelled (GtkWidget  *top,
                     const char *where)
{
  g_autoptr(GString) unlabelled = g_string_new (NULL);

  walk (top, unlabelled);
  if (unlabelled->len > 0)
    g_error ("%s: controls without an accessible label:\n%s", where, unlabelled->str);
}

static void
test_views (HavenUiFixture *f,
            gconstpointer   data)
{
  const char *views[] = { "overview", "archive", "pairing", "calendar", "talks" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", views[i]));
      haven_ui_settle (f->store);
      /* The whole window: the header bar's buttons are part of every view. */
      assert_all_labelled (GTK_WIDGET (f->window), views[i]);
    }
}

static void
test_child_page (HavenUiFixture *f,
                 gconstpointer   data)
{
  haven_ui_show_first_child (f);
  haven_ui_settle (f->store);
  assert_all_labelled (GTK_WIDGET (f->window), "child page");
}

static gboolean
editor_loaded (gpointer data)
{
  GtkWindow *editor = haven_window_get_editor (data);

  return editor != NULL && !haven_child_editor_get_loading (HAVEN_CHILD_EDITOR (editor));
}

static void
test_editor (HavenUiFixture *f,
             gconstpointer   data)
{
  GtkWidget *editor;
  gint64 id = haven_ui_show_first_child (f);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-child", "x", id));
  haven_ui_wait_for (editor_loaded, f->window);
  editor = GTK_WIDGET (haven_window_get_editor (f->window));
  haven_ui_settle (f->store);
  /* A form, not a "filler". */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (editor)), ==, GTK_ACCESSIBLE_ROLE_DIALOG);
  assert_all_labelled (editor, "editor");
}

static void
test_preferences (HavenUiFixture *f,
                  gconstpointer   data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *preferences = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.preferences", NULL));
  haven_ui_settle (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        preferences = window;
    }
  g_assert_nonnull (preferences);
  assert_all_labelled (preferences, "preferences");
}

int
main (int   argc,
      char *argv[])
{
  /* Before GTK starts: the headless wrapper asks for no accessibility. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, HavenUiFixture, NULL, haven_ui_fixture_setup, func, haven_ui_fixture_teardown)
  ADD ("/a11y/views", test_views);
  ADD ("/a11y/child-page", test_child_page);
  ADD ("/a11y/editor", test_editor);
  ADD ("/a11y/preferences", test_preferences);
#undef ADD

  return g_test_run ();
}
