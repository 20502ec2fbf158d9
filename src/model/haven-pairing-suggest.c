/* haven-pairing-suggest.c: proposing mentors for the unpaired children
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-pairing-suggest"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "haven-pairing-rules.h"
#include "haven-pairing-suggest.h"

typedef struct
{
  HavenSuggestMentor  mentor;
  GHashTable         *villages;   /* village (owned) → count */
} Mentor;

typedef struct
{
  HavenSuggestChild   child;
  char               *village;    /* owned; child.village points here */
} Child;

struct _HavenPairingSuggester
{
  GArray     *mentors;     /* Mentor, in board order */
  GHashTable *by_id;       /* gint64 mentor id → index + 1 */
  GArray     *children;    /* Child */
};

static void
mentor_clear (gpointer data)
{
  Mentor *mentor = data;

  g_clear_pointer (&mentor->villages, g_hash_table_unref);
}

static void
child_clear (gpointer data)
{
  Child *child = data;

  g_clear_pointer (&child->village, g_free);
}

HavenPairingSuggester *
haven_pairing_suggester_new (void)
{
  HavenPairingSuggester *self = g_new0 (HavenPairingSuggester, 1);

  self->mentors = g_array_new (FALSE, TRUE, sizeof (Mentor));
  g_array_set_clear_func (self->mentors, mentor_clear);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->children = g_array_new (FALSE, TRUE, sizeof (Child));
  g_array_set_clear_func (self->children, child_clear);
  return self;
}

void
haven_pairing_suggester_free (HavenPairingSuggester *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->mentors);
  g_hash_table_unref (self->by_id);
  g_array_unref (self->children);
  g_free (self);
}

void
haven_pairing_suggester_add_mentor (HavenPairingSuggester    *self,
                                    const HavenSuggestMentor *mentor)
{
  Mentor entry = { 0 };

  g_return_if_fail (self != NULL && mentor != NULL);
  g_return_if_fail (!g_hash_table_contains (self->by_id, &mentor->id));

  entry.mentor = *mentor;
  entry.villages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_append_val (self->mentors, entry);
  g_hash_table_insert (self->by_id, g_memdup2 (&mentor->id, sizeof mentor->id),
                       GUINT_TO_POINTER (self->mentors->len));
}

static Mentor *
find_mentor (HavenPairingSuggester *self,
             gint64                 id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, &id));

  return index > 0 ? &g_array_index (self->mentors, Mentor, index - 1) : NULL;
}

static void
count_village (Mentor     *mentor,
               const char *village)
{
  guint n;

  if (village == NULL || *village == '\0')
    return;
  n = GPOINTER_TO_UINT (g_hash_table_lookup (mentor->villages, village));
  g_hash_table_replace (mentor->villages, g_strdup (village), GUINT_TO_POINTER (n + 1));
}

void
haven_pairing_suggester_add_mentee (HavenPairingSuggester *self,
                                    gint64                 mentor_id,
                                    const char            *village)
{
  Mentor *mentor;

  g_return_if_fail (self != NULL);

  mentor = find_mentor (self, mentor_id);
  if (mentor != NULL)
    count_village (mentor, village);
}

void
haven_pairing_suggester_add_child (HavenPairingSuggester   *self,
                                   const HavenSuggestChild *child)
{
  Child entry = { 0 };

  g_return_if_fail (self != NULL && child != NULL);

  entry.child = *child;
  entry.village = g_strdup (child->village != NULL ? child->village : "");
  entry.child.village = entry.village;
  g_array_append_val (self->children, entry);
}

/* Which rule, if any, makes mentor a candidate for child. */
#define RULE_NONE (-1)

static int
rule_for (const Mentor *mentor,
          const Child  *child,
          guint        *in_village)
{
  const HavenSuggestMentor *m = &mentor->mentor;
  const HavenSuggestChild *c = &child->child;

  *in_village = 0;
  if (!haven_pairing_has_room (m->load, m->capacity))
    return RULE_NONE;
  /* Nobody mentors their own file or their own child. */
  if (m->child_id != 0 && m->child_id == c->id)
    return RULE_NONE;

  if (c->class_teacher_id != 0 && m->staff_id == c->class_teacher_id)
    return HAVEN_SUGGEST_CLASS_TEACHER;
  if (c->class_id != 0 && m->kind == HAVEN_MENTOR_KIND_TEACHER && m->class_id == c->class_id)
    return HAVEN_SUGGEST_TEACHES_CLASS;
  if (*c->village != '\0')
    {
      *in_village = GPOINTER_TO_UINT (g_hash_table_lookup (mentor->villages, c->village));
      if (*in_village > 0)
        return HAVEN_SUGGEST_SAME_VILLAGE;
    }
  return HAVEN_SUGGEST_LOWEST_LOAD;
}

