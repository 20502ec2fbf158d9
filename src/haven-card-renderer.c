/* haven-card-renderer.c: contact cards (联系卡) and class rosters (花名册) on paper
 *
 * A card is built first as sections of bordered table rows, the way the
 * paper card looks, then measured at falling font sizes until it fits the
 * page; only then is it drawn. Long notes are cut short with an ellipsis
 * rather than pushed off the page, and everything is clipped to the area
 * inside the margins as a last guard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-card-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "haven-card-renderer.h"
#include "haven-labels.h"
#include "haven-validate.h"

/* Chinese needs a CJK face; "Sans" is the fallback where it is missing. */
#define FONT_FAMILY "Noto Sans CJK SC,Sans"

/* Greys that still show on a cheap black-and-white printer. */
#define LABEL_GREY   0.92
#define HEADING_GREY 0.80

typedef enum
{
  CELL_LABEL,    /* a field's name, on grey */
  CELL_HEADING,  /* a column heading, bold on grey */
  CELL_VALUE,    /* a short value */
  CELL_NOTE,     /* free text that may be cut short */
  CELL_CHOICE,   /* options with a box each; one may be ticked */
} CellKind;

typedef struct
{
  CellKind   kind;
  guint      span;     /* in columns of the section */
  char      *text;     /* owned */
  char     **options;  /* owned; CELL_CHOICE only */
  int        chosen;   /* CELL_CHOICE: the ticked option, or -1 */
} Cell;

#define MAX_CELLS 4

typedef struct
{
  guint n_cells;
  Cell  cells[MAX_CELLS];
} Row;

typedef struct
{
  char         *title;      /* owned */
  const double *columns;    /* fractions of the table width */
  guint         n_columns;
  GArray       *rows;       /* Row */
} Section;

typedef struct
{
  char      *title;         /* owned */
  char      *school;        /* owned */
  char      *printed;       /* owned */
  char      *status;        /* owned; NULL while the child is on the roll */
  GPtrArray *sections;      /* Section*, owned */
  char      *signature;     /* owned */
  char      *date_line;     /* owned */
} Card;

/* How big things are on this attempt at fitting the page. */
typedef struct
{
  cairo_t      *cr;          /* borrowed */
  PangoContext *context;     /* owned */
  double        font;        /* body text size */
  int           note_lines;  /* most lines a note may take */
  int           value_lines; /* most lines a short value may take */
  double        pad;         /* inside each cell */
  double        line_width;
  double        extra;       /* added to the height of each table row */
  gboolean      draw;        /* FALSE while measuring */
} State;

static const double four_columns[] = { 0.16, 0.34, 0.16, 0.34 };
static const double parent_columns[] = { 0.22, 0.39, 0.39 };
static const double one_column[] = { 1.0 };

/* Layouts */

static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics make a page measure the same on screen, in a PDF and
   * on a printer, so a card that fits one fits them all. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  /* Points are coarse: glyphs rounded to whole units space out unevenly. */
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

static gboolean
is_quote (gunichar c)
{
  return c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;
}

/* The CJK face draws curly quotes full width, which tears English words
 * such as "Guardian’s" apart; quotes touching Latin letters get the face's
 * proportional forms instead. */
static PangoAttrList *
latin_quote_attributes (const char *text)
{
  PangoAttrList *attrs = NULL;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_quote (c) && ((previous < 0x80 && g_ascii_isalnum (previous))
                           || (*next != '\0' && (guchar) *next < 0x80 && g_ascii_isalnum (*next))))
        {
          PangoAttribute *attr = pango_attr_font_features_new ("pwid");

          attr->start_index = p - text;
          attr->end_index = next - text;
          if (attrs == NULL)
            attrs = pango_attr_list_new ();
          pango_attr_list_insert (attrs, attr);
        }
      previous = c;
    }

  return attrs;
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            double        size,
            gboolean      bold,
            double        width,
            int           max_lines)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoAttrList *attrs;

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, MAX (size, 1.0) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          /* A negative height counts lines; each paragraph gets that
           * many, which is why notes are flattened to one paragraph. */
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  text = text != NULL ? text : "";
  pango_layout_set_text (layout, text, -1);
  attrs = latin_quote_attributes (text);
  if (attrs != NULL)
    {
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width != NULL)
    *width = (double) w / PANGO_SCALE;
  if (height != NULL)
    *height = (double) h / PANGO_SCALE;
}

static void
show_layout (State       *s,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (s->cr, x, y);
  pango_cairo_show_layout (s->cr, layout);
}

/* Notes are one paragraph on paper: line breaks typed into them would
 * otherwise each get their own line budget. */
static char *
flatten (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\r\n\t", ' ');
  return g_strdup (g_strstrip (copy));
}

/* Building a card */

static void
row_clear (gpointer data)
{
  Row *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    {
      g_free (row->cells[i].text);
      g_strfreev (row->cells[i].options);
    }
}

static void
section_free (Section *section)
{
  g_free (section->title);
  g_array_unref (section->rows);
  g_free (section);
}

