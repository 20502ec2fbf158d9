/* test-talks-ui.c: talk records, the phone log, what is due, the growth
 * folder and the plan, driven through the window's actions
 *
 * Each test works as a person would: it opens a form with the action a
 * button or menu would activate, types into the form's rows, saves, and
 * looks for the result where the person would: the Talks list, the
 * child's timeline, the due list, the child's card.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "haven-archive-page.h"
#include "haven-child-growth.h"
#include "haven-child-chooser.h"
#include "haven-child-page.h"
#include "haven-child-timeline.h"
#include "haven-due-item.h"
#include "haven-due-list.h"
#include "haven-due-rules-group.h"
#include "haven-due-setting.h"
#include "haven-growth-editor.h"
#include "haven-growth-entry.h"
#include "haven-overview-page.h"
#include "haven-phone-log.h"
#include "haven-plan.h"
#include "haven-plan-editor.h"
#include "haven-record-list.h"
#include "haven-staff.h"
#include "haven-ui-test-utils.h"
#include "haven-talk.h"
#include "haven-talk-editor.h"
#include "haven-talk-query.h"
#include "haven-talks-page.h"
#include "haven-test-utils.h"
#include "haven-timeline-item.h"
#include "haven-window.h"

#define SAID "他说最近数学进步了，想给爸爸打电话"

typedef struct
{
  char         *dir;
  char         *path;
  char         *today;
  HavenStore   *store;
  HavenContext *context;
  HavenWindow  *window;
  gint64        teacher;     /* a class teacher's staff id */
  gint64        colleague;   /* another class teacher */
} Fixture;

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets idle handlers (the forms' checks) run. */
static void
settle (void)
{
  for (int i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static void
store_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
result_set (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static gboolean
window_ready (gpointer data)
{
  Fixture *f = data;

  return haven_window_get_ready (f->window) && !haven_store_get_busy (f->store);
}

static gint64
add_staff (Fixture        *f,
           const char     *name,
           HavenStaffRole  role)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ROLE, role);
  return haven_test_save_ok (f->store, staff);
}

static void
work_as (Fixture        *f,
         gint64          staff_id,
         const char     *name,
         HavenStaffRole  role)
{
  g_autoptr(HavenSession) session = haven_session_new (staff_id, name, role);

  haven_context_set_session (f->context, session);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  f->dir = g_dir_make_tmp ("haven-talks-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "haven.db", NULL);
  f->today = g_date_time_format (now, "%Y-%m-%d");
  f->store = haven_store_new (f->path);

  haven_store_open_async (f->store, NULL, store_done_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_store_open_finish (f->store, result, &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  /* The window's "today" is the real one, so the sample's is too. */
  haven_sample_fill_async (f->store, 40, 7, f->today, NULL, store_done_cb, &result);
  wait_for (result_set, &result);
  g_assert_true (haven_sample_fill_finish (f->store, result, &error));
  g_assert_no_error (error);

  f->context = haven_context_new (f->store);
  f->window = g_object_ref_sink (haven_window_new (NULL, f->context, 0));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1024, 600);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (window_ready, f);

  f->teacher = add_staff (f, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->colleague = add_staff (f, "李老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  work_as (f, f->teacher, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  wait_for (window_ready, f);
}

static GtkWindow *find_toplevel (GType type);

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  const GType editors[] = { HAVEN_TYPE_TALK_EDITOR, HAVEN_TYPE_PHONE_LOG, HAVEN_TYPE_GROWTH_EDITOR,
                            HAVEN_TYPE_PLAN_EDITOR };

  for (guint i = 0; i < G_N_ELEMENTS (editors); i++)
    {
      GtkWindow *left = find_toplevel (editors[i]);

      if (left != NULL)
        gtk_window_destroy (left);
    }
  gtk_window_destroy (GTK_WINDOW (f->window));
  haven_test_finalize_object_soon (f->window);
  haven_test_finalize_object_soon (f->context);
  haven_test_finalize_store (&f->store);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_free (f->today);
}

/* Finding things */

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static gboolean
no_toplevel (gpointer data)
{
  return find_toplevel ((GType) GPOINTER_TO_SIZE (data)) == NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* The first one outside any popover: a drop-down keeps its own list
 * view in its popover. */
static GtkWidget *
find_outside_popovers (GtkWidget *widget,
                       GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_POPOVER (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_outside_popovers (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_with_class (child, css_class)) != NULL)
        return found;
    }
  return NULL;
}

static HavenArchivePage *
archive_of (Fixture *f)
{
  return HAVEN_ARCHIVE_PAGE (haven_window_get_page (f->window, "archive"));
}

static HavenTalksPage *
talks_of (Fixture *f)
{
  return HAVEN_TALKS_PAGE (haven_window_get_page (f->window, "talks"));
}

static gboolean
list_has_items (gpointer data)
{
  HavenRecordList *list = data;

  return !haven_record_list_get_loading (list) && g_list_model_get_n_items (G_LIST_MODEL (list)) > 0;
}

static gboolean
list_idle (gpointer data)
{
  return !haven_record_list_get_loading (HAVEN_RECORD_LIST (data));
}

static gboolean
page_has_file (gpointer data)
{
  HavenChildPage *page = data;
  HavenChildFile *file = haven_child_page_get_file (page);

  return file != NULL
         && haven_record_get_id (HAVEN_RECORD (haven_child_file_get_child (file))) == haven_child_page_get_child_id (page);
}

/* Opens the first child of the archive on the child page. */
static gint64
open_first_child (Fixture         *f,
                  HavenChildPage **page_out)
{
  HavenArchivePage *archive = archive_of (f);
  HavenChildPage *page = HAVEN_CHILD_PAGE (haven_archive_page_get_child_page (archive));
  HavenRecordList *list = haven_archive_page_get_list (archive);
  g_autoptr(HavenRecord) first = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "archive");
  wait_for (list_has_items, list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-child", "x",
                                             haven_record_get_id (first)));
  wait_for (page_has_file, page);
  *page_out = page;
  return haven_record_get_id (first);
}

static gboolean
editor_loaded (gpointer data)
{
  return !haven_talk_editor_get_loading (HAVEN_TALK_EDITOR (data));
}

static void
set_row_text (HavenFormRow *row,
              const char   *text)
{
  GtkWidget *editor = haven_form_row_get_editor (row);

  g_assert_nonnull (row);
  if (GTK_IS_EDITABLE (editor))
    gtk_editable_set_text (GTK_EDITABLE (editor), text);
  else if (GTK_IS_TEXT_VIEW (editor))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), text, -1);
  else
    g_assert_not_reached ();
  haven_form_row_reveal (row);
  settle ();
}

typedef struct
{
  HavenChildTimeline *timeline;
  const char         *text;
} TimelineWait;

static gboolean
timeline_has_text (gpointer data)
{
  TimelineWait *w = data;
  GListModel *items = haven_child_timeline_get_items (w->timeline);

  if (haven_child_timeline_get_loading (w->timeline))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HavenTimelineItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (haven_timeline_item_get_entry (item)->text, w->text))
        return TRUE;
    }
  return FALSE;
}

