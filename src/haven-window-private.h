/* haven-window-private.h: the window's insides, for its sibling files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-archive-page.h"
#include "haven-calendar-page.h"
#include "haven-overview-page.h"
#include "haven-pairing-page.h"
#include "haven-talks-page.h"
#include "haven-window.h"

G_BEGIN_DECLS

struct _HavenWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *sample_revealer;
  GtkProgressBar       *progress_bar;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  HavenOverviewPage    *overview_page;
  HavenArchivePage     *archive_page;
  HavenPairingPage     *pairing_page;
  HavenCalendarPage    *calendar_page;
  HavenTalksPage       *talks_page;

  /* Owned */
  HavenContext         *context;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* Borrowed: weak */
  GtkWindow            *editor;

  /* The shown toast's undo, for Ctrl+Z (win.undo); cleared when it goes */
  AdwToast             *undo_toast;
  char                 *undo_action;
  GVariant             *undo_target;

  guint                 sample_children;
  gboolean              sample_tried;
  gboolean              ready;
};

/* haven-window.c */
void  haven_window_set_page         (HavenWindow *self,
                                     const char  *name);
void  haven_window_toast            (HavenWindow *self,
                                     const char  *message,
                                     guint        timeout);

/* haven-window-actions.c */
void  _haven_window_class_actions_init (HavenWindowClass *klass);
void  _haven_window_actions_update     (HavenWindow      *self);

G_END_DECLS
