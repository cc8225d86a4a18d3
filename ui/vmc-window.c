/* vmc-window.c: the practice window: plan, record with a live waveform, then the highlighted
 * transcript and the feedback on each tip
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * States (exported as the app's "state" action): idle, recording, analyzing, result, playing.
 * The recorder transcribes as the rep speaks (VmcLiveAnalysis on its worker thread), so the
 * result comes a moment after Stop. Recordings go to the recordings folder with their
 * analysis beside them (attempt-….json); a recording a crash cut off is repaired at start
 * and offered back.
 */
#define G_LOG_DOMAIN "vmc-window"

#include "config.h"

#include <math.h>

#include "vmc-audio-reader.h"
#include "vmc-colors.h"
#include "vmc-enroll-dialog.h"
#include "vmc-live-analysis.h"
#include "vmc-plan-panel.h"
#include "vmc-player.h"
#include "vmc-portaudio.h"
#include "vmc-recognizer.h"
#include "vmc-recorder.h"
#include "vmc-store.h"
#include "vmc-transcript-view.h"
#include "vmc-voices.h"
#include "vmc-waveform.h"
#include "vmc-window.h"
#include "vmc-ui-enums.h"


struct _VmcWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwFlap              *flap;
  VmcPlanPanel         *plan_panel;
  GtkButton            *record_button;
  GtkLabel             *voice_label;
  AdwButtonContent     *record_content;
  GtkLabel             *timer_label;
  GtkLevelBar          *level_bar;
  GtkSpinner           *spinner;
  VmcWaveform          *waveform;
  GtkLabel             *status_label;
  GtkWidget            *result_box;
  AdwButtonContent     *play_content;
  GtkToggleButton      *telephone_button;
  GtkLabel             *score_label;
  GtkFlowBox           *legend;
  VmcTranscriptView    *transcript;
  GtkLabel             *metrics_label;
  GtkListBox           *tip_list;
  GtkDropDown          *device_dropdown;

  VmcWindowState        state;
  GSettings            *settings;
  VmcRecognizer        *rec;           /* NULL until the model is loaded */
  VmcVoice             *voice;         /* whose voice rec listens for; NULL: any voice */
  char                 *loading_voice; /* the voice a load on its way is for */
  VmcRecorder          *recorder;
  VmcLiveAnalysis      *live;          /* the recording's analysis, while it is shown */
  VmcAnalysis          *shown;         /* the result on screen: a recording's or a file's */
  VmcPlayer            *player;
  char                 *path;          /* the recording shown */
  GPtrArray            *device_ids;
  float                 level;
  GFile                *pending;       /* a file to open once the model is loaded */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (VmcWindow, vmc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One recognizer for the process: loading the model takes most of a second. It is used by
 * one recording or one file at a time (the states see to it). */
static VmcRecognizer *shared_recognizer;
G_LOCK_DEFINE_STATIC (recognizer);

/* ---- states ---- */

static void
update_actions (VmcWindow *self)
{
  gboolean ready = self->rec != NULL;
  VmcWindowState s = self->state;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.record",
                                 ready && (s == VMC_WINDOW_STATE_IDLE || s == VMC_WINDOW_STATE_RESULT || s == VMC_WINDOW_STATE_PLAYING));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.stop", s == VMC_WINDOW_STATE_RECORDING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.enroll",
                                 s != VMC_WINDOW_STATE_RECORDING && s != VMC_WINDOW_STATE_ANALYZING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.play", s == VMC_WINDOW_STATE_RESULT || s == VMC_WINDOW_STATE_PLAYING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.try-again",
                                 ready && (s == VMC_WINDOW_STATE_RESULT || s == VMC_WINDOW_STATE_PLAYING));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open",
                                 ready && s != VMC_WINDOW_STATE_RECORDING && s != VMC_WINDOW_STATE_ANALYZING);
}

