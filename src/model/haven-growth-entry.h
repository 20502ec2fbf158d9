/* haven-growth-entry.h: an entry of a child's growth folder (成长记录袋)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_GROWTH_ENTRY_CHILD_ID,
  HAVEN_GROWTH_ENTRY_KIND,
  HAVEN_GROWTH_ENTRY_DATE,
  HAVEN_GROWTH_ENTRY_TITLE,
  HAVEN_GROWTH_ENTRY_TEXT,
  HAVEN_GROWTH_ENTRY_SUBJECT,
  HAVEN_GROWTH_ENTRY_SCORE,
  HAVEN_GROWTH_ENTRY_PHOTO,
  HAVEN_GROWTH_ENTRY_THUMBNAIL,
  HAVEN_GROWTH_ENTRY_CHILD_NAME,
  HAVEN_GROWTH_ENTRY_N_FIELDS
} HavenGrowthEntryField;

/* Photos are kept at most this many pixels on their long side, and their
 * thumbnails (what lists, the timeline and the card show) this many. */
#define HAVEN_GROWTH_PHOTO_SIZE     1600
#define HAVEN_GROWTH_THUMBNAIL_SIZE 320
/* A photo's bytes beyond this are no scaled photo. */
#define HAVEN_GROWTH_MAX_PHOTO_BYTES (4 * 1024 * 1024)

#define HAVEN_TYPE_GROWTH_ENTRY (haven_growth_entry_get_type ())

G_DECLARE_FINAL_TYPE (HavenGrowthEntry, haven_growth_entry, HAVEN, GROWTH_ENTRY, HavenRecord)

HavenGrowthEntry *haven_growth_entry_new (void);

G_END_DECLS
