/* vmc-attempt-row.c: one attempt in the Attempts list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The score, when it was made, to whom and the first words or the note, its length, and ten
 * marks, one per tip (✓ pass, ! could be better, ✗ fix, · not judged: a shape each, then a
 * colour). A row is recycled by the list view: it shows a placeholder's id until the row has
 * been read, then its figures.
 */
#define G_LOG_DOMAIN "vmc-attempt-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempt-row.h"

struct _VmcAttemptRow
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel  *score_label;
  GtkLabel  *title_label;
  GtkLabel  *detail_label;
  GtkLabel  *length_label;
  GtkLabel  *marks_label;

  VmcAttempt *attempt;
  gulong      loaded_id;
  gulong      note_id;
};

G_DEFINE_FINAL_TYPE (VmcAttemptRow, vmc_attempt_row, GTK_TYPE_WIDGET)

/**
 * vmc_format_attempt_date:
 *
 * Returns: (transfer full): when an attempt was made, as a person says it: "Today, 14:05",
 *   "Yesterday, 09:30", "Mon 3 Mar, 10:00", "3 Mar 2025, 10:00"
 */
char *
vmc_format_attempt_date (GDateTime *when)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  int days;

  {
    g_autoptr(GDateTime) a = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                    g_date_time_get_day_of_month (now), 0, 0, 0);
    g_autoptr(GDateTime) b = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                    g_date_time_get_day_of_month (local), 0, 0, 0);

    days = (int)(g_date_time_difference (a, b) / G_TIME_SPAN_DAY);
  }
  if (days == 0)
    /* TRANSLATORS: an attempt's date: %s is the time */
    return g_strdup_printf (_("Today, %s"), time);
  if (days == 1)
    /* TRANSLATORS: an attempt's date: %s is the time */
    return g_strdup_printf (_("Yesterday, %s"), time);
  if (g_date_time_get_year (local) == g_date_time_get_year (now))
    /* TRANSLATORS: an attempt's date this year (strftime) */
    return g_date_time_format (local, _("%a %-e %b, %H:%M"));
  /* TRANSLATORS: an attempt's date in another year (strftime) */
  return g_date_time_format (local, _("%-e %b %Y, %H:%M"));
}

/**
 * vmc_format_verdict_marks:
 * @widget: whose style gives the colours (light or dark)
 * @accessible: (out) (optional): the verdicts in words, for a screen reader
 *
 * Returns: (transfer full): Pango markup: ten marks, a shape and a colour per verdict
 */
char *
vmc_format_verdict_marks (GtkWidget   *widget,
                          VmcAttempt  *attempt,
                          char       **accessible)
{
  static const char * const marks[] = { "✓", "!", "✗", "·" };
  static const char * const colours[] = { "success_color", "warning_color", "error_color", NULL };
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GString *markup = g_string_new (NULL);
  GString *words = accessible ? g_string_new (NULL) : NULL;

  for (int t = 0; t < VMC_N_TIPS; t++)
    {
      VmcVerdict v = vmc_attempt_get_verdict (attempt, t);
      GdkRGBA rgba;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (colours[v] && gtk_style_context_lookup_color (style, colours[v], &rgba))
      G_GNUC_END_IGNORE_DEPRECATIONS
        g_string_append_printf (markup, "<span foreground=\"#%02x%02x%02x\">%s</span>",
                                (int)(rgba.red * 255), (int)(rgba.green * 255), (int)(rgba.blue * 255), marks[v]);
      else
        g_string_append_printf (markup, "<span alpha=\"50%%\">%s</span>", marks[v]);
      if (words)
        /* TRANSLATORS: a tip and its verdict, in a list read aloud */
        g_string_append_printf (words, _("%s: %s. "), vmc_tip_title (t), vmc_verdict_title (v));
    }
  if (accessible)
    *accessible = g_string_free (words, FALSE);
  return g_string_free (markup, FALSE);
}