static Section *
card_add_section (Card         *card,
                  const char   *title,
                  const double *columns,
                  guint         n_columns)
{
  Section *section = g_new0 (Section, 1);

  section->title = g_strdup (title);
  section->columns = columns;
  section->n_columns = n_columns;
  section->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (section->rows, row_clear);
  g_ptr_array_add (card->sections, section);
  return section;
}

static Row *
section_add_row (Section *section)
{
  g_array_set_size (section->rows, section->rows->len + 1);
  return &g_array_index (section->rows, Row, section->rows->len - 1);
}

static Cell *
row_add (Row        *row,
         CellKind    kind,
         guint       span,
         const char *text)
{
  Cell *cell;

  g_assert (row->n_cells < MAX_CELLS);

  cell = &row->cells[row->n_cells++];
  cell->kind = kind;
  cell->span = span;
  cell->text = kind == CELL_VALUE || kind == CELL_NOTE ? flatten (text) : g_strdup (text);
  cell->chosen = -1;
  return cell;
}

/* A label and its value side by side. */
static void
row_add_field (Row        *row,
               const char *label,
               CellKind    kind,
               guint       span,
               const char *value)
{
  row_add (row, CELL_LABEL, 1, label);
  row_add (row, kind, span, value);
}

static void
card_free (Card *card)
{
  g_free (card->title);
  g_free (card->school);
  g_free (card->printed);
  g_free (card->status);
  g_ptr_array_unref (card->sections);
  g_free (card->signature);
  g_free (card->date_line);
  g_free (card);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Card, card_free)

static const char *
text_of (gpointer record,
         guint    field)
{
  return haven_record_get_string (HAVEN_RECORD (record), field);
}

static int
int_of (gpointer record,
        guint    field)
{
  return haven_record_get_int (HAVEN_RECORD (record), field);
}

static const char *
yes_no (gboolean value)
{
  return value ? C_("card", "Yes") : C_("card", "No");
}

/* A value not given prints as a blank, which leaves room to write it in. */
static const char *
label_or_blank (const char *label,
                gboolean    given)
{
  return given ? label : "";
}

static char *
age_text (const char *birth_date,
          const char *printed_on)
{
  GDate birth;
  GDate on;

  if (birth_date == NULL || !haven_validate_date (birth_date, &birth, NULL))
    return g_strdup ("");

  if (printed_on == NULL || !haven_validate_date (printed_on, &on, NULL))
    {
      g_date_clear (&on, 1);
      g_date_set_time_t (&on, time (NULL));
    }
  if (g_date_compare (&birth, &on) > 0)
    return g_strdup ("");
  return g_strdup_printf ("%d", haven_age_on (&birth, &on));
}

static void
add_child_section (Card           *card,
                   HavenChildFile *file,
                   const char     *printed_on)
{
  HavenChild *child = haven_child_file_get_child (file);
  Section *section = card_add_section (card, _("The child"), four_columns, 4);
  g_autofree char *age = age_text (text_of (child, HAVEN_CHILD_BIRTH_DATE), printed_on);
  int gender = int_of (child, HAVEN_CHILD_GENDER);
  int study = int_of (child, HAVEN_CHILD_STUDY_LEVEL);
  Row *row;

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.name"), CELL_VALUE, 1,
                 text_of (child, HAVEN_CHILD_NAME));
  row_add_field (row, haven_label_history_field ("child.gender"), CELL_VALUE, 1,
                 label_or_blank (haven_label_gender (gender), gender != HAVEN_GENDER_UNKNOWN));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.birth-date"), CELL_VALUE, 1,
                 text_of (child, HAVEN_CHILD_BIRTH_DATE));
  row_add_field (row, C_("card", "Age"), CELL_VALUE, 1, age);

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.school-class-id"), CELL_VALUE, 1,
                 text_of (child, HAVEN_CHILD_CLASS_NAME));
  row_add_field (row, haven_label_history_field ("child.student-number"), CELL_VALUE, 1,
                 text_of (child, HAVEN_CHILD_STUDENT_NUMBER));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.id-number"), CELL_VALUE, 1,
                 text_of (child, HAVEN_CHILD_ID_NUMBER));
  row_add_field (row, haven_label_history_field ("child.boarding"), CELL_VALUE, 1,
                 yes_no (int_of (child, HAVEN_CHILD_BOARDING)));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.key-support"), CELL_VALUE, 1,
                 yes_no (int_of (child, HAVEN_CHILD_KEY_SUPPORT)));
  row_add_field (row, haven_label_history_field ("child.study-level"), CELL_VALUE, 1,
                 label_or_blank (haven_label_study_level (study), study != HAVEN_STUDY_UNKNOWN));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.address"), CELL_VALUE, 3,
                 text_of (child, HAVEN_CHILD_ADDRESS));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.personality"), CELL_NOTE, 1,
                 text_of (child, HAVEN_CHILD_PERSONALITY));
  row_add_field (row, haven_label_history_field ("child.interests"), CELL_NOTE, 1,
                 text_of (child, HAVEN_CHILD_INTERESTS));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.talents"), CELL_NOTE, 1,
                 text_of (child, HAVEN_CHILD_TALENTS));
  row_add_field (row, haven_label_history_field ("child.health"), CELL_NOTE, 1,
                 text_of (child, HAVEN_CHILD_HEALTH));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.study-notes"), CELL_NOTE, 3,
                 text_of (child, HAVEN_CHILD_STUDY_NOTES));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.hardship"), CELL_NOTE, 3,
                 text_of (child, HAVEN_CHILD_HARDSHIP));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.aid"), CELL_NOTE, 3,
                 text_of (child, HAVEN_CHILD_AID));

  row = section_add_row (section);
  row_add_field (row, haven_label_history_field ("child.notes"), CELL_NOTE, 3,
                 text_of (child, HAVEN_CHILD_NOTES));
}

