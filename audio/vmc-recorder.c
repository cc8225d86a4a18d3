/* vmc-recorder.c: recording from a microphone, to a file and a live consumer, with levels
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three threads take part:
 *  - PortAudio's callback only copies the samples into a lock-free ring (VmcRing) and counts
 *    input overflows: no allocation, lock, logging or GLib call there.
 *  - The worker thread drains the ring every 10 ms: it converts the samples to 16 kHz mono,
 *    appends them to the file (VmcWavWriter: valid on disk at every moment), feeds the sink
 *    (the live recognizer), and computes peak and RMS per 20 ms block.
 *  - The main context (the one start() was called on) gets what the screen needs: levels,
 *    elapsed time, the partial transcript, counts; the worker posts them there, coalesced
 *    (one pending dispatch at a time), and never touches anything else of the main thread.
 * A stream that stops delivering (a sound server that froze, an input overrun PortAudio's ALSA
 * back end does not recover from) is started again once by the worker before the device is
 * taken for gone.
 * The recording ends on stop(), or by itself when the device goes away or the disk fills up;
 * either way the file is finished (nothing recorded is lost), the sink is ended, and
 * ::finished tells the path and the error.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <math.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <samplerate.h>

#include "vmc-audio-reader.h"
#include "vmc-portaudio-private.h"
#include "vmc-recorder.h"
#include "vmc-audio-enums.h"
#include "vmc-ring.h"
#include "vmc-wav-writer.h"

/* the ring holds this many seconds at the device's rate: the worker may stall that long */
#define RING_SECONDS 8
/* samples the worker takes from the ring at once */
#define CHUNK 8192
/* the worker wakes this often */
#define POLL_US 10000
/* a device that delivered samples and then none for this long is started again; if it still
 * sends nothing for as long after that, it is gone */
#define WATCHDOG_US (4 * G_USEC_PER_SEC)
/* the partial transcript is asked for after this many samples */
#define PARTIAL_EVERY (VMC_AUDIO_RATE / 4)

struct _VmcRecorder
{
  GObject parent_instance;

  char *device_id;
  VmcAudioSink *sink;
  VmcRecorderState state;
  char *path;
  GMainContext *context;

  /* as the main thread sees it */
  double elapsed;
  char *partial;
  guint overflows;
  double dropped_seconds;
  double worker_cpu;
  int device_rate;
  int channels;

  /* the stream */
  PaStream *stream;
  GMutex stream_lock;              /* held by whoever stops or restarts the running stream */
  gboolean pa_acquired;
  VmcRing *ring;
  gint16 *scratch;                 /* the callback's buffer for mixing stereo to mono */
  atomic_uint overflow_count;
  atomic_int stream_ended;
  atomic_int stop_requested;

  /* the worker */
  GThread *worker;
  VmcWavWriter *writer;
  SRC_STATE *src;                  /* device rate to 16 kHz, made by start(); NULL at 16 kHz */
  GMutex wake_lock;
  GCond wake;

  /* posted by the worker, taken by the main context */
  GMutex pending_lock;
  gboolean pending_scheduled;
  GArray *pending_peaks;
  GArray *pending_rms;
  double pending_elapsed;
  char *pending_partial;
  double pending_cpu;
  gboolean pending_finished;
  GError *pending_error;
};

G_DEFINE_FINAL_TYPE (VmcRecorder, vmc_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_ELAPSED,
  PROP_PARTIAL,
  PROP_OVERFLOWS,
  PROP_DROPPED_SECONDS,
  PROP_PATH,
  PROP_DEVICE,
  N_PROPS
};