static void
set_state (VmcWindow *self,
           VmcWindowState      state)
{
  gboolean recording = state == VMC_WINDOW_STATE_RECORDING;

  self->state = state;
  /* whose voice is heard matters before a recording; a result needs the room */
  gtk_widget_set_visible (GTK_WIDGET (self->voice_label), state == VMC_WINDOW_STATE_IDLE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->record_button),
                                  recording ? "win.stop" : "win.record");
  adw_button_content_set_label (self->record_content, recording ? "_Stop" : "_Record");
  adw_button_content_set_icon_name (self->record_content,
                                    recording ? "media-playback-stop-symbolic" : "media-record-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->record_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  recording ? "Stop" : "Record", -1);
  if (recording)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->record_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->record_button), "destructive-action");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->record_button), "destructive-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->record_button), "suggested-action");
    }
  gtk_spinner_set_spinning (self->spinner, state == VMC_WINDOW_STATE_ANALYZING);
  gtk_widget_set_visible (self->result_box, state == VMC_WINDOW_STATE_RESULT || state == VMC_WINDOW_STATE_PLAYING);
  vmc_waveform_set_live (self->waveform, recording);
  adw_button_content_set_label (self->play_content, state == VMC_WINDOW_STATE_PLAYING ? "_Pause" : "_Play");
  adw_button_content_set_icon_name (self->play_content, state == VMC_WINDOW_STATE_PLAYING
                                    ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  if (!recording)
    gtk_level_bar_set_value (self->level_bar, 0);
  update_actions (self);
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

static const char *
verdict_icon (VmcVerdict v)
{
  switch (v)
    {
    case VMC_VERDICT_PASS: return "emblem-ok-symbolic";
    case VMC_VERDICT_WARN: return "dialog-warning-symbolic";
    case VMC_VERDICT_FAIL: return "dialog-error-symbolic";
    default:               return "content-loading-symbolic";
    }
}

static const char *
verdict_class (VmcVerdict v)
{
  switch (v)
    {
    case VMC_VERDICT_PASS: return "success";
    case VMC_VERDICT_WARN: return "warning";
    case VMC_VERDICT_FAIL: return "error";
    default:               return "dim-label";
    }
}

static const char *
verdict_word (VmcVerdict v)
{
  switch (v)
    {
    case VMC_VERDICT_PASS: return "Pass";
    case VMC_VERDICT_WARN: return "Could be better";
    case VMC_VERDICT_FAIL: return "Fix this";
    default:               return "Not judged";
    }
}

static void play_from (VmcWindow *self, double seconds);

static void
on_tip_activated (AdwActionRow *row,
                  VmcWindow    *self)
{
  double at = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "at-ms")) / 1000.0;

  play_from (self, at);
}

static GtkWidget *
tip_row_new (VmcWindow    *self,
             const VmcTip *tip)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (verdict_icon (tip->verdict));
  g_autofree char *title = g_strdup_printf ("%d. %s", tip->id + 1, vmc_tip_title (tip->id));
  g_autofree char *label = g_strdup_printf ("%s: %s. %s", verdict_word (tip->verdict),
                                            vmc_tip_title (tip->id), tip->message);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tip->message);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_tooltip_text (row, vmc_tip_info (tip->id)->summary);
  gtk_widget_add_css_class (icon, verdict_class (tip->verdict));
  gtk_widget_set_tooltip_text (icon, verdict_word (tip->verdict));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (tip->at >= 0)
    {
      g_autofree char *when = vmc_format_time (tip->at);
      GtkWidget *at = gtk_label_new (when);
      GtkWidget *play = gtk_image_new_from_icon_name ("media-playback-start-symbolic");

      gtk_widget_add_css_class (at, "dim-label");
      gtk_widget_add_css_class (at, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), at);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), play);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "at-ms", GINT_TO_POINTER ((int)(tip->at * 1000)));
      g_signal_connect (row, "activated", G_CALLBACK (on_tip_activated), self);
      gtk_widget_set_tooltip_text (row, "Play from the evidence");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return row;
}

static char *
metrics_text (const VmcAnalysis *a)
{
  const VmcMetrics *m = &a->metrics;
  g_autofree char *duration = vmc_format_time (a->duration);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "Duration %s · %.0f words a minute", duration, m->words_per_minute);
  if (m->number_digits_per_second > 0)
    g_string_append_printf (s, " · number at %.1f digits a second", m->number_digits_per_second);
  if (m->closing_digits_per_second > 0)
    g_string_append_printf (s, ", again at %.1f", m->closing_digits_per_second);
  if (m->voiced_seconds > 1.0)
    g_string_append_printf (s, " · pitch range %.1f semitones", m->pitch_range_st);
  g_string_append_printf (s, " · %u filler%s · longest pause %.1f s", m->fillers,
                          m->fillers == 1 ? "" : "s", m->longest_pause);
  return g_string_free (s, FALSE);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
