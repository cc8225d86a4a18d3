/* test-audio-reader.c: every format, rate and channel count in; every bad file gets its error
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <sndfile.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vmc-audio-clip.h"
#include "vmc-audio-reader.h"
#include "vmc-test-util.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* A sine of @freq at amplitude 0.5 in every channel, or silence when freq is 0. */
static char *
write_sine (const char *name,
            int         format,
            int         rate,
            int         channels,
            double      seconds,
            double      freq)
{
  char *path = tmp_path (name);
  SF_INFO info = { .samplerate = rate, .channels = channels, .format = format };
  SNDFILE *sf = sf_open (path, SFM_WRITE, &info);
  sf_count_t frames = (sf_count_t)(seconds * rate);
  float *buf;

  g_assert_nonnull (sf);
  buf = g_new (float, (gsize)frames * channels);
  for (sf_count_t i = 0; i < frames; i++)
    for (int c = 0; c < channels; c++)
      buf[i * channels + c] = (float)(0.5 * sin (2 * G_PI * freq * i / rate));
  g_assert_cmpint (sf_writef_float (sf, buf, frames), ==, frames);
  g_assert_cmpint (sf_close (sf), ==, 0);
  g_free (buf);
  return path;
}

typedef struct {
  const char *name;
  int         format;
  int         rate;
  int         channels;
} Format;

