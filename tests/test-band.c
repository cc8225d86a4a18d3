/* test-band.c: telling phone-band audio from wideband audio
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <sndfile.h>

#include "vmc-audio-reader.h"
#include "vmc-band.h"

#define RATE 16000

/* white noise of @amp, the same every run */
static gint16 *
noise (gsize   n,
       int     amp,
       guint32 seed)
{
  g_autoptr(GRand) r = g_rand_new_with_seed (seed);
  gint16 *out = g_new (gint16, n);

  for (gsize i = 0; i < n; i++)
    out[i] = (gint16)g_rand_int_range (r, -amp, amp + 1);
  return out;
}

/* a voice-like sum of harmonics of 180 Hz up to @top Hz */
static gint16 *
harmonics (gsize  n,
           double top)
{
  gint16 *out = g_new (gint16, n);

  for (gsize i = 0; i < n; i++)
    {
      double x = 0.0;

      for (double f = 180.0; f < top; f += 180.0)
        x += sin (2 * G_PI * f * i / RATE) * 180.0 / f;
      out[i] = (gint16)CLAMP (3000.0 * x, -32767.0, 32767.0);
    }
  return out;
}

static void
test_wideband_noise (void)
{
  gsize n = RATE * 2;
  g_autofree gint16 *s = noise (n, 8000, 1);

  /* white noise keeps about 37% of its energy above 5 kHz */
  g_assert_cmpfloat (vmc_band_upper_share (s, n), >, 0.3);
  g_assert_false (vmc_band_is_narrow (s, n));
}

static void
test_voice_band (void)
{
  gsize n = RATE * 2;
  g_autofree gint16 *phone = harmonics (n, 3400.0);
  g_autofree gint16 *wide = harmonics (n, 7800.0);

  g_assert_true (vmc_band_is_narrow (phone, n));
  g_assert_false (vmc_band_is_narrow (wide, n));
}

static void
test_silence_and_short (void)
{
  gsize n = RATE * 2;
  g_autofree gint16 *zero = g_new0 (gint16, n);
  g_autofree gint16 *phone = harmonics (n, 3400.0);

  /* nothing to tell from: silence, or a moment too short to judge */
  g_assert_cmpfloat (vmc_band_upper_share (zero, n), ==, 0.0);
  g_assert_false (vmc_band_is_narrow (zero, n));
  g_assert_false (vmc_band_is_narrow (phone, RATE / 4));
  g_assert_false (vmc_band_is_narrow (NULL, 0));
}

/* an 8 kHz phone file, brought up to 16 kHz by the reader, is narrowband */
static void
test_eight_khz_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vmc-band-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "phone.wav", NULL);
  SF_INFO info = { .samplerate = 8000, .channels = 1, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16 };
  SNDFILE *sf = sf_open (path, SFM_WRITE, &info);
  g_autofree gint16 *src = noise (8000 * 2, 8000, 2);
  g_autofree gint16 *samples = NULL;
  g_autoptr(GError) error = NULL;
  gsize n = 0;

  g_assert_nonnull (sf);
  g_assert_cmpint (sf_write_short (sf, src, 8000 * 2), ==, 8000 * 2);
  g_assert_cmpint (sf_close (sf), ==, 0);

  samples = vmc_audio_read_all (path, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, RATE);
  /* white noise at 8 kHz fills all of its 4 kHz, and none of the band above */
  g_assert_true (vmc_band_is_narrow (samples, n));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/band/wideband-noise", test_wideband_noise);
  g_test_add_func ("/band/voice-band", test_voice_band);
  g_test_add_func ("/band/silence-and-short", test_silence_and_short);
  g_test_add_func ("/band/eight-khz-file", test_eight_khz_file);
  return g_test_run ();
}