static void
add_parent_row (Section     *section,
                const char  *label,
                CellKind     kind,
                const char  *father,
                const char  *mother)
{
  Row *row = section_add_row (section);

  row_add (row, CELL_LABEL, 1, label);
  row_add (row, kind, 1, father);
  row_add (row, kind, 1, mother);
}

static const char *
home_visits_text (HavenParent *parent)
{
  int visits = int_of (parent, HAVEN_PARENT_HOME_VISITS);

  return label_or_blank (haven_label_home_visits (visits), visits != HAVEN_HOME_VISITS_UNKNOWN);
}

static void
add_parents_section (Card           *card,
                     HavenChildFile *file)
{
  HavenChild *child = haven_child_file_get_child (file);
  HavenParent *father = haven_child_file_get_father (file);
  HavenParent *mother = haven_child_file_get_mother (file);
  Section *section = card_add_section (card, _("Parents"), parent_columns, 3);
  g_autoptr(GStrvBuilder) reasons = g_strv_builder_new ();
  int reason = int_of (child, HAVEN_CHILD_REASON);
  Cell *cell;
  Row *row;

  /* The paper card ticks one box; "not given" is no box at all. */
  for (int i = HAVEN_LEFT_BEHIND_BOTH_AWAY; i <= HAVEN_LEFT_BEHIND_OTHER_UNABLE; i++)
    g_strv_builder_add (reasons, haven_label_reason (i));

  row = section_add_row (section);
  row_add (row, CELL_LABEL, 1, haven_label_history_field ("child.reason"));
  cell = row_add (row, CELL_CHOICE, 2, "");
  cell->options = g_strv_builder_end (reasons);
  cell->chosen = reason - HAVEN_LEFT_BEHIND_BOTH_AWAY;

  row = section_add_row (section);
  row_add (row, CELL_HEADING, 1, "");
  row_add (row, CELL_HEADING, 1, haven_label_parent_role (HAVEN_PARENT_ROLE_FATHER));
  row_add (row, CELL_HEADING, 1, haven_label_parent_role (HAVEN_PARENT_ROLE_MOTHER));

  add_parent_row (section, C_("card", "Name"), CELL_VALUE,
                  text_of (father, HAVEN_PARENT_NAME), text_of (mother, HAVEN_PARENT_NAME));
  add_parent_row (section, C_("card", "Works away"), CELL_VALUE,
                  yes_no (int_of (father, HAVEN_PARENT_AWAY)), yes_no (int_of (mother, HAVEN_PARENT_AWAY)));
  add_parent_row (section, C_("card", "Where they work"), CELL_NOTE,
                  text_of (father, HAVEN_PARENT_WORK_PLACE), text_of (mother, HAVEN_PARENT_WORK_PLACE));
  add_parent_row (section, C_("card", "Employer"), CELL_NOTE,
                  text_of (father, HAVEN_PARENT_EMPLOYER), text_of (mother, HAVEN_PARENT_EMPLOYER));
  add_parent_row (section, C_("card", "Employer’s address"), CELL_NOTE,
                  text_of (father, HAVEN_PARENT_EMPLOYER_ADDRESS), text_of (mother, HAVEN_PARENT_EMPLOYER_ADDRESS));
  add_parent_row (section, C_("card", "Phone"), CELL_VALUE,
                  text_of (father, HAVEN_PARENT_PHONE), text_of (mother, HAVEN_PARENT_PHONE));
  add_parent_row (section, C_("card", "Comes home"), CELL_VALUE,
                  home_visits_text (father), home_visits_text (mother));
}

