/* haven-validate.c: checks for what a teacher types into a child's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-validate"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "haven-validate.h"

G_DEFINE_QUARK (haven-validate-error-quark, haven_validate_error)

/* Children under this age are in the programme; older ones get a warning. */
#define PROGRAMME_AGE_LIMIT 16

/* The longest extension we accept, in digits. */
#define MAX_EXTENSION 6

/* Chinese input methods often type full-width forms ("１３８", "（０５７１）",
 * "－") and the ideographic space. Fold them to ASCII and drop all white
 * space, so that what looks right to the teacher is accepted. Other
 * characters are kept as they are, so that "转" (extension) survives.
 * Returns NULL for text that is not UTF-8. */
static char *
fold_compact (const char *text)
{
  GString *out;
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  out = g_string_sized_new (strlen (text));

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 ||
               c == 0x2014 || c == 0x2212)
        c = '-';

      if (g_unichar_isspace (c) || c == 0x3000)
        continue;

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gsize
take_digits (const char **p,
             GString     *out)
{
  gsize n = 0;

  while (g_ascii_isdigit (**p))
    {
      if (out != NULL)
        g_string_append_c (out, **p);
      (*p)++;
      n++;
    }

  return n;
}

static void
set_only_phone_characters (GError **error)
{
  g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                       _("A phone number can only contain digits, spaces, dashes and brackets."));
}

static void
set_mobile_format (GError **error)
{
  g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                       _("A mobile number has 11 digits and starts with 13–19."));
}

static void
set_area_format (GError **error)
{
  g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                       _("A landline number starts with its area code, such as 010 or 0571."));
}

static gboolean
parse_mobile (const char *s,
              GString    *normal,
              GError    **error)
{
  const char *p;

  for (p = s; *p != '\0'; p++)
    {
      if (*p == '-')
        continue;
      if (!g_ascii_isdigit (*p))
        {
          if (g_ascii_isalpha (*p))
            set_only_phone_characters (error);
          else
            set_mobile_format (error);
          return FALSE;
        }
      g_string_append_c (normal, *p);
    }

  if (normal->len != 11 || normal->str[0] != '1' ||
      normal->str[1] < '3' || normal->str[1] > '9')
    {
      set_mobile_format (error);
      return FALSE;
    }

  return TRUE;
}

/* Mainland area codes: 010 and 020–029 have three digits, all the others
 * have four and start 03–09. */
static gboolean
area_code_valid (const char *area,
                 gsize       len)
{
  if (area[0] != '0')
    return FALSE;
  if (len == 3)
    return (area[1] == '1' && area[2] == '0') || area[1] == '2';
  if (len == 4)
    return area[1] >= '3' && area[1] <= '9';
  return FALSE;
}

static gsize
area_code_length (const char *digits)
{
  if (digits[0] != '0')
    return 0;
  if (digits[1] == '1' || digits[1] == '2')
    return 3;
  if (digits[1] >= '3' && digits[1] <= '9')
    return 4;
  return 0;
}

/* An extension marker: "-", "转", "x" or "ext", the latter two with an
 * optional dot. Advances *p past it. */
static gboolean
take_extension_marker (const char **p)
{
  if (**p == '-' || **p == '#')
    {
      (*p)++;
      return TRUE;
    }
  if (g_str_has_prefix (*p, "转"))
    {
      *p += strlen ("转");
      return TRUE;
    }
  if (g_ascii_strncasecmp (*p, "ext", 3) == 0)
    *p += 3;
  else if (**p == 'x' || **p == 'X')
    *p += 1;
  else
    return FALSE;
  if (**p == '.')
    (*p)++;
  return TRUE;
}

