/* haven-child-editor.c: add or edit a child's whole contact card (联系卡)
 *
 * The form keeps everything the person typed until a save succeeds: a
 * refused save only marks the fields to correct, a failed save shows a
 * toast and leaves the window open. Checks run when the person leaves a
 * field, then on every edit of it, and on Save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-child-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "haven-child-editor.h"
#include "haven-labels.h"
#include "haven-record-list.h"
#include "haven-school-class.h"
#include "haven-validate.h"

/* The guardian's age, in whole years. */
#define MAX_GUARDIAN_AGE 120

/* The height a toast takes at the bottom of the form, in pixels. */
#define TOAST_ROOM 80

/* The fields with a check, in the order they appear in the form, so the
 * first invalid one is the first on screen. */
typedef enum
{
  CHECK_NAME,
  CHECK_BIRTH_DATE,
  CHECK_ID_NUMBER,
  CHECK_FATHER_PHONE,
  CHECK_MOTHER_PHONE,
  CHECK_GUARDIAN_AGE,
  CHECK_GUARDIAN_PHONE,
  CHECK_LEFT_DATE,
  CHECK_LEFT_REASON,
  N_CHECKS
} CheckId;

static const char * const check_keys[N_CHECKS] = {
  "name", "birth-date", "id-number", "father-phone", "mother-phone",
  "guardian-age", "guardian-phone", "left-date", "left-reason",
};

typedef enum
{
  SEVERITY_NONE,
  SEVERITY_WARNING,   /* shown, but the file may be saved */
  SEVERITY_ERROR,     /* the file cannot be saved */
} Severity;

typedef struct
{
  AdwEntryRow   *row;        /* borrowed: template child */
  GtkListBoxRow *error_row;  /* borrowed: template child, right below row */
  GtkLabel      *label;      /* borrowed: template child, inside error_row */
  char          *message;    /* owned; NULL while nothing shows */
  Severity       severity;
  gboolean       touched;    /* left by the person, or a save was tried */
} Check;

struct _HavenChildEditor
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkButton        *save_button;
  GtkStack         *stack;
  GtkSpinner       *spinner;
  AdwStatusPage    *error_page;
  GtkScrolledWindow *scrolled_window;
  GtkWidget        *form_box;
  GtkLabel         *missing_label;
  GtkImage         *missing_icon;

  AdwComboRow      *gender_row;
  AdwComboRow      *class_row;
  AdwEntryRow      *student_number_row;
  AdwEntryRow      *address_row;
  AdwComboRow      *reason_row;

  AdwEntryRow      *father_name_row;
  GtkSwitch        *father_away_switch;
  AdwEntryRow      *father_work_place_row;
  AdwEntryRow      *father_employer_row;
  AdwEntryRow      *father_employer_address_row;
  AdwComboRow      *father_home_visits_row;

  AdwEntryRow      *mother_name_row;
  GtkSwitch        *mother_away_switch;
  AdwEntryRow      *mother_work_place_row;
  AdwEntryRow      *mother_employer_row;
  AdwEntryRow      *mother_employer_address_row;
  AdwComboRow      *mother_home_visits_row;

  AdwEntryRow      *guardian_name_row;
  AdwComboRow      *guardian_relationship_row;
  AdwEntryRow      *guardian_occupation_row;
  AdwEntryRow      *guardian_health_row;
  AdwEntryRow      *guardian_address_row;
  GtkSwitch        *guardian_entrusted_switch;

  AdwEntryRow      *personality_row;
  AdwEntryRow      *interests_row;
  AdwEntryRow      *talents_row;
  AdwEntryRow      *health_row;
  AdwComboRow      *study_level_row;
  AdwEntryRow      *study_notes_row;
  GtkSwitch        *boarding_switch;
  GtkSwitch        *key_support_switch;
  AdwEntryRow      *hardship_row;
  AdwEntryRow      *aid_row;
  AdwComboRow      *status_row;
  GtkTextView      *notes_view;

  /* The checked entry rows, their error rows and labels (template widgets). */
  Check             checks[N_CHECKS];

  /* Owned */
  HavenStore       *store;
  char             *author;
  GCancellable     *cancellable;
  HavenChildFile   *file;          /* as loaded, or a new empty file; NULL if loading failed */
  HavenRecordList  *classes;       /* HAVEN_QUERY_CLASSES */
  GPtrArray        *class_items;   /* HavenSchoolClass, parallel to class_names from 1 */
  GtkStringList    *class_names;   /* "Not chosen", then one per class */

  gint64            child_id;
  gint64            class_id;      /* the chosen class; kept while the list loads */
  guint             reveal_tick_id;
  guint             reveal_ticks;
  CheckId           reveal_check;
  gboolean          loading;
  gboolean          saving;
  gboolean          filling;       /* the form is being filled from a file */
  gboolean          updating_classes;
  gboolean          may_close;     /* saved, or the person chose to discard */
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_CHILD_ID,
  PROP_AUTHOR,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HavenChildEditor, haven_child_editor, ADW_TYPE_WINDOW)

/* How the form maps onto the four records of a file. */

typedef enum
{
  PART_CHILD,
  PART_FATHER,
  PART_MOTHER,
  PART_GUARDIAN,
} Part;

typedef enum
{
  TEXT_PLAIN,
  TEXT_PHONE,
  TEXT_RESIDENT_ID,
} TextKind;

