/* test-live-analysis.c: a recording heard as it is made, also when it starts before the
 * speech model has loaded, and the speech service that lends the recognizers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recorder is played by the test: the sink is given the samples of a spoken message in
 * 20 ms blocks on this thread, as the recorder's worker gives them.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "vmc-audio-clip.h"
#include "vmc-audio-reader.h"
#include "vmc-audio-sink.h"
#include "vmc-live-analysis.h"
#include "vmc-speech-service.h"
#include "vmc-test-util.h"

#define BLOCK 320

static char *tmpdir;
static char *message;   /* a spoken message with a number */

static char *
speak (const char *name,
       const char *text)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *raw = g_build_filename (tmpdir, "raw.wav", NULL);
  const char *flite[] = { "flite", "-voice", "kal16", "-t", text, "-o", raw, NULL };
  const char *sox[] = { "sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.5", "0.5", NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)flite, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **)sox, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

/* Records @clip into @live: the first @before_load seconds before @service loads its model
 * (all of it when negative: the model loads only when the recording ends) */
static void
record (VmcLiveAnalysis  *live,
        VmcSpeechService *service,
        VmcAudioClip     *clip,
        double            before_load)
{
  g_autoptr(GError) error = NULL;
  const gint16 *samples;
  gsize n = 0;
  gboolean loaded = vmc_speech_service_is_loaded (service);

  samples = vmc_audio_clip_get_samples (clip, &n);
  g_assert_true (vmc_audio_sink_begin (VMC_AUDIO_SINK (live), &error));
  g_assert_no_error (error);
  for (gsize at = 0; at < n; at += BLOCK)
    {
      if (!loaded && before_load >= 0 && at >= before_load * 16000)
        {
          g_assert_true (vmc_speech_service_load (service, NULL, &error));
          loaded = TRUE;
        }
      g_assert_true (vmc_audio_sink_write (VMC_AUDIO_SINK (live), samples + at, MIN (BLOCK, n - at), &error));
      g_assert_no_error (error);
    }
  g_assert_true (vmc_audio_sink_end (VMC_AUDIO_SINK (live), &error));
  g_assert_no_error (error);
}

static char *
heard (VmcLiveAnalysis *live)
{
  GPtrArray *words = vmc_live_analysis_get_words (live);

  g_assert_nonnull (words);
  return vmc_words_to_text (words);
}

/* Recording started before the model had loaded: what came meanwhile is heard once it has,
 * and the transcript is the one the loaded model hears from the start */
static void
test_catch_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAudioClip) clip = vmc_audio_clip_load (message, NULL, &error);
  g_autoptr(VmcSpeechService) late = vmc_speech_service_new (NULL);
  g_autoptr(VmcSpeechService) early = vmc_speech_service_new (NULL);
  g_autoptr(VmcLiveAnalysis) caught_up = vmc_live_analysis_new (late, NULL, NULL);
  g_autoptr(VmcLiveAnalysis) from_start = vmc_live_analysis_new (early, NULL, NULL);
  g_autofree char *a = NULL, *b = NULL;
  VmcAnalysis *analysis;
  const gint16 *samples;
  gsize n = 0;

  g_assert_no_error (error);
  g_assert_true (vmc_speech_service_load (early, NULL, &error));
  record (from_start, early, clip, 0);
  g_assert_false (vmc_speech_service_is_loaded (late));
  record (caught_up, late, clip, 2.5);
  a = heard (from_start);
  b = heard (caught_up);
  g_test_message ("from the start: %s", a);
  g_test_message ("caught up:      %s", b);
  g_assert_cmpstr (b, ==, a);
  g_assert_cmpint (vmc_live_analysis_get_caught_up_time (caught_up), >, 0);
  g_assert_cmpint (vmc_live_analysis_get_caught_up_time (caught_up), <=,
                   vmc_live_analysis_get_transcript_time (caught_up));
  analysis = vmc_live_analysis_get_analysis (caught_up);
  g_assert_nonnull (analysis);
  g_assert_nonnull (vmc_elements_find (analysis->elements, VMC_ELEMENT_NUMBER));
  /* the recording itself, to show and play: the samples recorded, not read again */
  samples = vmc_audio_clip_get_samples (vmc_live_analysis_get_clip (caught_up), &n);
  g_assert_cmpuint (n, ==, vmc_audio_clip_get_duration (clip) * 16000);
  g_assert_cmpmem (samples, n * 2, vmc_audio_clip_get_samples (clip, NULL), n * 2);
}

