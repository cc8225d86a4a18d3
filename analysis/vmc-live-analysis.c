/* vmc-live-analysis.c: a recording transcribed while it is made, analysed when it ends
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A VmcAudioSink for the recorder: the samples go to a recognizer as they come (on the
 * recorder's worker thread), so when the recording stops only the last utterance is left
 * to decode; then the analysis runs on the whole recording (numbers decoded again, pitch,
 * elements, tips). Read the results on the main thread once the recorder has finished.
 *
 * Recording starts before the speech model is loaded (it takes a second): the samples are
 * kept, and once the service has a recognizer to lend, what was recorded meanwhile is fed to
 * it a little faster than it comes, until the recognizer has caught up. A recording that ends
 * before then waits for the model at its end.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vmc-audio-reader.h"
#include "vmc-audio-sink.h"
#include "vmc-live-analysis.h"
#include "vmc-word.h"

/* While catching up, each write feeds the recognizer this many times what came in: decoding
 * runs at about a third of real time, so the backlog shrinks without the worker falling far
 * behind the microphone (the recorder's ring holds seconds). */
#define CATCH_UP 3

struct _VmcLiveAnalysis
{
  GObject parent_instance;

  VmcSpeechService *service;
  VmcRecognizer *rec;       /* lent by the service from when it has one until the end */
  VmcPlan *plan;
  VmcAnalysisOptions options;
  GArray *samples;
  gsize fed;                /* how many of @samples the recognizer has heard */
  gboolean failed;          /* the recognizer failed: @error says why */
  GPtrArray *words;
  VmcAnalysis *analysis;
  VmcAudioClip *clip;
  GError *error;
  gint64 transcript_time;
  gint64 analysis_time;
  gint64 caught_up_time;
};

static void vmc_live_analysis_sink_init (VmcAudioSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VmcLiveAnalysis, vmc_live_analysis, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (VMC_TYPE_AUDIO_SINK, vmc_live_analysis_sink_init))

static void
give_back (VmcLiveAnalysis *self)
{
  if (self->rec)
    vmc_speech_service_release (self->service, g_steal_pointer (&self->rec));
}

static gboolean
fail (VmcLiveAnalysis  *self,
      GError          **error)
{
  self->failed = TRUE;
  give_back (self);
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

/* Starts the recognizer just lent: heard as it comes, a microphone, wideband, its mean
 * learnt as it goes */
static gboolean
start_recognizer (VmcLiveAnalysis  *self,
                  GError          **error)
{
  vmc_recognizer_set_recording (self->rec, NULL, 0);
  if (!vmc_analysis_prepare_recognizer (self->rec, self->plan, &self->error) ||
      !vmc_recognizer_start (self->rec, &self->error))
    return fail (self, error);
  self->fed = 0;
  return TRUE;
}

/* Feeds the recognizer up to @most of the samples it has not heard */
static gboolean
feed (VmcLiveAnalysis  *self,
      gsize             most,
      GError          **error)
{
  const gsize block = 4096;
  gsize until = MIN (self->samples->len, self->fed + most);

  while (self->fed < until)
    {
      gsize n = MIN (block, until - self->fed);

      if (!vmc_recognizer_feed (self->rec, &g_array_index (self->samples, gint16, self->fed), n,
                                &self->error))
        {
          g_autoptr(GPtrArray) discard = vmc_recognizer_finish (self->rec, NULL);

          return fail (self, error);
        }
      self->fed += n;
    }
  if (self->caught_up_time == 0 && self->fed == self->samples->len)
    self->caught_up_time = g_get_monotonic_time ();
  return TRUE;
}

static gboolean
sink_begin (VmcAudioSink  *sink,
            GError       **error)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);

  give_back (self);
  g_array_set_size (self->samples, 0);
  self->fed = 0;
  self->failed = FALSE;
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  g_clear_error (&self->error);
  self->transcript_time = self->analysis_time = self->caught_up_time = 0;
  /* no waiting here: a model still loading is caught up with later */
  if ((self->rec = vmc_speech_service_try_acquire (self->service)))
    return start_recognizer (self, error);
  return TRUE;
}

static gboolean
sink_write (VmcAudioSink  *sink,
            const gint16  *samples,
            gsize          n,
            GError       **error)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);

  g_array_append_vals (self->samples, samples, n);
  if (self->rec == NULL && (self->rec = vmc_speech_service_try_acquire (self->service)) &&
      !start_recognizer (self, error))
    return FALSE;
  if (self->rec == NULL)
    return TRUE;
  return feed (self, n * (1 + CATCH_UP), error);
}

static char *
sink_get_partial (VmcAudioSink *sink)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);

  return self->rec ? vmc_recognizer_get_partial (self->rec) : NULL;
}