/* The talk record form */

typedef struct
{
  HavenRecordList *list;
  gint64           id;
} Membership;

static gboolean
list_has_id (gpointer data)
{
  Membership *m = data;

  return !haven_record_list_get_loading (m->list) && haven_record_list_find (m->list, m->id) != G_MAXUINT;
}

static gint64 saved_id;

static void
saved_cb (GObject *editor,
          gint64   id)
{
  saved_id = id;
}

/* From the child page in one step: the form knows the child, the date
 * and who talks; a day to come is refused next to the field; the saved
 * record shows in the Talks list and on the child's timeline. */
static void
test_new_talk_from_child (Fixture       *f,
                          gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenTalkEditor *editor;
  HavenRecord *talk;
  TimelineWait wait;
  Membership m;

  /* The timeline's "New Talk" button. */
  g_assert_true (gtk_widget_activate_action (find_descendant (GTK_WIDGET (page), HAVEN_TYPE_CHILD_TIMELINE),
                                             "timeline.new-talk", "s", "monthly"));
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  g_assert_nonnull (editor);
  wait_for (editor_loaded, editor);
  g_assert_false (haven_talk_editor_get_read_only (editor));

  talk = haven_talk_editor_get_talk (editor);
  g_assert_cmpint (haven_record_get_ref (talk, HAVEN_TALK_CHILD_ID), ==, child);
  g_assert_cmpint (haven_record_get_int (talk, HAVEN_TALK_KIND), ==, HAVEN_TALK_MONTHLY);
  g_assert_cmpstr (haven_record_get_string (talk, HAVEN_TALK_DATE), ==, f->today);
  /* Not confidential unless it is counselling. */
  g_assert_false (haven_record_get_int (talk, HAVEN_TALK_CONFIDENTIAL));

  /* Tomorrow has not come: refused next to the date, and save refuses. */
  set_row_text (haven_talk_editor_get_row (editor, "date"), "2099-01-01");
  g_assert_nonnull (haven_talk_editor_get_field_error (editor, "date"));
  set_row_text (haven_talk_editor_get_row (editor, "content"), SAID);
  gtk_widget_activate_action (GTK_WIDGET (editor), "talk.save", NULL);
  settle ();
  haven_test_drain (f->store);
  g_assert_true (find_toplevel (HAVEN_TYPE_TALK_EDITOR) == GTK_WINDOW (editor));

  set_row_text (haven_talk_editor_get_row (editor, "date"), f->today);
  g_assert_null (haven_talk_editor_get_field_error (editor, "date"));
  g_assert_cmpstr (haven_record_get_string (talk, HAVEN_TALK_CONTENT), ==, SAID);

  /* Counselling turns the confidential flag on by itself. */
  haven_record_set_int (talk, HAVEN_TALK_KIND, HAVEN_TALK_COUNSELLING);
  settle ();
  g_assert_true (haven_record_get_int (talk, HAVEN_TALK_CONFIDENTIAL));
  haven_record_set_int (talk, HAVEN_TALK_KIND, HAVEN_TALK_MONTHLY);
  settle ();
  g_assert_false (haven_record_get_int (talk, HAVEN_TALK_CONFIDENTIAL));

  saved_id = 0;
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "talk.save", NULL);
  wait_for (no_toplevel, GSIZE_TO_POINTER (HAVEN_TYPE_TALK_EDITOR));
  g_assert_cmpint (saved_id, >, 0);

  /* On the child's timeline … */
  wait.timeline = HAVEN_CHILD_TIMELINE (find_descendant (GTK_WIDGET (page), HAVEN_TYPE_CHILD_TIMELINE));
  wait.text = SAID;
  wait_for (timeline_has_text, &wait);

  /* … and in the Talks list, and found by what was said. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-talks", "s", "all"));
  g_assert_cmpstr (haven_window_get_view (f->window), ==, "talks");
  m.list = haven_talks_page_get_list (talks_of (f));
  m.id = saved_id;
  wait_for (list_has_id, &m);
  haven_query_set_search (HAVEN_QUERY (haven_talks_page_get_query (talks_of (f))), "数学进步");
  wait_for (list_idle, m.list);
  g_assert_cmpuint (haven_record_list_find (m.list, saved_id), !=, G_MAXUINT);

  /* The record is the session's. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(HavenRecord) stored = NULL;

    haven_store_load_async (f->store, HAVEN_TYPE_TALK, saved_id, NULL, store_done_cb, &result);
    wait_for (result_set, &result);
    stored = haven_store_load_finish (f->store, result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (haven_record_get_ref (stored, HAVEN_TALK_STAFF_ID), ==, f->teacher);
    g_assert_cmpstr (haven_record_get_string (stored, HAVEN_TALK_TALKER), ==, "王老师");
  }
}

/* A kind by its nick, as the calendar asks; an unknown nick opens nothing. */
static void
test_new_talk_of_kind (Fixture       *f,
                       gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenTalkEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk-of-kind", "(xs)",
                                             child, "home-visit"));
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  g_assert_nonnull (editor);
  wait_for (editor_loaded, editor);
  g_assert_cmpint (haven_record_get_int (haven_talk_editor_get_talk (editor), HAVEN_TALK_KIND), ==,
                   HAVEN_TALK_HOME_VISIT);
  g_assert_cmpint (haven_record_get_ref (haven_talk_editor_get_talk (editor), HAVEN_TALK_CHILD_ID), ==, child);
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk-of-kind", "(xs)", child, "no-such-kind");
  g_assert_null (find_toplevel (HAVEN_TYPE_TALK_EDITOR));

  /* Counselling opens confidential. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk-of-kind", "(xs)", child, "counselling");
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  wait_for (editor_loaded, editor);
  g_assert_true (haven_record_get_int (haven_talk_editor_get_talk (editor), HAVEN_TALK_CONFIDENTIAL));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A form opened for a child shows the child in its chooser and offers no
 * matches: the text the chooser put there is not a search (it was, after
 * the entry's delay, and popped up "no child has this name"). */