static gboolean
parse_landline (const char *s,
                GString    *normal,
                GError    **error)
{
  g_autoptr(GString) area = g_string_new (NULL);
  g_autoptr(GString) local = g_string_new (NULL);
  g_autoptr(GString) ext = g_string_new (NULL);
  const char *p = s;

  if (*p == '(')
    {
      p++;
      take_digits (&p, area);
      if (*p != ')' || !area_code_valid (area->str, area->len))
        {
          set_area_format (error);
          return FALSE;
        }
      p++;
      if (*p == '-')
        p++;
      take_digits (&p, local);
    }
  else
    {
      g_autoptr(GString) group = g_string_new (NULL);

      take_digits (&p, group);
      if (*p == '-' && (group->len == 3 || group->len == 4))
        {
          /* "0571-88886666": the area code is written apart. */
          if (!area_code_valid (group->str, group->len))
            {
              set_area_format (error);
              return FALSE;
            }
          g_string_assign (area, group->str);
          p++;
          take_digits (&p, local);
        }
      else
        {
          /* "057188886666": the prefix tells how long the area code is. */
          gsize area_len = area_code_length (group->str);

          if (area_len == 0 || group->len < area_len ||
              !area_code_valid (group->str, area_len))
            {
              set_area_format (error);
              return FALSE;
            }
          g_string_append_len (area, group->str, area_len);
          g_string_assign (local, group->str + area_len);
        }
    }

  /* The big cities with three-digit area codes all have 8-digit numbers. */
  if (area->len == 3 && local->len != 8)
    {
      g_set_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                   _("After the area code %s, a landline number has 8 digits."),
                   area->str);
      return FALSE;
    }
  if (local->len < 7 || local->len > 8 || local->str[0] == '0')
    {
      if (local->len == 0 && *p != '\0' && !g_ascii_isdigit (*p) && *p != '-')
        set_only_phone_characters (error);
      else
        g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                             _("After the area code, a landline number has 7 or 8 digits."));
      return FALSE;
    }

  if (*p != '\0')
    {
      if (!take_extension_marker (&p))
        {
          set_only_phone_characters (error);
          return FALSE;
        }
      take_digits (&p, ext);
      if (ext->len == 0 || ext->len > MAX_EXTENSION || *p != '\0')
        {
          g_set_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                       _("An extension has 1 to %d digits, for example 0571-88886666-123."),
                       MAX_EXTENSION);
          return FALSE;
        }
    }

  /* The dash after the area code stays: 0851-86512345 is how a landline
   * is written and read out, and the digits alone hide the area code. */
  g_string_append (normal, area->str);
  g_string_append_c (normal, '-');
  g_string_append (normal, local->str);
  if (ext->len > 0)
    {
      /* Keep the dash, or the extension would run into the number. */
      g_string_append_c (normal, '-');
      g_string_append (normal, ext->str);
    }

  return TRUE;
}

/* Parses any accepted spelling of a phone number; on success, normal holds
 * the stored form. */
static gboolean
parse_phone (const char     *text,
             HavenPhoneKind *kind,
             GString        *normal,
             GError        **error)
{
  g_autofree char *s = fold_compact (text);
  const char *p;

  if (s == NULL)
    {
      set_only_phone_characters (error);
      return FALSE;
    }

  if (*s == '\0')
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_EMPTY,
                           _("Please enter a phone number."));
      return FALSE;
    }

  p = s;

  /* The country code adds nothing to a mainland mobile number. */
  if (g_str_has_prefix (p, "+86"))
    {
      p += 3;
      if (*p == '-')
        p++;
      if (*p != '1')
        {
          set_mobile_format (error);
          return FALSE;
        }
    }

  if (*p == '1')
    {
      if (!parse_mobile (p, normal, error))
        return FALSE;
      *kind = HAVEN_PHONE_MOBILE;
      return TRUE;
    }

  if (*p == '0' || *p == '(')
    {
      if (!parse_landline (p, normal, error))
        return FALSE;
      *kind = HAVEN_PHONE_LANDLINE;
      return TRUE;
    }

  if (g_ascii_isdigit (*p))
    g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                         _("Enter an 11-digit mobile number, or a landline number with its area code, such as 0571-88886666."));
  else
    set_only_phone_characters (error);

  return FALSE;
}

gboolean
haven_validate_phone (const char      *text,
                      HavenPhoneKind  *kind,
                      GError         **error)
{
  g_autoptr(GString) normal = g_string_new (NULL);
  HavenPhoneKind found = HAVEN_PHONE_MOBILE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!parse_phone (text, &found, normal, error))
    return FALSE;

  if (kind != NULL)
    *kind = found;

  return TRUE;
}

