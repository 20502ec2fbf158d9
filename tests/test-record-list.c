/* test-record-list.c: the list model over a query: exact items-changed,
 * placeholders, search, filters and order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-record-list"

#include "config.h"

#include "haven-db.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-school-class.h"
#include "haven-talk.h"
#include "haven-test-utils.h"

typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  gint64        class_a;   /* 一年级（1）班 */
  gint64        class_b;   /* 三年级（1）班 */
  gint64        zhang;     /* 张小明, A, key support, mentor */
  gint64        li;        /* 李华, A, no guardian phone, no mentor */
  gint64        chen;      /* 陈静, B, mentor until October, mother away */
  gint64        bai;       /* 白雪, B, transferred */
  gint64        a;         /* 阿强, B, mentor */
} Fixture;

static gint64
make_class (HavenStore *store,
            int         grade,
            const char *name)
{
  g_autoptr(HavenSchoolClass) klass = haven_school_class_new ();

  haven_record_set_int (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_GRADE, grade);
  haven_record_set_string (HAVEN_RECORD (klass), HAVEN_SCHOOL_CLASS_NAME, name);
  return haven_test_save_owned (store, g_steal_pointer (&klass));
}

static gint64
save_file_ok (HavenStore     *store,
              HavenChildFile *file)
{
  g_autoptr(GError) error = NULL;
  gint64 id = haven_test_save_child_file (store, file, "测试", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The same, for a file only the test holds, which must go after. */
static gint64
save_file_owned (HavenStore     *store,
                 HavenChildFile *file)
{
  gint64 id = save_file_ok (store, file);

  g_assert_finalize_object (file);
  return id;
}

static gint64
make_child (HavenStore *store,
            const char *name,
            gint64      class_id,
            const char *guardian_phone,
            const char *birth_date)
{
  g_autoptr(HavenChildFile) file = haven_test_child_file_new (name, class_id, guardian_phone);

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_BIRTH_DATE, birth_date);
  return save_file_owned (store, g_steal_pointer (&file));
}

static HavenChildFile *
load_file_ok (HavenStore *store,
              gint64      child_id)
{
  g_autoptr(GError) error = NULL;
  HavenChildFile *file = haven_test_load_child_file (store, child_id, &error);

  g_assert_no_error (error);
  return file;
}

static void
set_child_field (HavenStore *store,
                 gint64      child_id,
                 guint       field,
                 int         value)
{
  g_autoptr(HavenChildFile) file = load_file_ok (store, child_id);

  haven_record_set_int (HAVEN_RECORD (haven_child_file_get_child (file)), field, value);
  /* A child who left needs the date and the reason (the model's rule). */
  if (field == HAVEN_CHILD_STATUS && value != HAVEN_CHILD_STATUS_CURRENT)
    {
      haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_LEFT_DATE, "2026-10-08");
      haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_LEFT_REASON, "随父母到广州就读");
    }
  save_file_ok (store, file);
  g_assert_finalize_object (g_steal_pointer (&file));
}

static void
rename_child (HavenStore *store,
              gint64      child_id,
              const char *name)
{
  g_autoptr(HavenChildFile) file = load_file_ok (store, child_id);

  haven_record_set_string (HAVEN_RECORD (haven_child_file_get_child (file)), HAVEN_CHILD_NAME, name);
  save_file_ok (store, file);
  g_assert_finalize_object (g_steal_pointer (&file));
}