static gboolean
chooser_shows_child (gpointer data)
{
  GtkWidget *chooser = data;
  GtkWidget *entry = haven_child_chooser_get_entry (HAVEN_CHILD_CHOOSER (chooser));

  return *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0';
}

static gboolean
later_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_chooser_quiet (Fixture       *f,
                    gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenTalkEditor *editor;
  GtkWidget *chooser;
  GtkWidget *popover;
  gboolean later = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk-of-kind", "(xs)",
                                             child, "home-visit"));
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  g_assert_nonnull (editor);
  wait_for (editor_loaded, editor);
  chooser = haven_ui_find_widget (GTK_WIDGET (editor), HAVEN_TYPE_CHILD_CHOOSER);
  g_assert_nonnull (chooser);
  wait_for (chooser_shows_child, chooser);

  /* Well past the search entry's delay, and any search it would start. */
  g_timeout_add (800, later_cb, &later);
  while (!later)
    g_main_context_iteration (NULL, TRUE);
  haven_ui_settle (f->store);

  popover = haven_ui_find_widget (chooser, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_false (gtk_widget_get_visible (popover));
  /* An autohide popover takes the keyboard's grab on X11: with the
   * matches open, the next letters a teacher typed were lost (seen with
   * real key events). */
  g_assert_false (gtk_popover_get_autohide (GTK_POPOVER (popover)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A confidential record by one class teacher opens read-only and empty
 * for another; its row in the Talks list shows it exists, and searching
 * for its words finds nothing. */
static void
test_confidential_form (Fixture       *f,
                        gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenTalkEditor *editor;
  HavenRecord *talk;
  HavenRecordList *list;
  Membership m;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk-of-kind", "(xs)", child, "counselling");
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  wait_for (editor_loaded, editor);
  talk = haven_talk_editor_get_talk (editor);
  haven_record_set_string (talk, HAVEN_TALK_CONTENT, "秘密：夜里常哭");
  saved_id = 0;
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "talk.save", NULL);
  wait_for (no_toplevel, GSIZE_TO_POINTER (HAVEN_TYPE_TALK_EDITOR));
  g_assert_cmpint (saved_id, >, 0);

  work_as (f, f->colleague, "李老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-talk", "x", saved_id);
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  wait_for (editor_loaded, editor);
  g_assert_true (haven_talk_editor_get_read_only (editor));
  g_assert_cmpstr (haven_record_get_string (haven_talk_editor_get_talk (editor), HAVEN_TALK_CONTENT), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (haven_talk_editor_get_row (editor, "content"))) &&
                  gtk_widget_is_drawable (GTK_WIDGET (haven_talk_editor_get_row (editor, "content"))));
  /* Saving a form one may not change does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "talk.save", NULL);
  g_assert_true (find_toplevel (HAVEN_TYPE_TALK_EDITOR) == GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-talks", "s", "all");
  list = haven_talks_page_get_list (talks_of (f));
  m.list = list;
  m.id = saved_id;
  wait_for (list_has_id, &m);
  {
    g_autoptr(HavenRecord) row = g_list_model_get_item (G_LIST_MODEL (list), haven_record_list_find (list, saved_id));

    wait_for ((gboolean (*) (gpointer)) haven_record_get_loaded, row);
    g_assert_cmpstr (haven_record_get_string (row, HAVEN_TALK_CONTENT), ==, "");
    g_assert_true (haven_record_get_int (row, HAVEN_TALK_CONFIDENTIAL));
  }
  haven_query_set_search (HAVEN_QUERY (haven_talks_page_get_query (talks_of (f))), "夜里常哭");
  wait_for (list_idle, list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* The counsellor finds it. */
  work_as (f, add_staff (f, "心理老师", HAVEN_STAFF_ROLE_COUNSELLOR), "心理老师", HAVEN_STAFF_ROLE_COUNSELLOR);
  haven_query_set_search (HAVEN_QUERY (haven_talks_page_get_query (talks_of (f))), "");
  wait_for (list_idle, list);
  haven_query_set_search (HAVEN_QUERY (haven_talks_page_get_query (talks_of (f))), "夜里常哭");
  wait_for (list_has_id, &m);
}

/* The phone log: date, child, who answered, minutes, a line; logged as
 * a phone call with the parents and shown in the log's list. */
static gboolean
phone_log_idle (gpointer data)
{
  return !haven_phone_log_get_busy (HAVEN_PHONE_LOG (data));
}

static void
test_phone_log (Fixture       *f,
                gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenPhoneLog *log;
  HavenRecord *call;
  HavenRecordList *calls;
  g_autoptr(GError) error = NULL;
  TimelineWait wait;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.phone-log", NULL));
  log = HAVEN_PHONE_LOG (find_toplevel (HAVEN_TYPE_PHONE_LOG));
  g_assert_nonnull (log);
  call = haven_phone_log_get_call (log);
  g_assert_cmpint (haven_record_get_int (call, HAVEN_TALK_KIND), ==, HAVEN_TALK_FAMILY_CALL);
  g_assert_cmpstr (haven_record_get_string (call, HAVEN_TALK_DATE), ==, f->today);

  /* No child yet: refused, next to the child. */
  gtk_widget_activate_action (GTK_WIDGET (log), "phone.log", NULL);
  settle ();
  g_assert_nonnull (haven_form_row_get_problem (haven_phone_log_get_row (log, "child-id")));

  haven_record_set_ref (call, HAVEN_TALK_CHILD_ID, child);
  haven_record_set_int (call, HAVEN_TALK_CALL_WITH, HAVEN_CALL_WITH_FATHER);
  set_row_text (haven_phone_log_get_row (log, "minutes"), "12");
  g_assert_cmpint (haven_record_get_int (call, HAVEN_TALK_MINUTES), ==, 12);
  set_row_text (haven_phone_log_get_row (log, "content"), "爸爸说过年回来");
  gtk_widget_activate_action (GTK_WIDGET (log), "phone.log", NULL);
  settle ();
  wait_for (phone_log_idle, log);
  /* Ready for the next call, same day. */
  call = haven_phone_log_get_call (log);
  g_assert_cmpint (haven_record_get_ref (call, HAVEN_TALK_CHILD_ID), ==, 0);
  calls = haven_phone_log_get_list (log);
  wait_for (list_has_items, calls);
  gtk_window_destroy (GTK_WINDOW (log));

  /* Stored as the phone call with parents, of the session. */
  {
    g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
    g_autoptr(GArray) ids = NULL;
    gboolean seen = FALSE;

    haven_query_set_search (HAVEN_QUERY (query), "爸爸说过年回来");
    ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
    g_assert_no_error (error);
    for (guint i = 0; i < ids->len; i++)
      {
        g_autoptr(HavenRecord) r = haven_test_load (f->store, HAVEN_TYPE_TALK, g_array_index (ids, gint64, i), &error);

        g_assert_no_error (error);
        if (g_str_equal (haven_record_get_string (r, HAVEN_TALK_CONTENT), "爸爸说过年回来"))
          {
            g_assert_cmpint (haven_record_get_ref (r, HAVEN_TALK_CHILD_ID), ==, child);
            g_assert_cmpint (haven_record_get_int (r, HAVEN_TALK_KIND), ==, HAVEN_TALK_FAMILY_CALL);
            g_assert_cmpint (haven_record_get_int (r, HAVEN_TALK_CALL_WITH), ==, HAVEN_CALL_WITH_FATHER);
            g_assert_cmpint (haven_record_get_int (r, HAVEN_TALK_MINUTES), ==, 12);
            g_assert_cmpint (haven_record_get_ref (r, HAVEN_TALK_STAFF_ID), ==, f->teacher);
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }
  wait.timeline = HAVEN_CHILD_TIMELINE (find_descendant (GTK_WIDGET (page), HAVEN_TYPE_CHILD_TIMELINE));
  wait.text = "爸爸说过年回来";
  wait_for (timeline_has_text, &wait);
}

/* What is due */

static gboolean
due_idle (gpointer data)
{
  return !haven_due_list_get_loading (HAVEN_DUE_LIST (data));
}

static gboolean
due_has_items (gpointer data)
{
  return due_idle (data) && g_list_model_get_n_items (haven_due_list_get_model (HAVEN_DUE_LIST (data))) > 0;
}

/* Each overview row opens the due list already filtered as it says. */
static gboolean
overview_filled (gpointer data)
{
  return gtk_widget_get_first_child (GTK_WIDGET (data)) != NULL;
}

static gboolean
overview_settled (gpointer data)
{
  return !haven_overview_page_get_refreshing (HAVEN_OVERVIEW_PAGE (data));
}

static void
test_overview_opens_due (Fixture       *f,
                         gconstpointer  data)
{
  HavenOverviewPage *overview = HAVEN_OVERVIEW_PAGE (haven_window_get_page (f->window, "overview"));
  GtkListBox *due_box = haven_overview_page_get_due_box (overview);
  GtkListBox *coverage_box = haven_overview_page_get_coverage_box (overview);
  HavenDueList *due = haven_talks_page_get_due_list (talks_of (f));
  guint rows = 0;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview");
  /* The session changed in the fixture: its refresh replaces the rows. */
  wait_for (overview_settled, overview);
  wait_for (overview_filled, due_box);
  wait_for (overview_filled, coverage_box);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (due_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HavenDueRequest request;
      GListModel *items;
      GtkWidget *count = find_with_class (row, "overview-count");
      guint shown = 0;

      g_assert_nonnull (count);
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "overview");
      gtk_widget_activate (row);
      g_assert_cmpstr (haven_window_get_view (f->window), ==, "talks");
      g_assert_cmpstr (haven_talks_page_get_mode (talks_of (f)), ==, "due");
      wait_for (due_idle, due);
      haven_due_list_get_request (due, &request);
      g_assert_cmpint (request.rule, >=, 0);
      g_assert_cmpuint (request.statuses, ==, HAVEN_DUE_STATUS_BIT (HAVEN_DUE_OVERDUE));
      g_assert_cmpint (request.scope, ==, HAVEN_DUE_SCOPE_SCHOOL);
      items = haven_due_list_get_model (due);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(HavenDueItem) item = g_list_model_get_item (items, i);

          g_assert_cmpint (haven_due_item_get_rule (item), ==, request.rule);
          g_assert_cmpint (haven_due_item_get_status (item), ==, HAVEN_DUE_OVERDUE);
          shown++;
        }
      /* The list holds as many as the row counted. */
      g_assert_cmpuint (shown, ==, (guint) g_ascii_strtoull (gtk_label_get_label (GTK_LABEL (count)), NULL, 10));
      rows++;
    }
  g_assert_cmpuint (rows, >=, 5);

  /* A class's coverage opens that class's class-teacher talks. */
  {
    GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (coverage_box));
    HavenDueRequest request;

    gtk_widget_activate (row);
    g_assert_cmpstr (haven_talks_page_get_mode (talks_of (f)), ==, "due");
    wait_for (due_idle, due);
    haven_due_list_get_request (due, &request);
    g_assert_cmpint (request.rule, ==, HAVEN_DUE_RULE_CLASS_TALK);
    g_assert_cmpint (request.class_id, >, 0);
  }
}