static const Format formats[] = {
  { "pcm16-16k-mono.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1 },
  { "pcm16-8k-mono.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1 },
  { "pcm24-44k-stereo.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_24, 44100, 2 },
  { "float-48k-stereo.wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 48000, 2 },
  { "ulaw-8k-mono.wav", SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 1 },
  { "flac-44k-stereo.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 44100, 2 },
  { "flac-8k-mono.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 8000, 1 },
  { "vorbis-48k-stereo.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 48000, 2 },
  { "vorbis-22k-mono.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 22050, 1 },
};

/* Every format comes out as 16 kHz mono of the right length, pitch and loudness. */
static void
test_formats (gconstpointer data)
{
  const Format *f = data;
  g_autofree char *path = write_sine (f->name, f->format, f->rate, f->channels, 2.0, 440.0);
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *samples = NULL;
  g_autoptr(VmcAudioReader) reader = NULL;
  gsize n = 0;
  guint crossings = 0;
  double sumsq = 0.0, rms;

  reader = vmc_audio_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vmc_audio_reader_get_source_rate (reader), ==, f->rate);
  g_assert_cmpint (vmc_audio_reader_get_source_channels (reader), ==, f->channels);
  g_assert_cmpfloat_with_epsilon (vmc_audio_reader_get_duration (reader), 2.0, 0.01);

  samples = vmc_audio_read_all (path, &n, &error);
  g_assert_no_error (error);
  /* 2 s at 16 kHz, give or take the resampler's edges */
  g_assert_cmpint (n, >=, 31800);
  g_assert_cmpint (n, <=, 32200);

  /* Skip the edges; count rising zero crossings over 1 s: 440 of them for a 440 Hz tone. */
  for (gsize i = 8000; i < 24000; i++)
    {
      if (samples[i - 1] < 0 && samples[i] >= 0)
        crossings++;
      sumsq += (double)samples[i] * samples[i];
    }
  g_assert_cmpuint (crossings, >=, 438);
  g_assert_cmpuint (crossings, <=, 442);
  /* amplitude 0.5 full scale: RMS 0.3536 * 32768 = 11585, however many channels were mixed */
  rms = sqrt (sumsq / 16000);
  g_assert_cmpfloat (rms, >, 11585 * 0.93);
  g_assert_cmpfloat (rms, <, 11585 * 1.07);
}

/* Reading in odd-sized pieces gives exactly what one big read gives. */
static void
test_chunked_reads (void)
{
  g_autofree char *path = write_sine ("chunks.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 44100, 2, 1.5, 300.0);
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *all = NULL;
  g_autoptr(VmcAudioReader) reader = NULL;
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (gint16));
  gsize n_all = 0;
  gint16 buf[997];
  gssize got;
  gsize sizes[] = { 1, 7, 160, 997 };
  guint k = 0;

  all = vmc_audio_read_all (path, &n_all, &error);
  g_assert_no_error (error);

  reader = vmc_audio_reader_open (path, &error);
  g_assert_no_error (error);
  while ((got = vmc_audio_reader_read (reader, buf, sizes[k++ % G_N_ELEMENTS (sizes)], &error)) > 0)
    g_array_append_vals (pieces, buf, (guint)got);
  g_assert_no_error (error);
  g_assert_cmpint (got, ==, 0);
  g_assert_cmpmem (pieces->data, pieces->len * sizeof (gint16), all, n_all * sizeof (gint16));
  /* and the end stays the end */
  g_assert_cmpint (vmc_audio_reader_read (reader, buf, 10, &error), ==, 0);
}

static long
peak_rss_kb (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* A 30-minute phone recording is streamed, never decoded into one buffer. */
static void
test_long_file_streams (void)
{
  g_autofree char *path = tmp_path ("long.wav");
  SF_INFO info = { .samplerate = 8000, .channels = 1, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16 };
  SNDFILE *sf = sf_open (path, SFM_WRITE, &info);
  g_autoptr(VmcAudioReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  short block[8000];
  gint16 out[4096];
  guint64 total = 0;
  gssize got;
  long before;

  g_assert_nonnull (sf);
  for (int i = 0; i < 8000; i++)
    block[i] = (short)(8000 * sin (2 * G_PI * 200 * i / 8000.0));
  for (int s = 0; s < 30 * 60; s++)
    g_assert_cmpint (sf_write_short (sf, block, 8000), ==, 8000);
  sf_close (sf);

  before = peak_rss_kb ();
  reader = vmc_audio_reader_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (vmc_audio_reader_get_duration (reader), 1800.0, 0.001);
  while ((got = vmc_audio_reader_read (reader, out, G_N_ELEMENTS (out), &error)) > 0)
    total += (guint64)got;
  g_assert_no_error (error);
  g_assert_cmpuint (total, >=, 1800 * 16000 - 100);
  g_assert_cmpuint (total, <=, 1800 * 16000 + 100);
  /* The whole file at 16 kHz would be 57 MB; streaming may not grow by even 8 MB. */
  g_assert_cmpint (peak_rss_kb () - before, <, 8 * 1024);
  g_unlink (path);
}

static void
expect_error (const char *path,
              int         code,
              const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *samples = NULL;
  g_autofree char *base = g_path_get_basename (path);
  gsize n = 0;

  samples = vmc_audio_read_all (path, &n, &error);
  g_assert_null (samples);
  g_assert_error (error, VMC_AUDIO_ERROR, code);
  /* The message names the file and says what to do. */
  g_assert_nonnull (strstr (error->message, base));
  if (fragment)
    g_assert_nonnull (strstr (error->message, fragment));
}

/* A clip is the file read once: the same samples as the reader gives, and the waveform's
 * peaks of each 20 ms taken from them */
static void
test_clip (void)
{
  g_autofree char *path = write_sine ("clip.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 44100, 2, 1.5, 440);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAudioClip) clip = vmc_audio_clip_load (path, NULL, &error);
  g_autofree gint16 *all = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  const gint16 *samples;
  const float *highs, *lows;
  gsize n = 0, n_all = 0, blocks = 0;

  g_assert_no_error (error);
  all = vmc_audio_read_all (path, &n_all, &error);
  samples = vmc_audio_clip_get_samples (clip, &n);
  g_assert_cmpuint (n, ==, n_all);
  g_assert_cmpmem (samples, n * 2, all, n_all * 2);
  g_assert_cmpfloat_with_epsilon (vmc_audio_clip_get_duration (clip), 1.5, 0.01);
  g_assert_cmpstr (vmc_audio_clip_get_path (clip), ==, path);
  highs = vmc_audio_clip_get_peaks (clip, &lows, &blocks);
  g_assert_cmpuint (blocks, ==, n / 320);
  /* a 440 Hz sine at half scale: every 20 ms block reaches +-0.5 */
  for (gsize b = 0; b < blocks; b++)
    {
      g_assert_cmpfloat_with_epsilon (highs[b], 0.5, 0.03);
      g_assert_cmpfloat_with_epsilon (lows[b], -0.5, 0.03);
    }

  /* reading is stopped when asked; errors are the reader's */
  g_cancellable_cancel (cancel);
  g_assert_null (vmc_audio_clip_load (path, cancel, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (vmc_audio_clip_load ("/nonexistent.wav", NULL, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_FOUND);
  g_unlink (path);
}

static void
test_missing (void)
{
  g_autofree char *path = tmp_path ("no-such-file.wav");

  expect_error (path, VMC_AUDIO_ERROR_NOT_FOUND, "no such file");
}

static void
test_empty (void)
{
  g_autofree char *path = tmp_path ("empty.wav");

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  expect_error (path, VMC_AUDIO_ERROR_EMPTY, "empty");
}

static void
test_header_only (void)
{
  g_autofree char *path = write_sine ("header-only.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, 0.0, 0.0);

  expect_error (path, VMC_AUDIO_ERROR_EMPTY, "no audio");
}

static void
test_not_audio (void)
{
  g_autofree char *path = tmp_path ("notes.txt");

  g_assert_true (g_file_set_contents (path, "Call Frank back on Tuesday.\n", -1, NULL));
  expect_error (path, VMC_AUDIO_ERROR_NOT_AUDIO, "WAV");
}

static void
test_directory (void)
{
  expect_error (tmpdir, VMC_AUDIO_ERROR_NOT_AUDIO, "folder");
}

static void
test_corrupt_header (void)
{
  g_autofree char *path = tmp_path ("garbage.wav");
  guint8 junk[4096];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (guint8)g_test_rand_int_range (0, 256);
  memcpy (junk, "RIFF", 4);
  g_assert_true (g_file_set_contents (path, (char *)junk, sizeof junk, NULL));
  expect_error (path, VMC_AUDIO_ERROR_CORRUPT, "damaged");
}

static void
truncate_to_half (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);
}

static void
test_truncated_wav (void)
{
  g_autofree char *path = write_sine ("cut.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, 3.0, 440.0);

  truncate_to_half (path);
  expect_error (path, VMC_AUDIO_ERROR_TRUNCATED, "cut short");
}

/* Compressed files know their length; a cut one fails with a message naming the file,
 * as damaged or cut short depending on where the codec notices. */
static void
test_truncated_compressed (gconstpointer data)
{
  const Format *f = data;
  g_autofree char *path = write_sine (f->name, f->format, f->rate, f->channels, 3.0, 440.0);
  g_autoptr(GError) error = NULL;
  gsize n = 0;
  g_autofree gint16 *s = NULL;

  truncate_to_half (path);
  s = vmc_audio_read_all (path, &n, &error);
  g_assert_null (s);
  g_assert_true (g_error_matches (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TRUNCATED) ||
                 g_error_matches (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT));
  g_assert_nonnull (strstr (error->message, f->name));
}

static const Format cut_formats[] = {
  { "cut.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 16000, 1 },
  { "cut.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 16000, 1 },
};

static void
test_too_short (void)
{
  g_autofree char *path = write_sine ("blip.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, 0.1, 440.0);

  expect_error (path, VMC_AUDIO_ERROR_TOO_SHORT, "too short");
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("vmc-audio-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("/audio-reader/format/%s", formats[i].name);

      g_test_add_data_func (name, &formats[i], test_formats);
    }
  g_test_add_func ("/audio-reader/chunked-reads", test_chunked_reads);
  g_test_add_func ("/audio-reader/long-file-streams", test_long_file_streams);
  g_test_add_func ("/audio-reader/clip", test_clip);
  g_test_add_func ("/audio-reader/error/missing", test_missing);
  g_test_add_func ("/audio-reader/error/empty", test_empty);
  g_test_add_func ("/audio-reader/error/header-only", test_header_only);
  g_test_add_func ("/audio-reader/error/not-audio", test_not_audio);
  g_test_add_func ("/audio-reader/error/directory", test_directory);
  g_test_add_func ("/audio-reader/error/corrupt-header", test_corrupt_header);
  g_test_add_func ("/audio-reader/error/truncated-wav", test_truncated_wav);
  g_test_add_data_func ("/audio-reader/error/truncated-flac", &cut_formats[0], test_truncated_compressed);
  g_test_add_data_func ("/audio-reader/error/truncated-ogg", &cut_formats[1], test_truncated_compressed);
  g_test_add_func ("/audio-reader/error/too-short", test_too_short);

  ret = g_test_run ();

  vmc_test_remove_dir (tmpdir);
  return ret;
}
