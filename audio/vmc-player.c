/* vmc-player.c: playing a recording, or part of it, with a position to follow
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole recording is read into memory (a minute is 2 MB) at the output's rate. The
 * PortAudio callback copies from it at an atomic position: seeking is one atomic store,
 * pausing stops the stream and keeps the position. The telephone-band version (300 to
 * 3400 Hz, what the listener hears on a phone line) is filtered once, up front, and the
 * callback reads whichever is chosen. The main context polls the position every 50 ms
 * while playing and notifies it.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <math.h>
#include <stdatomic.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <samplerate.h>

#include "vmc-audio-clip.h"
#include "vmc-audio-reader.h"
#include "vmc-player.h"
#include "vmc-audio-enums.h"
#include "vmc-portaudio-private.h"

#define POLL_MS 50
#define FRAMES_PER_BUFFER 512

struct _VmcPlayer
{
  GObject parent_instance;

  char *device_id;
  VmcAudioClip *clip;      /* what is played, at 16 kHz */
  gint16 *resampled;       /* the clip at the output's rate, when that is another */
  const gint16 *samples;   /* at the output rate: the clip's, or resampled */
  gint16 *telephone;       /* the same through the telephone band, made when first wanted */
  gsize n_samples;
  int rate;                /* of @samples: the output's */
  int channels;
  VmcPlayerState state;
  double position;         /* as last notified */
  double resumed_at;       /* resumed from here: the position shown does not go back before
                            * it while the output's buffers play what was queued (-1: none) */

  PaStream *stream;
  gboolean pa_acquired;
  atomic_size_t at;        /* the next sample to play */
  atomic_size_t end;       /* where to stop */
  atomic_int use_telephone;
  atomic_int paused;       /* the stream runs on, silent, so that resuming is instant */
  atomic_int done;
  guint poll_id;
};

G_DEFINE_FINAL_TYPE (VmcPlayer, vmc_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_POSITION,
  PROP_DURATION,
  PROP_TELEPHONE_BAND,
  N_PROPS
};

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
on_output (const void                      *input,
           void                            *output,
           unsigned long                    frames,
           const PaStreamCallbackTimeInfo  *time_info,
           PaStreamCallbackFlags            flags,
           void                            *data)
{
  VmcPlayer *self = data;
  const gint16 *src = atomic_load_explicit (&self->use_telephone, memory_order_relaxed) && self->telephone
                      ? self->telephone : self->samples;
  gsize at = atomic_load_explicit (&self->at, memory_order_relaxed);
  gsize end = atomic_load_explicit (&self->end, memory_order_relaxed);
  gboolean paused = atomic_load_explicit (&self->paused, memory_order_relaxed);
  gsize n = at < end && !paused ? MIN ((gsize)frames, end - at) : 0;
  gint16 *out = output;

  if (self->channels == 1)
    {
      memcpy (out, src + at, n * sizeof *out);
      memset (out + n, 0, (frames - n) * sizeof *out);
    }
  else
    {
      for (gsize i = 0; i < frames; i++)
        out[2 * i] = out[2 * i + 1] = i < n ? src[at + i] : 0;
    }
  if (paused)
    return paContinue;
  atomic_store_explicit (&self->at, at + n, memory_order_relaxed);
  return at + n >= end ? paComplete : paContinue;
}

static void
on_stream_finished (void *data)
{
  VmcPlayer *self = data;

  atomic_store (&self->done, 1);
}

