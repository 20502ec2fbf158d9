/* test-child-editor.c: the child's file editor, as a teacher uses it
 *
 * Each test here is a bug a teacher hit (issue "What a teacher hit"):
 * they run under G_DEBUG=fatal-warnings, so a warning fails them too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "haven-child.h"
#include "haven-child-editor.h"
#include "haven-child-file.h"
#include "haven-child-page.h"
#include "haven-guardian.h"
#include "haven-parent.h"
#include "haven-ui-test-utils.h"

static gboolean
editor_loaded (gpointer data)
{
  HavenWindow *window = data;
  GtkWindow *editor = haven_window_get_editor (window);

  return editor != NULL && !haven_child_editor_get_loading (HAVEN_CHILD_EDITOR (editor));
}

static gboolean
editor_gone (gpointer data)
{
  return haven_window_get_editor (data) == NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return haven_ui_find_message_dialog () != NULL;
}

static HavenChildEditor *
open_new_editor (HavenUiFixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-child", NULL));
  haven_ui_wait_for (editor_loaded, f->window);
  return HAVEN_CHILD_EDITOR (haven_window_get_editor (f->window));
}

/* The record a row of the editor edits. */
static HavenRecord *
part_of (HavenChildEditor *editor,
         const char       *key)
{
  return haven_form_row_get_record (haven_child_editor_get_row (editor, key));
}

/* Fills the new file as a teacher would: all a complete file needs. */
static void
fill_complete_file (HavenChildEditor *editor,
                    const char       *name)
{
  g_autoptr(HavenChildFile) model = haven_test_child_file_new (name, 0, "13812345678");
  HavenRecord *child = part_of (editor, "child.name");

  haven_record_set_int (child, HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  haven_record_set_int (child, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_BOTH_AWAY);
  haven_record_copy_from (part_of (editor, "father.name"), HAVEN_RECORD (haven_child_file_get_father (model)));
  haven_record_copy_from (part_of (editor, "mother.name"), HAVEN_RECORD (haven_child_file_get_mother (model)));
  haven_record_copy_from (part_of (editor, "guardian.name"), HAVEN_RECORD (haven_child_file_get_guardian (model)));
  haven_child_editor_set_field_text (editor, "child.name", name);
  haven_child_editor_set_field_text (editor, "child.birth-date", "2017-09-01");
  haven_child_editor_set_field_text (editor, "child.address", "红星镇石桥村3组");
}

/* Ctrl+N, type, Esc, Discard: the editor closes, and no warning about an
 * "invalid (NULL) class pointer" comes of the dialog dying under it. */
static void
test_discard (HavenUiFixture *f,
              gconstpointer   data)
{
  HavenChildEditor *editor = open_new_editor (f);
  AdwMessageDialog *dialog;

  haven_child_editor_set_field_text (editor, "child.name", "王小丫");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  haven_ui_wait_for (dialog_shown, NULL);
  dialog = haven_ui_find_message_dialog ();

  /* Keep Editing keeps what was typed. */
  adw_message_dialog_response (dialog, "keep");
  haven_ui_settle (f->store);
  g_assert_true (haven_window_get_editor (f->window) == GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (haven_form_row_get_editor (
                     haven_child_editor_get_row (editor, "child.name")))), ==, "王小丫");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  haven_ui_wait_for (dialog_shown, NULL);
  adw_message_dialog_response (haven_ui_find_message_dialog (), "discard");
  haven_ui_wait_for (editor_gone, f->window);
  haven_ui_settle (f->store);
  g_assert_null (haven_ui_find_message_dialog ());
}

static GtkWidget *
focus_of (HavenChildEditor *editor)
{
  return gtk_root_get_focus (GTK_ROOT (editor));
}

/* After a field shows its error, Tab still goes to the next field of the
 * group (a wrong birth date used to jump to the reason, skipping the ID,
 * class, number and address). */
static void
test_tab_after_error (HavenUiFixture *f,
                      gconstpointer   data)
{
  HavenChildEditor *editor = open_new_editor (f);
  HavenFormRow *birth = haven_child_editor_get_row (editor, "child.birth-date");
  HavenFormRow *id_number = haven_child_editor_get_row (editor, "child.id-number");
  GtkWidget *focus;
  guint tabs = 0;

  haven_child_editor_set_field_text (editor, "child.birth-date", "2020-13-45");
  g_assert_nonnull (haven_child_editor_get_field_error (editor, "child.birth-date"));

  gtk_widget_grab_focus (haven_form_row_get_editor (birth));
  g_assert_true (gtk_widget_is_ancestor (focus_of (editor), GTK_WIDGET (birth)));
  /* The date row has its calendar button after the entry. */
  do
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (editor), GTK_DIR_TAB_FORWARD));
      focus = focus_of (editor);
      tabs++;
    }
  while (gtk_widget_is_ancestor (focus, GTK_WIDGET (birth)) && tabs < 4);

  g_test_message ("focus after %u tabs: %s", tabs, G_OBJECT_TYPE_NAME (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (id_number)));
}

