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
 *
 * aubio is opened when first needed (or by vmc_prosody_preload() in a worker), not linked:
 * Debian's aubio brings in FFmpeg and about 140 shared libraries, which took 40 of the 45 ms
 * from the program's start to main() and delayed the window by as much.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <aubio/aubio.h>
#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "vmc-prosody-private.h"

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

/* aubio's functions, from the library opened at run time */
static struct
{
  __typeof__ (new_aubio_pitch) *pitch_new;
  __typeof__ (del_aubio_pitch) *pitch_del;
  __typeof__ (aubio_pitch_set_unit) *set_unit;
  __typeof__ (aubio_pitch_set_tolerance) *set_tolerance;
  __typeof__ (aubio_pitch_set_silence) *set_silence;
  __typeof__ (aubio_pitch_do) *pitch_do;
  __typeof__ (aubio_pitch_get_confidence) *get_confidence;
  __typeof__ (new_fvec) *fvec_new;
  __typeof__ (del_fvec) *fvec_del;
} aubio;

/**
 * _vmc_prosody_open_aubio:
 * @soname: the library's file name
 * @error: where to say what failed
 *
 * Opens aubio and reads its functions into the table. Called once (tests call it with other
 * names to check the failure).
 */
gboolean
_vmc_prosody_open_aubio (const char  *soname,
                         GError     **error)
{
  static const struct
  {
    const char *name;
    gsize offset;
  } symbols[] = {
    { "new_aubio_pitch", G_STRUCT_OFFSET (__typeof__ (aubio), pitch_new) },
    { "del_aubio_pitch", G_STRUCT_OFFSET (__typeof__ (aubio), pitch_del) },
    { "aubio_pitch_set_unit", G_STRUCT_OFFSET (__typeof__ (aubio), set_unit) },
    { "aubio_pitch_set_tolerance", G_STRUCT_OFFSET (__typeof__ (aubio), set_tolerance) },
    { "aubio_pitch_set_silence", G_STRUCT_OFFSET (__typeof__ (aubio), set_silence) },
    { "aubio_pitch_do", G_STRUCT_OFFSET (__typeof__ (aubio), pitch_do) },
    { "aubio_pitch_get_confidence", G_STRUCT_OFFSET (__typeof__ (aubio), get_confidence) },
    { "new_fvec", G_STRUCT_OFFSET (__typeof__ (aubio), fvec_new) },
    { "del_fvec", G_STRUCT_OFFSET (__typeof__ (aubio), fvec_del) },
  };
  __typeof__ (aubio) table = { 0 };
  GModule *module = g_module_open_full (soname, G_MODULE_BIND_LOCAL, error);

  if (module == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (!g_module_symbol (module, symbols[i].name, G_STRUCT_MEMBER_P (&table, symbols[i].offset)))
      {
        g_set_error (error, G_MODULE_ERROR, G_MODULE_ERROR_FAILED,
                     "%s has no %s", soname, symbols[i].name);
        g_module_close (module);
        return FALSE;
      }
  /* kept open for the program's life */
  g_module_make_resident (module);
  aubio = table;
  return TRUE;
}

/* Opens aubio once; FALSE (and one warning) when it cannot be */
static gboolean
load_aubio (void)
{
  static gsize done;
  static gboolean loaded;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GError) error = NULL;

      loaded = _vmc_prosody_open_aubio (VMC_AUBIO_SONAME, &error);
      if (!loaded)
        g_warning (_("The pitch tracker could not be loaded (%s), so the “be engaged” tip is "
                     "not judged. Reinstall Voicemail Coach's dependencies (the aubio library)."),
                   error->message);
      g_once_init_leave (&done, 1);
    }
  return loaded;
}

static gpointer
preload_thread (gpointer data)
{
  load_aubio ();
  return NULL;
}

/**
 * vmc_prosody_preload:
 *
 * Opens the pitch tracker's library in a thread of its own, so that neither the program's
 * start nor its first analysis waits for it.
 */
void
vmc_prosody_preload (void)
{
  g_thread_unref (g_thread_new ("vmc-prosody-load", preload_thread, NULL));
}

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
  if (n_frames < MIN_FRAMES || !load_aubio ())
    return;

  G_LOCK (fftw_planner);
  pitch = aubio.pitch_new ("yinfast", BUF_SIZE, HOP_SIZE, (uint_t)rate);
  G_UNLOCK (fftw_planner);
  aubio.set_unit (pitch, "Hz");
  aubio.set_tolerance (pitch, TOLERANCE);
  aubio.set_silence (pitch, SILENCE_DB);
  in = aubio.fvec_new (HOP_SIZE);
  f0 = aubio.fvec_new (1);

  for (gsize f = 0; f < n_frames; f++)
    {
      double energy = 0.0, hz;

      for (guint i = 0; i < HOP_SIZE; i++)
        {
          double s = samples[f * HOP_SIZE + i] / 32768.0;

          in->data[i] = (smpl_t)s;
          energy += s * s;
        }
      aubio.pitch_do (pitch, in, f0);
      hz = f0->data[0];
      db[f] = 10.0 * log10 (energy / HOP_SIZE + 1e-12);
      st[f] = (hz >= MIN_HZ && hz <= MAX_HZ && aubio.get_confidence (pitch) >= MIN_CONFIDENCE)
              ? 12.0 * log2 (hz / 100.0) : NAN;
    }
  aubio.fvec_del (f0);
  aubio.fvec_del (in);
  G_LOCK (fftw_planner);
  aubio.pitch_del (pitch);
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