typedef struct
{
  gsize    offset;  /* of the AdwEntryRow pointer in HavenChildEditor */
  Part     part;
  guint    field;
  TextKind kind;
} TextField;

#define ROW(member) G_STRUCT_OFFSET (HavenChildEditor, member)
#define CHECK_ROW(id) G_STRUCT_OFFSET (HavenChildEditor, checks[id].row)

static const TextField text_fields[] = {
  { CHECK_ROW (CHECK_NAME), PART_CHILD, HAVEN_CHILD_NAME, TEXT_PLAIN },
  { CHECK_ROW (CHECK_BIRTH_DATE), PART_CHILD, HAVEN_CHILD_BIRTH_DATE, TEXT_PLAIN },
  { CHECK_ROW (CHECK_ID_NUMBER), PART_CHILD, HAVEN_CHILD_ID_NUMBER, TEXT_RESIDENT_ID },
  { ROW (student_number_row), PART_CHILD, HAVEN_CHILD_STUDENT_NUMBER, TEXT_PLAIN },
  { ROW (address_row), PART_CHILD, HAVEN_CHILD_ADDRESS, TEXT_PLAIN },
  { ROW (father_name_row), PART_FATHER, HAVEN_PARENT_NAME, TEXT_PLAIN },
  { ROW (father_work_place_row), PART_FATHER, HAVEN_PARENT_WORK_PLACE, TEXT_PLAIN },
  { ROW (father_employer_row), PART_FATHER, HAVEN_PARENT_EMPLOYER, TEXT_PLAIN },
  { ROW (father_employer_address_row), PART_FATHER, HAVEN_PARENT_EMPLOYER_ADDRESS, TEXT_PLAIN },
  { CHECK_ROW (CHECK_FATHER_PHONE), PART_FATHER, HAVEN_PARENT_PHONE, TEXT_PHONE },
  { ROW (mother_name_row), PART_MOTHER, HAVEN_PARENT_NAME, TEXT_PLAIN },
  { ROW (mother_work_place_row), PART_MOTHER, HAVEN_PARENT_WORK_PLACE, TEXT_PLAIN },
  { ROW (mother_employer_row), PART_MOTHER, HAVEN_PARENT_EMPLOYER, TEXT_PLAIN },
  { ROW (mother_employer_address_row), PART_MOTHER, HAVEN_PARENT_EMPLOYER_ADDRESS, TEXT_PLAIN },
  { CHECK_ROW (CHECK_MOTHER_PHONE), PART_MOTHER, HAVEN_PARENT_PHONE, TEXT_PHONE },
  { ROW (guardian_name_row), PART_GUARDIAN, HAVEN_GUARDIAN_NAME, TEXT_PLAIN },
  { ROW (guardian_occupation_row), PART_GUARDIAN, HAVEN_GUARDIAN_OCCUPATION, TEXT_PLAIN },
  { ROW (guardian_health_row), PART_GUARDIAN, HAVEN_GUARDIAN_HEALTH, TEXT_PLAIN },
  { CHECK_ROW (CHECK_GUARDIAN_PHONE), PART_GUARDIAN, HAVEN_GUARDIAN_PHONE, TEXT_PHONE },
  { ROW (guardian_address_row), PART_GUARDIAN, HAVEN_GUARDIAN_ADDRESS, TEXT_PLAIN },
  { ROW (personality_row), PART_CHILD, HAVEN_CHILD_PERSONALITY, TEXT_PLAIN },
  { ROW (interests_row), PART_CHILD, HAVEN_CHILD_INTERESTS, TEXT_PLAIN },
  { ROW (talents_row), PART_CHILD, HAVEN_CHILD_TALENTS, TEXT_PLAIN },
  { ROW (health_row), PART_CHILD, HAVEN_CHILD_HEALTH, TEXT_PLAIN },
  { ROW (study_notes_row), PART_CHILD, HAVEN_CHILD_STUDY_NOTES, TEXT_PLAIN },
  { ROW (hardship_row), PART_CHILD, HAVEN_CHILD_HARDSHIP, TEXT_PLAIN },
  { ROW (aid_row), PART_CHILD, HAVEN_CHILD_AID, TEXT_PLAIN },
  { CHECK_ROW (CHECK_LEFT_DATE), PART_CHILD, HAVEN_CHILD_LEFT_DATE, TEXT_PLAIN },
  { CHECK_ROW (CHECK_LEFT_REASON), PART_CHILD, HAVEN_CHILD_LEFT_REASON, TEXT_PLAIN },
};

typedef struct
{
  gsize   offset;  /* of the AdwComboRow pointer */
  Part    part;
  guint   field;
  GType (*get_type) (void);
} ChoiceField;

static const ChoiceField choice_fields[] = {
  { ROW (gender_row), PART_CHILD, HAVEN_CHILD_GENDER, haven_gender_get_type },
  { ROW (reason_row), PART_CHILD, HAVEN_CHILD_REASON, haven_left_behind_reason_get_type },
  { ROW (father_home_visits_row), PART_FATHER, HAVEN_PARENT_HOME_VISITS, haven_home_visits_get_type },
  { ROW (mother_home_visits_row), PART_MOTHER, HAVEN_PARENT_HOME_VISITS, haven_home_visits_get_type },
  { ROW (guardian_relationship_row), PART_GUARDIAN, HAVEN_GUARDIAN_RELATIONSHIP, haven_relationship_get_type },
  { ROW (study_level_row), PART_CHILD, HAVEN_CHILD_STUDY_LEVEL, haven_study_level_get_type },
  { ROW (status_row), PART_CHILD, HAVEN_CHILD_STATUS, haven_child_status_get_type },
};