static gboolean
sink_end (VmcAudioSink  *sink,
          GError       **error)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);
  g_autoptr(GPtrArray) words = NULL;
  gsize n = self->samples->len;

  if (self->failed)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  /* ended before the model was there: wait for it now */
  if (self->rec == NULL)
    {
      g_autoptr(GError) local = NULL;

      if (!(self->rec = vmc_speech_service_acquire (self->service, NULL, &local)))
        {
          g_set_error (&self->error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_NO_MODEL,
                       _("The recording is kept, but it could not be transcribed: %s"),
                       local->message);
          return fail (self, error);
        }
      if (!start_recognizer (self, error))
        return FALSE;
    }
  if (!feed (self, G_MAXSIZE, error))
    return FALSE;
  if (!(words = vmc_recognizer_finish (self->rec, &self->error)))
    return fail (self, error);
  self->transcript_time = g_get_monotonic_time ();
  /* the first pass as heard: the analysis works on its own copy */
  self->words = g_ptr_array_ref (words);
  if (n < VMC_AUDIO_MIN_SECONDS * VMC_AUDIO_RATE)
    {
      g_set_error (&self->error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TOO_SHORT,
                   _("The recording is only %.1f s long, too short to hold a spoken message. "
                     "Record at least a few seconds."), (double)n / VMC_AUDIO_RATE);
      give_back (self);
      return TRUE;
    }
  self->analysis = vmc_analyze_heard (self->rec, (const gint16 *)self->samples->data, n, words,
                                      self->plan, &self->options);
  give_back (self);
  /* the samples themselves become the clip that is shown and played: no file read again */
  self->clip = vmc_audio_clip_new_take ((gint16 *)(void *)g_array_steal (self->samples, NULL), n, NULL);
  self->analysis_time = g_get_monotonic_time ();
  return TRUE;
}

static void
vmc_live_analysis_sink_init (VmcAudioSinkInterface *iface)
{
  iface->begin = sink_begin;
  iface->write = sink_write;
  iface->get_partial = sink_get_partial;
  iface->end = sink_end;
}

/**
 * vmc_live_analysis_new:
 * @service: lends the recognizer, now or once its model has loaded
 * @plan: (transfer full) (nullable): the rep's plan
 * @options: (nullable): the analysis options, defaults if %NULL
 */
VmcLiveAnalysis *
vmc_live_analysis_new (VmcSpeechService         *service,
                       VmcPlan                  *plan,
                       const VmcAnalysisOptions *options)
{
  VmcLiveAnalysis *self;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (service), NULL);

  self = g_object_new (VMC_TYPE_LIVE_ANALYSIS, NULL);
  self->service = g_object_ref (service);
  self->plan = plan;
  if (options)
    self->options = *options;
  else
    vmc_analysis_options_init (&self->options);
  return self;
}

/* Returns: (transfer none) (nullable) (element-type VmcWord): the transcript as heard live */
GPtrArray *
vmc_live_analysis_get_words (VmcLiveAnalysis *self)
{
  g_return_val_if_fail (VMC_IS_LIVE_ANALYSIS (self), NULL);

  return self->words;
}

/* Returns: (transfer none) (nullable): the analysis, once the recording ended; it does not
 * change: take a reference (vmc_analysis_ref()) to keep it */
VmcAnalysis *
vmc_live_analysis_get_analysis (VmcLiveAnalysis *self)
{
  g_return_val_if_fail (VMC_IS_LIVE_ANALYSIS (self), NULL);

  return self->analysis;
}

/* Returns: (transfer none) (nullable): the recording's samples and peaks, once analysed */
VmcAudioClip *
vmc_live_analysis_get_clip (VmcLiveAnalysis *self)
{
  g_return_val_if_fail (VMC_IS_LIVE_ANALYSIS (self), NULL);

  return self->clip;
}

/* Returns: (transfer none) (nullable): why there is no transcript or analysis */
const GError *
vmc_live_analysis_get_error (VmcLiveAnalysis *self)
{
  g_return_val_if_fail (VMC_IS_LIVE_ANALYSIS (self), NULL);

  return self->error;
}

/* When the final transcript was ready (g_get_monotonic_time()), 0 if never */
gint64
vmc_live_analysis_get_transcript_time (VmcLiveAnalysis *self)
{
  return self->transcript_time;
}

/* When the analysis was ready, 0 if never */
gint64
vmc_live_analysis_get_analysis_time (VmcLiveAnalysis *self)
{
  return self->analysis_time;
}

/* When the recognizer had heard everything recorded so far for the first time (it started
 * behind when the model was still loading), 0 if never */
gint64
vmc_live_analysis_get_caught_up_time (VmcLiveAnalysis *self)
{
  return self->caught_up_time;
}

static void
vmc_live_analysis_finalize (GObject *object)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (object);

  give_back (self);
  g_clear_object (&self->service);
  g_clear_pointer (&self->plan, vmc_plan_free);
  g_array_unref (self->samples);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (vmc_live_analysis_parent_class)->finalize (object);
}

static void
vmc_live_analysis_class_init (VmcLiveAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vmc_live_analysis_finalize;
}

static void
vmc_live_analysis_init (VmcLiveAnalysis *self)
{
  self->samples = g_array_new (FALSE, FALSE, sizeof (gint16));
}
