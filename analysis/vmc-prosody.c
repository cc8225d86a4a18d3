/* vmc-prosody.c: how the voice moves: pitch range and loudness variation
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pitch comes from aubio's YIN-FFT tracker. Frames count as voiced when the tracker is
 * confident, the pitch lies in the range of speaking voices and the frame is not silence;
 * a voiced frame that jumps far from its neighbours is an octave error and is dropped.
 * The spread is measured in semitones around the speaker's median, so a deep voice and a
 * high one are judged alike.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <aubio/aubio.h>

#include "vmc-prosody.h"

#define BUF_SIZE       2048
#define HOP_SIZE       256
#define MIN_HZ         60.0
#define MAX_HZ         400.0
#define MIN_CONFIDENCE 0.80
#define SILENCE_DB     -50.0
#define JUMP_ST        7.0

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
percentile (const double *sorted,
            gsize         n,
            double        p)
{
  double pos = p * (double)(n - 1);
  gsize lo = (gsize)floor (pos);
  gsize hi = MIN (lo + 1, n - 1);

  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - (double)lo);
}

static double
stddev (const double *v,
        gsize         n)
{
  double mean = 0.0, var = 0.0;

  if (n < 2)
    return 0.0;
  for (gsize i = 0; i < n; i++)
    mean += v[i];
  mean /= (double)n;
  for (gsize i = 0; i < n; i++)
    var += (v[i] - mean) * (v[i] - mean);
  return sqrt (var / (double)(n - 1));
}

/**
 * vmc_prosody_measure:
 * @samples: mono audio
 * @n_samples: how many samples
 * @rate: the sample rate
 * @out: (out caller-allocates): the measures; all 0 when nothing was voiced
 */
void
vmc_prosody_measure (const gint16 *samples,
                     gsize         n_samples,
                     int           rate,
                     VmcProsody   *out)
{
  aubio_pitch_t *pitch;
  fvec_t *in, *f0;
  gsize n_frames = n_samples / HOP_SIZE;
  g_autofree double *hz = g_new0 (double, n_frames + 1);
  g_autofree double *db = g_new0 (double, n_frames + 1);
  g_autoptr(GArray) st = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loud = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *sorted = NULL;
  double median;

  g_return_if_fail (out != NULL);
  *out = (VmcProsody) { 0 };
  g_return_if_fail (samples != NULL || n_samples == 0);
  if (n_frames < 3)
    return;

  pitch = new_aubio_pitch ("yinfft", BUF_SIZE, HOP_SIZE, (uint_t)rate);
  aubio_pitch_set_unit (pitch, "Hz");
  aubio_pitch_set_silence (pitch, SILENCE_DB);
  in = new_fvec (HOP_SIZE);
  f0 = new_fvec (1);

  for (gsize f = 0; f < n_frames; f++)
    {
      double energy = 0.0;

      for (guint i = 0; i < HOP_SIZE; i++)
        {
          double s = samples[f * HOP_SIZE + i] / 32768.0;

          in->data[i] = (smpl_t)s;
          energy += s * s;
        }
      aubio_pitch_do (pitch, in, f0);
      db[f] = 10.0 * log10 (energy / HOP_SIZE + 1e-12);
      if (f0->data[0] >= MIN_HZ && f0->data[0] <= MAX_HZ &&
          aubio_pitch_get_confidence (pitch) >= MIN_CONFIDENCE && db[f] > SILENCE_DB)
        hz[f] = f0->data[0];
    }
  del_fvec (f0);
  del_fvec (in);
  del_aubio_pitch (pitch);

  /* the median of the confident frames anchors the semitone scale */
  {
    g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

    for (gsize f = 0; f < n_frames; f++)
      if (hz[f] > 0.0)
        g_array_append_val (all, hz[f]);
    if (all->len < 10)
      return;
    qsort (all->data, all->len, sizeof (double), compare_double);
    median = percentile ((double *)(void *)all->data, all->len, 0.5);
  }

  for (gsize f = 1; f + 1 < n_frames; f++)
    {
      double s, prev, next;

      if (hz[f] <= 0.0)
        continue;
      s = 12.0 * log2 (hz[f] / median);
      /* an octave error: far from both neighbours, or far from the speaker altogether */
      prev = hz[f - 1] > 0.0 ? fabs (12.0 * log2 (hz[f] / hz[f - 1])) : 0.0;
      next = hz[f + 1] > 0.0 ? fabs (12.0 * log2 (hz[f] / hz[f + 1])) : 0.0;
      if ((prev > JUMP_ST || next > JUMP_ST) || fabs (s) > 12.0)
        continue;
      g_array_append_val (st, s);
      g_array_append_val (loud, db[f]);
    }
  if (st->len < 10)
    return;

  sorted = g_memdup2 (st->data, st->len * sizeof (double));
  qsort (sorted, st->len, sizeof (double), compare_double);
  out->voiced_seconds = (double)st->len * HOP_SIZE / rate;
  out->pitch_median_hz = median;
  out->pitch_range_st = percentile (sorted, st->len, 0.9) - percentile (sorted, st->len, 0.1);
  out->pitch_stddev_st = stddev ((double *)(void *)st->data, st->len);
  out->energy_stddev_db = stddev ((double *)(void *)loud->data, loud->len);
}