static void
add_guardian_section (Card           *card,
                      HavenChildFile *file)
{
  HavenGuardian *guardian = haven_child_file_get_guardian (file);
  Section *section = card_add_section (card, _("Guardian"), four_columns, 4);
  int relationship = int_of (guardian, HAVEN_GUARDIAN_RELATIONSHIP);
  int age = int_of (guardian, HAVEN_GUARDIAN_AGE);
  gboolean named = *text_of (guardian, HAVEN_GUARDIAN_NAME) != '\0';
  g_autofree char *age_string = age > 0 ? g_strdup_printf ("%d", age) : g_strdup ("");
  Row *row;

  row = section_add_row (section);
  row_add_field (row, C_("card", "Name"), CELL_VALUE, 1, text_of (guardian, HAVEN_GUARDIAN_NAME));
  /* "Other" is the first relationship, so it is also what an empty
   * guardian has; print it only for a guardian who has a name. */
  row_add_field (row, C_("card", "Relationship"), CELL_VALUE, 1,
                 label_or_blank (haven_label_relationship (relationship),
                                 named || relationship != HAVEN_RELATIONSHIP_OTHER));

  row = section_add_row (section);
  row_add_field (row, C_("card", "Phone"), CELL_VALUE, 1, text_of (guardian, HAVEN_GUARDIAN_PHONE));
  row_add_field (row, C_("card", "Entrusted guardian"), CELL_VALUE, 1,
                 named ? yes_no (int_of (guardian, HAVEN_GUARDIAN_ENTRUSTED)) : "");

  row = section_add_row (section);
  row_add_field (row, C_("card", "Age"), CELL_VALUE, 1, age_string);
  row_add_field (row, C_("card", "Occupation"), CELL_NOTE, 1, text_of (guardian, HAVEN_GUARDIAN_OCCUPATION));

  row = section_add_row (section);
  row_add_field (row, C_("card", "Health"), CELL_NOTE, 1, text_of (guardian, HAVEN_GUARDIAN_HEALTH));
  row_add_field (row, C_("card", "Address"), CELL_NOTE, 1, text_of (guardian, HAVEN_GUARDIAN_ADDRESS));
}

static void
add_mentor_section (Card           *card,
                    HavenChildFile *file)
{
  HavenChild *child = haven_child_file_get_child (file);
  Section *section = card_add_section (card, _("Mentor"), four_columns, 4);
  Row *row = section_add_row (section);

  row_add_field (row, C_("card", "Mentor"), CELL_VALUE, 1, text_of (child, HAVEN_CHILD_MENTOR_NAME));
  row_add_field (row, C_("card", "Last talk"), CELL_VALUE, 1, text_of (child, HAVEN_CHILD_LAST_TALK_DATE));
}

static void
add_missing_section (Card           *card,
                     HavenChildFile *file)
{
  HavenMissing missing = haven_child_file_get_missing (file);
  Section *section;
  Cell *cell;

  if (missing == HAVEN_MISSING_NONE)
    return;

  /* Empty boxes, to tick as the teacher fills the gaps in. */
  section = card_add_section (card, _("Still missing from this file"), one_column, 1);
  cell = row_add (section_add_row (section), CELL_CHOICE, 1, "");
  cell->options = haven_label_missing (missing);
}

static char *
status_text (HavenChild *child)
{
  int status = int_of (child, HAVEN_CHILD_STATUS);
  const char *left = text_of (child, HAVEN_CHILD_LEFT_DATE);

  if (status == HAVEN_CHILD_STATUS_CURRENT)
    return NULL;
  if (*left != '\0')
    /* Translators: a status such as "Transferred", then a date. */
    return g_strdup_printf (_("Status: %s on %s"), haven_label_status (status), left);
  return g_strdup_printf (_("Status: %s"), haven_label_status (status));
}

static Card *
card_new (HavenChildFile *file,
          const char     *school_name,
          const char     *printed_on)
{
  g_autoptr(Card) card = g_new0 (Card, 1);

  card->title = g_strdup (_("Contact card of a left-behind child"));
  card->school = g_strdup_printf (_("School: %s"), school_name != NULL ? school_name : "");
  card->printed = g_strdup_printf (_("Printed on %s"), printed_on);
  card->status = status_text (haven_child_file_get_child (file));
  card->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  card->signature = g_strdup (_("Class teacher’s signature:"));
  card->date_line = g_strdup (_("Date:"));

  add_child_section (card, file, printed_on);
  add_parents_section (card, file);
  add_guardian_section (card, file);
  add_mentor_section (card, file);
  add_missing_section (card, file);

  return g_steal_pointer (&card);
}

/* Measuring and drawing tables */

static double
column_x (const Section *section,
          guint          column,
          double         width)
{
  double fraction = 0;

  for (guint i = 0; i < column && i < section->n_columns; i++)
    fraction += section->columns[i];
  return fraction * width;
}

