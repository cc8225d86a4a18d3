/* vmc-speech-service.c: the speech model of the process, and analyses run in workers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading the model takes most of a second and 150 MB, and a recognizer (a pocketsphinx
 * decoder) is not safe to use from two threads at once. So one object owns the recognizers
 * of the process: it loads the first one in a worker, and lends each one to one user at a
 * time (vmc_speech_service_acquire() and _release(), from any thread). Up to
 * max-recognizers are made, one more each time every one is busy: the window needs one
 * (a recording, or a file, at a time); a batch import may ask for one per core.
 *
 * The voice heard (a learned voice's folder) is the service's: changing it drops the idle
 * recognizers at once and the busy ones as they come back, so no later job hears the old
 * voice. Jobs (GTask) are cancellable: a cancelled job returns G_IO_ERROR_CANCELLED at once
 * and its worker gives its recognizer back when the decoder next looks.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vmc-audio-reader.h"
#include "vmc-speech-service.h"

/* how often a worker waiting for a recognizer looks at its cancellable */
#define WAIT_POLL_US (100 * 1000)

struct _VmcSpeechService
{
  GObject parent_instance;

  GMutex lock;            /* everything below */
  char *model_dir;
  GCond changed;          /* a recognizer came back or was made, or a load failed */
  char *voice_dir;
  GStrv phrases;
  guint max;
  guint generation;       /* goes up with each change of voice */
  GQueue idle;            /* VmcRecognizer of this generation */
  GHashTable *lent;       /* VmcRecognizer -> its generation */
  guint count;            /* recognizers of this generation, idle or lent */
  gboolean making;        /* a recognizer is being made */
  gboolean voice_heard;   /* the recognizers made loaded the voice (one that fails to load
                           * is left out: the model's own means are used) */
  GError *load_error;     /* why the model did not load (cleared by a change of voice) */
};

G_DEFINE_FINAL_TYPE (VmcSpeechService, vmc_speech_service, G_TYPE_OBJECT)

static void
drop_idle_locked (VmcSpeechService *self,
                  GPtrArray        *dropped)
{
  VmcRecognizer *rec;

  while ((rec = g_queue_pop_head (&self->idle)))
    g_ptr_array_add (dropped, rec);
}

static void
vmc_speech_service_finalize (GObject *object)
{
  VmcSpeechService *self = VMC_SPEECH_SERVICE (object);

  /* a lent recognizer holds its own reference: it is dropped when it comes back */
  g_queue_clear_full (&self->idle, g_object_unref);
  g_hash_table_unref (self->lent);
  g_free (self->model_dir);
  g_free (self->voice_dir);
  g_strfreev (self->phrases);
  g_clear_error (&self->load_error);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->changed);
  G_OBJECT_CLASS (vmc_speech_service_parent_class)->finalize (object);
}

static void
vmc_speech_service_class_init (VmcSpeechServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vmc_speech_service_finalize;
}

static void
vmc_speech_service_init (VmcSpeechService *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->changed);
  g_queue_init (&self->idle);
  self->lent = g_hash_table_new (NULL, NULL);
  self->max = 1;
}

/**
 * vmc_speech_service_new:
 * @model_dir: (nullable): the speech model's folder, %NULL for the default
 *
 * A service of its own (the tests, a command with its own model); the window and the
 * command line use vmc_speech_service_get_default(). Nothing is loaded yet.
 */
VmcSpeechService *
vmc_speech_service_new (const char *model_dir)
{
  VmcSpeechService *self = g_object_new (VMC_TYPE_SPEECH_SERVICE, NULL);

  self->model_dir = g_strdup (model_dir);
  return self;
}

/**
 * vmc_speech_service_get_default:
 *
 * Returns: (transfer none): the process's speech service, made on first use
 */
VmcSpeechService *
vmc_speech_service_get_default (void)
{
  static VmcSpeechService *service;

  if (g_once_init_enter (&service))
    g_once_init_leave (&service, vmc_speech_service_new (NULL));
  return service;
}

