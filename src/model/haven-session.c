/* haven-session.c: who is working, and what their role lets them do
 *
 * Until staff sign in, the session is the staff row mapped to the OS
 * account; sign-in will only change how the session is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-session"

#include "config.h"

#include "haven-session.h"

struct _HavenSession
{
  GObject         parent_instance;

  gint64          staff_id;
  char           *name;
  HavenStaffRole  role;
};

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenSession, haven_session, G_TYPE_OBJECT)

static void
haven_session_finalize (GObject *object)
{
  HavenSession *self = HAVEN_SESSION (object);

  g_free (self->name);

  G_OBJECT_CLASS (haven_session_parent_class)->finalize (object);
}

static void
haven_session_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HavenSession *self = HAVEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_int64 (value, self->staff_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_session_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HavenSession *self = HAVEN_SESSION (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      self->staff_id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_session_class_init (HavenSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = haven_session_finalize;
  object_class->get_property = haven_session_get_property;
  object_class->set_property = haven_session_set_property;

  properties[PROP_STAFF_ID] = g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ROLE] = g_param_spec_enum ("role", NULL, NULL, HAVEN_TYPE_STAFF_ROLE,
                                             HAVEN_STAFF_ROLE_VIEWER, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_session_init (HavenSession *self)
{
  g_assert (HAVEN_IS_SESSION (self));

}

HavenSession *
haven_session_new (gint64          staff_id,
                   const char     *name,
                   HavenStaffRole  role)
{
  return g_object_new (HAVEN_TYPE_SESSION,
                       "staff-id", staff_id,
                       "name", name != NULL ? name : "",
                       "role", role,
                       NULL);
}

gint64
haven_session_get_staff_id (HavenSession *self)
{
  g_return_val_if_fail (HAVEN_IS_SESSION (self), 0);
  return self->staff_id;
}

const char *
haven_session_get_name (HavenSession *self)
{
  g_return_val_if_fail (HAVEN_IS_SESSION (self), "");
  return self->name;
}

HavenStaffRole
haven_session_get_role (HavenSession *self)
{
  g_return_val_if_fail (HAVEN_IS_SESSION (self), HAVEN_STAFF_ROLE_VIEWER);
  return self->role;
}

gboolean
haven_session_can_write (HavenSession *self)
{
  g_return_val_if_fail (HAVEN_IS_SESSION (self), FALSE);
  return self->role != HAVEN_STAFF_ROLE_VIEWER;
}

gboolean
haven_session_can_read_confidential (HavenSession *self,
                                     gint64        author_staff_id)
{
  g_return_val_if_fail (HAVEN_IS_SESSION (self), FALSE);

  if (self->role == HAVEN_STAFF_ROLE_HEADTEACHER || self->role == HAVEN_STAFF_ROLE_COUNSELLOR)
    return TRUE;
  return self->staff_id != 0 && self->staff_id == author_staff_id;
}