enum {
  SIGNAL_LEVELS,
  SIGNAL_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- PortAudio's thread: copy, count, nothing else ---- */

static int
on_input (const void                      *input,
          void                            *output,
          unsigned long                    frames,
          const PaStreamCallbackTimeInfo  *time_info,
          PaStreamCallbackFlags            flags,
          void                            *data)
{
  VmcRecorder *self = data;

  if (flags & paInputOverflow)
    atomic_fetch_add_explicit (&self->overflow_count, 1, memory_order_relaxed);
  if (input == NULL)
    return paContinue;
  if (self->channels == 1)
    {
      vmc_ring_write (self->ring, input, frames);
      return paContinue;
    }
  /* stereo only: mixed to mono in the buffer allocated before the stream started */
  for (unsigned long done = 0; done < frames;)
    {
      const gint16 *in = (const gint16 *)input + done * 2;
      unsigned long n = MIN (frames - done, CHUNK);

      for (unsigned long i = 0; i < n; i++)
        self->scratch[i] = (gint16)(((int)in[2 * i] + in[2 * i + 1]) / 2);
      vmc_ring_write (self->ring, self->scratch, n);
      done += n;
    }
  return paContinue;
}

static void
on_stream_finished (void *data)
{
  VmcRecorder *self = data;

  atomic_store (&self->stream_ended, 1);
}

/* ---- the worker ---- */

static gboolean deliver (gpointer data);

static void
post (VmcRecorder *self,
      GArray      *peaks,
      GArray      *rms,
      double       elapsed,
      char        *partial,
      double       cpu,
      gboolean     finished,
      GError      *error)
{
  g_mutex_lock (&self->pending_lock);
  if (peaks && peaks->len)
    {
      g_array_append_vals (self->pending_peaks, peaks->data, peaks->len);
      g_array_append_vals (self->pending_rms, rms->data, rms->len);
      g_array_set_size (peaks, 0);
      g_array_set_size (rms, 0);
    }
  self->pending_elapsed = elapsed;
  self->pending_cpu = cpu;
  if (partial)
    {
      g_free (self->pending_partial);
      self->pending_partial = partial;
    }
  if (finished)
    {
      self->pending_finished = TRUE;
      self->pending_error = error;
    }
  if (!self->pending_scheduled)
    {
      self->pending_scheduled = TRUE;
      g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, deliver,
                                  g_object_ref (self), g_object_unref);
    }
  g_mutex_unlock (&self->pending_lock);
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Samples at the device's rate to 16 kHz; returns how many came out */
static gsize
convert (SRC_STATE    *src,
         double        ratio,
         const gint16 *in,
         gsize         n,
         gboolean      last,
         float        *fin,
         float        *fout,
         gint16       *out,
         gsize         out_size)
{
  SRC_DATA d = { 0 };

  src_short_to_float_array (in, fin, n);
  d.data_in = fin;
  d.input_frames = n;
  d.data_out = fout;
  d.output_frames = out_size;
  d.src_ratio = ratio;
  d.end_of_input = last;
  if (src_process (src, &d) != 0)
    return 0;
  src_float_to_short_array (fout, out, d.output_frames_gen);
  return d.output_frames_gen;
}

/* The worker's: the stream sent nothing for WATCHDOG_US. Stopped and started again, unless
 * the recording is being stopped (then it is left stopped, as stop() would have left it).
 * Returns FALSE when it could not be started. */
static gboolean
restart_stream (VmcRecorder *self)
{
  PaError err = paNoError;

  g_mutex_lock (&self->stream_lock);
  Pa_AbortStream (self->stream);
  atomic_store (&self->stream_ended, 0);   /* aborting ended it */
  if (!atomic_load (&self->stop_requested))
    err = Pa_StartStream (self->stream);
  g_mutex_unlock (&self->stream_lock);
  if (err != paNoError)
    g_message ("The microphone could not be started again: %s", Pa_GetErrorText (err));
  return err == paNoError;
}

static gpointer
worker_main (gpointer data)
{
  VmcRecorder *self = data;
  g_autofree gint16 *in = g_new (gint16, CHUNK);
  g_autofree gint16 *out = g_new (gint16, CHUNK);
  g_autofree float *fin = NULL, *fout = NULL;
  g_autoptr(GArray) peaks = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GArray) rms = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(GError) sink_error = NULL;
  GError *error = NULL;
  SRC_STATE *src = g_steal_pointer (&self->src);
  double ratio = (double)VMC_AUDIO_RATE / self->device_rate;
  gboolean sink_ok = self->sink != NULL;
  guint64 frames = 0, next_partial = PARTIAL_EVERY;
  gint64 last_data = 0;
  gboolean restarted = FALSE;   /* in this silence of the device */
  float block_peak = 0.0f;
  double block_sum = 0.0;
  guint block_n = 0;

  if (src)
    {
      fin = g_new (float, CHUNK);
      fout = g_new (float, CHUNK);
    }
  if (sink_ok && !(sink_ok = vmc_audio_sink_begin (self->sink, &sink_error)))
    g_warning ("The live transcript is off: %s", sink_error->message);