/* A change that later recognizers must follow: the ones made so far are not used again */
static void
new_generation_locked (VmcSpeechService *self,
                       GPtrArray        *dropped)
{
  self->generation++;
  self->count = 0;
  g_clear_error (&self->load_error);
  drop_idle_locked (self, dropped);
  g_cond_broadcast (&self->changed);
}

/**
 * vmc_speech_service_set_voice:
 * @voice_dir: (nullable): the folder of a learned voice (VmcVoice's dir), %NULL for any voice
 *
 * Every recognition from now on hears this voice; a job running finishes with the old one.
 */
void
vmc_speech_service_set_voice (VmcSpeechService *self,
                              const char       *voice_dir)
{
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  g_mutex_lock (&self->lock);
  if (g_strcmp0 (self->voice_dir, voice_dir) != 0)
    {
      g_free (self->voice_dir);
      self->voice_dir = g_strdup (voice_dir);
      new_generation_locked (self, dropped);
    }
  g_mutex_unlock (&self->lock);
}

/**
 * vmc_speech_service_set_model_dir:
 * @model_dir: (nullable): the speech model's folder, %NULL for the default
 */
void
vmc_speech_service_set_model_dir (VmcSpeechService *self,
                                  const char       *model_dir)
{
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  g_mutex_lock (&self->lock);
  if (g_strcmp0 (self->model_dir, model_dir) != 0)
    {
      g_free (self->model_dir);
      self->model_dir = g_strdup (model_dir);
      new_generation_locked (self, dropped);
    }
  g_mutex_unlock (&self->lock);
}

/* Returns: (transfer full) (nullable): the folder of the voice heard */
char *
vmc_speech_service_dup_voice (VmcSpeechService *self)
{
  char *voice;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), NULL);

  g_mutex_lock (&self->lock);
  voice = g_strdup (self->voice_dir);
  g_mutex_unlock (&self->lock);
  return voice;
}

/**
 * vmc_speech_service_reload:
 *
 * The voice in use was learned again (its folder is the same, its means new): recognizers
 * are made anew.
 */
void
vmc_speech_service_reload (VmcSpeechService *self)
{
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  g_mutex_lock (&self->lock);
  new_generation_locked (self, dropped);
  g_mutex_unlock (&self->lock);
}

/**
 * vmc_speech_service_set_phrases:
 * @phrases: (nullable): phrases to expect from the start (a plan's name and company)
 *
 * Recognizers made from now on expect them (one search build instead of two when the first
 * plan is known before the model loads, as on the command line).
 */
void
vmc_speech_service_set_phrases (VmcSpeechService   *self,
                                const char * const *phrases)
{
  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  g_mutex_lock (&self->lock);
  g_strfreev (self->phrases);
  self->phrases = g_strdupv ((char **)phrases);
  g_mutex_unlock (&self->lock);
}

/**
 * vmc_speech_service_set_max_recognizers:
 * @n: how many recognizers may be lent at once (at least 1; each holds about 150 MB)
 */
void
vmc_speech_service_set_max_recognizers (VmcSpeechService *self,
                                        guint             n)
{
  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  g_mutex_lock (&self->lock);
  self->max = MAX (n, 1);
  g_cond_broadcast (&self->changed);
  g_mutex_unlock (&self->lock);
}

guint
vmc_speech_service_get_max_recognizers (VmcSpeechService *self)
{
  guint max;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), 1);

  g_mutex_lock (&self->lock);
  max = self->max;
  g_mutex_unlock (&self->lock);
  return max;
}

/* Returns: whether the recognizers made hear the voice set (FALSE when none is set, or it
 * could not be loaded) */
gboolean
vmc_speech_service_hears_voice (VmcSpeechService *self)
{
  gboolean heard;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), FALSE);

  g_mutex_lock (&self->lock);
  heard = self->count > 0 && self->voice_heard;
  g_mutex_unlock (&self->lock);
  return heard;
}

/* Returns: whether a recognizer of the voice in use has been made */
gboolean
vmc_speech_service_is_loaded (VmcSpeechService *self)
{
  gboolean loaded;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), FALSE);

  g_mutex_lock (&self->lock);
  loaded = self->count > 0;
  g_mutex_unlock (&self->lock);
  return loaded;
}