show_result (VmcWindow   *self,
             VmcAnalysis *a,
             const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *samples = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *length = vmc_format_time (a->duration);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", name, length);
  g_autofree char *described = NULL;
  g_autofree char *score = g_strdup_printf ("%d", a->score);
  g_autofree char *metrics = metrics_text (a);
  gsize n = 0;

  /* the views below show it; the window's reference keeps it for them */
  vmc_analysis_ref (a);
  g_clear_pointer (&self->shown, vmc_analysis_unref);
  self->shown = a;
  g_free (self->path);
  self->path = g_strdup (path);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  if ((samples = vmc_audio_read_all (path, &n, NULL)))
    vmc_waveform_set_samples (self->waveform, samples, n, VMC_AUDIO_RATE);
  vmc_waveform_set_analysis (self->waveform, a);
  vmc_waveform_set_cursor (self->waveform, -1);
  vmc_transcript_view_set_analysis (self->transcript, a);
  described = vmc_transcript_view_describe (self->transcript);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->transcript),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, described, -1);
  gtk_label_set_text (self->score_label, score);
  gtk_label_set_text (self->metrics_label, metrics);
  gtk_label_set_text (self->status_label, a->words->len
                      ? "Here is how it went. Click a word, a highlight or a tip to hear that moment."
                      : "No speech was heard. Check that the microphone is on, then try again.");
  clear_list (self->tip_list);
  for (guint i = 0; i < VMC_N_TIPS; i++)
    gtk_list_box_append (self->tip_list, tip_row_new (self, &a->tips[i]));
  if (!vmc_player_open (self->player, path, &error))
    vmc_window_show_error (self, error->message);
  set_state (self, VMC_WINDOW_STATE_RESULT);
}

/* ---- recording ---- */

static void
update_timer (VmcWindow *self,
              double     elapsed)
{
  double target = g_settings_get_double (self->settings, "target-seconds");
  g_autofree char *now = vmc_format_time (elapsed);
  g_autofree char *limit = vmc_format_time (target);
  g_autofree char *text = g_strdup_printf ("%s / %s", now, limit);

  gtk_label_set_text (self->timer_label, text);
  /* amber as the target nears, red past it */
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");
  if (elapsed > target)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else if (elapsed > target * 0.75)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "warning");
}

static void
on_levels (VmcRecorder *recorder,
           const float *peaks,
           const float *rms,
           guint        n,
           VmcWindow   *self)
{
  vmc_waveform_append_levels (self->waveform, peaks, n);
  for (guint i = 0; i < n; i++)
    self->level = MAX (self->level * 0.92f, MIN (1.0f, peaks[i] * 1.6f));
  gtk_level_bar_set_value (self->level_bar, self->level);
}

static void
on_elapsed (VmcRecorder *recorder,
            GParamSpec  *pspec,
            VmcWindow   *self)
{
  update_timer (self, vmc_recorder_get_elapsed (recorder));
}

static void
on_partial (VmcRecorder *recorder,
            GParamSpec  *pspec,
            VmcWindow   *self)
{
  const char *text = vmc_recorder_get_partial (recorder);
  glong len = text ? g_utf8_strlen (text, -1) : 0;

  if (self->state == VMC_WINDOW_STATE_RECORDING && len > 0)
    gtk_label_set_text (self->status_label, g_utf8_offset_to_pointer (text, MAX (0, len - 300)));
}

static void
on_recorded (VmcRecorder  *recorder,
             const char   *path,
             const GError *error,
             VmcWindow    *self)
{
  VmcAnalysis *a = self->live ? vmc_live_analysis_get_analysis (self->live) : NULL;

  if (error)
    vmc_window_show_error (self, error->message);
  if (a)
    {
      g_autoptr(GError) save_error = NULL;

      /* every attempt is kept: the analysis beside its recording */
      if (!vmc_store_save_analysis (a, path, &save_error))
        vmc_window_show_error (self, save_error->message);
      show_result (self, a, path);
      return;
    }
  if (self->live && vmc_live_analysis_get_error (self->live))
    vmc_window_show_error (self, vmc_live_analysis_get_error (self->live)->message);
  gtk_label_set_text (self->status_label, "Press Record to try again.");
  set_state (self, VMC_WINDOW_STATE_IDLE);
}

