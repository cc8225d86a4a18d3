/* test-player.c: playing recordings through the real PortAudio path
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With ALSA's file plugin (tests/asound-fake.conf) what is played lands in FAKESPK_FILE, at
 * once (not paced): the output is compared with the recording. Under PulseAudio
 * (run-with-pulse.sh, VMC_TEST_PULSE=1) playing takes real time: pause, resume, seek and the
 * position are checked there.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <sndfile.h>

#include "vmc-audio-reader.h"
#include "vmc-player.h"
#include "vmc-test-util.h"

typedef struct
{
  char *dir;
  char *wav;        /* what is played */
  char *out;        /* what came out (file plugin) */
  gint16 *samples;
  gsize n;
  GMainLoop *loop;
  guint finished;
} Fixture;

static void
write_wav (const char   *path,
           const gint16 *samples,
           gsize         n)
{
  SF_INFO info = { .samplerate = 16000, .channels = 1, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16 };
  SNDFILE *sf = sf_open (path, SFM_WRITE, &info);

  g_assert_nonnull (sf);
  g_assert_cmpint (sf_write_short (sf, samples, n), ==, n);
  sf_close (sf);
}

/* 3 s: tones at 100, 1000 and 6000 Hz, and a slow ramp so that any offset shows */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vmc-play-XXXXXX", &error);
  g_assert_no_error (error);
  f->wav = g_build_filename (f->dir, "in.wav", NULL);
  f->out = g_build_filename (f->dir, "out.wav", NULL);
  f->n = 3 * 16000;
  f->samples = g_new (gint16, f->n);
  for (gsize i = 0; i < f->n; i++)
    f->samples[i] = (gint16)(6000 * sin (2 * G_PI * 100 * i / 16000.0) +
                             6000 * sin (2 * G_PI * 1000 * i / 16000.0) +
                             6000 * sin (2 * G_PI * 6000 * i / 16000.0) + (i % 1000) - 500);
  write_wav (f->wav, f->samples, f->n);
  g_setenv ("FAKESPK_FILE", f->out, TRUE);
  f->loop = g_main_loop_new (NULL, FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  vmc_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->wav);
  g_free (f->out);
  g_free (f->samples);
  g_main_loop_unref (f->loop);
}

static void
on_finished (VmcPlayer *player,
             Fixture   *f)
{
  f->finished++;
  g_main_loop_quit (f->loop);
}

static gboolean
time_out (gpointer data)
{
  g_error ("playing did not finish");
  return G_SOURCE_REMOVE;
}