static VmcRecognizer *
lend_locked (VmcSpeechService *self,
             VmcRecognizer    *rec)
{
  g_hash_table_insert (self->lent, rec, GUINT_TO_POINTER (self->generation));
  return rec;
}

/**
 * vmc_speech_service_acquire:
 * @cancellable: (nullable): to stop waiting
 * @error: a #VMC_RECOGNIZER_ERROR when the model cannot be loaded, or %G_IO_ERROR_CANCELLED
 *
 * Lends a recognizer for the caller's use alone, loading one when none is there and
 * waiting while all are busy. It searches as the live pass does (vmc_recognizer_set_thorough()). Blocks: call it from a worker. Give it back with
 * vmc_speech_service_release().
 *
 * Returns: (transfer full): the recognizer, or %NULL
 */
VmcRecognizer *
vmc_speech_service_acquire (VmcSpeechService  *self,
                            GCancellable      *cancellable,
                            GError           **error)
{
  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), NULL);

  g_mutex_lock (&self->lock);
  for (;;)
    {
      VmcRecognizer *rec;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      if ((rec = g_queue_pop_head (&self->idle)))
        {
          lend_locked (self, rec);
          g_mutex_unlock (&self->lock);
          return rec;
        }
      if (self->load_error && self->count == 0)
        {
          g_propagate_error (error, g_error_copy (self->load_error));
          break;
        }
      if (!self->making && self->count < self->max)
        {
          g_autofree char *voice = g_strdup (self->voice_dir);
          g_autofree char *model_dir = g_strdup (self->model_dir);
          g_auto(GStrv) phrases = g_strdupv (self->phrases);
          guint generation = self->generation;
          g_autoptr(GError) local = NULL;

          self->making = TRUE;
          g_mutex_unlock (&self->lock);
          rec = vmc_recognizer_new_with_voice (model_dir, voice,
                                               (const char * const *)phrases, &local);
          g_mutex_lock (&self->lock);
          self->making = FALSE;
          g_cond_broadcast (&self->changed);
          if (generation != self->generation)
            {
              /* the voice changed while it loaded: made again with the new one */
              g_clear_object (&rec);
              continue;
            }
          if (rec == NULL)
            {
              g_clear_error (&self->load_error);
              self->load_error = g_error_copy (local);
              g_propagate_error (error, g_steal_pointer (&local));
              break;
            }
          self->count++;
          self->voice_heard = vmc_recognizer_get_voice (rec) != NULL;
          lend_locked (self, rec);
          g_mutex_unlock (&self->lock);
          return rec;
        }
      g_cond_wait_until (&self->changed, &self->lock, g_get_monotonic_time () + WAIT_POLL_US);
    }
  g_mutex_unlock (&self->lock);
  return NULL;
}

/**
 * vmc_speech_service_try_acquire:
 *
 * Lends a recognizer that is loaded and free now, without waiting or loading one.
 *
 * Returns: (transfer full) (nullable): the recognizer, or %NULL
 */
VmcRecognizer *
vmc_speech_service_try_acquire (VmcSpeechService *self)
{
  VmcRecognizer *rec;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), NULL);

  g_mutex_lock (&self->lock);
  if ((rec = g_queue_pop_head (&self->idle)))
    lend_locked (self, rec);
  g_mutex_unlock (&self->lock);
  return rec;
}

/**
 * vmc_speech_service_release:
 * @rec: (transfer full): a recognizer vmc_speech_service_acquire() lent, not running
 *
 * Gives it back for the next job (or drops it when the voice changed meanwhile).
 */
void
vmc_speech_service_release (VmcSpeechService *self,
                            VmcRecognizer    *rec)
{
  gpointer generation;

  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));
  g_return_if_fail (VMC_IS_RECOGNIZER (rec));

  vmc_recognizer_set_cancellable (rec, NULL);
  /* lent next in the live pass's mode, the one a recording needs */
  vmc_recognizer_set_thorough (rec, FALSE);
  g_mutex_lock (&self->lock);
  if (!g_hash_table_steal_extended (self->lent, rec, NULL, &generation))
    g_critical ("%s: a recognizer the service did not lend", G_STRFUNC);
  else if (GPOINTER_TO_UINT (generation) == self->generation)
    {
      g_queue_push_tail (&self->idle, g_steal_pointer (&rec));
      g_cond_broadcast (&self->changed);
    }
  g_mutex_unlock (&self->lock);
  g_clear_object (&rec);
}