/* A due item opens a record of its rule's kind for its child. */
static void
test_due_item_opens_talk (Fixture       *f,
                          gconstpointer  data)
{
  HavenDueList *due = haven_talks_page_get_due_list (talks_of (f));
  g_autoptr(HavenDueItem) item = NULL;
  HavenTalkEditor *editor;
  GtkListView *view;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-due", "s", "rule=family-call;status=all;scope=school");
  wait_for (due_has_items, due);
  item = g_list_model_get_item (haven_due_list_get_model (due), 0);
  g_assert_cmpint (haven_due_item_get_rule (item), ==, HAVEN_DUE_RULE_FAMILY_CALL);

  view = GTK_LIST_VIEW (find_outside_popovers (GTK_WIDGET (due), GTK_TYPE_LIST_VIEW));
  g_signal_emit_by_name (view, "activate", 0);
  editor = HAVEN_TALK_EDITOR (find_toplevel (HAVEN_TYPE_TALK_EDITOR));
  g_assert_nonnull (editor);
  wait_for (editor_loaded, editor);
  g_assert_cmpint (haven_record_get_ref (haven_talk_editor_get_talk (editor), HAVEN_TALK_CHILD_ID), ==,
                   haven_due_item_get_child_id (item));
  g_assert_cmpint (haven_record_get_int (haven_talk_editor_get_talk (editor), HAVEN_TALK_KIND), ==,
                   HAVEN_TALK_FAMILY_CALL);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* "My children": a class teacher with no class has none. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-due", "s", "scope=mine;status=all");
  wait_for (due_idle, due);
  g_assert_cmpuint (g_list_model_get_n_items (haven_due_list_get_model (due)), ==, 0);
}

