/* vmc-band.c: telling phone-band audio from wideband audio
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A phone line carries 300 to 3400 Hz and is kept at 8 kHz. Brought up to the recognizer's
 * 16 kHz, such audio has nothing at all between 4 and 8 kHz, where the speech model's upper
 * filters expect the hiss of every fricative: their log energies fall to the floor, and the
 * cepstrum of every frame is far from any the model was trained on (the running cepstral
 * mean of a phone prompt settles at c1 = 33 where the model starts from -5). Plain
 * pocketsphinx misses 94% of the words of ../shared/realspeech/allison. The recognizer
 * decodes such a recording from its own cepstral mean (vmc_recognizer_set_recording()).
 *
 * Also measured, and not kept: a mirror image of the voice band put into the empty upper
 * band (x + x·(-1)^n), which helped plain pocketsphinx (0.96 -> 0.72 on a third of allison)
 * but added nothing to the recording's own mean in ours (0.807 -> 0.817) and cost numbers.
 */
#include "config.h"

#include <math.h>

#include "vmc-band.h"

#define RATE          16000
#define EDGE_HZ       5000.0  /* above the 4 kHz of a phone line, and its resampler's skirt */
#define NARROW_SHARE  5e-5    /* -43 dB. Measured: phone renders and 8 kHz files -45 to -75 dB,
                               * wideband voices -15 to -40 dB (synthetic ones lowest) */

/* An 8th-order Butterworth high-pass (four biquads) at EDGE_HZ, in direct form I: steep
 * enough that a voice band reaching 3.6 kHz leaks less than -45 dB into it */
typedef struct
{
  double b0, b1, b2, a1, a2;
  double x1, x2, y1, y2;
} Biquad;

static void
biquad_highpass (Biquad *f,
                 double  q)
{
  double w = 2.0 * G_PI * EDGE_HZ / RATE;
  double alpha = sin (w) / (2.0 * q), c = cos (w), a0 = 1.0 + alpha;

  *f = (Biquad) {
    .b0 = (1.0 + c) / 2.0 / a0, .b1 = -(1.0 + c) / a0, .b2 = (1.0 + c) / 2.0 / a0,
    .a1 = -2.0 * c / a0, .a2 = (1.0 - alpha) / a0,
  };
}

static double
biquad_run (Biquad *f,
            double  x)
{
  double y = f->b0 * x + f->b1 * f->x1 + f->b2 * f->x2 - f->a1 * f->y1 - f->a2 * f->y2;

  f->x2 = f->x1;
  f->x1 = x;
  f->y2 = f->y1;
  f->y1 = y;
  return y;
}

/**
 * vmc_band_upper_share:
 * @samples: 16 kHz mono audio
 * @n_samples: how many
 *
 * Returns: the share of the audio's energy above about 5 kHz (0 for silence)
 */
double
vmc_band_upper_share (const gint16 *samples,
                      gsize         n_samples)
{
  /* the Q of an 8th-order Butterworth's four sections */
  static const double q[] = { 0.50979558, 0.60134489, 0.89997622, 2.5629154 };
  Biquad f[G_N_ELEMENTS (q)];
  double total = 0.0, upper = 0.0;

  g_return_val_if_fail (samples != NULL || n_samples == 0, 0.0);

  for (guint k = 0; k < G_N_ELEMENTS (q); k++)
    biquad_highpass (&f[k], q[k]);
  for (gsize i = 0; i < n_samples; i++)
    {
      double x = samples[i], y = x;

      for (guint k = 0; k < G_N_ELEMENTS (q); k++)
        y = biquad_run (&f[k], y);

      total += x * x;
      upper += y * y;
    }
  return total > 0.0 ? upper / total : 0.0;
}

/**
 * vmc_band_is_narrow:
 * @samples: 16 kHz mono audio
 * @n_samples: how many
 *
 * Returns: whether the audio came through a phone line or an 8 kHz file: nothing worth
 *   hearing above 4 kHz. Silence is not narrowband.
 */
gboolean
vmc_band_is_narrow (const gint16 *samples,
                    gsize         n_samples)
{
  double share;

  if (n_samples < RATE / 2)
    return FALSE;
  share = vmc_band_upper_share (samples, n_samples);
  return share > 0.0 && share < NARROW_SHARE;
}
