/* haven-timeline-item.h: one dated entry of a child's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "haven-model-types.h"

G_BEGIN_DECLS

typedef enum
{
  HAVEN_TIMELINE_TALK,          /* subkind: a HavenTalkKind */
  HAVEN_TIMELINE_GROWTH,        /* subkind: a HavenGrowthKind */
  HAVEN_TIMELINE_PLAN,          /* an individual plan started */
  HAVEN_TIMELINE_PLAN_REVIEW,   /* subkind: a HavenProgress; held, or due */
  HAVEN_TIMELINE_PAIRING,       /* a mentor paired with the child */
  HAVEN_TIMELINE_PAIRING_END,
} HavenTimelineKind;

#define HAVEN_TYPE_TIMELINE_ITEM (haven_timeline_item_get_type ())

G_DECLARE_FINAL_TYPE (HavenTimelineItem, haven_timeline_item, HAVEN, TIMELINE_ITEM, GObject)

typedef struct
{
  const char        *date;        /* YYYY-MM-DD */
  HavenTimelineKind  kind;
  int                subkind;
  GType              record_type;
  gint64             record_id;
  const char        *title;       /* the title, subject, mentor's name … */
  const char        *author;      /* who talked, who wrote it down */
  const char        *text;        /* what was said, the good news, the goals */
  const char        *problems;
  const char        *measures;
  const char        *follow_up;   /* YYYY-MM-DD or "" */
  gboolean           confidential;
  gboolean           withheld;    /* confidential, and not for this session */
  gboolean           done;        /* a plan review held (else still due) */
  GBytes            *thumbnail;   /* PNG, or NULL */
} HavenTimelineEntry;

/* Copies everything entry says. */
HavenTimelineItem *haven_timeline_item_new          (const HavenTimelineEntry *entry);
/* What the item holds; its strings are never NULL. */
const HavenTimelineEntry *haven_timeline_item_get_entry (HavenTimelineItem   *self);

G_END_DECLS
