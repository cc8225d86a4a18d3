/* vmc-result-view.c: one attempt judged, with its recording to play
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Takes an analysis and the recording it is of (a clip, read once elsewhere) and shows them:
 * the waveform with the timeline of the elements, Play and the phone-line sound, the score,
 * the transcript with its highlights, the metrics and the ten tips with their evidence. A
 * click on the waveform, a word or a tip plays from that moment. It knows nothing of how the
 * attempt was made, so it shows a recording just made, a file opened or a saved attempt the
 * same way, and two can stand side by side.
 */
#define G_LOG_DOMAIN "vmc-result-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "vmc-colors.h"
#include "vmc-player.h"
#include "vmc-result-view.h"
#include "vmc-transcript-view.h"
#include "vmc-waveform.h"

typedef struct
{
  GtkWidget  *row;
  GtkWidget  *icon;
  GtkWidget  *at;            /* the evidence's time */
  GtkWidget  *play;
  const char *style_class;   /* the verdict's, on the icon */
} TipRow;

struct _VmcResultView
{
  GtkWidget parent_instance;

  /* template */
  GtkWidget *box;
  GtkWidget *wave_card;
  VmcWaveform *waveform;
  GtkWidget *action_box;
  GtkWidget *score_box;
  AdwButtonContent *play_content;
  GtkToggleButton *telephone_button;
  GtkLabel *score_label;
  GtkFlowBox *legend;
  VmcTranscriptView *transcript;
  GtkLabel *metrics_label;
  GtkListBox *tip_list;
  TipRow tip_rows[VMC_N_TIPS];

  VmcAnalysis *analysis;
  VmcAudioClip *clip;
  VmcPlayer *player;

  /* a long attempt's tips go in once the frame with the rest has been painted (laying out
   * their ten wrapped texts is most of a result's first frame), half of them a frame: the
   * window answers in between; all is shown after the frame with the last ones */
  GdkFrameClock *tips_clock;
  gulong tips_paint_id;
  guint tips_in;           /* how many are in */
};

G_DEFINE_FINAL_TYPE (VmcResultView, vmc_result_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANALYSIS,
  PROP_CLIP,
  PROP_PLAYING,
  PROP_POSITION,
  PROP_TELEPHONE_BAND,
  N_PROPS
};

enum {
  SIGNAL_ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- playing ---- */

static void
report (VmcResultView *self,
        const GError  *error)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, error);
}

/**
 * vmc_result_view_play_from:
 * @seconds: where to start
 *
 * Plays the recording from @seconds to its end (a failure is reported with ::error).
 */
void
vmc_result_view_play_from (VmcResultView *self,
                           double         seconds)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VMC_IS_RESULT_VIEW (self));

  if (self->clip == NULL)
    return;
  vmc_player_set_telephone_band (self->player, gtk_toggle_button_get_active (self->telephone_button));
  if (!vmc_player_play (self->player, seconds, -1, &error))
    report (self, error);
}

/* Plays the recording, pauses it, or goes on from the pause */
void
vmc_result_view_play_pause (VmcResultView *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VMC_IS_RESULT_VIEW (self));

  switch (vmc_player_get_state (self->player))
    {
    case VMC_PLAYER_PLAYING:
      vmc_player_pause (self->player);
      break;
    case VMC_PLAYER_PAUSED:
      if (!vmc_player_resume (self->player, &error))
        report (self, error);
      break;
    default:
      vmc_result_view_play_from (self, 0);
    }
}

void
vmc_result_view_stop (VmcResultView *self)
{
  g_return_if_fail (VMC_IS_RESULT_VIEW (self));

  vmc_player_stop (self->player);
}

gboolean
vmc_result_view_get_playing (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), FALSE);

  return vmc_player_get_state (self->player) == VMC_PLAYER_PLAYING;
}

