/* test-recorder.c: the recorder through the real PortAudio path, with ALSA's file plugin as
 * the microphone (tests/asound-fake.conf: FAKEMIC_FILE is what the microphone hears)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file plugin is not paced: the microphone delivers seconds of audio in milliseconds,
 * so the ring overflows at once. The tests compare only what fits in the ring and check
 * that the overflow is counted. With VMC_TEST_PA_REFUSE_RATES set (the LD_PRELOAD shim
 * pa-refuse-rates.so), only the rate tests run.
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "vmc-audio-enums.h"
#include "vmc-audio-reader.h"
#include "vmc-audio-sink.h"
#include "vmc-portaudio.h"
#include "vmc-recorder.h"
#include "vmc-test-util.h"

/* ---- a sink that keeps what it is given ---- */

#define TEST_TYPE_SINK (test_sink_get_type ())
G_DECLARE_FINAL_TYPE (TestSink, test_sink, TEST, SINK, GObject)

struct _TestSink
{
  GObject parent_instance;
  GArray *samples;
  guint begins, ends, partials;
  GThread *thread;   /* the thread it was called on */
  gulong stall_us;   /* the first write takes this long: the worker falls behind */
};

static void test_sink_iface_init (VmcAudioSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestSink, test_sink, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (VMC_TYPE_AUDIO_SINK, test_sink_iface_init))

static gboolean
sink_begin (VmcAudioSink *sink, GError **error)
{
  TEST_SINK (sink)->begins++;
  TEST_SINK (sink)->thread = g_thread_self ();
  return TRUE;
}

static gboolean
sink_write (VmcAudioSink *sink, const gint16 *samples, gsize n, GError **error)
{
  g_assert_true (TEST_SINK (sink)->thread == g_thread_self ());
  if (TEST_SINK (sink)->samples->len == 0)
    g_usleep (TEST_SINK (sink)->stall_us);
  g_array_append_vals (TEST_SINK (sink)->samples, samples, n);
  return TRUE;
}

static char *
sink_get_partial (VmcAudioSink *sink)
{
  return g_strdup_printf ("partial %u", ++TEST_SINK (sink)->partials);
}

static gboolean
sink_end (VmcAudioSink *sink, GError **error)
{
  TEST_SINK (sink)->ends++;
  return TRUE;
}

static void
test_sink_iface_init (VmcAudioSinkInterface *iface)
{
  iface->begin = sink_begin;
  iface->write = sink_write;
  iface->get_partial = sink_get_partial;
  iface->end = sink_end;
}

static void
test_sink_finalize (GObject *object)
{
  g_array_unref (TEST_SINK (object)->samples);
  G_OBJECT_CLASS (test_sink_parent_class)->finalize (object);
}

static void
test_sink_class_init (TestSinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_sink_finalize;
}

static void
test_sink_init (TestSink *self)
{
  self->samples = g_array_new (FALSE, FALSE, sizeof (gint16));
}

/* ---- helpers ---- */

typedef struct
{
  char *dir;
  char *mic;            /* the raw file the microphone plays */
  char *path;           /* the recording */
  gint16 *fixture;
  gsize n_fixture;
  GMainLoop *loop;
  double stop_after;    /* seconds of audio */
  GArray *peaks, *rms;
  guint elapsed_notes;
  guint partial_notes;
  char *finished_path;
  GError *error;
} Fixture;

/* A 440 Hz tone at half scale for @seconds, then a ramp: recognizable anywhere */
static void
make_mic (Fixture *f,
          int      rate,
          double   seconds)
{
  gsize n = (gsize)(rate * seconds);

  f->fixture = g_new (gint16, n);
  f->n_fixture = n;
  for (gsize i = 0; i < n; i++)
    f->fixture[i] = i < (gsize)rate ? (gint16)lrint (16384 * sin (2 * G_PI * 440 * i / rate))
                                     : (gint16)((i * 7) % 8000 - 4000);
  g_assert_true (g_file_set_contents (f->mic, (const char *)f->fixture, n * sizeof (gint16), NULL));
  g_setenv ("FAKEMIC_FILE", f->mic, TRUE);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vmc-rec-XXXXXX", &error);
  g_assert_no_error (error);
  f->mic = g_build_filename (f->dir, "mic.raw", NULL);
  f->path = g_build_filename (f->dir, "rec.wav", NULL);
  f->loop = g_main_loop_new (NULL, FALSE);
  f->peaks = g_array_new (FALSE, FALSE, sizeof (float));
  f->rms = g_array_new (FALSE, FALSE, sizeof (float));
  f->stop_after = 2.5;
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  vmc_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->mic);
  g_free (f->path);
  g_free (f->fixture);
  g_free (f->finished_path);
  g_clear_error (&f->error);
  g_main_loop_unref (f->loop);
  g_array_unref (f->peaks);
  g_array_unref (f->rms);
}

