/* haven-address.c: the village a home visit goes to, guessed from an address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-address"

#include <string.h>

#include "haven-address.h"

/* Longer "names" before 村 are running text, not a village. */
#define MAX_VILLAGE_NAME 10
/* Named groups ("平寨组") are short; longer text before 组 is not one. */
#define MAX_GROUP_NAME 4
/* A natural village written without 村 ("小寨", "李家湾"). */
#define MIN_PLACE_NAME 2
#define MAX_PLACE_NAME 6
/* "新宝力格嘎查", "红星镇二十三组": anything much longer is junk, such as
 * a run of 村 that keeps lengthening one village. */
#define MAX_RESULT 20

typedef enum
{
  LEVEL_NONE,
  LEVEL_PROVINCE,
  LEVEL_CITY,
  LEVEL_COUNTY,
  LEVEL_TOWN,
  LEVEL_VILLAGE,
  LEVEL_GROUP,
} Level;

typedef enum
{
  MARK_PLAIN = 0,
  /* 村委会 and the like name a village and add nothing to its name. */
  MARK_COMMITTEE = 1 << 0,
  /* 社 and 队 are groups only after a number ("五社"), never in "合作社". */
  MARK_NUMBERED = 1 << 1,
  /* 街道 also ends a town named like a township ("西乡街道"). */
  MARK_SUBDISTRICT = 1 << 2,
} MarkFlags;

typedef struct
{
  const char *text;
  Level       level;
  const char *shown;   /* The suffix the unit shows, or NULL: the text. */
  guint       flags;
} Marker;

/* All markers are tried at each position and the longest one wins, so the
 * order here does not matter. */
static const Marker markers[] = {
  { "特别行政区", LEVEL_PROVINCE, NULL, MARK_PLAIN },
  { "自治区", LEVEL_PROVINCE, NULL, MARK_PLAIN },
  { "省", LEVEL_PROVINCE, NULL, MARK_PLAIN },
  { "自治州", LEVEL_CITY, NULL, MARK_PLAIN },
  { "地区", LEVEL_CITY, NULL, MARK_PLAIN },
  { "市", LEVEL_CITY, NULL, MARK_PLAIN },
  { "州", LEVEL_CITY, NULL, MARK_PLAIN },
  { "盟", LEVEL_CITY, NULL, MARK_PLAIN },
  { "自治县", LEVEL_COUNTY, NULL, MARK_PLAIN },
  { "自治旗", LEVEL_COUNTY, NULL, MARK_PLAIN },
  { "县", LEVEL_COUNTY, NULL, MARK_PLAIN },
  { "区", LEVEL_COUNTY, NULL, MARK_PLAIN },
  { "旗", LEVEL_COUNTY, NULL, MARK_PLAIN },
  { "街道办事处", LEVEL_TOWN, "街道", MARK_SUBDISTRICT },
  { "街道", LEVEL_TOWN, NULL, MARK_SUBDISTRICT },
  { "办事处", LEVEL_TOWN, NULL, MARK_SUBDISTRICT },
  { "镇", LEVEL_TOWN, NULL, MARK_PLAIN },
  { "乡", LEVEL_TOWN, NULL, MARK_PLAIN },
  { "苏木", LEVEL_TOWN, NULL, MARK_PLAIN },
  { "村民委员会", LEVEL_VILLAGE, "村", MARK_COMMITTEE },
  { "村委会", LEVEL_VILLAGE, "村", MARK_COMMITTEE },
  { "村委", LEVEL_VILLAGE, "村", MARK_COMMITTEE },
  { "居民委员会", LEVEL_VILLAGE, "居委会", MARK_COMMITTEE },
  { "居委会", LEVEL_VILLAGE, NULL, MARK_COMMITTEE },
  { "社区", LEVEL_VILLAGE, NULL, MARK_PLAIN },
  { "村", LEVEL_VILLAGE, NULL, MARK_PLAIN },
  { "嘎查", LEVEL_VILLAGE, NULL, MARK_PLAIN },
  { "村民小组", LEVEL_GROUP, "组", MARK_PLAIN },
  { "小组", LEVEL_GROUP, "组", MARK_PLAIN },
  { "组", LEVEL_GROUP, NULL, MARK_PLAIN },
  { "社", LEVEL_GROUP, NULL, MARK_NUMBERED },
  { "队", LEVEL_GROUP, NULL, MARK_NUMBERED },
};

/* The last character of a natural village's name (自然村). */
static const char *const place_endings[] = {
  "寨", "屯", "庄", "湾", "塆", "坝", "沟", "坪", "垭", "岭", "冲", "坳",
  "堡", "营", "铺", "岗", "墩", "圩", "洼", "峪", "坡", "坎", "垌", "峒",
  "凼", "嘴",
};