static void
on_player_state (VmcPlayer     *player,
                 GParamSpec    *pspec,
                 VmcResultView *self)
{
  gboolean playing = vmc_player_get_state (player) == VMC_PLAYER_PLAYING;

  adw_button_content_set_label (self->play_content, playing ? _("_Pause") : _("_Play"));
  adw_button_content_set_icon_name (self->play_content, playing ? "media-playback-pause-symbolic"
                                                                : "media-playback-start-symbolic");
  if (vmc_player_get_state (player) == VMC_PLAYER_IDLE)
    {
      vmc_waveform_set_cursor (self->waveform, -1);
      vmc_transcript_view_set_time (self->transcript, -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Where playback is, seconds: playing or paused; -1 when stopped */
double
vmc_result_view_get_position (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), -1);

  if (vmc_player_get_state (self->player) == VMC_PLAYER_IDLE)
    return -1;
  return vmc_player_get_position (self->player);
}

static void
on_position (VmcPlayer     *player,
             GParamSpec    *pspec,
             VmcResultView *self)
{
  double at = vmc_player_get_position (player);

  if (vmc_player_get_state (player) == VMC_PLAYER_IDLE)
    return;
  vmc_waveform_set_cursor (self->waveform, at);
  vmc_transcript_view_set_time (self->transcript, at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
on_seek (GObject       *source,
         double         seconds,
         VmcResultView *self)
{
  vmc_result_view_play_from (self, seconds);
}

static void
play_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  vmc_result_view_play_pause (VMC_RESULT_VIEW (widget));
}

gboolean
vmc_result_view_get_telephone_band (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), FALSE);

  return gtk_toggle_button_get_active (self->telephone_button);
}

/* Plays it through a phone line's band (300 to 3400 Hz), as the listener will hear it */
void
vmc_result_view_set_telephone_band (VmcResultView *self,
                                    gboolean       telephone)
{
  g_return_if_fail (VMC_IS_RESULT_VIEW (self));

  gtk_toggle_button_set_active (self->telephone_button, telephone);
}

static void
on_telephone_toggled (GtkToggleButton *button,
                      VmcResultView   *self)
{
  vmc_player_set_telephone_band (self->player, gtk_toggle_button_get_active (button));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TELEPHONE_BAND]);
}

/* ---- what is shown ---- */

static void
on_tip_activated (AdwActionRow  *row,
                  VmcResultView *self)
{
  int at_ms = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "at-ms"));

  if (at_ms >= 0)
    vmc_result_view_play_from (self, at_ms / 1000.0);
}

/* The ten tips' rows are made once and filled for each attempt shown: their titles stay, so
 * a new result lays out only the texts that changed (a result's first frame is mostly its
 * tips' wrapped texts) */
static void
make_tip_rows (VmcResultView *self)
{
  for (int i = 0; i < VMC_N_TIPS; i++)
    {
      TipRow *t = &self->tip_rows[i];
      /* TRANSLATORS: a tip's number and title: "3. Give your number early" */
      g_autofree char *title = g_strdup_printf (_("%d. %s"), i + 1, vmc_tip_title (i));

      t->row = adw_action_row_new ();
      t->icon = gtk_image_new ();
      t->at = gtk_label_new (NULL);
      t->play = gtk_image_new_from_icon_name ("media-playback-start-symbolic");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (t->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (t->row), title);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (t->row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (t->row), t->icon);
      gtk_widget_add_css_class (t->at, "dim-label");
      gtk_widget_add_css_class (t->at, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (t->row), t->at);
      adw_action_row_add_suffix (ADW_ACTION_ROW (t->row), t->play);
      g_object_set_data (G_OBJECT (t->row), "at-ms", GINT_TO_POINTER (-1));
      g_signal_connect (t->row, "activated", G_CALLBACK (on_tip_activated), self);
      gtk_list_box_append (self->tip_list, t->row);
    }
}

