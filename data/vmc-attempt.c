/* vmc-attempt.c: one attempt as the list shows it (its full analysis stays in the library)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item of the attempts' list model: the list knows how many attempts there are and their
 * ids at once, and each row's figures come from the database when the row is shown; until
 * then the attempt is a placeholder (not loaded), and ::notify::loaded says when it is.
 */
#define G_LOG_DOMAIN "vmc-library"

#include "config.h"

#include "vmc-attempt.h"

struct _VmcAttempt
{
  GObject parent_instance;

  gboolean loaded;
  VmcAttemptData data;
};

G_DEFINE_FINAL_TYPE (VmcAttempt, vmc_attempt, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
vmc_attempt_data_clear (VmcAttemptData *data)
{
  g_clear_pointer (&data->created, g_date_time_unref);
  g_clear_pointer (&data->recipient, g_free);
  g_clear_pointer (&data->number, g_free);
  g_clear_pointer (&data->note, g_free);
  g_clear_pointer (&data->audio, g_free);
  g_clear_pointer (&data->transcript, g_free);
}

/* A placeholder for the attempt @id: its figures come later (vmc_attempt_fill()) */
VmcAttempt *
vmc_attempt_new (gint64 id)
{
  VmcAttempt *self = g_object_new (VMC_TYPE_ATTEMPT, NULL);

  self->data.id = id;
  return self;
}

/**
 * vmc_attempt_new_from_data:
 * @data: (transfer full): the row (its strings and date are taken; the struct is cleared)
 */
VmcAttempt *
vmc_attempt_new_from_data (VmcAttemptData *data)
{
  VmcAttempt *self = g_object_new (VMC_TYPE_ATTEMPT, NULL);

  self->data = *data;
  *data = (VmcAttemptData) { 0 };
  self->loaded = TRUE;
  return self;
}

/* Fills the placeholder @self with what @from (the same attempt, loaded) holds */
void
vmc_attempt_fill (VmcAttempt *self,
                  VmcAttempt *from)
{
  g_return_if_fail (VMC_IS_ATTEMPT (self));
  g_return_if_fail (VMC_IS_ATTEMPT (from));
  g_return_if_fail (self->data.id == from->data.id);

  vmc_attempt_data_clear (&self->data);
  self->data = from->data;
  self->data.created = from->data.created ? g_date_time_ref (from->data.created) : NULL;
  self->data.recipient = g_strdup (from->data.recipient);
  self->data.number = g_strdup (from->data.number);
  self->data.note = g_strdup (from->data.note);
  self->data.audio = g_strdup (from->data.audio);
  self->data.transcript = g_strdup (from->data.transcript);
  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

gboolean
vmc_attempt_is_loaded (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), FALSE);
  return self->loaded;
}

gint64
vmc_attempt_get_id (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0);
  return self->data.id;
}

/* Returns: (transfer none) (nullable): when it was made, local time; %NULL until loaded */
GDateTime *
vmc_attempt_get_created (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), NULL);
  return self->data.created;
}

double
vmc_attempt_get_duration (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0.0);
  return self->data.duration;
}

int
vmc_attempt_get_score (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0);
  return self->data.score;
}

VmcVerdict
vmc_attempt_get_verdict (VmcAttempt *self,
                         VmcTipId    tip)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), VMC_VERDICT_SKIP);
  g_return_val_if_fail (tip < VMC_N_TIPS, VMC_VERDICT_SKIP);
  return self->loaded ? self->data.verdicts[tip] : VMC_VERDICT_SKIP;
}

#define STRING_GETTER(name, field) \
  const char *                                                      \
  vmc_attempt_get_##name (VmcAttempt *self)                         \
  {                                                                 \
    g_return_val_if_fail (VMC_IS_ATTEMPT (self), "");               \
    return self->data.field ? self->data.field : "";                \
  }

STRING_GETTER (recipient, recipient)
STRING_GETTER (number, number)
STRING_GETTER (note, note)
STRING_GETTER (audio, audio)
STRING_GETTER (transcript, transcript)

/* The note as it now is (the library was told: vmc_library_set_note()) */
void
vmc_attempt_set_note (VmcAttempt *self,
                      const char *note)
{
  g_return_if_fail (VMC_IS_ATTEMPT (self));

  if (g_strcmp0 (self->data.note, note) == 0)
    return;
  g_free (self->data.note);
  self->data.note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

double
vmc_attempt_get_words_per_minute (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0.0);
  return self->data.words_per_minute;
}

double
vmc_attempt_get_digits_per_second (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0.0);
  return self->data.digits_per_second;
}

double
vmc_attempt_get_pitch_range (VmcAttempt *self)
{
  g_return_val_if_fail (VMC_IS_ATTEMPT (self), 0.0);
  return self->data.pitch_range;
}

static void
vmc_attempt_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VmcAttempt *self = VMC_ATTEMPT (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_NOTE:
      g_value_set_string (value, vmc_attempt_get_note (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_attempt_finalize (GObject *object)
{
  vmc_attempt_data_clear (&VMC_ATTEMPT (object)->data);
  G_OBJECT_CLASS (vmc_attempt_parent_class)->finalize (object);
}

static void
vmc_attempt_class_init (VmcAttemptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = vmc_attempt_finalize;
  object_class->get_property = vmc_attempt_get_property;
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vmc_attempt_init (VmcAttempt *self)
{
}
