/* haven-child-file.h: a child's whole contact card (联系卡)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-child.h"
#include "haven-guardian.h"
#include "haven-parent.h"

G_BEGIN_DECLS

/* What a complete file (建档) needs; a bit each, so the store can keep the
 * count in a column and the page can say what is missing. */
typedef enum /*< flags >*/
{
  HAVEN_MISSING_NONE             = 0,
  HAVEN_MISSING_NAME             = 1 << 0,
  HAVEN_MISSING_GENDER           = 1 << 1,
  HAVEN_MISSING_BIRTH_DATE       = 1 << 2,
  HAVEN_MISSING_CLASS            = 1 << 3,
  HAVEN_MISSING_ADDRESS          = 1 << 4,
  HAVEN_MISSING_REASON           = 1 << 5,
  HAVEN_MISSING_GUARDIAN_NAME    = 1 << 6,
  HAVEN_MISSING_GUARDIAN_PHONE   = 1 << 7,
  HAVEN_MISSING_PARENT_PHONE     = 1 << 8,
  HAVEN_MISSING_FATHER_WORKPLACE = 1 << 9,
  HAVEN_MISSING_MOTHER_WORKPLACE = 1 << 10,
} HavenMissing;

#define HAVEN_TYPE_CHILD_FILE (haven_child_file_get_type ())

G_DECLARE_FINAL_TYPE (HavenChildFile, haven_child_file, HAVEN, CHILD_FILE, GObject)

/* A new, empty file: a child, a father, a mother and a guardian. */
HavenChildFile *haven_child_file_new           (void);
HavenChildFile *haven_child_file_new_full      (HavenChild     *child,
                                                HavenParent    *father,
                                                HavenParent    *mother,
                                                HavenGuardian  *guardian);
HavenChildFile *haven_child_file_dup           (HavenChildFile *self);
HavenChild     *haven_child_file_get_child     (HavenChildFile *self);
HavenParent    *haven_child_file_get_father    (HavenChildFile *self);
HavenParent    *haven_child_file_get_mother    (HavenChildFile *self);
HavenGuardian  *haven_child_file_get_guardian  (HavenChildFile *self);
HavenMissing    haven_child_file_get_missing   (HavenChildFile *self);
guint           haven_missing_count            (HavenMissing    missing);

/* The problems of the whole file (HavenProblem), keyed "child.name",
 * "guardian.phone" …: each record's own rules, judged on today. Every
 * form, importer and command line asks this same function. */
GPtrArray      *haven_child_file_check         (HavenChildFile *self,
                                                const GDate    *today);
/* Puts every record in its stored form and fills the computed fields
 * (pinyin, phones, the missing count). Runs on every save. */
void            haven_child_file_normalise     (HavenChildFile *self);
/* The record of a part: "child", "father", "mother" or "guardian". */
HavenRecord    *haven_child_file_get_part      (HavenChildFile *self,
                                                const char     *part);

G_END_DECLS
