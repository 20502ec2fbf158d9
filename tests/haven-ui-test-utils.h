/* haven-ui-test-utils.h: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-archive-page.h"
#include "haven-test-utils.h"
#include "haven-window.h"

G_BEGIN_DECLS

#define HAVEN_UI_TEST_TODAY "2026-11-22"

/* A window on a sample school of 40 children, shown at 1024×600. */
typedef struct
{
  HavenTestDir *dir;
  HavenStore   *store;
  HavenContext *context;
  HavenWindow  *window;
} HavenUiFixture;

void              haven_ui_fixture_setup     (HavenUiFixture *f,
                                              gconstpointer   data);
void              haven_ui_fixture_teardown  (HavenUiFixture *f,
                                              gconstpointer   data);

/* Iterates the main loop until condition holds; fails after 60 s. */
void              haven_ui_wait_for          (gboolean      (*condition) (gpointer),
                                              gpointer        data);
/* Iterates until the store is idle and nothing is left to dispatch. */
void              haven_ui_settle            (HavenStore     *store);

HavenArchivePage *haven_ui_archive           (HavenWindow    *window);
/* The visible message dialog, or NULL. */
AdwMessageDialog *haven_ui_find_message_dialog (void);
/* The first widget of type under widget (depth first), or NULL. */
GtkWidget        *haven_ui_find_widget       (GtkWidget      *widget,
                                              GType           type);
/* Adds up the nodes of each GskRenderNodeType under node, node itself
 * among them, into counts (HAVEN_UI_NODE_TYPES of them). */
#define HAVEN_UI_NODE_TYPES 64
void              haven_ui_count_nodes       (GskRenderNode  *node,
                                              guint          *counts);
/* Shows the archive's first child on the child page, loaded. */
gint64            haven_ui_show_first_child  (HavenUiFixture *f);

G_END_DECLS
