/* test-report.c: reports as data, their pages, and the PDF and CSV writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-report"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "haven-child-file.h"
#include "haven-model-types.h"
#include "haven-report-cards.h"
#include "haven-report-csv.h"
#include "haven-report-pdf.h"
#include "haven-report-render.h"
#include "haven-report.h"
#include "haven-test-utils.h"

#define PRINTED_ON "2026-11-22"
#define SCHOOL     "青山县红星镇中心小学"
#define CLASS      "三年级（2）班"

typedef struct
{
  double      width;
  double      height;
  const char *name;
} PageSize;

static const PageSize page_sizes[] = {
  { HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, "A4" },
  { HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, "A5" },
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
  set_text (child, HAVEN_CHILD_VILLAGE, "桃花村");
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
  set_text (child, HAVEN_CHILD_ARRIVED_DATE, "2022-09-01");
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

static HavenReport *
cards_report (HavenChildFile *file,
              const char     *school,
              const char     *printed_on)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  g_ptr_array_add (files, file);
  return haven_report_new_contact_cards (files, school, printed_on);
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
      set_text (child, HAVEN_CHILD_CLASS_NAME, CLASS);
      set_text (child, HAVEN_CHILD_GUARDIAN_NAME, i % 7 == 3 ? "" : "王秀兰");
      set_text (child, HAVEN_CHILD_GUARDIAN_PHONE, i % 5 == 4 ? "" : phone);
      set_text (child, HAVEN_CHILD_MENTOR_NAME, i % 3 ? "赵老师" : "");
      set_int (child, HAVEN_CHILD_MISSING, i % 5 == 4 ? 1 : 0);
      g_ptr_array_add (children, child);
    }
  return children;
}

/* Pixels */

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

/* Pixels that are not white. */
static guint
count_marked (cairo_surface_t *surface,
              int              x0,
              int              y0,
              int              x1,
              int              y1)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (pixel_at (surface, x, y) != 0xffffff)
        n++;
  return n;
}

/* The longest run of marked pixels down any one column: a table's
 * vertical rule runs the whole height, text only a line's. */
static int
longest_vertical_mark (cairo_surface_t *surface,
                       int              x0,
                       int              y0,
                       int              x1,
                       int              y1)
{
  int longest = 0;

  cairo_surface_flush (surface);
  for (int x = x0; x < x1; x++)
    {
      int run = 0;

      for (int y = y0; y < y1; y++)
        {
          run = pixel_at (surface, x, y) != 0xffffff ? run + 1 : 0;
          longest = MAX (longest, run);
        }
    }
  return longest;
}

/* Pixels of exactly the grey of a heading's fill. */
static guint
count_heading_grey (cairo_surface_t *surface,
                    int              x0,
                    int              y0,
                    int              x1,
                    int              y1)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (pixel_at (surface, x, y) == 0xcccccc)
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

/* Draws one page at an offset inside a white surface offset wider all
 * round; the caller destroys it. */