static void
make_pairing (HavenStore *store,
              gint64      child_id,
              gint64      mentor_id,
              const char *end)
{
  g_autoptr(HavenPairing) pairing = haven_pairing_new ();

  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_CHILD_ID, child_id);
  haven_record_set_ref (HAVEN_RECORD (pairing), HAVEN_PAIRING_MENTOR_ID, mentor_id);
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_START_DATE, "2026-09-01");
  haven_record_set_string (HAVEN_RECORD (pairing), HAVEN_PAIRING_END_DATE, end);
  haven_test_save_owned (store, g_steal_pointer (&pairing));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  HavenStore *store;
  g_autoptr(HavenMentor) mentor = haven_mentor_new ();
  gint64 mentor_id;

  fixture->dir = haven_test_dir_new ();
  fixture->store = store = haven_test_open_store (fixture->dir->path);

  fixture->class_a = make_class (store, 1, "一年级（1）班");
  fixture->class_b = make_class (store, 3, "三年级（1）班");

  fixture->zhang = make_child (store, "张小明", fixture->class_a, "13812345678", "2018-01-05");
  set_child_field (store, fixture->zhang, HAVEN_CHILD_KEY_SUPPORT, TRUE);
  fixture->li = make_child (store, "李华", fixture->class_a, "", "2018-12-01");
  fixture->chen = make_child (store, "陈静", fixture->class_b, "13700002222", "2016-06-15");
  set_child_field (store, fixture->chen, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_MOTHER_AWAY);
  fixture->bai = make_child (store, "白雪", fixture->class_b, "13600004444", "2016-02-20");
  set_child_field (store, fixture->bai, HAVEN_CHILD_STATUS, HAVEN_CHILD_STATUS_TRANSFERRED);
  fixture->a = make_child (store, "阿强", fixture->class_b, "13600003333", "2016-03-02");

  haven_record_set_string (HAVEN_RECORD (mentor), HAVEN_MENTOR_NAME, "爱心妈妈");
  mentor_id = haven_test_save_ok (store, mentor);
  make_pairing (store, fixture->zhang, mentor_id, "");
  make_pairing (store, fixture->chen, mentor_id, "2026-10-01");
  make_pairing (store, fixture->a, mentor_id, "");

  g_assert_finalize_object (g_steal_pointer (&mentor));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  haven_test_finalize_store (&fixture->store);
  haven_test_dir_free (fixture->dir);
}

/* A list of the children, loaded. */
static HavenRecordList *
new_list (Fixture *fixture)
{
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  HavenRecordList *list;

  haven_query_set_today (query, HAVEN_TEST_TODAY);
  list = haven_record_list_new (fixture->store, query);
  haven_test_drain (fixture->store);
  g_assert_false (haven_record_list_get_loading (list));
  g_assert_null (haven_record_list_get_error (list));
  return list;
}

/* The names in list order, "a,b,c", with every item shown (and so
 * loaded) for the while. */
static char *
list_names (HavenRecordList *list,
            HavenStore      *store)
{
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) names = g_string_new (NULL);

  haven_test_drain (store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_ptr_array_add (items, g_list_model_get_item (model, i));
      haven_record_list_want (list, g_ptr_array_index (items, i));
    }
  haven_test_drain (store);

  for (guint i = 0; i < items->len; i++)
    {
      HavenRecord *item = g_ptr_array_index (items, i);

      g_assert_true (haven_record_get_loaded (item));
      if (i > 0)
        g_string_append_c (names, ',');
      g_string_append (names, haven_record_get_string (item, HAVEN_CHILD_NAME));
    }
  for (guint i = 0; i < items->len; i++)
    haven_record_list_unwant (list, g_ptr_array_index (items, i));
  return g_strdup (names->str);
}

static void
assert_names (HavenRecordList *list,
              HavenStore      *store,
              const char      *expected)
{
  g_autofree char *names = list_names (list, store);

  g_assert_cmpstr (names, ==, expected);
}

#define DEFAULT_ORDER "李华,张小明,阿强,陈静"

static void
test_list_load (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  g_autoptr(HavenTestItemsLog) log = NULL;
  HavenRecordList *list;
  guint n_loading = 0, n_items = 0;
  gpointer item;

  list = haven_record_list_new (fixture->store, query);
  g_assert_true (haven_record_list_get_store (list) == fixture->store);
  g_assert_true (haven_record_list_get_query (list) == query);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == HAVEN_TYPE_CHILD);

  /* Loading starts at once, empty until the ids arrive. */
  g_assert_true (haven_record_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  log = haven_test_items_log_new (G_LIST_MODEL (list));
  haven_test_count_notify (list, "loading", &n_loading);
  haven_test_count_notify (list, "n-items", &n_items);

  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 0, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_false (haven_record_list_get_loading (list));
  g_assert_cmpuint (n_loading, ==, 1);
  g_assert_cmpuint (n_items, ==, 1);
  g_assert_null (haven_record_list_get_error (list));

  item = g_list_model_get_item (G_LIST_MODEL (list), 4);
  g_assert_null (item);

  /* Reloading with nothing changed says nothing. */
  haven_record_list_reload (list);
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_none (log);
  g_assert_cmpuint (n_items, ==, 1);

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  g_assert_finalize_object (g_steal_pointer (&query));
}