static void
fill_devices (VmcWindow *self)
{
  g_autoptr(GPtrArray) list = vmc_audio_devices_list (TRUE, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->device_ids, 0);
  gtk_string_list_append (names, "Default microphone");
  g_ptr_array_add (self->device_ids, g_strdup (""));
  for (guint i = 0; list && i < list->len; i++)
    {
      const VmcAudioDevice *d = list->pdata[i];

      gtk_string_list_append (names, d->name);
      g_ptr_array_add (self->device_ids, g_strdup (d->id));
    }
  gtk_drop_down_set_model (self->device_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_visible (GTK_WIDGET (self->device_dropdown), names && list && list->len > 0);
}

static void
show_no_microphone (VmcWindow *self)
{
  fill_devices (self);
  gtk_stack_set_visible_child_name (self->stack, "no-microphone");
}

/**
 * vmc_window_record:
 *
 * Starts a new attempt with the plan as it is filled in.
 */
void
vmc_window_record (VmcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLiveAnalysis) live = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *device = NULL;
  VmcAnalysisOptions options;

  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->rec == NULL || self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    return;
  vmc_player_stop (self->player);
  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, g_settings_get_double (self->settings, "target-seconds"));
  live = vmc_live_analysis_new (self->rec, vmc_plan_panel_get_plan (self->plan_panel), &options);
  device = g_settings_get_string (self->settings, "input-device");
  vmc_recorder_set_device (self->recorder, *device ? device : NULL);
  vmc_recorder_set_sink (self->recorder, VMC_AUDIO_SINK (live));
  dir = vmc_store_default_dir ();
  path = vmc_store_new_recording_path (dir);
  if (!vmc_recorder_start (self->recorder, path, &error))
    {
      vmc_recorder_set_sink (self->recorder, NULL);
      if (g_error_matches (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NO_DEVICE))
        show_no_microphone (self);
      else
        vmc_window_show_error (self, error->message);
      return;
    }
  /* the result shown may be the last recording's: let go of it before its analysis goes */
  vmc_transcript_view_set_analysis (self->transcript, NULL);
  g_set_object (&self->live, live);
  gtk_stack_set_visible_child_name (self->stack, "practice");
  g_clear_pointer (&self->shown, vmc_analysis_unref);
  self->level = 0;
  vmc_waveform_clear (self->waveform);
  update_timer (self, 0);
  gtk_label_set_text (self->status_label, "Listening… Press Stop (or Space) when you are done.");
  adw_window_title_set_subtitle (self->window_title, "Recording");
  set_state (self, VMC_WINDOW_STATE_RECORDING);
}

void
vmc_window_stop (VmcWindow *self)
{
  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->state != VMC_WINDOW_STATE_RECORDING)
    return;
  vmc_recorder_stop (self->recorder);
  gtk_label_set_text (self->status_label, "Analyzing…");
  set_state (self, VMC_WINDOW_STATE_ANALYZING);
}

/* ---- playback ---- */

static void
play_from (VmcWindow *self,
           double     seconds)
{
  g_autoptr(GError) error = NULL;

  if (self->state != VMC_WINDOW_STATE_RESULT && self->state != VMC_WINDOW_STATE_PLAYING)
    return;
  vmc_player_set_telephone_band (self->player, gtk_toggle_button_get_active (self->telephone_button));
  if (!vmc_player_play (self->player, seconds, -1, &error))
    {
      vmc_window_show_error (self, error->message);
      return;
    }
  set_state (self, VMC_WINDOW_STATE_PLAYING);
}

/* Plays the result, or pauses it */
void
vmc_window_play (VmcWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VMC_IS_WINDOW (self));

  if (self->state == VMC_WINDOW_STATE_PLAYING)
    {
      vmc_player_pause (self->player);
      set_state (self, VMC_WINDOW_STATE_RESULT);
    }
  else if (self->state == VMC_WINDOW_STATE_RESULT && vmc_player_get_state (self->player) == VMC_PLAYER_PAUSED)
    {
      vmc_player_resume (self->player, &error);
      set_state (self, VMC_WINDOW_STATE_PLAYING);
    }
  else
    play_from (self, 0);
}