static void
update (VmcAttemptRow *self)
{
  VmcAttempt *a = self->attempt;
  g_autofree char *date = NULL, *length = NULL, *score = NULL, *detail = NULL, *marks = NULL;
  g_autofree char *spoken = NULL, *label = NULL;
  const char *recipient, *note, *words;

  if (a == NULL || !vmc_attempt_is_loaded (a))
    {
      gtk_label_set_text (self->score_label, "");
      gtk_label_set_text (self->title_label, "…");
      gtk_label_set_text (self->detail_label, "");
      gtk_label_set_text (self->length_label, "");
      gtk_label_set_text (self->marks_label, "");
      return;
    }
  date = vmc_format_attempt_date (vmc_attempt_get_created (a));
  length = vmc_format_time (vmc_attempt_get_duration (a));
  score = g_strdup_printf ("%d", vmc_attempt_get_score (a));
  recipient = vmc_attempt_get_recipient (a);
  note = vmc_attempt_get_note (a);
  words = vmc_attempt_get_transcript (a);
  if (*recipient && *note)
    /* TRANSLATORS: below an attempt's date: to whom, then the rep's note */
    detail = g_strdup_printf (_("To %s · %s"), recipient, note);
  else if (*recipient)
    /* TRANSLATORS: below an attempt's date: to whom, then the words heard */
    detail = g_strdup_printf (_("To %s · “%s”"), recipient, words);
  else if (*note)
    detail = g_strdup (note);
  else if (*words)
    detail = g_strdup_printf (_("“%s”"), words);
  else
    detail = g_strdup (_("No speech was heard"));
  /* the first line of a note only, and not a whole transcript */
  g_strdelimit (detail, "\n", ' ');
  if (g_utf8_strlen (detail, -1) > 120)
    {
      char *cut = g_utf8_substring (detail, 0, 119);

      g_free (detail);
      detail = g_strconcat (cut, "…", NULL);
      g_free (cut);
    }
  marks = vmc_format_verdict_marks (GTK_WIDGET (self), a, &spoken);
  gtk_label_set_text (self->score_label, score);
  gtk_label_set_text (self->title_label, date);
  gtk_label_set_text (self->detail_label, detail);
  gtk_label_set_text (self->length_label, length);
  gtk_label_set_markup (self->marks_label, marks);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->marks_label), spoken);
  /* TRANSLATORS: an attempt in the list, read aloud: date, score, length, to whom or what */
  label = g_strdup_printf (_("%s, score %s, %s long, %s"), date, score, length, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken,
                                  -1);
}

static void
on_changed (VmcAttempt    *attempt,
            GParamSpec    *pspec,
            VmcAttemptRow *self)
{
  update (self);
}

/**
 * vmc_attempt_row_set_attempt:
 * @attempt: (nullable): what the row shows (a placeholder is shown when it is loaded)
 */
void
vmc_attempt_row_set_attempt (VmcAttemptRow *self,
                             VmcAttempt    *attempt)
{
  g_return_if_fail (VMC_IS_ATTEMPT_ROW (self));

  if (self->attempt == attempt)
    return;
  if (self->attempt)
    {
      g_clear_signal_handler (&self->loaded_id, self->attempt);
      g_clear_signal_handler (&self->note_id, self->attempt);
    }
  g_set_object (&self->attempt, attempt);
  if (attempt)
    {
      self->loaded_id = g_signal_connect (attempt, "notify::loaded", G_CALLBACK (on_changed), self);
      self->note_id = g_signal_connect (attempt, "notify::note", G_CALLBACK (on_changed), self);
    }
  update (self);
}

static void
vmc_attempt_row_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (vmc_attempt_row_parent_class)->css_changed (widget, change);
  /* the marks' colours follow the light or dark style */
  update (VMC_ATTEMPT_ROW (widget));
}

static void
vmc_attempt_row_dispose (GObject *object)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (object);

  vmc_attempt_row_set_attempt (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VMC_TYPE_ATTEMPT_ROW);
  G_OBJECT_CLASS (vmc_attempt_row_parent_class)->dispose (object);
}

static void
vmc_attempt_row_class_init (VmcAttemptRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_attempt_row_dispose;
  widget_class->css_changed = vmc_attempt_row_css_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/vmcoach/VoicemailCoach/vmc-attempt-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, box);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, length_label);
  gtk_widget_class_bind_template_child (widget_class, VmcAttemptRow, marks_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_attempt_row_init (VmcAttemptRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vmc_attempt_row_new (void)
{
  return g_object_new (VMC_TYPE_ATTEMPT_ROW, NULL);
}
