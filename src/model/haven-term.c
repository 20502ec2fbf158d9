/* haven-term.c: a school term (学期)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-term"

#include "config.h"

#include "haven-term.h"

struct _HavenTerm
{
  HavenRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HavenTerm, haven_term, HAVEN_TYPE_RECORD)

static const HavenField fields[] = {
  { "name", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "start-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
  { "end-date", HAVEN_FIELD_STRING, NULL, HAVEN_FIELD_STORED },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == HAVEN_TERM_N_FIELDS);

static void
haven_term_class_init (HavenTermClass *klass)
{
  haven_record_class_install_fields (HAVEN_RECORD_CLASS (klass), fields, G_N_ELEMENTS (fields));
}

static void
haven_term_init (HavenTerm *self)
{
}

HavenTerm *
haven_term_new (void)
{
  return g_object_new (HAVEN_TYPE_TERM, NULL);
}
