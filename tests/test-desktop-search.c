/* test-desktop-search.c: GNOME's search finds Haven by its Chinese words
 *
 * GNOME Shell searches applications with g_desktop_app_info_search(); this
 * runs it over the built desktop file alone, in each language, in a
 * subprocess each, since GIO reads the desktop files once per process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gdesktopappinfo.h>
#include <glib/gstdio.h>

#define DESKTOP_ID APP_ID ".desktop"

static const char *desktop_file;

typedef struct
{
  const char *language;
  const char *words[6];
} Case;

static const Case cases[] = {
  { "C", { "left-behind", "mentor", "guardian", "haven", NULL } },
  /* Searches typed by a teacher on a Chinese desktop. */
  { "zh_CN", { "留守", "档案", "谈心", "结对", "爱心港湾", NULL } },
  { "zh_TW", { "留守", "檔案", "晤談", "認輔", "愛心港灣", NULL } },
};

static gboolean
found (const char *word)
{
  gchar ***results = g_desktop_app_info_search (word);
  gboolean hit = FALSE;

  for (guint i = 0; results[i] != NULL; i++)
    {
      for (guint j = 0; results[i][j] != NULL; j++)
        hit |= g_str_equal (results[i][j], DESKTOP_ID);
      g_strfreev (results[i]);
    }
  g_free (results);
  return hit;
}

static void
test_search (gconstpointer data)
{
  const Case *c = data;

  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("haven-search-XXXXXX", NULL);
      g_autofree char *apps = g_build_filename (dir, "applications", NULL);
      g_autofree char *copy = g_build_filename (apps, DESKTOP_ID, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (desktop_file, &contents, &length, NULL));
      g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));

      /* Only this desktop file, and GLib takes LANGUAGE first. */
      g_setenv ("XDG_DATA_HOME", dir, TRUE);
      g_setenv ("XDG_DATA_DIRS", dir, TRUE);
      g_setenv ("LANGUAGE", c->language, TRUE);
      for (guint i = 0; c->words[i] != NULL; i++)
        if (!found (c->words[i]))
          g_error ("searching for “%s” in %s does not find %s", c->words[i], c->language, DESKTOP_ID);

      g_unlink (copy);
      g_rmdir (apps);
      g_rmdir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  desktop_file = g_getenv ("HAVEN_DESKTOP_FILE");
  g_assert_nonnull (desktop_file);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/desktop-search/%s", cases[i].language);
      g_test_add_data_func (path, &cases[i], test_search);
    }
  return g_test_run ();
}
