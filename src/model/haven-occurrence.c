/* haven-occurrence.c: one day an activity takes place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "haven-occurrence"

#include "config.h"

#include <string.h>

#include "haven-occurrence.h"

struct _HavenOccurrence
{
  GObject            parent_instance;

  gint64             activity_id;
  gint64             row_id;
  guint32            date;
  guint32            original_date;
  int                start_minutes;
  int                end_minutes;
  HavenActivityType  type;
  HavenRecurrence    recurrence;
  HavenLectureTopic  topic;
  HavenFestival      festival;
  gboolean           lunar;
  guint              n_present;
  guint              n_concerned;
  char               date_text[11];
  char               original_text[11];
  char               time_text[16];
  char              *title;
  char              *place;
  char              *organiser;
  char              *class_names;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_TIME,
  PROP_PLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HavenOccurrence, haven_occurrence, G_TYPE_OBJECT)

static void
haven_occurrence_finalize (GObject *object)
{
  HavenOccurrence *self = HAVEN_OCCURRENCE (object);

  g_free (self->title);
  g_free (self->place);
  g_free (self->organiser);
  g_free (self->class_names);

  G_OBJECT_CLASS (haven_occurrence_parent_class)->finalize (object);
}

static void
haven_occurrence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HavenOccurrence *self = HAVEN_OCCURRENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date_text);
      break;
    case PROP_TIME:
      g_value_set_string (value, self->time_text);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
haven_occurrence_class_init (HavenOccurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = haven_occurrence_finalize;
  object_class->get_property = haven_occurrence_get_property;

  /* Read-only: an occurrence never changes once made. */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] = g_param_spec_string ("time", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
haven_occurrence_init (HavenOccurrence *self)
{
  g_assert (HAVEN_IS_OCCURRENCE (self));

}

static void
format_julian (guint32  julian,
               char     out[11])
{
  GDate date = { 0 };

  g_date_set_julian (&date, julian);
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

HavenOccurrence *
haven_occurrence_new (const HavenOccurrenceInfo *info)
{
  HavenOccurrence *self;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (g_date_valid_julian (info->date) && g_date_valid_julian (info->original_date), NULL);

  self = g_object_new (HAVEN_TYPE_OCCURRENCE, NULL);
  self->activity_id = info->activity_id;
  self->row_id = info->row_id != 0 ? info->row_id : info->activity_id;
  self->date = info->date;
  self->original_date = info->original_date;
  self->start_minutes = info->start_minutes;
  self->end_minutes = info->start_minutes >= 0 ? info->end_minutes : -1;
  self->type = info->type;
  self->recurrence = info->recurrence;
  self->topic = info->topic;
  self->festival = info->festival;
  self->lunar = info->lunar;
  self->n_present = info->n_present;
  self->n_concerned = info->n_concerned;
  self->title = g_strdup (info->title != NULL ? info->title : "");
  self->place = g_strdup (info->place != NULL ? info->place : "");
  self->organiser = g_strdup (info->organiser != NULL ? info->organiser : "");
  self->class_names = g_strdup (info->class_names != NULL ? info->class_names : "");
  format_julian (self->date, self->date_text);
  format_julian (self->original_date, self->original_text);
  if (self->start_minutes >= 0 && self->end_minutes > self->start_minutes)
    g_snprintf (self->time_text, sizeof self->time_text, "%02d:%02d–%02d:%02d",
                self->start_minutes / 60, self->start_minutes % 60, self->end_minutes / 60, self->end_minutes % 60);
  else if (self->start_minutes >= 0)
    g_snprintf (self->time_text, sizeof self->time_text, "%02d:%02d",
                self->start_minutes / 60, self->start_minutes % 60);
  return self;
}

gint64
haven_occurrence_get_activity_id (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), 0);
  return self->activity_id;
}

gint64
haven_occurrence_get_row_id (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), 0);
  return self->row_id;
}

gboolean
haven_occurrence_get_edited (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), FALSE);
  return self->row_id != self->activity_id;
}

void
haven_occurrence_get_date (HavenOccurrence *self,
                           GDate           *out)
{
  g_return_if_fail (HAVEN_IS_OCCURRENCE (self));
  g_date_clear (out, 1);
  g_date_set_julian (out, self->date);
}

guint32
haven_occurrence_get_julian (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), 0);
  return self->date;
}

void
haven_occurrence_get_original_date (HavenOccurrence *self,
                                    GDate           *out)
{
  g_return_if_fail (HAVEN_IS_OCCURRENCE (self));
  g_date_clear (out, 1);
  g_date_set_julian (out, self->original_date);
}

const char *
haven_occurrence_get_date_text (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->date_text;
}

const char *
haven_occurrence_get_original_text (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->original_text;
}

int
haven_occurrence_get_start_minutes (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), -1);
  return self->start_minutes;
}

int
haven_occurrence_get_end_minutes (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), -1);
  return self->end_minutes;
}

const char *
haven_occurrence_get_time_text (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->time_text;
}

HavenActivityType
haven_occurrence_get_activity_type (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), HAVEN_ACTIVITY_OTHER);
  return self->type;
}

HavenRecurrence
haven_occurrence_get_recurrence (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), HAVEN_RECURRENCE_NONE);
  return self->recurrence;
}

HavenLectureTopic
haven_occurrence_get_topic (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), HAVEN_LECTURE_NONE);
  return self->topic;
}

HavenFestival
haven_occurrence_get_festival (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), HAVEN_N_FESTIVALS);
  return self->festival;
}

gboolean
haven_occurrence_get_lunar (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), FALSE);
  return self->lunar;
}

const char *
haven_occurrence_get_title (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->title;
}

const char *
haven_occurrence_get_place (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->place;
}

const char *
haven_occurrence_get_organiser (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->organiser;
}

const char *
haven_occurrence_get_class_names (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), NULL);
  return self->class_names;
}

guint
haven_occurrence_get_n_present (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), 0);
  return self->n_present;
}

guint
haven_occurrence_get_n_concerned (HavenOccurrence *self)
{
  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (self), 0);
  return self->n_concerned;
}

int
haven_occurrence_compare (HavenOccurrence *a,
                          HavenOccurrence *b)
{
  int c;

  g_return_val_if_fail (HAVEN_IS_OCCURRENCE (a) && HAVEN_IS_OCCURRENCE (b), 0);

  if (a->date != b->date)
    return a->date < b->date ? -1 : 1;
  if (a->start_minutes != b->start_minutes)
    return a->start_minutes < b->start_minutes ? -1 : 1;
  c = strcmp (a->title, b->title);
  if (c != 0)
    return c;
  return a->activity_id < b->activity_id ? -1 : a->activity_id > b->activity_id;
}