typedef struct
{
  gsize offset;  /* of the GtkSwitch pointer */
  Part  part;
  guint field;
} SwitchField;

static const SwitchField switch_fields[] = {
  { ROW (father_away_switch), PART_FATHER, HAVEN_PARENT_AWAY },
  { ROW (mother_away_switch), PART_MOTHER, HAVEN_PARENT_AWAY },
  { ROW (guardian_entrusted_switch), PART_GUARDIAN, HAVEN_GUARDIAN_ENTRUSTED },
  { ROW (boarding_switch), PART_CHILD, HAVEN_CHILD_BOARDING },
  { ROW (key_support_switch), PART_CHILD, HAVEN_CHILD_KEY_SUPPORT },
};

#undef ROW
#undef CHECK_ROW

#define MEMBER(type, self, offset) G_STRUCT_MEMBER (type, (self), (offset))

static HavenRecord *
part_record (HavenChildFile *file,
             Part            part)
{
  switch (part)
    {
    case PART_CHILD:
      return HAVEN_RECORD (haven_child_file_get_child (file));
    case PART_FATHER:
      return HAVEN_RECORD (haven_child_file_get_father (file));
    case PART_MOTHER:
      return HAVEN_RECORD (haven_child_file_get_mother (file));
    case PART_GUARDIAN:
      return HAVEN_RECORD (haven_child_file_get_guardian (file));
    default:
      g_assert_not_reached ();
    }
}

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  return dup_stripped (gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* The guardian's age: empty is 0 (not given). */
static gboolean
parse_age (const char *text,
           int        *age)
{
  g_autofree char *stripped = dup_stripped (text);
  guint64 value = 0;

  *age = 0;
  if (*stripped == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (stripped, 10, 0, MAX_GUARDIAN_AGE, &value, NULL))
    return FALSE;
  *age = (int) value;
  return TRUE;
}

static gboolean
on_roll (HavenChildEditor *self)
{
  return adw_combo_row_get_selected (self->status_row) == HAVEN_CHILD_STATUS_CURRENT;
}

/* The text to store: trimmed, phones and identity numbers in their
 * stored form. The checks have passed, but keep what was typed if a
 * normaliser still refuses it. */
static char *
clean_text (const char *text,
            TextKind    kind)
{
  g_autofree char *stripped = dup_stripped (text);
  char *normal = NULL;

  if (*stripped == '\0')
    return g_steal_pointer (&stripped);

  switch (kind)
    {
    case TEXT_PHONE:
      normal = haven_normalize_phone (stripped);
      break;
    case TEXT_RESIDENT_ID:
      normal = haven_normalize_resident_id (stripped);
      break;
    case TEXT_PLAIN:
    default:
      break;
    }

  return normal != NULL ? normal : g_steal_pointer (&stripped);
}

static char *
dup_notes (HavenChildEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Copies the form into file. for_save trims and normalises what will be
 * stored; otherwise the text is taken as shown, to compare with the file
 * as loaded or to list what is missing. */
static void
form_to_file (HavenChildEditor *self,
              HavenChildFile   *file,
              gboolean          for_save)
{
  HavenRecord *child = part_record (file, PART_CHILD);
  HavenRecord *guardian = part_record (file, PART_GUARDIAN);
  g_autofree char *notes = dup_notes (self);
  int age;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const TextField *f = &text_fields[i];
      const char *text = gtk_editable_get_text (MEMBER (GtkEditable *, self, f->offset));
      g_autofree char *value = for_save ? clean_text (text, f->kind) : g_strdup (text);

      haven_record_set_string (part_record (file, f->part), f->field, value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (choice_fields); i++)
    {
      const ChoiceField *f = &choice_fields[i];
      guint selected = adw_combo_row_get_selected (MEMBER (AdwComboRow *, self, f->offset));

      if (selected >= haven_label_count (f->get_type ()))
        selected = 0;
      haven_record_set_int (part_record (file, f->part), f->field, (int) selected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    {
      const SwitchField *f = &switch_fields[i];

      haven_record_set_int (part_record (file, f->part), f->field,
                            gtk_switch_get_active (MEMBER (GtkSwitch *, self, f->offset)));
    }

  haven_record_set_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID, self->class_id);

  /* A number that is not an age never equals the file's age. */
  if (!parse_age (gtk_editable_get_text (GTK_EDITABLE (self->checks[CHECK_GUARDIAN_AGE].row)), &age))
    age = -1;
  haven_record_set_int (guardian, HAVEN_GUARDIAN_AGE, age);

  if (for_save)
    g_strstrip (notes);
  haven_record_set_string (child, HAVEN_CHILD_NOTES, notes);

  /* A child back on the roll has not left. */
  if (for_save && on_roll (self))
    {
      haven_record_set_string (child, HAVEN_CHILD_LEFT_DATE, "");
      haven_record_set_string (child, HAVEN_CHILD_LEFT_REASON, "");
    }
}

static gboolean
records_differ (HavenRecord *a,
                HavenRecord *b)
{
  guint n = haven_record_get_n_fields (a);

  for (guint i = 0; i < n; i++)
    {
      const HavenField *info = haven_record_get_field_info (a, i);

      if ((info->flags & HAVEN_FIELD_DERIVED) != 0)
        continue;
      if (!haven_record_field_equal (a, b, i))
        return TRUE;
    }

  return FALSE;
}

/* Whether the form holds anything the file does not: typing and then
 * erasing it is no change. */
static gboolean
form_changed (HavenChildEditor *self)
{
  g_autoptr(HavenChildFile) form = NULL;

  if (self->file == NULL || self->loading)
    return FALSE;

  form = haven_child_file_dup (self->file);
  form_to_file (self, form, FALSE);

  for (Part part = PART_CHILD; part <= PART_GUARDIAN; part++)
    if (records_differ (part_record (form, part), part_record (self->file, part)))
      return TRUE;

  return FALSE;
}

/* Checks */

static gboolean
check_active (HavenChildEditor *self,
              CheckId           id)
{
  if (id == CHECK_LEFT_DATE || id == CHECK_LEFT_REASON)
    return !on_roll (self);
  return TRUE;
}

/* What the field's text means, as a severity and a message (owned). */
static Severity
evaluate (HavenChildEditor  *self,
          CheckId            id,
          char             **message)
{
  g_autofree char *text = dup_entry_text (self->checks[id].row);
  g_autoptr(GError) error = NULL;
  gboolean over_age = FALSE;
  int age;

  *message = NULL;

  if (!check_active (self, id))
    return SEVERITY_NONE;

  switch (id)
    {
    case CHECK_NAME:
      if (*text == '\0')
        {
          *message = g_strdup (_("Please enter the child’s name."));
          return SEVERITY_ERROR;
        }
      return SEVERITY_NONE;

    case CHECK_BIRTH_DATE:
      /* Optional: an empty date is listed as missing, not refused. */
      if (*text == '\0')
        return SEVERITY_NONE;
      if (!haven_validate_birth_date (text, NULL, &over_age, &error))
        break;
      if (over_age)
        {
          *message = g_strdup (_("This child is 16 or older; the programme is for children under 16."));
          return SEVERITY_WARNING;
        }
      return SEVERITY_NONE;

    case CHECK_ID_NUMBER:
      {
        g_autofree char *birth = dup_entry_text (self->checks[CHECK_BIRTH_DATE].row);

        if (*text == '\0')
          return SEVERITY_NONE;
        /* Compare with the date of birth only once that is a real date;
         * until then its own row says what is wrong with it. */
        if (!haven_validate_date (birth, NULL, NULL))
          g_clear_pointer (&birth, g_free);
        if (!haven_validate_resident_id (text, birth, &error))
          break;
        return SEVERITY_NONE;
      }

    case CHECK_FATHER_PHONE:
    case CHECK_MOTHER_PHONE:
    case CHECK_GUARDIAN_PHONE:
      /* Optional: a teacher often lacks a phone at first. */
      if (*text == '\0')
        return SEVERITY_NONE;
      if (!haven_validate_phone (text, NULL, &error))
        break;
      return SEVERITY_NONE;

    case CHECK_GUARDIAN_AGE:
      if (!parse_age (text, &age))
        {
          *message = g_strdup_printf (_("Enter the age in years, a number from 0 to %d."), MAX_GUARDIAN_AGE);
          return SEVERITY_ERROR;
        }
      return SEVERITY_NONE;

    case CHECK_LEFT_DATE:
      if (*text == '\0')
        {
          *message = g_strdup (_("Please enter the date the child left, for example 2024-07-01."));
          return SEVERITY_ERROR;
        }
      if (!haven_validate_date (text, NULL, &error))
        break;
      return SEVERITY_NONE;

    case CHECK_LEFT_REASON:
      if (*text == '\0')
        {
          *message = g_strdup (_("Please enter why the child left."));
          return SEVERITY_ERROR;
        }
      return SEVERITY_NONE;

    case N_CHECKS:
    default:
      g_assert_not_reached ();
    }

  *message = g_strdup (error->message);
  return SEVERITY_ERROR;
}

static void
show_check (HavenChildEditor *self,
            CheckId           id,
            Severity          severity,
            char             *message)
{
  Check *check = &self->checks[id];
  GtkWidget *row = GTK_WIDGET (check->row);
  GtkWidget *label = GTK_WIDGET (check->label);

  check->severity = severity;
  g_free (check->message);
  check->message = message;

  gtk_label_set_text (check->label, message != NULL ? message : "");
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (row, "warning");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");

  switch (severity)
    {
    case SEVERITY_ERROR:
      gtk_widget_add_css_class (row, "error");
      gtk_widget_add_css_class (label, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      break;
    case SEVERITY_WARNING:
      gtk_widget_add_css_class (row, "warning");
      gtk_widget_add_css_class (label, "warning");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      break;
    case SEVERITY_NONE:
    default:
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      break;
    }

  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  gtk_widget_set_visible (GTK_WIDGET (check->error_row), severity != SEVERITY_NONE);
}

/* Shows the result of a check once the field was touched; an untouched
 * field shows nothing, so a new form does not open full of errors. */
static void
refresh_check (HavenChildEditor *self,
               CheckId           id)
{
  char *message = NULL;
  Severity severity = SEVERITY_NONE;

  if (self->checks[id].touched)
    severity = evaluate (self, id, &message);
  show_check (self, id, severity, message);
}

static void
refresh_all_checks (HavenChildEditor *self)
{
  for (CheckId id = 0; id < N_CHECKS; id++)
    refresh_check (self, id);
}

static int
find_check_by_row (HavenChildEditor *self,
                   gpointer          row)
{
  for (CheckId id = 0; id < N_CHECKS; id++)
    if ((gpointer) self->checks[id].row == row)
      return id;
  return -1;
}

static int
find_check_by_key (const char *key)
{
  for (CheckId id = 0; id < N_CHECKS; id++)
    if (g_strcmp0 (check_keys[id], key) == 0)
      return id;
  return -1;
}

/* The line at the top: what the file still lacks. */

static void
update_missing (HavenChildEditor *self)
{
  g_autoptr(HavenChildFile) form = haven_child_file_new ();
  g_auto(GStrv) labels = NULL;
  HavenMissing missing;

  form_to_file (self, form, FALSE);
  missing = haven_child_file_get_missing (form);

  if (missing == HAVEN_MISSING_NONE)
    {
      gtk_label_set_text (self->missing_label, _("This file is complete."));
      gtk_image_set_from_icon_name (self->missing_icon, "emblem-ok-symbolic");
    }
  else
    {
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      labels = haven_label_missing (missing);
      /* Translators: separates the items of "This file still lacks: …". */
      list = g_strjoinv (_(", "), labels);
      /* Translators: %s is a list such as "Gender, Guardian’s phone". */
      text = g_strdup_printf (_("This file still lacks: %s"), list);
      gtk_label_set_text (self->missing_label, text);
      gtk_image_set_from_icon_name (self->missing_icon, "dialog-information-symbolic");
    }
}

static void
form_edited (HavenChildEditor *self)
{
  if (self->filling)
    return;
  update_missing (self);
}

/* Actions */

static void
update_actions (HavenChildEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !self->loading && !self->saving && self->file != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.cancel", !self->saving);
}

static void
set_loading (HavenChildEditor *self,
             gboolean          loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_toast (HavenChildEditor *self,
            const char       *text,
            guint             timeout)
{
  /* Toast titles are Pango markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, timeout);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Scrolling to a field once the rows that just appeared have their size:
 * the first frame lays them out, the second may scroll. */

static void
reveal_now (HavenChildEditor *self,
            CheckId           id)
{
  Check *check = &self->checks[id];
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  GtkWidget *content = gtk_widget_get_parent (self->form_box);
  graphene_rect_t row_bounds;
  graphene_rect_t error_bounds;
  double top, bottom, value, page;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (check->row), content, &row_bounds))
    return;

  top = row_bounds.origin.y - 24;
  bottom = row_bounds.origin.y + row_bounds.size.height + 12;
  if (gtk_widget_get_visible (GTK_WIDGET (check->error_row))
      && gtk_widget_compute_bounds (GTK_WIDGET (check->error_row), content, &error_bounds))
    bottom = error_bounds.origin.y + error_bounds.size.height + 12;

  /* Off screen, or where the toast covers it: bring it near the top. */
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (top < value || bottom > value + page - TOAST_ROOM)
    gtk_adjustment_set_value (adjustment, top);
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (widget);

  if (++self->reveal_ticks < 2)
    return G_SOURCE_CONTINUE;

  self->reveal_tick_id = 0;
  reveal_now (self, self->reveal_check);
  return G_SOURCE_REMOVE;
}

static void
reveal_check (HavenChildEditor *self,
              CheckId           id)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->checks[id].row));

  self->reveal_check = id;
  self->reveal_ticks = 0;
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HavenChildEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 child_id;

  child_id = haven_store_save_child_file_finish (HAVEN_STORE (object), result, &error);

  /* The window went away while the worker saved. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  self->saving = FALSE;
  update_actions (self);

  if (error != NULL)
    {
      g_autofree char *text = NULL;

      g_debug ("Could not save the file of child %" G_GINT64_FORMAT ": %s", self->child_id, error->message);
      /* Translators: %s says why, as the database reported it. */
      text = g_strdup_printf (_("Could not save the file: %s"), error->message);
      show_toast (self, text, 0);
      return;
    }

  self->child_id = child_id;
  g_signal_emit (self, signals[SAVED], 0, child_id);
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (widget);
  g_autoptr(HavenChildFile) file = NULL;
  int first_invalid = -1;
  guint n_invalid = 0;

  if (self->loading || self->saving || self->file == NULL)
    return;

  for (CheckId id = 0; id < N_CHECKS; id++)
    {
      self->checks[id].touched = TRUE;
      refresh_check (self, id);
      if (self->checks[id].severity == SEVERITY_ERROR)
        {
          if (first_invalid < 0)
            first_invalid = id;
          n_invalid++;
        }
    }

  if (first_invalid >= 0)
    {
      g_autofree char *text = NULL;

      reveal_check (self, first_invalid);
      text = g_strdup_printf (ngettext ("%u field needs correcting",
                                        "%u fields need correcting",
                                        n_invalid),
                              n_invalid);
      show_toast (self, text, 5);
      return;
    }

  /* A copy of the loaded file keeps the ids and uuids, so the store
   * updates the rows instead of adding new ones. */
  file = haven_child_file_dup (self->file);
  form_to_file (self, file, TRUE);

  self->saving = TRUE;
  update_actions (self);
  haven_store_save_child_file_async (self->store, file, self->author, self->cancellable,
                                     save_done_cb, g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
dialog_discarded_cb (HavenChildEditor *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
chain_close_request (GtkWindow *window)
{
  GtkWindowClass *parent_class = GTK_WINDOW_CLASS (haven_child_editor_parent_class);

  return parent_class->close_request != NULL ? parent_class->close_request (window) : FALSE;
}

static gboolean
haven_child_editor_close_request (GtkWindow *window)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (window);
  AdwMessageDialog *dialog;

  if (self->may_close)
    return chain_close_request (window);

  /* The save finishes first: it would be lost on the way otherwise. */
  if (self->saving)
    return TRUE;

  if (!form_changed (self))
    return chain_close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Discard changes?"),
                                                       _("What you typed in this file has not been saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response::discard", G_CALLBACK (dialog_discarded_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Classes */

static void
select_class (HavenChildEditor *self)
{
  guint position = 0;

  for (guint i = 0; i < self->class_items->len; i++)
    if (haven_record_get_id (g_ptr_array_index (self->class_items, i)) == self->class_id)
      {
        position = i + 1;
        break;
      }

  self->updating_classes = TRUE;
  adw_combo_row_set_selected (self->class_row, position);
  self->updating_classes = FALSE;
}

static void
refresh_class_names (HavenChildEditor *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n_names = g_list_model_get_n_items (G_LIST_MODEL (self->class_names));

  for (guint i = 0; i < self->class_items->len; i++)
    {
      HavenRecord *item = g_ptr_array_index (self->class_items, i);
      const char *name = haven_record_get_string (item, HAVEN_SCHOOL_CLASS_NAME);

      /* A class not fetched yet. */
      g_ptr_array_add (names, (gpointer) (*name != '\0' ? name : "…"));
    }
  g_ptr_array_add (names, NULL);

  self->updating_classes = TRUE;
  gtk_string_list_splice (self->class_names, 1, n_names - 1, (const char * const *) names->pdata);
  self->updating_classes = FALSE;
  select_class (self);
}

static void
class_loaded_cb (HavenChildEditor *self)
{
  refresh_class_names (self);
}

static void
classes_changed_cb (HavenChildEditor *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->classes));

  for (guint i = 0; i < self->class_items->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->class_items, i), self);
  g_ptr_array_set_size (self->class_items, 0);

  for (guint i = 0; i < n; i++)
    {
      HavenRecord *item = g_list_model_get_item (G_LIST_MODEL (self->classes), i);

      g_signal_connect_object (item, "notify::loaded", G_CALLBACK (class_loaded_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->class_items, item);
    }

  refresh_class_names (self);
}

static void
class_selected_cb (HavenChildEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->class_row);

  if (self->updating_classes || self->filling)
    return;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->class_items->len)
    self->class_id = 0;
  else
    self->class_id = haven_record_get_id (g_ptr_array_index (self->class_items, selected - 1));

  form_edited (self);
}

/* Filling and following the form */

static void
update_roll_rows (HavenChildEditor *self)
{
  gboolean left = !on_roll (self);

  gtk_widget_set_visible (GTK_WIDGET (self->checks[CHECK_LEFT_DATE].row), left);
  gtk_widget_set_visible (GTK_WIDGET (self->checks[CHECK_LEFT_REASON].row), left);
  refresh_check (self, CHECK_LEFT_DATE);
  refresh_check (self, CHECK_LEFT_REASON);
}

static void
fill_form (HavenChildEditor *self,
           HavenChildFile   *file)
{
  HavenRecord *child = part_record (file, PART_CHILD);
  int age = haven_record_get_int (part_record (file, PART_GUARDIAN), HAVEN_GUARDIAN_AGE);
  g_autofree char *age_text = age > 0 ? g_strdup_printf ("%d", age) : g_strdup ("");

  self->filling = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      const TextField *f = &text_fields[i];

      gtk_editable_set_text (MEMBER (GtkEditable *, self, f->offset),
                             haven_record_get_string (part_record (file, f->part), f->field));
    }

  for (guint i = 0; i < G_N_ELEMENTS (choice_fields); i++)
    {
      const ChoiceField *f = &choice_fields[i];
      int value = haven_record_get_int (part_record (file, f->part), f->field);

      if (value < 0 || (guint) value >= haven_label_count (f->get_type ()))
        value = 0;
      adw_combo_row_set_selected (MEMBER (AdwComboRow *, self, f->offset), (guint) value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    {
      const SwitchField *f = &switch_fields[i];

      gtk_switch_set_active (MEMBER (GtkSwitch *, self, f->offset),
                             haven_record_get_int (part_record (file, f->part), f->field) != 0);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->checks[CHECK_GUARDIAN_AGE].row), age_text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            haven_record_get_string (child, HAVEN_CHILD_NOTES), -1);

  self->class_id = haven_record_get_ref (child, HAVEN_CHILD_SCHOOL_CLASS_ID);
  select_class (self);

  self->filling = FALSE;

  update_roll_rows (self);
  update_missing (self);
}

static void
entry_changed_cb (GtkEditable      *editable,
                  HavenChildEditor *self)
{
  int id;

  if (self->filling)
    return;

  id = find_check_by_row (self, editable);

  if (id == CHECK_ID_NUMBER)
    {
      g_autofree char *text = dup_entry_text (self->checks[CHECK_ID_NUMBER].row);
      g_autofree char *birth = dup_entry_text (self->checks[CHECK_BIRTH_DATE].row);

      /* A valid number carries the birth date: spare the typing. */
      if (*birth == '\0' && haven_validate_resident_id (text, NULL, NULL))
        {
          g_autofree char *from_id = haven_resident_id_birth_date (text);

          if (from_id != NULL)
            {
              self->checks[CHECK_BIRTH_DATE].touched = TRUE;
              gtk_editable_set_text (GTK_EDITABLE (self->checks[CHECK_BIRTH_DATE].row), from_id);
            }
        }
    }

  if (id >= 0)
    refresh_check (self, id);

  /* The number must agree with the date of birth. */
  if (id == CHECK_BIRTH_DATE)
    refresh_check (self, CHECK_ID_NUMBER);

  form_edited (self);
}

static void
entry_left_cb (GtkEventControllerFocus *controller,
               HavenChildEditor        *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  int id = find_check_by_row (self, row);

  /* Focus also "leaves" when another window comes up, or while the form
   * is filled; only a person moving on counts. */
  if (id < 0 || self->filling || !gtk_window_is_active (GTK_WINDOW (self)))
    return;

  self->checks[id].touched = TRUE;
  refresh_check (self, id);
}

static void
status_selected_cb (HavenChildEditor *self)
{
  if (self->filling)
    return;
  update_roll_rows (self);
  form_edited (self);
}

static void
choice_selected_cb (HavenChildEditor *self)
{
  form_edited (self);
}

static void
switch_toggled_cb (HavenChildEditor *self)
{
  form_edited (self);
}

static void
notes_changed_cb (HavenChildEditor *self)
{
  form_edited (self);
}

/* Loading */

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HavenChildEditor) self = user_data;
  g_autoptr(HavenChildFile) file = NULL;
  g_autoptr(GError) error = NULL;
  HavenRecord *child;

  file = haven_store_load_child_file_finish (HAVEN_STORE (object), result, &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (file == NULL)
    {
      g_debug ("Could not load the file of child %" G_GINT64_FORMAT ": %s", self->child_id, error->message);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      set_loading (self, FALSE);
      return;
    }

  self->file = g_steal_pointer (&file);
  child = part_record (self->file, PART_CHILD);
  adw_window_title_set_subtitle (self->window_title, haven_record_get_string (child, HAVEN_CHILD_NAME));

  fill_form (self, self->file);

  /* A stored file shows its problems at once, such as a phone typed
   * into a spreadsheet before Haven checked phones. */
  for (CheckId id = 0; id < N_CHECKS; id++)
    self->checks[id].touched = TRUE;
  refresh_all_checks (self);

  gtk_stack_set_visible_child_name (self->stack, "form");
  set_loading (self, FALSE);
}

