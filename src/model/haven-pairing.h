/* haven-pairing.h: a mentor paired with a child (结对)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-record.h"

G_BEGIN_DECLS

/* Field numbers, in the order of the field table; derived fields last. */
typedef enum
{
  HAVEN_PAIRING_CHILD_ID,
  HAVEN_PAIRING_MENTOR_ID,
  HAVEN_PAIRING_START_DATE,
  /* The day the pairing ended: from then on the child is not with this
   * mentor. "" while it runs. */
  HAVEN_PAIRING_END_DATE,
  /* The plan (帮扶计划): when, what, and the effect it aims at. */
  HAVEN_PAIRING_PLAN_SCHEDULE,
  HAVEN_PAIRING_PLAN_CONTENT,
  HAVEN_PAIRING_PLAN_GOAL,
  /* 结对类型: the mentor's kind when paired, unless changed. */
  HAVEN_PAIRING_KIND,
  HAVEN_PAIRING_CHILD_NAME,
  HAVEN_PAIRING_MENTOR_NAME,
  HAVEN_PAIRING_MENTOR_KIND,
  HAVEN_PAIRING_CLASS_NAME,
  HAVEN_PAIRING_CHILD_VILLAGE,
  HAVEN_PAIRING_CHILD_KEY_SUPPORT,
  HAVEN_PAIRING_CHILD_STUDY_LEVEL,
  HAVEN_PAIRING_CHILD_MISSING,
  HAVEN_PAIRING_N_CHECKS,
  HAVEN_PAIRING_LAST_CHECK_DATE,
  HAVEN_PAIRING_LAST_PROGRESS,
  /* The child's care-risk flags (HavenCareRisk), from the file. */
  HAVEN_PAIRING_CHILD_CARE_RISK,
  /* The child's latest mentor talk, with any mentor; "" for none. */
  HAVEN_PAIRING_LAST_MENTOR_TALK,
  HAVEN_PAIRING_N_FIELDS
} HavenPairingField;

#define HAVEN_TYPE_PAIRING (haven_pairing_get_type ())

G_DECLARE_FINAL_TYPE (HavenPairing, haven_pairing, HAVEN, PAIRING, HavenRecord)

HavenPairing *haven_pairing_new (void);

G_END_DECLS