static void
test_list_placeholders (Fixture       *fixture,
                        gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  static const char * const names[] = { "李华", "张小明", "阿强", "陈静" };
  gint64 ids[4];
  HavenRecord *items[4];
  guint n_loaded[4] = { 0 };

  ids[0] = fixture->li;
  ids[1] = fixture->zhang;
  ids[2] = fixture->a;
  ids[3] = fixture->chen;

  /* Items are only their id, not yet loaded, and asking for one queues
   * nothing: GTK asks for every item of a change. */
  for (guint i = 0; i < 4; i++)
    {
      items[i] = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_true (HAVEN_IS_CHILD (items[i]));
      g_assert_cmpint (haven_record_get_id (items[i]), ==, ids[i]);
      g_assert_false (haven_record_get_loaded (items[i]));
      g_assert_cmpstr (haven_record_get_string (items[i], HAVEN_CHILD_NAME), ==, "");
      haven_test_count_notify (items[i], "loaded", &n_loaded[i]);
    }
  g_assert_false (haven_store_get_busy (fixture->store));
  haven_test_drain (fixture->store);
  for (guint i = 0; i < 4; i++)
    g_assert_false (haven_record_get_loaded (items[i]));

  /* Asking again gives the same item. */
  {
    g_autoptr(HavenRecord) again = g_list_model_get_item (G_LIST_MODEL (list), 2);
    g_assert_true (again == items[2]);
  }

  /* Shown in a view, they are fetched in one batch and filled in place. */
  for (guint i = 0; i < 4; i++)
    haven_record_list_want (list, items[i]);
  haven_test_drain (fixture->store);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (haven_record_get_loaded (items[i]));
      g_assert_cmpuint (n_loaded[i], ==, 1);
      g_assert_cmpstr (haven_record_get_string (items[i], HAVEN_CHILD_NAME), ==, names[i]);
    }
  g_assert_cmpstr (haven_record_get_string (items[0], HAVEN_CHILD_CLASS_NAME), ==, "一年级（1）班");
  g_assert_cmpint (haven_record_get_int (items[2], HAVEN_CHILD_GRADE), ==, 3);
  g_assert_cmpstr (haven_record_get_string (items[1], HAVEN_CHILD_GUARDIAN_PHONE), ==, "13812345678");
  g_assert_cmpstr (haven_record_get_string (items[1], HAVEN_CHILD_MENTOR_NAME), ==, "爱心妈妈");
  g_assert_cmpstr (haven_record_get_string (items[3], HAVEN_CHILD_MENTOR_NAME), ==, "");
  g_assert_cmpint (haven_record_get_int (items[0], HAVEN_CHILD_MISSING), ==, 1);

  /* Filling items is not a change of the list. */
  haven_test_items_log_assert_none (log);

  /* The list lets its items go. */
  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  for (guint i = 0; i < 4; i++)
    g_assert_finalize_object (items[i]);
}

static void
test_list_insert (Fixture       *fixture,
                  gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  g_autoptr(HavenRecord) item = NULL;
  gint64 wang;

  /* 王 sorts between 李 and 张 in the first class. */
  wang = make_child (fixture->store, "王芳", fixture->class_a, "13900001111", "2018-05-05");
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 1, 0, 1);
  g_assert_cmpuint (haven_record_list_find (list, wang), ==, 1);

  item = g_list_model_get_item (G_LIST_MODEL (list), 1);
  haven_record_list_want (list, item);
  haven_test_drain (fixture->store);
  g_assert_cmpstr (haven_record_get_string (item, HAVEN_CHILD_NAME), ==, "王芳");
  haven_record_list_unwant (list, item);
  assert_names (list, fixture->store, "李华,王芳,张小明,阿强,陈静");
  haven_test_items_log_assert_none (log);

  /* At the end of the list too. */
  make_child (fixture->store, "张三", fixture->class_b, "13900002222", "2016-05-05");
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 5, 0, 1);

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  g_assert_finalize_object (g_steal_pointer (&item));
}