/* Preferences: a rule's soon window changed is stored, and a rule
 * turned off leaves the due list. */
static gboolean
settings_read (gpointer data)
{
  return haven_due_rules_group_get_settings (HAVEN_DUE_RULES_GROUP (data)) != NULL;
}

static void
test_due_rules_preferences (Fixture       *f,
                            gconstpointer  data)
{
  HavenDueRulesGroup *group = g_object_ref_sink (g_object_new (HAVEN_TYPE_DUE_RULES_GROUP, NULL));
  HavenDueRulesGroup *again;
  HavenDueList *due = haven_talks_page_get_due_list (talks_of (f));
  GPtrArray *settings;
  HavenRecord *mentor;

  work_as (f, add_staff (f, "校长", HAVEN_STAFF_ROLE_HEADTEACHER), "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
  haven_due_rules_group_set_context (group, f->context);
  wait_for (settings_read, group);
  settings = haven_due_rules_group_get_settings (group);
  g_assert_cmpuint (settings->len, ==, HAVEN_N_DUE_RULES);

  /* The seeds' defaults. */
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_CLASS_TALK),
                                         HAVEN_DUE_SETTING_PERIOD), ==, HAVEN_DUE_PERIOD_MONTH);
  mentor = g_ptr_array_index (settings, HAVEN_DUE_RULE_MENTOR_TALK);
  g_assert_cmpint (haven_record_get_int (mentor, HAVEN_DUE_SETTING_PERIOD), ==, HAVEN_DUE_PERIOD_WEEK);
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_HOME_VISIT),
                                         HAVEN_DUE_SETTING_PERIOD), ==, HAVEN_DUE_PERIOD_TERM);

  haven_record_set_int (mentor, HAVEN_DUE_SETTING_SOON_DAYS, 3);
  haven_record_set_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_FAMILY_CALL), HAVEN_DUE_SETTING_ACTIVE, FALSE);
  haven_due_rules_group_flush (group);
  haven_test_drain (f->store);
  settle ();
  haven_test_drain (f->store);

  again = g_object_ref_sink (g_object_new (HAVEN_TYPE_DUE_RULES_GROUP, NULL));
  haven_due_rules_group_set_context (again, f->context);
  wait_for (settings_read, again);
  settings = haven_due_rules_group_get_settings (again);
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_MENTOR_TALK),
                                         HAVEN_DUE_SETTING_SOON_DAYS), ==, 3);
  g_assert_false (haven_record_get_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_FAMILY_CALL),
                                        HAVEN_DUE_SETTING_ACTIVE));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-due", "s", "status=all;scope=school");
  wait_for (due_has_items, due);
  for (guint i = 0; i < g_list_model_get_n_items (haven_due_list_get_model (due)); i++)
    {
      g_autoptr(HavenDueItem) item = g_list_model_get_item (haven_due_list_get_model (due), i);

      g_assert_cmpint (haven_due_item_get_rule (item), !=, HAVEN_DUE_RULE_FAMILY_CALL);
    }

  /* A soon window out of range is not saved. */
  haven_record_set_int (g_ptr_array_index (settings, HAVEN_DUE_RULE_MENTOR_TALK), HAVEN_DUE_SETTING_SOON_DAYS, -4);
  haven_due_rules_group_flush (again);
  haven_test_drain (f->store);
  g_object_unref (again);
  again = g_object_ref_sink (g_object_new (HAVEN_TYPE_DUE_RULES_GROUP, NULL));
  haven_due_rules_group_set_context (again, f->context);
  wait_for (settings_read, again);
  g_assert_cmpint (haven_record_get_int (g_ptr_array_index (haven_due_rules_group_get_settings (again),
                                                            HAVEN_DUE_RULE_MENTOR_TALK),
                                         HAVEN_DUE_SETTING_SOON_DAYS), ==, 3);

  g_object_unref (again);
  g_object_unref (group);
}