static cairo_surface_t *
draw_page_image (HavenReport *report,
                 guint        page,
                 double       width,
                 double       height,
                 int          offset)
{
  cairo_surface_t *surface = white_image ((int) width + 2 * offset, (int) height + 2 * offset);
  cairo_t *cr = cairo_create (surface);

  /* The page must not rely on the caller's colour. */
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_translate (cr, offset, offset);
  haven_report_draw_page (report, cr, page, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
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

/* Draws every page into a PDF stream; returns the bytes written. */
static gsize
draw_pdf_stream (HavenReport *report,
                 double       width,
                 double       height,
                 guint        expected_pages)
{
  gsize written = 0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, &written, width, height);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = haven_report_paginate (report, width, height, cr);

  g_assert_cmpuint (n_pages, ==, expected_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      haven_report_draw_page (report, cr, page, width, height);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return written;
}

/* Files */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in a folder, sorted, as one string: "a,b". */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

/* How often needle is in data, which holds binary streams with NULs. */
static guint
count_bytes (const char *data,
             gsize       length,
             const char *needle,
             char        not_next)
{
  gsize n_needle = strlen (needle);
  guint n = 0;

  for (gsize i = 0; i + n_needle <= length; i++)
    if (memcmp (data + i, needle, n_needle) == 0
        && (i + n_needle == length || data[i + n_needle] != not_next))
      n++;
  return n;
}

static guint
count_pdf_pages (const char *data,
                 gsize       length)
{
  /* "/Type /Page" without the "s" of "/Type /Pages". */
  return count_bytes (data, length, "/Type /Page", 's');
}

/* The text of each page of a PDF through pdftotext, or NULL (the test
 * is then skipped) when poppler-utils is not installed. */
static GStrv
pdf_page_texts (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { NULL, "-enc", "UTF-8", path, "-", NULL };
  int status;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Pages end with a form feed. */
  return g_strsplit (out, "\f", -1);
}

/* The document model */

static void
test_model_build_and_read (void)
{
  g_autoptr(HavenReport) report = haven_report_new ("Term plan");
  static const double widths[] = { 0.3, 0.7 };
  static const char * const options[] = { "Study", "Mood", "Family", NULL };
  const char *row1[] = { "九月", "开学第一课", NULL };
  const char *row2[] = { "十月", NULL };
  HavenReportBlock *heading, *section, *table, *note, *signature, *block;
  HavenReportRow *row;
  HavenReportCell *cell;
  double width, height;

  g_assert_cmpstr (haven_report_get_title (report), ==, "Term plan");
  g_assert_cmpint (haven_report_get_paper (report), ==, HAVEN_REPORT_PAPER_A4);
  g_assert_cmpint (haven_report_get_layout (report), ==, HAVEN_REPORT_LAYOUT_FLOW);
  g_assert_false (haven_report_get_page_numbers (report));
  g_assert_null (haven_report_get_footer (report));
  haven_report_get_paper_size (report, &width, &height);
  g_assert_cmpfloat (width, ==, 595);
  g_assert_cmpfloat (height, ==, 842);
  haven_report_set_paper (report, HAVEN_REPORT_PAPER_A5);
  haven_report_get_paper_size (report, &width, &height);
  g_assert_cmpfloat (width, ==, 420);
  g_assert_cmpfloat (height, ==, 595);
  haven_report_set_footer (report, "");
  g_assert_null (haven_report_get_footer (report));

  heading = haven_report_add_heading (report, "Plan", NULL, "2026-11-22", NULL);
  section = haven_report_add_section (report, "Figures", 2, widths);
  row = haven_report_section_add_row (section);
  /* Values are one paragraph; labels keep their text. */
  haven_report_row_add_field (row, "Children", HAVEN_REPORT_CELL_VALUE, 1, " 12\n名 ");
  row = haven_report_section_add_row (section);
  cell = haven_report_row_add_choice (row, 2, options, 0);
  haven_report_cell_set_ticked (cell, 2, TRUE);
  table = haven_report_add_table (report, "Activities", 2);
  haven_report_table_set_column (table, 0, "Month", 0.2, 1);
  haven_report_table_set_column (table, 1, "Activity", 0.8, 0);
  haven_report_table_add_row (table, row1);
  haven_report_table_add_row (table, row2);
  haven_report_add_page_break (report);
  note = haven_report_add_note (report, NULL, "第一段\n第二段");
  signature = haven_report_add_signature (report);
  haven_report_signature_add_line (signature, "Signed:", 0.5);

  g_assert_cmpuint (haven_report_get_n_blocks (report), ==, 6);
  g_assert_true (haven_report_get_block (report, 0) == heading);
  g_assert_cmpint (haven_report_block_get_kind (heading), ==, HAVEN_REPORT_BLOCK_HEADING);
  g_assert_cmpstr (haven_report_block_get_title (heading), ==, "Plan");
  g_assert_cmpstr (haven_report_heading_get_start (heading), ==, "");
  g_assert_cmpstr (haven_report_heading_get_end (heading), ==, "2026-11-22");
  g_assert_cmpstr (haven_report_heading_get_remark (heading), ==, "");

  g_assert_cmpuint (haven_report_section_get_n_columns (section), ==, 2);
  g_assert_cmpfloat (haven_report_section_get_column_width (section, 1), ==, 0.7);
  g_assert_cmpuint (haven_report_section_get_n_rows (section), ==, 2);
  row = haven_report_section_get_row (section, 0);
  g_assert_cmpuint (haven_report_row_get_n_cells (row), ==, 2);
  cell = haven_report_row_get_cell (row, 0);
  g_assert_cmpint (haven_report_cell_get_kind (cell), ==, HAVEN_REPORT_CELL_LABEL);
  g_assert_cmpstr (haven_report_cell_get_text (cell), ==, "Children");
  cell = haven_report_row_get_cell (row, 1);
  g_assert_cmpint (haven_report_cell_get_kind (cell), ==, HAVEN_REPORT_CELL_VALUE);
  g_assert_cmpstr (haven_report_cell_get_text (cell), ==, "12 名");
  cell = haven_report_row_get_cell (haven_report_section_get_row (section, 1), 0);
  g_assert_cmpint (haven_report_cell_get_kind (cell), ==, HAVEN_REPORT_CELL_CHOICE);
  g_assert_cmpuint (haven_report_cell_get_span (cell), ==, 2);
  g_assert_cmpstrv (haven_report_cell_get_options (cell), options);
  g_assert_true (haven_report_cell_get_ticked (cell, 0));
  g_assert_false (haven_report_cell_get_ticked (cell, 1));
  g_assert_true (haven_report_cell_get_ticked (cell, 2));
  g_assert_false (haven_report_cell_get_ticked (cell, 3));

  g_assert_cmpuint (haven_report_table_get_n_columns (table), ==, 2);
  g_assert_cmpstr (haven_report_block_get_title (table), ==, "Activities");
  g_assert_cmpstr (haven_report_table_get_header (table, 1), ==, "Activity");
  g_assert_cmpfloat (haven_report_table_get_column_width (table, 0), ==, 0.2);
  g_assert_cmpuint (haven_report_table_get_max_lines (table, 0), ==, 1);
  g_assert_cmpuint (haven_report_table_get_n_rows (table), ==, 2);
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, 1), ==, "开学第一课");
  g_assert_cmpstr (haven_report_table_get_cell (table, 1, 1), ==, "");

  block = haven_report_get_block (report, 3);
  g_assert_cmpint (haven_report_block_get_kind (block), ==, HAVEN_REPORT_BLOCK_PAGE_BREAK);
  /* Notes keep their paragraphs. */
  g_assert_cmpstr (haven_report_note_get_text (note), ==, "第一段\n第二段");
  g_assert_cmpstr (haven_report_block_get_title (note), ==, "");
  g_assert_cmpuint (haven_report_signature_get_n_lines (signature), ==, 1);
  g_assert_cmpstr (haven_report_signature_get_label (signature, 0), ==, "Signed:");

  /* The page break starts page 2. */
  g_assert_cmpuint (haven_report_paginate (report, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, NULL), ==, 2);

  /* A wrong kind is a programmer's error. */
  g_test_expect_message ("haven-report", G_LOG_LEVEL_CRITICAL, "*HAVEN_REPORT_BLOCK_TABLE*");
  g_assert_cmpuint (haven_report_table_get_n_rows (section), ==, 0);
  g_test_assert_expected_messages ();

  g_assert_finalize_object (g_steal_pointer (&report));
}