static GListModel *
labels_model (GType enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  guint n = haven_label_count (enum_type);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, haven_label_for (enum_type, (int) i));
  return G_LIST_MODEL (list);
}

static void
haven_child_editor_constructed (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);
  g_autoptr(HavenQuery) query = NULL;

  G_OBJECT_CLASS (haven_child_editor_parent_class)->constructed (object);

  g_return_if_fail (HAVEN_IS_STORE (self->store));

  query = haven_query_new (HAVEN_QUERY_CLASSES);
  self->classes = haven_record_list_new (self->store, query);
  g_signal_connect_object (self->classes, "items-changed", G_CALLBACK (classes_changed_cb),
                           self, G_CONNECT_SWAPPED);
  classes_changed_cb (self);

  if (self->child_id > 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit File"));
      adw_window_title_set_title (self->window_title, _("Edit File"));
      gtk_stack_set_visible_child_name (self->stack, "loading");
      set_loading (self, TRUE);
      haven_store_load_child_file_async (self->store, self->child_id, self->cancellable,
                                         load_done_cb, g_object_ref (self));
    }
  else
    {
      /* A new child: on the roll, gender not given. */
      self->file = haven_child_file_new ();
      gtk_window_set_title (GTK_WINDOW (self), _("New Child"));
      adw_window_title_set_title (self->window_title, _("New Child"));
      fill_form (self, self->file);
      gtk_stack_set_visible_child_name (self->stack, "form");
      gtk_widget_grab_focus (GTK_WIDGET (self->checks[CHECK_NAME].row));
    }

  update_actions (self);
}