/* Characters that make a name a road, a building or an institution. */
static const char *const not_place[] = {
  "路", "街", "巷", "弄", "道", "号", "楼", "栋", "幢", "厂", "司", "校",
  "院", "所", "站", "店", "场", "园", "区", "府",
};

typedef struct
{
  gsize        start;     /* First byte of the name. */
  gsize        name_end;  /* End of the name, before its marker. */
  gsize        text_end;  /* End of the shown text in the buffer ... */
  const char  *suffix;    /* ... then this, or nothing. */
  gsize        end;       /* After the marker. */
  Level        level;
  gboolean     set;
} Unit;

/* Folds full-width forms to ASCII and drops white space, punctuation,
 * symbols and control characters, which people put anywhere in an
 * address. NULL when the text is not UTF-8. */
static char *
fold_address (const char *text)
{
  GString *out;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  out = g_string_sized_new (strlen (text));

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;

      if (g_unichar_isspace (c) || c == 0x3000 || g_unichar_ispunct (c) ||
          g_unichar_iscntrl (c) || !g_unichar_isdefined (c))
        continue;

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static const Marker *
match_marker (const char *p)
{
  const Marker *best = NULL;
  gsize best_len = 0;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      gsize len = strlen (markers[i].text);

      if (len > best_len && strncmp (p, markers[i].text, len) == 0)
        {
          best = &markers[i];
          best_len = len;
        }
    }

  return best;
}

static gsize
n_chars (const char *buf,
         gsize       from,
         gsize       to)
{
  return g_utf8_strlen (buf + from, (gssize) (to - from));
}

static gboolean
has_prefix_at (const char *p,
               const char *end,
               const char *prefix)
{
  gsize len = strlen (prefix);

  return (gsize) (end - p) >= len && strncmp (p, prefix, len) == 0;
}

/* 零〇一二三四五六七八九 as 0–9, 两 as 2; -1 for anything else. */
static int
chinese_digit (gunichar c)
{
  static const gunichar digits[] = {
    0x96F6 /* 零 */, 0x4E00 /* 一 */, 0x4E8C /* 二 */, 0x4E09 /* 三 */,
    0x56DB /* 四 */, 0x4E94 /* 五 */, 0x516D /* 六 */, 0x4E03 /* 七 */,
    0x516B /* 八 */, 0x4E5D /* 九 */,
  };
  int i;

  if (c == 0x3007 /* 〇 */)
    return 0;
  if (c == 0x4E24 /* 两 */)
    return 2;

  for (i = 0; i < (int) G_N_ELEMENTS (digits); i++)
    if (digits[i] == c)
      return i;

  return -1;
}

/* The value of a group number: "5", "12", "五", "十二", "二十", "一〇";
 * -1 when the text is not one. */
static int
parse_number (const char *p,
              const char *end)
{
  int value = 0;
  int n = 0;

  if (g_ascii_isdigit (*p))
    {
      for (; p < end; p++, n++)
        {
          if (!g_ascii_isdigit (*p) || n >= 4)
            return -1;
          value = value * 10 + (*p - '0');
        }
      return value;
    }

  {
    const char *ten = strstr (p, "十");

    if (ten != NULL && ten < end)
      {
        const char *ones = ten + strlen ("十");
        int tens = 1, unit = 0;

        /* d十d: one digit, or none, either side. */
        if (ten > p)
          {
            if (g_utf8_next_char (p) != ten ||
                (tens = chinese_digit (g_utf8_get_char (p))) <= 0)
              return -1;
          }
        if (ones < end)
          {
            if (g_utf8_next_char (ones) != end ||
                (unit = chinese_digit (g_utf8_get_char (ones))) <= 0)
              return -1;
          }
        return tens * 10 + unit;
      }
  }

  /* Digit by digit, as in "一〇". */
  for (; p < end; p = g_utf8_next_char (p), n++)
    {
      int d = chinese_digit (g_utf8_get_char (p));

      if (d < 0 || n >= 4)
        return -1;
      value = value * 10 + d;
    }

  return n > 0 ? value : -1;
}

static void
append_number (GString *out,
               int      value)
{
  static const char *const digits[] = {
    "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九",
  };

  if (value <= 0 || value >= 100)
    {
      g_string_append_printf (out, "%d", value);
      return;
    }

  if (value >= 20)
    g_string_append (out, digits[value / 10]);
  if (value >= 10)
    g_string_append (out, "十");
  if (value % 10 != 0)
    g_string_append (out, digits[value % 10]);
}

/* Whether the name before a group marker makes a group: a number, with an
 * optional 第, or for 组 a short name of Chinese characters. */
