/* vmc-window.c: the practice window: plan, record with a live waveform, then the highlighted
 * transcript and the feedback on each tip
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * States (exported as the app's "state" action): idle, recording, analyzing, result, playing.
 * The recorder transcribes as the rep speaks (VmcLiveAnalysis on its worker thread), so the
 * result comes a moment after Stop; recording starts at once, even while the speech model
 * is still loading. A file opened is read once and analysed in a worker
 * (VmcSpeechService). Every attempt is kept in the library (vmc-window-library.c, which also
 * switches the views); a recording a crash cut off is repaired at start and kept.
 *
 * This file: life cycle, states, recording, opening. The actions are in
 * vmc-window-actions.c, dropping files in vmc-window-dnd.c, the voice heard in
 * vmc-window-voice.c, the microphone missing in vmc-window-microphone.c.
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-audio-reader.h"
#include "vmc-prosody.h"
#include "vmc-ui-enums.h"
#include "vmc-window-private.h"

G_DEFINE_FINAL_TYPE (VmcWindow, vmc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- states ---- */

void
_vmc_window_set_state (VmcWindow      *self,
                       VmcWindowState  state)
{
  static const VmcRecordingViewMode modes[] = {
    [VMC_WINDOW_STATE_IDLE] = VMC_RECORDING_VIEW_READY,
    [VMC_WINDOW_STATE_RECORDING] = VMC_RECORDING_VIEW_RECORDING,
    [VMC_WINDOW_STATE_ANALYZING] = VMC_RECORDING_VIEW_ANALYZING,
    [VMC_WINDOW_STATE_RESULT] = VMC_RECORDING_VIEW_DONE,
    [VMC_WINDOW_STATE_PLAYING] = VMC_RECORDING_VIEW_DONE,
  };

  self->state = state;
  vmc_recording_view_set_mode (self->recording_view, modes[state]);
  gtk_widget_set_visible (GTK_WIDGET (self->result_view),
                          state == VMC_WINDOW_STATE_RESULT || state == VMC_WINDOW_STATE_PLAYING);
  _vmc_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

VmcWindowState
vmc_window_get_state (VmcWindow *self)
{
  g_return_val_if_fail (VMC_IS_WINDOW (self), VMC_WINDOW_STATE_IDLE);

  return self->state;
}

/* Returns: the state as the app's "state" action says it: "idle", "recording", ... */
const char *
vmc_window_get_state_nick (VmcWindow *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (VMC_TYPE_WINDOW_STATE);

  g_return_val_if_fail (VMC_IS_WINDOW (self), NULL);
  return g_enum_get_value (klass, self->state)->value_nick;
}

void
vmc_window_show_error (VmcWindow  *self,
                       const char *message)
{
  AdwToast *toast;

  g_return_if_fail (VMC_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  /* the newest message is about what the user just did: it shows at once, and one still
   * shown (which stays until it is closed) waits behind it */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- the result ---- */

static void
report_painted (GdkFrameClock *clock,
                VmcWindow     *self)
{
  /* all of it: the tips come a frame after the rest */
  if (!vmc_result_view_get_complete (self->result_view))
    return;
  g_debug ("Stop to result painted: %.3f s", (g_get_monotonic_time () - self->stop_time) / 1e6);
  self->stop_time = 0;
  g_signal_handlers_disconnect_by_func (clock, report_painted, self);
}

static void
show_result (VmcWindow    *self,
             VmcAnalysis  *analysis,
             VmcAudioClip *clip)
{
  g_autofree char *name = analysis->file ? g_filename_display_basename (analysis->file) : NULL;
  g_autofree char *length = vmc_format_time (analysis->duration);
  /* TRANSLATORS: the window's subtitle: the recording's file and its length */
  g_autofree char *subtitle = name ? g_strdup_printf (_("%s · %s"), name, length) : g_strdup (length);

  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "practice");
  vmc_result_view_show (self->result_view, analysis, clip);
  vmc_recording_view_set_status (self->recording_view, analysis->words->len
      ? _("Here is how it went. Click a word, a highlight or a tip to hear that moment.")
      : _("No speech was heard. Check that the microphone is on, then try again."));
  _vmc_window_set_state (self, VMC_WINDOW_STATE_RESULT);
  if (self->stop_time)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      g_debug ("Stop to result shown: %.3f s", (g_get_monotonic_time () - self->stop_time) / 1e6);
      /* and to its first frame on screen (bench-window.py reads both) */
      if (clock)
        g_signal_connect_object (clock, "after-paint", G_CALLBACK (report_painted), self, 0);
      else
        self->stop_time = 0;
    }
}

static void
on_playing (VmcResultView *view,
            GParamSpec    *pspec,
            VmcWindow     *self)
{
  gboolean playing = vmc_result_view_get_playing (view);

  if (playing && self->state == VMC_WINDOW_STATE_RESULT)
    _vmc_window_set_state (self, VMC_WINDOW_STATE_PLAYING);
  else if (!playing && self->state == VMC_WINDOW_STATE_PLAYING)
    _vmc_window_set_state (self, VMC_WINDOW_STATE_RESULT);
}

static void
on_position (VmcResultView *view,
             GParamSpec    *pspec,
             VmcWindow     *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Where playback of the result is, seconds (-1 when it is not playing or paused) */
double
vmc_window_get_position (VmcWindow *self)
{
  g_return_val_if_fail (VMC_IS_WINDOW (self), -1);

  return vmc_result_view_get_position (self->result_view);
}

static void
on_result_error (VmcResultView *view,
                 const GError  *error,
                 VmcWindow     *self)
{
  vmc_window_show_error (self, error->message);
}

/* Plays the result, or pauses it, or goes on */
void
vmc_window_play (VmcWindow *self)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->state == VMC_WINDOW_STATE_RESULT || self->state == VMC_WINDOW_STATE_PLAYING)
    vmc_result_view_play_pause (self->result_view);
}

