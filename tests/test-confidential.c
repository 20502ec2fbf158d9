/* test-confidential.c: a confidential talk, as every role sees it
 *
 * Counselling notes are readable by their author, the counsellor and the
 * headteacher only, decided in the model by the session's staff id and
 * role. A session of every role looks at the same records through every
 * way out of the store: loading, lists, search, the child's timeline,
 * printing the card and the history, the CSV export and the --due table.
 * Wherever the session may not read the text, the text is nowhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-confidential"

#include "config.h"

#include <string.h>

#include "haven-report-csv.h"
#include "haven-report-talks.h"
#include "haven-staff.h"
#include "haven-store-due.h"
#include "haven-store-talks.h"
#include "haven-store-timeline.h"
#include "haven-talk-query.h"
#include "haven-test-utils.h"
#include "haven-timeline-item.h"

#define SECRET_CONTENT  "孩子说起家里的秘密事"
#define SECRET_PROBLEMS "夜里常做噩梦"
#define SECRET_MEASURES "每周心理辅导一次"
#define OPEN_CONTENT    "数学单元测验进步了"

typedef struct
{
  const char     *who;
  HavenStaffRole  role;
  gboolean        author;   /* the session is the talk's author */
  gboolean        may_read;
} Reader;

static const Reader readers[] = {
  { "the author, a class teacher", HAVEN_STAFF_ROLE_CLASS_TEACHER, TRUE, TRUE },
  { "the headteacher", HAVEN_STAFF_ROLE_HEADTEACHER, FALSE, TRUE },
  { "the counsellor", HAVEN_STAFF_ROLE_COUNSELLOR, FALSE, TRUE },
  { "another class teacher", HAVEN_STAFF_ROLE_CLASS_TEACHER, FALSE, FALSE },
  { "a subject teacher", HAVEN_STAFF_ROLE_SUBJECT_TEACHER, FALSE, FALSE },
  { "a volunteer", HAVEN_STAFF_ROLE_VOLUNTEER, FALSE, FALSE },
  { "a mentor", HAVEN_STAFF_ROLE_MENTOR, FALSE, FALSE },
  { "a viewer", HAVEN_STAFF_ROLE_VIEWER, FALSE, FALSE },
};

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        author;
  gint64        child;
  gint64        secret;   /* the confidential talk */
  gint64        open;     /* a talk anyone may read */
} Fixture;

static gint64
add_staff (HavenStore     *store,
           const char     *name,
           HavenStaffRole  role)
{
  g_autoptr(HavenStaff) staff = haven_staff_new ();

  haven_record_set_string (HAVEN_RECORD (staff), HAVEN_STAFF_NAME, name);
  haven_record_set_int (HAVEN_RECORD (staff), HAVEN_STAFF_ROLE, role);
  return haven_test_save_ok (store, staff);
}

static void
run_as (HavenStore     *store,
        gint64          staff_id,
        HavenStaffRole  role)
{
  g_autoptr(HavenSession) session = haven_session_new (staff_id, "某人", role);

  haven_store_set_session (store, session);
}