  for (;;)
    {
      /* looked at before reading: once stopping, every sample is already in the ring */
      gboolean stopping = atomic_load (&self->stop_requested) || atomic_load (&self->stream_ended);
      gsize n = vmc_ring_read (self->ring, in, src ? (gsize)(CHUNK * MIN (1.0, 1.0 / ratio) / 2) : CHUNK);
      const gint16 *s = in;
      gsize m = n;

      if (n == 0 && !(stopping && src))
        {
          if (stopping)
            break;
          if (last_data && g_get_monotonic_time () - last_data > WATCHDOG_US)
            {
              /* no sample for seconds: started again once, then the device is gone */
              if (restarted || !restart_stream (self))
                break;
              g_message ("The microphone sent nothing for %.1f s after %.1f s of recording; it "
                         "was started again", (g_get_monotonic_time () - last_data) / 1e6,
                         (double)frames / VMC_AUDIO_RATE);
              restarted = TRUE;
              last_data = g_get_monotonic_time ();
              continue;
            }
          g_mutex_lock (&self->wake_lock);
          if (!atomic_load (&self->stop_requested))
            g_cond_wait_until (&self->wake, &self->wake_lock, g_get_monotonic_time () + POLL_US);
          g_mutex_unlock (&self->wake_lock);
          continue;
        }
      if (n)
        {
          last_data = g_get_monotonic_time ();
          restarted = FALSE;
        }
      if (src)
        {
          m = convert (src, ratio, in, n, n == 0, fin, fout, out, CHUNK);
          s = out;
        }
      if (m && !vmc_wav_writer_write (self->writer, s, m, &error))
        break;   /* the disk is full: what was written is kept */
      if (m && sink_ok && !(sink_ok = vmc_audio_sink_write (self->sink, s, m, &sink_error)))
        g_warning ("The live transcript stopped: %s", sink_error->message);
      for (gsize i = 0; i < m; i++)
        {
          float v = fabsf (s[i] / 32768.0f);

          block_peak = MAX (block_peak, v);
          block_sum += (double)v * v;
          if (++block_n == VMC_RECORDER_BLOCK)
            {
              float r = (float)sqrt (block_sum / block_n);

              g_array_append_val (peaks, block_peak);
              g_array_append_val (rms, r);
              block_peak = 0.0f;
              block_sum = 0.0;
              block_n = 0;
            }
        }
      frames += m;
      {
        char *partial = NULL;

        if (frames >= next_partial && sink_ok)
          {
            partial = vmc_audio_sink_get_partial (self->sink);
            next_partial = frames + PARTIAL_EVERY;
          }
        post (self, peaks, rms, (double)frames / VMC_AUDIO_RATE, partial, thread_cpu_seconds (),
              FALSE, NULL);
      }
      if (src && n == 0)
        break;   /* the resampler's tail is out */
    }

  if (error == NULL && !atomic_load (&self->stop_requested))
    g_set_error (&error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DEVICE_LOST,
                 _("The microphone stopped sending sound after %.1f s (was it unplugged?). The "
                 "recording up to then is kept."), (double)frames / VMC_AUDIO_RATE);
  if (sink_ok && !vmc_audio_sink_end (self->sink, &sink_error))
    g_warning ("The transcript could not be finished: %s", sink_error->message);
  {
    g_autoptr(GError) finish_error = NULL;

    if (!vmc_wav_writer_finish (self->writer, &finish_error) && error == NULL)
      error = g_steal_pointer (&finish_error);
  }
  if (src)
    src_delete (src);
  post (self, peaks, rms, (double)frames / VMC_AUDIO_RATE, NULL, thread_cpu_seconds (), TRUE, error);
  return NULL;
}

/* ---- the main context ---- */

static void
close_stream (VmcRecorder *self)
{
  vmc_portaudio_close (&self->stream, &self->pa_acquired);
}

