/* test-card-renderer.c: contact cards and rosters drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-card-renderer"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "haven-card-renderer.h"
#include "haven-child-file.h"
#include "haven-model-types.h"

#define PRINTED_ON "2026-11-22"
#define SCHOOL     "青山县红星镇中心小学"

typedef struct
{
  double      width;
  double      height;
  const char *name;
} PageSize;

static const PageSize page_sizes[] = {
  { HAVEN_CARD_A4_WIDTH, HAVEN_CARD_A4_HEIGHT, "A4" },
  { HAVEN_CARD_A5_WIDTH, HAVEN_CARD_A5_HEIGHT, "A5" },
};

static void
set_text (gpointer    record,
          guint       field,
          const char *text)
{
  haven_record_set_string (HAVEN_RECORD (record), field, text);
}

static void
set_int (gpointer record,
         guint    field,
         int      value)
{
  haven_record_set_int (HAVEN_RECORD (record), field, value);
}

/* A full file in Chinese, as a class teacher would type it. */
static HavenChildFile *
make_file (void)
{
  HavenChildFile *file = haven_child_file_new ();
  HavenChild *child = haven_child_file_get_child (file);
  HavenParent *father = haven_child_file_get_father (file);
  HavenParent *mother = haven_child_file_get_mother (file);
  HavenGuardian *guardian = haven_child_file_get_guardian (file);

  set_text (child, HAVEN_CHILD_NAME, "李小梅");
  set_int (child, HAVEN_CHILD_GENDER, HAVEN_GENDER_FEMALE);
  set_text (child, HAVEN_CHILD_BIRTH_DATE, "2016-04-12");
  set_text (child, HAVEN_CHILD_ID_NUMBER, "511321201604123421");
  haven_record_set_ref (HAVEN_RECORD (child), HAVEN_CHILD_SCHOOL_CLASS_ID, 3);
  set_text (child, HAVEN_CHILD_CLASS_NAME, "四年级（2）班");
  set_text (child, HAVEN_CHILD_STUDENT_NUMBER, "2023020017");
  set_text (child, HAVEN_CHILD_ADDRESS, "红星镇桃花村三组");
  set_int (child, HAVEN_CHILD_REASON, HAVEN_LEFT_BEHIND_BOTH_AWAY);
  set_text (child, HAVEN_CHILD_PERSONALITY, "内向，不爱说话，但做事认真");
  set_text (child, HAVEN_CHILD_INTERESTS, "画画、跳绳");
  set_text (child, HAVEN_CHILD_TALENTS, "绘画");
  set_text (child, HAVEN_CHILD_HEALTH, "健康");
  set_int (child, HAVEN_CHILD_STUDY_LEVEL, HAVEN_STUDY_STRUGGLING);
  set_text (child, HAVEN_CHILD_STUDY_NOTES, "数学基础薄弱，需要课后辅导");
  set_int (child, HAVEN_CHILD_BOARDING, TRUE);
  set_text (child, HAVEN_CHILD_HARDSHIP, "奶奶常年生病，家庭收入低");
  set_text (child, HAVEN_CHILD_AID, "两免一补");
  set_int (child, HAVEN_CHILD_KEY_SUPPORT, TRUE);
  set_text (child, HAVEN_CHILD_MENTOR_NAME, "王老师");
  set_text (child, HAVEN_CHILD_LAST_TALK_DATE, "2026-11-18");

  set_text (father, HAVEN_PARENT_NAME, "李建国");
  set_int (father, HAVEN_PARENT_AWAY, TRUE);
  set_text (father, HAVEN_PARENT_WORK_PLACE, "广东省东莞市");
  set_text (father, HAVEN_PARENT_EMPLOYER, "东莞市长安镇电子厂");
  set_text (father, HAVEN_PARENT_EMPLOYER_ADDRESS, "东莞市长安镇振安中路168号");
  set_text (father, HAVEN_PARENT_PHONE, "13812345678");
  set_int (father, HAVEN_PARENT_HOME_VISITS, HAVEN_HOME_VISITS_YEARLY);

  set_text (mother, HAVEN_PARENT_NAME, "张秀英");
  set_int (mother, HAVEN_PARENT_AWAY, TRUE);
  set_text (mother, HAVEN_PARENT_WORK_PLACE, "浙江省义乌市");
  set_text (mother, HAVEN_PARENT_PHONE, "13987654321");
  set_int (mother, HAVEN_PARENT_HOME_VISITS, HAVEN_HOME_VISITS_SEASONALLY);

  set_text (guardian, HAVEN_GUARDIAN_NAME, "李德福");
  set_int (guardian, HAVEN_GUARDIAN_RELATIONSHIP, HAVEN_RELATIONSHIP_GRANDFATHER);
  set_text (guardian, HAVEN_GUARDIAN_OCCUPATION, "务农");
  set_text (guardian, HAVEN_GUARDIAN_ADDRESS, "红星镇桃花村三组");
  set_text (guardian, HAVEN_GUARDIAN_PHONE, "15912345678");
  set_text (guardian, HAVEN_GUARDIAN_HEALTH, "高血压");
  set_int (guardian, HAVEN_GUARDIAN_AGE, 68);
  set_int (guardian, HAVEN_GUARDIAN_ENTRUSTED, TRUE);

  return file;
}