static void
on_levels (VmcRecorder *r, const float *peaks, const float *rms, guint n, Fixture *f)
{
  g_array_append_vals (f->peaks, peaks, n);
  g_array_append_vals (f->rms, rms, n);
}

static void
on_elapsed (VmcRecorder *r, GParamSpec *pspec, Fixture *f)
{
  f->elapsed_notes++;
  if (vmc_recorder_get_elapsed (r) >= f->stop_after)
    vmc_recorder_stop (r);
}

static void
on_partial (VmcRecorder *r, GParamSpec *pspec, Fixture *f)
{
  f->partial_notes++;
}

static void
on_finished (VmcRecorder *r, const char *path, const GError *error, Fixture *f)
{
  f->finished_path = g_strdup (path);
  f->error = error ? g_error_copy (error) : NULL;
  g_main_loop_quit (f->loop);
}

static gboolean
time_out (gpointer data)
{
  g_error ("the recording did not finish");
  return G_SOURCE_REMOVE;
}

/* Records until stop_after seconds of audio (or an error), in the main loop */
static VmcRecorder *
record (Fixture       *f,
        VmcAudioSink  *sink)
{
  VmcRecorder *r = vmc_recorder_new ();
  g_autoptr(GError) error = NULL;
  guint timeout;

  vmc_recorder_set_sink (r, sink);
  g_signal_connect (r, "levels", G_CALLBACK (on_levels), f);
  g_signal_connect (r, "notify::elapsed", G_CALLBACK (on_elapsed), f);
  g_signal_connect (r, "notify::partial", G_CALLBACK (on_partial), f);
  g_signal_connect (r, "finished", G_CALLBACK (on_finished), f);
  g_assert_true (vmc_recorder_start (r, f->path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (vmc_recorder_get_state (r), ==, VMC_RECORDER_RECORDING);
  timeout = g_timeout_add_seconds (30, time_out, NULL);
  g_main_loop_run (f->loop);
  g_source_remove (timeout);
  g_assert_cmpint (vmc_recorder_get_state (r), ==, VMC_RECORDER_IDLE);
  return r;
}

static gint16 *
read_recording (const char *path,
                gsize      *n)
{
  g_autoptr(GError) error = NULL;
  gint16 *samples = vmc_audio_read_all (path, n, &error);

  g_assert_no_error (error);
  return samples;
}

/* ---- tests ---- */

static gboolean
has_device (GPtrArray  *list,
            const char *id,
            gboolean    is_default)
{
  for (guint i = 0; i < list->len; i++)
    {
      const VmcAudioDevice *d = list->pdata[i];

      if (strcmp (d->id, id) == 0 && (!is_default || d->is_default) && d->name && *d->name)
        return TRUE;
    }
  return FALSE;
}

static void
test_devices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inputs = NULL, outputs = NULL;

  make_mic (f, 16000, 1);   /* the file plugin offers no input without its file */
  inputs = vmc_audio_devices_list (TRUE, &error);
  g_assert_no_error (error);
  outputs = vmc_audio_devices_list (FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (has_device (inputs, "fakemic", FALSE));
  g_assert_true (has_device (inputs, "default", TRUE));
  g_assert_true (has_device (outputs, "fakespk", FALSE));
}

static void
listed (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

/* Listed in a worker while the main thread records (as the window does at start): both
 * count their use of PortAudio, neither ends it under the other */
static void
test_devices_async (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(VmcRecorder) r = NULL;
  g_autofree gint16 *got = NULL;
  gsize n = 0;

  make_mic (f, 16000, 2);
  vmc_audio_devices_list_async (TRUE, NULL, listed, &result);
  r = record (f, NULL);
  g_assert_no_error (f->error);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  inputs = vmc_audio_devices_list_finish (result, &error);
  g_assert_no_error (error);
  g_assert_true (has_device (inputs, "fakemic", FALSE));
  got = read_recording (f->path, &n);
  g_assert_cmpuint (n, >=, f->n_fixture);
  g_assert_cmpmem (got, f->n_fixture * 2, f->fixture, f->n_fixture * 2);

  /* a list no longer wanted says so */
  g_clear_object (&result);
  vmc_audio_devices_list_async (TRUE, cancellable, listed, &result);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (vmc_audio_devices_list_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_unknown_device (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(VmcRecorder) r = vmc_recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *part = g_strconcat (f->path, ".part", NULL);

  make_mic (f, 16000, 2);
  vmc_recorder_set_device (r, "no-such-microphone");
  g_assert_false (vmc_recorder_start (r, f->path, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE);
  g_assert_nonnull (strstr (error->message, "no-such-microphone"));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* The file holds what the microphone heard, sample for sample; the sink got the same
 * samples on one thread; levels are those of the signal; the overflow is counted */
static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TestSink) sink = g_object_new (TEST_TYPE_SINK, NULL);
  g_autoptr(VmcRecorder) r = NULL;
  g_autofree gint16 *got = NULL;
  gsize n = 0;

  make_mic (f, 16000, 3);
  sink->stall_us = 300000;
  r = record (f, VMC_AUDIO_SINK (sink));
  g_assert_no_error (f->error);
  g_assert_cmpstr (f->finished_path, ==, f->path);
  got = read_recording (f->path, &n);
  g_assert_cmpuint (n, >=, f->n_fixture);
  g_assert_cmpmem (got, f->n_fixture * 2, f->fixture, f->n_fixture * 2);
  /* the sink saw exactly the recording, begun and ended once */
  g_assert_cmpuint (sink->begins, ==, 1);
  g_assert_cmpuint (sink->ends, ==, 1);
  g_assert_cmpuint (sink->samples->len, ==, n);
  g_assert_cmpmem (sink->samples->data, n * 2, got, n * 2);
  g_assert_cmpuint (sink->partials, >=, 4);
  g_assert_cmpuint (f->partial_notes, >=, 1);
  /* one level block per 20 ms; the tone's: peak 0.5, RMS 0.354 */
  g_assert_cmpuint (f->peaks->len, ==, n / VMC_RECORDER_BLOCK);
  for (guint i = 0; i < 50; i++)
    {
      g_assert_cmpfloat_with_epsilon (g_array_index (f->peaks, float, i), 0.5, 0.005);
      g_assert_cmpfloat_with_epsilon (g_array_index (f->rms, float, i), 0.5 / G_SQRT2, 0.005);
    }
  g_assert_cmpfloat_with_epsilon (vmc_recorder_get_elapsed (r), (double)n / 16000, 1e-9);
  g_assert_cmpint (vmc_recorder_get_device_rate (r), ==, 16000);
  /* the file plugin is not paced: while the worker stalled, far more came than the ring
   * holds, and that is counted */
  g_assert_cmpfloat (vmc_recorder_get_dropped_seconds (r), >, 1.0);
  g_assert_cmpuint (f->elapsed_notes, >=, 1);
}

/* The disk fills up while recording: ::finished says so, and the file holds everything that
 * fit, as it was heard */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      struct rlimit limit = { 64 * 1024, 64 * 1024 };
      g_autoptr(VmcRecorder) r = NULL;
      g_autofree gint16 *got = NULL;
      gsize n = 0, fit = (64 * 1024 - 44) / 2;

      make_mic (f, 16000, 3);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      f->stop_after = 1e9;
      r = record (f, NULL);
      g_assert_error (f->error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DISK_FULL);
      g_assert_nonnull (strstr (f->error->message, "kept"));
      got = read_recording (f->path, &n);
      g_assert_cmpuint (n, ==, fit);
      g_assert_cmpmem (got, fit * 2, f->fixture, fit * 2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A microphone that refuses 16 kHz: it records at its own rate and the file is 16 kHz */
static void
test_other_rate (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(VmcRecorder) r = NULL;
  g_autofree gint16 *got = NULL;
  gsize n = 0, crossings = 0;
  double sum = 0;

  make_mic (f, 44100, 3);
  r = record (f, NULL);
  g_assert_no_error (f->error);
  g_assert_cmpint (vmc_recorder_get_device_rate (r), !=, 16000);
  g_test_message ("recorded at %d Hz", vmc_recorder_get_device_rate (r));
  got = read_recording (f->path, &n);
  g_assert_cmpuint (n, >=, 16000);
  /* the tone's first second, now at 16 kHz: still 440 Hz, still RMS 0.354 */
  for (gsize i = 1000; i < 15000; i++)
    {
      crossings += (got[i - 1] < 0) != (got[i] < 0);
      sum += (double)got[i] * got[i];
    }
  g_assert_cmpfloat_with_epsilon (crossings / (14000 / 16000.0) / 2, 440, 5);
  g_assert_cmpfloat_with_epsilon (sqrt (sum / 14000) / 32768, 0.5 / G_SQRT2, 0.01);
}

/* The converter from the device's rate cannot be made: a clear error at start, and no file
 * left behind (before, the device's samples were written as if they were 16 kHz) */
static void
test_no_converter (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(VmcRecorder) r = vmc_recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;

  make_mic (f, 44100, 3);
  g_assert_false (vmc_recorder_start (r, f->path, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_RATE_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "could not be converted to 16 kHz"));
  g_assert_cmpint (vmc_recorder_get_state (r), ==, VMC_RECORDER_IDLE);
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "mic.raw");
  g_assert_null (g_dir_read_name (dir));
}

/* A microphone that refuses every rate: a clear error, and no file left behind */
static void
test_no_rate (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VmcRecorder) r = vmc_recorder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;

  /* the state is an enum property (for bindings and GtkExpression), idle to begin with */
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (r), "state");
    VmcRecorderState state = VMC_RECORDER_RECORDING;

    g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
    g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == VMC_TYPE_RECORDER_STATE);
    g_object_get (r, "state", &state, NULL);
    g_assert_cmpint (state, ==, VMC_RECORDER_IDLE);
  }
  make_mic (f, 16000, 1);
  g_assert_false (vmc_recorder_start (r, f->path, &error));
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_RATE_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "16000"));
  g_assert_nonnull (strstr (error->message, "another device"));
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "mic.raw");
  g_assert_null (g_dir_read_name (dir));
}