/* A change after paginating is seen by the next pagination. */
static void
test_model_change_repaginates (void)
{
  g_autoptr(HavenReport) report = haven_report_new ("Talks");
  HavenReportBlock *table = haven_report_add_table (report, NULL, 2);
  const char *row[] = { "2026-11-18", "谈心谈话", NULL };
  guint before;

  for (guint i = 0; i < 10; i++)
    haven_report_table_add_row (table, row);
  before = haven_report_paginate (report, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (before, ==, 1);

  for (guint i = 0; i < 200; i++)
    haven_report_table_add_row (table, row);
  g_assert_cmpuint (haven_report_paginate (report, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL), >, before);

  /* An empty report still has its one page. */
  {
    g_autoptr(HavenReport) empty = haven_report_new (NULL);

    g_assert_cmpuint (haven_report_paginate (empty, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL), ==, 1);
    g_assert_finalize_object (g_steal_pointer (&empty));
  }

  g_assert_finalize_object (g_steal_pointer (&report));
}

/* In a flowing report, a note longer than a page continues on the next
 * pages, line by line, inside the margins, and loses no line. */
static void
test_flow_long_note_continues (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *output = haven_test_dir_file (dir, "talk.pdf");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) texts = NULL;
  HavenReport *report = haven_report_new ("Talk");
  GString *text = g_string_new (NULL);
  int margin = (int) haven_report_page_margin (HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT);
  const int offset = 20;
  guint n_pages, next = 1;

  for (int i = 1; i <= 300; i++)
    g_string_append_printf (text, "第%03d行：孩子说最近想妈妈了。\n", i);
  haven_report_set_page_numbers (report, TRUE);
  haven_report_add_heading (report, "谈心记录", SCHOOL, PRINTED_ON, NULL);
  haven_report_add_note (report, "What was said", text->str);
  g_string_free (text, TRUE);

  n_pages = haven_report_paginate (report, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, NULL);
  g_assert_cmpuint (n_pages, >=, 5);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = draw_page_image (report, page, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT,
                                                  offset);

      g_assert_cmpuint (count_marked_outside (surface, offset + margin, offset + margin,
                                              offset + (int) HAVEN_REPORT_A5_WIDTH - margin,
                                              offset + (int) HAVEN_REPORT_A5_HEIGHT - margin), ==, 0);
      /* Every page but the last is full of text down to its foot. */
      if (page + 1 < n_pages)
        g_assert_cmpuint (count_dark (surface, offset + margin, offset + 480, offset + 200, offset + 520), >, 100);
      cairo_surface_destroy (surface);
    }

  haven_report_set_paper (report, HAVEN_REPORT_PAPER_A5);
  g_assert_true (haven_report_write_pdf (report, NULL, output, 0, 0, NULL, &error));
  g_assert_no_error (error);
  texts = pdf_page_texts (output);
  if (texts == NULL)
    {
      g_assert_finalize_object (report);
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  /* Each line once, in order, the first beside the heading. */
  g_assert_nonnull (strstr (texts[0], "第001行"));
  for (guint page = 0; page < n_pages; page++)
    for (;; next++)
      {
        g_autofree char *line = g_strdup_printf ("第%03u行", next);
        const char *found = strstr (texts[page], line);

        if (found == NULL)
          break;
        g_assert_null (strstr (found + strlen (line), line));
      }
  g_assert_cmpuint (next, ==, 301);

  g_assert_finalize_object (report);
}

/* A signature that ends a page sits at its foot, in either layout. */
static void
test_signature_at_foot (void)
{
  static const double widths[] = { 0.3, 0.7 };
  static const HavenReportLayout layouts[] = { HAVEN_REPORT_LAYOUT_FIT_PAGE, HAVEN_REPORT_LAYOUT_FLOW };

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autoptr(HavenReport) report = haven_report_new ("Talk");
      HavenReportBlock *section, *signature;
      int width = (int) HAVEN_REPORT_A4_WIDTH, height = (int) HAVEN_REPORT_A4_HEIGHT;
      int margin = (int) haven_report_page_margin (width, height);
      cairo_surface_t *surface;

      haven_report_set_layout (report, layouts[i]);
      haven_report_add_heading (report, "谈心记录", SCHOOL, PRINTED_ON, NULL);
      section = haven_report_add_section (report, "Talk", 2, widths);
      haven_report_row_add_field (haven_report_section_add_row (section), "Child", HAVEN_REPORT_CELL_VALUE, 1, "李小梅");
      signature = haven_report_add_signature (report);
      haven_report_signature_add_line (signature, "Mentor:", 0.45);
      haven_report_signature_add_line (signature, "Date:", 0.45);

      g_assert_cmpuint (haven_report_paginate (report, width, height, NULL), ==, 1);
      surface = draw_page_image (report, 0, width, height, 0);
      /* Blank between the short table and the foot, lines at the foot. */
      g_assert_cmpuint (count_marked (surface, 0, height / 2, width, height - margin - height / 20), ==, 0);
      g_assert_cmpuint (count_dark (surface, margin, height - margin - height / 20, width - margin, height - margin),
                        >, 100);
      cairo_surface_destroy (surface);
      g_assert_finalize_object (g_steal_pointer (&report));
    }
}

/* Contact cards */

static void
test_cards_pdf (void)
{
  HavenChildFile *file = make_file ();
  HavenChildFile *long_file = make_long_file ();
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  HavenReport *report;

  g_ptr_array_add (files, file);
  g_ptr_array_add (files, long_file);
  report = haven_report_new_contact_cards (files, SCHOOL, PRINTED_ON);
  g_assert_cmpint (haven_report_get_layout (report), ==, HAVEN_REPORT_LAYOUT_FIT_PAGE);

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      g_test_message ("PDF %s", page_sizes[i].name);
      /* One card per page, however long the file. */
      g_assert_cmpuint (draw_pdf_stream (report, page_sizes[i].width, page_sizes[i].height, 2), >, 1000);
    }

  /* Neither the report nor its pages keep a reference to the files. */
  g_assert_finalize_object (report);
  g_ptr_array_set_size (files, 0);
  g_assert_finalize_object (file);
  g_assert_finalize_object (long_file);
}

static void
test_cards_image (void)
{
  HavenChildFile *file = make_file ();
  HavenReport *report = cards_report (file, SCHOOL, PRINTED_ON);

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) haven_report_page_margin (size->width, size->height);
      cairo_surface_t *surface;

      g_test_message ("image %s", size->name);
      g_assert_cmpuint (haven_report_paginate (report, size->width, size->height, NULL), ==, 1);
      surface = draw_page_image (report, 0, size->width, size->height, 0);

      /* The title: dark strokes in the top band, across the middle. */
      g_assert_cmpuint (count_dark (surface, width / 4, margin, width * 3 / 4, margin + height / 20), >, 50);
      /* The tables reach down the page. */
      g_assert_cmpuint (count_dark (surface, margin, height / 2, width - margin, height * 3 / 4), >, 500);
      g_assert_cmpuint (count_marked_outside (surface, margin, margin, width - margin, height - margin), ==, 0);
      /* A page past the end draws nothing. */
      {
        cairo_surface_t *blank = draw_page_image (report, 1, size->width, size->height, 0);

        g_assert_cmpuint (count_marked_outside (blank, 0, 0, 0, 0), ==, 0);
        cairo_surface_destroy (blank);
      }
      cairo_surface_destroy (surface);
    }

  g_assert_finalize_object (report);
  g_assert_finalize_object (file);
}

/* Drawn at an offset on a bigger surface, the card must leave both the
 * surface around the page and the page's own margins white. */
