/* haven-validate.h: checks for what a teacher types into a child's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HAVEN_VALIDATE_ERROR (haven_validate_error_quark ())

typedef enum
{
  HAVEN_VALIDATE_ERROR_EMPTY,
  HAVEN_VALIDATE_ERROR_FORMAT,
  HAVEN_VALIDATE_ERROR_CHECKSUM,
  HAVEN_VALIDATE_ERROR_MISMATCH,
  HAVEN_VALIDATE_ERROR_RANGE,
} HavenValidateError;

typedef enum
{
  HAVEN_PHONE_MOBILE,
  HAVEN_PHONE_LANDLINE,
} HavenPhoneKind;

GQuark    haven_validate_error_quark    (void);

/* Mobile: 11 digits, 1[3-9]xxxxxxxxx, spaces and dashes ignored.
 * Landline: area code 0xx or 0xxx then 7 or 8 digits, "0571-88886666",
 * "(0571)88886666" or "057188886666"; an optional "-123" extension. */
gboolean  haven_validate_phone          (const char      *text,
                                         HavenPhoneKind  *kind,
                                         GError         **error);
/* The stored form: "138 0013 8000" -> "13800138000",
 * "(0851)86512345" -> "0851-86512345". NULL if invalid. */
char     *haven_normalize_phone         (const char      *text);

/* The 18-digit resident identity number (GB 11643): region, birth date,
 * sequence, ISO 7064 MOD 11-2 check character (0-9 or X). When birth_date
 * (YYYY-MM-DD) is given, the date inside the number must match it. */
gboolean  haven_validate_resident_id    (const char      *id,
                                         const char      *birth_date,
                                         GError         **error);
/* YYYY-MM-DD from a well-formed number, or NULL. */
char     *haven_resident_id_birth_date  (const char      *id);
/* The check character for the first 17 digits. */
char      haven_resident_id_check_char  (const char      *first17);
/* The stored form of a valid number: 18 characters, spaces and full-width
 * forms folded, a final x upper-cased. NULL if invalid. */
char     *haven_normalize_resident_id   (const char      *id);

/* A real calendar date written YYYY-MM-DD. */
gboolean  haven_validate_date           (const char      *text,
                                         GDate           *out_date,
                                         GError         **error);
/* A birth date: a valid date, not after today. *over_age is set when the
 * child is 16 or older on today (a warning, not an error). */
gboolean  haven_validate_birth_date     (const char      *text,
                                         const GDate     *today,
                                         gboolean        *over_age,
                                         GError         **error);
/* Whole years between birth and on. */
int       haven_age_on                  (const GDate     *birth,
                                         const GDate     *on);

G_END_DECLS
