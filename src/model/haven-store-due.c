/* haven-store-due.c: what is due, for every child and rule, on a day
 *
 * One scan serves the due list, the overview's figures and `--due`: it
 * reads the rules, the terms, the children on the roll, the latest talk of
 * each kind per child (the talk_last table, which triggers on the talk
 * table keep up to date: one row per child and kind), the pairing each
 * child's mentor rule follows and the open plan reviews, then asks the
 * pure rules (haven-due.c) about every child and rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-due-setting.h"
#include "haven-labels.h"
#include "haven-store-due.h"
#include "haven-store-private.h"

#define N_KINDS (HAVEN_TALK_GROUP_MEETING + 1)

typedef struct
{
  gint64      id;
  const char *name;           /* in the scan's strings */
  gint64      class_id;
  const char *class_name;
  gint64      teacher_id;     /* the class teacher's staff row, 0 for none */
  const char *teacher_name;
  guint32     since;          /* julian day; 0: long ago */
  guint32     last[N_KINDS];  /* the latest talk of each kind, 0: never */
  int         birthday;       /* month * 100 + day, 0 without a date */
  guint       class_order;    /* the class's place, G_MAXUINT for none */
  gboolean    later;          /* the latest talk of the rule is after today */
  const char *name_key;       /* the collation key of the name */
  int         care_risk;
  /* The pairing the mentor rule follows. */
  guint32     pair_start;     /* 0: never paired */
  guint32     pair_end;       /* 0: open */
  gboolean    pair_current;
  gint64      mentor_staff;
  const char *mentor_name;
  /* The plan the review rule follows. */
  gboolean    plan;
  gint64      plan_staff;
  const char *plan_staff_name;
  guint32     review_next;    /* 0: no review left open */
  guint32     review_done;
} ScanChild;

typedef struct
{
  GDate          today;
  guint32        today_day;
  HavenDueRule   rules[HAVEN_N_DUE_RULES];
  gboolean       active[HAVEN_N_DUE_RULES];
  HavenTermSpan *terms;
  guint          n_terms;
  GArray        *children;   /* ScanChild, in class and name order */
  GHashTable    *positions;  /* &ScanChild.id → index + 1 */
  GStringChunk  *strings;
  gint64         me;         /* the session's staff row, 0 for none */
  int            rule;       /* the one rule asked about, -1 for all */
  int            kind;       /* its talk kind, read with the children; -1 */
  int            other_kind; /* another kind that counts for it, or kind */
  char          *today_text;
} Scan;

/* One child and rule, as the scan worked it out. */
typedef struct
{
  const ScanChild  *child;
  HavenDueRuleKind  rule;
  HavenDueStatus    status;
  guint32           last_done;
  guint32           due_by;
  gboolean          mine;
} ScanRow;

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->positions, g_hash_table_unref);
  g_clear_pointer (&scan->children, g_array_unref);
  g_clear_pointer (&scan->strings, g_string_chunk_free);
  g_clear_pointer (&scan->terms, g_free);
  g_clear_pointer (&scan->today_text, g_free);
}