static void
test_cards_long_notes_stay_inside (void)
{
  HavenChildFile *file = make_long_file ();
  HavenReport *report = cards_report (file, SCHOOL, PRINTED_ON);
  const int offset = 40;

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) haven_report_page_margin (size->width, size->height);
      cairo_surface_t *surface;

      g_test_message ("long notes %s", size->name);
      g_assert_cmpuint (haven_report_paginate (report, size->width, size->height, NULL), ==, 1);
      surface = draw_page_image (report, 0, size->width, size->height, offset);

      g_assert_cmpuint (count_dark (surface, offset + width / 4, offset + margin,
                                    offset + width * 3 / 4, offset + margin + height / 20), >, 50);
      g_assert_cmpuint (count_marked_outside (surface, offset + margin, offset + margin,
                                              offset + width - margin, offset + height - margin), ==, 0);
      /* The signature lines at the foot are still drawn: nothing was
       * pushed off the bottom, where no table's rule reaches. */
      g_assert_cmpuint (count_dark (surface, offset + margin, offset + height - margin - height / 15,
                                    offset + width - margin, offset + height - margin), >, 20);
      g_assert_cmpint (longest_vertical_mark (surface, offset + margin, offset + height - margin - height / 30,
                                              offset + width - margin, offset + height - margin),
                       <, height / 60);
      cairo_surface_destroy (surface);
    }

  g_assert_finalize_object (report);
  g_assert_finalize_object (file);
}

static void
test_cards_empty_file (void)
{
  HavenChildFile *file = haven_child_file_new ();
  HavenReport *report = cards_report (file, NULL, NULL);
  cairo_surface_t *surface;

  /* No school, no date: today is used, and the blank card still prints. */
  g_assert_cmpuint (haven_report_paginate (report, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, NULL), ==, 1);
  surface = draw_page_image (report, 0, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, 0);
  g_assert_cmpuint (count_dark (surface, 0, 0, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT), >, 1000);
  cairo_surface_destroy (surface);

  g_assert_finalize_object (report);
  g_assert_finalize_object (file);

  /* No files: no cards, and one blank page to print. */
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();
    g_autoptr(HavenReport) cards = haven_report_new_contact_cards (none, SCHOOL, PRINTED_ON);

    g_assert_cmpuint (haven_report_get_n_blocks (cards), ==, 0);
    g_assert_cmpuint (haven_report_paginate (cards, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL), ==, 1);
    g_assert_finalize_object (g_steal_pointer (&cards));
  }
}

/* The cell after the label in the section titled section_title. */
static const char *
card_value (HavenReport *report,
            const char  *section_title,
            const char  *label)
{
  for (guint b = 0; b < haven_report_get_n_blocks (report); b++)
    {
      HavenReportBlock *block = haven_report_get_block (report, b);

      if (haven_report_block_get_kind (block) != HAVEN_REPORT_BLOCK_SECTION
          || g_strcmp0 (haven_report_block_get_title (block), section_title) != 0)
        continue;
      for (guint r = 0; r < haven_report_section_get_n_rows (block); r++)
        {
          HavenReportRow *row = haven_report_section_get_row (block, r);

          for (guint c = 0; c + 1 < haven_report_row_get_n_cells (row); c++)
            if (g_str_equal (haven_report_cell_get_text (haven_report_row_get_cell (row, c)), label))
              return haven_report_cell_get_text (haven_report_row_get_cell (row, c + 1));
        }
    }
  g_assert_not_reached ();
  return NULL;
}

/* Issue 7: "・未填写" in the header, "・无电话" in the guardian column. A
 * value that is missing leaves no label, separator or placeholder. */
static void
test_cards_empty_fields_leave_no_separators (void)
{
  HavenChildFile *file = make_file ();
  HavenChild *child = haven_child_file_get_child (file);
  HavenGuardian *guardian = haven_child_file_get_guardian (file);
  HavenReport *report;
  HavenReportBlock *heading;

  /* No school: the heading says only when it was printed. */
  report = cards_report (file, "", PRINTED_ON);
  heading = haven_report_get_block (report, 0);
  g_assert_cmpint (haven_report_block_get_kind (heading), ==, HAVEN_REPORT_BLOCK_HEADING);
  g_assert_cmpstr (haven_report_heading_get_start (heading), ==, "");
  g_assert_cmpstr (haven_report_heading_get_end (heading), ==, "Printed on " PRINTED_ON);
  /* On the roll: no status line at all. */
  g_assert_cmpstr (haven_report_heading_get_remark (heading), ==, "");
  g_assert_finalize_object (report);

  report = cards_report (file, SCHOOL, PRINTED_ON);
  heading = haven_report_get_block (report, 0);
  g_assert_cmpstr (haven_report_heading_get_start (heading), ==, "School: " SCHOOL);
  g_assert_cmpstr (card_value (report, "Guardian", "Phone"), ==, "15912345678");
  g_assert_cmpstr (card_value (report, "Guardian", "Relationship"), ==, "Grandfather");
  g_assert_finalize_object (report);

  /* A guardian without a phone, a child who left on no given day, no
   * gender, no study level: blanks, not "Not given". */
  set_text (guardian, HAVEN_GUARDIAN_PHONE, "");
  set_int (child, HAVEN_CHILD_STATUS, HAVEN_CHILD_STATUS_TRANSFERRED);
  set_int (child, HAVEN_CHILD_GENDER, HAVEN_GENDER_UNKNOWN);
  set_int (child, HAVEN_CHILD_STUDY_LEVEL, HAVEN_STUDY_UNKNOWN);
  report = cards_report (file, NULL, PRINTED_ON);
  heading = haven_report_get_block (report, 0);
  g_assert_cmpstr (haven_report_heading_get_start (heading), ==, "");
  g_assert_cmpstr (haven_report_heading_get_remark (heading), ==, "Status: Transferred");
  g_assert_cmpstr (card_value (report, "Guardian", "Name"), ==, "李德福");
  g_assert_cmpstr (card_value (report, "Guardian", "Phone"), ==, "");
  g_assert_cmpstr (card_value (report, "The child", "Gender"), ==, "");
  g_assert_cmpstr (card_value (report, "The child", "Study"), ==, "");
  g_assert_finalize_object (report);

  set_text (child, HAVEN_CHILD_LEFT_DATE, "2026-09-01");
  report = cards_report (file, NULL, PRINTED_ON);
  g_assert_cmpstr (haven_report_heading_get_remark (haven_report_get_block (report, 0)), ==,
                   "Status: Transferred on 2026-09-01");
  g_assert_finalize_object (report);

  /* An empty guardian: no relationship, no "No" for entrusted. */
  {
    g_autoptr(HavenChildFile) empty = haven_child_file_new ();

    report = cards_report (empty, NULL, PRINTED_ON);
    g_assert_cmpstr (card_value (report, "Guardian", "Relationship"), ==, "");
    g_assert_cmpstr (card_value (report, "Guardian", "Entrusted guardian"), ==, "");
    g_assert_cmpstr (card_value (report, "Guardian", "Age"), ==, "");
    g_assert_cmpstr (card_value (report, "The child", "Age"), ==, "");
    g_assert_finalize_object (report);
  }

  g_assert_finalize_object (file);
}