/* The same file with every free-text field far too long for one page. */
static HavenChildFile *
make_long_file (void)
{
  HavenChildFile *file = make_file ();
  HavenChild *child = haven_child_file_get_child (file);
  HavenGuardian *guardian = haven_child_file_get_guardian (file);
  GString *note = g_string_new (NULL);

  for (int i = 0; i < 400; i++)
    g_string_append (note, "孩子最近情绪低落，上课注意力不集中，需要持续关注。\n");

  set_text (child, HAVEN_CHILD_NAME, "欧阳诸葛司马上官慕容长名字测试欧阳诸葛司马上官慕容");
  set_text (child, HAVEN_CHILD_ADDRESS, note->str);
  set_text (child, HAVEN_CHILD_PERSONALITY, note->str);
  set_text (child, HAVEN_CHILD_STUDY_NOTES, note->str);
  set_text (child, HAVEN_CHILD_HARDSHIP, note->str);
  set_text (child, HAVEN_CHILD_NOTES, note->str);
  set_text (guardian, HAVEN_GUARDIAN_ADDRESS, note->str);
  /* An incomplete file also prints what it lacks. */
  set_text (guardian, HAVEN_GUARDIAN_PHONE, "");

  g_string_free (note, TRUE);
  return file;
}

static cairo_surface_t *
white_image (int width,
             int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + (gsize) y * stride))[x] & 0xffffff;
}

static gboolean
is_dark (guint32 pixel)
{
  guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

  return r + g + b < 3 * 96;
}

static guint
count_dark (cairo_surface_t *surface,
            int              x0,
            int              y0,
            int              x1,
            int              y1)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (is_dark (pixel_at (surface, x, y)))
        n++;
  return n;
}

/* The number of pixels that are not white outside the rectangle. */
static guint
count_marked_outside (cairo_surface_t *surface,
                      int              x0,
                      int              y0,
                      int              x1,
                      int              y1)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((x < x0 || x >= x1 || y < y0 || y >= y1) && pixel_at (surface, x, y) != 0xffffff)
        n++;
  return n;
}

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  gsize *written = closure;

  *written += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
test_card_pdf (void)
{
  HavenChildFile *file = make_file ();
  HavenChildFile *long_file = make_long_file ();

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      gsize written = 0;
      cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, &written,
                                                                      size->width, size->height);
      cairo_t *cr = cairo_create (surface);

      g_test_message ("PDF %s", size->name);
      haven_card_renderer_draw_card (cr, size->width, size->height, file, SCHOOL, PRINTED_ON);
      cairo_show_page (cr);
      haven_card_renderer_draw_card (cr, size->width, size->height, long_file, SCHOOL, PRINTED_ON);
      cairo_show_page (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      g_assert_cmpuint (written, >, 1000);
    }

  /* The renderer keeps no reference to what it drew. */
  g_assert_finalize_object (file);
  g_assert_finalize_object (long_file);
}