static void
set_state (VmcPlayer      *self,
           VmcPlayerState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
update_position (VmcPlayer *self)
{
  double position = self->rate ? (double)atomic_load (&self->at) / self->rate : 0.0;

  if (self->stream && self->state == VMC_PLAYER_PLAYING)
    {
      /* what is in the output's buffers has not been heard yet */
      const PaStreamInfo *info = Pa_GetStreamInfo (self->stream);

      if (info)
        position = MAX (0.0, position - info->outputLatency);
      position = MAX (position, self->resumed_at);
    }
  if (position != self->position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

static void
close_stream (VmcPlayer *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
  vmc_portaudio_close (&self->stream, &self->pa_acquired);
}

static gboolean
poll_cb (gpointer data)
{
  VmcPlayer *self = data;

  if (atomic_load (&self->done) && self->state == VMC_PLAYER_PLAYING)
    {
      self->poll_id = 0;
      close_stream (self);
      set_state (self, VMC_PLAYER_IDLE);
      update_position (self);
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0);
      return G_SOURCE_REMOVE;
    }
  update_position (self);
  return G_SOURCE_CONTINUE;
}

/**
 * vmc_player_set_clip:
 * @clip: (nullable): the recording to play, already read (shared, not copied)
 *
 * Stops what plays and makes @clip the recording to play, from its start.
 */
void
vmc_player_set_clip (VmcPlayer    *self,
                     VmcAudioClip *clip)
{
  g_return_if_fail (VMC_IS_PLAYER (self));

  vmc_player_stop (self);
  if (clip)
    vmc_audio_clip_ref (clip);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  g_clear_pointer (&self->resampled, g_free);
  g_clear_pointer (&self->telephone, g_free);
  self->clip = clip;
  self->samples = clip ? vmc_audio_clip_get_samples (clip, &self->n_samples) : NULL;
  if (!clip)
    self->n_samples = 0;
  self->rate = VMC_AUDIO_RATE;
  atomic_store (&self->at, 0);
  update_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

/* Returns: (transfer none) (nullable): the recording to play */
VmcAudioClip *
vmc_player_get_clip (VmcPlayer *self)
{
  g_return_val_if_fail (VMC_IS_PLAYER (self), NULL);

  return self->clip;
}

/**
 * vmc_player_open:
 *
 * Reads a recording to play (any file the analysis reads). Blocks while it reads: a window
 * reads the clip in a worker and gives it with vmc_player_set_clip().
 */
gboolean
vmc_player_open (VmcPlayer   *self,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(VmcAudioClip) clip = NULL;

  g_return_val_if_fail (VMC_IS_PLAYER (self), FALSE);

  if (!(clip = vmc_audio_clip_load (path, NULL, error)))
    return FALSE;
  vmc_player_set_clip (self, clip);
  return TRUE;
}

/* A second-order section of a Butterworth filter (RBJ's cookbook), run in place */
static void
biquad (float   *x,
        gsize    n,
        double   rate,
        double   freq,
        gboolean highpass)
{
  double w = 2 * G_PI * freq / rate, c = cos (w), alpha = sin (w) / (2 * G_SQRT2 / 2);
  double b0 = highpass ? (1 + c) / 2 : (1 - c) / 2, b1 = highpass ? -(1 + c) : 1 - c, b2 = b0;
  double a0 = 1 + alpha, a1 = -2 * c, a2 = 1 - alpha;
  double x1 = 0, x2 = 0, y1 = 0, y2 = 0;

  for (gsize i = 0; i < n; i++)
    {
      double y = (b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;

      x2 = x1;
      x1 = x[i];
      y2 = y1;
      y1 = y;
      x[i] = (float)y;
    }
}

/* The recording as a phone line carries it: 300 to 3400 Hz (4th-order Butterworth each side) */
static gint16 *
telephone_band (const gint16 *samples,
                gsize         n,
                int           rate)
{
  g_autofree float *x = g_new (float, n);
  gint16 *out = g_new (gint16, n);

  src_short_to_float_array (samples, x, n);
  biquad (x, n, rate, 300, TRUE);
  biquad (x, n, rate, 300, TRUE);
  biquad (x, n, rate, 3400, FALSE);
  biquad (x, n, rate, 3400, FALSE);
  src_float_to_short_array (x, out, n);
  return out;
}

/* Converts the recording to the rate the output takes */
static gboolean
resample_to (VmcPlayer  *self,
             int         rate,
             GError    **error)
{
  gsize n = 0;
  const gint16 *clip = vmc_audio_clip_get_samples (self->clip, &n);
  g_autofree float *in = g_new (float, MAX (n, 1));
  gsize out_n = (gsize)ceil ((double)n * rate / VMC_AUDIO_RATE) + 16;
  g_autofree float *out = g_new (float, out_n);
  SRC_DATA d = { in, out, (long)n, (long)out_n, 0, 0, 1, (double)rate / VMC_AUDIO_RATE };
  int err;

  /* always from the clip itself: a second conversion would lose quality */
  src_short_to_float_array (clip, in, (int)n);
  if ((err = src_simple (&d, SRC_SINC_MEDIUM_QUALITY, 1)) != 0)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("Could not convert the recording for the sound output: %s."), src_strerror (err));
      return FALSE;
    }
  g_free (self->resampled);
  self->resampled = g_new (gint16, MAX (d.output_frames_gen, 1));
  src_float_to_short_array (out, self->resampled, (int)d.output_frames_gen);
  self->samples = self->resampled;
  self->n_samples = d.output_frames_gen;
  self->rate = rate;
  g_clear_pointer (&self->telephone, g_free);
  return TRUE;
}

static gboolean
open_stream (VmcPlayer  *self,
             GError    **error)
{
  PaDeviceIndex device;
  const PaDeviceInfo *info;
  PaError err = paNoError;

  if (!vmc_portaudio_acquire (error))
    return FALSE;
  self->pa_acquired = TRUE;
  if ((device = vmc_portaudio_find_device (self->device_id, FALSE, error)) == paNoDevice)
    return FALSE;
  info = Pa_GetDeviceInfo (device);
  for (int channels = 1; channels <= MIN (2, info->maxOutputChannels); channels++)
    {
      double rates[] = { self->rate, info->defaultSampleRate, 48000, 44100 };

      for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
        {
          PaStreamParameters params = {
            .device = device,
            .channelCount = channels,
            .sampleFormat = paInt16,
            .suggestedLatency = info->defaultHighOutputLatency,
          };

          if (Pa_IsFormatSupported (NULL, &params, rates[i]) != paFormatIsSupported)
            continue;
          if ((int)rates[i] != self->rate && !resample_to (self, (int)rates[i], error))
            return FALSE;
          err = Pa_OpenStream (&self->stream, NULL, &params, rates[i],
                               FRAMES_PER_BUFFER, paNoFlag, on_output, self);
          if (err == paNoError)
            {
              self->channels = channels;
              Pa_SetStreamFinishedCallback (self->stream, on_stream_finished);
              return TRUE;
            }
          self->stream = NULL;
        }
    }
  if (err != paNoError)
    vmc_portaudio_set_error (error, err, _("open the sound output"));
  else
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_RATE_UNSUPPORTED,
                 _("The sound output “%s” plays at no rate Voicemail Coach can use. Pick another "
                 "device."), info->name);
  return FALSE;
}

static gboolean
start (VmcPlayer  *self,
       GError    **error)
{
  PaError err;

  if (self->telephone == NULL && atomic_load (&self->use_telephone))
    self->telephone = telephone_band (self->samples, self->n_samples, self->rate);
  atomic_store (&self->done, 0);
  atomic_store (&self->paused, 0);
  if ((err = Pa_StartStream (self->stream)) != paNoError)
    {
      vmc_portaudio_set_error (error, err, _("play the recording"));
      close_stream (self);
      set_state (self, VMC_PLAYER_IDLE);
      return FALSE;
    }
  if (self->poll_id == 0)
    self->poll_id = g_timeout_add (POLL_MS, poll_cb, self);
  set_state (self, VMC_PLAYER_PLAYING);
  return TRUE;
}

/**
 * vmc_player_play:
 * @from: where to start, seconds
 * @to: where to stop, seconds; negative for the end
 *
 * Plays the open recording from @from to @to; ::finished comes at the end.
 */
gboolean
vmc_player_play (VmcPlayer   *self,
                 double       from,
                 double       to,
                 GError     **error)
{
  gsize end;

  g_return_val_if_fail (VMC_IS_PLAYER (self), FALSE);

  if (self->samples == NULL)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("There is no recording to play: open one first."));
      return FALSE;
    }
  vmc_player_stop (self);
  if (!open_stream (self, error))
    {
      close_stream (self);
      return FALSE;
    }
  end = to < 0 ? self->n_samples : MIN (self->n_samples, (gsize)(to * self->rate));
  atomic_store (&self->end, end);
  atomic_store (&self->at, MIN ((gsize)(MAX (from, 0.0) * self->rate), end));
  /* the position is where it starts from the moment it is playing, not where the last ended */
  self->resumed_at = -1;
  update_position (self);
  return start (self, error);
}