static void
set_state (VmcRecorder      *self,
           VmcRecorderState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static gboolean
deliver (gpointer data)
{
  VmcRecorder *self = data;
  g_autoptr(GArray) peaks = NULL, rms = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(GError) error = NULL;
  gboolean finished;
  double elapsed;
  guint overflows;
  double dropped;

  g_mutex_lock (&self->pending_lock);
  peaks = g_steal_pointer (&self->pending_peaks);
  rms = g_steal_pointer (&self->pending_rms);
  self->pending_peaks = g_array_new (FALSE, FALSE, sizeof (float));
  self->pending_rms = g_array_new (FALSE, FALSE, sizeof (float));
  partial = g_steal_pointer (&self->pending_partial);
  elapsed = self->pending_elapsed;
  self->worker_cpu = self->pending_cpu;
  finished = self->pending_finished;
  error = g_steal_pointer (&self->pending_error);
  self->pending_finished = FALSE;
  self->pending_scheduled = FALSE;
  g_mutex_unlock (&self->pending_lock);

  g_object_freeze_notify (G_OBJECT (self));
  if (peaks->len)
    g_signal_emit (self, signals[SIGNAL_LEVELS], 0, peaks->data, rms->data, peaks->len);
  if (elapsed != self->elapsed)
    {
      self->elapsed = elapsed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED]);
    }
  if (partial && g_strcmp0 (partial, self->partial) != 0)
    {
      g_free (self->partial);
      self->partial = g_steal_pointer (&partial);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIAL]);
    }
  overflows = atomic_load (&self->overflow_count);
  if (overflows != self->overflows)
    {
      self->overflows = overflows;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERFLOWS]);
    }
  dropped = self->ring ? (double)vmc_ring_get_dropped (self->ring) / self->device_rate : 0.0;
  if (dropped != self->dropped_seconds)
    {
      self->dropped_seconds = dropped;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DROPPED_SECONDS]);
    }
  if (finished)
    {
      g_thread_join (g_steal_pointer (&self->worker));
      close_stream (self);
      g_clear_pointer (&self->writer, vmc_wav_writer_free);
      set_state (self, VMC_RECORDER_IDLE);
    }
  g_object_thaw_notify (G_OBJECT (self));
  if (finished)
    {
      if (error)
        g_debug ("recording ended: %s", error->message);
      g_signal_emit (self, signals[SIGNAL_FINISHED], 0, self->path, error);
      g_object_unref (self);   /* the worker's */
    }
  return G_SOURCE_REMOVE;
}

/* Opens the input at 16 kHz if the device can, else at a rate it takes (converted later) */
static gboolean
open_stream (VmcRecorder    *self,
             PaDeviceIndex   device,
             GError        **error)
{
  const PaDeviceInfo *info = Pa_GetDeviceInfo (device);
  double rates[] = { VMC_AUDIO_RATE, info->defaultSampleRate, 48000, 44100, 32000, 22050, 8000 };
  g_autoptr(GString) tried = g_string_new (NULL);

  for (int channels = 1; channels <= MIN (2, info->maxInputChannels); channels++)
    for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
      {
        PaStreamParameters params = {
          .device = device,
          .channelCount = channels,
          .sampleFormat = paInt16,
          .suggestedLatency = info->defaultHighInputLatency,
        };
        PaError err;

        if (rates[i] <= 0 || (i > 0 && rates[i] == rates[0]) || (i > 1 && rates[i] == rates[1]))
          continue;
        if (channels == 1)
          g_string_append_printf (tried, "%s%g", tried->len ? ", " : "", rates[i]);
        if (Pa_IsFormatSupported (&params, NULL, rates[i]) != paFormatIsSupported)
          continue;
        self->channels = channels;
        err = Pa_OpenStream (&self->stream, &params, NULL, rates[i], paFramesPerBufferUnspecified,
                             paNoFlag, on_input, self);
        if (err == paNoError)
          {
            self->device_rate = (int)rates[i];
            return TRUE;
          }
        self->stream = NULL;
        if (err != paInvalidSampleRate && err != paInvalidChannelCount &&
            err != paSampleFormatNotSupported)
          {
            vmc_portaudio_set_error (error, err, _("open the microphone"));
            return FALSE;
          }
      }
  g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_RATE_UNSUPPORTED,
               _("The microphone “%s” records at none of the rates Voicemail Coach can use "
               "(tried %s Hz). Pick another device."), info->name, tried->str);
  return FALSE;
}

/**
 * vmc_recorder_start:
 * @path: the file to record to (a WAV; written as @path.part until finished)
 *
 * Starts recording from the chosen device. Device, rate and file errors come back here
 * (#VMC_AUDIO_ERROR); later ones (the device gone, the disk full) end the recording and come
 * with ::finished.
 */
