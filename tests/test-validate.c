/* test-validate.c: phone numbers, resident identity numbers and dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-validate"

#include <glib.h>
#include <string.h>

#include "haven-validate.h"

/* A test case: text in, and either the kind and stored form, or the error. */
typedef struct
{
  const char     *text;
  HavenPhoneKind  kind;
  const char     *normal;
} PhoneCase;

typedef struct
{
  const char         *text;
  HavenValidateError  code;
} BadCase;

static void
assert_phone_valid (const PhoneCase *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;
  HavenPhoneKind kind = c->kind == HAVEN_PHONE_MOBILE ? HAVEN_PHONE_LANDLINE
                                                      : HAVEN_PHONE_MOBILE;
  gboolean ok;

  g_test_message ("valid phone: \"%s\"", c->text);
  ok = haven_validate_phone (c->text, &kind, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (kind, ==, c->kind);

  normal = haven_normalize_phone (c->text);
  g_assert_cmpstr (normal, ==, c->normal);

  /* The stored form must itself be valid and stable. */
  {
    g_autofree char *again = haven_normalize_phone (normal);
    g_assert_cmpstr (again, ==, normal);
  }
}

static void
assert_phone_invalid (const BadCase *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;
  HavenPhoneKind kind = HAVEN_PHONE_LANDLINE;
  gboolean ok;

  g_test_message ("invalid phone: \"%s\"", c->text);
  ok = haven_validate_phone (c->text, &kind, &error);
  g_assert_false (ok);
  g_assert_error (error, HAVEN_VALIDATE_ERROR, (int) c->code);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  /* A failed check leaves *kind alone. */
  g_assert_cmpint (kind, ==, HAVEN_PHONE_LANDLINE);

  normal = haven_normalize_phone (c->text);
  g_assert_null (normal);
}

static void
test_error_quark (void)
{
  g_assert_cmpuint (HAVEN_VALIDATE_ERROR, !=, 0);
  g_assert_cmpstr (g_quark_to_string (HAVEN_VALIDATE_ERROR), ==,
                   "haven-validate-error-quark");
}

static void
test_phone_mobile_valid (void)
{
  static const PhoneCase cases[] = {
    { "13800138000", HAVEN_PHONE_MOBILE, "13800138000" },
    { "138 0013 8000", HAVEN_PHONE_MOBILE, "13800138000" },
    { "138-0013-8000", HAVEN_PHONE_MOBILE, "13800138000" },
    { "19912345678", HAVEN_PHONE_MOBILE, "19912345678" },
    { "13012345678", HAVEN_PHONE_MOBILE, "13012345678" },
    { "  15912345678\t", HAVEN_PHONE_MOBILE, "15912345678" },
    { "+86 138 0013 8000", HAVEN_PHONE_MOBILE, "13800138000" },
    { "+86-13800138000", HAVEN_PHONE_MOBILE, "13800138000" },
    /* Full-width digits and the ideographic space, as a Chinese input
     * method in full-width mode types them. */
    { "１３８\u3000００１３\u3000８０００", HAVEN_PHONE_MOBILE, "13800138000" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_phone_valid (&cases[i]);

  /* kind may be NULL. */
  g_assert_true (haven_validate_phone ("13800138000", NULL, NULL));
}

static void
test_phone_mobile_invalid (void)
{
  static const BadCase cases[] = {
    { "12345678901", HAVEN_VALIDATE_ERROR_FORMAT },   /* 12 is not a mobile prefix */
    { "11012345678", HAVEN_VALIDATE_ERROR_FORMAT },
    { "1380013800", HAVEN_VALIDATE_ERROR_FORMAT },    /* 10 digits */
    { "138001380001", HAVEN_VALIDATE_ERROR_FORMAT },  /* 12 digits */
    { "1380013800a", HAVEN_VALIDATE_ERROR_FORMAT },
    { "138OO138OOO", HAVEN_VALIDATE_ERROR_FORMAT },   /* letter O for zero */
    { "abc", HAVEN_VALIDATE_ERROR_FORMAT },
    { "+86 0571 88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "+1 555 0100", HAVEN_VALIDATE_ERROR_FORMAT },
    { "1", HAVEN_VALIDATE_ERROR_FORMAT },
    { "38001380001", HAVEN_VALIDATE_ERROR_FORMAT },   /* lost its leading 1 */
    { "138.0013.8000", HAVEN_VALIDATE_ERROR_FORMAT },
    { "", HAVEN_VALIDATE_ERROR_EMPTY },
    { "   ", HAVEN_VALIDATE_ERROR_EMPTY },
    { "\u3000", HAVEN_VALIDATE_ERROR_EMPTY },
  };
  g_autoptr(GError) error = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_phone_invalid (&cases[i]);

  /* The wording a teacher sees next to the field. */
  g_assert_false (haven_validate_phone ("1380013800", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "A mobile number has 11 digits and starts with 13–19.");
}

static void
test_phone_landline_valid (void)
{
  static const PhoneCase cases[] = {
    { "0571-88886666", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "010-12345678", HAVEN_PHONE_LANDLINE, "010-12345678" },
    { "020-87654321", HAVEN_PHONE_LANDLINE, "020-87654321" },
    { "029 8765 4321", HAVEN_PHONE_LANDLINE, "029-87654321" },
    { "(0571)88886666", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "(0571) 8888 6666", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "(010)-12345678", HAVEN_PHONE_LANDLINE, "010-12345678" },
    { "（０５７１）８８８８６６６６", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "０５７１－８８８８６６６６", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "057188886666", HAVEN_PHONE_LANDLINE, "0571-88886666" },
    { "01012345678", HAVEN_PHONE_LANDLINE, "010-12345678" },
    /* A county with a 7-digit local number. */
    { "05718888666", HAVEN_PHONE_LANDLINE, "0571-8888666" },
    { "0571-8888666", HAVEN_PHONE_LANDLINE, "0571-8888666" },
    { "0935-5512345", HAVEN_PHONE_LANDLINE, "0935-5512345" },
    /* Extensions. */
    { "0571-88886666-123", HAVEN_PHONE_LANDLINE, "0571-88886666-123" },
    { "0571-88886666-1", HAVEN_PHONE_LANDLINE, "0571-88886666-1" },
    { "0571-88886666转8001", HAVEN_PHONE_LANDLINE, "0571-88886666-8001" },
    { "0571-88886666 ext. 12", HAVEN_PHONE_LANDLINE, "0571-88886666-12" },
    { "0571-88886666 x12", HAVEN_PHONE_LANDLINE, "0571-88886666-12" },
    { "(0571)88886666-123456", HAVEN_PHONE_LANDLINE, "0571-88886666-123456" },
    { "057188886666-123", HAVEN_PHONE_LANDLINE, "0571-88886666-123" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_phone_valid (&cases[i]);
}

static void
test_phone_landline_invalid (void)
{
  static const BadCase cases[] = {
    { "0571-888866", HAVEN_VALIDATE_ERROR_FORMAT },       /* 6 digits */
    { "0571-888866667", HAVEN_VALIDATE_ERROR_FORMAT },    /* 9 digits */
    { "057188886", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571888866667", HAVEN_VALIDATE_ERROR_FORMAT },
    { "010-1234567", HAVEN_VALIDATE_ERROR_FORMAT },       /* Beijing has 8 */
    { "0101234567", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0111-88886666", HAVEN_VALIDATE_ERROR_FORMAT },     /* no such area code */
    { "011-88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0011-88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "00571-88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "05-88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-08886666", HAVEN_VALIDATE_ERROR_FORMAT },     /* local starts with 0 */
    { "(0571 88886666", HAVEN_VALIDATE_ERROR_FORMAT },    /* unclosed bracket */
    { "(057)188886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "()88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "(0571)", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-88886666-", HAVEN_VALIDATE_ERROR_FORMAT },    /* empty extension */
    { "0571-88886666-1234567", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-88886666-12a", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-8888-6666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-8888a666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571-abcdefgh", HAVEN_VALIDATE_ERROR_FORMAT },
    { "0571/88886666", HAVEN_VALIDATE_ERROR_FORMAT },
    { "88886666", HAVEN_VALIDATE_ERROR_FORMAT },          /* no area code */
    { "0", HAVEN_VALIDATE_ERROR_FORMAT },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_phone_invalid (&cases[i]);
}

static void
test_phone_null (void)
{
  if (g_test_undefined ())
    {
      g_autofree char *normal = NULL;

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL,
                             "*text != NULL*");
      g_assert_false (haven_validate_phone (NULL, NULL, NULL));
      g_test_assert_expected_messages ();

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL,
                             "*text != NULL*");
      normal = haven_normalize_phone (NULL);
      g_test_assert_expected_messages ();
      g_assert_null (normal);
    }
}

/* An independent check-character computation for the tests: the ISO 7064
 * MOD 11-2 recursion, where the implementation uses the weight table. */
static char
reference_check_char (const char *first17)
{
  int p = 0;
  int v;
  int i;

  for (i = 0; i < 17; i++)
    p = ((p + (first17[i] - '0')) * 2) % 11;
  v = (12 - p) % 11;

  return v == 10 ? 'X' : (char) ('0' + v);
}

static void
test_id_check_char (void)
{
  char first17[18];
  gboolean seen[11] = { FALSE, };
  guint32 state = 20240901;
  int i, j;

  /* 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 weighted by
   * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
   * 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167 ≡ 2 (mod 11) → X. */
  g_assert_cmpint (haven_resident_id_check_char ("11010519491231002"), ==, 'X');

  /* 3 3 0 1 0 6 2 0 1 5 0 6 0 1 1 2 3:
   * 21+27+0+5+0+24+4+0+6+15+0+54+0+5+8+8+6 = 183 ≡ 7 (mod 11) → 5. */
  g_assert_cmpint (haven_resident_id_check_char ("33010620150601123"), ==, '5');

  /* 4 4 0 3 0 5 2 0 1 6 0 2 2 9 0 0 1:
   * 28+36+0+15+0+20+4+0+6+18+0+18+20+45+0+0+2 = 212 ≡ 3 (mod 11) → 9. */
  g_assert_cmpint (haven_resident_id_check_char ("44030520160229001"), ==, '9');

  /* Only the first 17 characters count, so the whole number works too. */
  g_assert_cmpint (haven_resident_id_check_char ("11010519491231002X"), ==, 'X');

  /* Not 17 digits. */
  g_assert_cmpint (haven_resident_id_check_char ("1101051949123100"), ==, '\0');
  g_assert_cmpint (haven_resident_id_check_char ("1101051949123100a"), ==, '\0');
  g_assert_cmpint (haven_resident_id_check_char (""), ==, '\0');

  /* Many pseudo-random prefixes agree with the recursion, and between them
   * they reach all eleven check characters. */
  for (i = 0; i < 2000; i++)
    {
      char c;

      for (j = 0; j < 17; j++)
        {
          state = state * 1103515245u + 12345u;
          first17[j] = (char) ('0' + (state >> 16) % 10);
        }
      first17[17] = '\0';

      c = haven_resident_id_check_char (first17);
      g_assert_cmpint (c, ==, reference_check_char (first17));
      seen[c == 'X' ? 10 : c - '0'] = TRUE;
    }
  for (i = 0; i < 11; i++)
    g_assert_true (seen[i]);
}

/* A valid number from a region code, a date (YYYYMMDD) and a sequence. */
static char *
make_id (const char *region,
         const char *yyyymmdd,
         const char *sequence)
{
  char *id = g_strdup_printf ("%s%s%s?", region, yyyymmdd, sequence);

  g_assert_cmpuint (strlen (id), ==, 18);
  id[17] = reference_check_char (id);
  return id;
}

static void
test_id_valid (void)
{
  static const struct {
    const char *id;
    const char *birth;
    const char *normal;
  } cases[] = {
    { "11010519491231002X", "1949-12-31", "11010519491231002X" },
    { "11010519491231002x", "1949-12-31", "11010519491231002X" },
    { "110105 19491231 002X", "1949-12-31", "11010519491231002X" },
    { " 11010519491231002X ", "1949-12-31", "11010519491231002X" },
    { "１１０１０５１９４９１２３１００２Ｘ", "1949-12-31", "11010519491231002X" },
    { "330106201506011235", "2015-06-01", "330106201506011235" },
    { "440305201602290019", "2016-02-29", "440305201602290019" },
    { "510129201808152349", "2018-08-15", "510129201808152349" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *birth = NULL;
      g_autofree char *normal = NULL;

      g_test_message ("valid id: \"%s\"", cases[i].id);

      g_assert_true (haven_validate_resident_id (cases[i].id, NULL, &error));
      g_assert_no_error (error);

      /* The same with the matching birth date, and with none given. */
      g_assert_true (haven_validate_resident_id (cases[i].id, cases[i].birth, &error));
      g_assert_no_error (error);
      g_assert_true (haven_validate_resident_id (cases[i].id, "", &error));
      g_assert_no_error (error);

      birth = haven_resident_id_birth_date (cases[i].id);
      g_assert_cmpstr (birth, ==, cases[i].birth);

      normal = haven_normalize_resident_id (cases[i].id);
      g_assert_cmpstr (normal, ==, cases[i].normal);
    }
}

static void
assert_id_invalid (const char         *id,
                   const char         *birth_date,
                   HavenValidateError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;

  g_test_message ("invalid id: \"%s\" born \"%s\"", id, birth_date ? birth_date : "(null)");
  g_assert_false (haven_validate_resident_id (id, birth_date, &error));
  g_assert_error (error, HAVEN_VALIDATE_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");

  /* Without a birth date to compare, the number itself is still wrong. */
  if (code != HAVEN_VALIDATE_ERROR_MISMATCH)
    {
      normal = haven_normalize_resident_id (id);
      g_assert_null (normal);
    }
}

static void
test_id_invalid (void)
{
  g_autofree char *feb30 = make_id ("330106", "20150230", "123");
  g_autofree char *month13 = make_id ("330106", "20151301", "123");
  g_autofree char *day00 = make_id ("330106", "20150600", "123");
  g_autofree char *feb29_2015 = make_id ("330106", "20150229", "123");
  g_autofree char *year1800 = make_id ("330106", "18000101", "123");
  g_autofree char *tomorrow_id = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%Y%m%d");
  g_autoptr(GError) error = NULL;

  /* The helper really builds valid numbers: only the date is wrong. */
  g_assert_cmpint (feb30[17], ==, '5');
  g_assert_cmpint (haven_resident_id_check_char (feb30), ==, feb30[17]);

  /* Wrong check character: the last one changed, two digits swapped,
   * and one digit mistyped. */
  assert_id_invalid ("110105194912310021", NULL, HAVEN_VALIDATE_ERROR_CHECKSUM);
  assert_id_invalid ("330106201506011234", NULL, HAVEN_VALIDATE_ERROR_CHECKSUM);
  assert_id_invalid ("330106201506011325", NULL, HAVEN_VALIDATE_ERROR_CHECKSUM);
  assert_id_invalid ("330106201506011335", NULL, HAVEN_VALIDATE_ERROR_CHECKSUM);
  assert_id_invalid ("33010620150601123X", NULL, HAVEN_VALIDATE_ERROR_CHECKSUM);

  /* A checksum that is right for a date that does not exist. */
  assert_id_invalid (feb30, NULL, HAVEN_VALIDATE_ERROR_RANGE);
  assert_id_invalid (month13, NULL, HAVEN_VALIDATE_ERROR_RANGE);
  assert_id_invalid (day00, NULL, HAVEN_VALIDATE_ERROR_RANGE);
  assert_id_invalid (feb29_2015, NULL, HAVEN_VALIDATE_ERROR_RANGE);
  assert_id_invalid (year1800, NULL, HAVEN_VALIDATE_ERROR_RANGE);

  /* Born tomorrow. */
  tomorrow_id = make_id ("330106", tomorrow_text, "123");
  assert_id_invalid (tomorrow_id, NULL, HAVEN_VALIDATE_ERROR_RANGE);

  /* Shape. */
  assert_id_invalid ("", NULL, HAVEN_VALIDATE_ERROR_EMPTY);
  assert_id_invalid ("  ", NULL, HAVEN_VALIDATE_ERROR_EMPTY);
  assert_id_invalid ("11010519491231002", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("11010519491231002X1", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("1101051949123100XX", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("X10105194912310021", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("11010519491231002Y", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("110105-19491231-002X", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("11010549123100", NULL, HAVEN_VALIDATE_ERROR_FORMAT);
  assert_id_invalid ("110105491231002", NULL, HAVEN_VALIDATE_ERROR_FORMAT);  /* 15-digit */
  assert_id_invalid ("abc", NULL, HAVEN_VALIDATE_ERROR_FORMAT);

  /* The number and the birth date field disagree. */
  assert_id_invalid ("330106201506011235", "2015-06-02", HAVEN_VALIDATE_ERROR_MISMATCH);
  assert_id_invalid ("330106201506011235", "2016-06-01", HAVEN_VALIDATE_ERROR_MISMATCH);
  assert_id_invalid ("11010519491231002x", "1949-12-30", HAVEN_VALIDATE_ERROR_MISMATCH);

  /* The message names both dates, so the teacher sees which is wrong. */
  g_assert_false (haven_validate_resident_id ("330106201506011235", "2015-06-02", &error));
  g_assert_nonnull (strstr (error->message, "2015-06-01"));
  g_assert_nonnull (strstr (error->message, "2015-06-02"));
  g_clear_error (&error);

  /* A checksum error wins over a mismatch: the number itself is wrong. */
  assert_id_invalid ("330106201506011234", "2015-06-02", HAVEN_VALIDATE_ERROR_CHECKSUM);

  /* A birth date that is not a date is the other field's problem. */
  g_assert_true (haven_validate_resident_id ("330106201506011235", "2015-02-30", &error));
  g_assert_no_error (error);
  g_assert_true (haven_validate_resident_id ("330106201506011235", "June 2015", &error));
  g_assert_no_error (error);
}

static void
test_id_birth_date (void)
{
  g_autofree char *a = haven_resident_id_birth_date ("11010519491231002X");
  g_autofree char *b = haven_resident_id_birth_date ("330106201506011234");
  g_autofree char *c = haven_resident_id_birth_date ("330106201502301235");
  g_autofree char *d = haven_resident_id_birth_date ("3301062015060112");
  g_autofree char *e = haven_resident_id_birth_date ("");
  g_autofree char *f = haven_resident_id_birth_date ("44030520160229001 9");

  g_assert_cmpstr (a, ==, "1949-12-31");
  /* A wrong check character still has a well-formed date. */
  g_assert_cmpstr (b, ==, "2015-06-01");
  g_assert_null (c);
  g_assert_null (d);
  g_assert_null (e);
  g_assert_cmpstr (f, ==, "2016-02-29");

  if (g_test_undefined ())
    {
      g_autofree char *n = NULL;

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
      n = haven_resident_id_birth_date (NULL);
      g_test_assert_expected_messages ();
      g_assert_null (n);

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
      g_assert_false (haven_validate_resident_id (NULL, NULL, NULL));
      g_test_assert_expected_messages ();

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL, "*first17 != NULL*");
      g_assert_cmpint (haven_resident_id_check_char (NULL), ==, '\0');
      g_test_assert_expected_messages ();
    }
}

static void
test_date (void)
{
  static const struct {
    const char *text;
    int day, month, year;
  } good[] = {
    { "2024-02-29", 29, 2, 2024 },
    { "2000-02-29", 29, 2, 2000 },   /* divisible by 400: a leap year */
    { "2023-12-31", 31, 12, 2023 },
    { "2024-01-01", 1, 1, 2024 },
    { "2024-04-30", 30, 4, 2024 },
    { "1900-01-01", 1, 1, 1900 },
    { "2099-09-01", 1, 9, 2099 },
  };
  static const BadCase bad[] = {
    { "2023-02-29", HAVEN_VALIDATE_ERROR_RANGE },
    { "1900-02-29", HAVEN_VALIDATE_ERROR_RANGE },  /* divisible by 100 only */
    { "2024-02-30", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024-04-31", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024-13-01", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024-00-10", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024-01-00", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024-01-32", HAVEN_VALIDATE_ERROR_RANGE },
    { "0000-01-01", HAVEN_VALIDATE_ERROR_RANGE },
    { "2024/01/01", HAVEN_VALIDATE_ERROR_FORMAT },
    { "2024-1-1", HAVEN_VALIDATE_ERROR_FORMAT },
    { "20240101", HAVEN_VALIDATE_ERROR_FORMAT },
    { "01-01-2024", HAVEN_VALIDATE_ERROR_FORMAT },
    { "2024-01-01 ", HAVEN_VALIDATE_ERROR_FORMAT },
    { " 2024-01-01", HAVEN_VALIDATE_ERROR_FORMAT },
    { "2024-01-011", HAVEN_VALIDATE_ERROR_FORMAT },
    { "2024-01-0", HAVEN_VALIDATE_ERROR_FORMAT },
    { "２０２４-01-01", HAVEN_VALIDATE_ERROR_FORMAT },
    { "2024年1月1日", HAVEN_VALIDATE_ERROR_FORMAT },
    { "yesterday", HAVEN_VALIDATE_ERROR_FORMAT },
    { "", HAVEN_VALIDATE_ERROR_EMPTY },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("valid date: \"%s\"", good[i].text);
      g_date_clear (&date, 1);
      g_assert_true (haven_validate_date (good[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpint (g_date_get_day (&date), ==, good[i].day);
      g_assert_cmpint (g_date_get_month (&date), ==, good[i].month);
      g_assert_cmpint (g_date_get_year (&date), ==, good[i].year);

      /* out_date may be NULL. */
      g_assert_true (haven_validate_date (good[i].text, NULL, NULL));
    }

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("invalid date: \"%s\"", bad[i].text);
      g_date_clear (&date, 1);
      g_assert_false (haven_validate_date (bad[i].text, &date, &error));
      g_assert_error (error, HAVEN_VALIDATE_ERROR, (int) bad[i].code);
      g_assert_cmpstr (error->message, !=, "");
      /* A failed check leaves out_date alone. */
      g_assert_false (g_date_valid (&date));
    }

  if (g_test_undefined ())
    {
      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
      g_assert_false (haven_validate_date (NULL, NULL, NULL));
      g_test_assert_expected_messages ();
    }
}

static void
assert_birth (const char  *text,
              const GDate *today,
              gboolean     expect_ok,
              gboolean     expect_over_age)
{
  g_autoptr(GError) error = NULL;
  gboolean over_age = !expect_over_age;
  gboolean ok;

  g_test_message ("birth date: \"%s\"", text);
  ok = haven_validate_birth_date (text, today, &over_age, &error);
  if (expect_ok)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
    }
  else
    {
      g_assert_false (ok);
      g_assert_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE);
    }
  g_assert_cmpint (over_age, ==, expect_over_age);
}

static void
test_birth_date (void)
{
  GDate today;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) sixteen = g_date_time_add_years (now, -16);
  g_autoptr(GDateTime) almost = g_date_time_add_days (sixteen, 1);
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *sixteen_text = g_date_time_format (sixteen, "%Y-%m-%d");
  g_autofree char *almost_text = g_date_time_format (almost, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  /* A fixed "today" first, so the edges are exact. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JUNE, 2024);

  assert_birth ("2024-06-16", &today, FALSE, FALSE);   /* tomorrow */
  assert_birth ("2025-01-01", &today, FALSE, FALSE);
  assert_birth ("2024-06-15", &today, TRUE, FALSE);    /* born today */
  assert_birth ("2015-09-01", &today, TRUE, FALSE);
  assert_birth ("2008-06-16", &today, TRUE, FALSE);    /* 15 years 364 days */
  assert_birth ("2008-06-15", &today, TRUE, TRUE);     /* 16 today */
  assert_birth ("2008-06-14", &today, TRUE, TRUE);
  assert_birth ("1990-01-01", &today, TRUE, TRUE);

  /* Born on 29 February: 16 on 29 February 2024, not the day before. */
  g_date_set_dmy (&today, 28, G_DATE_FEBRUARY, 2024);
  assert_birth ("2008-02-29", &today, TRUE, FALSE);
  g_date_set_dmy (&today, 29, G_DATE_FEBRUARY, 2024);
  assert_birth ("2008-02-29", &today, TRUE, TRUE);

  /* The real today when none is given. */
  assert_birth (tomorrow_text, NULL, FALSE, FALSE);
  assert_birth (today_text, NULL, TRUE, FALSE);
  assert_birth (almost_text, NULL, TRUE, FALSE);
  /* g_date_time_add_years maps 29 February to the 28th, which is still at
   * least 16 years back. */
  assert_birth (sixteen_text, NULL, TRUE, TRUE);

  /* Date errors come through unchanged, and over_age may be NULL. */
  g_assert_false (haven_validate_birth_date ("2023-02-29", &today, NULL, &error));
  g_assert_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (haven_validate_birth_date ("2023/02/01", &today, NULL, &error));
  g_assert_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (haven_validate_birth_date ("", &today, NULL, &error));
  g_assert_error (error, HAVEN_VALIDATE_ERROR, HAVEN_VALIDATE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_true (haven_validate_birth_date ("2015-06-01", &today, NULL, NULL));
}

static int
age (const char *birth,
     const char *on)
{
  GDate b, o;

  g_assert_true (haven_validate_date (birth, &b, NULL));
  g_assert_true (haven_validate_date (on, &o, NULL));
  return haven_age_on (&b, &o);
}

static void
test_age_on (void)
{
  g_assert_cmpint (age ("2015-06-01", "2015-06-01"), ==, 0);
  g_assert_cmpint (age ("2015-06-01", "2016-05-31"), ==, 0);
  g_assert_cmpint (age ("2015-06-01", "2016-06-01"), ==, 1);
  g_assert_cmpint (age ("2015-06-01", "2024-09-01"), ==, 9);
  g_assert_cmpint (age ("2015-12-31", "2024-01-01"), ==, 8);
  g_assert_cmpint (age ("2008-06-15", "2024-06-14"), ==, 15);
  g_assert_cmpint (age ("2008-06-15", "2024-06-15"), ==, 16);
  /* 29 February birthdays count from 1 March in common years. */
  g_assert_cmpint (age ("2008-02-29", "2023-02-28"), ==, 14);
  g_assert_cmpint (age ("2008-02-29", "2023-03-01"), ==, 15);
  g_assert_cmpint (age ("2008-02-29", "2024-02-29"), ==, 16);
  /* Backwards in time, truncated towards zero. */
  g_assert_cmpint (age ("2016-06-01", "2015-06-01"), ==, -1);
  g_assert_cmpint (age ("2016-06-01", "2015-06-02"), ==, 0);

  if (g_test_undefined ())
    {
      GDate invalid;
      GDate valid;

      g_date_clear (&invalid, 1);
      g_date_clear (&valid, 1);
      g_date_set_dmy (&valid, 1, 1, 2020);

      g_test_expect_message ("haven-validate", G_LOG_LEVEL_CRITICAL, "*g_date_valid (birth)*");
      g_assert_cmpint (haven_age_on (&invalid, &valid), ==, 0);
      g_test_assert_expected_messages ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/error-quark", test_error_quark);
  g_test_add_func ("/validate/phone/mobile-valid", test_phone_mobile_valid);
  g_test_add_func ("/validate/phone/mobile-invalid", test_phone_mobile_invalid);
  g_test_add_func ("/validate/phone/landline-valid", test_phone_landline_valid);
  g_test_add_func ("/validate/phone/landline-invalid", test_phone_landline_invalid);
  g_test_add_func ("/validate/phone/null", test_phone_null);
  g_test_add_func ("/validate/resident-id/check-char", test_id_check_char);
  g_test_add_func ("/validate/resident-id/valid", test_id_valid);
  g_test_add_func ("/validate/resident-id/invalid", test_id_invalid);
  g_test_add_func ("/validate/resident-id/birth-date", test_id_birth_date);
  g_test_add_func ("/validate/date", test_date);
  g_test_add_func ("/validate/birth-date", test_birth_date);
  g_test_add_func ("/validate/age-on", test_age_on);

  return g_test_run ();
}