/* Rosters */

static HavenReportBlock *
find_table (HavenReport *report)
{
  for (guint b = 0; b < haven_report_get_n_blocks (report); b++)
    if (haven_report_block_get_kind (haven_report_get_block (report, b)) == HAVEN_REPORT_BLOCK_TABLE)
      return haven_report_get_block (report, b);
  g_assert_not_reached ();
  return NULL;
}

static void
test_roster_guardian_column (void)
{
  g_autoptr(GPtrArray) children = make_roster (20);
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  HavenReportBlock *heading = haven_report_get_block (report, 0);
  HavenReportBlock *table = find_table (report);
  const guint guardian = 5;

  g_assert_cmpstr (haven_report_heading_get_start (heading), ==, "Class: " CLASS);
  g_assert_cmpstr (haven_report_heading_get_end (heading), ==, "Printed on " PRINTED_ON);
  g_assert_cmpstr (haven_report_get_footer (report), ==, CLASS);
  g_assert_true (haven_report_get_page_numbers (report));
  g_assert_cmpstr (haven_report_table_get_header (table, guardian), ==, "Guardian and phone");
  g_assert_cmpuint (haven_report_table_get_n_rows (table), ==, 20);

  /* Name above phone; one alone when the other is missing. */
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, guardian), ==, "王秀兰\n13900000000");
  g_assert_cmpstr (haven_report_table_get_cell (table, 3, guardian), ==, "13900000003");
  g_assert_cmpstr (haven_report_table_get_cell (table, 4, guardian), ==, "王秀兰");
  /* Neither: an empty cell, not a line break. */
  set_text (g_ptr_array_index (children, 10), HAVEN_CHILD_GUARDIAN_NAME, "");
  set_text (g_ptr_array_index (children, 10), HAVEN_CHILD_GUARDIAN_PHONE, "");
  g_assert_finalize_object (report);
  report = haven_report_new_roster (NULL, children, PRINTED_ON);
  table = find_table (report);
  g_assert_cmpstr (haven_report_table_get_cell (table, 10, guardian), ==, "");
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, 0), ==, "1");
  g_assert_cmpstr (haven_report_table_get_cell (table, 19, 0), ==, "20");
  g_assert_cmpstr (haven_report_table_get_cell (table, 4, 7), ==, "Lacks 1 item");
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, 7), ==, "Yes");
  g_assert_cmpstr (haven_report_table_get_cell (table, 0, 6), ==, "");
  /* No class: no "Class:" left in the heading, nothing at the foot. */
  g_assert_cmpstr (haven_report_heading_get_start (haven_report_get_block (report, 0)), ==, "");
  g_assert_null (haven_report_get_footer (report));
  g_assert_cmpstr (haven_report_note_get_text (haven_report_get_block (report, 2)), ==,
                   "20 children on the roster, 16 with a complete file");
  g_assert_finalize_object (report);
}

/* The most children one page of this height holds. */
static guint
roster_rows_per_page (double width,
                      double height)
{
  guint n = 1;

  for (;; n++)
    {
      g_autoptr(GPtrArray) children = make_roster (n);
      g_autoptr(HavenReport) report = haven_report_new_roster (CLASS, children, PRINTED_ON);

      /* The summary line under the table may go over first: one less. */
      if (haven_report_paginate (report, width, height, NULL) > 1)
        return n - 1;
      if (n > 200)
        return n;
    }
}

static void
test_roster_image (void)
{
  g_autoptr(GPtrArray) children = make_roster (40);
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  guint a4_rows = roster_rows_per_page (HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT);
  guint a5_rows = roster_rows_per_page (HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT);

  g_test_message ("rows per page: A4 %u, A5 %u", a4_rows, a5_rows);
  g_assert_cmpuint (a4_rows, >=, 15);
  g_assert_cmpuint (a4_rows, <=, 40);
  g_assert_cmpuint (a5_rows, >=, 10);
  g_assert_cmpuint (a5_rows, <=, a4_rows);
  /* A page too small for one row still makes progress, a row a page. */
  g_assert_cmpuint (haven_report_paginate (report, 300, 20, NULL), >=, 40);

  for (guint i = 0; i < G_N_ELEMENTS (page_sizes); i++)
    {
      const PageSize *size = &page_sizes[i];
      int width = (int) size->width;
      int height = (int) size->height;
      int margin = (int) haven_report_page_margin (size->width, size->height);
      guint n_pages = haven_report_paginate (report, size->width, size->height, NULL);
      const int offset = 30;

      g_assert_cmpuint (n_pages, >=, 2);
      for (guint page = 0; page < n_pages; page++)
        {
          cairo_surface_t *surface = draw_page_image (report, page, size->width, size->height, offset);

          g_test_message ("roster %s page %u of %u", size->name, page + 1, n_pages);
          /* The title on the first page, the header on the others. */
          g_assert_cmpuint (count_dark (surface, offset + width / 4, offset + margin,
                                        offset + width * 3 / 4, offset + margin + height / 20), >, 50);
          g_assert_cmpuint (count_marked_outside (surface, offset + margin, offset + margin,
                                                  offset + width - margin, offset + height - margin), ==, 0);
          /* "Page N of M" at the foot of every page. */
          g_assert_cmpuint (count_marked (surface, offset + width * 3 / 4, offset + height - margin - height / 30,
                                          offset + width - margin, offset + height - margin), >, 50);
          cairo_surface_destroy (surface);
        }
    }
  g_assert_finalize_object (report);
}