gboolean
vmc_recorder_start (VmcRecorder  *self,
                    const char   *path,
                    GError      **error)
{
  PaDeviceIndex device;
  PaError err;

  g_return_val_if_fail (VMC_IS_RECORDER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->state != VMC_RECORDER_IDLE)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("A recording is already running; stop it first."));
      return FALSE;
    }
  if (!vmc_portaudio_acquire (error))
    return FALSE;
  self->pa_acquired = TRUE;
  if ((device = vmc_portaudio_find_device (self->device_id, TRUE, error)) == paNoDevice ||
      !open_stream (self, device, error))
    {
      close_stream (self);
      return FALSE;
    }
  /* a microphone that records at another rate is converted to 16 kHz: without the converter
   * its samples would be written as if they were 16 kHz */
  g_clear_pointer (&self->src, src_delete);
  if (self->device_rate != VMC_AUDIO_RATE)
    {
      int src_err = 0;

      if (!(self->src = src_new (SRC_SINC_FASTEST, 1, &src_err)))
        {
          g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_RATE_UNSUPPORTED,
                       _("The microphone records at %d Hz, and its sound could not be converted "
                         "to 16 kHz (%s). Set the microphone to 16 kHz in Settings → Sound, or "
                         "pick another one."), self->device_rate, src_strerror (src_err));
          close_stream (self);
          return FALSE;
        }
    }
  if (!(self->writer = vmc_wav_writer_new (path, VMC_AUDIO_RATE, error)))
    {
      g_clear_pointer (&self->src, src_delete);
      close_stream (self);
      return FALSE;
    }
  g_clear_pointer (&self->ring, vmc_ring_free);
  self->ring = vmc_ring_new ((gsize)self->device_rate * RING_SECONDS);
  g_clear_pointer (&self->scratch, g_free);
  self->scratch = g_new (gint16, CHUNK);
  atomic_store (&self->overflow_count, 0);
  atomic_store (&self->stream_ended, 0);
  atomic_store (&self->stop_requested, 0);
  g_free (self->path);
  self->path = g_strdup (path);
  g_clear_pointer (&self->partial, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
  self->elapsed = 0.0;
  self->overflows = 0;
  self->dropped_seconds = 0.0;
  self->worker_cpu = 0.0;
  Pa_SetStreamFinishedCallback (self->stream, on_stream_finished);
  if ((err = Pa_StartStream (self->stream)) != paNoError)
    {
      vmc_portaudio_set_error (error, err, _("start the microphone"));
      close_stream (self);
      g_clear_pointer (&self->src, src_delete);
      vmc_wav_writer_finish (self->writer, NULL);
      g_clear_pointer (&self->writer, vmc_wav_writer_free);
      g_unlink (path);
      return FALSE;
    }
  self->worker = g_thread_new ("vmc-recorder", worker_main, g_object_ref (self));
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIAL]);
  set_state (self, VMC_RECORDER_RECORDING);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

/**
 * vmc_recorder_stop:
 *
 * Ends the recording: the samples still on their way are written and transcribed, then
 * ::finished is emitted on the main context.
 */
void
vmc_recorder_stop (VmcRecorder *self)
{
  g_return_if_fail (VMC_IS_RECORDER (self));

  if (self->state != VMC_RECORDER_RECORDING)
    return;
  /* every sample PortAudio has is in the ring once this returns; while the worker is starting
   * a silent stream again (which waits on a frozen sound server), it stops it instead, and
   * the window is not kept waiting */
  if (self->stream && g_mutex_trylock (&self->stream_lock))
    {
      Pa_StopStream (self->stream);
      atomic_store (&self->stop_requested, 1);
      g_mutex_unlock (&self->stream_lock);
    }
  g_mutex_lock (&self->wake_lock);
  atomic_store (&self->stop_requested, 1);
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->wake_lock);
  set_state (self, VMC_RECORDER_STOPPING);
}

void
vmc_recorder_set_device (VmcRecorder *self,
                         const char  *device_id)
{
  g_return_if_fail (VMC_IS_RECORDER (self));

  if (g_strcmp0 (self->device_id, device_id) == 0)
    return;
  g_free (self->device_id);
  self->device_id = g_strdup (device_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEVICE]);
}

/* Returns: (nullable): the device chosen, %NULL for the default one */
const char *
vmc_recorder_get_device (VmcRecorder *self)
{
  return self->device_id;
}

/**
 * vmc_recorder_set_sink:
 * @sink: (nullable): what the samples go to as they come (a live recognizer), used on the
 *   worker thread between start and ::finished
 */
void
vmc_recorder_set_sink (VmcRecorder  *self,
                       VmcAudioSink *sink)
{
  g_return_if_fail (VMC_IS_RECORDER (self));
  g_return_if_fail (self->state == VMC_RECORDER_IDLE);

  g_set_object (&self->sink, sink);
}

VmcRecorderState
vmc_recorder_get_state (VmcRecorder *self)
{
  return self->state;
}

/* Seconds recorded, counted in samples (not by the clock) */
double
vmc_recorder_get_elapsed (VmcRecorder *self)
{
  return self->elapsed;
}

