/* haven-due-item.c: one child and one rule, with what is due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-due-item"

#include "config.h"

#include "haven-due-item.h"
#include "haven-model-enums.h"

struct _HavenDueItem
{
  GObject           parent_instance;

  gint64            child_id;
  char             *child_name;
  gint64            class_id;
  char             *class_name;
  HavenDueRuleKind  rule;
  HavenDueStatus    status;
  char             *last_done;
  char             *due_by;
  char             *responsible;
};

enum {
  PROP_0,
  PROP_CHILD_ID,
  PROP_CHILD_NAME,
  PROP_CLASS_NAME,
  PROP_RULE,
  PROP_STATUS,
  PROP_LAST_DONE,
  PROP_DUE_BY,
  PROP_RESPONSIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenDueItem, haven_due_item, G_TYPE_OBJECT)

static void
haven_due_item_finalize (GObject *object)
{
  HavenDueItem *self = HAVEN_DUE_ITEM (object);

  g_free (self->child_name);
  g_free (self->class_name);
  g_free (self->last_done);
  g_free (self->due_by);
  g_free (self->responsible);

  G_OBJECT_CLASS (haven_due_item_parent_class)->finalize (object);
}

static void
haven_due_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HavenDueItem *self = HAVEN_DUE_ITEM (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_CHILD_NAME:
      g_value_set_string (value, self->child_name);
      break;
    case PROP_CLASS_NAME:
      g_value_set_string (value, self->class_name);
      break;
    case PROP_RULE:
      g_value_set_enum (value, self->rule);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_LAST_DONE:
      g_value_set_string (value, self->last_done);
      break;
    case PROP_DUE_BY:
      g_value_set_string (value, self->due_by);
      break;
    case PROP_RESPONSIBLE:
      g_value_set_string (value, self->responsible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_due_item_class_init (HavenDueItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = haven_due_item_finalize;
  object_class->get_property = haven_due_item_get_property;

  properties[PROP_CHILD_ID] = g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CHILD_NAME] = g_param_spec_string ("child-name", NULL, NULL, "", flags);
  properties[PROP_CLASS_NAME] = g_param_spec_string ("class-name", NULL, NULL, "", flags);
  properties[PROP_RULE] = g_param_spec_enum ("rule", NULL, NULL, HAVEN_TYPE_DUE_RULE_KIND,
                                             HAVEN_DUE_RULE_CLASS_TALK, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, HAVEN_TYPE_DUE_STATUS,
                                               HAVEN_DUE_NOT_APPLICABLE, flags);
  properties[PROP_LAST_DONE] = g_param_spec_string ("last-done", NULL, NULL, "", flags);
  properties[PROP_DUE_BY] = g_param_spec_string ("due-by", NULL, NULL, "", flags);
  properties[PROP_RESPONSIBLE] = g_param_spec_string ("responsible", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_due_item_init (HavenDueItem *self)
{
  g_assert (HAVEN_IS_DUE_ITEM (self));

}

HavenDueItem *
haven_due_item_new (gint64            child_id,
                    const char       *child_name,
                    gint64            class_id,
                    const char       *class_name,
                    HavenDueRuleKind  rule,
                    HavenDueStatus    status,
                    const char       *last_done,
                    const char       *due_by,
                    const char       *responsible)
{
  HavenDueItem *self = g_object_new (HAVEN_TYPE_DUE_ITEM, NULL);

  /* Set directly: the scan makes these by the thousand, and nothing
   * listens yet. */
  self->child_id = child_id;
  self->child_name = g_strdup (child_name != NULL ? child_name : "");
  self->class_id = class_id;
  self->class_name = g_strdup (class_name != NULL ? class_name : "");
  self->rule = rule;
  self->status = status;
  self->last_done = g_strdup (last_done != NULL ? last_done : "");
  self->due_by = g_strdup (due_by != NULL ? due_by : "");
  self->responsible = g_strdup (responsible != NULL ? responsible : "");
  return self;
}

#define GETTER(type, name, def)                              \
  type                                                       \
  haven_due_item_get_##name (HavenDueItem *self)             \
  {                                                          \
    g_return_val_if_fail (HAVEN_IS_DUE_ITEM (self), def);    \
    return self->name;                                       \
  }

GETTER (gint64, child_id, 0)
GETTER (const char *, child_name, "")
GETTER (gint64, class_id, 0)
GETTER (const char *, class_name, "")
GETTER (HavenDueRuleKind, rule, HAVEN_DUE_RULE_CLASS_TALK)
GETTER (HavenDueStatus, status, HAVEN_DUE_NOT_APPLICABLE)
GETTER (const char *, last_done, "")
GETTER (const char *, due_by, "")
GETTER (const char *, responsible, "")