static void
haven_child_editor_dispose (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (self->reveal_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick_id);
      self->reveal_tick_id = 0;
    }

  if (self->class_items != NULL)
    {
      for (guint i = 0; i < self->class_items->len; i++)
        g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->class_items, i), self);
      g_ptr_array_set_size (self->class_items, 0);
    }
  if (self->classes != NULL)
    g_signal_handlers_disconnect_by_data (self->classes, self);
  g_clear_object (&self->classes);

  gtk_widget_dispose_template (GTK_WIDGET (self), HAVEN_TYPE_CHILD_EDITOR);

  G_OBJECT_CLASS (haven_child_editor_parent_class)->dispose (object);
}

static void
haven_child_editor_finalize (GObject *object)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  for (CheckId id = 0; id < N_CHECKS; id++)
    g_clear_pointer (&self->checks[id].message, g_free);

  g_clear_pointer (&self->class_items, g_ptr_array_unref);
  g_clear_object (&self->class_names);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (haven_child_editor_parent_class)->finalize (object);
}

static void
haven_child_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CHILD_ID:
      g_value_set_int64 (value, self->child_id);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_child_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HavenChildEditor *self = HAVEN_CHILD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CHILD_ID:
      self->child_id = g_value_get_int64 (value);
      break;
    case PROP_AUTHOR:
      self->author = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_CHECK(widget_class, id, prefix)                                       \
  G_STMT_START {                                                                   \
    gtk_widget_class_bind_template_child_full (widget_class, prefix "_row", FALSE,  \
      G_STRUCT_OFFSET (HavenChildEditor, checks[id].row));                         \
    gtk_widget_class_bind_template_child_full (widget_class, prefix "_error", FALSE, \
      G_STRUCT_OFFSET (HavenChildEditor, checks[id].error_row));                   \
    gtk_widget_class_bind_template_child_full (widget_class, prefix "_error_label", FALSE, \
      G_STRUCT_OFFSET (HavenChildEditor, checks[id].label));                       \
  } G_STMT_END