static void
test_list_delete (Fixture       *fixture,
                  gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  g_autoptr(GError) error = NULL;

  g_assert_true (haven_test_set_child_deleted (fixture->store, fixture->zhang, TRUE, &error));
  g_assert_no_error (error);
  haven_test_items_log_assert_one (log, 1, 1, 0);
  g_assert_cmpuint (haven_record_list_find (list, fixture->zhang), ==, G_MAXUINT);

  /* Undo puts it back where it was. */
  g_assert_true (haven_test_set_child_deleted (fixture->store, fixture->zhang, FALSE, &error));
  g_assert_no_error (error);
  haven_test_items_log_assert_one (log, 1, 0, 1);
  assert_names (list, fixture->store, DEFAULT_ORDER);

  /* The first and the last. */
  g_assert_true (haven_test_set_child_deleted (fixture->store, fixture->li, TRUE, &error));
  haven_test_items_log_assert_one (log, 0, 1, 0);
  g_assert_true (haven_test_set_child_deleted (fixture->store, fixture->chen, TRUE, &error));
  haven_test_items_log_assert_one (log, 2, 1, 0);
  assert_names (list, fixture->store, "张小明,阿强");

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
}

static void
test_list_rename (Fixture       *fixture,
                  gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  HavenRecord *item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  HavenRecord *again;

  /* Shown in a view, it stays up to date. */
  haven_record_list_want (list, item);
  haven_test_drain (fixture->store);
  g_assert_cmpstr (haven_record_get_string (item, HAVEN_CHILD_NAME), ==, "李华");

  /* Still first in its class: replaced in place. */
  rename_child (fixture->store, fixture->li, "李华华");
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 1, 1);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  haven_test_drain (fixture->store);
  g_assert_true (haven_record_get_loaded (again));
  g_assert_cmpstr (haven_record_get_string (again, HAVEN_CHILD_NAME), ==, "李华华");
  g_object_unref (again);
  haven_record_list_unwant (list, item);

  /* 赵 sorts after 张: the two swap, one exact change. */
  rename_child (fixture->store, fixture->li, "赵华");
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 2, 2);
  assert_names (list, fixture->store, "张小明,赵华,阿强,陈静");

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  g_assert_finalize_object (item);
}

static void
assert_search (Fixture         *fixture,
               HavenRecordList *list,
               const char      *search,
               const char      *expected)
{
  g_test_message ("Search “%s”", search);
  haven_query_set_search (haven_record_list_get_query (list), search);
  assert_names (list, fixture->store, expected);
}

static void
test_list_search (Fixture       *fixture,
                  gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);

  /* Pinyin initials, as typed on a phone keyboard. */
  assert_search (fixture, list, "zxm", "张小明");
  assert_search (fixture, list, "ZXM", "张小明");
  assert_search (fixture, list, "lh", "李华");
  /* Full pinyin, with or without spaces, or a part of it. */
  assert_search (fixture, list, "zhangxiaoming", "张小明");
  assert_search (fixture, list, "zhang xiao", "张小明");
  assert_search (fixture, list, "jing", "陈静");
  /* Characters. */
  assert_search (fixture, list, "小明", "张小明");
  assert_search (fixture, list, "李", "李华");
  /* A fragment of the guardian's phone, however it is typed. */
  assert_search (fixture, list, "1234", "张小明");
  assert_search (fixture, list, "138-1234", "张小明");
  assert_search (fixture, list, "3333", "阿强");
  /* A parent's phone finds every child of that parent. */
  assert_search (fixture, list, "13500000001", DEFAULT_ORDER);
  /* Wildcards are text. */
  assert_search (fixture, list, "%", "");
  assert_search (fixture, list, "_", "");
  assert_search (fixture, list, "", DEFAULT_ORDER);

  g_assert_finalize_object (list);
}