static void
test_card_image (void)
{
  HavenChildFile *file = make_file ();

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) haven_card_renderer_margin (size->width, size->height);
      cairo_surface_t *surface = white_image (width, height);
      cairo_t *cr = cairo_create (surface);

      g_test_message ("image %s", size->name);
      haven_card_renderer_draw_card (cr, size->width, size->height, file, SCHOOL, PRINTED_ON);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

      /* The title: dark strokes in the top band, across the middle. */
      g_assert_cmpuint (count_dark (surface, width / 4, margin, width * 3 / 4, margin + height / 20), >, 50);
      /* The tables reach down the page. */
      g_assert_cmpuint (count_dark (surface, margin, height / 2, width - margin, height * 3 / 4), >, 500);
      g_assert_cmpuint (count_marked_outside (surface, margin, margin, width - margin, height - margin), ==, 0);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_assert_finalize_object (file);
}

/* Drawn at an offset on a bigger surface, the card must leave both the
 * surface around the page and the page's own margins white. */
static void
test_card_long_notes_stay_inside (void)
{
  HavenChildFile *file = make_long_file ();
  const int offset = 40;

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) haven_card_renderer_margin (size->width, size->height);
      cairo_surface_t *surface = white_image (width + 2 * offset, height + 2 * offset);
      cairo_t *cr = cairo_create (surface);

      g_test_message ("long notes %s", size->name);
      cairo_translate (cr, offset, offset);
      haven_card_renderer_draw_card (cr, size->width, size->height, file, SCHOOL, PRINTED_ON);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

      g_assert_cmpuint (count_dark (surface, offset + width / 4, offset + margin,
                                    offset + width * 3 / 4, offset + margin + height / 20), >, 50);
      g_assert_cmpuint (count_marked_outside (surface, offset + margin, offset + margin,
                                              offset + width - margin, offset + height - margin), ==, 0);
      /* The signature lines at the foot are still drawn: nothing was
       * pushed off the bottom. */
      g_assert_cmpuint (count_dark (surface, offset + margin, offset + height - margin - height / 15,
                                    offset + width - margin, offset + height - margin), >, 20);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_assert_finalize_object (file);
}

