/* vmc-portaudio.c: PortAudio shared by the recorder, the player and the device list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pa_Initialize() is counted: the first user initializes, the last one terminates. The
 * device list is read again on each first initialization (a microphone plugged in later).
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "vmc-audio-reader.h"
#include "vmc-portaudio-private.h"

static GMutex lock;
static guint users;

G_DEFINE_BOXED_TYPE (VmcAudioDevice, vmc_audio_device, vmc_audio_device_copy, vmc_audio_device_free)

VmcAudioDevice *
vmc_audio_device_copy (const VmcAudioDevice *self)
{
  VmcAudioDevice *copy = g_memdup2 (self, sizeof *self);

  copy->id = g_strdup (self->id);
  copy->name = g_strdup (self->name);
  return copy;
}

void
vmc_audio_device_free (VmcAudioDevice *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->name);
  g_free (self);
}

void
vmc_portaudio_set_error (GError     **error,
                         PaError      err,
                         const char  *doing)
{
  const char *detail = Pa_GetErrorText (err);

  if (err == paUnanticipatedHostError && Pa_GetLastHostErrorInfo ()->errorText)
    detail = Pa_GetLastHostErrorInfo ()->errorText;
  if (err == paDeviceUnavailable)
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DEVICE_BUSY,
                 _("Could not %s: the sound device is busy or gone (%s). Close other programs "
                 "that use it, or pick another device."), doing, detail);
  else if (err == paInvalidDevice)
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE,
                 _("Could not %s: there is no such sound device (%s). Check that it is plugged "
                 "in, or pick another device."), doing, detail);
  else
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                 _("Could not %s: %s."), doing, detail);
}

/* Pa_Initialize() lets ALSA and JACK print screens of probing noise on standard error (no
 * JACK server, no card for the surround devices): it is kept out of the user's terminal
 * unless debugging */
static PaError
initialize_quietly (void)
{
  int saved = -1, null_fd;
  PaError err;

  if (g_getenv ("G_MESSAGES_DEBUG") == NULL && (null_fd = open ("/dev/null", O_WRONLY | O_CLOEXEC)) >= 0)
    {
      fflush (stderr);
      saved = dup (STDERR_FILENO);
      dup2 (null_fd, STDERR_FILENO);
      close (null_fd);
    }
  err = Pa_Initialize ();
  if (saved >= 0)
    {
      fflush (stderr);
      dup2 (saved, STDERR_FILENO);
      close (saved);
    }
  return err;
}

/**
 * vmc_portaudio_acquire:
 *
 * Initializes PortAudio for one more user. Pair with vmc_portaudio_release(). Any thread:
 * the count is kept under a lock (the device list is read in a worker).
 */
gboolean
vmc_portaudio_acquire (GError **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);
  PaError err;

  if (users > 0)
    {
      users++;
      return TRUE;
    }
  /* PortAudio probes JACK when it starts; the program sets JACK_NO_START_SERVER=1 before its
   * first thread (app/main.c), so that the probe never starts a JACK server: the environment
   * is not safe to change once threads run */
  err = initialize_quietly ();
  if (err != paNoError)
    {
      vmc_portaudio_set_error (error, err, _("start the sound system"));
      return FALSE;
    }
  users = 1;
  return TRUE;
}

void
vmc_portaudio_release (void)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  g_return_if_fail (users > 0);

  if (--users == 0)
    Pa_Terminate ();
}

static char *
device_name (const PaDeviceInfo *info)
{
  const PaHostApiInfo *api = Pa_GetHostApiInfo (info->hostApi);

  return api ? g_strdup_printf ("%s (%s)", info->name, api->name) : g_strdup (info->name);
}

/**
 * vmc_audio_devices_list:
 * @input: microphones (%TRUE) or outputs
 *
 * Returns: (transfer full) (element-type VmcAudioDevice): the devices, maybe none
 */
GPtrArray *
vmc_audio_devices_list (gboolean   input,
                        GError   **error)
{
  GPtrArray *list;
  PaDeviceIndex def;
  int count;

  if (!vmc_portaudio_acquire (error))
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_audio_device_free);
  count = Pa_GetDeviceCount ();
  def = input ? Pa_GetDefaultInputDevice () : Pa_GetDefaultOutputDevice ();
  for (int i = 0; i < count; i++)
    {
      const PaDeviceInfo *info = Pa_GetDeviceInfo (i);
      VmcAudioDevice *d;

      if (info == NULL || (input ? info->maxInputChannels : info->maxOutputChannels) < 1)
        continue;
      d = g_new0 (VmcAudioDevice, 1);
      d->id = g_strdup (info->name);
      d->name = device_name (info);
      d->max_input = info->maxInputChannels;
      d->max_output = info->maxOutputChannels;
      d->default_rate = info->defaultSampleRate;
      d->is_default = i == def;
      g_ptr_array_add (list, d);
    }
  vmc_portaudio_release ();
  return list;
}

static void
list_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *list = vmc_audio_devices_list (GPOINTER_TO_INT (data), &error);

  if (list)
    g_task_return_pointer (task, list, (GDestroyNotify)g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * vmc_audio_devices_list_async:
 * @input: microphones (%TRUE) or outputs
 *
 * Lists the devices in a worker: starting the sound system probes every host API (ALSA's
 * cards, JACK, PulseAudio), 30-100 ms that a window should not wait for.
 */
void
vmc_audio_devices_list_async (gboolean             input,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, vmc_audio_devices_list_async);
  g_task_set_task_data (task, GINT_TO_POINTER (input), NULL);
  g_task_run_in_thread (task, list_thread);
}

/**
 * vmc_audio_devices_list_finish:
 *
 * Returns: (transfer full) (element-type VmcAudioDevice): the devices, maybe none; %NULL
 *   with @error set when the sound system could not start
 */
GPtrArray *
vmc_audio_devices_list_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Stops and closes *@stream if open, and gives PortAudio back if *@acquired */
void
vmc_portaudio_close (PaStream **stream,
                     gboolean  *acquired)
{
  if (*stream)
    {
      Pa_StopStream (*stream);
      Pa_CloseStream (*stream);
      *stream = NULL;
    }
  if (*acquired)
    {
      vmc_portaudio_release ();
      *acquired = FALSE;
    }
}

/* The device called @id (or the default one for %NULL), with PortAudio acquired */
PaDeviceIndex
vmc_portaudio_find_device (const char  *id,
                           gboolean     input,
                           GError     **error)
{
  int count = Pa_GetDeviceCount ();

  if (id == NULL)
    {
      PaDeviceIndex def = input ? Pa_GetDefaultInputDevice () : Pa_GetDefaultOutputDevice ();

      if (count <= 0 || def == paNoDevice)
        {
          g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE,
                       input ? _("No microphone was found. Plug one in (or check that it is "
                               "switched on and not muted in the sound settings), then try again.")
                             : _("No sound output was found. Plug in headphones or speakers, "
                                 "then try again."));
          return paNoDevice;
        }
      return def;
    }
  for (int i = 0; i < count; i++)
    {
      const PaDeviceInfo *info = Pa_GetDeviceInfo (i);

      if (info && g_strcmp0 (info->name, id) == 0 &&
          (input ? info->maxInputChannels : info->maxOutputChannels) > 0)
        return i;
    }
  g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE,
               _("The sound device “%s” is not there. Check that it is plugged in, or pick "
               "another one."), id);
  return paNoDevice;
}
