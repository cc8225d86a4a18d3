/* vmc-compare-view.c: two attempts side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On top, a table: a row a tip (each attempt's verdict) and a row a measure (length, the
 * number's pace, words a minute, pitch range, score), the earlier attempt on the left, and
 * whether the later one did better, worse or the same, with an arrow and a word (colour
 * only repeats them). The judgement is analysis/vmc-compare.c's. Below, each attempt judged
 * in full in a result view of its own, each with its own playback; starting one stops the
 * other. A recording that is missing shows its result without playback.
 */
#define G_LOG_DOMAIN "vmc-compare-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vmc-compare.h"
#include "vmc-colors.h"
#include "vmc-compare-view.h"
#include "vmc-result-view.h"

enum {
  COLUMN_OLDER,
  COLUMN_NEWER,
  COLUMN_CHANGE,
  N_COLUMNS
};

struct _VmcCompareView
{
  GtkWidget parent_instance;

  /* template */
  GtkWidget *box;
  GtkWidget *older_heading;
  GtkWidget *newer_heading;
  GtkWidget *change_heading;
  GtkLabel *older_date;
  GtkLabel *older_recipient;
  GtkLabel *newer_date;
  GtkLabel *newer_recipient;
  GtkListBox *tip_list;
  GtkListBox *metric_list;
  GtkLabel *older_title;
  GtkLabel *newer_title;
  VmcResultView *older_view;
  VmcResultView *newer_view;

  /* the three columns of values line up with their headings */
  GtkSizeGroup *columns[N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (VmcCompareView, vmc_compare_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- words and icons ---- */

static const char *
change_word (VmcChange c)
{
  switch (c)
    {
    /* TRANSLATORS: the later attempt against the earlier one */
    case VMC_CHANGE_BETTER: return _("Better");
    /* TRANSLATORS: the later attempt against the earlier one */
    case VMC_CHANGE_WORSE:  return _("Worse");
    /* TRANSLATORS: the later attempt against the earlier one */
    case VMC_CHANGE_SAME:   return _("Same");
    default:                return _("Not compared");
    }
}

/* a triangle up for better, down for worse, a dash for the same: the word says it too */
static const char *
change_icon (VmcChange c)
{
  switch (c)
    {
    case VMC_CHANGE_BETTER: return "pan-up-symbolic";
    case VMC_CHANGE_WORSE:  return "pan-down-symbolic";
    case VMC_CHANGE_SAME:   return "list-remove-symbolic";
    default:                return NULL;
    }
}

static const char *
change_class (VmcChange c)
{
  switch (c)
    {
    case VMC_CHANGE_BETTER: return "success";
    case VMC_CHANGE_WORSE:  return "error";
    default:                return "dim-label";
    }
}

/* "20 s", "3.5", "152", "3.4 semitones", "71"; a dash when it was not measured */
static char *
format_metric (VmcMetric metric,
               double    value)
{
  if (isnan (value))
    return g_strdup ("—");
  switch (metric)
    {
    case VMC_METRIC_DURATION:
      /* TRANSLATORS: the length of a message, in seconds */
      return g_strdup_printf (_("%.0f s"), value);
    case VMC_METRIC_DIGITS_PER_SECOND:
      return g_strdup_printf ("%.1f", value);
    case VMC_METRIC_PITCH_RANGE:
      return g_strdup_printf (_("%.1f semitones"), value);
    case VMC_METRIC_WORDS_PER_MINUTE:
    case VMC_METRIC_SCORE:
    case VMC_N_METRICS:
    default:
      return g_strdup_printf ("%.0f", value);
    }
}

/* "12 Mar 2024, 14:05" */
static char *
format_created (VmcAttempt *attempt)
{
  GDateTime *created = vmc_attempt_get_created (attempt);
  /* TRANSLATORS: when an attempt was made (g_date_time_format(): "12 Mar 2024, 14:05") */
  char *text = created ? g_date_time_format (created, _("%-d %b %Y, %H:%M")) : NULL;

  return text ? text : g_strdup ("");
}

/* ---- what is compared: the analysis when there is one, else the library's row ---- */

static VmcVerdict
verdict_of (VmcAttempt  *attempt,
            VmcAnalysis *analysis,
            VmcTipId     tip)
{
  return analysis ? analysis->tips[tip].verdict : vmc_attempt_get_verdict (attempt, tip);
}

static double
metric_of (VmcAttempt  *attempt,
           VmcAnalysis *analysis,
           VmcMetric    metric)
{
  double value;

  if (analysis)
    return vmc_metric_of_analysis (analysis, metric);
  switch (metric)
    {
    case VMC_METRIC_DURATION:
      return vmc_attempt_get_duration (attempt);
    case VMC_METRIC_SCORE:
      return vmc_attempt_get_score (attempt);
    case VMC_METRIC_DIGITS_PER_SECOND:
      value = vmc_attempt_get_digits_per_second (attempt);
      break;
    case VMC_METRIC_WORDS_PER_MINUTE:
      value = vmc_attempt_get_words_per_minute (attempt);
      break;
    case VMC_METRIC_PITCH_RANGE:
      value = vmc_attempt_get_pitch_range (attempt);
      break;
    case VMC_N_METRICS:
    default:
      g_assert_not_reached ();
    }
  /* the library keeps 0 for what was not measured */
  return value > 0 ? value : NAN;
}

/* ---- the table ---- */

/* A value, or an icon and a word; without an icon, @css_class (if any) goes on the word */
static GtkWidget *
cell_new (VmcCompareView *self,
          guint           column,
          const char     *icon_name,
          const char     *css_class,
          const char     *text)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  if (icon_name)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_add_css_class (icon, css_class);
      gtk_box_append (GTK_BOX (cell), icon);
    }
  else if (css_class)
    gtk_widget_add_css_class (label, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (cell), label);
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  gtk_size_group_add_widget (self->columns[column], cell);
  return cell;
}

static GtkWidget *
row_new (const char *title,
         GtkWidget  *older,
         GtkWidget  *newer,
         GtkWidget  *change,
         const char *described)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), older);
  gtk_box_append (GTK_BOX (box), newer);
  gtk_box_append (GTK_BOX (box), change);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
  return row;
}