static void
test_roster_pdf (void)
{
  g_autoptr(GPtrArray) children = make_roster (3);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);

  g_assert_cmpuint (draw_pdf_stream (report, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, 1), >, 1000);
  g_assert_finalize_object (report);

  /* An empty class still gets its heading and header. */
  report = haven_report_new_roster ("", none, PRINTED_ON);
  g_assert_cmpuint (draw_pdf_stream (report, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, 1), >, 1000);
  g_assert_finalize_object (report);

  report = haven_report_new_roster (NULL, children, NULL);
  g_assert_cmpuint (draw_pdf_stream (report, HAVEN_REPORT_A5_WIDTH, HAVEN_REPORT_A5_HEIGHT, 1), >, 1000);
  g_assert_finalize_object (report);
}

/* Sixty children run over three A4 pages; each page after the first
 * starts with the table's header, and every child is on exactly one. */
static void
test_roster_continues_with_header (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *output = haven_test_dir_file (dir, "roster.pdf");
  g_autoptr(GPtrArray) children = make_roster (60);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) texts = NULL;
  HavenReport *report;
  guint n_pages;
  int margin = (int) haven_report_page_margin (HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT);
  guint next = 1;

  for (guint i = 0; i < children->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("学生%02u", i + 1);

      set_text (g_ptr_array_index (children, i), HAVEN_CHILD_NAME, name);
    }
  report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  n_pages = haven_report_paginate (report, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, NULL);
  g_assert_cmpuint (n_pages, ==, 3);

  /* In pixels: the header's grey right under the top margin. */
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = draw_page_image (report, page, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT, 0);
      guint grey = count_heading_grey (surface, margin, margin, (int) HAVEN_REPORT_A4_WIDTH - margin, margin + 20);

      /* The title's edges may hit that grey here and there. */
      if (page == 0)
        g_assert_cmpuint (grey, <, 100);
      else
        g_assert_cmpuint (grey, >, 5000);
      cairo_surface_destroy (surface);
    }

  /* In text, through the PDF. */
  g_assert_true (haven_report_write_pdf (report, dir->path, output, 0, 0, NULL, &error));
  g_assert_no_error (error);
  texts = pdf_page_texts (output);
  if (texts == NULL)
    {
      g_assert_finalize_object (report);
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpuint (g_strv_length (texts), >=, n_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", page + 1, n_pages);

      g_assert_nonnull (strstr (texts[page], "Guardian and phone"));
      g_assert_nonnull (strstr (texts[page], "File complete"));
      g_assert_nonnull (strstr (texts[page], number));
      g_assert_nonnull (strstr (texts[page], CLASS));
      g_assert_true ((page == 0) == (strstr (texts[page], "Roster of left-behind children") != NULL));
      /* The children in order, none twice, none lost at a break. */
      for (;; next++)
        {
          g_autofree char *name = g_strdup_printf ("学生%02u", next);
          const char *found = strstr (texts[page], name);

          if (found == NULL)
            break;
          g_assert_null (strstr (found + strlen (name), name));
        }
    }
  g_assert_cmpuint (next, ==, 61);
  g_assert_nonnull (strstr (texts[n_pages - 1], "60 children on the roster, 48 with a complete file"));

  g_assert_finalize_object (report);
}

/* Whatever the number of children, the count under the roster never
 * opens a page alone: the last row comes along, under the header. */
static void
test_roster_no_orphan_summary (void)
{
  int width = (int) HAVEN_REPORT_A4_WIDTH, height = (int) HAVEN_REPORT_A4_HEIGHT;
  int margin = (int) haven_report_page_margin (width, height);
  guint orphans_possible = 0;

  for (guint n = 15; n <= 50; n++)
    {
      g_autoptr(GPtrArray) children = make_roster (n);
      HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
      guint n_pages = haven_report_paginate (report, width, height, NULL);
      cairo_surface_t *surface;

      if (n_pages > 1)
        {
          orphans_possible++;
          surface = draw_page_image (report, n_pages - 1, width, height, 0);
          g_test_message ("%u children, %u pages", n, n_pages);
          g_assert_cmpuint (count_heading_grey (surface, margin, margin, width - margin, margin + 20), >, 5000);
          cairo_surface_destroy (surface);
        }
      g_assert_finalize_object (report);
    }
  g_assert_cmpuint (orphans_possible, >, 20);
}

/* The PDF writer */

