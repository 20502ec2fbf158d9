/* haven-owned-query.h: the records that belong to one other record
 *
 * A child's history (HavenChange by "child-id"), a pairing's checks
 * (HavenPairingCheck by "pairing-id"), an activity's attendance: rows of
 * item_type whose reference field owner_field holds owner_id, in the
 * class's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "haven-query.h"

G_BEGIN_DECLS

#define HAVEN_TYPE_OWNED_QUERY (haven_owned_query_get_type ())

G_DECLARE_FINAL_TYPE (HavenOwnedQuery, haven_owned_query, HAVEN, OWNED_QUERY, HavenQuery)

/* owner_field must name a reference field of item_type. */
HavenOwnedQuery *haven_owned_query_new           (GType            item_type,
                                                  const char      *owner_field,
                                                  gint64           owner_id);
const char      *haven_owned_query_get_owner_field (HavenOwnedQuery *self);
gint64           haven_owned_query_get_owner_id  (HavenOwnedQuery *self);
void             haven_owned_query_set_owner_id  (HavenOwnedQuery *self,
                                                  gint64           owner_id);

G_END_DECLS
