/* haven-query.c: what a list shows: the kind of record, filters and order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-query"

#include "config.h"

#include "haven-activity.h"
#include "haven-attendance.h"
#include "haven-change.h"
#include "haven-child.h"
#include "haven-mentor.h"
#include "haven-pairing.h"
#include "haven-pairing-check.h"
#include "haven-parent.h"
#include "haven-query.h"
#include "haven-school-class.h"
#include "haven-staff.h"
#include "haven-talk.h"
#include "haven-term.h"

struct _HavenQuery
{
  GObject         parent_instance;

  HavenQueryKind  kind;
  char *search;
  HavenSort sort;
  HavenRoll roll;
  gint64 class_id;
  int grade;
  int reason;
  gboolean key_support;
  gboolean incomplete;
  gboolean no_mentor;
  gint64 owner_id;
  gint64 child_id;
  char *today;
  char           *from;
  char           *to;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_SEARCH,
  PROP_SORT,
  PROP_ROLL,
  PROP_CLASS_ID,
  PROP_GRADE,
  PROP_REASON,
  PROP_KEY_SUPPORT,
  PROP_INCOMPLETE,
  PROP_NO_MENTOR,
  PROP_OWNER_ID,
  PROP_CHILD_ID,
  PROP_TODAY,
  PROP_FROM,
  PROP_TO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenQuery, haven_query, G_TYPE_OBJECT)

static void
haven_query_finalize (GObject *object)
{
  HavenQuery *self = HAVEN_QUERY (object);

  g_free (self->search);
  g_free (self->today);
  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (haven_query_parent_class)->finalize (object);
}

static void
haven_query_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HavenQuery *self = HAVEN_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_ROLL:
      g_value_set_int (value, self->roll);
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, self->class_id);
      break;
    case PROP_GRADE:
      g_value_set_int (value, self->grade);
      break;
    case PROP_REASON:
      g_value_set_int (value, self->reason);
      break;
    case PROP_KEY_SUPPORT:
      g_value_set_boolean (value, self->key_support);
      break;
    case PROP_INCOMPLETE:
      g_value_set_boolean (value, self->incomplete);
      break;
    case PROP_NO_MENTOR:
      g_value_set_boolean (value, self->no_mentor);
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;
    case PROP_TO:
      g_value_set_string (value, self->to);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_query_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HavenQuery *self = HAVEN_QUERY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_SEARCH:
      haven_query_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      haven_query_set_sort (self, g_value_get_int (value));
      break;
    case PROP_ROLL:
      haven_query_set_roll (self, g_value_get_int (value));
      break;
    case PROP_CLASS_ID:
      haven_query_set_class_id (self, g_value_get_int64 (value));
      break;
    case PROP_GRADE:
      haven_query_set_grade (self, g_value_get_int (value));
      break;
    case PROP_REASON:
      haven_query_set_reason (self, g_value_get_int (value));
      break;
    case PROP_KEY_SUPPORT:
      haven_query_set_key_support (self, g_value_get_boolean (value));
      break;
    case PROP_INCOMPLETE:
      haven_query_set_incomplete (self, g_value_get_boolean (value));
      break;
    case PROP_NO_MENTOR:
      haven_query_set_no_mentor (self, g_value_get_boolean (value));
      break;
    case PROP_OWNER_ID:
      haven_query_set_owner_id (self, g_value_get_int64 (value));
      break;
    case PROP_CHILD_ID:
      haven_query_set_child_id (self, g_value_get_int64 (value));
      break;
    case PROP_TODAY:
      haven_query_set_today (self, g_value_get_string (value));
      break;
    case PROP_FROM:
      haven_query_set_range (self, g_value_get_string (value), self->to);
      break;
    case PROP_TO:
      haven_query_set_range (self, self->from, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_query_class_init (HavenQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = haven_query_finalize;
  object_class->get_property = haven_query_get_property;
  object_class->set_property = haven_query_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, HAVEN_QUERY_TERMS, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, "", flags);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, -1, G_MAXINT, HAVEN_SORT_CLASS, flags);
  properties[PROP_ROLL] =
    g_param_spec_int ("roll", NULL, NULL, -1, G_MAXINT, HAVEN_ROLL_CURRENT, flags);
  properties[PROP_CLASS_ID] =
    g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_GRADE] =
    g_param_spec_int ("grade", NULL, NULL, -1, G_MAXINT, 0, flags);
  properties[PROP_REASON] =
    g_param_spec_int ("reason", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_KEY_SUPPORT] =
    g_param_spec_boolean ("key-support", NULL, NULL, FALSE, flags);
  properties[PROP_INCOMPLETE] =
    g_param_spec_boolean ("incomplete", NULL, NULL, FALSE, flags);
  properties[PROP_NO_MENTOR] =
    g_param_spec_boolean ("no-mentor", NULL, NULL, FALSE, flags);
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHILD_ID] =
    g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, "", flags);
  properties[PROP_FROM] = g_param_spec_string ("from", NULL, NULL, "", flags);
  properties[PROP_TO] = g_param_spec_string ("to", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_query_init (HavenQuery *self)
{
  self->search = g_strdup ("");
  self->today = g_strdup ("");
  self->from = g_strdup ("");
  self->to = g_strdup ("");
  self->reason = -1;
}

HavenQuery *
haven_query_new (HavenQueryKind kind)
{
  return g_object_new (HAVEN_TYPE_QUERY, "kind", kind, NULL);
}

HavenQuery *
haven_query_copy (HavenQuery *self)
{
  HavenQuery *copy;

  g_return_val_if_fail (HAVEN_IS_QUERY (self), NULL);

  copy = haven_query_new (self->kind);
  g_free (copy->search);
  copy->search = g_strdup (self->search);
  copy->sort = self->sort;
  copy->roll = self->roll;
  copy->class_id = self->class_id;
  copy->grade = self->grade;
  copy->reason = self->reason;
  copy->key_support = self->key_support;
  copy->incomplete = self->incomplete;
  copy->no_mentor = self->no_mentor;
  copy->owner_id = self->owner_id;
  copy->child_id = self->child_id;
  g_free (copy->today);
  copy->today = g_strdup (self->today);
  haven_query_set_range (copy, self->from, self->to);
  return copy;
}

GType
haven_query_get_item_type (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), G_TYPE_INVALID);

  switch (self->kind)
    {
    case HAVEN_QUERY_CHILDREN:       return HAVEN_TYPE_CHILD;
    case HAVEN_QUERY_PARENTS:        return HAVEN_TYPE_PARENT;
    case HAVEN_QUERY_PAIRINGS:       return HAVEN_TYPE_PAIRING;
    case HAVEN_QUERY_PAIRING_CHECKS: return HAVEN_TYPE_PAIRING_CHECK;
    case HAVEN_QUERY_MENTORS:        return HAVEN_TYPE_MENTOR;
    case HAVEN_QUERY_ACTIVITIES:     return HAVEN_TYPE_ACTIVITY;
    case HAVEN_QUERY_ATTENDANCE:     return HAVEN_TYPE_ATTENDANCE;
    case HAVEN_QUERY_TALKS:          return HAVEN_TYPE_TALK;
    case HAVEN_QUERY_CHANGES:        return HAVEN_TYPE_CHANGE;
    case HAVEN_QUERY_STAFF:          return HAVEN_TYPE_STAFF;
    case HAVEN_QUERY_CLASSES:        return HAVEN_TYPE_SCHOOL_CLASS;
    case HAVEN_QUERY_TERMS:          return HAVEN_TYPE_TERM;
    default:                         g_return_val_if_reached (G_TYPE_INVALID);
    }
}

HavenQueryKind
haven_query_get_kind (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), 0);
  return self->kind;
}

const char *
haven_query_get_search (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return self->search;
}

void
haven_query_set_search (HavenQuery *self,
                       const char *search)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (search == NULL)
    search = "";
  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

HavenSort
haven_query_get_sort (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), HAVEN_SORT_CLASS);
  return self->sort;
}

void
haven_query_set_sort (HavenQuery *self,
                     HavenSort sort)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->sort == sort)
    return;
  self->sort = sort;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

HavenRoll
haven_query_get_roll (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), HAVEN_ROLL_CURRENT);
  return self->roll;
}

void
haven_query_set_roll (HavenQuery *self,
                     HavenRoll roll)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->roll == roll)
    return;
  self->roll = roll;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLL]);
}

gint64
haven_query_get_class_id (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), 0);
  return self->class_id;
}

void
haven_query_set_class_id (HavenQuery *self,
                         gint64 class_id)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->class_id == class_id)
    return;
  self->class_id = class_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
}

int
haven_query_get_grade (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), 0);
  return self->grade;
}

void
haven_query_set_grade (HavenQuery *self,
                      int grade)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->grade == grade)
    return;
  self->grade = grade;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRADE]);
}

int
haven_query_get_reason (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), -1);
  return self->reason;
}

void
haven_query_set_reason (HavenQuery *self,
                       int reason)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->reason == reason)
    return;
  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

gboolean
haven_query_get_key_support (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), FALSE);
  return self->key_support;
}

void
haven_query_set_key_support (HavenQuery *self,
                            gboolean key_support)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  key_support = !!key_support;
  if (self->key_support == key_support)
    return;
  self->key_support = key_support;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_SUPPORT]);
}

gboolean
haven_query_get_incomplete (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), FALSE);
  return self->incomplete;
}

void
haven_query_set_incomplete (HavenQuery *self,
                           gboolean incomplete)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  incomplete = !!incomplete;
  if (self->incomplete == incomplete)
    return;
  self->incomplete = incomplete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCOMPLETE]);
}

gboolean
haven_query_get_no_mentor (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), FALSE);
  return self->no_mentor;
}

void
haven_query_set_no_mentor (HavenQuery *self,
                          gboolean no_mentor)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  no_mentor = !!no_mentor;
  if (self->no_mentor == no_mentor)
    return;
  self->no_mentor = no_mentor;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NO_MENTOR]);
}

gint64
haven_query_get_owner_id (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), 0);
  return self->owner_id;
}

void
haven_query_set_owner_id (HavenQuery *self,
                         gint64 owner_id)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->owner_id == owner_id)
    return;
  self->owner_id = owner_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

gint64
haven_query_get_child_id (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), 0);
  return self->child_id;
}

void
haven_query_set_child_id (HavenQuery *self,
                         gint64 child_id)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (self->child_id == child_id)
    return;
  self->child_id = child_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_ID]);
}

const char *
haven_query_get_today (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return self->today;
}

void
haven_query_set_today (HavenQuery *self,
                      const char *today)
{
  g_return_if_fail (HAVEN_IS_QUERY (self));
  if (today == NULL)
    today = "";
  if (g_strcmp0 (self->today, today) == 0)
    return;
  g_free (self->today);
  self->today = g_strdup (today);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

const char *
haven_query_get_from (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return self->from;
}

const char *
haven_query_get_to (HavenQuery *self)
{
  g_return_val_if_fail (HAVEN_IS_QUERY (self), "");
  return self->to;
}

void
haven_query_set_range (HavenQuery *self,
                       const char *from,
                       const char *to)
{
  g_autofree char *old_from = NULL;
  g_autofree char *old_to = NULL;

  g_return_if_fail (HAVEN_IS_QUERY (self));
  from = from != NULL ? from : "";
  to = to != NULL ? to : "";

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->from, from) != 0)
    {
      old_from = g_steal_pointer (&self->from);
      self->from = g_strdup (from);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
    }
  if (g_strcmp0 (self->to, to) != 0)
    {
      old_to = g_steal_pointer (&self->to);
      self->to = g_strdup (to);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