/* Pauses, keeping the position (what is still in the output's buffers is heard again on
 * resuming) */
void
vmc_player_pause (VmcPlayer *self)
{
  const PaStreamInfo *info;
  gsize at, back;

  g_return_if_fail (VMC_IS_PLAYER (self));

  if (self->state != VMC_PLAYER_PLAYING || atomic_load (&self->done))
    return;
  info = Pa_GetStreamInfo (self->stream);
  back = info ? (gsize)(info->outputLatency * self->rate) : 0;
  atomic_store (&self->paused, 1);
  at = atomic_load (&self->at);
  atomic_store (&self->at, at > back ? at - back : 0);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  set_state (self, VMC_PLAYER_PAUSED);
  update_position (self);
}

/**
 * vmc_player_resume:
 *
 * Goes on from where vmc_player_pause() stopped. A stream that ended while paused (the
 * output went away) or was closed (another output chosen) is opened again; when that fails
 * the player is idle and @error says why.
 */
gboolean
vmc_player_resume (VmcPlayer  *self,
                   GError    **error)
{
  g_return_val_if_fail (VMC_IS_PLAYER (self), FALSE);

  if (self->state != VMC_PLAYER_PAUSED)
    return TRUE;
  self->resumed_at = self->position;
  if (self->stream == NULL || atomic_load (&self->done) || Pa_IsStreamActive (self->stream) != 1)
    {
      /* in seconds: the new output may play at another rate */
      double at = (double)atomic_load (&self->at) / self->rate;
      double end = (double)atomic_load (&self->end) / self->rate;

      close_stream (self);
      if (!open_stream (self, error))
        {
          close_stream (self);
          set_state (self, VMC_PLAYER_IDLE);
          return FALSE;
        }
      atomic_store (&self->end, MIN (self->n_samples, (gsize)llround (end * self->rate)));
      atomic_store (&self->at, MIN ((gsize)llround (at * self->rate), atomic_load (&self->end)));
      return start (self, error);
    }
  atomic_store (&self->paused, 0);
  self->poll_id = g_timeout_add (POLL_MS, poll_cb, self);
  set_state (self, VMC_PLAYER_PLAYING);
  return TRUE;
}