static void
test_pdf_writes_whole_private_file (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *output = haven_test_dir_file (dir, "cards.pdf");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  HavenChildFile *file = make_file ();
  HavenReport *report = cards_report (file, SCHOOL, PRINTED_ON);
  GStatBuf st;
  gsize length;

  /* An older file there is replaced. */
  g_assert_true (g_file_set_contents (output, "old", -1, NULL));
  g_assert_true (haven_report_write_pdf (report, dir->path, output, 0, 0, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (output, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (count_bytes (data + length - 32, 32, "%%EOF", 0), ==, 1);
  g_assert_cmpuint (count_pdf_pages (data, length), ==, 1);
  /* Only the file itself: no temporary file left beside it. */
  {
    g_autofree char *names = list_dir (dir->dir);

    g_assert_cmpstr (names, ==, "cards.pdf");
  }

  g_assert_finalize_object (report);
  g_assert_finalize_object (file);
}

static void
test_pdf_a5_media_box (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *a5 = haven_test_dir_file (dir, "a5.pdf");
  g_autofree char *a4 = haven_test_dir_file (dir, "a4.pdf");
  g_autofree char *a5_data = NULL;
  g_autofree char *a4_data = NULL;
  g_autoptr(GPtrArray) children = make_roster (3);
  g_autoptr(GError) error = NULL;
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  gsize length;

  /* 0 × 0 is the report's own paper; A5 is 148 × 210 mm. */
  haven_report_set_paper (report, HAVEN_REPORT_PAPER_A5);
  g_assert_true (haven_report_write_pdf (report, NULL, a5, 0, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (haven_report_write_pdf (report, NULL, a4, HAVEN_REPORT_A4_WIDTH, HAVEN_REPORT_A4_HEIGHT,
                                         NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (a5, &a5_data, &length, NULL));
  g_assert_cmpuint (count_bytes (a5_data, length, "/MediaBox [ 0 0 420 595 ]", 0), ==, 1);
  g_assert_cmpuint (count_bytes (a5_data, length, "/MediaBox [ 0 0 595 842 ]", 0), ==, 0);
  g_assert_true (g_file_get_contents (a4, &a4_data, &length, NULL));
  g_assert_cmpuint (count_bytes (a4_data, length, "/MediaBox [ 0 0 595 842 ]", 0), ==, 1);
  g_assert_cmpuint (count_bytes (a4_data, length, "/MediaBox [ 0 0 420 595 ]", 0), ==, 0);

  g_assert_finalize_object (report);
}

static void
test_pdf_refuses_database (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GPtrArray) children = make_roster (3);
  g_autoptr(HavenStore) store = haven_test_open_store (dir->path);
  g_autofree char *before = NULL;
  g_autofree char *names = NULL;
  g_autofree char *dotted = g_build_filename (dir->dir, ".", "haven.db", NULL);
  g_autofree char *link = haven_test_dir_file (dir, "link.pdf");
  g_autofree char *wal = g_strconcat (dir->path, "-wal", NULL);
  g_autofree char *copy = haven_test_dir_file (dir, "copy.db");
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  const char *paths[] = { dir->path, dotted, link, wal, copy };
  gsize before_length;

  haven_test_drain (store);
  g_assert_true (g_file_get_contents (dir->path, &before, &before_length, NULL));
  g_assert_true (g_str_has_prefix (before, "SQLite format 3"));
  g_assert_cmpint (symlink (dir->path, link), ==, 0);
  /* Any database is refused, not only the open one. */
  g_assert_true (g_file_set_contents (copy, before, before_length, NULL));
  names = list_dir (dir->dir);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *names_after = NULL;
      gsize after_length;

      g_test_message ("refused: %s", paths[i]);
      g_assert_false (haven_report_write_pdf (report, dir->path, paths[i], 0, 0, NULL, &error));
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);
      g_clear_error (&error);
      g_assert_false (haven_report_write_csv (report, dir->path, paths[i], NULL, &error));
      g_assert_error (error, HAVEN_STORE_ERROR, HAVEN_STORE_ERROR_OUTPUT);

      /* The database is untouched and nothing was added. */
      g_assert_true (g_file_get_contents (dir->path, &after, &after_length, NULL));
      g_assert_cmpmem (after, after_length, before, before_length);
      names_after = list_dir (dir->dir);
      g_assert_cmpstr (names_after, ==, names);
    }

  g_assert_finalize_object (report);
  haven_test_finalize_store (&store);
}

static void
test_pdf_missing_folder (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *output = g_build_filename (dir->dir, "missing", "roster.pdf", NULL);
  g_autoptr(GPtrArray) children = make_roster (3);
  g_autoptr(GError) error = NULL;
  HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  g_autofree char *names = NULL;

  g_assert_false (haven_report_write_pdf (report, dir->path, output, 0, 0, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (haven_report_write_csv (report, dir->path, output, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  names = list_dir (dir->dir);
  g_assert_cmpstr (names, ==, "");

  g_assert_finalize_object (report);
}

/* Where the child process of the write-failure test writes: a folder
 * named after its parent, which made it. */
static char *
failure_folder (pid_t parent)
{
  g_autofree char *name = g_strdup_printf ("haven-test-report-%ld", (long) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* The disk fills up halfway: the half-written file goes, the old one
 * stays. Run in a child process, whose file size limit is lowered. */
static void
test_pdf_write_failure_leaves_nothing (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *folder = failure_folder (getppid ());
      g_autofree char *output = g_build_filename (folder, "roster.pdf", NULL);
      g_autoptr(GPtrArray) children = make_roster (40);
      g_autoptr(GError) error = NULL;
      HavenReport *report = haven_report_new_roster (CLASS, children, PRINTED_ON);
      struct rlimit limit = { 16 * 1024, 16 * 1024 };

      /* Past the limit, write() fails with EFBIG instead of killing us. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (haven_report_write_pdf (report, NULL, output, 0, 0, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      /* It failed writing, not opening: the temporary file existed. */
      g_assert_true (g_str_has_prefix (error->message, "Could not write"));
      g_test_message ("%s", error->message);
      g_assert_finalize_object (report);
      return;
    }

  {
    g_autofree char *folder = failure_folder (getpid ());
    g_autofree char *output = g_build_filename (folder, "roster.pdf", NULL);
    g_autofree char *kept = NULL;
    g_autofree char *names = NULL;

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
    g_assert_true (g_file_set_contents (output, "the roster of last term", -1, NULL));
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();

    g_assert_true (g_file_get_contents (output, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "the roster of last term");
    names = list_dir (folder);
    g_assert_cmpstr (names, ==, "roster.pdf");
    g_assert_cmpint (g_unlink (output), ==, 0);
    g_assert_cmpint (g_rmdir (folder), ==, 0);
  }
}

typedef struct
{
  HavenReport  *report;       /* borrowed; the thread's while it runs */
  char         *output;       /* owned */
  GCancellable *cancellable;  /* owned */
  GError       *error;        /* owned */
  gboolean      written;
} WriteJob;

static gpointer
write_thread (gpointer data)
{
  WriteJob *job = data;

  job->written = haven_report_write_pdf (job->report, NULL, job->output, 0, 0, job->cancellable, &job->error);
  return NULL;
}

static gboolean
has_temp_file (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".roster.pdf."))
      return TRUE;
  return FALSE;
}

/* Cancelled while the pages are being written: an error, and no file. */
static void
test_pdf_cancelled_mid_write (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autoptr(GPtrArray) children = make_roster (2000);
  g_autofree char *names = NULL;
  WriteJob job = { 0 };
  GThread *thread;
  gint64 deadline = g_get_monotonic_time () + HAVEN_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  job.report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  job.output = haven_test_dir_file (dir, "roster.pdf");
  job.cancellable = g_cancellable_new ();

  thread = g_thread_new ("write-pdf", write_thread, &job);
  /* The private temporary file is there as soon as writing begins. */
  while (!has_temp_file (dir->dir) && !g_file_test (job.output, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (200);
    }
  g_cancellable_cancel (job.cancellable);
  g_thread_join (thread);

  g_assert_false (job.written);
  g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  names = list_dir (dir->dir);
  g_assert_cmpstr (names, ==, "");

  /* Cancelled before it starts: nothing is even opened. */
  g_clear_error (&job.error);
  g_assert_false (haven_report_write_pdf (job.report, NULL, job.output, 0, 0, job.cancellable, &job.error));
  g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&job.error);
  g_assert_false (haven_report_write_csv (job.report, NULL, job.output, job.cancellable, &job.error));
  g_assert_error (job.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&names, g_free);
  names = list_dir (dir->dir);
  g_assert_cmpstr (names, ==, "");

  g_clear_error (&job.error);
  g_free (job.output);
  g_assert_finalize_object (job.cancellable);
  g_assert_finalize_object (job.report);
}

/* CSV */

/* Parses RFC 4180 CSV into rows of cells. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = NULL;
  GString *cell = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (row == NULL)
        row = g_ptr_array_new_with_free_func (g_free);
      if (*p == '"')
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (cell, *p++);
              else if (*p == '"')
                break;
              else
                g_string_append_c (cell, *p);
            }
          g_assert_cmpint (*p, ==, '"');
          p++;
        }
      while (*p != '\0' && *p != ',' && *p != '\r')
        g_string_append_c (cell, *p++);
      g_ptr_array_add (row, g_strdup (cell->str));
      g_string_truncate (cell, 0);
      if (*p == ',')
        p++;
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = NULL;
        }
    }
  /* Every row ends with CRLF, the last one too. */
  g_assert_null (row);
  g_string_free (cell, TRUE);
  return rows;
}

static void
test_csv_roster_round_trip (void)
{
  g_autoptr(HavenTestDir) dir = haven_test_dir_new ();
  g_autofree char *output = haven_test_dir_file (dir, "roster.csv");
  g_autoptr(GPtrArray) children = make_roster (25);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *data = NULL;
  HavenReport *report;
  HavenReportBlock *table;
  GStatBuf st;
  gsize length;
  guint n_columns;

  /* Quotes, commas and spaces a teacher may type. */
  set_text (g_ptr_array_index (children, 1), HAVEN_CHILD_NAME, "李\"小\"娜, 二");
  set_text (g_ptr_array_index (children, 2), HAVEN_CHILD_MENTOR_NAME, " 赵老师 ");
  report = haven_report_new_roster (CLASS, children, PRINTED_ON);
  table = find_table (report);
  n_columns = haven_report_table_get_n_columns (table);

  g_assert_true (haven_report_write_csv (report, dir->path, output, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (output, &data, &length, NULL));
  g_assert_cmpuint (length, ==, strlen (data));
  g_assert_true (g_utf8_validate (data, length, NULL));
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF"));

  rows = parse_csv (data + 3);
  g_assert_cmpuint (rows->len, ==, 1 + haven_report_table_get_n_rows (table));
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (row->len, ==, n_columns);
      for (guint c = 0; c < n_columns; c++)
        {
          const char *expected = r == 0 ? haven_report_table_get_header (table, c)
                                        : haven_report_table_get_cell (table, r - 1, c);

          g_assert_cmpstr (g_ptr_array_index (row, c), ==, expected);
        }
    }
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 2), 1), ==, "李\"小\"娜, 二");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 1), 5), ==, "王秀兰\n13900000000");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 3), 6), ==, " 赵老师 ");

  g_assert_finalize_object (report);
}