static gboolean
group_name_ok (const char   *buf,
               const Unit   *unit,
               const Marker *marker,
               int          *number)
{
  const char *p = buf + unit->start;
  const char *end = buf + unit->name_end;
  gsize len;

  if (has_prefix_at (p, end, "第"))
    p += strlen ("第");

  if (p >= end)
    return FALSE;

  *number = parse_number (p, end);
  if (*number >= 0)
    return TRUE;

  if (marker->flags & MARK_NUMBERED)
    return FALSE;

  len = g_utf8_strlen (p, end - p);
  if (len > MAX_GROUP_NAME)
    return FALSE;

  for (; p < end; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) < 0x3400)
      return FALSE;

  return TRUE;
}

static void
append_unit (GString    *out,
             const char *buf,
             const Unit *unit)
{
  g_string_append_len (out, buf + unit->start, (gssize) (unit->text_end - unit->start));
  if (unit->suffix != NULL)
    g_string_append (out, unit->suffix);
}

static void
append_group (GString    *out,
              const char *buf,
              const Unit *group,
              int         number)
{
  const char *p = buf + group->start;
  const char *end = buf + group->name_end;

  if (number >= 0)
    {
      append_number (out, number);
    }
  else
    {
      if (has_prefix_at (p, end, "第"))
        p += strlen ("第");
      g_string_append_len (out, p, end - p);
    }
  g_string_append (out, group->suffix);
}

