/* main.c: start Haven
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "haven-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HavenApplication) app = NULL;
  const char *localedir = g_getenv ("HAVEN_LOCALEDIR");
  int status;

  /* HAVEN_LOCALEDIR lets an uninstalled build find its translations. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = haven_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status;
}