void
vmc_player_stop (VmcPlayer *self)
{
  g_return_if_fail (VMC_IS_PLAYER (self));

  close_stream (self);
  set_state (self, VMC_PLAYER_IDLE);
}

/* Moves to @seconds, playing or not */
void
vmc_player_seek (VmcPlayer *self,
                 double     seconds)
{
  g_return_if_fail (VMC_IS_PLAYER (self));

  atomic_store (&self->at, MIN ((gsize)(MAX (seconds, 0.0) * self->rate), self->n_samples));
  self->resumed_at = -1;
  update_position (self);
}

double
vmc_player_get_position (VmcPlayer *self)
{
  return self->position;
}

double
vmc_player_get_duration (VmcPlayer *self)
{
  return self->rate ? (double)self->n_samples / self->rate : 0.0;
}

VmcPlayerState
vmc_player_get_state (VmcPlayer *self)
{
  return self->state;
}

void
vmc_player_set_device (VmcPlayer  *self,
                       const char *device_id)
{
  g_return_if_fail (VMC_IS_PLAYER (self));

  if (g_strcmp0 (self->device_id, device_id) == 0)
    return;
  g_free (self->device_id);
  self->device_id = g_strdup (device_id);
  /* paused on the old output: resuming opens the new one */
  if (self->state == VMC_PLAYER_PAUSED)
    close_stream (self);
}

/* Plays through a phone line's band (300 to 3400 Hz): what the listener will hear */
void
vmc_player_set_telephone_band (VmcPlayer *self,
                               gboolean   telephone)
{
  g_return_if_fail (VMC_IS_PLAYER (self));

  if (telephone && self->telephone == NULL && self->samples)
    self->telephone = telephone_band (self->samples, self->n_samples, self->rate);
  if (atomic_exchange (&self->use_telephone, telephone) != telephone)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TELEPHONE_BAND]);
}

gboolean
vmc_player_get_telephone_band (VmcPlayer *self)
{
  return atomic_load (&self->use_telephone);
}

static void
vmc_player_dispose (GObject *object)
{
  close_stream (VMC_PLAYER (object));
  G_OBJECT_CLASS (vmc_player_parent_class)->dispose (object);
}

static void
vmc_player_finalize (GObject *object)
{
  VmcPlayer *self = VMC_PLAYER (object);

  g_free (self->device_id);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  g_free (self->resampled);
  g_free (self->telephone);
  G_OBJECT_CLASS (vmc_player_parent_class)->finalize (object);
}

static void
vmc_player_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VmcPlayer *self = VMC_PLAYER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_POSITION:
      g_value_set_double (value, self->position);
      break;
    case PROP_DURATION:
      g_value_set_double (value, vmc_player_get_duration (self));
      break;
    case PROP_TELEPHONE_BAND:
      g_value_set_boolean (value, vmc_player_get_telephone_band (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_player_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TELEPHONE_BAND:
      vmc_player_set_telephone_band (VMC_PLAYER (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_player_class_init (VmcPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vmc_player_dispose;
  object_class->finalize = vmc_player_finalize;
  object_class->get_property = vmc_player_get_property;
  object_class->set_property = vmc_player_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, VMC_TYPE_PLAYER_STATE, VMC_PLAYER_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TELEPHONE_BAND] =
    g_param_spec_boolean ("telephone-band", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vmc_player_init (VmcPlayer *self)
{
  self->resumed_at = -1;
}

VmcPlayer *
vmc_player_new (void)
{
  return g_object_new (VMC_TYPE_PLAYER, NULL);
}