/* A recording that ends before the model has loaded waits for it at its end */
static void
test_ends_before_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAudioClip) clip = vmc_audio_clip_load (message, NULL, &error);
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new (NULL);
  g_autoptr(VmcLiveAnalysis) live = vmc_live_analysis_new (service, NULL, NULL);
  g_autofree char *text = NULL;

  record (live, service, clip, -1);
  text = heard (live);
  g_assert_nonnull (strstr (text, "five five five"));
  g_assert_nonnull (vmc_live_analysis_get_analysis (live));
  /* the recognizer is back in the service for the next one */
  {
    g_autoptr(VmcRecognizer) rec = vmc_speech_service_try_acquire (service);

    g_assert_nonnull (rec);
    vmc_speech_service_release (service, g_steal_pointer (&rec));
  }
}

/* No model: the recording is kept, and the message says it could not be transcribed */
static void
test_no_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAudioClip) clip = vmc_audio_clip_load (message, NULL, &error);
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new ("/nonexistent/model");
  g_autoptr(VmcLiveAnalysis) live = vmc_live_analysis_new (service, NULL, NULL);
  const gint16 *samples = vmc_audio_clip_get_samples (clip, NULL);

  g_assert_true (vmc_audio_sink_begin (VMC_AUDIO_SINK (live), &error));
  g_assert_true (vmc_audio_sink_write (VMC_AUDIO_SINK (live), samples, BLOCK, &error));
  g_assert_false (vmc_audio_sink_end (VMC_AUDIO_SINK (live), &error));
  g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_NO_MODEL);
  g_assert_nonnull (strstr (error->message, "The recording is kept"));
  g_assert_nonnull (strstr (error->message, "pocketsphinx-en-us"));
  g_assert_null (vmc_live_analysis_get_analysis (live));
  g_assert_false (vmc_speech_service_load (service, NULL, NULL));
}

/* The service lends each recognizer to one user at a time, makes another when all are busy
 * (up to its maximum), and drops the ones of an old voice */