static void
haven_child_editor_class_init (HavenChildEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = haven_child_editor_constructed;
  object_class->dispose = haven_child_editor_dispose;
  object_class->finalize = haven_child_editor_finalize;
  object_class->get_property = haven_child_editor_get_property;
  object_class->set_property = haven_child_editor_set_property;
  window_class->close_request = haven_child_editor_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HAVEN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_ID] =
    g_param_spec_int64 ("child-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HavenChildEditor::saved:
   * @child_id: the id of the saved child
   *
   * Emitted after the file was saved, just before the window closes.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/haven-child-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, spinner);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, error_page);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, missing_label);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, missing_icon);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, class_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, student_number_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_name_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_away_switch);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_work_place_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_employer_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_employer_address_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, father_home_visits_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_name_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_away_switch);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_work_place_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_employer_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_employer_address_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, mother_home_visits_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_name_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_relationship_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_occupation_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_health_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_address_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, guardian_entrusted_switch);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, personality_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, interests_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, talents_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, health_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, study_level_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, study_notes_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, boarding_switch);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, key_support_switch);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, hardship_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, aid_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, HavenChildEditor, notes_view);
  BIND_CHECK (widget_class, CHECK_NAME, "name");
  BIND_CHECK (widget_class, CHECK_BIRTH_DATE, "birth_date");
  BIND_CHECK (widget_class, CHECK_ID_NUMBER, "id_number");
  BIND_CHECK (widget_class, CHECK_FATHER_PHONE, "father_phone");
  BIND_CHECK (widget_class, CHECK_MOTHER_PHONE, "mother_phone");
  BIND_CHECK (widget_class, CHECK_GUARDIAN_AGE, "guardian_age");
  BIND_CHECK (widget_class, CHECK_GUARDIAN_PHONE, "guardian_phone");
  BIND_CHECK (widget_class, CHECK_LEFT_DATE, "left_date");
  BIND_CHECK (widget_class, CHECK_LEFT_REASON, "left_reason");

  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
