/* haven-child-index.c: the archive's search index, kept by the worker
 *
 * Matching is what the archive has always meant (test-record-list holds
 * it): the name or full pinyin contains the typed text (spaces dropped,
 * so "zhang xiao" finds zhangxiaoming), the pinyin initials start with it
 * (zxm), the student number contains it, and a typed phone fragment of
 * three or more digits is in one of the file's phones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-index"

#include "config.h"

#include <string.h>

#include "haven-child-index.h"
#include "haven-model-types.h"

typedef struct
{
  gint64        id;
  gint64        class_id;
  int           grade;
  int           status;
  int           reason;
  int           missing;
  int           birthday;      /* month * 100 + day, or G_MAXINT without a date */
  int           care_risk;
  guint         key_support : 1;
  guint         mentored : 1;
  guint         removed : 1;
  const char   *class_name;
  const char   *name;          /* ASCII letters lower-cased, as LIKE compares */
  const char   *pinyin;
  const char   *initials;
  const char   *student;
  const char   *phones;        /* digits only, a space between phones */
  const char   *village;
  const guint8 *key;
  guint         key_len;
} Entry;

#define N_SORTS (HAVEN_SORT_BIRTHDAY + 1)

struct _HavenChildIndex
{
  GArray       *entries;         /* Entry */
  GHashTable   *positions;       /* gint64 id (owned) → position + 1 */
  GStringChunk *strings;
  GArray       *orders[N_SORTS]; /* guint positions, sorted; NULL when stale */
  char         *mentored_day;
  guint         n_removed;
};

HavenChildIndex *
haven_child_index_new (void)
{
  HavenChildIndex *self = g_new0 (HavenChildIndex, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->strings = g_string_chunk_new (64 * 1024);
  return self;
}

static void
drop_orders (HavenChildIndex *self)
{
  for (guint i = 0; i < N_SORTS; i++)
    g_clear_pointer (&self->orders[i], g_array_unref);
}

void
haven_child_index_free (HavenChildIndex *self)
{
  if (self == NULL)
    return;
  drop_orders (self);
  g_array_unref (self->entries);
  g_hash_table_unref (self->positions);
  g_string_chunk_free (self->strings);
  g_free (self->mentored_day);
  g_free (self);
}

guint
haven_child_index_get_size (HavenChildIndex *self)
{
  return self->entries->len - self->n_removed;
}

void
haven_child_index_clear (HavenChildIndex *self)
{
  drop_orders (self);
  g_array_set_size (self->entries, 0);
  g_hash_table_remove_all (self->positions);
  g_string_chunk_clear (self->strings);
  g_clear_pointer (&self->mentored_day, g_free);
  self->n_removed = 0;
}

static const char *
keep_lower (HavenChildIndex *self,
            const char      *text)
{
  char *copy = g_ascii_strdown (text != NULL ? text : "", -1);
  const char *kept = g_string_chunk_insert_const (self->strings, copy);

  g_free (copy);
  return kept;
}

static const char *
keep_phone_digits (HavenChildIndex *self,
                   const char      *phones)
{
  GString *digits = g_string_new (NULL);
  const char *kept;

  for (const char *p = phones != NULL ? phones : ""; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == ' ' && digits->len > 0 && digits->str[digits->len - 1] != ' ')
        g_string_append_c (digits, ' ');
    }
  kept = g_string_chunk_insert_const (self->strings, digits->str);
  g_string_free (digits, TRUE);
  return kept;
}

static int
birthday_of (const char *date)
{
  /* YYYY-MM-DD: a party is by month and day, whatever the year. */
  if (date == NULL || strlen (date) != 10)
    return G_MAXINT;
  return ((date[5] - '0') * 10 + (date[6] - '0')) * 100 + (date[8] - '0') * 10 + (date[9] - '0');
}