/* The growth folder: a photo far larger than a screen is scaled on
 * import, stored in the database, and stands on the child's card. */
static gboolean
growth_imported (gpointer data)
{
  return !haven_growth_editor_get_importing (HAVEN_GROWTH_EDITOR (data))
         && !haven_growth_editor_get_loading (HAVEN_GROWTH_EDITOR (data));
}

static gboolean
has_latest_photo (gpointer data)
{
  return haven_child_growth_get_latest_photo (HAVEN_CHILD_GROWTH (data)) != NULL;
}

static void
test_growth_photo (Fixture       *f,
                   gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  g_autoptr(GdkPixbuf) big = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 4000, 3000);
  g_autofree char *png = g_build_filename (f->dir, "photo.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (png);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) stored = NULL;
  g_autoptr(GInputStream) stream = NULL;
  HavenChildGrowth *growth = HAVEN_CHILD_GROWTH (find_descendant (GTK_WIDGET (page), HAVEN_TYPE_CHILD_GROWTH));
  HavenGrowthEditor *editor;
  HavenRecord *entry;
  GBytes *photo;

  gdk_pixbuf_fill (big, 0x3080c0ff);
  g_assert_true (gdk_pixbuf_save (big, png, "png", &error, NULL));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-growth", "(xs)", child, "good-news"));
  editor = HAVEN_GROWTH_EDITOR (find_toplevel (HAVEN_TYPE_GROWTH_EDITOR));
  g_assert_nonnull (editor);
  wait_for (growth_imported, editor);
  entry = haven_growth_editor_get_entry (editor);
  haven_record_set_int (entry, HAVEN_GROWTH_ENTRY_KIND, HAVEN_GROWTH_PHOTO);
  haven_record_set_string (entry, HAVEN_GROWTH_ENTRY_TITLE, "运动会");
  haven_growth_editor_import_photo (editor, file);
  wait_for (growth_imported, editor);

  photo = haven_record_get_blob (entry, HAVEN_GROWTH_ENTRY_PHOTO);
  g_assert_nonnull (photo);
  g_assert_nonnull (haven_record_get_blob (entry, HAVEN_GROWTH_ENTRY_THUMBNAIL));
  stream = g_memory_input_stream_new_from_bytes (photo);
  stored = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (MAX (gdk_pixbuf_get_width (stored), gdk_pixbuf_get_height (stored)), <=, 1600);
  g_assert_cmpint (gdk_pixbuf_get_width (stored) * 3, ==, gdk_pixbuf_get_height (stored) * 4);

  gtk_widget_activate_action (GTK_WIDGET (editor), "growth.save", NULL);
  wait_for (no_toplevel, GSIZE_TO_POINTER (HAVEN_TYPE_GROWTH_EDITOR));
  wait_for (has_latest_photo, growth);
  g_assert_cmpuint (haven_child_growth_get_count (growth, HAVEN_GROWTH_PHOTO), ==, 1);

  /* A file that is not a picture is refused, and nothing is stored. */
  {
    g_autofree char *text = g_build_filename (f->dir, "notes.png", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (text);

    g_assert_true (g_file_set_contents (text, "not a picture", -1, NULL));
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-growth", "(xs)", child, "good-news");
    editor = HAVEN_GROWTH_EDITOR (find_toplevel (HAVEN_TYPE_GROWTH_EDITOR));
    wait_for (growth_imported, editor);
    entry = haven_growth_editor_get_entry (editor);
    haven_record_set_int (entry, HAVEN_GROWTH_ENTRY_KIND, HAVEN_GROWTH_PHOTO);
    haven_growth_editor_import_photo (editor, bad);
    wait_for (growth_imported, editor);
    g_assert_null (haven_record_get_blob (entry, HAVEN_GROWTH_ENTRY_PHOTO));
    gtk_widget_activate_action (GTK_WIDGET (editor), "growth.save", NULL);
    settle ();
    haven_test_drain (f->store);
    g_assert_true (find_toplevel (HAVEN_TYPE_GROWTH_EDITOR) == GTK_WINDOW (editor));
    gtk_window_destroy (GTK_WINDOW (editor));
    g_unlink (text);
  }
  g_unlink (png);
}

/* The individual plan: saved with a review, both on the timeline. */
static gboolean
plan_loaded (gpointer data)
{
  return !haven_plan_editor_get_loading (HAVEN_PLAN_EDITOR (data));
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  HavenChildPage *page;
  gint64 child = open_first_child (f, &page);
  HavenPlanEditor *editor;
  HavenRecord *plan;
  HavenRecord *review;
  g_autofree char *review_date = NULL;
  TimelineWait wait;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-plan", "x", child));
  editor = HAVEN_PLAN_EDITOR (find_toplevel (HAVEN_TYPE_PLAN_EDITOR));
  g_assert_nonnull (editor);
  wait_for (plan_loaded, editor);
  plan = haven_plan_editor_get_plan (editor);
  g_assert_cmpint (haven_record_get_ref (plan, HAVEN_PLAN_CHILD_ID), ==, child);

  /* Goals and measures are asked for. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan.save", NULL);
  settle ();
  g_assert_nonnull (haven_form_row_get_problem (haven_plan_editor_get_row (editor, "goals")));
  g_assert_true (find_toplevel (HAVEN_TYPE_PLAN_EDITOR) == GTK_WINDOW (editor));

  haven_record_set_ref (plan, HAVEN_PLAN_STAFF_ID, f->teacher);
  set_row_text (haven_plan_editor_get_row (editor, "goals"), "期末前数学及格");
  set_row_text (haven_plan_editor_get_row (editor, "measures"), "每天放学后辅导半小时");
  if (*haven_record_get_string (plan, HAVEN_PLAN_START_DATE) == '\0')
    haven_record_set_string (plan, HAVEN_PLAN_START_DATE, f->today);
  review = haven_plan_editor_add_review (editor);
  g_assert_nonnull (review);
  g_assert_cmpstr (haven_record_get_string (review, HAVEN_PLAN_REVIEW_REVIEW_DATE), >, f->today);
  g_assert_cmpuint (haven_plan_editor_get_reviews (editor)->len, >=, 1);
  /* The editor, and the review with it, go when it is saved. */
  review_date = g_strdup (haven_record_get_string (review, HAVEN_PLAN_REVIEW_REVIEW_DATE));

  gtk_widget_activate_action (GTK_WIDGET (editor), "plan.save", NULL);
  wait_for (no_toplevel, GSIZE_TO_POINTER (HAVEN_TYPE_PLAN_EDITOR));

  wait.timeline = HAVEN_CHILD_TIMELINE (find_descendant (GTK_WIDGET (page), HAVEN_TYPE_CHILD_TIMELINE));
  wait.text = "期末前数学及格";
  wait_for (timeline_has_text, &wait);
  {
    GListModel *items = haven_child_timeline_get_items (wait.timeline);
    gboolean review_seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(HavenTimelineItem) item = g_list_model_get_item (items, i);
        const HavenTimelineEntry *e = haven_timeline_item_get_entry (item);

        if (e->kind == HAVEN_TIMELINE_PLAN_REVIEW && !e->done
            && g_str_equal (e->date, review_date))
          review_seen = TRUE;
      }
    g_assert_true (review_seen);
  }

  /* Opened again, it is the same plan with its review. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-plan", "x", child);
  editor = HAVEN_PLAN_EDITOR (find_toplevel (HAVEN_TYPE_PLAN_EDITOR));
  wait_for (plan_loaded, editor);
  g_assert_cmpstr (haven_record_get_string (haven_plan_editor_get_plan (editor), HAVEN_PLAN_GOALS), ==,
                   "期末前数学及格");
  g_assert_cmpuint (haven_plan_editor_get_reviews (editor)->len, >=, 1);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A viewer may look but not write: the forms' actions are off. */
static void
test_viewer (Fixture       *f,
             gconstpointer  data)
{
  work_as (f, add_staff (f, "教育局", HAVEN_STAFF_ROLE_VIEWER), "教育局", HAVEN_STAFF_ROLE_VIEWER);
  settle ();
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.phone-log", NULL)
                  && find_toplevel (HAVEN_TYPE_PHONE_LOG) != NULL);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-talk", "x", (gint64) 0)
                  && find_toplevel (HAVEN_TYPE_TALK_EDITOR) != NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/talks-ui/new-talk-from-child", Fixture, NULL, fixture_setup, test_new_talk_from_child, fixture_teardown);
  g_test_add ("/talks-ui/new-talk-of-kind", Fixture, NULL, fixture_setup, test_new_talk_of_kind, fixture_teardown);
  g_test_add ("/talks-ui/chooser-quiet", Fixture, NULL, fixture_setup, test_chooser_quiet, fixture_teardown);
  g_test_add ("/talks-ui/confidential-form", Fixture, NULL, fixture_setup, test_confidential_form, fixture_teardown);
  g_test_add ("/talks-ui/phone-log", Fixture, NULL, fixture_setup, test_phone_log, fixture_teardown);
  g_test_add ("/talks-ui/overview-opens-due", Fixture, NULL, fixture_setup, test_overview_opens_due, fixture_teardown);
  g_test_add ("/talks-ui/due-item-opens-talk", Fixture, NULL, fixture_setup, test_due_item_opens_talk, fixture_teardown);
  g_test_add ("/talks-ui/due-rules-preferences", Fixture, NULL, fixture_setup, test_due_rules_preferences, fixture_teardown);
  g_test_add ("/talks-ui/growth-photo", Fixture, NULL, fixture_setup, test_growth_photo, fixture_teardown);
  g_test_add ("/talks-ui/plan", Fixture, NULL, fixture_setup, test_plan, fixture_teardown);
  g_test_add ("/talks-ui/viewer", Fixture, NULL, fixture_setup, test_viewer, fixture_teardown);

  return g_test_run ();
}
