/* vmc-prosody.c: how the voice moves: pitch range and loudness variation
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pitch comes from aubio's fast YIN tracker. Frames count as voiced when the tracker is
 * confident and the pitch lies in the range of speaking voices. Only runs of at least three
 * voiced frames that move less than 2 semitones from frame to frame are kept: that drops
 * octave jumps and glitches. The spread is the 10th to 90th percentile range in semitones,
 * so a deep voice and a high one are judged alike. (Chosen by measurement: it separates
 * flite's monotone renders, <= 0.8 st, from its lively ones, >= 2.9 st, with clean audio and
 * with noise; YIN-FFT's confidence and the standard deviation separated them worse, and
 * loudness variation not at all.)
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <aubio/aubio.h>

#include "vmc-prosody.h"

/* aubio plans its FFTs with FFTW, whose planner is not thread-safe: analyses run in several
 * workers at once (analyze --jobs, the prosody beside the number passes), so making and
 * dropping a pitch tracker is done under one lock */
G_LOCK_DEFINE_STATIC (fftw_planner);

#define BUF_SIZE       1024
#define HOP_SIZE       256
#define TOLERANCE      0.15
#define MIN_HZ         50.0
#define MAX_HZ         400.0
#define MIN_CONFIDENCE 0.4
#define SILENCE_DB     -50.0
#define MAX_STEP_ST    2.0     /* a larger jump between frames breaks a run */
#define MIN_RUN        3       /* frames */
#define MIN_FRAMES     60      /* fewer kept frames cannot be judged (~1 s) */

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
  g_autofree double *st = g_new0 (double, n_frames + 1);   /* NAN: unvoiced */
  g_autofree double *db = g_new0 (double, n_frames + 1);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loud = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree double *sorted = NULL;

  g_return_if_fail (out != NULL);
  *out = (VmcProsody) { 0 };
  g_return_if_fail (samples != NULL || n_samples == 0);
  if (n_frames < MIN_FRAMES)
    return;

  G_LOCK (fftw_planner);
  pitch = new_aubio_pitch ("yinfast", BUF_SIZE, HOP_SIZE, (uint_t)rate);
  G_UNLOCK (fftw_planner);
  aubio_pitch_set_unit (pitch, "Hz");
  aubio_pitch_set_tolerance (pitch, TOLERANCE);
  aubio_pitch_set_silence (pitch, SILENCE_DB);
  in = new_fvec (HOP_SIZE);
  f0 = new_fvec (1);

  for (gsize f = 0; f < n_frames; f++)
    {
      double energy = 0.0, hz;

      for (guint i = 0; i < HOP_SIZE; i++)
        {
          double s = samples[f * HOP_SIZE + i] / 32768.0;

          in->data[i] = (smpl_t)s;
          energy += s * s;
        }
      aubio_pitch_do (pitch, in, f0);
      hz = f0->data[0];
      db[f] = 10.0 * log10 (energy / HOP_SIZE + 1e-12);
      st[f] = (hz >= MIN_HZ && hz <= MAX_HZ && aubio_pitch_get_confidence (pitch) >= MIN_CONFIDENCE)
              ? 12.0 * log2 (hz / 100.0) : NAN;
    }
  del_fvec (f0);
  del_fvec (in);
  G_LOCK (fftw_planner);
  del_aubio_pitch (pitch);
  G_UNLOCK (fftw_planner);

  /* keep the smooth voiced runs */
  for (gsize f = 0; f < n_frames;)
    {
      gsize end = f + 1;

      if (isnan (st[f]))
        {
          f++;
          continue;
        }
      while (end < n_frames && !isnan (st[end]) && fabs (st[end] - st[end - 1]) < MAX_STEP_ST)
        end++;
      if (end - f >= MIN_RUN)
        for (gsize k = f; k < end; k++)
          {
            g_array_append_val (kept, st[k]);
            g_array_append_val (loud, db[k]);
          }
      f = end;
    }
  if (kept->len < MIN_FRAMES)
    return;

  sorted = g_memdup2 (kept->data, kept->len * sizeof (double));
  qsort (sorted, kept->len, sizeof (double), compare_double);
  out->voiced_seconds = (double)kept->len * HOP_SIZE / rate;
  out->pitch_median_hz = 100.0 * pow (2.0, percentile (sorted, kept->len, 0.5) / 12.0);
  out->pitch_range_st = percentile (sorted, kept->len, 0.9) - percentile (sorted, kept->len, 0.1);
  out->pitch_stddev_st = stddev ((double *)(void *)kept->data, kept->len);
  out->energy_stddev_db = stddev ((double *)(void *)loud->data, loud->len);
}