static gint64
save_talk (HavenStore  *store,
           HavenRecord *talk,
           GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  gint64 id;

  haven_store_save_talk_async (store, HAVEN_TALK (talk), NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  id = haven_store_save_talk_finish (store, result, error);
  haven_test_drain (store);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new ("张小明", 0, "13800000009");
  g_autoptr(HavenTalk) secret = NULL;
  g_autoptr(HavenTalk) open = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = haven_test_dir_new ();
  f->store = haven_test_open_store (f->dir->path);
  f->author = add_staff (f->store, "王老师", HAVEN_STAFF_ROLE_CLASS_TEACHER);
  f->child = haven_test_save_child_file (f->store, file, NULL, &error);
  g_assert_no_error (error);

  /* The class teacher records a counselling talk: confidential at once. */
  run_as (f->store, f->author, HAVEN_STAFF_ROLE_CLASS_TEACHER);
  secret = haven_talk_new_for (f->child, HAVEN_TALK_COUNSELLING, "2026-11-12");
  haven_record_set_string (HAVEN_RECORD (secret), HAVEN_TALK_CONTENT, SECRET_CONTENT);
  haven_record_set_string (HAVEN_RECORD (secret), HAVEN_TALK_PROBLEMS, SECRET_PROBLEMS);
  haven_record_set_string (HAVEN_RECORD (secret), HAVEN_TALK_MEASURES, SECRET_MEASURES);
  haven_record_set_string (HAVEN_RECORD (secret), HAVEN_TALK_FOLLOW_UP_DATE, "2026-11-19");
  f->secret = save_talk (f->store, HAVEN_RECORD (secret), &error);
  g_assert_no_error (error);
  open = haven_talk_new_for (f->child, HAVEN_TALK_MONTHLY, "2026-11-05");
  haven_record_set_string (HAVEN_RECORD (open), HAVEN_TALK_CONTENT, OPEN_CONTENT);
  f->open = save_talk (f->store, HAVEN_RECORD (open), &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  haven_test_finalize_store (&f->store);
  haven_test_dir_free (f->dir);
}

static gboolean
has_secret (const char *text)
{
  return text != NULL && (strstr (text, SECRET_CONTENT) != NULL || strstr (text, SECRET_PROBLEMS) != NULL
                          || strstr (text, SECRET_MEASURES) != NULL);
}

/* Every text a report holds, in one string. */
static char *
report_text (HavenReport *report)
{
  GString *all = g_string_new (haven_report_get_title (report));

  for (guint b = 0; b < haven_report_get_n_blocks (report); b++)
    {
      HavenReportBlock *block = haven_report_get_block (report, b);

      g_string_append (all, haven_report_block_get_title (block));
      switch (haven_report_block_get_kind (block))
        {
        case HAVEN_REPORT_BLOCK_HEADING:
          g_string_append (all, haven_report_heading_get_start (block));
          g_string_append (all, haven_report_heading_get_end (block));
          g_string_append (all, haven_report_heading_get_remark (block));
          break;
        case HAVEN_REPORT_BLOCK_NOTE:
          g_string_append (all, haven_report_note_get_text (block));
          break;
        case HAVEN_REPORT_BLOCK_SECTION:
          for (guint r = 0; r < haven_report_section_get_n_rows (block); r++)
            {
              HavenReportRow *row = haven_report_section_get_row (block, r);

              for (guint c = 0; c < haven_report_row_get_n_cells (row); c++)
                g_string_append (all, haven_report_cell_get_text (haven_report_row_get_cell (row, c)));
            }
          break;
        case HAVEN_REPORT_BLOCK_TABLE:
          for (guint r = 0; r < haven_report_table_get_n_rows (block); r++)
            for (guint c = 0; c < haven_report_table_get_n_columns (block); c++)
              g_string_append (all, haven_report_table_get_cell (block, r, c));
          break;
        default:
          break;
        }
      g_string_append_c (all, '\n');
    }
  return g_string_free (all, FALSE);
}

static gboolean
ids_contain (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
check_reader (Fixture      *f,
              const Reader *reader)
{
  g_autoptr(HavenSession) session = NULL;
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(HavenRecord) everything = NULL;
  g_autoptr(HavenTalkQuery) query = haven_talk_query_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenReport) card = NULL;
  g_autoptr(HavenReport) leaked_card = NULL;
  g_autoptr(HavenReport) history = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *due = NULL;
  gint64 staff = reader->author ? f->author : add_staff (f->store, reader->who, reader->role);

  g_test_message ("as %s", reader->who);

  /* What a session that may read everything loads, for the card test
   * below: the builder must not print what the session may not read,
   * whatever record it is handed. */
  run_as (f->store, 0, HAVEN_STAFF_ROLE_HEADTEACHER);
  everything = haven_test_load (f->store, HAVEN_TYPE_TALK, f->secret, &error);
  g_assert_no_error (error);
  g_assert_true (has_secret (haven_record_get_string (everything, HAVEN_TALK_CONTENT)));

  session = haven_session_new (staff, reader->who, reader->role);
  haven_store_set_session (f->store, session);
  g_assert_cmpint (haven_record_may_read_secrets (everything, session), ==, reader->may_read);

  /* Loading the record. */
  loaded = haven_test_load (f->store, HAVEN_TYPE_TALK, f->secret, &error);
  g_assert_no_error (error);
  g_assert_cmpint (has_secret (haven_record_get_string (loaded, HAVEN_TALK_CONTENT))
                   || has_secret (haven_record_get_string (loaded, HAVEN_TALK_PROBLEMS))
                   || has_secret (haven_record_get_string (loaded, HAVEN_TALK_MEASURES)), ==, reader->may_read);
  /* That one exists is no secret. */
  g_assert_true (haven_record_get_int (loaded, HAVEN_TALK_CONFIDENTIAL));
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_DATE), ==, "2026-11-12");

  /* The list's rows never carry the text, whoever reads. */
  rows = haven_test_query_records (f->store, HAVEN_QUERY (query));
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      HavenRecord *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (haven_record_get_string (row, HAVEN_TALK_CONTENT), ==, "");
      g_assert_false (has_secret (haven_record_get_string (row, HAVEN_TALK_PROBLEMS)));
    }
  haven_test_free_records (g_steal_pointer (&rows));

  /* Searching the words of records. */
  haven_query_set_search (HAVEN_QUERY (query), "秘密事");
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ids_contain (ids, f->secret), ==, reader->may_read);
  g_clear_pointer (&ids, g_array_unref);
  haven_query_set_search (HAVEN_QUERY (query), SECRET_MEASURES);
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_cmpuint (ids->len, ==, reader->may_read ? 1 : 0);
  g_clear_pointer (&ids, g_array_unref);
  /* What anyone may read is found by anyone; the child by name finds
   * both records, confidential or not. */
  haven_query_set_search (HAVEN_QUERY (query), "进步");
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_true (ids_contain (ids, f->open));
  g_clear_pointer (&ids, g_array_unref);
  haven_query_set_search (HAVEN_QUERY (query), "zxm");
  ids = haven_test_query (f->store, HAVEN_QUERY (query), &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  /* The child's timeline. */
  haven_store_timeline_async (f->store, f->child, NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  items = haven_store_timeline_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  for (guint i = 0; i < items->len; i++)
    {
      const HavenTimelineEntry *e = haven_timeline_item_get_entry (g_ptr_array_index (items, i));

      if (e->record_id != f->secret || e->kind != HAVEN_TIMELINE_TALK)
        continue;
      g_assert_true (e->confidential);
      g_assert_cmpint (e->withheld, ==, !reader->may_read);
      g_assert_cmpint (has_secret (e->text) || has_secret (e->problems) || has_secret (e->measures), ==,
                       reader->may_read);
    }

  /* Printing: the card, even from a record holding the text, and the
   * talk history; the CSV export of the history. */
  card = haven_report_new_talk_card (HAVEN_TALK (loaded), session, "红星小学", "2026-11-22");
  text = report_text (card);
  g_assert_cmpint (has_secret (text), ==, reader->may_read);
  g_assert_nonnull (strstr (text, "Confidential"));
  g_clear_pointer (&text, g_free);
  leaked_card = haven_report_new_talk_card (HAVEN_TALK (everything), session, NULL, "2026-11-22");
  text = report_text (leaked_card);
  g_assert_cmpint (has_secret (text), ==, reader->may_read);
  g_clear_pointer (&text, g_free);

  history = haven_report_new_timeline ("张小明", "三年级（1）班", items, TRUE, NULL, "2026-11-22");
  text = report_text (history);
  g_assert_cmpint (has_secret (text), ==, reader->may_read);
  g_assert_nonnull (strstr (text, OPEN_CONTENT));
  csv = haven_report_to_csv (history, &error);
  g_assert_no_error (error);
  {
    g_autofree char *csv_text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

    g_assert_cmpint (has_secret (csv_text), ==, reader->may_read);
    g_assert_nonnull (strstr (csv_text, OPEN_CONTENT));
  }

  /* The --due table holds no record's text at all. */
  haven_store_due_table_async (f->store, "2026-11-22", NULL, haven_test_result_cb, &result);
  haven_test_wait (&result);
  due = haven_store_due_table_finish (f->store, result, &error);
  g_assert_no_error (error);
  g_assert_false (has_secret (due));
  g_clear_object (&result);

  /* Changing or deleting what it may not read: refused, and the text
   * stays. A viewer changes nothing at all. */
  if (!reader->may_read)
    {
      haven_record_set_string (loaded, HAVEN_TALK_CONTENT, "改掉");
      g_assert_cmpint (save_talk (f->store, loaded, &error), ==, 0);
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
      g_assert_cmpint (haven_test_save (f->store, loaded, &error), ==, 0);
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
      g_assert_false (haven_test_delete (f->store, HAVEN_TYPE_TALK, f->secret, &error));
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_FORBIDDEN);
      g_clear_error (&error);
    }
  else
    {
      haven_record_set_string (loaded, HAVEN_TALK_MEASURES, SECRET_MEASURES "，并联系家长");
      g_assert_cmpint (save_talk (f->store, loaded, &error), ==, f->secret);
      g_assert_no_error (error);
    }

  run_as (f->store, 0, HAVEN_STAFF_ROLE_HEADTEACHER);
  g_clear_object (&everything);
  everything = haven_test_load (f->store, HAVEN_TYPE_TALK, f->secret, &error);
  g_assert_cmpstr (haven_record_get_string (everything, HAVEN_TALK_CONTENT), ==, SECRET_CONTENT);
}

static void
test_confidential_roles (Fixture       *f,
                         gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    check_reader (f, &readers[i]);
}

/* No session at all (the program's own work, a command line): no text. */
static void
test_confidential_no_session (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(HavenRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HavenReport) card = NULL;
  g_autofree char *text = NULL;

  haven_store_set_session (f->store, NULL);
  loaded = haven_test_load (f->store, HAVEN_TYPE_TALK, f->secret, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (haven_record_get_string (loaded, HAVEN_TALK_CONTENT), ==, "");
  card = haven_report_new_talk_card (HAVEN_TALK (loaded), NULL, NULL, NULL);
  text = report_text (card);
  g_assert_false (has_secret (text));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/confidential/roles", Fixture, NULL, fixture_set_up, test_confidential_roles, fixture_tear_down);
  g_test_add ("/confidential/no-session", Fixture, NULL, fixture_set_up, test_confidential_no_session,
              fixture_tear_down);

  return g_test_run ();
}