/* An invalid date is not a filled one: the hint still asks for it. */
static void
test_invalid_date_missing (HavenUiFixture *f,
                           gconstpointer   data)
{
  HavenChildEditor *editor = open_new_editor (f);
  g_autofree char *missing = NULL;

  fill_complete_file (editor, "李小雨");
  haven_ui_settle (f->store);
  g_assert_null (strstr (haven_child_editor_get_missing_text (editor), "birth"));

  haven_child_editor_set_field_text (editor, "child.birth-date", "2020-13-45");
  haven_ui_settle (f->store);
  missing = g_utf8_strdown (haven_child_editor_get_missing_text (editor), -1);
  g_test_message ("%s", missing);
  g_assert_nonnull (strstr (missing, "birth"));
}

static gboolean
showing_child (gpointer data)
{
  HavenUiFixture *f = data;
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (haven_ui_archive (f->window)));
  HavenChildFile *file = haven_child_page_get_file (page);

  return g_strcmp0 (haven_window_get_view (f->window), "archive") == 0
         && file != NULL
         && g_strcmp0 (haven_record_get_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_NAME),
                       "赵小满") == 0;
}

/* Enter in the name field saves (the save button is the default), and a
 * child saved from another view is shown where the teacher can see it. */
static void
test_enter_saves (HavenUiFixture *f,
                  gconstpointer   data)
{
  HavenChildEditor *editor;
  GtkWidget *name_entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview"));
  editor = open_new_editor (f);
  fill_complete_file (editor, "赵小满");
  name_entry = haven_form_row_get_editor (haven_child_editor_get_row (editor, "child.name"));
  gtk_widget_grab_focus (name_entry);
  g_assert_true (GTK_IS_ENTRY (name_entry));
  g_assert_true (gtk_entry_get_activates_default (GTK_ENTRY (name_entry)));
  /* Enter is the entry's text widget activating. */
  g_signal_emit_by_name (haven_ui_find_widget (name_entry, GTK_TYPE_TEXT), "activate");

  haven_ui_wait_for (editor_gone, f->window);
  haven_ui_wait_for (showing_child, f);
}

/* A landline keeps its separator where it is shown. */
static void
test_landline (HavenUiFixture *f,
               gconstpointer   data)
{
  HavenChildEditor *editor = open_new_editor (f);
  HavenRecord *guardian = part_of (editor, "guardian.phone");

  fill_complete_file (editor, "赵小满");
  haven_child_editor_set_field_text (editor, "guardian.phone", "0851 86512345");
  g_assert_null (haven_child_editor_get_field_error (editor, "guardian.phone"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  haven_ui_wait_for (editor_gone, f->window);
  haven_ui_wait_for (showing_child, f);

  {
    HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (haven_ui_archive (f->window)));
    HavenChildFile *file = haven_child_page_get_file (page);

    g_assert_cmpstr (haven_record_get_string (HAVEN_RECORD (haven_child_file_get_guardian (file)),
                                              HAVEN_GUARDIAN_PHONE), ==, "0851-86512345");
  }
  (void) guardian;
}

/* Ctrl+E on the child page edits the file shown. */
static void
test_edit_shortcut (HavenUiFixture *f,
                    gconstpointer   data)
{
  gint64 id = haven_ui_show_first_child (f);
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (haven_ui_archive (f->window)));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkEventController *shortcuts = NULL;
  GListModel *controllers;

  /* The page has the focus, so its keys work at once. */
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (page) || gtk_widget_is_ancestor (focus, GTK_WIDGET (page)));

  /* The page's class binds Ctrl+E to child.edit. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && shortcuts == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            g_autoptr(GtkShortcutTrigger) ctrl_e = gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK);
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

            if (gtk_shortcut_trigger_equal (trigger, ctrl_e) && GTK_IS_NAMED_ACTION (action)
                && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "child.edit"))
              shortcuts = GTK_EVENT_CONTROLLER (controller);
          }
    }
  g_object_unref (controllers);
  g_assert_nonnull (shortcuts);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "child.edit", NULL));
  haven_ui_wait_for (editor_loaded, f->window);
  g_assert_cmpint (haven_record_get_id (part_of (HAVEN_CHILD_EDITOR (haven_window_get_editor (f->window)),
                                                 "child.name")), ==, id);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, HavenUiFixture, NULL, haven_ui_fixture_setup, func, haven_ui_fixture_teardown)
  ADD ("/child-editor/discard", test_discard);
  ADD ("/child-editor/tab-after-error", test_tab_after_error);
  ADD ("/child-editor/invalid-date-missing", test_invalid_date_missing);
  ADD ("/child-editor/enter-saves", test_enter_saves);
  ADD ("/child-editor/landline", test_landline);
  ADD ("/child-editor/edit-shortcut", test_edit_shortcut);
#undef ADD

  return g_test_run ();
}
