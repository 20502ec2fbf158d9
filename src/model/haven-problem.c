/* haven-problem.c: what is wrong with a field, as the model's checkers say it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-problem"

#include "config.h"

#include "haven-problem.h"

G_DEFINE_BOXED_TYPE (HavenProblem, haven_problem, haven_problem_copy, haven_problem_free)

HavenProblem *
haven_problem_new (const char    *key,
                   HavenSeverity  severity,
                   const char    *message)
{
  HavenProblem *problem;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  problem = g_new0 (HavenProblem, 1);
  problem->key = g_strdup (key);
  problem->severity = severity;
  problem->message = g_strdup (message);
  return problem;
}

HavenProblem *
haven_problem_copy (const HavenProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);
  return haven_problem_new (problem->key, problem->severity, problem->message);
}

void
haven_problem_free (HavenProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->key);
  g_free (problem->message);
  g_free (problem);
}

GPtrArray *
haven_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) haven_problem_free);
}

void
haven_problems_add (GPtrArray     *problems,
                    const char    *key,
                    HavenSeverity  severity,
                    const char    *message)
{
  g_return_if_fail (problems != NULL);
  g_ptr_array_add (problems, haven_problem_new (key, severity, message));
}

const HavenProblem *
haven_problems_find (GPtrArray  *problems,
                     const char *key)
{
  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const HavenProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->key, key))
        return problem;
    }
  return NULL;
}

const HavenProblem *
haven_problems_first_error (GPtrArray *problems)
{
  g_return_val_if_fail (problems != NULL, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const HavenProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == HAVEN_SEVERITY_ERROR)
        return problem;
    }
  return NULL;
}