static VmcPlayer *
play (Fixture  *f,
      double    from,
      double    to,
      gboolean  telephone)
{
  VmcPlayer *player = vmc_player_new ();
  g_autoptr(GError) error = NULL;
  guint timeout;

  g_assert_true (vmc_player_open (player, f->wav, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (vmc_player_get_duration (player), 3.0, 1e-9);
  vmc_player_set_telephone_band (player, telephone);
  g_signal_connect (player, "finished", G_CALLBACK (on_finished), f);
  g_assert_true (vmc_player_play (player, from, to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vmc_player_get_state (player), ==, VMC_PLAYER_PLAYING);
  timeout = g_timeout_add_seconds (30, time_out, NULL);
  g_main_loop_run (f->loop);
  g_source_remove (timeout);
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpint (vmc_player_get_state (player), ==, VMC_PLAYER_IDLE);
  return player;
}

/* What the file plugin wrote, without the silence the output starts with */
static gint16 *
played (Fixture *f,
        gsize   *n)
{
  SF_INFO info = { 0 };
  SNDFILE *sf = sf_open (f->out, SFM_READ, &info);
  gint16 *all;
  gsize lead = 0;

  g_assert_nonnull (sf);
  g_assert_cmpint (info.samplerate, ==, 16000);
  g_assert_cmpint (info.channels, ==, 1);
  all = g_new (gint16, info.frames);
  g_assert_cmpint (sf_read_short (sf, all, info.frames), ==, info.frames);
  sf_close (sf);
  while (lead < (gsize)info.frames && all[lead] == 0)
    lead++;
  g_assert_cmpuint (lead, <=, 4096);
  *n = info.frames - lead;
  memmove (all, all + lead, *n * sizeof *all);
  return all;
}

static void
test_whole (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(VmcPlayer) player = play (f, 0, -1, FALSE);
  g_autofree gint16 *out = NULL;
  gsize n = 0, first = 0;

  while (f->samples[first] == 0)
    first++;
  out = played (f, &n);
  g_assert_cmpuint (n, >=, f->n - first);
  g_assert_cmpmem (out, (f->n - first) * 2, f->samples + first, (f->n - first) * 2);
  g_assert_cmpfloat (vmc_player_get_position (player), >=, 2.9);
}

/* A part (from a word, a highlighted span): exactly those samples */
static void
test_part (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(VmcPlayer) player = play (f, 1.0, 2.0, FALSE);
  g_autofree gint16 *out = NULL;
  gsize n = 0;

  out = played (f, &n);
  g_assert_cmpuint (n, >=, 16000);
  g_assert_cmpmem (out, 16000 * 2, f->samples + 16000, 16000 * 2);
  for (gsize i = 16000; i < n; i++)
    g_assert_cmpint (out[i], ==, 0);
}

/* Power of one frequency (Goertzel) */
static double
power_at (const gint16 *x,
          gsize         n,
          double        freq)
{
  double k = 2 * cos (2 * G_PI * freq / 16000), s1 = 0, s2 = 0;

  for (gsize i = 0; i < n; i++)
    {
      double s = x[i] + k * s1 - s2;

      s2 = s1;
      s1 = s;
    }
  return s1 * s1 + s2 * s2 - k * s1 * s2;
}

/* As a phone line carries it: 100 Hz and 6 kHz fall by more than 20 dB against 1 kHz */
static void
test_telephone (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(VmcPlayer) player = play (f, 0, -1, TRUE);
  g_autofree gint16 *out = NULL;
  gsize n = 0;
  double before_low, before_high, after_low, after_high;

  out = played (f, &n);
  g_assert_true (vmc_player_get_telephone_band (player));
  before_low = 10 * log10 (power_at (f->samples + 8000, 32000, 100) / power_at (f->samples + 8000, 32000, 1000));
  before_high = 10 * log10 (power_at (f->samples + 8000, 32000, 6000) / power_at (f->samples + 8000, 32000, 1000));
  after_low = 10 * log10 (power_at (out + 8000, 32000, 100) / power_at (out + 8000, 32000, 1000));
  after_high = 10 * log10 (power_at (out + 8000, 32000, 6000) / power_at (out + 8000, 32000, 1000));
  g_test_message ("100 Hz: %.1f -> %.1f dB, 6 kHz: %.1f -> %.1f dB", before_low, after_low,
                  before_high, after_high);
  g_assert_cmpfloat (after_low, <, before_low - 20);
  g_assert_cmpfloat (after_high, <, before_high - 20);
}

static void
test_nothing_open (void)
{
  g_autoptr(VmcPlayer) player = vmc_player_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (vmc_player_play (player, 0, -1, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (vmc_player_open (player, "/nonexistent/x.wav", &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_FOUND);
}

/* ---- in real time (PulseAudio) ---- */

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
wait_ms (Fixture *f,
         guint    ms)
{
  g_timeout_add (ms, quit_loop, f->loop);
  g_main_loop_run (f->loop);
}

/* The position moves with the sound; pause holds it; resume goes on from it; seek jumps */
static void
test_pause_seek (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VmcPlayer) player = vmc_player_new ();
  g_autoptr(GError) error = NULL;
  double at, before;

  g_assert_true (vmc_player_open (player, f->wav, &error));
  g_signal_connect (player, "finished", G_CALLBACK (on_finished), f);
  g_assert_true (vmc_player_play (player, 0, -1, &error));
  g_assert_no_error (error);
  /* the sound server takes a moment to start the stream */
  for (guint i = 0; i < 100 && vmc_player_get_position (player) < 0.1; i++)
    wait_ms (f, 50);
  before = vmc_player_get_position (player);
  wait_ms (f, 600);
  at = vmc_player_get_position (player);
  g_test_message ("from %.2f s, 0.6 s later at %.2f s", before, at);
  g_assert_cmpfloat (at - before, >, 0.35);
  g_assert_cmpfloat (at - before, <, 0.85);

  vmc_player_pause (player);
  g_assert_cmpint (vmc_player_get_state (player), ==, VMC_PLAYER_PAUSED);
  before = vmc_player_get_position (player);
  wait_ms (f, 500);
  g_assert_cmpfloat (vmc_player_get_position (player), ==, before);

  g_assert_true (vmc_player_resume (player, &error));
  wait_ms (f, 500);
  at = vmc_player_get_position (player);
  g_test_message ("paused at %.2f s, 0.5 s after resuming at %.2f s", before, at);
  g_assert_cmpfloat (at, >, before + 0.2);
  g_assert_cmpfloat (at, <, before + 0.7);

  /* paused, the output changed to one that is not there: resuming says so */
  vmc_player_pause (player);
  before = vmc_player_get_position (player);
  vmc_player_set_device (player, "no-such-output");
  g_assert_false (vmc_player_resume (player, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE);
  g_clear_error (&error);
  g_assert_cmpint (vmc_player_get_state (player), ==, VMC_PLAYER_IDLE);
  g_assert_cmpfloat (vmc_player_get_position (player), ==, before);

  /* back on the default output, playing from there goes on */
  vmc_player_set_device (player, NULL);
  g_assert_true (vmc_player_play (player, before, -1, &error));
  g_assert_no_error (error);
  /* at once where it plays from, not where it was before */
  g_assert_cmpfloat_with_epsilon (vmc_player_get_position (player), before, 0.01);
  vmc_player_seek (player, 2.5);
  wait_ms (f, 150);
  g_assert_cmpfloat (vmc_player_get_position (player), >=, 2.2);
  g_timeout_add_seconds (10, time_out, NULL);
  g_main_loop_run (f->loop);   /* until ::finished */
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpint (vmc_player_get_state (player), ==, VMC_PLAYER_IDLE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("VMC_TEST_PULSE"))
    g_test_add ("/player/pause-seek", Fixture, NULL, fixture_setup, test_pause_seek, fixture_teardown);
  else
    {
      g_assert_nonnull (g_getenv ("ALSA_CONFIG_PATH"));
      g_test_add ("/player/whole", Fixture, NULL, fixture_setup, test_whole, fixture_teardown);
      g_test_add ("/player/part", Fixture, NULL, fixture_setup, test_part, fixture_teardown);
      g_test_add ("/player/telephone", Fixture, NULL, fixture_setup, test_telephone, fixture_teardown);
      g_test_add_func ("/player/nothing-open", test_nothing_open);
    }
  return g_test_run ();
}