/* A stored YYYY-MM-DD as a julian day, 0 when it is no date. */
static guint32
julian_of (const char *text)
{
  GDate date;
  int year, month, day;

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return 0;
  year = g_ascii_strtoll (text, NULL, 10);
  month = g_ascii_strtoll (text + 5, NULL, 10);
  day = g_ascii_strtoll (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
set_julian (GDate   *date,
            guint32  day)
{
  g_date_clear (date, 1);
  if (day != 0)
    g_date_set_julian (date, day);
}

static char *
format_julian (guint32 day)
{
  GDate date;

  if (day == 0)
    return g_strdup ("");
  set_julian (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static const char *
keep (Scan       *scan,
      const char *text)
{
  return g_string_chunk_insert_const (scan->strings, text != NULL ? text : "");
}

static ScanChild *
child_by_id (Scan   *scan,
             gint64  id)
{
  gpointer found = g_hash_table_lookup (scan->positions, &id);

  return found != NULL ? &g_array_index (scan->children, ScanChild, GPOINTER_TO_UINT (found) - 1) : NULL;
}

static gboolean
load_rules (HavenJob  *job,
            Scan      *scan,
            GError   **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < HAVEN_N_DUE_RULES; i++)
    {
      haven_due_setting_default (i, &scan->rules[i]);
      scan->active[i] = TRUE;
    }

  stmt = haven_db_prepare (job->db, "SELECT rule, period, soon_days, term_days_only, active FROM due_rule", error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      gboolean has_row;
      int rule, period;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      rule = sqlite3_column_int (stmt, 0);
      period = sqlite3_column_int (stmt, 1);
      if (rule < 0 || rule >= HAVEN_N_DUE_RULES || period < 0 || period > HAVEN_DUE_PERIOD_TERM)
        continue;
      scan->rules[rule].period = period;
      scan->rules[rule].soon_days = MAX (0, sqlite3_column_int (stmt, 2));
      scan->rules[rule].term_days_only = sqlite3_column_int (stmt, 3) != 0;
      scan->active[rule] = sqlite3_column_int (stmt, 4) != 0;
    }
  return TRUE;
}

/* The terms as spans sorted by their first day; overlapping ones merge,
 * since the rules need spans that do not overlap. */
static gboolean
load_terms (HavenJob  *job,
            Scan      *scan,
            GError   **error)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, TRUE, sizeof (HavenTermSpan));
  sqlite3_stmt *stmt;
  guint32 last_end = 0;

  stmt = haven_db_prepare (job->db,
                           "SELECT start_date, end_date FROM term WHERE start_date <> '' AND end_date <> ''"
                           " ORDER BY start_date, end_date",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      gboolean has_row;
      guint32 start, end;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      start = julian_of (haven_db_column_text (stmt, 0));
      end = julian_of (haven_db_column_text (stmt, 1));
      if (start == 0 || end < start)
        continue;
      if (spans->len > 0 && start <= last_end + 1)
        {
          HavenTermSpan *previous = &g_array_index (spans, HavenTermSpan, spans->len - 1);

          if (end > last_end)
            {
              set_julian (&previous->end, end);
              last_end = end;
            }
          continue;
        }

      {
        HavenTermSpan span;

        set_julian (&span.start, start);
        set_julian (&span.end, end);
        g_array_append_val (spans, span);
        last_end = end;
      }
    }
  scan->n_terms = spans->len;
  scan->terms = (HavenTermSpan *) g_array_free (g_steal_pointer (&spans), FALSE);
  return TRUE;
}

static int
birthday_of (const char *date)
{
  if (date == NULL || strlen (date) != 10 || julian_of (date) == 0)
    return 0;
  return (int) g_ascii_strtoll (date + 5, NULL, 10) * 100 + (int) g_ascii_strtoll (date + 8, NULL, 10);
}

typedef struct
{
  guint       order;
  const char *name;
  gint64      teacher_id;
  const char *teacher_name;
} ScanClass;

/* The archive's order: class by class (grade, then name; children without
 * a class last), then by name. */
static int
compare_children (gconstpointer a,
                  gconstpointer b)
{
  const ScanChild *x = a, *y = b;
  int by_name;

  if (x->class_order != y->class_order)
    return x->class_order < y->class_order ? -1 : 1;
  by_name = strcmp (x->name_key, y->name_key);
  if (by_name != 0)
    return by_name;
  return x->id < y->id ? -1 : x->id > y->id;
}

static gboolean
load_children (HavenJob  *job,
               Scan      *scan,
               GError   **error)
{
  g_autoptr(GHashTable) classes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;

  /* The few classes once, not looked up per child. */
  stmt = haven_db_prepare (job->db,
                           "SELECT k.id, k.name, coalesce (k.teacher_id, 0), coalesce (s.name, '')"
                           " FROM school_class k LEFT JOIN staff s ON s.id = k.teacher_id"
                           " ORDER BY k.grade, k.name, k.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  for (guint order = 0;; order++)
    {
      ScanClass *klass;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      klass = g_new0 (ScanClass, 1);
      klass->order = order;
      klass->name = keep (scan, haven_db_column_text (stmt, 1));
      klass->teacher_id = sqlite3_column_int64 (stmt, 2);
      klass->teacher_name = keep (scan, haven_db_column_text (stmt, 3));
      g_hash_table_insert (classes, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                           klass);
    }

  /* In the table's own order, sorted below: no join and no sort per row
   * in SQL. */
  /* One rule: its latest talk comes with the child, one seek in
   * talk_last, as a hand-written query would; every rule: load_talks()
   * reads talk_last whole. */
  if (scan->kind >= 0)
    stmt = haven_db_prepare (job->db,
                             "SELECT c.id, c.name, coalesce (c.school_class_id, 0), c.arrived_date,"
                             " coalesce ((SELECT min (h.changed_at) FROM child_change h"
                             "   WHERE h.child_id = c.id AND h.field = 'file.created'), ''),"
                             " c.birth_date, c.care_risk, coalesce (c.name_key, ''),"
                             " (SELECT max (l.date) FROM talk_last l WHERE l.child_id = c.id AND l.kind IN (?1, ?2))"
                             " FROM child c WHERE c.deleted = 0 AND c.status = 0",
                             error);
  else
    stmt = haven_db_prepare (job->db,
                             "SELECT c.id, c.name, coalesce (c.school_class_id, 0), c.arrived_date,"
                             " coalesce ((SELECT min (h.changed_at) FROM child_change h"
                             "   WHERE h.child_id = c.id AND h.field = 'file.created'), ''),"
                             " c.birth_date, c.care_risk, coalesce (c.name_key, '')"
                             " FROM child c WHERE c.deleted = 0 AND c.status = 0",
                             error);
  if (stmt == NULL)
    return FALSE;
  if (scan->kind >= 0)
    {
      sqlite3_bind_int (stmt, 1, scan->kind);
      sqlite3_bind_int (stmt, 2, scan->other_kind);
    }
  for (;;)
    {
      ScanChild child = { 0 };
      gint64 class_id;
      const ScanClass *klass;
      gboolean has_row;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child.id = sqlite3_column_int64 (stmt, 0);
      /* Names are many and seldom the same: copied, not looked up. */
      child.name = g_string_chunk_insert (scan->strings, haven_db_column_text (stmt, 1));
      class_id = sqlite3_column_int64 (stmt, 2);
      klass = class_id != 0 ? g_hash_table_lookup (classes, &class_id) : NULL;
      child.class_id = klass != NULL ? class_id : 0;
      child.class_name = klass != NULL ? klass->name : "";
      child.teacher_id = klass != NULL ? klass->teacher_id : 0;
      child.teacher_name = klass != NULL ? klass->teacher_name : "";
      child.class_order = klass != NULL ? klass->order : G_MAXUINT;
      /* Asked from the day the child came, or else from the day the file
       * was made: a file typed in today has no missed months behind it. */
      child.since = julian_of (haven_db_column_text (stmt, 3));
      if (child.since == 0)
        child.since = julian_of (haven_db_column_text (stmt, 4));
      child.birthday = birthday_of (haven_db_column_text (stmt, 5));
      child.care_risk = sqlite3_column_int (stmt, 6);
      /* A collation key has no zero byte but its last. */
      child.name_key = g_string_chunk_insert_len (scan->strings, sqlite3_column_blob (stmt, 7),
                                                  sqlite3_column_bytes (stmt, 7));
      if (scan->kind >= 0)
        {
          const char *last = haven_db_column_text (stmt, 8);

          /* A latest after the day asked about: looked up again below. */
          if (strcmp (last, scan->today_text) <= 0)
            child.last[scan->kind] = julian_of (last);
          else
            child.later = TRUE;
        }
      g_array_append_val (scan->children, child);
    }
  g_array_sort (scan->children, compare_children);

  /* The array is whole: its ids can be keys now. */
  for (guint i = 0; i < scan->children->len; i++)
    g_hash_table_insert (scan->positions, &g_array_index (scan->children, ScanChild, i).id,
                         GUINT_TO_POINTER (i + 1));
  return TRUE;
}

static gboolean
load_talks (HavenJob  *job,
            Scan      *scan,
            int        rule,
            GError   **error)
{
  sqlite3_stmt *stmt;
  sqlite3_stmt *before;
  g_autofree char *today = format_julian (scan->today_day);

  /* The latest talk of each kind, kept by the talks' triggers: one row
   * per child and kind. A latest one after the day asked about (a scan
   * of a past day) is looked up again, in the index, on or before it. */
  stmt = haven_db_prepare (job->db, "SELECT child_id, kind, date FROM talk_last", error);
  if (stmt == NULL)
    return FALSE;
  before = haven_db_prepare (job->db,
                             "SELECT max (date) FROM talk WHERE child_id = ?1 AND kind = ?2"
                             " AND date <> '' AND date <= ?3",
                             error);
  if (before == NULL)
    return FALSE;
  for (;;)
    {
      gboolean has_row;
      ScanChild *child;
      const char *date;
      gint64 child_id;
      int kind;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child_id = sqlite3_column_int64 (stmt, 0);
      kind = sqlite3_column_int (stmt, 1);
      if (kind < 0 || kind >= N_KINDS || (rule >= 0 && !haven_due_rule_counts_talk (rule, kind)))
        continue;
      child = child_by_id (scan, child_id);
      if (child == NULL)
        continue;
      date = haven_db_column_text (stmt, 2);
      if (strcmp (date, today) <= 0)
        {
          child->last[kind] = julian_of (date);
          continue;
        }

      sqlite3_bind_int64 (before, 1, child_id);
      sqlite3_bind_int (before, 2, kind);
      haven_db_bind_text (before, 3, today);
      if (!haven_db_step (job->db, before, &has_row, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
      if (has_row)
        child->last[kind] = julian_of (haven_db_column_text (before, 0));
      sqlite3_reset (before);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_pairings (HavenJob  *job,
               Scan      *scan,
               GError   **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *today = format_julian (scan->today_day);

  stmt = haven_db_prepare (job->db,
                           "SELECT p.child_id, p.start_date, p.end_date, coalesce (m.staff_id, 0), m.name"
                           " FROM pairing p JOIN mentor m ON m.id = p.mentor_id"
                           " WHERE p.start_date <> '' AND p.start_date <= ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, today);
  for (;;)
    {
      gboolean has_row;
      ScanChild *child;
      guint32 start, end;
      gboolean current;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child = child_by_id (scan, sqlite3_column_int64 (stmt, 0));
      start = julian_of (haven_db_column_text (stmt, 1));
      end = julian_of (haven_db_column_text (stmt, 2));
      if (child == NULL || start == 0)
        continue;
      current = end == 0 || end >= scan->today_day;

      /* A current pairing before an ended one; the latest of either. */
      if (child->pair_start != 0
          && ((child->pair_current && !current)
              || (child->pair_current == current
                  && (current ? start < child->pair_start : end < child->pair_end))))
        continue;
      child->pair_start = start;
      child->pair_end = end;
      child->pair_current = current;
      child->mentor_staff = sqlite3_column_int64 (stmt, 3);
      child->mentor_name = keep (scan, haven_db_column_text (stmt, 4));
    }
  return TRUE;
}

static gboolean
load_plans (HavenJob  *job,
            Scan      *scan,
            GError   **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *today = format_julian (scan->today_day);

  /* A review counts as held only if it was held by today. */
  stmt = haven_db_prepare (job->db,
                           "SELECT p.child_id, coalesce (p.staff_id, 0), coalesce (s.name, ''),"
                           " coalesce ((SELECT min (r.review_date) FROM plan_review r WHERE r.plan_id = p.id"
                           "   AND r.review_date <> '' AND (r.done_date = '' OR r.done_date > ?1)), ''),"
                           " coalesce ((SELECT max (r.done_date) FROM plan_review r WHERE r.plan_id = p.id"
                           "   AND r.done_date <> '' AND r.done_date <= ?1), '')"
                           " FROM individual_plan p LEFT JOIN staff s ON s.id = p.staff_id"
                           " WHERE p.start_date <> '' AND p.start_date <= ?1 AND (p.end_date = '' OR p.end_date >= ?1)",
                           error);
  if (stmt == NULL)
    return FALSE;
  haven_db_bind_text (stmt, 1, today);
  for (;;)
    {
      gboolean has_row;
      ScanChild *child;
      guint32 next, done;

      if (!haven_db_step (job->db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      child = child_by_id (scan, sqlite3_column_int64 (stmt, 0));
      if (child == NULL)
        continue;
      next = julian_of (haven_db_column_text (stmt, 3));
      done = julian_of (haven_db_column_text (stmt, 4));
      /* Two plans at once: the sooner review leads. */
      if (!child->plan || (next != 0 && (child->review_next == 0 || next < child->review_next)))
        {
          child->plan_staff = sqlite3_column_int64 (stmt, 1);
          child->plan_staff_name = keep (scan, haven_db_column_text (stmt, 2));
          child->review_next = next;
        }
      child->review_done = MAX (child->review_done, done);
      child->plan = TRUE;
    }
  return TRUE;
}

static gboolean
parse_today (const char  *text,
             GDate       *today,
             GError     **error)
{
  guint32 day;

  if (text == NULL || *text == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (today, 1);
      g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      return TRUE;
    }
  day = julian_of (text);
  if (day == 0 || strlen (text) != 10)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a date: please give it as YYYY-MM-DD, for example 2026-11-20."), text);
      return FALSE;
    }
  set_julian (today, day);
  return TRUE;
}

/* The children whose latest talk of the one rule is after the day asked
 * about (a scan of a past day): their latest on or before it, from the
 * talk_by_child_kind index. */
static gboolean
load_later (HavenJob  *job,
            Scan      *scan,
            GError   **error)
{
  sqlite3_stmt *stmt = haven_db_prepare (job->db,
                                         "SELECT max (date) FROM talk WHERE child_id = ?1 AND kind = ?2"
                                         " AND date <> '' AND date <= ?3",
                                         error);
  const int kinds[] = { scan->kind, scan->other_kind };

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < scan->children->len; i++)
    {
      ScanChild *child = &g_array_index (scan->children, ScanChild, i);

      if (!child->later)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          gboolean has_row;

          sqlite3_bind_int64 (stmt, 1, child->id);
          sqlite3_bind_int (stmt, 2, kinds[k]);
          haven_db_bind_text (stmt, 3, scan->today_text);
          if (!haven_db_step (job->db, stmt, &has_row, error))
            return FALSE;
          if (has_row)
            child->last[kinds[k]] = MAX (child->last[kinds[k]], julian_of (haven_db_column_text (stmt, 0)));
          sqlite3_reset (stmt);
        }
    }
  return TRUE;
}

/* rule: the one rule asked about, or -1 for every rule: what no rule
 * asked needs is not read. */
static gboolean
scan_load (HavenJob    *job,
           const char  *today,
           int          rule,
           Scan        *scan,
           GError     **error)
{
  gboolean ok;

  memset (scan, 0, sizeof *scan);
  if (!parse_today (today, &scan->today, error))
    return FALSE;
  scan->today_day = g_date_get_julian (&scan->today);
  scan->children = g_array_new (FALSE, TRUE, sizeof (ScanChild));
  scan->positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  scan->strings = g_string_chunk_new (64 * 1024);
  scan->me = haven_job_get_staff_id (job);
  scan->today_text = format_julian (scan->today_day);
  scan->rule = rule;
  scan->kind = rule >= 0 ? haven_due_rule_talk_kind (rule) : -1;
  scan->other_kind = scan->kind;
  /* A home visit also meets the guardian contact rule. */
  for (int kind = 0; scan->kind >= 0 && kind < N_KINDS; kind++)
    if (kind != scan->kind && haven_due_rule_counts_talk (rule, kind))
      scan->other_kind = kind;

  /* One read transaction: the figures agree with each other. */
  if (!haven_db_exec (job->db, "BEGIN", error))
    return FALSE;
  ok = load_rules (job, scan, error)
       && load_terms (job, scan, error)
       && load_children (job, scan, error)
       && (scan->kind >= 0 ? load_later (job, scan, error)
           : rule == HAVEN_DUE_RULE_PLAN_REVIEW || load_talks (job, scan, rule, error))
       && ((rule >= 0 && rule != HAVEN_DUE_RULE_MENTOR_TALK) || load_pairings (job, scan, error))
       && ((rule >= 0 && rule != HAVEN_DUE_RULE_PLAN_REVIEW) || load_plans (job, scan, error));
  haven_db_rollback (job->db);
  return ok;
}

static guint32
last_done_for (const ScanChild  *child,
               HavenDueRuleKind  rule)
{
  guint32 last = 0;

  for (guint kind = 0; kind < N_KINDS; kind++)
    if (haven_due_rule_counts_talk (rule, kind))
      last = MAX (last, child->last[kind]);
  return last;
}

/* What one rule asks of one child today. */
static void
evaluate (const Scan       *scan,
          const ScanChild  *child,
          HavenDueRuleKind  rule,
          ScanRow          *row)
{
  const HavenDueRule *settings = &scan->rules[rule];
  GDate last, since, until, due_by;
  guint32 since_day = child->since;
  guint32 until_day = 0;

  row->child = child;
  row->rule = rule;
  row->due_by = 0;

  switch (rule)
    {
    case HAVEN_DUE_RULE_PLAN_REVIEW:
      row->last_done = child->review_done;
      if (!child->plan)
        {
          row->status = HAVEN_DUE_NOT_APPLICABLE;
          row->mine = FALSE;
          return;
        }
      set_julian (&due_by, child->review_next);
      row->status = haven_due_evaluate_date (&scan->today, &due_by, settings->soon_days);
      row->due_by = child->review_next;
      row->mine = scan->me != 0 && (child->plan_staff == scan->me || child->teacher_id == scan->me);
      return;

    case HAVEN_DUE_RULE_MENTOR_TALK:
      row->last_done = last_done_for (child, rule);
      row->mine = scan->me != 0 && child->mentor_staff == scan->me;
      if (child->pair_start == 0)
        {
          row->status = HAVEN_DUE_NOT_APPLICABLE;
          return;
        }
      /* A new mentor starts afresh: the old pairing's misses stay with it. */
      since_day = MAX (since_day, child->pair_start);
      until_day = child->pair_end;
      break;

    case HAVEN_DUE_RULE_CLASS_TALK:
    case HAVEN_DUE_RULE_FAMILY_CALL:
    case HAVEN_DUE_RULE_GUARDIAN_CONTACT:
    case HAVEN_DUE_RULE_HOME_VISIT:
    default:
      row->last_done = last_done_for (child, rule);
      row->mine = scan->me != 0 && child->teacher_id == scan->me;
      break;
    }

  set_julian (&last, row->last_done);
  set_julian (&since, since_day);
  set_julian (&until, until_day);
  row->status = haven_due_evaluate (settings, &scan->today, &last, &since, &until,
                                    scan->terms, scan->n_terms, &due_by);
  row->due_by = g_date_valid (&due_by) ? g_date_get_julian (&due_by) : 0;
}

static const char *
responsible_for (const ScanRow *row)
{
  switch (row->rule)
    {
    case HAVEN_DUE_RULE_MENTOR_TALK:
      return row->child->mentor_name;
    case HAVEN_DUE_RULE_PLAN_REVIEW:
      return row->child->plan_staff_name;
    default:
      return row->child->teacher_name;
    }
}

/* The due list */

typedef struct
{
  char            *today;
  HavenDueRequest  request;   /* its today points at ours */
} Request;

static void
request_free (Request *request)
{
  g_free (request->today);
  g_free (request);
}

static gpointer
due_job (HavenJob  *job,
         gpointer   data,
         GError   **error)
{
  Request *request = data;
  const HavenDueRequest *r = &request->request;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  Scan scan;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  if (!scan_load (job, r->today, r->rule, &scan, error))
    {
      scan_clear (&scan);
      return NULL;
    }

  for (guint i = 0; i < scan.children->len; i++)
    {
      const ScanChild *child = &g_array_index (scan.children, ScanChild, i);

      if (r->class_id != 0 && child->class_id != r->class_id)
        continue;
      for (guint rule = 0; rule < HAVEN_N_DUE_RULES; rule++)
        {
          ScanRow row;

          if (!scan.active[rule] || (r->rule >= 0 && (guint) r->rule != rule))
            continue;
          evaluate (&scan, child, rule, &row);
          if (r->statuses != 0 && !(r->statuses & HAVEN_DUE_STATUS_BIT (row.status)))
            continue;
          if (r->scope == HAVEN_DUE_SCOPE_MINE && !row.mine)
            continue;

          {
            g_autofree char *last = format_julian (row.last_done);
            g_autofree char *due_by = format_julian (row.due_by);

            g_ptr_array_add (items, haven_due_item_new (child->id, child->name, child->class_id, child->class_name,
                                                        rule, row.status, last, due_by, responsible_for (&row)));
          }
        }
      if ((i & 1023) == 0 && g_cancellable_set_error_if_cancelled (job->cancellable, error))
        {
          scan_clear (&scan);
          return NULL;
        }
    }

  scan_clear (&scan);
  return g_steal_pointer (&items);
}

void
haven_store_due_async (HavenStore            *self,
                       const HavenDueRequest *request,
                       GCancellable          *cancellable,
                       GAsyncReadyCallback    callback,
                       gpointer               user_data)
{
  Request *copy;

  g_return_if_fail (HAVEN_IS_STORE (self));
  g_return_if_fail (request != NULL);

  copy = g_new0 (Request, 1);
  copy->request = *request;
  copy->today = g_strdup (request->today);
  copy->request.today = copy->today;
  haven_store_queue_job (self, haven_store_due_async, due_job, copy, (GDestroyNotify) request_free,
                         (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
haven_store_due_finish (HavenStore    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_due_async, error);
}

/* The overview's figures */

static void
coverage_free (gpointer data)
{
  HavenClassCoverage *coverage = data;

  g_free (coverage->class_name);
  g_free (coverage);
}

HavenDueSummary *
haven_due_summary_copy (const HavenDueSummary *summary)
{
  HavenDueSummary *copy = g_memdup2 (summary, sizeof *summary);

  copy->today = g_strdup (summary->today);
  copy->classes = g_ptr_array_new_full (summary->classes->len, coverage_free);
  for (guint i = 0; i < summary->classes->len; i++)
    {
      HavenClassCoverage *coverage = g_memdup2 (g_ptr_array_index (summary->classes, i), sizeof (HavenClassCoverage));

      coverage->class_name = g_strdup (coverage->class_name);
      g_ptr_array_add (copy->classes, coverage);
    }
  return copy;
}

void
haven_due_summary_free (HavenDueSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->today);
  g_clear_pointer (&summary->classes, g_ptr_array_unref);
  g_free (summary);
}

G_DEFINE_BOXED_TYPE (HavenDueSummary, haven_due_summary, haven_due_summary_copy, haven_due_summary_free)

/* Days from today to the next birthday on month * 100 + day; a birthday
 * on 29 February falls on 1 March in other years. */
static int
days_to_birthday (const GDate *today,
                  int          birthday)
{
  int year = g_date_get_year (today);
  int month = birthday / 100;
  int day = birthday % 100;

  for (int y = year; y <= year + 1; y++)
    {
      GDate next;
      int diff;

      g_date_clear (&next, 1);
      if (g_date_valid_dmy (day, month, y))
        g_date_set_dmy (&next, day, month, y);
      else
        g_date_set_dmy (&next, 1, G_DATE_MARCH, y);
      diff = g_date_days_between (today, &next);
      if (diff >= 0)
        return diff;
    }
  return G_MAXINT;
}

static gpointer
summary_job (HavenJob  *job,
             gpointer   data,
             GError   **error)
{
  g_autoptr(HavenDueSummary) summary = g_new0 (HavenDueSummary, 1);
  HavenClassCoverage *coverage = NULL;
  guint32 month_start;
  Scan scan;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  if (!scan_load (job, data, -1, &scan, error))
    {
      scan_clear (&scan);
      return NULL;
    }

  summary->today = format_julian (scan.today_day);
  summary->classes = g_ptr_array_new_with_free_func (coverage_free);
  summary->children = scan.children->len;
  memcpy (summary->active, scan.active, sizeof summary->active);
  month_start = scan.today_day - (g_date_get_day (&scan.today) - 1);

  for (guint i = 0; i < scan.children->len; i++)
    {
      const ScanChild *child = &g_array_index (scan.children, ScanChild, i);

      for (guint rule = 0; rule < HAVEN_N_DUE_RULES; rule++)
        {
          ScanRow row;

          if (!scan.active[rule])
            continue;
          evaluate (&scan, child, rule, &row);
          summary->school[rule][row.status]++;
          if (row.mine)
            summary->mine[rule][row.status]++;
        }

      /* The children come in class order: one entry per run of a class. */
      if (coverage == NULL || coverage->class_id != child->class_id)
        {
          coverage = g_new0 (HavenClassCoverage, 1);
          coverage->class_id = child->class_id;
          coverage->class_name = g_strdup (child->class_name);
          g_ptr_array_add (summary->classes, coverage);
        }
      coverage->children++;
      if (last_done_for (child, HAVEN_DUE_RULE_CLASS_TALK) >= month_start)
        coverage->talked++;

      if (child->care_risk != 0)
        summary->care_risk++;
      if (child->birthday != 0 && days_to_birthday (&scan.today, child->birthday) < HAVEN_DUE_BIRTHDAY_DAYS)
        summary->birthdays_ahead++;
    }

  scan_clear (&scan);
  return g_steal_pointer (&summary);
}

void
haven_store_due_summary_async (HavenStore          *self,
                               const char          *today,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job_full (self, haven_store_due_summary_async, HAVEN_JOB_PRIORITY_BACKGROUND, summary_job, g_strdup (today), g_free,
                         (GDestroyNotify) haven_due_summary_free, cancellable, callback, user_data);
}

HavenDueSummary *
haven_store_due_summary_finish (HavenStore    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_due_summary_async, error);
}

/* --due */

/* A cell of the table: tabs and line breaks would split it. */
static void
append_cell (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
}

static gpointer
table_job (HavenJob  *job,
           gpointer   data,
           GError   **error)
{
  GString *out;
  Scan scan;

  if (!haven_job_ensure_open (job, error))
    return NULL;
  if (!scan_load (job, data, -1, &scan, error))
    {
      scan_clear (&scan);
      return NULL;
    }

  out = g_string_sized_new (64 * scan.children->len * HAVEN_N_DUE_RULES + 64);
  /* Translators: the header of `haven --due`; the columns are separated by
   * tabs, keep them. */
  g_string_append (out, _("Child\tClass\tRule\tLast done\tStatus"));
  g_string_append_c (out, '\n');

  for (guint i = 0; i < scan.children->len; i++)
    {
      const ScanChild *child = &g_array_index (scan.children, ScanChild, i);

      for (guint rule = 0; rule < HAVEN_N_DUE_RULES; rule++)
        {
          g_autofree char *last = NULL;
          ScanRow row;

          if (!scan.active[rule])
            continue;
          evaluate (&scan, child, rule, &row);
          last = format_julian (row.last_done);
          append_cell (out, child->name);
          g_string_append_c (out, '\t');
          append_cell (out, child->class_name);
          g_string_append_c (out, '\t');
          g_string_append (out, haven_label_due_rule (rule));
          g_string_append_c (out, '\t');
          g_string_append (out, *last != '\0' ? last : "-");
          g_string_append_c (out, '\t');
          g_string_append (out, haven_label_due_status (row.status));
          g_string_append_c (out, '\n');
        }
    }

  scan_clear (&scan);
  return g_string_free (out, FALSE);
}

void
haven_store_due_table_async (HavenStore          *self,
                             const char          *today,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (HAVEN_IS_STORE (self));

  haven_store_queue_job (self, haven_store_due_table_async, table_job, g_strdup (today), g_free, g_free,
                         cancellable, callback, user_data);
}

char *
haven_store_due_table_finish (HavenStore    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return haven_store_finish_job (self, result, haven_store_due_table_async, error);
}