haven_child_editor_init (HavenChildEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->class_items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (choice_fields); i++)
    {
      const ChoiceField *f = &choice_fields[i];
      g_autoptr(GListModel) model = labels_model (f->get_type ());
      AdwComboRow *row = MEMBER (AdwComboRow *, self, f->offset);

      adw_combo_row_set_model (row, model);
      if (row == self->status_row)
        g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (status_selected_cb), self);
      else
        g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (choice_selected_cb), self);
    }

  self->class_names = gtk_string_list_new (NULL);
  /* Translators: the class of a child who has none yet. */
  gtk_string_list_append (self->class_names, _("Not chosen"));
  adw_combo_row_set_model (self->class_row, G_LIST_MODEL (self->class_names));
  g_signal_connect_swapped (self->class_row, "notify::selected", G_CALLBACK (class_selected_cb), self);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    g_signal_connect (MEMBER (GtkEditable *, self, text_fields[i].offset), "changed",
                      G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->checks[CHECK_GUARDIAN_AGE].row, "changed", G_CALLBACK (entry_changed_cb), self);

  for (CheckId id = 0; id < N_CHECKS; id++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (entry_left_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self->checks[id].row), focus);
    }

  for (guint i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    g_signal_connect_swapped (MEMBER (GtkSwitch *, self, switch_fields[i].offset), "notify::active",
                              G_CALLBACK (switch_toggled_cb), self);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (notes_changed_cb), self);
}