void
haven_child_index_put (HavenChildIndex          *self,
                       const HavenChildIndexRow *row)
{
  gpointer found = g_hash_table_lookup (self->positions, &row->id);
  Entry entry = { 0 };

  entry.id = row->id;
  entry.class_id = row->class_id;
  entry.grade = row->grade;
  entry.status = row->status;
  entry.reason = row->reason;
  entry.missing = row->missing;
  entry.birthday = birthday_of (row->birth_date);
  entry.key_support = row->key_support != FALSE;
  entry.care_risk = row->care_risk;
  entry.class_name = g_string_chunk_insert_const (self->strings, row->class_name != NULL ? row->class_name : "");
  entry.name = keep_lower (self, row->name);
  entry.pinyin = keep_lower (self, row->name_pinyin);
  entry.initials = keep_lower (self, row->name_initials);
  entry.student = keep_lower (self, row->student_number);
  entry.phones = keep_phone_digits (self, row->phones);
  entry.village = g_string_chunk_insert_const (self->strings, row->village != NULL ? row->village : "");
  if (row->name_key != NULL && row->name_key_len > 0)
    {
      entry.key = (const guint8 *) g_string_chunk_insert_len (self->strings, (const char *) row->name_key,
                                                              row->name_key_len);
      entry.key_len = row->name_key_len;
    }

  if (found != NULL)
    {
      Entry *old = &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1);

      entry.mentored = old->mentored;
      *old = entry;
    }
  else
    {
      g_array_append_val (self->entries, entry);
      g_hash_table_insert (self->positions, g_memdup2 (&row->id, sizeof row->id),
                           GUINT_TO_POINTER (self->entries->len));
    }
  drop_orders (self);
}

void
haven_child_index_remove (HavenChildIndex *self,
                          gint64           id)
{
  gpointer found = g_hash_table_lookup (self->positions, &id);

  if (found == NULL)
    return;
  g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1).removed = TRUE;
  g_hash_table_remove (self->positions, &id);
  self->n_removed++;
}

void
haven_child_index_set_mentored (HavenChildIndex *self,
                                GArray          *child_ids,
                                const char      *day)
{
  for (guint i = 0; i < self->entries->len; i++)
    g_array_index (self->entries, Entry, i).mentored = FALSE;
  for (guint i = 0; i < child_ids->len; i++)
    {
      gpointer found = g_hash_table_lookup (self->positions, &g_array_index (child_ids, gint64, i));

      if (found != NULL)
        g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1).mentored = TRUE;
    }
  g_free (self->mentored_day);
  self->mentored_day = g_strdup (day);
}

const char *
haven_child_index_get_mentored_day (HavenChildIndex *self)
{
  return self->mentored_day;
}

/* Orders */

static int
compare_keys (const Entry *a,
              const Entry *b)
{
  int cmp;

  /* As SQLite compares blobs: bytes, then length. */
  cmp = memcmp (a->key, b->key, MIN (a->key_len, b->key_len));
  if (cmp == 0)
    cmp = (a->key_len > b->key_len) - (a->key_len < b->key_len);
  if (cmp == 0)
    cmp = (a->id > b->id) - (a->id < b->id);
  return cmp;
}

static int
compare_by_class (gconstpointer pa,
                  gconstpointer pb,
                  gpointer      data)
{
  GArray *entries = data;
  const Entry *a = &g_array_index (entries, Entry, *(const guint *) pa);
  const Entry *b = &g_array_index (entries, Entry, *(const guint *) pb);
  int cmp;

  /* Children without a class come last. */
  cmp = (a->class_id == 0) - (b->class_id == 0);
  if (cmp == 0)
    cmp = (a->grade > b->grade) - (a->grade < b->grade);
  if (cmp == 0)
    cmp = strcmp (a->class_name, b->class_name);
  return cmp != 0 ? cmp : compare_keys (a, b);
}

static int
compare_by_name (gconstpointer pa,
                 gconstpointer pb,
                 gpointer      data)
{
  GArray *entries = data;

  return compare_keys (&g_array_index (entries, Entry, *(const guint *) pa),
                       &g_array_index (entries, Entry, *(const guint *) pb));
}

static int
compare_by_birthday (gconstpointer pa,
                     gconstpointer pb,
                     gpointer      data)
{
  GArray *entries = data;
  const Entry *a = &g_array_index (entries, Entry, *(const guint *) pa);
  const Entry *b = &g_array_index (entries, Entry, *(const guint *) pb);
  int cmp = (a->birthday > b->birthday) - (a->birthday < b->birthday);

  return cmp != 0 ? cmp : compare_keys (a, b);
}

static GArray *
ensure_order (HavenChildIndex *self,
              HavenSort        sort)
{
  static const GCompareDataFunc compare[N_SORTS] = {
    [HAVEN_SORT_CLASS] = compare_by_class,
    [HAVEN_SORT_NAME] = compare_by_name,
    [HAVEN_SORT_BIRTHDAY] = compare_by_birthday,
  };
  GArray *order;

  if (sort >= N_SORTS)
    sort = HAVEN_SORT_CLASS;
  if (self->orders[sort] != NULL)
    return self->orders[sort];

  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->entries->len);
  for (guint i = 0; i < self->entries->len; i++)
    if (!g_array_index (self->entries, Entry, i).removed)
      g_array_append_val (order, i);
  g_qsort_with_data (order->data, order->len, sizeof (guint), compare[sort], self->entries);
  self->orders[sort] = order;
  return order;
}