const char *
vmc_recorder_get_path (VmcRecorder *self)
{
  return self->path;
}

const char *
vmc_recorder_get_partial (VmcRecorder *self)
{
  return self->partial;
}

int
vmc_recorder_get_device_rate (VmcRecorder *self)
{
  return self->device_rate;
}

/* Times PortAudio reported an input overflow (samples lost before they reached us) */
guint
vmc_recorder_get_overflows (VmcRecorder *self)
{
  return self->overflows;
}

/* Audio the ring had no room for (the worker fell behind) */
double
vmc_recorder_get_dropped_seconds (VmcRecorder *self)
{
  return self->dropped_seconds;
}

/* CPU time the worker (capture, file, live recognition) has used */
double
vmc_recorder_get_worker_cpu_seconds (VmcRecorder *self)
{
  return self->worker_cpu;
}

static void
vmc_recorder_dispose (GObject *object)
{
  VmcRecorder *self = VMC_RECORDER (object);

  /* the worker holds a reference until ::finished: nothing runs here */
  close_stream (self);
  g_clear_object (&self->sink);
  G_OBJECT_CLASS (vmc_recorder_parent_class)->dispose (object);
}

static void
vmc_recorder_finalize (GObject *object)
{
  VmcRecorder *self = VMC_RECORDER (object);

  g_free (self->device_id);
  g_free (self->path);
  g_free (self->partial);
  g_free (self->scratch);
  g_clear_pointer (&self->ring, vmc_ring_free);
  g_clear_pointer (&self->writer, vmc_wav_writer_free);
  g_clear_pointer (&self->src, src_delete);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_array_unref (self->pending_peaks);
  g_array_unref (self->pending_rms);
  g_free (self->pending_partial);
  g_clear_error (&self->pending_error);
  g_mutex_clear (&self->wake_lock);
  g_mutex_clear (&self->stream_lock);
  g_mutex_clear (&self->pending_lock);
  g_cond_clear (&self->wake);
  G_OBJECT_CLASS (vmc_recorder_parent_class)->finalize (object);
}

static void
vmc_recorder_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VmcRecorder *self = VMC_RECORDER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ELAPSED:
      g_value_set_double (value, self->elapsed);
      break;
    case PROP_PARTIAL:
      g_value_set_string (value, self->partial);
      break;
    case PROP_OVERFLOWS:
      g_value_set_uint (value, self->overflows);
      break;
    case PROP_DROPPED_SECONDS:
      g_value_set_double (value, self->dropped_seconds);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_DEVICE:
      g_value_set_string (value, self->device_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_recorder_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VmcRecorder *self = VMC_RECORDER (object);

  switch (prop_id)
    {
    case PROP_DEVICE:
      vmc_recorder_set_device (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_recorder_class_init (VmcRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vmc_recorder_dispose;
  object_class->finalize = vmc_recorder_finalize;
  object_class->get_property = vmc_recorder_get_property;
  object_class->set_property = vmc_recorder_set_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, VMC_TYPE_RECORDER_STATE, VMC_RECORDER_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ELAPSED] =
    g_param_spec_double ("elapsed", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTIAL] =
    g_param_spec_string ("partial", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVERFLOWS] =
    g_param_spec_uint ("overflows", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DROPPED_SECONDS] =
    g_param_spec_double ("dropped-seconds", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEVICE] =
    g_param_spec_string ("device", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VmcRecorder::levels:
   * @peaks: (array length=n_blocks): peak of each 20 ms block, 0..1
   * @rms: (array length=n_blocks): RMS of each block, 0..1
   */
  signals[SIGNAL_LEVELS] =
    g_signal_new ("levels", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_POINTER, G_TYPE_POINTER, G_TYPE_UINT);
  /**
   * VmcRecorder::finished:
   * @path: the recording (complete and valid even after an error)
   * @error: (nullable): why it ended by itself (the device gone, the disk full)
   */
  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ERROR);
}

static void
vmc_recorder_init (VmcRecorder *self)
{
  g_mutex_init (&self->wake_lock);
  g_mutex_init (&self->stream_lock);
  g_mutex_init (&self->pending_lock);
  g_cond_init (&self->wake);
  self->pending_peaks = g_array_new (FALSE, FALSE, sizeof (float));
  self->pending_rms = g_array_new (FALSE, FALSE, sizeof (float));
}

VmcRecorder *
vmc_recorder_new (void)
{
  return g_object_new (VMC_TYPE_RECORDER, NULL);
}