static void
test_list_filters (Fixture       *fixture,
                   gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  HavenQuery *query = haven_record_list_get_query (list);

  haven_child_query_set_key_support (HAVEN_CHILD_QUERY (query), TRUE);
  assert_names (list, fixture->store, "张小明");
  haven_child_query_set_key_support (HAVEN_CHILD_QUERY (query), FALSE);

  haven_child_query_set_incomplete (HAVEN_CHILD_QUERY (query), TRUE);
  assert_names (list, fixture->store, "李华");
  haven_child_query_set_incomplete (HAVEN_CHILD_QUERY (query), FALSE);

  /* 陈静's pairing ended in October. */
  haven_child_query_set_no_mentor (HAVEN_CHILD_QUERY (query), TRUE);
  assert_names (list, fixture->store, "李华,陈静");
  haven_child_query_set_no_mentor (HAVEN_CHILD_QUERY (query), FALSE);

  haven_child_query_set_roll (HAVEN_CHILD_QUERY (query), HAVEN_ROLL_LEFT);
  assert_names (list, fixture->store, "白雪");
  haven_child_query_set_roll (HAVEN_CHILD_QUERY (query), HAVEN_ROLL_ALL);
  assert_names (list, fixture->store, "李华,张小明,阿强,白雪,陈静");
  haven_child_query_set_roll (HAVEN_CHILD_QUERY (query), HAVEN_ROLL_CURRENT);

  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 3);
  assert_names (list, fixture->store, "阿强,陈静");
  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 2);
  assert_names (list, fixture->store, "");
  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 0);

  haven_child_query_set_class_id (HAVEN_CHILD_QUERY (query), fixture->class_a);
  assert_names (list, fixture->store, "李华,张小明");
  haven_child_query_set_class_id (HAVEN_CHILD_QUERY (query), 0);

  haven_child_query_set_reason (HAVEN_CHILD_QUERY (query), HAVEN_LEFT_BEHIND_MOTHER_AWAY);
  assert_names (list, fixture->store, "陈静");
  haven_child_query_set_reason (HAVEN_CHILD_QUERY (query), -1);

  /* Filters combine. */
  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 1);
  haven_child_query_set_no_mentor (HAVEN_CHILD_QUERY (query), TRUE);
  assert_names (list, fixture->store, "李华");
  haven_query_set_search (query, "zxm");
  assert_names (list, fixture->store, "");

  g_assert_finalize_object (list);
}

static void
test_list_sort (Fixture       *fixture,
                gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  HavenQuery *query = haven_record_list_get_query (list);

  /* Pinyin order: 阿 a, 白 bai, 陈 chen, 李 li, 张 zhang. */
  haven_child_query_set_sort (HAVEN_CHILD_QUERY (query), HAVEN_SORT_NAME);
  haven_child_query_set_roll (HAVEN_CHILD_QUERY (query), HAVEN_ROLL_ALL);
  assert_names (list, fixture->store, "阿强,白雪,陈静,李华,张小明");

  /* By birthday in the year: 01-05, 02-20, 03-02, 06-15, 12-01; no date last. */
  make_child (fixture->store, "邓无日", fixture->class_a, "13900003333", "");
  haven_child_query_set_sort (HAVEN_CHILD_QUERY (query), HAVEN_SORT_BIRTHDAY);
  assert_names (list, fixture->store, "张小明,白雪,阿强,陈静,李华,邓无日");

  haven_child_query_set_sort (HAVEN_CHILD_QUERY (query), HAVEN_SORT_CLASS);
  assert_names (list, fixture->store, "邓无日,李华,张小明,阿强,白雪,陈静");

  g_assert_finalize_object (list);
}

static void
test_list_query_change (Fixture       *fixture,
                        gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  HavenQuery *query = haven_record_list_get_query (list);
  guint n_loading = 0;

  haven_test_count_notify (list, "loading", &n_loading);

  /* Only the part that differs is reported. */
  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 3);
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 2, 0);
  haven_child_query_set_grade (HAVEN_CHILD_QUERY (query), 0);
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 0, 2);

  /* Typing: each key replaces the last query; one change at the end. */
  n_loading = 0;
  haven_query_set_search (query, "z");
  haven_query_set_search (query, "zh");
  haven_query_set_search (query, "zha");
  g_assert_true (haven_record_list_get_loading (list));
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_one (log, 0, 4, 1);
  g_assert_false (haven_record_list_get_loading (list));
  g_assert_cmpuint (n_loading, ==, 2);
  assert_names (list, fixture->store, "张小明");

  /* Setting the same search again runs nothing. */
  haven_query_set_search (query, "zha");
  g_assert_false (haven_record_list_get_loading (list));
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_none (log);

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
}

