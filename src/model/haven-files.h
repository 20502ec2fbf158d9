/* haven-files.h: files Haven writes beside the database, written safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Refuses an output path that resolves (through "..", relative paths,
 * symlinks or hard links) to the open database, its -wal, -shm or
 * -journal. Unless for_backup, any existing SQLite database there (a
 * backup or a kept copy of it) is refused too; a backup may replace an
 * older backup, which is kept as .old first. */
gboolean  haven_files_check_output  (const char  *database_path,
                                     const char  *output_path,
                                     gboolean     for_backup,
                                     GError     **error);
/* Opens a new private (0600) file in the folder of output_path; returns
 * its descriptor and, in temp_path, its name; -1 on error. */
int       haven_files_make_temp     (const char  *output_path,
                                     char       **temp_path,
                                     GError     **error);
/* Flushes temp_path to disk and renames it to output_path. With keep_old,
 * a file already at output_path is first renamed to
 * output_path.YYYYmmdd-HHMMSS.old. */
gboolean  haven_files_commit_temp   (const char  *temp_path,
                                     const char  *output_path,
                                     gboolean     keep_old,
                                     GError     **error);

/* An export written all-or-nothing: nothing appears under its name until
 * haven_output_file_commit(), and an abandoned one leaves no trace. */
typedef struct _HavenOutputFile HavenOutputFile;

HavenOutputFile *haven_output_file_new    (const char       *database_path,
                                           const char       *output_path,
                                           GError          **error);
gboolean         haven_output_file_write  (HavenOutputFile  *self,
                                           const void       *data,
                                           gsize             length,
                                           GError          **error);
gboolean         haven_output_file_commit (HavenOutputFile  *self,
                                           GError          **error);
/* Removes the temporary file unless committed, and frees. */
void             haven_output_file_free   (HavenOutputFile  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenOutputFile, haven_output_file_free)

G_END_DECLS