static GtkWidget *
change_cell_new (VmcCompareView *self,
                 VmcChange       change)
{
  GtkWidget *cell = cell_new (self, COLUMN_CHANGE, change_icon (change), change_class (change),
                              change_word (change));

  /* the word in the colour of its arrow, as the verdicts' icons are */
  if (change == VMC_CHANGE_BETTER || change == VMC_CHANGE_WORSE)
    gtk_widget_add_css_class (gtk_widget_get_last_child (cell), change_class (change));
  return cell;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static void
fill_tips (VmcCompareView *self,
           VmcAttempt     *older,
           VmcAnalysis    *older_analysis,
           VmcAttempt     *newer,
           VmcAnalysis    *newer_analysis)
{
  clear_list (self->tip_list);
  for (VmcTipId tip = 0; tip < VMC_N_TIPS; tip++)
    {
      VmcVerdict a = verdict_of (older, older_analysis, tip);
      VmcVerdict b = verdict_of (newer, newer_analysis, tip);
      VmcChange change = vmc_compare_verdicts (a, b);
      /* TRANSLATORS: a row of the comparison, read aloud: "Be engaged: earlier Could be
       * better, later Pass: Better" */
      g_autofree char *described = g_strdup_printf (_("%s: earlier %s, later %s: %s"), vmc_tip_title (tip),
                                                    vmc_verdict_title (a), vmc_verdict_title (b), change_word (change));

      gtk_list_box_append (self->tip_list,
                           row_new (vmc_tip_title (tip),
                                    cell_new (self, COLUMN_OLDER, vmc_verdict_icon_name (a), vmc_verdict_style_class (a), vmc_verdict_title (a)),
                                    cell_new (self, COLUMN_NEWER, vmc_verdict_icon_name (b), vmc_verdict_style_class (b), vmc_verdict_title (b)),
                                    change_cell_new (self, change), described));
    }
}

static void
fill_metrics (VmcCompareView *self,
              VmcAttempt     *older,
              VmcAnalysis    *older_analysis,
              VmcAttempt     *newer,
              VmcAnalysis    *newer_analysis)
{
  clear_list (self->metric_list);
  for (VmcMetric metric = 0; metric < VMC_N_METRICS; metric++)
    {
      double a = metric_of (older, older_analysis, metric);
      double b = metric_of (newer, newer_analysis, metric);
      VmcChange change = vmc_compare_metric (metric, a, b);
      g_autofree char *text_a = format_metric (metric, a);
      g_autofree char *text_b = format_metric (metric, b);
      g_autofree char *described = g_strdup_printf (_("%s: earlier %s, later %s: %s"), vmc_metric_title (metric),
                                                    isnan (a) ? _("not measured") : text_a,
                                                    isnan (b) ? _("not measured") : text_b,
                                                    change_word (change));

      gtk_list_box_append (self->metric_list,
                           row_new (vmc_metric_title (metric),
                                    cell_new (self, COLUMN_OLDER, NULL, isnan (a) ? "dim-label" : NULL, text_a),
                                    cell_new (self, COLUMN_NEWER, NULL, isnan (b) ? "dim-label" : NULL, text_b),
                                    change_cell_new (self, change), described));
    }
}

static void
set_heading (GtkLabel   *date,
             GtkLabel   *recipient,
             GtkLabel   *title,
             const char *title_format,
             VmcAttempt *attempt)
{
  g_autofree char *when = format_created (attempt);
  g_autofree char *to = NULL;
  g_autofree char *titled = g_strdup_printf (title_format, when);
  const char *who = vmc_attempt_get_recipient (attempt);

  if (*who)
    /* TRANSLATORS: whom the message of an attempt was for */
    to = g_strdup_printf (_("To %s"), who);
  else
    to = g_strdup (_("No recipient in its plan"));
  gtk_label_set_text (date, when);
  gtk_label_set_text (recipient, to);
  gtk_label_set_text (title, titled);
}

/* ---- playing ---- */

/* One plays at a time: the one started stops the other */
static void
vmc_compare_view_on_playing_cb (VmcResultView  *view,
                                GParamSpec     *pspec,
                                VmcCompareView *self)
{
  VmcResultView *other = view == self->older_view ? self->newer_view : self->older_view;

  if (vmc_result_view_get_playing (view) && vmc_result_view_get_playing (other))
    vmc_result_view_stop (other);
}

static void
vmc_compare_view_on_error_cb (VmcResultView  *view,
                              const GError   *error,
                              VmcCompareView *self)
{
  g_signal_emit (self, signals[SIGNAL_ERROR], 0, error);
}

/* Stops whichever plays (the window leaves the comparison) */
void
vmc_compare_view_stop (VmcCompareView *self)
{
  g_return_if_fail (VMC_IS_COMPARE_VIEW (self));

  vmc_result_view_stop (self->older_view);
  vmc_result_view_stop (self->newer_view);
}

/* ---- showing two attempts ---- */

/* Whether @a was made after @b (on the same second, the later id) */
static gboolean
is_later (VmcAttempt *a,
          VmcAttempt *b)
{
  GDateTime *ta = vmc_attempt_get_created (a), *tb = vmc_attempt_get_created (b);
  int by_time = ta && tb ? g_date_time_compare (ta, tb) : 0;

  return by_time ? by_time > 0 : vmc_attempt_get_id (a) > vmc_attempt_get_id (b);
}

/**
 * vmc_compare_view_set_attempts:
 * @a: an attempt, loaded
 * @analysis_a: (nullable): its analysis (without it, only the table shows, from @a's row)
 * @clip_a: (nullable): its recording; without it, its result shows without playback
 * @b: the other attempt, loaded
 * @analysis_b: (nullable): its analysis
 * @clip_b: (nullable): its recording
 *
 * Shows @a and @b side by side, the earlier one on the left whichever order they come in;
 * what played before stops. References to the analyses and the clips are kept.
 */
void
vmc_compare_view_set_attempts (VmcCompareView *self,
                               VmcAttempt     *a,
                               VmcAnalysis    *analysis_a,
                               VmcAudioClip   *clip_a,
                               VmcAttempt     *b,
                               VmcAnalysis    *analysis_b,
                               VmcAudioClip   *clip_b)
{
  g_return_if_fail (VMC_IS_COMPARE_VIEW (self));
  g_return_if_fail (VMC_IS_ATTEMPT (a));
  g_return_if_fail (VMC_IS_ATTEMPT (b));

  if (is_later (a, b))
    {
      VmcAttempt *t = a;
      VmcAnalysis *ta = analysis_a;
      VmcAudioClip *tc = clip_a;

      a = b, analysis_a = analysis_b, clip_a = clip_b;
      b = t, analysis_b = ta, clip_b = tc;
    }
  set_heading (self->older_date, self->older_recipient, self->older_title,
               /* TRANSLATORS: above the earlier attempt's result: its date */
               _("Earlier: %s"), a);
  set_heading (self->newer_date, self->newer_recipient, self->newer_title,
               /* TRANSLATORS: above the later attempt's result: its date */
               _("Later: %s"), b);
  fill_tips (self, a, analysis_a, b, analysis_b);
  fill_metrics (self, a, analysis_a, b, analysis_b);
  vmc_result_view_show (self->older_view, analysis_a, clip_a);
  vmc_result_view_show (self->newer_view, analysis_b, clip_b);
  gtk_widget_set_visible (GTK_WIDGET (self->older_view), analysis_a != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->newer_view), analysis_b != NULL);
}

