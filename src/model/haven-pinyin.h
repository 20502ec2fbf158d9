/* haven-pinyin.h: pinyin for search and collation of Chinese names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "张小明" -> "zhangxiaoming": lower-case ASCII, no tones, no spaces.
 * Latin letters and digits pass through lower-cased; other characters drop. */
char    *haven_pinyin_full      (const char *text);
/* "张小明" -> "zxm": the first letter of each syllable. */
char    *haven_pinyin_initials  (const char *text);
/* An ICU sort key for the Chinese (pinyin) collation: comparing two keys
 * with memcmp orders the names as a Chinese reader expects. */
GBytes  *haven_pinyin_sort_key  (const char *text);
/* Sort keys differ between collator versions: stored keys are rebuilt
 * when this changes (after an ICU upgrade). */
char    *haven_pinyin_collation_version (void);
int      haven_pinyin_compare   (const char *a,
                                 const char *b);

G_END_DECLS
