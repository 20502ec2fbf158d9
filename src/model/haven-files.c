/* haven-files.c: files Haven writes beside the database, written safely
 *
 * Children's data is sensitive: every file is private (0600) from the
 * moment it exists, appears under its name only once it is whole, and
 * never lands on the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-files"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "haven-files.h"
#include "haven-store.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 const char  *path)
{
  g_autofree char *prefix = g_strdup_printf (format, path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s",
               prefix, g_strerror (saved_errno));
  return FALSE;
}

/* The path with its folder resolved, whether or not the file exists. */
static char *
resolve (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real;

  real = realpath (absolute, NULL);
  if (real != NULL)
    {
      char *copy = g_strdup (real);
      free (real);
      return copy;
    }

  dir = g_path_get_dirname (absolute);
  base = g_path_get_basename (absolute);
  real = realpath (dir, NULL);
  if (real != NULL)
    {
      char *joined = g_build_filename (real, base, NULL);
      free (real);
      return joined;
    }
  return g_steal_pointer (&absolute);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
is_sqlite_file (const char *path)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  gboolean is_db = FALSE;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return FALSE;
  if (read (fd, header, sizeof header) == sizeof header)
    is_db = memcmp (header, magic, sizeof magic) == 0;
  close (fd);
  return is_db;
}

/* database.YYYYmmdd-HHMMSS.old, as haven_files_commit_temp keeps it. */
static gboolean
is_kept_copy (const char *database_path,
              const char *resolved_output)
{
  g_autofree char *database = resolve (database_path);
  g_autofree char *prefix = g_strconcat (database, ".", NULL);

  return g_str_has_prefix (resolved_output, prefix) && g_str_has_suffix (resolved_output, ".old");
}

gboolean
haven_files_check_output (const char  *database_path,
                          const char  *output_path,
                          gboolean     for_backup,
                          GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *output = NULL;

  g_return_val_if_fail (database_path != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  output = resolve (output_path);
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (database_path, companions[i], NULL);
      g_autofree char *resolved = resolve (companion);

      if (g_str_equal (output, resolved) || same_file (output, companion))
        {
          g_set_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT,
                       _("“%s” is the open database or one of its files; choose another name."),
                       output_path);
          return FALSE;
        }
    }

  if (is_kept_copy (database_path, output))
    {
      g_set_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT,
                   _("“%s” is an earlier copy kept of the database; it is not overwritten. Choose another name."),
                   output_path);
      return FALSE;
    }

  if (!for_backup && is_sqlite_file (output))
    {
      g_set_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT,
                   _("“%s” is a database; it is not overwritten. Choose another name."),
                   output_path);
      return FALSE;
    }
  return TRUE;
}

int
haven_files_make_temp (const char  *output_path,
                       char       **temp_path,
                       GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (output_path);
  g_autofree char *base = g_path_get_basename (output_path);
  g_autofree char *template = NULL;
  int fd;

  g_return_val_if_fail (temp_path != NULL, -1);

  /* Hidden, and in the same folder so the rename cannot cross devices. */
  template = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, errno, _("Could not write in “%s”"), dir);
      return -1;
    }
  *temp_path = g_steal_pointer (&template);
  return fd;
}

gboolean
haven_files_commit_temp (const char  *temp_path,
                         const char  *output_path,
                         gboolean     keep_old,
                         GError     **error)
{
  int fd = g_open (temp_path, O_RDONLY | O_CLOEXEC, 0);

  /* The data must be on disk before the name points at it. */
  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;
      if (fd >= 0)
        close (fd);
      return set_errno_error (error, saved, _("Could not write “%s”"), output_path);
    }
  close (fd);

  if (keep_old && g_file_test (output_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, ".%Y%m%d-%H%M%S.old");
      g_autofree char *kept = g_strconcat (output_path, stamp, NULL);

      if (g_rename (output_path, kept) != 0)
        return set_errno_error (error, errno, _("Could not keep the existing file “%s”"), output_path);
    }

  if (g_rename (temp_path, output_path) != 0)
    return set_errno_error (error, errno, _("Could not write “%s”"), output_path);
  return TRUE;
}

struct _HavenOutputFile
{
  char     *output_path;
  char     *temp_path;
  int       fd;
  gboolean  committed;
};

HavenOutputFile *
haven_output_file_new (const char  *database_path,
                       const char  *output_path,
                       GError     **error)
{
  g_autoptr(HavenOutputFile) self = NULL;

  g_return_val_if_fail (output_path != NULL, NULL);

  if (database_path != NULL && !haven_files_check_output (database_path, output_path, FALSE, error))
    return NULL;

  self = g_new0 (HavenOutputFile, 1);
  self->output_path = g_strdup (output_path);
  self->fd = haven_files_make_temp (output_path, &self->temp_path, error);
  if (self->fd < 0)
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
haven_output_file_write (HavenOutputFile  *self,
                         const void       *data,
                         gsize             length,
                         GError          **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize written = write (self->fd, p, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return set_errno_error (error, errno, _("Could not write “%s”"), self->output_path);
        }
      p += written;
      length -= written;
    }
  return TRUE;
}

gboolean
haven_output_file_commit (HavenOutputFile  *self,
                          GError          **error)
{
  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (close (self->fd) != 0)
    {
      self->fd = -1;
      return set_errno_error (error, errno, _("Could not write “%s”"), self->output_path);
    }
  self->fd = -1;
  if (!haven_files_commit_temp (self->temp_path, self->output_path, FALSE, error))
    return FALSE;
  self->committed = TRUE;
  return TRUE;
}

void
haven_output_file_free (HavenOutputFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->output_path);
  g_free (self);
}
