/* test-files.c: no output lands on the database; exports are private and
 * all-or-nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-files"

#include <errno.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "haven-files.h"
#include "haven-store.h"
#include "haven-test-utils.h"

typedef struct
{
  HavenTestDir *dir;
  char         *database;
} Fixture;

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

/* SQLite's 16-byte header, its closing NUL included. */
static void
write_database (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "SQLite format 3", 16, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = haven_test_dir_new ();
  f->database = haven_test_dir_file (f->dir, "school.db");
  /* The check looks at paths and at the SQLite header, not at tables. */
  write_database (f->database);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->database);
  haven_test_dir_free (f->dir);
}

static void
assert_refused (Fixture    *f,
                const char *output,
                gboolean    for_backup)
{
  g_autoptr(GError) error = NULL;

  g_test_message ("refused: %s", output);
  g_assert_false (haven_files_check_output (f->database, output, for_backup, &error));
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);
}

static void
assert_allowed (Fixture    *f,
                const char *output,
                gboolean    for_backup)
{
  g_autoptr(GError) error = NULL;

  g_test_message ("allowed: %s", output);
  g_assert_true (haven_files_check_output (f->database, output, for_backup, &error));
  g_assert_no_error (error);
}

static void
test_onto_database (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (f->database);
  g_autofree char *sub = haven_test_dir_file (f->dir, "sub");
  g_autofree char *dotted = g_build_filename (sub, "..", "school.db", NULL);
  g_autofree char *wal = g_strconcat (f->database, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->database, "-shm", NULL);
  g_autofree char *journal = g_strconcat (f->database, "-journal", NULL);
  g_autofree char *symlink_path = haven_test_dir_file (f->dir, "link.pdf");
  g_autofree char *hard_link = haven_test_dir_file (f->dir, "hard.pdf");
  g_autofree char *cwd = g_get_current_dir ();

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (symlink (f->database, symlink_path), ==, 0);
  g_assert_cmpint (link (f->database, hard_link), ==, 0);

  for (guint backup = 0; backup < 2; backup++)
    {
      assert_refused (f, f->database, backup);
      assert_refused (f, dotted, backup);
      assert_refused (f, wal, backup);
      assert_refused (f, shm, backup);
      assert_refused (f, journal, backup);
      assert_refused (f, symlink_path, backup);
      assert_refused (f, hard_link, backup);
    }

  /* A relative path is taken from the current folder. */
  g_assert_cmpint (g_chdir (folder), ==, 0);
  assert_refused (f, "school.db", FALSE);
  assert_refused (f, "./school.db-wal", TRUE);
  assert_allowed (f, "cards.pdf", FALSE);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_other_databases (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *backup = haven_test_dir_file (f->dir, "backup.db");
  g_autofree char *kept = g_strconcat (f->database, ".20261122-101500.old", NULL);
  g_autofree char *text = haven_test_dir_file (f->dir, "notes.txt");
  g_autofree char *fresh = haven_test_dir_file (f->dir, "cards.pdf");

  write_database (backup);
  write_database (kept);
  write_file (text, "not a database");

  /* An export never replaces a database, not even another one. */
  assert_refused (f, backup, FALSE);
  assert_refused (f, kept, FALSE);
  /* A backup may replace an older backup (which is kept) … */
  assert_allowed (f, backup, TRUE);
  /* … but not the copy kept of the database itself. */
  assert_refused (f, kept, TRUE);

  assert_allowed (f, text, FALSE);
  assert_allowed (f, fresh, FALSE);
  assert_allowed (f, fresh, TRUE);
}

static void
test_output_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *output = haven_test_dir_file (f->dir, "cards.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  HavenOutputFile *file;
  GStatBuf st;
  GDir *dir;
  const char *name;
  guint n_files = 0;

  file = haven_output_file_new (f->database, output, &error);
  g_assert_no_error (error);
  g_assert_true (haven_output_file_write (file, "%PDF-1.5\n", 9, &error));
  g_assert_no_error (error);
  /* Nothing under the name until the whole file is written. */
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_assert_true (haven_output_file_commit (file, &error));
  g_assert_no_error (error);
  haven_output_file_free (file);

  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.5\n");
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* An abandoned export leaves the old file as it was, and no trace. */
  file = haven_output_file_new (f->database, output, &error);
  g_assert_no_error (error);
  g_assert_true (haven_output_file_write (file, "half", 4, &error));
  haven_output_file_free (file);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "%PDF-1.5\n");

  dir = g_dir_open (f->dir->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_files++;
  g_dir_close (dir);
  g_assert_cmpuint (n_files, ==, 2);  /* school.db, cards.pdf */

  /* Onto the database: refused before anything is written. */
  g_assert_null (haven_output_file_new (f->database, f->database, &error));
  g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);
}

static void
test_commit_keeps_old (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *output = haven_test_dir_file (f->dir, "backup.db");
  g_autofree char *temp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  GDir *dir;
  guint n_old = 0;
  int fd;

  write_file (output, "old backup");
  fd = haven_files_make_temp (output, &temp, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "new backup", 10), ==, 10);
  g_assert_cmpint (close (fd), ==, 0);

  g_assert_true (haven_files_commit_temp (temp, output, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new backup");

  dir = g_dir_open (f->dir->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "backup.db.") && g_str_has_suffix (name, ".old"))
      {
        g_autofree char *path = haven_test_dir_file (f->dir, name);
        g_autofree char *old = NULL;

        g_assert_true (g_file_get_contents (path, &old, NULL, NULL));
        g_assert_cmpstr (old, ==, "old backup");
        n_old++;
      }
  g_dir_close (dir);
  g_assert_cmpuint (n_old, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/files/onto-database", test_onto_database);
  ADD ("/files/other-databases", test_other_databases);
  ADD ("/files/output-file", test_output_file);
  ADD ("/files/commit-keeps-old", test_commit_keeps_old);
#undef ADD

  return g_test_run ();
}
