/* test-context.c: the session a window works as, and what its role allows
 *
 * Until staff sign-in exists, the session is the staff row mapped to the
 * OS account: made as the headteacher on the first run, changeable in
 * Preferences.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-context"

#include "haven-context.h"
#include "haven-session.h"
#include "haven-staff.h"
#include "haven-store-staff.h"
#include "haven-test-utils.h"

static void
test_session_roles (void)
{
  struct {
    HavenStaffRole role;
    gboolean       writes;
    gboolean       reads_others_confidential;
  } cases[] = {
    { HAVEN_STAFF_ROLE_HEADTEACHER, TRUE, TRUE },
    { HAVEN_STAFF_ROLE_CLASS_TEACHER, TRUE, FALSE },
    { HAVEN_STAFF_ROLE_SUBJECT_TEACHER, TRUE, FALSE },
    { HAVEN_STAFF_ROLE_COUNSELLOR, TRUE, TRUE },
    { HAVEN_STAFF_ROLE_VOLUNTEER, TRUE, FALSE },
    { HAVEN_STAFF_ROLE_MENTOR, TRUE, FALSE },
    { HAVEN_STAFF_ROLE_VIEWER, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HavenSession) session = haven_session_new (7, "某老师", cases[i].role);

      g_assert_cmpint (haven_session_get_role (session), ==, cases[i].role);
      g_assert_cmpint (haven_session_get_staff_id (session), ==, 7);
      g_assert_cmpint (haven_session_can_write (session), ==, cases[i].writes);
      g_assert_cmpint (haven_session_can_read_confidential (session, 8), ==, cases[i].reads_others_confidential);
      /* Authors read their own, except a viewer, who writes none. */
      g_assert_true (haven_session_can_read_confidential (session, 7));
    }

  /* A session without a staff row is nobody's author. */
  {
    g_autoptr(HavenSession) nobody = haven_session_new (0, "", HAVEN_STAFF_ROLE_CLASS_TEACHER);

    g_assert_false (haven_session_can_read_confidential (nobody, 0));
  }
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static HavenContext *
open_context (HavenStore *store,
              const char *account)
{
  HavenContext *context = haven_context_new (store);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_context_set_account (context, account);
  haven_context_open_async (context, NULL, opened_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_context_open_finish (context, result, &error));
  g_assert_no_error (error);
  g_assert_nonnull (haven_context_get_session (context));
  return context;
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_context_account (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  g_autoptr(HavenStaff) teacher = haven_staff_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenSession) changed = NULL;
  HavenContext *context;
  HavenSession *session;
  gint64 headteacher_id, teacher_id;
  guint n_notified = 0;

  /* First run: the account becomes the headteacher. */
  context = open_context (store, "liwei");
  session = haven_context_get_session (context);
  g_assert_cmpint (haven_session_get_role (session), ==, HAVEN_STAFF_ROLE_HEADTEACHER);
  headteacher_id = haven_session_get_staff_id (session);
  g_assert_cmpint (headteacher_id, >, 0);
  g_assert_true (haven_store_get_session (store) == session);
  haven_test_finalize_object_soon (context);

  /* Next run: the same row, not a new one. */
  context = open_context (store, "liwei");
  g_assert_cmpint (haven_session_get_staff_id (haven_context_get_session (context)), ==, headteacher_id);

  /* Another account on the same machine is not the headteacher again:
   * the headteacher's row is taken. */
  {
    HavenContext *other = open_context (store, "zhangmin");

    g_assert_cmpint (haven_session_get_staff_id (haven_context_get_session (other)), !=, headteacher_id);
    haven_test_finalize_object_soon (other);
  }

  /* "I am …" in Preferences maps the account to another row. */
  haven_test_run_as (store, "校长", HAVEN_STAFF_ROLE_HEADTEACHER);
  haven_record_set_string (HAVEN_RECORD (teacher), HAVEN_STAFF_NAME, "王老师");
  haven_record_set_int (HAVEN_RECORD (teacher), HAVEN_STAFF_ROLE, HAVEN_STAFF_ROLE_CLASS_TEACHER);
  teacher_id = haven_test_save (store, teacher, &error);
  g_assert_no_error (error);

  haven_store_set_account_staff_async (store, "liwei", teacher_id, NULL, opened_cb, &result);
  haven_test_wait (&result);
  changed = haven_store_set_account_staff_finish (store, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);  /* it holds the store */
  g_assert_cmpint (haven_session_get_staff_id (changed), ==, teacher_id);
  g_assert_cmpint (haven_session_get_role (changed), ==, HAVEN_STAFF_ROLE_CLASS_TEACHER);

  g_signal_connect (context, "notify::session", G_CALLBACK (notified_cb), &n_notified);
  haven_context_set_session (context, changed);
  haven_context_set_session (context, changed);
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_true (haven_store_get_session (store) == changed);
  haven_test_finalize_object_soon (context);

  context = open_context (store, "liwei");
  g_assert_cmpint (haven_session_get_staff_id (haven_context_get_session (context)), ==, teacher_id);
  haven_test_finalize_object_soon (context);

  haven_test_finalize_store (&store);
}

/* A session set before opening (a test running as some role) is kept. */
static void
test_context_preset_session (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_test_open_store (dir->path);
  g_autoptr(HavenSession) viewer = haven_session_new (0, "来访者", HAVEN_STAFF_ROLE_VIEWER);
  HavenContext *context = haven_context_new (store);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  haven_context_set_session (context, viewer);
  haven_context_open_async (context, NULL, opened_cb, &result);
  haven_test_wait (&result);
  g_assert_true (haven_context_open_finish (context, result, &error));
  g_clear_object (&result);  /* it holds the context */
  g_assert_true (haven_context_get_session (context) == viewer);
  g_assert_true (haven_store_get_session (store) == viewer);

  haven_test_finalize_object_soon (context);
  haven_test_finalize_store (&store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/context/session-roles", test_session_roles);
  g_test_add_func ("/context/account", test_context_account);
  g_test_add_func ("/context/preset-session", test_context_preset_session);

  return g_test_run ();
}