static void
test_lending (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new (NULL);
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  VmcRecognizer *one, *two, *again;

  g_assert_null (vmc_speech_service_try_acquire (service));
  one = vmc_speech_service_acquire (service, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vmc_speech_service_is_loaded (service));
  /* one at most: a second waits, and gives up when cancelled */
  g_assert_null (vmc_speech_service_try_acquire (service));
  g_cancellable_cancel (cancel);
  g_assert_null (vmc_speech_service_acquire (service, cancel, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  /* two at most: a second one is made */
  vmc_speech_service_set_max_recognizers (service, 2);
  two = vmc_speech_service_acquire (service, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (two != one);
  vmc_speech_service_release (service, two);
  again = vmc_speech_service_try_acquire (service);
  g_assert_true (again == two);
  vmc_speech_service_release (service, again);
  /* another voice: the idle one is dropped now, the lent one when it comes back */
  vmc_speech_service_set_voice (service, "/nonexistent/voice");
  g_assert_false (vmc_speech_service_is_loaded (service));
  vmc_speech_service_release (service, one);
  g_assert_null (vmc_speech_service_try_acquire (service));
}

static void
analysed (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  VmcAudioClip **clip = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;

  analysis = vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, clip, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vmc_elements_find (analysis->elements, VMC_ELEMENT_NUMBER));
  g_assert_cmpstr (analysis->file, ==, message);
}

static void
cancelled (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_null (vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* A file analysed in a worker: the analysis and the clip read once; a job cancelled (a
 * later file opened) ends at once */
static void
test_file_jobs (void)
{
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new (NULL);
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  VmcAudioClip *clip = NULL;
  gboolean done = FALSE;

  vmc_speech_service_analyze_file_async (service, message, NULL, NULL, NULL, analysed, &clip);
  while (clip == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (vmc_audio_clip_get_duration (clip), >, 3.0);
  g_clear_pointer (&clip, vmc_audio_clip_unref);

  vmc_speech_service_analyze_file_async (service, message, NULL, NULL, cancel, cancelled, &done);
  g_cancellable_cancel (cancel);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
refined (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  VmcAnalysis **out = data;
  g_autoptr(GError) error = NULL;

  *out = vmc_speech_service_analyze_clip_finish (VMC_SPEECH_SERVICE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static void
refine_cancelled (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  gboolean *done = data;
  g_autoptr(GError) error = NULL;

  g_assert_null (vmc_speech_service_analyze_clip_finish (VMC_SPEECH_SERVICE (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

/* A live recording heard again, thoroughly, in a worker once it has ended: an analysis of
 * the same samples; the recognizer comes back to the service in the live pass's mode, ready
 * for the next recording; a job cancelled (a new recording started) ends at once */
static void
test_refine (void)
{
  g_autoptr(VmcSpeechService) service = vmc_speech_service_new (NULL);
  g_autoptr(VmcLiveAnalysis) live = vmc_live_analysis_new (service, NULL, NULL);
  g_autoptr(VmcAudioClip) clip = NULL;
  g_autoptr(GCancellable) cancel = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcRecognizer) rec = NULL;
  VmcAnalysis *analysis = NULL;
  VmcAnalysisOptions options;
  gboolean done = FALSE;
  g_autofree char *live_text = NULL;
  g_autofree char *text = NULL;

  clip = vmc_audio_clip_load (message, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (vmc_speech_service_load (service, NULL, &error));
  record (live, service, clip, 0);
  live_text = heard (live);

  vmc_analysis_options_init (&options);
  options.thorough = TRUE;
  vmc_speech_service_analyze_clip_async (service, vmc_live_analysis_get_clip (live), NULL, &options,
                                         NULL, refined, &analysis);
  while (analysis == NULL)
    g_main_context_iteration (NULL, TRUE);
  text = vmc_words_to_text (analysis->words);
  g_test_message ("live: %s\nthorough: %s", live_text, text);
  g_assert_nonnull (strstr (text, "call me back"));
  g_assert_nonnull (vmc_elements_find (analysis->elements, VMC_ELEMENT_NUMBER));
  g_assert_cmpfloat (analysis->duration, ==, vmc_audio_clip_get_duration (clip));
  g_assert_null (analysis->file);
  g_clear_pointer (&analysis, vmc_analysis_unref);

  rec = vmc_speech_service_try_acquire (service);
  g_assert_nonnull (rec);
  g_assert_false (vmc_recognizer_get_thorough (rec));
  vmc_recognizer_set_thorough (rec, TRUE);
  vmc_speech_service_release (service, g_steal_pointer (&rec));
  rec = vmc_speech_service_try_acquire (service);
  g_assert_false (vmc_recognizer_get_thorough (rec));
  vmc_speech_service_release (service, g_steal_pointer (&rec));

  vmc_speech_service_analyze_clip_async (service, clip, NULL, &options, cancel, refine_cancelled, &done);
  g_cancellable_cancel (cancel);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("vmc-live-XXXXXX", NULL);
  message = speak ("message.wav", "hi this is dana from northwind call me back at five five five "
                   "two one two three four five six thanks");
  g_test_add_func ("/live-analysis/catch-up", test_catch_up);
  g_test_add_func ("/live-analysis/ends-before-load", test_ends_before_load);
  g_test_add_func ("/live-analysis/no-model", test_no_model);
  g_test_add_func ("/speech-service/lending", test_lending);
  g_test_add_func ("/speech-service/file-jobs", test_file_jobs);
  g_test_add_func ("/speech-service/refine", test_refine);
  status = g_test_run ();
  vmc_test_remove_dir (tmpdir);
  return status;
}