/**
 * vmc_speech_service_load:
 * @error: a #VMC_RECOGNIZER_ERROR that says what to reinstall
 *
 * Makes sure a recognizer of the voice in use is loaded. Blocks.
 */
gboolean
vmc_speech_service_load (VmcSpeechService  *self,
                         GCancellable      *cancellable,
                         GError           **error)
{
  VmcRecognizer *rec;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), FALSE);

  if (!(rec = vmc_speech_service_acquire (self, cancellable, error)))
    return FALSE;
  vmc_speech_service_release (self, rec);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (vmc_speech_service_load (source, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * vmc_speech_service_load_async:
 *
 * Loads the model in a worker (see vmc_speech_service_load()).
 */
void
vmc_speech_service_load_async (VmcSpeechService    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, vmc_speech_service_load_async);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
vmc_speech_service_load_finish (VmcSpeechService  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * vmc_speech_service_analyze:
 * @clip: the recording
 * @plan: (nullable): the rep's plan
 * @options: (nullable): the analysis options
 * @cancellable: (nullable): stops waiting for a recognizer, and the first pass
 *
 * Analyses a recording with a recognizer of its own. Blocks: call it from a worker (or a
 * command-line program).
 *
 * Returns: (transfer full): the analysis (its file is the clip's), or %NULL
 */
VmcAnalysis *
vmc_speech_service_analyze (VmcSpeechService          *self,
                            VmcAudioClip              *clip,
                            const VmcPlan             *plan,
                            const VmcAnalysisOptions  *options,
                            GCancellable              *cancellable,
                            GError                   **error)
{
  VmcRecognizer *rec;
  const gint16 *samples;
  gsize n = 0;
  g_autoptr(VmcAnalysis) analysis = NULL;

  g_return_val_if_fail (VMC_IS_SPEECH_SERVICE (self), NULL);
  g_return_val_if_fail (clip != NULL, NULL);

  samples = vmc_audio_clip_get_samples (clip, &n);
  if (n < VMC_AUDIO_MIN_SECONDS * VMC_AUDIO_RATE)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TOO_SHORT,
                   _("The recording is only %.1f s long, too short to hold a spoken message. "
                     "Record at least a few seconds."), (double)n / VMC_AUDIO_RATE);
      return NULL;
    }
  if (!(rec = vmc_speech_service_acquire (self, cancellable, error)))
    return NULL;
  vmc_recognizer_set_cancellable (rec, cancellable);
  analysis = vmc_analyze_samples (rec, samples, n, plan, options, error);
  vmc_speech_service_release (self, rec);
  if (analysis == NULL || vmc_audio_clip_get_path (clip) == NULL)
    return g_steal_pointer (&analysis);
  return vmc_analysis_with_file (analysis, vmc_audio_clip_get_path (clip));
}

/* A file or a clip to analyse in a worker: a file is read there first */
typedef struct
{
  char *path;           /* or NULL: the clip is given */
  VmcPlan *plan;
  VmcAnalysisOptions options;
  VmcAudioClip *clip;   /* the one given, or the file's as read */
} Job;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_clear_pointer (&job->plan, vmc_plan_free);
  g_clear_pointer (&job->clip, vmc_audio_clip_unref);
  g_free (job);
}

static void
analyze_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  GError *error = NULL;
  VmcAnalysis *analysis;

  /* read once: the same samples for the analysis, the waveform and the player */
  if ((job->clip == NULL && !(job->clip = vmc_audio_clip_load (job->path, cancellable, &error))) ||
      !(analysis = vmc_speech_service_analyze (source, job->clip, job->plan, &job->options,
                                               cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, analysis, (GDestroyNotify)vmc_analysis_unref);
}

/* Runs a job of @path or @clip in a worker, its task tagged with @tag */
static void
analyze_async (VmcSpeechService          *self,
               const char                *path,
               VmcAudioClip              *clip,
               const VmcPlan             *plan,
               const VmcAnalysisOptions  *options,
               gpointer                   tag,
               GCancellable              *cancellable,
               GAsyncReadyCallback        callback,
               gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->path = g_strdup (path);
  job->clip = clip ? vmc_audio_clip_ref (clip) : NULL;
  job->plan = plan ? vmc_plan_copy (plan) : NULL;
  if (options)
    job->options = *options;
  else
    vmc_analysis_options_init (&job->options);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, analyze_thread);
}

/**
 * vmc_speech_service_analyze_file_async:
 * @path: an audio file
 * @plan: (nullable): the rep's plan (copied)
 * @options: (nullable): the analysis options (copied)
 * @cancellable: (nullable): to drop the job: it then ends at once with %G_IO_ERROR_CANCELLED
 *
 * Reads the file once and analyses it, in a worker.
 */
void
vmc_speech_service_analyze_file_async (VmcSpeechService          *self,
                                       const char                *path,
                                       const VmcPlan             *plan,
                                       const VmcAnalysisOptions  *options,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));
  g_return_if_fail (path != NULL);

  analyze_async (self, path, NULL, plan, options, vmc_speech_service_analyze_file_async,
                 cancellable, callback, user_data);
}