/* ---- recording ---- */

static void
on_levels (VmcRecorder *recorder,
           const float *peaks,
           const float *rms,
           guint        n,
           VmcWindow   *self)
{
  vmc_recording_view_append_levels (self->recording_view, peaks, n);
}

static void
on_elapsed (VmcRecorder *recorder,
            GParamSpec  *pspec,
            VmcWindow   *self)
{
  vmc_recording_view_set_elapsed (self->recording_view, vmc_recorder_get_elapsed (recorder));
}

static void
on_partial (VmcRecorder *recorder,
            GParamSpec  *pspec,
            VmcWindow   *self)
{
  vmc_recording_view_set_heard (self->recording_view, vmc_recorder_get_partial (recorder));
}

static void
on_recorded (VmcRecorder  *recorder,
             const char   *path,
             const GError *error,
             VmcWindow    *self)
{
  g_autoptr(VmcLiveAnalysis) live = g_steal_pointer (&self->live);
  VmcAnalysis *heard = live ? vmc_live_analysis_get_analysis (live) : NULL;

  if (error)
    vmc_window_show_error (self, error->message);
  if (live && self->stop_time)
    g_debug ("Stop to transcript %.3f s, to analysis %.3f s, to the window %.3f s",
             (vmc_live_analysis_get_transcript_time (live) - self->stop_time) / 1e6,
             (vmc_live_analysis_get_analysis_time (live) - self->stop_time) / 1e6,
             (g_get_monotonic_time () - self->stop_time) / 1e6);
  if (heard)
    {
      /* the analysis names the recording it is of */
      g_autoptr(VmcAnalysis) analysis = vmc_analysis_with_file (heard, path);

      show_result (self, analysis, vmc_live_analysis_get_clip (live));
      /* every attempt is kept (in a worker: the result is shown meanwhile) */
      _vmc_window_keep_attempt (self, analysis, path, self->recording_plan);
      return;
    }
  if (live && vmc_live_analysis_get_error (live))
    vmc_window_show_error (self, vmc_live_analysis_get_error (live)->message);
  vmc_recording_view_set_status (self->recording_view, _("Press Record to try again."));
  _vmc_window_set_state (self, VMC_WINDOW_STATE_IDLE);
}

/**
 * vmc_window_record:
 *
 * Starts a new attempt with the plan as it is filled in. The speech model need not be
 * loaded yet: what is recorded meanwhile is heard once it is.
 */
