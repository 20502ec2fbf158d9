/* haven-pinyin.c: pinyin for search and collation of Chinese names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pinyin"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

#include "haven-pinyin.h"

/* Han-Latin/Names gives surnames their surname readings (单 shàn, 曾 zēng,
 * 区 ōu) at the start of a run of Han characters; Latin-ASCII drops the
 * tones and folds full-width and accented Latin letters. */
#define TRANSLITERATOR_ID "Han-Latin/Names; Latin-ASCII; Lower"

/* Transliterating is slow (some 10 µs a call) and the same few thousand
 * characters make up almost every name, so each character is transliterated
 * once, on its own, and the reading kept. A character's reading depends on
 * where it stands, so the kind is part of the cache key. */
typedef enum
{
  READING_START = 1,  /* alone, or first in a run of Han: surname readings */
  READING_INNER,      /* after another Han character: ordinary readings */
  READING_COMPOUND,   /* first of a compound surname in compound_surnames */
} ReadingKind;

/* Han-Latin/Names reads the first character of these compound surnames by
 * the character after it (CLDR's Han_Latin_Names rules); every other
 * reading depends on the character alone and its position. */
static const gunichar compound_surnames[][2] = {
  { 0x4EE4, 0x72D0 },  /* 令狐 Linghu */
  { 0x4E07, 0x4FDF },  /* 万俟 Moqi */
  { 0x6FB9, 0x53F0 },  /* 澹台 Tantai */
  { 0x957F, 0x5B59 },  /* 长孙 Zhangsun */
};

/* A Han character with one fixed reading, put before a character to read
 * it in the middle of a name. */
#define INNER_PREFIX 0x3007  /* 〇 ling */

/* ICU transliterators and collators must not be used from two threads at
 * once, and these functions run on the main thread and on workers. */
static GMutex translit_lock;
static UTransliterator *translit;  /* owned; guarded by translit_lock */
static GHashTable *readings;       /* guarded by translit_lock;
                                    * (kind << 24 | char) → interned reading */

static GMutex collator_lock;
static UCollator *collator;        /* owned; guarded by collator_lock */
static gboolean collator_opened;   /* guarded by collator_lock */

static void
ensure_translit_locked (void)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar id[64];

  if (readings != NULL)
    return;

  readings = g_hash_table_new (g_direct_hash, g_direct_equal);

  u_uastrcpy (id, TRANSLITERATOR_ID);
  translit = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE (status))
    {
      /* Without ICU's data Han characters drop out: names still sort and
       * search by their Latin parts. */
      g_warning ("Cannot open the ICU transliterator “%s”: %s",
                 TRANSLITERATOR_ID, u_errorName (status));
      translit = NULL;
    }
}

/* Transliterates src and returns the interned reading, lower-case ASCII
 * letters and digits only. skip_first drops the first syllable and
 * first_only keeps only it; syllables are separated by anything but
 * letters and digits (Han-Latin puts a space between characters). */
static const char *
transliterate_locked (const UChar *src,
                      int32_t      src_len,
                      gboolean     skip_first,
                      gboolean     first_only)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar buf[64];
  int32_t len = src_len;
  int32_t limit = src_len;
  char out[64];
  gsize n = 0;
  guint syllable = 0;
  gboolean in_syllable = FALSE;
  int32_t i;

  if (translit == NULL || src_len > (int32_t) G_N_ELEMENTS (buf))
    return g_intern_static_string ("");

  memcpy (buf, src, src_len * sizeof (UChar));
  utrans_transUChars (translit, buf, &len, G_N_ELEMENTS (buf), 0, &limit, &status);
  if (U_FAILURE (status))
    return g_intern_static_string ("");

  for (i = 0; i < len && n < sizeof out - 1; i++)
    {
      UChar u = buf[i];
      gboolean alnum = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');

      if (!alnum)
        {
          if (in_syllable)
            syllable++;
          in_syllable = FALSE;
          continue;
        }

      in_syllable = TRUE;
      if (skip_first && syllable == 0)
        continue;
      if (first_only && syllable > 0)
        break;
      out[n++] = (char) u;
    }
  out[n] = '\0';

  return g_intern_string (out);
}