/* Whether candidate a is better than b, both found by rule. */
static gboolean
better (const Mentor *a,
        guint         a_village,
        const Mentor *b,
        guint         b_village,
        int           rule)
{
  if (rule == HAVEN_SUGGEST_SAME_VILLAGE && a_village != b_village)
    return a_village > b_village;
  /* Then the lighter load; then the board's order, which the caller
   * keeps by scanning in it and taking only strictly better ones. */
  return a->mentor.load < b->mentor.load;
}

static void
serve (HavenPairingSuggester *self,
       Child                 *child,
       GArray                *out)
{
  HavenSuggestion suggestion = { 0 };
  Mentor *best = NULL;
  guint best_village = 0;
  int best_rule = HAVEN_SUGGEST_NO_ROOM;

  for (guint i = 0; i < self->mentors->len; i++)
    {
      Mentor *mentor = &g_array_index (self->mentors, Mentor, i);
      guint in_village;
      int rule = rule_for (mentor, child, &in_village);

      if (rule == RULE_NONE)
        continue;
      /* A rule earlier in the order of preference always wins. */
      if (best == NULL || rule < best_rule
          || (rule == best_rule && better (mentor, in_village, best, best_village, rule)))
        {
          best = mentor;
          best_village = in_village;
          best_rule = rule;
        }
    }

  suggestion.child_id = child->child.id;
  suggestion.reason = best_rule;
  if (best != NULL)
    {
      suggestion.mentor_id = best->mentor.id;
      suggestion.load = best->mentor.load;
      suggestion.capacity = best->mentor.capacity;
      suggestion.in_village = best_village;
      best->mentor.load++;
      count_village (best, child->child.village);
    }
  g_array_append_val (out, suggestion);
}

GArray *
haven_pairing_suggester_run (HavenPairingSuggester *self)
{
  GArray *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_array_sized_new (FALSE, TRUE, sizeof (HavenSuggestion), self->children->len);
  /* Key-support children first: they need a mentor most. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->children->len; i++)
      {
        Child *child = &g_array_index (self->children, Child, i);

        if ((pass == 0) == (child->child.key_support != FALSE))
          serve (self, child, out);
      }
  return out;
}

char *
haven_suggestion_describe (const HavenSuggestion *suggestion,
                           const char            *class_name,
                           const char            *village)
{
  g_return_val_if_fail (suggestion != NULL, NULL);

  switch (suggestion->reason)
    {
    case HAVEN_SUGGEST_CLASS_TEACHER:
      /* Translators: why a mentor is proposed; %s is a class, 三年级（2）班. */
      return g_strdup_printf (_("Class teacher of %s"), class_name != NULL ? class_name : "");
    case HAVEN_SUGGEST_TEACHES_CLASS:
      /* Translators: why a mentor is proposed; %s is a class. */
      return g_strdup_printf (_("Teaches %s"), class_name != NULL ? class_name : "");
    case HAVEN_SUGGEST_SAME_VILLAGE:
      /* Translators: why a mentor is proposed: home visits are feasible.
       * %d is a number of children, %s a village. */
      return g_strdup_printf (ngettext ("Has %d child in %s already", "Has %d children in %s already",
                                        suggestion->in_village),
                              suggestion->in_village, village != NULL ? village : "");
    case HAVEN_SUGGEST_LOWEST_LOAD:
      /* Translators: why a mentor is proposed: the mentor's load before
       * this child, of the capacity, "Lowest load: 1 of 3". */
      return g_strdup_printf (_("Lowest load: %d of %d"), suggestion->load, suggestion->capacity);
    case HAVEN_SUGGEST_NO_ROOM:
      return g_strdup (_("No mentor has room"));
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}