static void
fill_tip_row (VmcResultView *self,
              TipRow        *t,
              const VmcTip  *tip)
{
  gboolean evidence = tip->at >= 0 && self->clip != NULL;
  /* TRANSLATORS: read aloud for a tip: its verdict, its title, what was found */
  g_autofree char *label = g_strdup_printf (_("%s: %s. %s"), vmc_verdict_title (tip->verdict),
                                            vmc_tip_title (tip->id), tip->message);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (t->row), tip->message);
  gtk_image_set_from_icon_name (GTK_IMAGE (t->icon), vmc_verdict_icon_name (tip->verdict));
  if (t->style_class)
    gtk_widget_remove_css_class (t->icon, t->style_class);
  t->style_class = vmc_verdict_style_class (tip->verdict);
  gtk_widget_add_css_class (t->icon, t->style_class);
  gtk_widget_set_tooltip_text (t->icon, vmc_verdict_title (tip->verdict));
  if (evidence)
    {
      g_autofree char *when = vmc_format_time (tip->at);

      gtk_label_set_text (GTK_LABEL (t->at), when);
    }
  gtk_widget_set_visible (t->at, evidence);
  gtk_widget_set_visible (t->play, evidence);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (t->row), evidence);
  g_object_set_data (G_OBJECT (t->row), "at-ms", GINT_TO_POINTER (evidence ? (int)(tip->at * 1000) : -1));
  gtk_widget_set_tooltip_text (t->row, evidence ? _("Play from the evidence")
                                                : _(vmc_tip_info (tip->id)->summary));
  gtk_accessible_update_property (GTK_ACCESSIBLE (t->row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* "Duration 0:24 · 152 words a minute · number at 2.1 digits a second · …", the numbers as
 * the locale writes them */
static char *
metrics_text (const VmcAnalysis *a)
{
  const VmcMetrics *m = &a->metrics;
  g_autofree char *duration = vmc_format_time (a->duration);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, _("Duration %s · %.0f words a minute"), duration, m->words_per_minute);
  if (m->number_digits_per_second > 0)
    g_string_append_printf (s, _(" · number at %.1f digits a second"), m->number_digits_per_second);
  if (m->closing_digits_per_second > 0)
    g_string_append_printf (s, _(", again at %.1f"), m->closing_digits_per_second);
  if (m->voiced_seconds > 1.0)
    g_string_append_printf (s, _(" · pitch range %.1f semitones"), m->pitch_range_st);
  g_string_append_printf (s, ngettext (" · %u filler", " · %u fillers", m->fillers), m->fillers);
  g_string_append_printf (s, _(" · longest pause %.1f s"), m->longest_pause);
  return g_string_free (s, FALSE);
}

static void
fill_legend (VmcResultView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))))
    gtk_flow_box_remove (self->legend, child);
  /* the highlighted kinds, in their order of precedence */
  for (int rank = 0; rank < VMC_N_ELEMENT_KINDS; rank++)
    for (VmcElementKind k = 0; k < VMC_N_ELEMENT_KINDS; k++)
      {
        const VmcElementInfo *info = vmc_element_info (k);
        g_autofree char *title = NULL;
        g_autofree char *markup = NULL;
        GtkWidget *label;

        if (info->rank != rank)
          continue;
        title = g_markup_escape_text (_(info->title), -1);
        markup = g_strdup_printf ("<span background=\"%s\" bgalpha=\"60%%\">   </span> %s",
                                  vmc_element_color (k), title);
        label = gtk_label_new (NULL);
        gtk_label_set_markup (GTK_LABEL (label), markup);
        gtk_widget_set_tooltip_text (label, _(info->description));
        gtk_widget_add_css_class (label, "caption");
        gtk_flow_box_append (self->legend, label);
      }
}

/* Rows from..to-1 filled with the tips of the attempt shown, and shown; the rest hidden
 * (a long attempt's tips go in over two frames) */
static void
fill_tips (VmcResultView *self,
           guint          from,
           guint          to)
{
  gtk_widget_set_visible (GTK_WIDGET (self->tip_list), self->analysis != NULL && to > 0);
  if (self->analysis == NULL)
    return;
  for (guint i = from; i < to; i++)
    fill_tip_row (self, &self->tip_rows[i], &self->analysis->tips[i]);
  for (guint i = 0; i < VMC_N_TIPS; i++)
    gtk_widget_set_visible (self->tip_rows[i].row, i < to);
}

