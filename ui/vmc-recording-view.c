/* vmc-recording-view.c: the recorder as the rep sees it: Record, the timer, the level, the
 * live waveform and the words heard so far
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It only shows what it is told: the window owns the recorder and feeds the view its levels,
 * its time and the words heard. The Record button is the window's win.record (win.stop while
 * recording).
 */
#define G_LOG_DOMAIN "vmc-recording-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vmc-analysis.h"
#include "vmc-recording-view.h"
#include "vmc-ui-enums.h"
#include "vmc-waveform.h"

/* the level falls back this much per 20 ms block: a meter a person can follow */
#define LEVEL_DECAY 0.92f
/* the words heard so far: the last few lines' worth */
#define HEARD_CHARS 300

struct _VmcRecordingView
{
  GtkWidget parent_instance;

  GtkWidget *card;
  GtkWidget *top_row;
  GtkButton *record_button;
  AdwButtonContent *record_content;
  GtkWidget *meter_box;
  GtkLabel *timer_label;
  GtkLevelBar *level_bar;
  GtkSpinner *spinner;
  VmcWaveform *waveform;
  GtkLabel *status_label;
  GtkLabel *done_label;
  GtkLabel *voice_label;

  VmcRecordingViewMode mode;
  double target;
  double elapsed;
  float level;
};

G_DEFINE_FINAL_TYPE (VmcRecordingView, vmc_recording_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODE,
  PROP_TARGET_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_timer (VmcRecordingView *self)
{
  g_autofree char *now = vmc_format_time (self->elapsed);
  g_autofree char *limit = vmc_format_time (self->target);
  /* TRANSLATORS: the time recorded against the longest a message should be: "0:12 / 1:00" */
  g_autofree char *text = g_strdup_printf (_("%s / %s"), now, limit);

  gtk_label_set_text (self->timer_label, text);
  /* amber as the target nears, red past it */
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");
  if (self->elapsed > self->target)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else if (self->elapsed > self->target * 0.75)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "warning");
}

VmcRecordingViewMode
vmc_recording_view_get_mode (VmcRecordingView *self)
{
  g_return_val_if_fail (VMC_IS_RECORDING_VIEW (self), VMC_RECORDING_VIEW_READY);

  return self->mode;
}

void
vmc_recording_view_set_mode (VmcRecordingView     *self,
                             VmcRecordingViewMode  mode)
{
  gboolean recording = mode == VMC_RECORDING_VIEW_RECORDING;
  gboolean done = mode == VMC_RECORDING_VIEW_DONE;
  GtkWidget *button;

  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  button = GTK_WIDGET (self->record_button);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), recording ? "win.stop" : "win.record");
  adw_button_content_set_label (self->record_content, recording ? _("_Stop") : _("_Record"));
  adw_button_content_set_icon_name (self->record_content,
                                    recording ? "media-playback-stop-symbolic" : "media-record-symbolic");
  gtk_widget_set_tooltip_text (button, recording ? _("Stop and See How It Went (Space)")
                                                 : _("Record a Practice Message (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  recording ? _("Stop") : _("Record"), -1);
  gtk_widget_remove_css_class (button, recording ? "suggested-action" : "destructive-action");
  gtk_widget_add_css_class (button, recording ? "destructive-action" : "suggested-action");
  gtk_spinner_set_spinning (self->spinner, mode == VMC_RECORDING_VIEW_ANALYZING);
  vmc_waveform_set_live (self->waveform, recording);
  /* with a result below, the recorder folds up to its button and a word */
  gtk_widget_set_visible (self->meter_box, !done);
  gtk_widget_set_visible (GTK_WIDGET (self->waveform), !done);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), !done);
  gtk_widget_set_visible (GTK_WIDGET (self->done_label), done);
  gtk_widget_set_margin_bottom (self->top_row, done ? 12 : 0);
  /* whose voice is heard matters before a recording */
  gtk_widget_set_visible (GTK_WIDGET (self->voice_label),
                          mode == VMC_RECORDING_VIEW_READY && *gtk_label_get_text (self->voice_label));
  if (!recording)
    {
      self->level = 0;
      gtk_level_bar_set_value (self->level_bar, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

double
vmc_recording_view_get_target (VmcRecordingView *self)
{
  g_return_val_if_fail (VMC_IS_RECORDING_VIEW (self), 60.0);

  return self->target;
}

/* The longest a message should be, seconds: the timer counts against it */
void
vmc_recording_view_set_target (VmcRecordingView *self,
                               double            seconds)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  if (self->target == seconds)
    return;
  self->target = seconds;
  update_timer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_SECONDS]);
}

