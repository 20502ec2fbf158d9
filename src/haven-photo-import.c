/* haven-photo-import.c: a photo made ready for the growth folder
 *
 * A phone's photo is 4000 pixels wide and several megabytes; the database
 * keeps it at most 1600 pixels on its long side, as a JPEG, with a PNG
 * thumbnail the report library can draw without GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-photo-import"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>

#include "haven-growth-entry.h"
#include "haven-photo-import.h"

typedef struct
{
  GBytes *photo;
  GBytes *thumbnail;
} Imported;

static void
imported_free (Imported *imported)
{
  g_clear_pointer (&imported->photo, g_bytes_unref);
  g_clear_pointer (&imported->thumbnail, g_bytes_unref);
  g_free (imported);
}

/* The pixbuf made no larger than size on its long side. */
static GdkPixbuf *
scaled (GdkPixbuf *pixbuf,
        int        size)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  double factor = (double) size / MAX (width, height);

  if (factor >= 1.0)
    return g_object_ref (pixbuf);
  return gdk_pixbuf_scale_simple (pixbuf, MAX (1, (int) (width * factor + 0.5)), MAX (1, (int) (height * factor + 0.5)),
                                  GDK_INTERP_BILINEAR);
}

static GBytes *
encode (GdkPixbuf   *pixbuf,
        const char  *type,
        GError     **error)
{
  g_autofree char *buffer = NULL;
  gsize size = 0;
  gboolean ok;

  if (g_str_equal (type, "jpeg"))
    {
      /* JPEG has no alpha: flatten onto white first. */
      g_autoptr(GdkPixbuf) flat = gdk_pixbuf_get_has_alpha (pixbuf)
                                  ? gdk_pixbuf_composite_color_simple (pixbuf, gdk_pixbuf_get_width (pixbuf),
                                                                       gdk_pixbuf_get_height (pixbuf),
                                                                       GDK_INTERP_NEAREST, 255, 8, 0xffffff, 0xffffff)
                                  : g_object_ref (pixbuf);
      ok = gdk_pixbuf_save_to_buffer (flat, &buffer, &size, "jpeg", error, "quality", "85", NULL);
    }
  else
    ok = gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, error, NULL);
  if (!ok)
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&buffer), size);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) read = NULL;
  g_autoptr(GdkPixbuf) upright = NULL;
  g_autoptr(GdkPixbuf) photo = NULL;
  g_autoptr(GdkPixbuf) thumbnail = NULL;
  Imported *imported;
  GError *error = NULL;

  stream = g_file_read (file, cancellable, &error);
  if (stream != NULL)
    read = gdk_pixbuf_new_from_stream (G_INPUT_STREAM (stream), cancellable, &error);
  if (read == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  upright = gdk_pixbuf_apply_embedded_orientation (read);
  photo = scaled (upright, HAVEN_GROWTH_PHOTO_SIZE);
  thumbnail = scaled (photo, HAVEN_GROWTH_THUMBNAIL_SIZE);

  imported = g_new0 (Imported, 1);
  imported->photo = encode (photo, "jpeg", &error);
  if (imported->photo != NULL)
    imported->thumbnail = encode (thumbnail, "png", &error);
  if (imported->thumbnail == NULL)
    {
      imported_free (imported);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, imported, (GDestroyNotify) imported_free);
}

void
haven_photo_import_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, haven_photo_import_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

gboolean
haven_photo_import_finish (GAsyncResult  *result,
                           GBytes       **photo,
                           GBytes       **thumbnail,
                           GError       **error)
{
  Imported *imported;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == haven_photo_import_async, FALSE);

  imported = g_task_propagate_pointer (G_TASK (result), error);
  if (imported == NULL)
    return FALSE;
  if (photo != NULL)
    *photo = g_steal_pointer (&imported->photo);
  if (thumbnail != NULL)
    *thumbnail = g_steal_pointer (&imported->thumbnail);
  imported_free (imported);
  return TRUE;
}
