/* haven-context.c: the store and the session a window works with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-context"

#include "config.h"

#include "haven-context.h"
#include "haven-store-staff.h"

struct _HavenContext
{
  GObject       parent_instance;

  HavenStore   *store;    /* owned */
  HavenSession *session;  /* owned; NULL until opened */
  char         *account;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenContext, haven_context, G_TYPE_OBJECT)

static void
haven_context_dispose (GObject *object)
{
  HavenContext *self = HAVEN_CONTEXT (object);

  g_clear_object (&self->session);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (haven_context_parent_class)->dispose (object);
}

static void
haven_context_finalize (GObject *object)
{
  HavenContext *self = HAVEN_CONTEXT (object);

  g_free (self->account);

  G_OBJECT_CLASS (haven_context_parent_class)->finalize (object);
}

static void
haven_context_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HavenContext *self = HAVEN_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_context_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HavenContext *self = HAVEN_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      haven_context_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_context_class_init (HavenContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = haven_context_dispose;
  object_class->finalize = haven_context_finalize;
  object_class->get_property = haven_context_get_property;
  object_class->set_property = haven_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HAVEN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HAVEN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_context_init (HavenContext *self)
{
  g_assert (HAVEN_IS_CONTEXT (self));

  self->account = g_strdup (g_get_user_name ());
}

HavenContext *
haven_context_new (HavenStore *store)
{
  g_return_val_if_fail (HAVEN_IS_STORE (store), NULL);
  return g_object_new (HAVEN_TYPE_CONTEXT, "store", store, NULL);
}

HavenStore *
haven_context_get_store (HavenContext *self)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (self), NULL);
  return self->store;
}

HavenSession *
haven_context_get_session (HavenContext *self)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (self), NULL);
  return self->session;
}

void
haven_context_set_session (HavenContext *self,
                           HavenSession *session)
{
  g_return_if_fail (HAVEN_IS_CONTEXT (self));
  g_return_if_fail (session == NULL || HAVEN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  haven_store_set_session (self->store, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
haven_context_get_account (HavenContext *self)
{
  g_return_val_if_fail (HAVEN_IS_CONTEXT (self), NULL);
  return self->account;
}

void
haven_context_set_account (HavenContext *self,
                           const char   *account)
{
  g_return_if_fail (HAVEN_IS_CONTEXT (self));
  g_return_if_fail (account != NULL && *account != '\0');

  g_free (self->account);
  self->account = g_strdup (account);
}

static void
session_found_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HavenContext *self = g_task_get_source_object (task);
  g_autoptr(HavenSession) session = NULL;
  GError *error = NULL;

  session = haven_store_account_session_finish (HAVEN_STORE (object), result, &error);
  if (session == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  haven_context_set_session (self, session);
  g_task_return_boolean (task, TRUE);
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HavenContext *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GError *error = NULL;

  if (!haven_store_open_finish (HAVEN_STORE (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (self->session != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  haven_store_account_session_async (self->store, self->account, g_get_real_name (),
                                     cancellable, session_found_cb,
                                     g_steal_pointer (&task));
}

void
haven_context_open_async (HavenContext        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (HAVEN_IS_CONTEXT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, haven_context_open_async);
  haven_store_open_async (self->store, cancellable, store_opened_cb, task);
}

gboolean
haven_context_open_finish (HavenContext  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == haven_context_open_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