/* Mobile numbers become their 11 digits; landlines the area code, "-" and
 * the number, plus "-" and the extension when there is one. */
char *
haven_normalize_phone (const char *text)
{
  g_autoptr(GString) normal = g_string_new (NULL);
  HavenPhoneKind kind;

  g_return_val_if_fail (text != NULL, NULL);

  if (!parse_phone (text, &kind, normal, NULL))
    return NULL;

  return g_string_free (g_steal_pointer (&normal), FALSE);
}

static void
get_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static int
digits_value (const char *s,
              gsize       n)
{
  int value = 0;
  gsize i;

  for (i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');

  return value;
}

/* The weights are 2^(17-i) mod 11 for the digit at position i (GB 11643). */
static const int id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

char
haven_resident_id_check_char (const char *first17)
{
  int sum = 0;
  int i;

  g_return_val_if_fail (first17 != NULL, '\0');

  for (i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (first17[i]))
        return '\0';
      sum += (first17[i] - '0') * id_weights[i];
    }

  return "10X98765432"[sum % 11];
}

/* Folds a typed number to its stored form (18 characters, upper-case X)
 * and checks its shape: everything but the date and the check character.
 * Returns NULL and sets error when the shape is wrong. */
static char *
fold_resident_id (const char  *id,
                  GError     **error)
{
  g_autofree char *s = fold_compact (id);
  gsize len, i;

  if (s == NULL)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                           _("An identity number has 18 characters: 17 digits, then a digit or X."));
      return NULL;
    }

  len = strlen (s);
  if (len == 0)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_EMPTY,
                           _("Please enter the identity number."));
      return NULL;
    }

  if (s[len - 1] == 'x')
    s[len - 1] = 'X';

  for (i = 0; i < len; i++)
    {
      gboolean last = (i == len - 1);

      if (!g_ascii_isdigit (s[i]) && !(last && s[i] == 'X'))
        {
          g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                               _("An identity number has 18 characters: 17 digits, then a digit or X."));
          return NULL;
        }
    }

  if (len == 15 && s[14] != 'X')
    {
      /* First-generation cards had 15 digits and no check character;
       * every child today has an 18-digit number. */
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                           _("This is an old 15-digit number. Please enter the current 18-digit number."));
      return NULL;
    }

  if (len != 18)
    {
      g_set_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An identity number has 18 characters, but this one has %u.",
                                "An identity number has 18 characters, but this one has %u.",
                                len),
                   (guint) len);
      return NULL;
    }

  return g_steal_pointer (&s);
}

/* The birth date is digits 7 to 14, YYYYMMDD. */
static gboolean
resident_id_date (const char *folded,
                  GDate      *date)
{
  int year = digits_value (folded + 6, 4);
  int month = digits_value (folded + 10, 2);
  int day = digits_value (folded + 12, 2);

  if (year < 1900 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* Checks shape, date and check character in that order, so that the
 * teacher hears about the most specific problem first. */
static char *
parse_resident_id (const char  *id,
                   GDate       *birth,
                   GError     **error)
{
  g_autofree char *folded = NULL;
  GDate today;

  folded = fold_resident_id (id, error);
  if (folded == NULL)
    return NULL;

  if (!resident_id_date (folded, birth))
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                           _("The birth date inside the number (digits 7 to 14) is not a real date."));
      return NULL;
    }

  get_today (&today);
  if (g_date_compare (birth, &today) > 0)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                           _("The birth date inside the number is in the future."));
      return NULL;
    }

  if (haven_resident_id_check_char (folded) != folded[17])
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_CHECKSUM,
                           _("The check digit does not match: please check the number again."));
      return NULL;
    }

  return g_steal_pointer (&folded);
}

/* A birth_date that is empty or not a date is not compared: the birth date
 * field reports its own error, and this one stays about the number. */
gboolean
haven_validate_resident_id (const char  *id,
                            const char  *birth_date,
                            GError     **error)
{
  g_autofree char *folded = NULL;
  GDate inside;
  GDate given;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  folded = parse_resident_id (id, &inside, error);
  if (folded == NULL)
    return FALSE;

  if (birth_date != NULL && haven_validate_date (birth_date, &given, NULL) &&
      g_date_compare (&inside, &given) != 0)
    {
      g_autofree char *inside_text = format_date (&inside);

      g_set_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_MISMATCH,
                   _("The birth date in this number is %s, but the child’s birth date is %s."),
                   inside_text, birth_date);
      return FALSE;
    }

  return TRUE;
}