static void
test_csv_tables_and_formulas (void)
{
  g_autoptr(HavenReport) report = haven_report_new ("Summary");
  g_autoptr(HavenReport) no_table = haven_report_new ("Cards");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *row1[] = { "=HYPERLINK(\"x\")", "+86", NULL };
  const char *row2[] = { "-1", "@SUM", NULL };
  const char *row3[] = { "a\tb", "2026-11-22", NULL };
  HavenReportBlock *first, *second;

  first = haven_report_add_table (report, "Figures", 2);
  haven_report_table_set_column (first, 0, "Item", 0.5, 1);
  haven_report_table_set_column (first, 1, "Count", 0.5, 1);
  haven_report_table_add_row (first, row1);
  haven_report_add_note (report, NULL, "not in the CSV");
  second = haven_report_add_table (report, NULL, 2);
  haven_report_table_add_row (second, row2);
  haven_report_table_add_row (second, row3);

  bytes = haven_report_to_csv (report, &error);
  g_assert_no_error (error);
  /* The title on its own row, tables parted by an empty row, formulas
   * shown and not run; a table without headers keeps an empty row. */
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==,
                   "\xEF\xBB\xBF"
                   "Figures\r\n"
                   "Item,Count\r\n"
                   "\"'=HYPERLINK(\"\"x\"\")\",\"'+86\"\r\n"
                   "\r\n"
                   ",\r\n"
                   "\"'-1\",\"'@SUM\"\r\n"
                   "a\tb,2026-11-22\r\n");

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = haven_report_to_csv (no_table, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);

  g_assert_finalize_object (g_steal_pointer (&report));
  g_assert_finalize_object (g_steal_pointer (&no_table));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/model/build-and-read", test_model_build_and_read);
  g_test_add_func ("/report/model/change-repaginates", test_model_change_repaginates);
  g_test_add_func ("/report/layout/long-note-continues", test_flow_long_note_continues);
  g_test_add_func ("/report/layout/signature-at-foot", test_signature_at_foot);
  g_test_add_func ("/report/cards/pdf", test_cards_pdf);
  g_test_add_func ("/report/cards/image", test_cards_image);
  g_test_add_func ("/report/cards/long-notes-stay-inside", test_cards_long_notes_stay_inside);
  g_test_add_func ("/report/cards/empty-file", test_cards_empty_file);
  g_test_add_func ("/report/cards/empty-fields-leave-no-separators", test_cards_empty_fields_leave_no_separators);
  g_test_add_func ("/report/roster/guardian-column", test_roster_guardian_column);
  g_test_add_func ("/report/roster/image", test_roster_image);
  g_test_add_func ("/report/roster/pdf", test_roster_pdf);
  g_test_add_func ("/report/roster/continues-with-header", test_roster_continues_with_header);
  g_test_add_func ("/report/roster/no-orphan-summary", test_roster_no_orphan_summary);
  g_test_add_func ("/report/pdf/whole-private-file", test_pdf_writes_whole_private_file);
  g_test_add_func ("/report/pdf/a5-media-box", test_pdf_a5_media_box);
  g_test_add_func ("/report/pdf/refuses-database", test_pdf_refuses_database);
  g_test_add_func ("/report/pdf/missing-folder", test_pdf_missing_folder);
  g_test_add_func ("/report/pdf/write-failure-leaves-nothing", test_pdf_write_failure_leaves_nothing);
  g_test_add_func ("/report/pdf/cancelled-mid-write", test_pdf_cancelled_mid_write);
  g_test_add_func ("/report/csv/roster-round-trip", test_csv_roster_round_trip);
  g_test_add_func ("/report/csv/tables-and-formulas", test_csv_tables_and_formulas);

  return g_test_run ();
}