static void
on_position (VmcPlayer  *player,
             GParamSpec *pspec,
             VmcWindow  *self)
{
  double at = vmc_player_get_position (player);

  vmc_waveform_set_cursor (self->waveform, at);
  vmc_transcript_view_set_time (self->transcript, at);
}

static void
on_played (VmcPlayer *player,
           VmcWindow *self)
{
  vmc_waveform_set_cursor (self->waveform, -1);
  vmc_transcript_view_set_time (self->transcript, -1);
  if (self->state == VMC_WINDOW_STATE_PLAYING)
    set_state (self, VMC_WINDOW_STATE_RESULT);
}

static void
on_seek (GObject   *source,
         double     seconds,
         VmcWindow *self)
{
  play_from (self, seconds);
}

/* ---- opening a file ---- */

typedef struct
{
  char *path;
  VmcPlan *plan;
  VmcAnalysisOptions options;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->plan, vmc_plan_free);
  g_free (job);
}

static void
analyze_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  OpenJob *job = data;
  GError *error = NULL;
  VmcAnalysis *a;

  G_LOCK (recognizer);
  a = vmc_analyze_file (shared_recognizer, job->path, job->plan, &job->options, &error);
  G_UNLOCK (recognizer);
  if (a)
    g_task_return_pointer (task, a, (GDestroyNotify)vmc_analysis_unref);
  else
    g_task_return_error (task, error);
}

static void
analyzed (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(VmcWindow) self = data;
  g_autoptr(GError) error = NULL;
  OpenJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(VmcAnalysis) a = g_task_propagate_pointer (G_TASK (result), &error);

  if (a == NULL)
    {
      vmc_window_show_error (self, error->message);
      gtk_label_set_text (self->status_label, "Press Record, or open another recording.");
      set_state (self, self->shown ? VMC_WINDOW_STATE_RESULT : VMC_WINDOW_STATE_IDLE);
      return;
    }
  show_result (self, a, job->path);
}

/**
 * vmc_window_open_file:
 *
 * Analyses a recording (with the plan as filled in) and shows the result.
 */
void
vmc_window_open_file (VmcWindow *self,
                      GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (VMC_IS_WINDOW (self));

  if (g_file_peek_path (file) == NULL)
    {
      vmc_window_show_error (self, "Only files on this computer can be opened.");
      return;
    }
  if (self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    {
      vmc_window_show_error (self, "Finish the recording first, then open the file.");
      return;
    }
  if (self->rec == NULL)
    {
      g_set_object (&self->pending, file);   /* opened once the model is loaded */
      gtk_label_set_text (self->status_label, "Loading the speech model…");
      return;
    }
  vmc_player_stop (self->player);
  gtk_stack_set_visible_child_name (self->stack, "practice");
  job = g_new0 (OpenJob, 1);
  job->path = g_file_get_path (file);
  job->plan = vmc_plan_panel_get_plan (self->plan_panel);
  vmc_analysis_options_init (&job->options);
  vmc_analysis_options_set_target (&job->options,
                                   g_settings_get_double (self->settings, "target-seconds"));
  gtk_label_set_text (self->status_label, "Analyzing…");
  set_state (self, VMC_WINDOW_STATE_ANALYZING);
  task = g_task_new (NULL, NULL, analyzed, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify)open_job_free);
  g_task_run_in_thread (task, analyze_thread);
}

/* ---- the model, the microphone, recovered recordings ---- */

typedef struct {
  char          *voice_id;  /* "" for the model's own */
  gboolean       reload;    /* the voice was learned again: read its means anew */
  VmcRecognizer *rec;       /* the results */
  VmcVoice      *voice;     /* NULL when the model's own is used */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->voice_id);
  g_clear_object (&job->rec);
  g_clear_pointer (&job->voice, vmc_voice_free);
  g_free (job);
}