int
main (int    argc,
      char **argv)
{
  const char *refuse = g_getenv ("VMC_TEST_PA_REFUSE_RATES");

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("ALSA_CONFIG_PATH"));
  if (refuse && strcmp (refuse, "all") == 0)
    g_test_add ("/recorder/rate/none", Fixture, NULL, fixture_setup, test_no_rate, fixture_teardown);
  else if (refuse && g_getenv ("VMC_TEST_SRC_FAIL"))
    g_test_add ("/recorder/rate/no-converter", Fixture, NULL, fixture_setup, test_no_converter,
                fixture_teardown);
  else if (refuse)
    g_test_add ("/recorder/rate/other", Fixture, NULL, fixture_setup, test_other_rate, fixture_teardown);
  else
    {
      g_test_add ("/recorder/devices", Fixture, NULL, fixture_setup, test_devices, fixture_teardown);
      g_test_add ("/recorder/devices/async", Fixture, NULL, fixture_setup, test_devices_async, fixture_teardown);
      g_test_add ("/recorder/unknown-device", Fixture, NULL, fixture_setup, test_unknown_device,
                  fixture_teardown);
      g_test_add ("/recorder/record", Fixture, NULL, fixture_setup, test_record, fixture_teardown);
      g_test_add ("/recorder/disk-full", Fixture, NULL, fixture_setup, test_disk_full,
                  fixture_teardown);
    }
  return g_test_run ();
}