static void
draw_box (State  *s,
          double  x,
          double  y,
          double  size,
          gboolean ticked)
{
  cairo_t *cr = s->cr;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, MAX (s->line_width, size * 0.08));
  cairo_rectangle (cr, x, y, size, size);
  cairo_stroke (cr);
  if (ticked)
    {
      cairo_set_line_width (cr, size * 0.16);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_move_to (cr, x + size * 0.18, y + size * 0.52);
      cairo_line_to (cr, x + size * 0.42, y + size * 0.78);
      cairo_line_to (cr, x + size * 0.84, y + size * 0.2);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Options flow like words: a box, the option, a gap, the next box. */
static double
flow_choice (State      *s,
             const Cell *cell,
             double      x,
             double      y,
             double      width,
             gboolean    draw)
{
  double box = s->font * 0.8;
  double gap = s->font * 0.3;
  double spacing = s->font * 1.2;
  double line_x = 0, line_y = 0, line_h = 0;

  if (cell->options == NULL)
    return 0;

  for (guint i = 0; cell->options[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (s->context, cell->options[i], s->font, FALSE,
                                                  width - box - gap, s->value_lines);
      double text_w, text_h, item_w;

      layout_size (layout, &text_w, &text_h);
      item_w = box + gap + text_w;
      if (line_x > 0 && line_x + item_w > width)
        {
          line_y += line_h + s->font * 0.2;
          line_x = 0;
          line_h = 0;
        }

      if (draw)
        {
          double baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

          draw_box (s, x + line_x, y + line_y + baseline - box * 0.92, box, (int) i == cell->chosen);
          show_layout (s, layout, x + line_x + box + gap, y + line_y);
        }

      line_x += item_w + spacing;
      line_h = MAX (line_h, text_h);
    }

  return line_y + line_h;
}

static PangoLayout *
cell_layout (State      *s,
             const Cell *cell,
             double      inner_width)
{
  switch (cell->kind)
    {
    case CELL_LABEL:
      return new_layout (s->context, cell->text, s->font * 0.92, FALSE, inner_width, 3);
    case CELL_HEADING:
      return new_layout (s->context, cell->text, s->font, TRUE, inner_width, 2);
    case CELL_VALUE:
      return new_layout (s->context, cell->text, s->font, FALSE, inner_width, s->value_lines);
    case CELL_NOTE:
      return new_layout (s->context, cell->text, s->font, FALSE, inner_width, s->note_lines);
    case CELL_CHOICE:
    default:
      return NULL;
    }
}

static double
cell_content_height (State      *s,
                     const Cell *cell,
                     double      inner_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (cell->kind == CELL_CHOICE)
    return flow_choice (s, cell, 0, 0, inner_width, FALSE);

  layout = cell_layout (s, cell, inner_width);
  layout_size (layout, NULL, &height);
  return height;
}

static void
draw_cell (State      *s,
           const Cell *cell,
           double      x,
           double      y,
           double      width,
           double      height)
{
  cairo_t *cr = s->cr;
  double inner = width - 2 * s->pad;
  g_autoptr(PangoLayout) layout = NULL;
  double content_h;

  if (cell->kind == CELL_LABEL || cell->kind == CELL_HEADING)
    {
      cairo_set_source_rgb (cr,
                            cell->kind == CELL_LABEL ? LABEL_GREY : HEADING_GREY,
                            cell->kind == CELL_LABEL ? LABEL_GREY : HEADING_GREY,
                            cell->kind == CELL_LABEL ? LABEL_GREY : HEADING_GREY);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, s->line_width);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);

  if (cell->kind == CELL_CHOICE)
    {
      content_h = flow_choice (s, cell, 0, 0, inner, FALSE);
      flow_choice (s, cell, x + s->pad, y + (height - content_h) / 2, inner, TRUE);
      return;
    }

  layout = cell_layout (s, cell, inner);
  layout_size (layout, NULL, &content_h);
  if (cell->kind == CELL_HEADING)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  show_layout (s, layout, x + s->pad, y + (height - content_h) / 2);
}

static double
min_row_height (State *s)
{
  /* Room to write a value in by hand when it is blank. */
  return s->font * 1.5 + 2 * s->pad;
}

static double
row_height (State         *s,
            const Section *section,
            const Row     *row,
            double         width)
{
  double height = min_row_height (s);
  guint column = 0;

  for (guint i = 0; i < row->n_cells; i++)
    {
      const Cell *cell = &row->cells[i];
      double cell_w = column_x (section, column + cell->span, width) - column_x (section, column, width);

      height = MAX (height, cell_content_height (s, cell, cell_w - 2 * s->pad) + 2 * s->pad);
      column += cell->span;
    }

  return height + s->extra;
}

static double
section_band_height (State *s)
{
  return s->font * 1.45 + 2 * s->pad;
}

static double
layout_section (State         *s,
                const Section *section,
                double         x,
                double         y,
                double         width)
{
  double top = y;
  double band = section_band_height (s);

  if (s->draw)
    {
      g_autoptr(PangoLayout) title = new_layout (s->context, section->title, s->font, TRUE, width - 2 * s->pad, 1);
      double title_h;

      cairo_set_source_rgb (s->cr, HEADING_GREY, HEADING_GREY, HEADING_GREY);
      cairo_rectangle (s->cr, x, y, width, band);
      cairo_fill (s->cr);
      cairo_set_source_rgb (s->cr, 0, 0, 0);
      layout_size (title, NULL, &title_h);
      show_layout (s, title, x + s->pad, y + (band - title_h) / 2);
    }
  y += band;

  for (guint r = 0; r < section->rows->len; r++)
    {
      const Row *row = &g_array_index (section->rows, Row, r);
      double height = row_height (s, section, row, width);

      if (s->draw)
        {
          guint column = 0;

          for (guint i = 0; i < row->n_cells; i++)
            {
              const Cell *cell = &row->cells[i];
              double left = column_x (section, column, width);
              double right = column_x (section, column + cell->span, width);

              draw_cell (s, cell, x + left, y, right - left, height);
              column += cell->span;
            }
        }
      y += height;
    }

  if (s->draw)
    {
      /* A heavier outline holds each section together, as on the card. */
      cairo_set_source_rgb (s->cr, 0, 0, 0);
      cairo_set_line_width (s->cr, s->line_width * 2);
      cairo_rectangle (s->cr, x, top, width, y - top);
      cairo_stroke (s->cr);
    }

  return y - top;
}

static guint
card_n_rows (const Card *card)
{
  guint n = 0;

  for (guint i = 0; i < card->sections->len; i++)
    n += ((Section *) g_ptr_array_index (card->sections, i))->rows->len;
  return n;
}

/* Two texts on one line, one flush left and one flush right. */
static double
layout_line_pair (State      *s,
                  const char *left,
                  const char *right,
                  double      size,
                  double      x,
                  double      y,
                  double      width)
{
  g_autoptr(PangoLayout) right_layout = new_layout (s->context, right, size, FALSE, width * 0.45, 1);
  g_autoptr(PangoLayout) left_layout = NULL;
  double right_w, right_h, left_h;

  layout_size (right_layout, &right_w, &right_h);
  left_layout = new_layout (s->context, left, size, FALSE, width - right_w - size, 2);
  layout_size (left_layout, NULL, &left_h);

  if (s->draw)
    {
      show_layout (s, left_layout, x, y);
      show_layout (s, right_layout, x + width - right_w, y);
    }
  return MAX (left_h, right_h);
}

/* A label followed by a line to sign on. */
static void
draw_signature_line (State      *s,
                     const char *label,
                     double      x,
                     double      y,
                     double      width)
{
  g_autoptr(PangoLayout) layout = new_layout (s->context, label, s->font, FALSE, width * 0.6, 1);
  double text_w, baseline;

  layout_size (layout, &text_w, NULL);
  baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  show_layout (s, layout, x, y);
  cairo_set_line_width (s->cr, s->line_width);
  cairo_move_to (s->cr, x + text_w + s->font * 0.3, y + baseline + s->font * 0.15);
  cairo_line_to (s->cr, x + width, y + baseline + s->font * 0.15);
  cairo_stroke (s->cr);
}

/* Lays the whole card out from the top; returns the height it takes. */
static double
layout_card (State      *s,
             const Card *card,
             double      x,
             double      y,
             double      width,
             double      bottom)
{
  double top = y;
  double line_h;
  g_autoptr(PangoLayout) title = new_layout (s->context, card->title, s->font * 1.7, TRUE, width, 2);
  g_autoptr(PangoLayout) signature = new_layout (s->context, card->signature, s->font, FALSE, width, 1);

  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  layout_size (title, NULL, &line_h);
  if (s->draw)
    show_layout (s, title, x, y);
  y += line_h + s->font * 0.5;

  y += layout_line_pair (s, card->school, card->printed, s->font * 0.95, x, y, width);

  if (card->status != NULL)
    {
      g_autoptr(PangoLayout) status = new_layout (s->context, card->status, s->font, TRUE, width, 2);

      layout_size (status, NULL, &line_h);
      if (s->draw)
        show_layout (s, status, x, y);
      y += line_h;
    }
  y += s->font * 0.5;

  for (guint i = 0; i < card->sections->len; i++)
    {
      if (i > 0)
        y += s->font * 0.6;
      y += layout_section (s, g_ptr_array_index (card->sections, i), x, y, width);
    }

  /* The signature lines sit at the foot of the page when there is room. */
  layout_size (signature, NULL, &line_h);
  y += s->font * 1.2;
  if (s->draw)
    {
      double foot = MAX (y, bottom - line_h);

      cairo_set_source_rgb (s->cr, 0, 0, 0);
      draw_signature_line (s, card->signature, x, foot, width * 0.58);
      draw_signature_line (s, card->date_line, x + width * 0.64, foot, width * 0.36);
    }
  y += line_h;

  return y - top;
}

double
haven_card_renderer_margin (double width,
                            double height)
{
  return MIN (width, height) * 0.05;
}

static void
state_init (State   *s,
            cairo_t *cr,
            double   font)
{
  s->cr = cr;
  s->context = create_context (cr);
  s->font = font;
  s->note_lines = 8;
  s->value_lines = 3;
  s->pad = font * 0.3;
  s->line_width = MAX (0.5, font * 0.06);
  s->extra = 0;
  s->draw = FALSE;
}

static void
state_clear (State *s)
{
  g_clear_object (&s->context);
}

/* Each attempt shrinks the text a little more, then allows fewer lines
 * for notes, until the card fits. */
typedef struct
{
  double scale;
  int    note_lines;
  int    value_lines;
} Attempt;

static const Attempt attempts[] = {
  { 1.00, 8, 3 }, { 0.95, 8, 3 }, { 0.90, 8, 3 }, { 0.85, 6, 3 }, { 0.80, 6, 3 },
  { 0.76, 4, 2 }, { 0.72, 4, 2 }, { 0.68, 3, 2 }, { 0.64, 2, 2 }, { 0.60, 2, 1 },
  { 0.60, 1, 1 },
};

void
haven_card_renderer_draw_card (cairo_t        *cr,
                               double          width,
                               double          height,
                               HavenChildFile *file,
                               const char     *school_name,
                               const char     *printed_on)
{
  g_autoptr(Card) card = NULL;
  g_autofree char *today = NULL;
  double margin = haven_card_renderer_margin (width, height);
  double avail_w = width - 2 * margin;
  double avail_h = height - 2 * margin;
  double base = width / 50;
  double used = 0;
  State s;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (HAVEN_IS_CHILD_FILE (file));
  g_return_if_fail (width > 0 && height > 0);

  if (printed_on == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      printed_on = today;
    }

  card = card_new (file, school_name, printed_on);
  state_init (&s, cr, base);

  for (guint i = 0; i < G_N_ELEMENTS (attempts); i++)
    {
      s.font = base * attempts[i].scale;
      s.pad = s.font * 0.3;
      s.line_width = MAX (0.5, s.font * 0.06);
      s.note_lines = attempts[i].note_lines;
      s.value_lines = attempts[i].value_lines;
      used = layout_card (&s, card, 0, 0, avail_w, avail_h);
      if (used <= avail_h)
        break;
    }

  /* Spare room goes to the rows, to write in by hand, up to a line each. */
  if (used < avail_h)
    s.extra = MIN ((avail_h - used) / MAX (card_n_rows (card), 1), s.font * 1.2);

  cairo_save (cr);
  /* Nothing may reach the margins, whatever the data. */
  cairo_rectangle (cr, margin, margin, avail_w, avail_h);
  cairo_clip (cr);
  s.draw = TRUE;
  pango_cairo_update_context (cr, s.context);
  layout_card (&s, card, margin, margin, avail_w, margin + avail_h);
  cairo_restore (cr);

  state_clear (&s);
}

/* Rosters */

typedef struct
{
  double margin_x;
  double margin_y;
  double header;   /* title and class line */
  double head_row; /* column headings */
  double row;
  double footer;
} RosterGeometry;

/* Everything vertical depends on the height alone, so the number of rows
 * on a page can be known before the page is drawn. */
static void
roster_geometry (double          height,
                 RosterGeometry *g)
{
  g->margin_y = height * 0.04;
  g->header = height * 0.075;
  /* Small paper gets fewer, not unreadably thin, rows. */
  g->row = MAX (height / 30, 22.0);
  g->head_row = g->row * 1.25;
  g->footer = height * 0.035;
}

guint
haven_card_renderer_roster_rows_per_page (double height)
{
  RosterGeometry g;
  double body;

  roster_geometry (height, &g);
  body = height - 2 * g.margin_y - g.header - g.head_row - g.footer;
  if (body < g.row)
    return 1;
  return (guint) floor (body / g.row + 1e-6);
}

typedef enum
{
  ROSTER_NUMBER,
  ROSTER_NAME,
  ROSTER_GENDER,
  ROSTER_BIRTH_DATE,
  ROSTER_REASON,
  ROSTER_GUARDIAN,
  ROSTER_MENTOR,
  ROSTER_COMPLETE,
  ROSTER_N_COLUMNS
} RosterColumn;

static const double roster_columns[ROSTER_N_COLUMNS] = {
  0.05, 0.13, 0.08, 0.13, 0.17, 0.18, 0.11, 0.15,
};

static void
roster_cell (State       *s,
             const char  *text,
             gboolean     heading,
             int          max_lines,
             double       x,
             double       y,
             double       width,
             double       height)
{
  g_autoptr(PangoLayout) layout = new_layout (s->context, text, s->font, heading,
                                              width - 2 * s->pad, max_lines);
  double text_h;

  if (heading)
    {
      cairo_set_source_rgb (s->cr, HEADING_GREY, HEADING_GREY, HEADING_GREY);
      cairo_rectangle (s->cr, x, y, width, height);
      cairo_fill (s->cr);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }

  cairo_set_source_rgb (s->cr, 0, 0, 0);
  cairo_set_line_width (s->cr, s->line_width);
  cairo_rectangle (s->cr, x, y, width, height);
  cairo_stroke (s->cr);

  layout_size (layout, NULL, &text_h);
  cairo_save (s->cr);
  cairo_rectangle (s->cr, x, y, width, height);
  cairo_clip (s->cr);
  show_layout (s, layout, x + s->pad, y + (height - text_h) / 2);
  cairo_restore (s->cr);
}

static char *
roster_complete_text (HavenChild *child)
{
  int missing = int_of (child, HAVEN_CHILD_MISSING);

  if (missing <= 0)
    return g_strdup (C_("card", "Yes"));
  return g_strdup_printf (ngettext ("Lacks %d item", "Lacks %d items", missing), missing);
}

void
haven_card_renderer_draw_roster (cairo_t    *cr,
                                 double      width,
                                 double      height,
                                 const char *class_name,
                                 GPtrArray  *children,
                                 guint       first,
                                 guint       count,
                                 guint       page,
                                 guint       n_pages)
{
  const char *headings[ROSTER_N_COLUMNS] = {
    C_("roster", "No."),
    C_("card", "Name"),
    haven_label_history_field ("child.gender"),
    haven_label_history_field ("child.birth-date"),
    haven_label_history_field ("child.reason"),
    C_("roster", "Guardian and phone"),
    C_("card", "Mentor"),
    C_("roster", "File complete"),
  };
  g_autoptr(PangoLayout) title = NULL;
  g_autofree char *class_line = NULL;
  g_autofree char *page_line = NULL;
  g_autofree char *summary = NULL;
  RosterGeometry g;
  double margin_x = haven_card_renderer_margin (width, height);
  double table_w = width - 2 * margin_x;
  double x, y, title_h, cell_x;
  guint rows = haven_card_renderer_roster_rows_per_page (height);
  guint complete = 0;
  guint last;
  State s;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (children != NULL);
  g_return_if_fail (width > 0 && height > 0);

  roster_geometry (height, &g);
  first = MIN (first, children->len);
  last = first + MIN (MIN (count, rows), children->len - first);

  /* The text must fit two lines in a row, and the row's width. */
  state_init (&s, cr, MIN (g.row * 0.31, width / 62));
  s.pad = s.font * 0.35;
  s.line_width = MAX (0.5, s.font * 0.06);
  s.draw = TRUE;

  cairo_save (cr);
  cairo_rectangle (cr, margin_x, g.margin_y, table_w, height - 2 * g.margin_y);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  x = margin_x;
  y = g.margin_y;

  title = new_layout (s.context, _("Roster of left-behind children"), g.header * 0.3, TRUE, table_w, 1);
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  layout_size (title, NULL, &title_h);
  show_layout (&s, title, x, y);

  class_line = g_strdup_printf (_("Class: %s"), class_name != NULL ? class_name : "");
  page_line = g_strdup_printf (_("Page %u of %u"), page + 1, MAX (n_pages, page + 1));
  layout_line_pair (&s, class_line, page_line, s.font * 1.1, x, y + title_h + g.header * 0.08, table_w);
  y += g.header;

  cell_x = x;
  for (guint c = 0; c < ROSTER_N_COLUMNS; c++)
    {
      double w = roster_columns[c] * table_w;

      roster_cell (&s, headings[c], TRUE, 2, cell_x, y, w, g.head_row);
      cell_x += w;
    }
  y += g.head_row;

  for (guint i = first; i < last; i++)
    {
      HavenChild *child = g_ptr_array_index (children, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *guardian = NULL;
      g_autofree char *complete_text = roster_complete_text (child);
      int gender = int_of (child, HAVEN_CHILD_GENDER);
      int reason = int_of (child, HAVEN_CHILD_REASON);
      const char *texts[ROSTER_N_COLUMNS];
      int lines[ROSTER_N_COLUMNS] = { 1, 2, 1, 1, 2, 2, 2, 2 };

      /* Name above phone; each keeps its own line. */
      guardian = g_strdup_printf ("%s\n%s", text_of (child, HAVEN_CHILD_GUARDIAN_NAME),
                                  text_of (child, HAVEN_CHILD_GUARDIAN_PHONE));
      g_strstrip (guardian);
      lines[ROSTER_GUARDIAN] = 1;

      texts[ROSTER_NUMBER] = number;
      texts[ROSTER_NAME] = text_of (child, HAVEN_CHILD_NAME);
      texts[ROSTER_GENDER] = label_or_blank (haven_label_gender (gender), gender != HAVEN_GENDER_UNKNOWN);
      texts[ROSTER_BIRTH_DATE] = text_of (child, HAVEN_CHILD_BIRTH_DATE);
      texts[ROSTER_REASON] = label_or_blank (haven_label_reason (reason), reason != HAVEN_LEFT_BEHIND_UNKNOWN);
      texts[ROSTER_GUARDIAN] = guardian;
      texts[ROSTER_MENTOR] = text_of (child, HAVEN_CHILD_MENTOR_NAME);
      texts[ROSTER_COMPLETE] = complete_text;

      cell_x = x;
      for (guint c = 0; c < ROSTER_N_COLUMNS; c++)
        {
          double w = roster_columns[c] * table_w;

          roster_cell (&s, texts[c], FALSE, lines[c], cell_x, y, w, g.row);
          cell_x += w;
        }
      y += g.row;
    }

  cairo_set_line_width (cr, s.line_width * 2);
  cairo_rectangle (cr, x, g.margin_y + g.header, table_w, y - g.margin_y - g.header);
  cairo_stroke (cr);

  for (guint i = 0; i < children->len; i++)
    if (int_of (g_ptr_array_index (children, i), HAVEN_CHILD_MISSING) <= 0)
      complete++;
  summary = g_strdup_printf (ngettext ("%u child on the roster, %u with a complete file",
                                       "%u children on the roster, %u with a complete file",
                                       children->len),
                             children->len, complete);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *printed = g_strdup_printf (_("Printed on %s"), today);

    layout_line_pair (&s, summary, printed, s.font, x, height - g.margin_y - g.footer * 0.6, table_w);
  }

  cairo_restore (cr);
  state_clear (&s);
}