/* Loads the recognizer with the job's voice; one already loaded with that voice is reused
 * unless the voice was learned again. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  LoadJob *job = data;
  g_autofree char *voices = vmc_voices_default_dir ();
  g_autoptr(VmcVoice) voice = *job->voice_id ? vmc_voices_lookup (voices, job->voice_id) : NULL;
  GError *error = NULL;

  G_LOCK (recognizer);
  if (shared_recognizer &&
      (job->reload ||
       g_strcmp0 (vmc_recognizer_get_voice (shared_recognizer), voice ? voice->dir : NULL) != 0))
    g_clear_object (&shared_recognizer);
  if (shared_recognizer == NULL)
    shared_recognizer = vmc_recognizer_new_with_voice (NULL, voice ? voice->dir : NULL, NULL, &error);
  job->rec = shared_recognizer ? g_object_ref (shared_recognizer) : NULL;
  G_UNLOCK (recognizer);
  if (job->rec == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* a voice that did not load is left out by the recognizer: then it is not the one heard */
  if (voice && vmc_recognizer_get_voice (job->rec))
    job->voice = g_steal_pointer (&voice);
  g_task_return_boolean (task, TRUE);
}

/* Says whose voice the words are heard in. */
static void
show_voice (VmcWindow *self)
{
  g_autofree char *text = NULL;

  if (self->voice)
    text = g_strdup_printf ("Listening for %s’s voice, as learned on %.10s.", self->voice->name,
                            self->voice->created ? self->voice->created : "");
  else
    text = g_strdup ("Listening for any voice. Teach Voicemail Coach yours from the menu and it "
                     "will hear your words better.");
  gtk_label_set_text (self->voice_label, text);
}

static void loaded (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data);

static void
load_recognizer (VmcWindow *self,
                 gboolean   reload)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, loaded, g_object_ref (self));
  LoadJob *job = g_new0 (LoadJob, 1);

  job->voice_id = g_settings_get_string (self->settings, "voice");
  job->reload = reload;
  g_free (self->loading_voice);
  self->loading_voice = g_strdup (job->voice_id);
  g_task_set_task_data (task, job, (GDestroyNotify)load_job_free);
  g_task_run_in_thread (task, load_thread);
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(VmcWindow) self = data;
  g_autoptr(GError) error = NULL;
  LoadJob *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf ("%s Reinstall the pocketsphinx-en-us package.",
                                                  error->message);

      vmc_window_show_error (self, message);
      return;
    }
  /* a later load, for another voice, is on its way: its result is the one to show */
  if (g_strcmp0 (job->voice_id, self->loading_voice) != 0)
    return;
  g_clear_pointer (&self->loading_voice, g_free);
  g_set_object (&self->rec, job->rec);
  g_clear_pointer (&self->voice, vmc_voice_free);
  self->voice = g_steal_pointer (&job->voice);
  show_voice (self);
  update_actions (self);
  if (self->pending)
    {
      g_autoptr(GFile) file = g_steal_pointer (&self->pending);

      vmc_window_open_file (self, file);
    }
}

static void
reload_voice (VmcWindow *self)
{
  /* no recording can be running: the dialog is modal, and Record waits for the model */
  g_clear_object (&self->rec);
  update_actions (self);
  gtk_label_set_text (self->voice_label, "Loading your voice…");
  load_recognizer (self, TRUE);
}

/* The voice in use was changed: by the enrollment dialog (even one closed while it learned),
 * or from outside (gsettings, another window) */
static void
on_voice_setting_changed (GSettings  *settings,
                          const char *key,
                          VmcWindow  *self)
{
  g_autofree char *id = g_settings_get_string (settings, "voice");
  const char *current = self->loading_voice ? self->loading_voice
                        : self->voice ? self->voice->id : "";

  if (g_strcmp0 (id, current) != 0 && self->state != VMC_WINDOW_STATE_RECORDING &&
      self->state != VMC_WINDOW_STATE_ANALYZING)
    reload_voice (self);
}

/* The same voice learned again does not change the setting: its means are new all the same */
static void
on_voice_learned (VmcEnrollDialog *dialog,
                  const char      *id,
                  VmcWindow       *self)
{
  if (g_strcmp0 (id, self->loading_voice) != 0)
    reload_voice (self);
}

