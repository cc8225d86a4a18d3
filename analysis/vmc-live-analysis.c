/* vmc-live-analysis.c: a recording transcribed while it is made, analysed when it ends
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A VmcAudioSink for the recorder: the samples go to the recognizer as they come (on the
 * recorder's worker thread), so when the recording stops only the last utterance is left
 * to decode; then the analysis runs on the whole recording (numbers decoded again, pitch,
 * elements, tips). Read the results on the main thread once the recorder has finished.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include "vmc-audio-reader.h"
#include "vmc-audio-sink.h"
#include "vmc-live-analysis.h"
#include "vmc-word.h"

struct _VmcLiveAnalysis
{
  GObject parent_instance;

  VmcRecognizer *rec;
  VmcPlan *plan;
  VmcAnalysisOptions options;
  GArray *samples;
  GPtrArray *words;
  VmcAnalysis *analysis;
  GError *error;
  gint64 transcript_time;
  gint64 analysis_time;
};

static void vmc_live_analysis_sink_init (VmcAudioSinkInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VmcLiveAnalysis, vmc_live_analysis, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (VMC_TYPE_AUDIO_SINK, vmc_live_analysis_sink_init))

static gboolean
sink_begin (VmcAudioSink  *sink,
            GError       **error)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);

  g_array_set_size (self->samples, 0);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  g_clear_error (&self->error);
  self->transcript_time = self->analysis_time = 0;
  /* heard as it comes: a microphone, wideband, its mean learnt as it goes */
  vmc_recognizer_set_recording (self->rec, NULL, 0);
  if (!vmc_analysis_prepare_recognizer (self->rec, self->plan, &self->error) ||
      !vmc_recognizer_start (self->rec, &self->error))
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
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
  if (!vmc_recognizer_feed (self->rec, samples, n, &self->error))
    {
      g_autoptr(GPtrArray) discard = vmc_recognizer_finish (self->rec, NULL);

      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  return TRUE;
}

static char *
sink_get_partial (VmcAudioSink *sink)
{
  return vmc_recognizer_get_partial (VMC_LIVE_ANALYSIS (sink)->rec);
}

static gboolean
sink_end (VmcAudioSink  *sink,
          GError       **error)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (sink);
  g_autoptr(GPtrArray) words = NULL;

  if (!(words = vmc_recognizer_finish (self->rec, &self->error)))
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  self->transcript_time = g_get_monotonic_time ();
  /* the first pass as heard: the analysis works on its own copy */
  self->words = g_ptr_array_ref (words);
  if (self->samples->len < VMC_AUDIO_MIN_SECONDS * VMC_AUDIO_RATE)
    {
      g_set_error (&self->error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TOO_SHORT,
                   "The recording is only %.1f s long, too short to hold a spoken message. "
                   "Record at least a few seconds.", (double)self->samples->len / VMC_AUDIO_RATE);
      return TRUE;
    }
  self->analysis = vmc_analyze_heard (self->rec, (const gint16 *)self->samples->data,
                                      self->samples->len, words, self->plan, &self->options);
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
 * @rec: the recognizer, used only by this until the recording ends
 * @plan: (transfer full) (nullable): the rep's plan
 * @options: (nullable): the analysis options, defaults if %NULL
 */
VmcLiveAnalysis *
vmc_live_analysis_new (VmcRecognizer            *rec,
                       VmcPlan                  *plan,
                       const VmcAnalysisOptions *options)
{
  VmcLiveAnalysis *self;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (rec), NULL);

  self = g_object_new (VMC_TYPE_LIVE_ANALYSIS, NULL);
  self->rec = g_object_ref (rec);
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
  return self->words;
}

/* Returns: (transfer none) (nullable): the analysis, once the recording ended; it does not
 * change: take a reference (vmc_analysis_ref()) to keep it */
VmcAnalysis *
vmc_live_analysis_get_analysis (VmcLiveAnalysis *self)
{
  return self->analysis;
}

/* Returns: (transfer none) (nullable): why there is no transcript or analysis */
const GError *
vmc_live_analysis_get_error (VmcLiveAnalysis *self)
{
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

static void
vmc_live_analysis_finalize (GObject *object)
{
  VmcLiveAnalysis *self = VMC_LIVE_ANALYSIS (object);

  g_clear_object (&self->rec);
  g_clear_pointer (&self->plan, vmc_plan_free);
  g_array_unref (self->samples);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
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
