/* haven-problem.h: what is wrong with a field, as the model's checkers say it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HAVEN_SEVERITY_WARNING,  /* worth a look; the record can still be saved */
  HAVEN_SEVERITY_ERROR,    /* the record is refused until it is mended */
} HavenSeverity;

typedef struct
{
  char          *key;       /* the field: "phone", or "guardian.phone" in a child's file */
  HavenSeverity  severity;
  char          *message;   /* translated, for the person at the form */
} HavenProblem;

#define HAVEN_TYPE_PROBLEM (haven_problem_get_type ())

GType               haven_problem_get_type     (void) G_GNUC_CONST;
HavenProblem       *haven_problem_new          (const char    *key,
                                                HavenSeverity  severity,
                                                const char    *message);
HavenProblem       *haven_problem_copy         (const HavenProblem *problem);
void                haven_problem_free         (HavenProblem  *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HavenProblem, haven_problem_free)

/* A GPtrArray of HavenProblem that frees them. */
GPtrArray          *haven_problems_new         (void);
void                haven_problems_add         (GPtrArray     *problems,
                                                const char    *key,
                                                HavenSeverity  severity,
                                                const char    *message);
/* The first problem of key, or NULL. */
const HavenProblem *haven_problems_find        (GPtrArray     *problems,
                                                const char    *key);
/* The first error, or NULL when there are only warnings or nothing. */
const HavenProblem *haven_problems_first_error (GPtrArray     *problems);

G_END_DECLS