static void
stop_waiting_for_paint (VmcResultView *self)
{
  if (self->tips_clock)
    g_clear_signal_handler (&self->tips_paint_id, self->tips_clock);
  g_clear_object (&self->tips_clock);
}

static void
tips_after_paint (GdkFrameClock *clock,
                  VmcResultView *self)
{
  /* half of them a frame: their wrapped texts are most of a frame's layout */
  if (self->tips_in < VMC_N_TIPS)
    {
      guint to = MIN (self->tips_in + (VMC_N_TIPS + 1) / 2, VMC_N_TIPS);

      fill_tips (self, self->tips_in, to);
      self->tips_in = to;
      return;
    }
  stop_waiting_for_paint (self);
}

/* The tips of the attempt shown. A long one is shown over several frames (its transcript a
 * few hundred words at a time): its tips after the first one, five a frame, when the window
 * is on screen. A voicemail's all at once, in one frame. */
static void
show_tips (VmcResultView *self)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  GdkFrameClock *clock = root && gtk_widget_get_mapped (root) ? gtk_widget_get_frame_clock (root) : NULL;

  stop_waiting_for_paint (self);
  /* the last attempt's tips are not shown with this one */
  gtk_widget_set_visible (GTK_WIDGET (self->tip_list), FALSE);
  if (self->analysis == NULL)
    return;
  if (clock == NULL || vmc_transcript_view_get_complete (self->transcript))
    {
      fill_tips (self, 0, VMC_N_TIPS);
      return;
    }
  self->tips_in = 0;
  self->tips_clock = g_object_ref (clock);
  self->tips_paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (tips_after_paint), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

/**
 * vmc_result_view_get_complete:
 *
 * Returns: whether all of the attempt shown is on screen (its tips follow the rest by a frame)
 */
gboolean
vmc_result_view_get_complete (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), FALSE);

  return self->tips_paint_id == 0;
}

/**
 * vmc_result_view_show:
 * @analysis: (nullable): the attempt judged (a reference is kept)
 * @clip: (nullable): its recording, for the waveform and playback (a reference is kept)
 *
 * Shows an attempt; what played before stops.
 */
void
vmc_result_view_show (VmcResultView *self,
                      VmcAnalysis   *analysis,
                      VmcAudioClip  *clip)
{
  g_autofree char *described = NULL;

  g_return_if_fail (VMC_IS_RESULT_VIEW (self));

  vmc_player_set_clip (self->player, clip);
  if (analysis)
    vmc_analysis_ref (analysis);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  self->analysis = analysis;
  if (clip)
    vmc_audio_clip_ref (clip);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  self->clip = clip;

  vmc_waveform_set_clip (self->waveform, clip);
  vmc_waveform_set_analysis (self->waveform, analysis);
  vmc_waveform_set_cursor (self->waveform, -1);
  gtk_widget_set_visible (self->wave_card, clip != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "result.play", clip != NULL);
  vmc_transcript_view_set_analysis (self->transcript, analysis);
  described = vmc_transcript_view_describe (self->transcript);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->transcript),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, described, -1);
  show_tips (self);
  if (analysis)
    {
      g_autofree char *score = g_strdup_printf ("%d", analysis->score);
      g_autofree char *metrics = metrics_text (analysis);

      gtk_label_set_text (self->score_label, score);
      gtk_label_set_text (self->metrics_label, metrics);
    }
  else
    {
      gtk_label_set_text (self->score_label, "");
      gtk_label_set_text (self->metrics_label, "");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLIP]);
}

/* Returns: (transfer none) (nullable): the attempt shown */
VmcAnalysis *
vmc_result_view_get_analysis (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), NULL);

  return self->analysis;
}