static gboolean
ends_with_any (const char        *p,
               const char        *end,
               const char *const *words,
               gsize              n_words)
{
  gsize i;

  for (i = 0; i < n_words; i++)
    {
      gsize len = strlen (words[i]);

      if ((gsize) (end - p) >= len && strncmp (end - len, words[i], len) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
contains_any (const char        *p,
              const char        *end,
              const char *const *words,
              gsize              n_words)
{
  for (; p < end; p = g_utf8_next_char (p))
    {
      gsize i;

      for (i = 0; i < n_words; i++)
        if (has_prefix_at (p, end, words[i]))
          return TRUE;
    }

  return FALSE;
}

/* A natural village right after the town ("小寨", "小寨5号"), or FALSE. */
static gboolean
find_place (const char *buf,
            gsize       from,
            gsize      *place_end)
{
  const char *p = buf + from;
  const char *end = p;
  const char *q;
  gsize len;

  while (*end != '\0' && !g_ascii_isdigit (*end))
    end = g_utf8_next_char (end);

  /* Only a house number may follow. */
  if (*end != '\0')
    {
      q = end;
      while (g_ascii_isdigit (*q))
        q++;
      if (strcmp (q, "号") != 0 && *q != '\0')
        return FALSE;
    }

  len = g_utf8_strlen (p, end - p);
  if (len < MIN_PLACE_NAME || len > MAX_PLACE_NAME)
    return FALSE;

  for (q = p; q < end; q = g_utf8_next_char (q))
    if (g_utf8_get_char (q) < 0x3400)
      return FALSE;

  if (!ends_with_any (p, end, place_endings, G_N_ELEMENTS (place_endings)) ||
      contains_any (p, end, not_place, G_N_ELEMENTS (not_place)))
    return FALSE;

  *place_end = (gsize) (end - buf);
  return TRUE;
}

static void
set_unit (Unit         *unit,
          gsize         start,
          gsize         pos,
          const Marker *marker,
          Level         level)
{
  unit->start = start;
  unit->name_end = pos;
  unit->text_end = pos;
  unit->suffix = marker->shown != NULL ? marker->shown : marker->text;
  unit->end = pos + strlen (marker->text);
  unit->level = level;
  unit->set = TRUE;
}

/* Lengthens unit over a marker that follows it with no name of its own:
 * "古镇" + 镇, "林村" + 社区, "梅村" + 街道. */
static void
extend_unit (Unit         *unit,
             gsize         pos,
             const Marker *marker,
             Level         level)
{
  if (!(marker->flags & MARK_COMMITTEE) || unit->level != LEVEL_VILLAGE)
    {
      unit->text_end = pos;
      unit->suffix = marker->shown != NULL ? marker->shown : marker->text;
    }
  unit->end = pos + strlen (marker->text);
  unit->level = level;
}

char *
haven_address_guess_village (const char *address)
{
  g_autofree char *buf = NULL;
  GString *out;
  Unit admin = { 0 }, town = { 0 }, village = { 0 }, group = { 0 };
  Unit *last = NULL;   /* The unit that ends at name_start, if any. */
  gsize len, pos = 0, name_start = 0;
  int group_number = -1;

  if (address == NULL)
    return g_strdup ("");

  buf = fold_address (address);
  if (buf == NULL)
    return g_strdup ("");

  len = strlen (buf);

  while (pos < len)
    {
      const Marker *m = match_marker (buf + pos);
      gsize end, name_len;
      gboolean adjacent;

      if (m == NULL)
        {
          pos = g_utf8_next_char (buf + pos) - buf;
          continue;
        }

      end = pos + strlen (m->text);
      name_len = n_chars (buf, name_start, pos);
      adjacent = name_len == 0 && last != NULL;

      if (m->level <= LEVEL_COUNTY)
        {
          /* "宁乡" + 市: a one-character town was a city's name. */
          if (adjacent && last == &town && !village.set && !group.set &&
              n_chars (buf, town.start, town.name_end) == 1)
            {
              admin = town;
              town.set = FALSE;
              extend_unit (&admin, pos, m, m->level);
              last = &admin;
            }
          else if (town.set || village.set || group.set)
            {
              /* "工业区", "环市东路": words after the town. */
              pos = end;
              continue;
            }
          else if (adjacent)
            {
              extend_unit (last, pos, m, m->level);
            }
          else if (name_len == 0)
            {
              /* "镇江市": a marker character opening a name. */
              pos = end;
              continue;
            }
          else
            {
              set_unit (&admin, name_start, pos, m, m->level);
              last = &admin;
            }
        }
      else if (m->level == LEVEL_TOWN)
        {
          if (adjacent && last == &town)
            {
              /* "古镇" + 镇 and "西乡" + 街道, but not "红星镇" + "镇江村". */
              if (!(m->flags & MARK_SUBDISTRICT) &&
                  n_chars (buf, town.start, town.name_end) != 1)
                {
                  pos = end;
                  continue;
                }
              extend_unit (&town, pos, m, LEVEL_TOWN);
            }
          else if (town.set)
            {
              /* Part of a name: "红星镇" + "石镇村", or a road after the
               * village, "李家村" + "镇南路". */
              pos = end;
              continue;
            }
          else if (village.set || group.set)
            {
              /* "梅村街道", "六村堡街道": what looked like a village
               * opens the town's name. */
              Unit *first = village.set && (!group.set || village.start < group.start)
                            ? &village : &group;

              town = *first;
              town.name_end = pos;
              if (adjacent)
                extend_unit (&town, pos, m, LEVEL_TOWN);
              else
                set_unit (&town, first->start, pos, m, LEVEL_TOWN);
              village.set = FALSE;
              group.set = FALSE;
              last = &town;
            }
          else if (adjacent && last == &admin &&
                   n_chars (buf, admin.start, admin.name_end) == 1)
            {
              /* "新市" + 镇, "沙州" + 镇. */
              town = admin;
              admin.set = FALSE;
              extend_unit (&town, pos, m, LEVEL_TOWN);
              last = &town;
            }
          else if (name_len == 0)
            {
              pos = end;
              continue;
            }
          else
            {
              set_unit (&town, name_start, pos, m, LEVEL_TOWN);
              last = &town;
            }
        }
      else if (m->level == LEVEL_VILLAGE)
        {
          if (adjacent && (last == &village || last == &admin))
            {
              /* "林村" + 社区, "新村" + 村, "羊排村" + 村委会; "新市" + 村. */
              if (last == &admin)
                {
                  village = admin;
                  admin.set = FALSE;
                }
              extend_unit (&village, pos, m, LEVEL_VILLAGE);
              last = &village;
            }
          else if (name_len == 0 || name_len > MAX_VILLAGE_NAME)
            {
              pos = end;
              continue;
            }
          else if (village.set)
            {
              /* A second village (a natural village inside the first):
               * the administrative one came first. */
              last = NULL;
            }
          else
            {
              set_unit (&village, name_start, pos, m, LEVEL_VILLAGE);
              last = &village;
            }
        }
      else
        {
          Unit candidate = { 0 };
          int number = -1;

          set_unit (&candidate, name_start, pos, m, LEVEL_GROUP);
          if (name_len == 0 || !group_name_ok (buf, &candidate, m, &number))
            {
              pos = end;
              continue;
            }

          if (group.set)
            {
              last = NULL;
            }
          else
            {
              group = candidate;
              group_number = number;
              last = &group;
            }
        }

      pos = end;
      name_start = end;
    }

  out = g_string_new (NULL);

  if (village.set)
    {
      append_unit (out, buf, &village);
    }
  else if (town.set && group.set && group.start >= town.end)
    {
      append_unit (out, buf, &town);
      append_group (out, buf, &group, group_number);
    }
  else if (town.set && !group.set)
    {
      gsize place_end;

      if (find_place (buf, town.end, &place_end))
        g_string_append_len (out, buf + town.end, (gssize) (place_end - town.end));
    }

  if (g_utf8_strlen (out->str, -1) > MAX_RESULT)
    g_string_truncate (out, 0);

  return g_string_free (out, FALSE);
}