static void
test_list_other_change (Fixture       *fixture,
                        gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);
  g_autoptr(HavenTestItemsLog) log = haven_test_items_log_new (G_LIST_MODEL (list));
  g_autoptr(HavenTalk) talk = haven_talk_new ();
  HavenRecord *item = g_list_model_get_item (G_LIST_MODEL (list), 1);

  /* A row a view shows. */
  haven_record_list_want (list, item);
  haven_test_drain (fixture->store);
  g_assert_cmpstr (haven_record_get_string (item, HAVEN_CHILD_LAST_TALK_DATE), ==, "");

  /* A talk changes what the row shows, not the rows. */
  haven_record_set_ref (HAVEN_RECORD (talk), HAVEN_TALK_CHILD_ID, fixture->zhang);
  haven_record_set_string (HAVEN_RECORD (talk), HAVEN_TALK_DATE, "2026-11-20");
  haven_test_save_ok (fixture->store, talk);
  haven_test_drain (fixture->store);
  haven_test_items_log_assert_none (log);
  g_assert_true (haven_record_get_loaded (item));
  g_assert_cmpstr (haven_record_get_string (item, HAVEN_CHILD_LAST_TALK_DATE), ==, "2026-11-20");
  haven_record_list_unwant (list, item);

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  g_assert_finalize_object (item);
  g_assert_finalize_object (g_steal_pointer (&talk));
}

static void
test_list_find (Fixture       *fixture,
                gconstpointer  data)
{
  HavenRecordList *list = new_list (fixture);

  g_assert_cmpuint (haven_record_list_find (list, fixture->li), ==, 0);
  g_assert_cmpuint (haven_record_list_find (list, fixture->chen), ==, 3);
  g_assert_cmpuint (haven_record_list_find (list, fixture->bai), ==, G_MAXUINT);
  g_assert_cmpuint (haven_record_list_find (list, 0), ==, G_MAXUINT);

  g_assert_finalize_object (list);
}

static void
test_list_error (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  HavenStore *store = haven_store_new (dir->path);
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());
  HavenRecordList *list;
  g_autoptr(HavenTestItemsLog) log = NULL;

  /* The store was never opened. */
  list = haven_record_list_new (store, query);
  log = haven_test_items_log_new (G_LIST_MODEL (list));
  haven_test_drain (store);

  g_assert_false (haven_record_list_get_loading (list));
  g_assert_nonnull (haven_record_list_get_error (list));
  g_assert_error ((GError *) haven_record_list_get_error (list), HAVEN_DB_ERROR, HAVEN_DB_ERROR_OPEN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  haven_test_items_log_assert_none (log);

  g_clear_pointer (&log, haven_test_items_log_free);
  g_assert_finalize_object (list);
  g_assert_finalize_object (g_steal_pointer (&query));
  haven_test_finalize_store (&store);
}

static void
test_list_preconditions (void)
{
  g_autoptr(HavenQuery) query = HAVEN_QUERY (haven_child_query_new ());

  g_test_expect_message ("haven-record-list", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_STORE*failed*");
  g_assert_null (haven_record_list_new (NULL, query));
  g_test_assert_expected_messages ();

  g_test_expect_message ("haven-record-list", G_LOG_LEVEL_CRITICAL, "*assertion*HAVEN_IS_RECORD_LIST*failed*");
  g_assert_cmpuint (haven_record_list_find (NULL, 1), ==, G_MAXUINT);
  g_test_assert_expected_messages ();

  g_assert_finalize_object (g_steal_pointer (&query));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/record-list/load", test_list_load);
  ADD ("/record-list/placeholders", test_list_placeholders);
  ADD ("/record-list/insert", test_list_insert);
  ADD ("/record-list/delete", test_list_delete);
  ADD ("/record-list/rename", test_list_rename);
  ADD ("/record-list/search", test_list_search);
  ADD ("/record-list/filters", test_list_filters);
  ADD ("/record-list/sort", test_list_sort);
  ADD ("/record-list/query-change", test_list_query_change);
  ADD ("/record-list/other-change", test_list_other_change);
  ADD ("/record-list/find", test_list_find);
#undef ADD
  g_test_add_func ("/record-list/error", test_list_error);
  g_test_add_func ("/record-list/preconditions", test_list_preconditions);

  return g_test_run ();
}