static void
enroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VmcWindow *self = VMC_WINDOW (widget);
  VmcEnrollDialog *dialog;

  if (self->state == VMC_WINDOW_STATE_RECORDING || self->state == VMC_WINDOW_STATE_ANALYZING)
    return;
  vmc_player_stop (self->player);
  dialog = vmc_enroll_dialog_new (GTK_WINDOW (self), self->settings);
  g_signal_connect_object (dialog, "voice-learned", G_CALLBACK (on_voice_learned), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_recovered (VmcWindow *self)
{
  g_autofree char *dir = vmc_store_default_dir ();
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GPtrArray) recovered = vmc_store_recover (dir, errors);

  for (guint i = 0; i < errors->len; i++)
    vmc_window_show_error (self, ((GError *)errors->pdata[i])->message);
  for (guint i = 0; i < recovered->len; i++)
    {
      AdwToast *toast = adw_toast_new ("A recording cut off when the app stopped was recovered");

      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, "_Open");
      adw_toast_set_action_name (toast, "win.open-path");
      adw_toast_set_action_target_value (toast, g_variant_new_string (recovered->pdata[i]));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static gboolean
check_microphone (gpointer data)
{
  VmcWindow *self = data;
  g_autoptr(GPtrArray) inputs = vmc_audio_devices_list (TRUE, NULL);

  if (inputs == NULL || inputs->len == 0)
    show_no_microphone (self);
  offer_recovered (self);
  return G_SOURCE_REMOVE;
}

static void
on_device_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    VmcWindow   *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < self->device_ids->len)
    g_settings_set_string (self->settings, "input-device", g_ptr_array_index (self->device_ids, i));
}

/* ---- actions ---- */

static void
record_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vmc_window_record (VMC_WINDOW (widget));
}

static void
stop_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vmc_window_stop (VMC_WINDOW (widget));
}

static void
play_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vmc_window_play (VMC_WINDOW (widget));
}

static void
try_again_action (GtkWidget *widget, const char *name, GVariant *param)
{
  vmc_window_record (VMC_WINDOW (widget));
}

static void
retry_microphone_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->stack, "practice");
  vmc_window_record (self);
}

/* Space: record or stop; with a result, play or pause */
static void
toggle_action (GtkWidget *widget, const char *name, GVariant *param)
{
  VmcWindow *self = VMC_WINDOW (widget);

  switch (self->state)
    {
    case VMC_WINDOW_STATE_IDLE:
      vmc_window_record (self);
      break;
    case VMC_WINDOW_STATE_RECORDING:
      vmc_window_stop (self);
      break;
    case VMC_WINDOW_STATE_RESULT:
    case VMC_WINDOW_STATE_PLAYING:
      vmc_window_play (self);
      break;
    default:
      break;
    }
}

static void
open_path_action (GtkWidget *widget, const char *name, GVariant *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  vmc_window_open_file (VMC_WINDOW (widget), file);
}

static void
chooser_response (GtkNativeDialog *dialog,
                  int              response,
                  VmcWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        vmc_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VmcWindow *self = VMC_WINDOW (widget);
  g_autoptr(GtkFileFilter) audio = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *dir = vmc_store_default_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  if (self->chooser != NULL)
    return;
  gtk_file_filter_set_name (audio, "Audio files");
  gtk_file_filter_add_mime_type (audio, "audio/*");
  gtk_file_filter_add_suffix (audio, "wav");
  gtk_file_filter_add_suffix (audio, "flac");
  gtk_file_filter_add_suffix (audio, "ogg");
  gtk_file_filter_set_name (all, "All files");
  gtk_file_filter_add_pattern (all, "*");
  self->chooser = gtk_file_chooser_native_new ("Open Recording", GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, "_Open", "_Cancel");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), audio);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  if (g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         VmcWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !(files = g_value_get_boxed (value)))
    return FALSE;
  if (files->next != NULL)
    vmc_window_show_error (self, "Drop one recording at a time; opened the first.");
  vmc_window_open_file (self, files->data);
  return TRUE;
}

/* ---- the legend ---- */