static void
test_card_empty_file (void)
{
  HavenChildFile *file = haven_child_file_new ();
  cairo_surface_t *surface = white_image (HAVEN_CARD_A5_WIDTH, HAVEN_CARD_A5_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  /* No school, no date: today is used, and the blank card still prints. */
  haven_card_renderer_draw_card (cr, HAVEN_CARD_A5_WIDTH, HAVEN_CARD_A5_HEIGHT, file, NULL, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (count_dark (surface, 0, 0, HAVEN_CARD_A5_WIDTH, HAVEN_CARD_A5_HEIGHT), >, 1000);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (file);
}

static GPtrArray *
make_roster (guint n)
{
  GPtrArray *children = g_ptr_array_new_with_free_func (g_object_unref);
  static const char * const names[] = {
    "王小明", "李娜", "张伟", "刘洋", "陈静", "欧阳诸葛司马上官慕容",
  };

  for (guint i = 0; i < n; i++)
    {
      HavenChild *child = haven_child_new ();
      g_autofree char *phone = g_strdup_printf ("139%08u", i);

      set_text (child, HAVEN_CHILD_NAME, names[i % G_N_ELEMENTS (names)]);
      set_int (child, HAVEN_CHILD_GENDER, i % 2 ? HAVEN_GENDER_MALE : HAVEN_GENDER_FEMALE);
      set_text (child, HAVEN_CHILD_BIRTH_DATE, "2016-09-01");
      set_int (child, HAVEN_CHILD_REASON, 1 + i % 4);
      set_text (child, HAVEN_CHILD_CLASS_NAME, "三年级（2）班");
      set_text (child, HAVEN_CHILD_GUARDIAN_NAME, i % 7 == 3 ? "" : "王秀兰");
      set_text (child, HAVEN_CHILD_GUARDIAN_PHONE, i % 5 == 4 ? "" : phone);
      set_text (child, HAVEN_CHILD_MENTOR_NAME, i % 3 ? "赵老师" : "");
      set_int (child, HAVEN_CHILD_MISSING, i % 5 == 4 ? 1 : 0);
      g_ptr_array_add (children, child);
    }
  return children;
}

static void
test_roster (void)
{
  g_autoptr(GPtrArray) children = make_roster (40);
  guint a4_rows = haven_card_renderer_roster_rows_per_page (HAVEN_CARD_A4_HEIGHT);
  guint a5_rows = haven_card_renderer_roster_rows_per_page (HAVEN_CARD_A5_HEIGHT);

  g_assert_cmpuint (a4_rows, >=, 15);
  g_assert_cmpuint (a4_rows, <=, 40);
  g_assert_cmpuint (a5_rows, >=, 10);
  g_assert_cmpuint (a5_rows, <=, a4_rows);
  g_assert_cmpuint (haven_card_renderer_roster_rows_per_page (1), >=, 1);

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) MIN (haven_card_renderer_margin (size->width, size->height), height * 0.04);
      guint rows = haven_card_renderer_roster_rows_per_page (size->height);
      guint n_pages = (children->len + rows - 1) / rows;
      const int offset = 30;

      for (guint page = 0; page < n_pages; page++)
        {
          cairo_surface_t *surface = white_image (width + 2 * offset, height + 2 * offset);
          cairo_t *cr = cairo_create (surface);

          g_test_message ("roster %s page %u of %u", size->name, page + 1, n_pages);
          cairo_translate (cr, offset, offset);
          haven_card_renderer_draw_roster (cr, size->width, size->height, "三年级（2）班",
                                           children, page * rows, rows, page, n_pages);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpuint (count_dark (surface, offset + width / 4, offset + margin,
                                        offset + width * 3 / 4, offset + margin + height / 20), >, 50);
          g_assert_cmpuint (count_marked_outside (surface, offset + margin, offset + margin,
                                                  offset + width - margin, offset + height - margin), ==, 0);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }
}

static void
test_roster_pdf (void)
{
  g_autoptr(GPtrArray) children = make_roster (3);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, &written,
                                                                  HAVEN_CARD_A4_WIDTH,
                                                                  HAVEN_CARD_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  haven_card_renderer_draw_roster (cr, HAVEN_CARD_A4_WIDTH, HAVEN_CARD_A4_HEIGHT, "三年级（2）班",
                                   children, 0, 100, 0, 1);
  cairo_show_page (cr);
  /* An empty class still gets its heading, and a start past the end is
   * no error. */
  haven_card_renderer_draw_roster (cr, HAVEN_CARD_A4_WIDTH, HAVEN_CARD_A4_HEIGHT, "", none, 0, 10, 0, 1);
  cairo_show_page (cr);
  haven_card_renderer_draw_roster (cr, HAVEN_CARD_A4_WIDTH, HAVEN_CARD_A4_HEIGHT, NULL, children, 7, 10, 1, 1);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (written, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/card-renderer/card/pdf", test_card_pdf);
  g_test_add_func ("/card-renderer/card/image", test_card_image);
  g_test_add_func ("/card-renderer/card/long-notes-stay-inside", test_card_long_notes_stay_inside);
  g_test_add_func ("/card-renderer/card/empty-file", test_card_empty_file);
  g_test_add_func ("/card-renderer/roster/image", test_roster);
  g_test_add_func ("/card-renderer/roster/pdf", test_roster_pdf);

  return g_test_run ();
}
