/* haven-child-file.c: a child's whole contact card (联系卡)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-file"

#include "config.h"

#include "haven-care-risk.h"
#include "haven-child-file.h"
#include "haven-record-rules.h"
#include "haven-validate.h"

struct _HavenChildFile
{
  GObject        parent_instance;

  HavenChild    *child;     /* owned */
  HavenParent   *father;    /* owned */
  HavenParent   *mother;    /* owned */
  HavenGuardian *guardian;  /* owned */
};

enum {
  PROP_0,
  PROP_CHILD,
  PROP_FATHER,
  PROP_MOTHER,
  PROP_GUARDIAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenChildFile, haven_child_file, G_TYPE_OBJECT)

static void
haven_child_file_dispose (GObject *object)
{
  HavenChildFile *self = HAVEN_CHILD_FILE (object);

  g_clear_object (&self->child);
  g_clear_object (&self->father);
  g_clear_object (&self->mother);
  g_clear_object (&self->guardian);

  G_OBJECT_CLASS (haven_child_file_parent_class)->dispose (object);
}

static void
haven_child_file_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HavenChildFile *self = HAVEN_CHILD_FILE (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_FATHER:
      g_value_set_object (value, self->father);
      break;
    case PROP_MOTHER:
      g_value_set_object (value, self->mother);
      break;
    case PROP_GUARDIAN:
      g_value_set_object (value, self->guardian);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_file_class_init (HavenChildFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = haven_child_file_dispose;
  object_class->get_property = haven_child_file_get_property;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, HAVEN_TYPE_CHILD, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FATHER] =
    g_param_spec_object ("father", NULL, NULL, HAVEN_TYPE_PARENT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOTHER] =
    g_param_spec_object ("mother", NULL, NULL, HAVEN_TYPE_PARENT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_GUARDIAN] =
    g_param_spec_object ("guardian", NULL, NULL, HAVEN_TYPE_GUARDIAN, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_child_file_init (HavenChildFile *self)
{
}

HavenChildFile *
haven_child_file_new_full (HavenChild    *child,
                           HavenParent   *father,
                           HavenParent   *mother,
                           HavenGuardian *guardian)
{
  HavenChildFile *self;

  g_return_val_if_fail (HAVEN_IS_CHILD (child), NULL);
  g_return_val_if_fail (HAVEN_IS_PARENT (father), NULL);
  g_return_val_if_fail (HAVEN_IS_PARENT (mother), NULL);
  g_return_val_if_fail (HAVEN_IS_GUARDIAN (guardian), NULL);

  self = g_object_new (HAVEN_TYPE_CHILD_FILE, NULL);
  self->child = g_object_ref (child);
  self->father = g_object_ref (father);
  self->mother = g_object_ref (mother);
  self->guardian = g_object_ref (guardian);
  haven_record_set_int (HAVEN_RECORD (self->father), HAVEN_PARENT_ROLE, HAVEN_PARENT_ROLE_FATHER);
  haven_record_set_int (HAVEN_RECORD (self->mother), HAVEN_PARENT_ROLE, HAVEN_PARENT_ROLE_MOTHER);
  return self;
}

HavenChildFile *
haven_child_file_new (void)
{
  g_autoptr(HavenChild) child = haven_child_new ();
  g_autoptr(HavenParent) father = haven_parent_new ();
  g_autoptr(HavenParent) mother = haven_parent_new ();
  g_autoptr(HavenGuardian) guardian = haven_guardian_new ();

  return haven_child_file_new_full (child, father, mother, guardian);
}

HavenChildFile *
haven_child_file_dup (HavenChildFile *self)
{
  g_autoptr(HavenRecord) child = NULL;
  g_autoptr(HavenRecord) father = NULL;
  g_autoptr(HavenRecord) mother = NULL;
  g_autoptr(HavenRecord) guardian = NULL;

  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);

  child = haven_record_dup (HAVEN_RECORD (self->child));
  father = haven_record_dup (HAVEN_RECORD (self->father));
  mother = haven_record_dup (HAVEN_RECORD (self->mother));
  guardian = haven_record_dup (HAVEN_RECORD (self->guardian));
  return haven_child_file_new_full (HAVEN_CHILD (child), HAVEN_PARENT (father),
                                    HAVEN_PARENT (mother), HAVEN_GUARDIAN (guardian));
}

HavenChild *
haven_child_file_get_child (HavenChildFile *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  return self->child;
}

HavenParent *
haven_child_file_get_father (HavenChildFile *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  return self->father;
}

HavenParent *
haven_child_file_get_mother (HavenChildFile *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  return self->mother;
}

HavenGuardian *
haven_child_file_get_guardian (HavenChildFile *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  return self->guardian;
}

/* A date that is not a real date is as good as none: the file still
 * lacks it. */
static gboolean
lacks (HavenRecord *record,
       guint        field)
{
  const HavenField *info = haven_record_get_field_info (record, field);

  if (info->kind == HAVEN_FIELD_DATE && !haven_rules_is_blank (record, field))
    return !haven_validate_date (haven_record_get_string (record, field), NULL, NULL);
  return haven_rules_is_blank (record, field);
}

/* A parent who works away must be reachable: where and by phone. */
static gboolean
away_parent_lacks_workplace (HavenParent *parent)
{
  HavenRecord *record = HAVEN_RECORD (parent);

  return haven_record_get_int (record, HAVEN_PARENT_AWAY)
         && haven_rules_is_blank (record, HAVEN_PARENT_WORK_PLACE);
}

HavenMissing
haven_child_file_get_missing (HavenChildFile *self)
{
  HavenRecord *child;
  HavenRecord *guardian;
  HavenMissing missing = HAVEN_MISSING_NONE;

  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), HAVEN_MISSING_NONE);

  child = HAVEN_RECORD (self->child);
  guardian = HAVEN_RECORD (self->guardian);

  if (lacks (child, HAVEN_CHILD_NAME))
    missing |= HAVEN_MISSING_NAME;
  if (haven_record_get_int (child, HAVEN_CHILD_GENDER) == HAVEN_GENDER_UNKNOWN)
    missing |= HAVEN_MISSING_GENDER;
  if (lacks (child, HAVEN_CHILD_BIRTH_DATE))
    missing |= HAVEN_MISSING_BIRTH_DATE;
  if (haven_record_get_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID) == 0)
    missing |= HAVEN_MISSING_CLASS;
  if (lacks (child, HAVEN_CHILD_ADDRESS))
    missing |= HAVEN_MISSING_ADDRESS;
  if (haven_record_get_int (child, HAVEN_CHILD_REASON) == HAVEN_LEFT_BEHIND_UNKNOWN)
    missing |= HAVEN_MISSING_REASON;
  if (lacks (guardian, HAVEN_GUARDIAN_NAME))
    missing |= HAVEN_MISSING_GUARDIAN_NAME;
  if (lacks (guardian, HAVEN_GUARDIAN_PHONE))
    missing |= HAVEN_MISSING_GUARDIAN_PHONE;
  if (lacks (HAVEN_RECORD (self->father), HAVEN_PARENT_PHONE)
      && lacks (HAVEN_RECORD (self->mother), HAVEN_PARENT_PHONE))
    missing |= HAVEN_MISSING_PARENT_PHONE;
  if (away_parent_lacks_workplace (self->father))
    missing |= HAVEN_MISSING_FATHER_WORKPLACE;
  if (away_parent_lacks_workplace (self->mother))
    missing |= HAVEN_MISSING_MOTHER_WORKPLACE;

  return missing;
}