void
vmc_window_record (VmcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLiveAnalysis) live = NULL;
  g_autofree char *path = NULL;
  g_autofree char *device = NULL;
  VmcAnalysisOptions options;

  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    return;
  vmc_result_view_stop (self->result_view);
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (self->settings, "target-seconds"));
  g_clear_pointer (&self->recording_plan, vmc_plan_free);
  self->recording_plan = vmc_plan_panel_get_plan (self->plan_panel);
  live = vmc_live_analysis_new (self->service, self->recording_plan, &options);
  device = g_settings_get_string (self->settings, "input-device");
  vmc_recorder_set_device (self->recorder, *device ? device : NULL);
  vmc_recorder_set_sink (self->recorder, VMC_AUDIO_SINK (live));
  path = _vmc_window_new_recording_path (self);
  if (!vmc_recorder_start (self->recorder, path, &error))
    {
      vmc_recorder_set_sink (self->recorder, NULL);
      if (g_error_matches (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE))
        _vmc_window_show_no_microphone (self);
      else
        vmc_window_show_error (self, error->message);
      return;
    }
  g_set_object (&self->live, live);
  adw_view_stack_set_visible_child_name (self->view_stack, "practice");
  gtk_stack_set_visible_child_name (self->stack, "practice");
  /* the result shown may be the last recording's: let it go */
  vmc_result_view_show (self->result_view, NULL, NULL);
  vmc_recording_view_set_target (self->recording_view,
                                 g_settings_get_double (self->settings, "target-seconds"));
  vmc_recording_view_reset (self->recording_view);
  vmc_recording_view_set_status (self->recording_view,
                                 _("Listening… Press Stop (or Space) when you are done."));
  adw_view_switcher_title_set_subtitle (self->window_title, _("Recording"));
  _vmc_window_set_state (self, VMC_WINDOW_STATE_RECORDING);
}

void
vmc_window_stop (VmcWindow *self)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->state != VMC_WINDOW_STATE_RECORDING)
    return;
  self->stop_time = g_get_monotonic_time ();
  vmc_recorder_stop (self->recorder);
  vmc_recording_view_set_status (self->recording_view, _("Analyzing…"));
  _vmc_window_set_state (self, VMC_WINDOW_STATE_ANALYZING);
}

/* ---- opening a file ---- */

static void
opened (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(VmcWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAudioClip) clip = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;

  analysis = vmc_speech_service_analyze_file_finish (VMC_SPEECH_SERVICE (source), result, &clip, &error);
  /* dropped: another file was opened since, or the window closed */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->open_cancellable);
  if (analysis == NULL)
    {
      vmc_window_show_error (self, error->message);
      vmc_recording_view_set_status (self->recording_view,
                                     _("Press Record, or open another recording."));
      _vmc_window_set_state (self, vmc_result_view_get_analysis (self->result_view)
                                   ? VMC_WINDOW_STATE_RESULT : VMC_WINDOW_STATE_IDLE);
      return;
    }
  show_result (self, analysis, clip);
  /* a recording opened is kept too (a trainer grading real voicemails finds them later) */
  {
    g_autoptr(VmcPlan) plan = vmc_plan_panel_get_plan (self->plan_panel);

    _vmc_window_keep_opened (self, analysis, plan);
  }
}

/**
 * vmc_window_open_file:
 *
 * Analyses a recording (with the plan as filled in) in a worker and shows the result.
 */
void
vmc_window_open_file (VmcWindow *self,
                      GFile     *file)
{
  g_autoptr(VmcPlan) plan = NULL;
  VmcAnalysisOptions options;

  g_return_if_fail (VMC_IS_WINDOW (self));

  if (g_file_peek_path (file) == NULL)
    {
      vmc_window_show_error (self, _("Only files on this computer can be opened."));
      return;
    }
  if (self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    {
      vmc_window_show_error (self, _("Finish the recording first, then open the file."));
      return;
    }
  vmc_result_view_stop (self->result_view);
  adw_view_stack_set_visible_child_name (self->view_stack, "practice");
  gtk_stack_set_visible_child_name (self->stack, "practice");
  plan = vmc_plan_panel_get_plan (self->plan_panel);
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (self->settings, "target-seconds"));
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  vmc_recording_view_set_status (self->recording_view, _("Analyzing…"));
  _vmc_window_set_state (self, VMC_WINDOW_STATE_ANALYZING);
  vmc_speech_service_analyze_file_async (self->service, g_file_peek_path (file), plan, &options,
                                         self->open_cancellable, opened, g_object_ref (self));
}

/* ---- GObject ---- */

