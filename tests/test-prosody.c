/* test-prosody.c: pitch range from the tracker on voice-like signals of known pitch
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "vmc-prosody-private.h"

#define RATE 16000

/* A buzz with harmonics (like a voiced vowel) whose pitch moves from @f_start to @f_end,
 * in syllables of 0.25 s with 0.05 s gaps. */
static gint16 *
voice (double  seconds,
       double  f_start,
       double  f_end,
       gsize  *n)
{
  gsize len = (gsize)(seconds * RATE);
  gint16 *out = g_new0 (gint16, len);
  double phase = 0.0;

  for (gsize i = 0; i < len; i++)
    {
      double t = (double)i / RATE;
      double f = f_start * pow (f_end / f_start, t / seconds);
      double s = 0.0;

      phase += 2.0 * G_PI * f / RATE;
      if (fmod (t, 0.3) > 0.25)
        continue;
      for (int h = 1; h <= 6; h++)
        s += sin (h * phase) / h;
      out[i] = (gint16)(8000.0 * s);
    }
  *n = len;
  return out;
}

static void
test_flat (void)
{
  gsize n;
  g_autofree gint16 *s = voice (5.0, 140.0, 140.0, &n);
  VmcProsody p;

  vmc_prosody_measure (s, n, RATE, &p);
  g_assert_cmpfloat (p.voiced_seconds, >, 3.0);
  g_assert_cmpfloat (p.pitch_range_st, <, 0.5);
  g_assert_cmpfloat_with_epsilon (p.pitch_median_hz, 140.0, 5.0);
}

static void
test_moving (void)
{
  gsize n;
  /* a fifth up over the message: 7 semitones from first to last */
  g_autofree gint16 *s = voice (5.0, 140.0, 140.0 * pow (2.0, 7.0 / 12.0), &n);
  VmcProsody p;

  vmc_prosody_measure (s, n, RATE, &p);
  g_assert_cmpfloat (p.pitch_range_st, >, 4.5);
  g_assert_cmpfloat (p.pitch_range_st, <, 7.0);
}

static void
test_silence (void)
{
  g_autofree gint16 *s = g_new0 (gint16, RATE * 3);
  VmcProsody p;

  vmc_prosody_measure (s, RATE * 3, RATE, &p);
  g_assert_cmpfloat (p.voiced_seconds, ==, 0.0);
  g_assert_cmpfloat (p.pitch_range_st, ==, 0.0);
  vmc_prosody_measure (s, 100, RATE, &p);
  g_assert_cmpfloat (p.voiced_seconds, ==, 0.0);
}

/* aubio is opened at run time: a library that is missing, or is not aubio, is refused with
 * a message that names it, and the one opened before stays in use */
static void
test_open_aubio (void)
{
  g_autoptr(GError) error = NULL;
  gsize n;
  g_autofree gint16 *s = voice (5.0, 120.0, 180.0, &n);
  VmcProsody p;

  g_assert_false (_vmc_prosody_open_aubio ("libno-such-aubio.so.0", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "libno-such-aubio.so.0"));
  g_clear_error (&error);
  g_assert_false (_vmc_prosody_open_aubio ("libm.so.6", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "new_aubio_pitch"));

  vmc_prosody_preload ();
  vmc_prosody_measure (s, n, RATE, &p);
  g_assert_cmpfloat (p.pitch_range_st, >, 4.5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prosody/flat", test_flat);
  g_test_add_func ("/prosody/moving", test_moving);
  g_test_add_func ("/prosody/silence", test_silence);
  g_test_add_func ("/prosody/open-aubio", test_open_aubio);
  return g_test_run ();
}
