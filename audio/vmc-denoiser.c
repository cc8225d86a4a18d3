/* vmc-denoiser.c: steady background noise (fans, hiss) taken out of 16 kHz speech
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * speexdsp's preprocessor estimates the noise spectrum in the pauses and subtracts it; a
 * well-kept library with years of use in VoIP, which we prefer to a spectral subtractor of
 * our own. Automatic gain stays off; its voice detector is off by default and the recognizer
 * has its own.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <math.h>
#include <string.h>

#include <speex/speex_preprocess.h>

#include "vmc-denoiser.h"

#define NOISE_SUPPRESS_DB (-20)
#define FLOOR_FRAMES      125     /* the noise floor is the quietest frame of the last ~2 s */
#define NOISY_FLOOR_DB    (-62.0) /* below this the room is quiet: leave the audio alone */

struct _VmcDenoiser
{
  SpeexPreprocessState *state;
  int                   rate;
  int                   suppress_db;
  double                gate_db;
  double                recent_db[FLOOR_FRAMES];
  guint                 n_recent;
  guint                 next_recent;
  gint16                work[VMC_DENOISER_FRAME];
};

static SpeexPreprocessState *
make_state (int rate,
            int suppress_db)
{
  SpeexPreprocessState *st = speex_preprocess_state_init (VMC_DENOISER_FRAME, rate);
  spx_int32_t on = 1, off = 0, suppress = suppress_db ? suppress_db : NOISE_SUPPRESS_DB;

  speex_preprocess_ctl (st, SPEEX_PREPROCESS_SET_DENOISE, &on);
  speex_preprocess_ctl (st, SPEEX_PREPROCESS_SET_NOISE_SUPPRESS, &suppress);
  speex_preprocess_ctl (st, SPEEX_PREPROCESS_SET_AGC, &off);
  speex_preprocess_ctl (st, SPEEX_PREPROCESS_SET_DEREVERB, &off);
  return st;
}

static double
frame_db (const gint16 *frame)
{
  double sumsq = 0.0;

  for (guint i = 0; i < VMC_DENOISER_FRAME; i++)
    sumsq += (double)frame[i] * frame[i];
  if (sumsq <= 0.0)
    return -120.0;
  return 10.0 * log10 (sumsq / VMC_DENOISER_FRAME / (32768.0 * 32768.0));
}

/* Suppression smears clean speech a little (it turned a clearly spoken "oh" into "two" on
 * studio-clean audio), so it only acts where a steady noise floor is there to remove. */
static gboolean
room_is_noisy (VmcDenoiser *self,
               double       db)
{
  double floor_db = G_MAXDOUBLE;

  self->recent_db[self->next_recent] = db;
  self->next_recent = (self->next_recent + 1) % FLOOR_FRAMES;
  self->n_recent = MIN (self->n_recent + 1, FLOOR_FRAMES);
  for (guint i = 0; i < self->n_recent; i++)
    floor_db = MIN (floor_db, self->recent_db[i]);
  return floor_db > self->gate_db;
}

/**
 * vmc_denoiser_new:
 * @rate: samples a second
 * @suppress_db: how deep to suppress the noise (negative dB), 0 for our depth
 * @gate_db: the noise floor (dB of full scale) above which it acts, 0 for ours
 */
VmcDenoiser *
vmc_denoiser_new (int    rate,
                  int    suppress_db,
                  double gate_db)
{
  VmcDenoiser *self = g_new0 (VmcDenoiser, 1);

  self->rate = rate;
  self->suppress_db = suppress_db;
  self->gate_db = gate_db != 0.0 ? gate_db : NOISY_FLOOR_DB;
  self->state = make_state (rate, suppress_db);
  return self;
}

/* Forget the noise learnt from the previous recording. */
void
vmc_denoiser_reset (VmcDenoiser *self)
{
  g_return_if_fail (self != NULL);

  speex_preprocess_state_destroy (self->state);
  self->state = make_state (self->rate, self->suppress_db);
  self->n_recent = self->next_recent = 0;
}

/**
 * vmc_denoiser_process:
 * @self: a denoiser
 * @samples: (inout): audio, cleaned in place
 * @n_samples: how many
 *
 * Cleans the whole frames at the start of @samples.
 *
 * Returns: how many samples were processed (a multiple of %VMC_DENOISER_FRAME); the rest
 *   is left untouched for the caller to carry over
 */
gsize
vmc_denoiser_process (VmcDenoiser *self,
                      gint16      *samples,
                      gsize        n_samples)
{
  gsize done = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (; done + VMC_DENOISER_FRAME <= n_samples; done += VMC_DENOISER_FRAME)
    {
      gint16 *frame = samples + done;

      /* The suppressor always sees the audio, so that its noise estimate is current when
       * the floor rises. */
      memcpy (self->work, frame, sizeof self->work);
      speex_preprocess_run (self->state, self->work);
      if (room_is_noisy (self, frame_db (frame)))
        memcpy (frame, self->work, sizeof self->work);
    }
  return done;
}

void
vmc_denoiser_free (VmcDenoiser *self)
{
  if (self == NULL)
    return;
  speex_preprocess_state_destroy (self->state);
  g_free (self);
}