guint
haven_missing_count (HavenMissing missing)
{
  return (guint) __builtin_popcount ((unsigned) missing);
}

static const char * const part_names[] = { "child", "father", "mother", "guardian" };

HavenRecord *
haven_child_file_get_part (HavenChildFile *self,
                           const char     *part)
{
  HavenRecord *parts[G_N_ELEMENTS (part_names)];

  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  parts[0] = HAVEN_RECORD (self->child);
  parts[1] = HAVEN_RECORD (self->father);
  parts[2] = HAVEN_RECORD (self->mother);
  parts[3] = HAVEN_RECORD (self->guardian);
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    if (g_str_equal (part, part_names[i]))
      return parts[i];
  g_return_val_if_reached (NULL);
}

GPtrArray *
haven_child_file_check (HavenChildFile *self,
                        const GDate    *today)
{
  GPtrArray *problems;

  g_return_val_if_fail (HAVEN_IS_CHILD_FILE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  problems = haven_problems_new ();
  /* In the order of the paper card, so the first error is the first on
   * the form. */
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      g_autoptr(GPtrArray) own = haven_record_check (haven_child_file_get_part (self, part_names[i]), today);

      for (guint j = 0; j < own->len; j++)
        {
          const HavenProblem *problem = g_ptr_array_index (own, j);
          g_autofree char *key = g_strconcat (part_names[i], ".", problem->key, NULL);

          haven_problems_add (problems, key, problem->severity, problem->message);
        }
    }
  return problems;
}

void
haven_child_file_normalise (HavenChildFile *self)
{
  HavenRecord *child;
  g_autofree char *phones = NULL;

  g_return_if_fail (HAVEN_IS_CHILD_FILE (self));

  child = HAVEN_RECORD (self->child);
  haven_record_normalise (child);
  haven_record_normalise (HAVEN_RECORD (self->father));
  haven_record_normalise (HAVEN_RECORD (self->mother));
  haven_record_normalise (HAVEN_RECORD (self->guardian));

  /* Every phone of the file on the child's row, so a phone search is one
   * column scan. */
  phones = g_strjoin (" ",
                      haven_record_get_string (HAVEN_RECORD (self->guardian), HAVEN_GUARDIAN_PHONE),
                      haven_record_get_string (HAVEN_RECORD (self->father), HAVEN_PARENT_PHONE),
                      haven_record_get_string (HAVEN_RECORD (self->mother), HAVEN_PARENT_PHONE),
                      NULL);
  haven_record_set_string (child, HAVEN_CHILD_PHONES, g_strstrip (phones));
  haven_record_set_int (child, HAVEN_CHILD_MISSING, haven_missing_count (haven_child_file_get_missing (self)));
  haven_record_set_int (child, HAVEN_CHILD_CARE_RISK, haven_care_risk_of_file (self));
}
