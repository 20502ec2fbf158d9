/* haven-phone-log.h: the family phone's log (亲情电话)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "haven-context.h"
#include "haven-form-row.h"
#include "haven-record-list.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_PHONE_LOG (haven_phone_log_get_type ())

G_DECLARE_FINAL_TYPE (HavenPhoneLog, haven_phone_log, HAVEN, PHONE_LOG, AdwWindow)

HavenPhoneLog   *haven_phone_log_new       (HavenContext  *context);
/* The call being typed (a HavenTalk of the phone-call kind). */
HavenRecord     *haven_phone_log_get_call  (HavenPhoneLog *self);
HavenFormRow    *haven_phone_log_get_row   (HavenPhoneLog *self,
                                            const char    *field);
/* The calls logged, newest first. */
HavenRecordList *haven_phone_log_get_list  (HavenPhoneLog *self);
/* TRUE while a call is being saved. */
gboolean         haven_phone_log_get_busy  (HavenPhoneLog *self);

G_END_DECLS