static void
fill_legend (VmcWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))))
    gtk_flow_box_remove (self->legend, child);
  /* the highlighted kinds, in their order of precedence */
  for (int rank = 0; rank < VMC_N_ELEMENT_KINDS; rank++)
    for (VmcElementKind k = 0; k < VMC_N_ELEMENT_KINDS; k++)
      {
        const VmcElementInfo *info = vmc_element_info (k);
        g_autofree char *markup = NULL;
        GtkWidget *label;

        if (info->rank != rank)
          continue;
        markup = g_strdup_printf ("<span background=\"%s\" bgalpha=\"60%%\">   </span> %s",
                                  vmc_element_color (k), info->title);
        label = gtk_label_new (NULL);
        gtk_label_set_markup (GTK_LABEL (label), markup);
        gtk_widget_set_tooltip_text (label, info->description);
        gtk_widget_add_css_class (label, "caption");
        gtk_flow_box_append (self->legend, label);
      }
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  if (self->player)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      vmc_player_stop (self->player);
    }
  g_clear_object (&self->recorder);
  g_clear_object (&self->player);
  g_clear_object (&self->live);
  g_clear_pointer (&self->shown, vmc_analysis_unref);
  g_clear_object (&self->rec);
  g_clear_pointer (&self->voice, vmc_voice_free);
  g_clear_pointer (&self->loading_voice, g_free);
  g_clear_object (&self->settings);
  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->device_ids, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);
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

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, VMC_TYPE_WINDOW_STATE, VMC_WINDOW_STATE_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VMC_TYPE_PLAN_PANEL);
  g_type_ensure (VMC_TYPE_WAVEFORM);
  g_type_ensure (VMC_TYPE_TRANSCRIPT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, plan_panel);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, record_button);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, record_content);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, waveform);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, voice_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, result_box);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, play_content);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, telephone_button);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, score_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, transcript);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, metrics_label);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, tip_list);
  gtk_widget_class_bind_template_child (widget_class, VmcWindow, device_dropdown);

  gtk_widget_class_install_action (widget_class, "win.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "win.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "win.try-again", NULL, try_again_action);
  gtk_widget_class_install_action (widget_class, "win.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "win.retry-microphone", NULL, retry_microphone_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.enroll", NULL, enroll_action);
  gtk_widget_class_install_action (widget_class, "win.open-path", "s", open_path_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.try-again", NULL);
}

static void
vmc_window_init (VmcWindow *self)
{
  GtkDropTarget *drop;
  GtkEventController *keys;
  GtkShortcut *space;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  self->device_ids = g_ptr_array_new_with_free_func (g_free);
  self->recorder = vmc_recorder_new ();
  self->player = vmc_player_new ();
  g_signal_connect (self->recorder, "levels", G_CALLBACK (on_levels), self);
  g_signal_connect (self->recorder, "notify::elapsed", G_CALLBACK (on_elapsed), self);
  g_signal_connect (self->recorder, "notify::partial", G_CALLBACK (on_partial), self);
  g_signal_connect (self->recorder, "finished", G_CALLBACK (on_recorded), self);
  g_signal_connect (self->player, "notify::position", G_CALLBACK (on_position), self);
  g_signal_connect (self->player, "finished", G_CALLBACK (on_played), self);
  g_signal_connect (self->waveform, "seek", G_CALLBACK (on_seek), self);
  g_signal_connect (self->transcript, "word-activated", G_CALLBACK (on_seek), self);
  g_signal_connect (self->device_dropdown, "notify::selected", G_CALLBACK (on_device_selected), self);
  g_settings_bind (self->settings, "telephone-band", self->telephone_button, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  fill_legend (self);
  /* the colours are the dark style's or the light one's */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (fill_legend), self, G_CONNECT_SWAPPED);
  update_timer (self, 0);

  /* Space records and stops, plays and pauses, unless a text field takes it first */
  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_BUBBLE);
  space = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                            gtk_named_action_new ("win.toggle"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), space);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_state (self, VMC_WINDOW_STATE_IDLE);
  g_signal_connect_object (self->settings, "changed::voice",
                           G_CALLBACK (on_voice_setting_changed), self, 0);
  load_recognizer (self, FALSE);
  g_idle_add_full (G_PRIORITY_LOW, check_microphone, g_object_ref (self), g_object_unref);
}

VmcWindow *
vmc_window_new (GtkApplication *application)
{
  return g_object_new (VMC_TYPE_WINDOW, "application", application, NULL);
}