static const char *
reading_locked (gunichar    c,
                ReadingKind kind,
                gunichar    partner)
{
  gpointer key = GUINT_TO_POINTER (((guint) kind << 24) | c);
  const char *reading;
  UChar src[4];
  int32_t len = 0;

  reading = g_hash_table_lookup (readings, key);
  if (reading != NULL)
    return reading;

  switch (kind)
    {
    case READING_START:
      U16_APPEND_UNSAFE (src, len, c);
      reading = transliterate_locked (src, len, FALSE, FALSE);
      break;

    case READING_INNER:
      U16_APPEND_UNSAFE (src, len, INNER_PREFIX);
      U16_APPEND_UNSAFE (src, len, c);
      reading = transliterate_locked (src, len, TRUE, FALSE);
      break;

    case READING_COMPOUND:
      U16_APPEND_UNSAFE (src, len, c);
      U16_APPEND_UNSAFE (src, len, partner);
      reading = transliterate_locked (src, len, FALSE, TRUE);
      break;

    default:
      g_assert_not_reached ();
    }

  g_hash_table_insert (readings, key, (gpointer) reading);
  return reading;
}

static gboolean
is_han (gunichar c)
{
  UErrorCode status = U_ZERO_ERROR;

  return uscript_getScript ((UChar32) c, &status) == USCRIPT_HAN;
}

static gunichar
compound_partner (gunichar c)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
    if (compound_surnames[i][0] == c)
      return compound_surnames[i][1];

  return 0;
}

/* Appends the pinyin of text to full and the first letter of each syllable
 * to initials; either may be NULL. A Han character is one syllable; a run of
 * Latin letters and digits is one word, with one initial. */
static void
romanize (const char *text,
          GString    *full,
          GString    *initials)
{
  const char *p = text;
  gboolean after_han = FALSE;  /* the character before was Han */
  gboolean in_word = FALSE;    /* inside a run of Latin letters and digits */
  gboolean locked = FALSE;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;
      const char *reading;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: skip the byte, and let it separate words. */
          p++;
          after_han = in_word = FALSE;
          continue;
        }

      next = g_utf8_next_char (p);

      if (c < 0x80)
        {
          /* The common case for Latin names needs no ICU and no lock. */
          if (g_ascii_isalnum (c))
            {
              char lower = g_ascii_tolower ((char) c);

              if (full != NULL)
                g_string_append_c (full, lower);
              if (initials != NULL && !in_word)
                g_string_append_c (initials, lower);
              in_word = TRUE;
            }
          else
            {
              in_word = FALSE;
            }
          after_han = FALSE;
          p = next;
          continue;
        }

      /* A combining accent belongs to the letter before it. */
      if (g_unichar_ismark (c))
        {
          p = next;
          continue;
        }

      if (!locked)
        {
          g_mutex_lock (&translit_lock);
          ensure_translit_locked ();
          locked = TRUE;
        }

      if (is_han (c))
        {
          ReadingKind kind = after_han ? READING_INNER : READING_START;
          gunichar partner = 0;

          if (!after_han)
            {
              partner = compound_partner (c);
              if (partner != 0 && g_utf8_get_char_validated (next, -1) == partner)
                kind = READING_COMPOUND;
            }

          reading = reading_locked (c, kind, partner);
          if (*reading != '\0')
            {
              if (full != NULL)
                g_string_append (full, reading);
              if (initials != NULL)
                g_string_append_c (initials, reading[0]);
            }
          after_han = TRUE;
          in_word = FALSE;
        }
      else
        {
          /* Accented and full-width Latin letters fold to ASCII; letters
           * of other scripts read as nothing and drop out. */
          reading = reading_locked (c, READING_START, 0);
          if (*reading != '\0')
            {
              if (full != NULL)
                g_string_append (full, reading);
              if (initials != NULL && !in_word)
                g_string_append_c (initials, reading[0]);
              in_word = TRUE;
            }
          else
            {
              in_word = FALSE;
            }
          after_han = FALSE;
        }

      p = next;
    }

  if (locked)
    g_mutex_unlock (&translit_lock);
}

char *
haven_pinyin_full (const char *text)
{
  GString *full;

  g_return_val_if_fail (text != NULL, NULL);

  full = g_string_sized_new (strlen (text) * 2);
  romanize (text, full, NULL);
  return g_string_free (full, FALSE);
}