char *
haven_normalize_resident_id (const char *id)
{
  GDate inside;

  g_return_val_if_fail (id != NULL, NULL);

  return parse_resident_id (id, &inside, NULL);
}

/* "Well-formed" means the shape and the date are right; the check character
 * is not required, so a form can fill in the birth date while the teacher
 * is still correcting a typo elsewhere. */
char *
haven_resident_id_birth_date (const char *id)
{
  g_autofree char *folded = NULL;
  GDate inside;

  g_return_val_if_fail (id != NULL, NULL);

  folded = fold_resident_id (id, NULL);
  if (folded == NULL || !resident_id_date (folded, &inside))
    return NULL;

  return format_date (&inside);
}

/* Dates are stored as text and indexed by substring, so only the exact
 * ASCII form YYYY-MM-DD is accepted: no trimming, no full-width digits. */
gboolean
haven_validate_date (const char  *text,
                     GDate       *out_date,
                     GError     **error)
{
  static const char shape[] = "dddd-dd-dd";
  int year, month, day;
  gsize i;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*text == '\0')
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_EMPTY,
                           _("Please enter a date."));
      return FALSE;
    }

  for (i = 0; i < sizeof shape; i++)
    {
      gboolean ok;

      if (shape[i] == '\0')
        ok = (text[i] == '\0');
      else if (shape[i] == 'd')
        ok = g_ascii_isdigit (text[i]);
      else
        ok = (text[i] == shape[i]);

      if (!ok)
        {
          g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT,
                               _("Write the date as year-month-day, for example 2024-09-01."));
          return FALSE;
        }
    }

  year = digits_value (text, 4);
  month = digits_value (text + 5, 2);
  day = digits_value (text + 8, 2);

  if (month < 1 || month > 12)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                           _("The month must be between 01 and 12."));
      return FALSE;
    }

  if (year < 1)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                           _("That date does not exist."));
      return FALSE;
    }

  if (day < 1 || !g_date_valid_dmy (day, month, year))
    {
      guint days = g_date_get_days_in_month (month, year);

      g_set_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "That day does not exist: this month has only %u day.",
                                "That day does not exist: this month has only %u days.",
                                days),
                   days);
      return FALSE;
    }

  if (out_date != NULL)
    {
      g_date_clear (out_date, 1);
      g_date_set_dmy (out_date, day, month, year);
    }

  return TRUE;
}

/* today may be NULL for the local date now. */
gboolean
haven_validate_birth_date (const char   *text,
                           const GDate  *today,
                           gboolean     *over_age,
                           GError      **error)
{
  GDate birth;
  GDate now;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (today == NULL || g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (over_age != NULL)
    *over_age = FALSE;

  if (today == NULL)
    {
      get_today (&now);
      today = &now;
    }

  if (!haven_validate_date (text, &birth, error))
    return FALSE;

  if (g_date_compare (&birth, today) > 0)
    {
      g_set_error_literal (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE,
                           _("The birth date cannot be in the future."));
      return FALSE;
    }

  if (over_age != NULL)
    *over_age = haven_age_on (&birth, today) >= PROGRAMME_AGE_LIMIT;

  return TRUE;
}

/* Whole birthdays passed; someone born on 29 February turns a year older
 * on 1 March in common years. Negative when on is before birth. */
int
haven_age_on (const GDate *birth,
              const GDate *on)
{
  int years;

  g_return_val_if_fail (birth != NULL && g_date_valid (birth), 0);
  g_return_val_if_fail (on != NULL && g_date_valid (on), 0);

  if (g_date_compare (on, birth) < 0)
    return -haven_age_on (on, birth);

  years = (int) g_date_get_year (on) - (int) g_date_get_year (birth);
  if (g_date_get_month (on) < g_date_get_month (birth) ||
      (g_date_get_month (on) == g_date_get_month (birth) &&
       g_date_get_day (on) < g_date_get_day (birth)))
    years--;

  return years;
}
