/* haven-schema.c: every record type the store knows, and who serves it
 *
 * A new record type costs its own .c/.h, a migration, and one line in
 * record_types[] (plus, if it has derived fields or a query type of its
 * own, the feature's lines below).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-schema"

#include "config.h"

#include "haven-activity.h"
#include "haven-activity-query.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-child-query.h"
#include "haven-concerned-class.h"
#include "haven-due-setting.h"
#include "haven-growth-entry.h"
#include "haven-guardian.h"
#include "haven-mentor.h"
#include "haven-mentor-query.h"
#include "haven-owned-query.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-pairing-query.h"
#include "haven-parent.h"
#include "haven-plan.h"
#include "haven-school-class.h"
#include "haven-school-info.h"
#include "haven-staff.h"
#include "haven-store-features.h"
#include "haven-talk.h"
#include "haven-talk-query.h"
#include "haven-term.h"

typedef struct
{
  GType                (*get_type) (void);
  const HavenDerivedSql *derived;
} RecordType;

static const RecordType record_types[] = {
  { haven_school_info_get_type, NULL },
  { haven_term_get_type, NULL },
  { haven_staff_get_type, NULL },
  { haven_school_class_get_type, &haven_school_class_derived_sql },
  { haven_child_get_type, &haven_child_derived_sql },
  { haven_parent_get_type, NULL },
  { haven_guardian_get_type, NULL },
  { haven_mentor_get_type, &haven_mentor_derived_sql },
  { haven_pairing_get_type, &haven_pairing_derived_sql },
  { haven_pairing_check_get_type, NULL },
  { haven_activity_get_type, &haven_activity_derived_sql },
  { haven_attendance_get_type, &haven_attendance_derived_sql },
  { haven_talk_get_type, &haven_talk_derived_sql },
  { haven_change_get_type, NULL },
  { haven_concerned_class_get_type, &haven_concerned_class_derived_sql },
  { haven_due_setting_get_type, NULL },
  { haven_growth_entry_get_type, &haven_growth_entry_derived_sql },
  { haven_plan_get_type, &haven_plan_derived_sql },
  { haven_plan_review_get_type, NULL },
};

typedef struct
{
  GType          (*get_type) (void);
  HavenQueryFunc   func;
} QueryType;

static const QueryType query_types[] = {
  { haven_child_query_get_type, haven_store_children_query },
  { haven_owned_query_get_type, haven_store_owned_query },
  { haven_pairing_query_get_type, haven_store_pairings_query },
  { haven_mentor_query_get_type, haven_store_mentors_query },
  { haven_activity_query_get_type, haven_store_activities_query },
  { haven_talk_query_get_type, haven_store_talks_query },
};

static const HavenOpenFunc open_hooks[] = {
  haven_store_children_open,
  haven_store_pairings_open,
  haven_store_activities_open,
  haven_store_care_open,
};

const GType *
haven_schema_get_types (guint *n_types)
{
  static GType types[G_N_ELEMENTS (record_types)];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
        types[i] = record_types[i].get_type ();
      g_once_init_leave (&initialized, 1);
    }
  *n_types = G_N_ELEMENTS (types);
  return types;
}

const HavenDerivedSql *
haven_schema_get_derived (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
    if (record_types[i].get_type () == type)
      return record_types[i].derived;
  g_critical ("%s is not a registered record type", g_type_name (type));
  return NULL;
}

HavenQueryFunc
haven_schema_get_query_func (GType query_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (query_types); i++)
    if (query_types[i].get_type () == query_type)
      return query_types[i].func;
  return NULL;
}

const HavenOpenFunc *
haven_schema_get_open_hooks (guint *n_hooks)
{
  *n_hooks = G_N_ELEMENTS (open_hooks);
  return open_hooks;
}