char *
haven_pinyin_initials (const char *text)
{
  GString *initials;

  g_return_val_if_fail (text != NULL, NULL);

  initials = g_string_sized_new (strlen (text));
  romanize (text, NULL, initials);
  return g_string_free (initials, FALSE);
}

/* UTF-8 to UTF-16, into buf when it fits and into a new *heap otherwise;
 * ill-formed input reads as U+FFFD. Returns the string and its length. */
static const UChar *
to_utf16 (const char *text,
          UChar      *buf,
          int32_t     buf_len,
          UChar     **heap,
          int32_t    *out_len)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;

  u_strFromUTF8WithSub (buf, buf_len, &len, text, -1, 0xFFFD, NULL, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      *heap = g_new (UChar, len + 1);
      status = U_ZERO_ERROR;
      u_strFromUTF8WithSub (*heap, len + 1, &len, text, -1, 0xFFFD, NULL, &status);
    }

  *out_len = U_SUCCESS (status) ? len : 0;
  return *heap != NULL ? *heap : buf;
}

static void
ensure_collator_locked (void)
{
  UErrorCode status = U_ZERO_ERROR;

  if (collator_opened)
    return;
  collator_opened = TRUE;

  /* "zh" is the pinyin collation. */
  collator = ucol_open ("zh", &status);
  if (U_FAILURE (status))
    {
      g_warning ("Cannot open the ICU collator for Chinese: %s",
                 u_errorName (status));
      collator = NULL;
      return;
    }

  /* Class names such as "3班" and "10班" sort by their numbers. */
  ucol_setAttribute (collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
}

/* The key includes ICU's terminating zero byte, so a plain memcmp over the
 * shorter length orders keys correctly, and so does SQLite's BLOB order.
 * Keys change with the ICU version: store ucol_getVersion with them. */
GBytes *
haven_pinyin_sort_key (const char *text)
{
  UChar buf[128];
  g_autofree UChar *heap = NULL;
  const UChar *s;
  int32_t len;
  guint8 key[256];
  g_autofree guint8 *big_key = NULL;
  int32_t key_len;

  g_return_val_if_fail (text != NULL, NULL);

  s = to_utf16 (text, buf, G_N_ELEMENTS (buf), &heap, &len);

  g_mutex_lock (&collator_lock);
  ensure_collator_locked ();
  if (collator == NULL)
    {
      g_mutex_unlock (&collator_lock);
      return g_bytes_new (text, strlen (text) + 1);
    }

  key_len = ucol_getSortKey (collator, s, len, key, sizeof key);
  if (key_len > (int32_t) sizeof key)
    {
      big_key = g_malloc (key_len);
      key_len = ucol_getSortKey (collator, s, len, big_key, key_len);
    }
  g_mutex_unlock (&collator_lock);

  return g_bytes_new (big_key != NULL ? big_key : key, key_len);
}

char *
haven_pinyin_collation_version (void)
{
  UVersionInfo version;
  char text[U_MAX_VERSION_STRING_LENGTH];

  g_mutex_lock (&collator_lock);
  ensure_collator_locked ();
  if (collator == NULL)
    {
      g_mutex_unlock (&collator_lock);
      return g_strdup ("bytes");
    }
  ucol_getVersion (collator, version);
  g_mutex_unlock (&collator_lock);

  u_versionToString (version, text);
  return g_strdup (text);
}

int
haven_pinyin_compare (const char *a,
                      const char *b)
{
  UChar buf_a[64], buf_b[64];
  g_autofree UChar *heap_a = NULL;
  g_autofree UChar *heap_b = NULL;
  const UChar *sa, *sb;
  int32_t len_a, len_b;
  UCollationResult result;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  sa = to_utf16 (a, buf_a, G_N_ELEMENTS (buf_a), &heap_a, &len_a);
  sb = to_utf16 (b, buf_b, G_N_ELEMENTS (buf_b), &heap_b, &len_b);

  g_mutex_lock (&collator_lock);
  ensure_collator_locked ();
  if (collator == NULL)
    {
      g_mutex_unlock (&collator_lock);
      return strcmp (a, b) < 0 ? -1 : strcmp (a, b) > 0;
    }
  result = ucol_strcoll (collator, sa, len_a, sb, len_b);
  g_mutex_unlock (&collator_lock);

  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}