/* ---- GObject ---- */

static void
vmc_compare_view_dispose (GObject *object)
{
  VmcCompareView *self = VMC_COMPARE_VIEW (object);

  if (self->older_view)
    g_signal_handlers_disconnect_by_data (self->older_view, self);
  if (self->newer_view)
    g_signal_handlers_disconnect_by_data (self->newer_view, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_COMPARE_VIEW);
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_object (&self->columns[i]);
  G_OBJECT_CLASS (vmc_compare_view_parent_class)->dispose (object);
}

static void
vmc_compare_view_class_init (VmcCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_compare_view_dispose;

  /**
   * VmcCompareView::error:
   * @error: why a recording could not be played
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  g_type_ensure (VMC_TYPE_RESULT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/vmcoach/VoicemailCoach/vmc-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, box);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, older_heading);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, newer_heading);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, change_heading);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, older_date);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, older_recipient);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, newer_date);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, newer_recipient);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, tip_list);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, metric_list);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, older_title);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, newer_title);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, older_view);
  gtk_widget_class_bind_template_child (widget_class, VmcCompareView, newer_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "compareview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_compare_view_init (VmcCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_COLUMNS; i++)
    self->columns[i] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_size_group_add_widget (self->columns[COLUMN_OLDER], self->older_heading);
  gtk_size_group_add_widget (self->columns[COLUMN_NEWER], self->newer_heading);
  gtk_size_group_add_widget (self->columns[COLUMN_CHANGE], self->change_heading);

  g_signal_connect (self->older_view, "notify::playing", G_CALLBACK (vmc_compare_view_on_playing_cb), self);
  g_signal_connect (self->newer_view, "notify::playing", G_CALLBACK (vmc_compare_view_on_playing_cb), self);
  g_signal_connect (self->older_view, "error", G_CALLBACK (vmc_compare_view_on_error_cb), self);
  g_signal_connect (self->newer_view, "error", G_CALLBACK (vmc_compare_view_on_error_cb), self);
}

GtkWidget *
vmc_compare_view_new (void)
{
  return g_object_new (VMC_TYPE_COMPARE_VIEW, NULL);
}