HavenChildEditor *
haven_child_editor_new (HavenStore *store,
                        gint64      child_id,
                        const char *author)
{
  g_return_val_if_fail (HAVEN_IS_STORE (store), NULL);
  g_return_val_if_fail (child_id >= 0, NULL);

  return g_object_new (HAVEN_TYPE_CHILD_EDITOR,
                       "store", store,
                       "child-id", child_id,
                       "author", author,
                       NULL);
}

gboolean
haven_child_editor_get_loading (HavenChildEditor *self)
{
  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), FALSE);

  return self->loading;
}

void
haven_child_editor_set_field_text (HavenChildEditor *self,
                                   const char       *field,
                                   const char       *text)
{
  int id;

  g_return_if_fail (HAVEN_IS_CHILD_EDITOR (self));
  g_return_if_fail (field != NULL);

  id = find_check_by_key (field);
  g_return_if_fail (id >= 0);

  /* As if typed and then left: the check shows at once. */
  self->checks[id].touched = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->checks[id].row), text != NULL ? text : "");
  refresh_check (self, id);
}

const char *
haven_child_editor_get_field_error (HavenChildEditor *self,
                                    const char       *field)
{
  int id;

  g_return_val_if_fail (HAVEN_IS_CHILD_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  id = find_check_by_key (field);
  g_return_val_if_fail (id >= 0, NULL);

  if (self->checks[id].severity == SEVERITY_NONE)
    return NULL;
  return self->checks[id].message;
}