/**
 * vmc_speech_service_analyze_clip_async:
 * @clip: a recording already read or made (a live recording once it has ended)
 * @plan: (nullable): the rep's plan (copied)
 * @options: (nullable): the analysis options (copied); with options->thorough the
 *   recording is heard with the thorough pass (a refine pass), else as a file is
 * @cancellable: (nullable): to drop the job: it then ends at once with %G_IO_ERROR_CANCELLED,
 *   and its worker gives the recognizer back at the decoder's next block
 *
 * Analyses @clip in a worker. After a live recording, its result (heard by the live pass) is
 * there at Stop; this hears the same samples again thoroughly, for a better transcript a few
 * seconds later: a 30 s message takes about 30 s times the CPU per second of audio of the
 * thorough pass and the live pass together (the thorough analysis keeps the live pass's
 * numbers: see the README). It holds one of the service's recognizers meanwhile: cancel it when a
 * new recording starts, so that the recording has the recognizer.
 */
void
vmc_speech_service_analyze_clip_async (VmcSpeechService          *self,
                                       VmcAudioClip              *clip,
                                       const VmcPlan             *plan,
                                       const VmcAnalysisOptions  *options,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  g_return_if_fail (VMC_IS_SPEECH_SERVICE (self));
  g_return_if_fail (clip != NULL);

  analyze_async (self, NULL, clip, plan, options, vmc_speech_service_analyze_clip_async,
                 cancellable, callback, user_data);
}

/**
 * vmc_speech_service_analyze_clip_finish:
 *
 * Returns: (transfer full): the analysis (its file is the clip's, if it has one), or %NULL
 */
VmcAnalysis *
vmc_speech_service_analyze_clip_finish (VmcSpeechService  *self,
                                        GAsyncResult      *result,
                                        GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == vmc_speech_service_analyze_clip_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * vmc_speech_service_analyze_file_finish:
 * @clip: (out) (optional) (transfer full): the recording as read, for the waveform and
 *   the player
 *
 * Returns: (transfer full): the analysis, or %NULL
 */
VmcAnalysis *
vmc_speech_service_analyze_file_finish (VmcSpeechService  *self,
                                        GAsyncResult      *result,
                                        VmcAudioClip     **clip,
                                        GError           **error)
{
  VmcAnalysis *analysis;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!(analysis = g_task_propagate_pointer (G_TASK (result), error)))
    return NULL;
  if (clip)
    {
      Job *job = g_task_get_task_data (G_TASK (result));

      *clip = job->clip ? vmc_audio_clip_ref (job->clip) : NULL;
    }
  return analysis;
}