static void
vmc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, vmc_window_get_state (VMC_WINDOW (object)));
      break;
    case PROP_POSITION:
      g_value_set_double (value, vmc_window_get_position (VMC_WINDOW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Start-up work that can wait for the window to be on screen: loading the speech model (a
 * second of a core's work, and most of a gigabyte of memory touched) beside the window's
 * construction and first frame made that frame 60-80 ms later on two cores. Record works at
 * once all the same: the words are heard once the model is in, nothing recorded is lost. */
static gboolean
start_later (gpointer data)
{
  VmcWindow *self = data;

  if (self->load_cancellable == NULL)
    _vmc_window_load_voice (self, FALSE);
  vmc_prosody_preload ();
  _vmc_window_check_microphone (self);
  return G_SOURCE_REMOVE;
}

static void
on_first_frame (GdkFrameClock *clock,
                VmcWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  if (self->started)
    return;
  self->started = TRUE;
  g_idle_add_full (G_PRIORITY_LOW, start_later, g_object_ref (self), g_object_unref);
}

static void
vmc_window_realize (GtkWidget *widget)
{
  VmcWindow *self = VMC_WINDOW (widget);

  GTK_WIDGET_CLASS (vmc_window_parent_class)->realize (widget);
  if (!self->started)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_frame), self, 0);
}

static void
vmc_window_dispose (GObject *object)
{
  VmcWindow *self = VMC_WINDOW (object);

  if (self->recorder)
    {
      g_signal_handlers_disconnect_by_data (self->recorder, self);
      vmc_recorder_stop (self->recorder);
    }
  /* the jobs on their way are dropped: their results would find no window */
  g_cancellable_cancel (self->open_cancellable);
  g_cancellable_cancel (self->load_cancellable);
  g_cancellable_cancel (self->devices_cancellable);
  g_clear_object (&self->devices_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->recorder);
  g_clear_object (&self->live);
  g_clear_object (&self->service);
  g_clear_pointer (&self->voice, vmc_voice_free);
  g_clear_object (&self->settings);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->device_ids, g_ptr_array_unref);
  g_clear_pointer (&self->recording_plan, vmc_plan_free);
  g_clear_pointer (&self->recorded, g_ptr_array_unref);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_WINDOW);
  G_OBJECT_CLASS (vmc_window_parent_class)->dispose (object);
}

static void
vmc_window_class_init (VmcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_window_dispose;
  object_class->get_property = vmc_window_get_property;
  widget_class->realize = vmc_window_realize;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, VMC_TYPE_WINDOW_STATE, VMC_WINDOW_STATE_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VMC_TYPE_PLAN_PANEL);
  g_type_ensure (VMC_TYPE_RECORDING_VIEW);
  g_type_ensure (VMC_TYPE_RESULT_VIEW);
  g_type_ensure (VMC_TYPE_ATTEMPTS_PAGE);
  g_type_ensure (VMC_TYPE_PROGRESS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, plan_button);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, attempts_page);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, progress_page);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, plan_panel);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, recording_view);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, result_view);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, device_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_playing);
  gtk_widget_class_bind_template_callback (widget_class, on_position);
  gtk_widget_class_bind_template_callback (widget_class, on_result_error);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_device_selected",
                                                G_CALLBACK (_vmc_window_on_device_selected));
  _vmc_window_class_actions_init (widget_class);
}

static void
vmc_window_init (VmcWindow *self)
{
  GtkWidget *try_again;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->service = g_object_ref (vmc_speech_service_get_default ());
  self->device_ids = g_ptr_array_new_with_free_func (g_free);
  self->devices_cancellable = g_cancellable_new ();
  self->recorder = vmc_recorder_new ();
  g_signal_connect (self->recorder, "levels", G_CALLBACK (on_levels), self);
  g_signal_connect (self->recorder, "notify::elapsed", G_CALLBACK (on_elapsed), self);
  g_signal_connect (self->recorder, "notify::partial", G_CALLBACK (on_partial), self);
  g_signal_connect (self->recorder, "finished", G_CALLBACK (on_recorded), self);

  /* beside Play: the practice window's own action on a result */
  try_again = g_object_new (GTK_TYPE_BUTTON, "action-name", "win.try-again", "valign", GTK_ALIGN_CENTER,
                            "tooltip-text", _("Record a New Attempt with the Same Plan (Ctrl+R)"),
                            "child", g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "view-refresh-symbolic",
                                                   "label", _("_Try Again"), "use-underline", TRUE, NULL),
                            NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (try_again), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Try Again"), -1);
  vmc_result_view_add_action (self->result_view, try_again);

  g_settings_bind (self->settings, "telephone-band", self->result_view, "telephone-band", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "target-seconds", self->recording_view, "target-seconds", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  /* a trainer who closed the window on the attempts finds them again there */
  g_settings_bind (self->settings, "view", self->view_stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
  _vmc_window_add_shortcuts (self);
  _vmc_window_dnd_init (self);

  _vmc_window_library_init (self);
  _vmc_window_set_state (self, VMC_WINDOW_STATE_IDLE);
  g_signal_connect_object (self->settings, "changed::voice",
                           G_CALLBACK (_vmc_window_on_voice_setting_changed), self, 0);
  vmc_recording_view_set_voice (self->recording_view, _("Loading the speech model…"));
}

VmcWindow *
vmc_window_new (GtkApplication *application)
{
  return g_object_new (VMC_TYPE_WINDOW, "application", application, NULL);
}
