/* vmc-window-voice.c: whose voice the practice window hears, and teaching it the rep's
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 'voice' setting names the learned voice in use; the process's speech service loads the
 * recognizer with it (in a worker) and the recorder card says whose voice is heard. The
 * enrollment dialog (Teach Voicemail Coach Your Voice) sets the setting, or learns the voice
 * in use again.
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-enroll-dialog.h"
#include "vmc-window-private.h"

/* Says whose voice the words are heard in */
static void
show_voice (VmcWindow *self)
{
  g_autofree char *text = NULL;

  if (self->voice)
    text = g_strdup_printf (_("Listening for %s’s voice, as learned on %.10s."), self->voice->name,
                            self->voice->created ? self->voice->created : "");
  else
    text = g_strdup (_("Listening for any voice. Teach Voicemail Coach yours from the menu and it "
                       "will hear your words better."));
  vmc_recording_view_set_voice (self->recording_view, text);
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(VmcWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!vmc_speech_service_load_finish (VMC_SPEECH_SERVICE (source), result, &error))
    {
      g_autofree char *message = NULL;

      /* a later load, for another voice, is on its way: its result is the one to show */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("%s Reinstall the pocketsphinx-en-us package."), error->message);
      vmc_window_show_error (self, message);
      return;
    }
  /* a voice that did not load is left out by the recognizer: then it is not the one heard */
  if (self->voice && !vmc_speech_service_hears_voice (self->service))
    g_clear_pointer (&self->voice, vmc_voice_free);
  show_voice (self);
}

/* Hears the voice the 'voice' setting names (the model's own when none); @again: the same
 * voice was learned again, its means are new */
void
_vmc_window_load_voice (VmcWindow *self,
            gboolean   again)
{
  g_autofree char *id = g_settings_get_string (self->settings, "voice");
  g_autofree char *voices = vmc_voices_default_dir ();

  g_clear_pointer (&self->voice, vmc_voice_free);
  self->voice = *id ? vmc_voices_lookup (voices, id) : NULL;
  vmc_speech_service_set_voice (self->service, self->voice ? self->voice->dir : NULL);
  if (again)
    vmc_speech_service_reload (self->service);
  vmc_recording_view_set_voice (self->recording_view, _("Loading the speech model…"));
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  vmc_speech_service_load_async (self->service, self->load_cancellable, loaded, g_object_ref (self));
}

/* The voice in use was changed: by the enrollment dialog (even one closed while it learned),
 * or from outside (gsettings, another window) */
void
_vmc_window_on_voice_setting_changed (GSettings  *settings,
                          const char *key,
                          VmcWindow  *self)
{
  g_autofree char *id = g_settings_get_string (settings, "voice");

  if (g_strcmp0 (id, self->voice ? self->voice->id : "") != 0)
    _vmc_window_load_voice (self, FALSE);
}

/* The same voice learned again does not change the setting: its means are new all the same */
static void
on_voice_learned (VmcEnrollDialog *dialog,
                  const char      *id,
                  VmcWindow       *self)
{
  g_autofree char *current = g_settings_get_string (self->settings, "voice");

  if (g_strcmp0 (id, current) == 0)
    _vmc_window_load_voice (self, TRUE);
}

/* Opens Teach Voicemail Coach Your Voice */
void
_vmc_window_enroll (VmcWindow *self)
{
  VmcEnrollDialog *dialog;

  if (self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    return;
  vmc_result_view_stop (self->result_view);
  dialog = vmc_enroll_dialog_new (GTK_WINDOW (self), self->settings);
  g_signal_connect_object (dialog, "voice-learned", G_CALLBACK (on_voice_learned), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