/* Returns: (transfer none) (nullable): its recording */
VmcAudioClip *
vmc_result_view_get_clip (VmcResultView *self)
{
  g_return_val_if_fail (VMC_IS_RESULT_VIEW (self), NULL);

  return self->clip;
}

/**
 * vmc_result_view_add_action:
 * @widget: a button that belongs with the attempt (the practice window's Try Again)
 *
 * Puts @widget beside Play.
 */
void
vmc_result_view_add_action (VmcResultView *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (VMC_IS_RESULT_VIEW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_insert_child_after (GTK_BOX (self->action_box), widget,
                              gtk_widget_get_prev_sibling (self->score_box));
}

/* ---- GObject ---- */

static void
vmc_result_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VmcResultView *self = VMC_RESULT_VIEW (object);

  switch (prop_id)
    {
    case PROP_ANALYSIS:
      g_value_set_boxed (value, self->analysis);
      break;
    case PROP_CLIP:
      g_value_set_boxed (value, self->clip);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, vmc_result_view_get_playing (self));
      break;
    case PROP_POSITION:
      g_value_set_double (value, vmc_result_view_get_position (self));
      break;
    case PROP_TELEPHONE_BAND:
      g_value_set_boolean (value, vmc_result_view_get_telephone_band (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_result_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VmcResultView *self = VMC_RESULT_VIEW (object);

  switch (prop_id)
    {
    case PROP_TELEPHONE_BAND:
      vmc_result_view_set_telephone_band (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vmc_result_view_dispose (GObject *object)
{
  VmcResultView *self = VMC_RESULT_VIEW (object);

  if (self->player)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      vmc_player_stop (self->player);
    }
  g_clear_object (&self->player);
  stop_waiting_for_paint (self);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  g_clear_pointer (&self->clip, vmc_audio_clip_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_RESULT_VIEW);
  G_OBJECT_CLASS (vmc_result_view_parent_class)->dispose (object);
}

static void
vmc_result_view_class_init (VmcResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_result_view_dispose;
  object_class->get_property = vmc_result_view_get_property;
  object_class->set_property = vmc_result_view_set_property;

  properties[PROP_ANALYSIS] =
    g_param_spec_boxed ("analysis", NULL, NULL, VMC_TYPE_ANALYSIS,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLIP] =
    g_param_spec_boxed ("clip", NULL, NULL, VMC_TYPE_AUDIO_CLIP,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TELEPHONE_BAND] =
    g_param_spec_boolean ("telephone-band", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VmcResultView::error:
   * @error: why the recording could not be played
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  g_type_ensure (VMC_TYPE_WAVEFORM);
  g_type_ensure (VMC_TYPE_TRANSCRIPT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vmcoach/VoicemailCoach/vmc-result-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, box);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, wave_card);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, waveform);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, action_box);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, score_box);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, play_content);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, telephone_button);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, score_label);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, legend);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, transcript);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, metrics_label);
  gtk_widget_class_bind_template_child (widget_class, VmcResultView, tip_list);
  gtk_widget_class_install_action (widget_class, "result.play", NULL, play_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "resultview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_result_view_init (VmcResultView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->player = vmc_player_new ();
  g_signal_connect (self->player, "notify::state", G_CALLBACK (on_player_state), self);
  g_signal_connect (self->player, "notify::position", G_CALLBACK (on_position), self);
  g_signal_connect (self->waveform, "seek", G_CALLBACK (on_seek), self);
  g_signal_connect (self->transcript, "word-activated", G_CALLBACK (on_seek), self);
  g_signal_connect (self->telephone_button, "toggled", G_CALLBACK (on_telephone_toggled), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "result.play", FALSE);
  make_tip_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->tip_list), FALSE);
  fill_legend (self);
  /* the colours are the dark style's or the light one's */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (fill_legend), self, G_CONNECT_SWAPPED);
}

GtkWidget *
vmc_result_view_new (void)
{
  return g_object_new (VMC_TYPE_RESULT_VIEW, NULL);
}