/* A new attempt: no waveform, the timer at zero */
void
vmc_recording_view_reset (VmcRecordingView *self)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  vmc_waveform_clear (self->waveform);
  self->level = 0;
  gtk_level_bar_set_value (self->level_bar, 0);
  self->elapsed = 0;
  update_timer (self);
}

/* The recorder's peaks, one per 20 ms block */
void
vmc_recording_view_append_levels (VmcRecordingView *self,
                                  const float      *peaks,
                                  guint             n)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  vmc_waveform_append_levels (self->waveform, peaks, n);
  for (guint i = 0; i < n; i++)
    self->level = MAX (self->level * LEVEL_DECAY, MIN (1.0f, peaks[i] * 1.6f));
  gtk_level_bar_set_value (self->level_bar, self->level);
}

void
vmc_recording_view_set_elapsed (VmcRecordingView *self,
                                double            seconds)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  self->elapsed = seconds;
  update_timer (self);
}

/* The words heard so far, while recording: the end of them */
void
vmc_recording_view_set_heard (VmcRecordingView *self,
                              const char       *words)
{
  glong len = words ? g_utf8_strlen (words, -1) : 0;

  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  if (self->mode == VMC_RECORDING_VIEW_RECORDING && len > 0)
    gtk_label_set_text (self->status_label, g_utf8_offset_to_pointer (words, MAX (0, len - HEARD_CHARS)));
}

/* What the rep should know now: what to do, what went wrong */
void
vmc_recording_view_set_status (VmcRecordingView *self,
                               const char       *text)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  gtk_label_set_text (self->status_label, text);
  gtk_label_set_text (self->done_label, text);
}

/* Whose voice the recognizer listens for (shown before a recording) */
void
vmc_recording_view_set_voice (VmcRecordingView *self,
                              const char       *text)
{
  g_return_if_fail (VMC_IS_RECORDING_VIEW (self));

  gtk_label_set_text (self->voice_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->voice_label),
                          self->mode == VMC_RECORDING_VIEW_READY && text && *text);
}

static void
vmc_recording_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VmcRecordingView *self = VMC_RECORDING_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_TARGET_SECONDS:
      g_value_set_double (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_recording_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VmcRecordingView *self = VMC_RECORDING_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODE:
      vmc_recording_view_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_TARGET_SECONDS:
      vmc_recording_view_set_target (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_recording_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), VMC_TYPE_RECORDING_VIEW);
  G_OBJECT_CLASS (vmc_recording_view_parent_class)->dispose (object);
}

static void
vmc_recording_view_class_init (VmcRecordingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_recording_view_dispose;
  object_class->get_property = vmc_recording_view_get_property;
  object_class->set_property = vmc_recording_view_set_property;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, VMC_TYPE_RECORDING_VIEW_MODE, VMC_RECORDING_VIEW_READY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_SECONDS] =
    g_param_spec_double ("target-seconds", NULL, NULL, 5.0, 600.0, 60.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VMC_TYPE_WAVEFORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vmcoach/VoicemailCoach/vmc-recording-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, card);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, top_row);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, record_button);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, record_content);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, meter_box);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, timer_label);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, level_bar);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, spinner);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, waveform);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, status_label);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, done_label);
  gtk_widget_class_bind_template_child (widget_class, VmcRecordingView, voice_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_recording_view_init (VmcRecordingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->target = 60.0;
  gtk_widget_set_visible (GTK_WIDGET (self->voice_label), FALSE);
  update_timer (self);
}