/* Search */

gboolean
haven_child_index_is_phone_fragment (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }
  return digits >= 3;
}

typedef struct
{
  char *compact;   /* lower-cased, no spaces */
  char *digits;    /* a phone fragment's digits, or NULL */
} Pattern;

static void
pattern_init (Pattern    *pattern,
              const char *search)
{
  g_autofree char *lower = g_utf8_strdown (search != NULL ? search : "", -1);
  GString *compact = g_string_new (NULL);

  g_strstrip (lower);
  for (const char *p = lower; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (compact, *p);
  pattern->compact = g_string_free (compact, FALSE);
  pattern->digits = NULL;

  if (haven_child_index_is_phone_fragment (lower))
    {
      GString *digits = g_string_new (NULL);

      for (const char *p = lower; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      pattern->digits = g_string_free (digits, FALSE);
    }
}

static gboolean
matches (const Entry   *entry,
         const Pattern *pattern)
{
  return strstr (entry->name, pattern->compact) != NULL
         || strstr (entry->pinyin, pattern->compact) != NULL
         || g_str_has_prefix (entry->initials, pattern->compact)
         || strstr (entry->student, pattern->compact) != NULL
         || (pattern->digits != NULL && strstr (entry->phones, pattern->digits) != NULL);
}

/* Whether a birthday (month * 100 + day) falls in [from, from + n) of
 * the year, wrapping at New Year; 29 February falls with 1 March. */
static gboolean
birthday_within (int          birthday,
                 const GDate *from,
                 int          n)
{
  GDate day = *from;

  if (birthday == G_MAXINT)
    return FALSE;
  if (birthday == 229)
    birthday = 301;
  for (int i = 0; i < n; i++)
    {
      int here = g_date_get_month (&day) * 100 + g_date_get_day (&day);

      if (here == birthday || (here == 229 && birthday == 301))
        return TRUE;
      g_date_add_days (&day, 1);
    }
  return FALSE;
}

static gboolean
passes_filters (const Entry                *entry,
                const HavenChildIndexQuery *query,
                const GDate                *from)
{
  switch (query->roll)
    {
    case HAVEN_ROLL_CURRENT:
      if (entry->status != HAVEN_CHILD_STATUS_CURRENT)
        return FALSE;
      break;
    case HAVEN_ROLL_LEFT:
      if (entry->status == HAVEN_CHILD_STATUS_CURRENT)
        return FALSE;
      break;
    case HAVEN_ROLL_ALL:
    default:
      break;
    }

  return (query->class_id == 0 || entry->class_id == query->class_id)
         && (query->grade == 0 || (entry->class_id != 0 && entry->grade == query->grade))
         && (query->reason < 0 || entry->reason == query->reason)
         && (!query->key_support || entry->key_support)
         && (!query->incomplete || entry->missing > 0)
         && (!query->no_mentor || !entry->mentored)
         && (query->village == NULL || *query->village == '\0' || g_str_equal (entry->village, query->village))
         && (!query->care_risk || entry->care_risk != 0)
         && (query->birthday_days <= 0 || from == NULL || birthday_within (entry->birthday, from, query->birthday_days));
}

GArray *
haven_child_index_search (HavenChildIndex            *self,
                          const HavenChildIndexQuery *query)
{
  GArray *order = ensure_order (self, query->sort);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Pattern pattern;
  gboolean searching;
  GDate from;
  gboolean have_from = FALSE;

  if (query->birthday_days > 0)
    {
      g_date_clear (&from, 1);
      if (query->today != NULL)
        g_date_set_parse (&from, query->today);
      have_from = g_date_valid (&from);
    }
  pattern_init (&pattern, query->search);
  searching = *pattern.compact != '\0';

  for (guint i = 0; i < order->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, g_array_index (order, guint, i));

      if (entry->removed || !passes_filters (entry, query, have_from ? &from : NULL))
        continue;
      if (searching && !matches (entry, &pattern))
        continue;
      g_array_append_val (ids, entry->id);
    }

  g_free (pattern.compact);
  g_free (pattern.digits);
  return ids;
}
