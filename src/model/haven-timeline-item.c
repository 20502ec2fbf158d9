/* haven-timeline-item.c: one dated entry of a child's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-timeline-item"

#include "config.h"

#include "haven-timeline-item.h"

struct _HavenTimelineItem
{
  GObject            parent_instance;

  HavenTimelineEntry entry;   /* owns its strings and thumbnail */
};

G_DEFINE_FINAL_TYPE (HavenTimelineItem, haven_timeline_item, G_TYPE_OBJECT)

static void
haven_timeline_item_finalize (GObject *object)
{
  HavenTimelineEntry *entry = &HAVEN_TIMELINE_ITEM (object)->entry;

  g_free ((char *) entry->date);
  g_free ((char *) entry->title);
  g_free ((char *) entry->author);
  g_free ((char *) entry->text);
  g_free ((char *) entry->problems);
  g_free ((char *) entry->measures);
  g_free ((char *) entry->follow_up);
  g_clear_pointer (&entry->thumbnail, g_bytes_unref);

  G_OBJECT_CLASS (haven_timeline_item_parent_class)->finalize (object);
}

static void
haven_timeline_item_class_init (HavenTimelineItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = haven_timeline_item_finalize;
}

static void
haven_timeline_item_init (HavenTimelineItem *self)
{
  g_assert (HAVEN_IS_TIMELINE_ITEM (self));

}

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

HavenTimelineItem *
haven_timeline_item_new (const HavenTimelineEntry *entry)
{
  HavenTimelineItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (HAVEN_TYPE_TIMELINE_ITEM, NULL);
  self->entry = *entry;
  self->entry.date = dup_text (entry->date);
  self->entry.title = dup_text (entry->title);
  self->entry.author = dup_text (entry->author);
  self->entry.text = dup_text (entry->text);
  self->entry.problems = dup_text (entry->problems);
  self->entry.measures = dup_text (entry->measures);
  self->entry.follow_up = dup_text (entry->follow_up);
  self->entry.thumbnail = entry->thumbnail != NULL ? g_bytes_ref (entry->thumbnail) : NULL;
  return self;
}

const HavenTimelineEntry *
haven_timeline_item_get_entry (HavenTimelineItem *self)
{
  g_return_val_if_fail (HAVEN_IS_TIMELINE_ITEM (self), NULL);
  return &self->entry;
}
