/* vmc-attempt-row.c: one attempt in the Attempts list
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The score, when it was made, to whom and the first words or the note, its length, and ten
 * marks, one per tip (✓ pass, ! could be better, ✗ fix, · not judged: a shape each, then a
 * colour). A row is recycled by the list view: it shows a placeholder until the row has been
 * read, then its figures.
 *
 * One widget draws the five texts (in the sizes and weights of libadwaita's title-3, heading,
 * caption and dim-label) instead of a box of labels: its height is the same for every
 * attempt, so a new attempt bound to the row is redrawn without laying out the list again.
 * The list view keeps 200 rows, and a search that changes thousands of them rebinds them all:
 * with eight widgets a row that took 80-160 ms a keystroke.
 */
#define G_LOG_DOMAIN "vmc-attempt-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-attempt-row.h"
#include "vmc-snapshot.h"

/* The texts, in the order they are drawn from the start of the row */
typedef enum
{
  TEXT_SCORE,
  TEXT_TITLE,
  TEXT_DETAIL,
  TEXT_LENGTH,
  TEXT_MARKS,
  N_TEXTS
} Text;

#define MARGIN_X  12
#define MARGIN_Y  9
#define SPACING   18
#define SCORE_CHARS  3   /* "100" */
#define LENGTH_CHARS 5   /* "12:34" */

struct _VmcAttemptRow
{
  GtkWidget parent_instance;

  VmcAttempt *attempt;
  gulong      loaded_id;
  gulong      note_id;

  char        *texts[N_TEXTS];     /* the marks as Pango markup */
  PangoLayout *layouts[N_TEXTS];   /* made when first drawn, dropped when a text changes */
  char        *spoken;             /* the verdicts in words: the marks' tooltip */

  /* from the style: the widths of the fixed columns and the row's height */
  gboolean     measured;
  int          score_width, length_width, marks_width, height;
  int          text_width;         /* the title's and the detail's, from the allocation */
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

/* Each text's look: libadwaita's classes as Pango attributes on the row's own font */
static PangoAttrList *
text_attributes (Text text)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  switch (text)
    {
    case TEXT_SCORE:    /* .title-3 .numeric */
      pango_attr_list_insert (attrs, pango_attr_scale_new (15.0 / 11.0));
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_ULTRABOLD));
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      break;
    case TEXT_TITLE:    /* .heading */
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      break;
    case TEXT_DETAIL:   /* .caption */
      pango_attr_list_insert (attrs, pango_attr_scale_new (9.0 / 11.0));
      break;
    case TEXT_LENGTH:   /* .numeric */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      break;
    case TEXT_MARKS:    /* one shape per verdict, each as wide as the others */
      pango_attr_list_insert (attrs, pango_attr_family_new ("monospace"));
      pango_attr_list_insert (attrs, pango_attr_scale_new (1.15));
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (PANGO_SCALE));
      break;
    case N_TEXTS:
    default:
      g_assert_not_reached ();
    }
  return attrs;
}

static PangoLayout *
make_layout (VmcAttemptRow *self,
             Text           text,
             const char    *content)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attrs = text_attributes (text);

  if (text == TEXT_MARKS)
    {
      /* the markup's colours over the row's look */
      PangoAttrList *markup = NULL;
      g_autofree char *plain = NULL;

      if (pango_parse_markup (content, -1, 0, &markup, &plain, NULL, NULL))
        {
          pango_layout_set_text (layout, plain, -1);
          pango_attr_list_splice (attrs, markup, 0, 0);
          pango_attr_list_unref (markup);
        }
    }
  else
    pango_layout_set_text (layout, content, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (text == TEXT_TITLE || text == TEXT_DETAIL)
    {
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, MAX (self->text_width, 1) * PANGO_SCALE);
    }
  return layout;
}

static PangoLayout *
layout_of (VmcAttemptRow *self,
           Text           text)
{
  if (self->layouts[text] == NULL)
    self->layouts[text] = make_layout (self, text, self->texts[text] ? self->texts[text] : "");
  return self->layouts[text];
}

static void
drop_layouts (VmcAttemptRow *self)
{
  for (int t = 0; t < N_TEXTS; t++)
    g_clear_object (&self->layouts[t]);
}

/* The fixed columns' widths and the row's height, from sample texts in the style in use */
static void
ensure_measured (VmcAttemptRow *self)
{
  static const char *const samples[N_TEXTS] = { "000", "Ag", "Ag", "00:00", "✓✓✓✓✓✓✓✓✓✓" };
  int width[N_TEXTS], height[N_TEXTS];

  if (self->measured)
    return;
  for (int t = 0; t < N_TEXTS; t++)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, t, samples[t]);

      pango_layout_set_width (layout, -1);
      pango_layout_get_pixel_size (layout, &width[t], &height[t]);
    }
  self->score_width = width[TEXT_SCORE] * SCORE_CHARS / 3;
  self->length_width = width[TEXT_LENGTH] * LENGTH_CHARS / 5;
  self->marks_width = width[TEXT_MARKS];
  self->height = 2 * MARGIN_Y + MAX (MAX (height[TEXT_SCORE], height[TEXT_TITLE] + height[TEXT_DETAIL]),
                                     MAX (height[TEXT_LENGTH], height[TEXT_MARKS]));
  self->measured = TRUE;
}

static void
set_text (VmcAttemptRow *self,
          Text           text,
          const char    *content)
{
  if (g_strcmp0 (self->texts[text], content) == 0)
    return;
  g_free (self->texts[text]);
  self->texts[text] = g_strdup (content);
  g_clear_object (&self->layouts[text]);
}

static void
update (VmcAttemptRow *self)
{
  VmcAttempt *a = self->attempt;
  g_autofree char *date = NULL, *length = NULL, *score = NULL, *detail = NULL, *marks = NULL;
  g_autofree char *label = NULL;
  const char *recipient, *note, *words;

  g_clear_pointer (&self->spoken, g_free);
  if (a == NULL || !vmc_attempt_is_loaded (a))
    {
      set_text (self, TEXT_SCORE, "");
      set_text (self, TEXT_TITLE, "…");
      set_text (self, TEXT_DETAIL, "");
      set_text (self, TEXT_LENGTH, "");
      set_text (self, TEXT_MARKS, "");
      gtk_widget_queue_draw (GTK_WIDGET (self));
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
  marks = vmc_format_verdict_marks (GTK_WIDGET (self), a, &self->spoken);
  set_text (self, TEXT_SCORE, score);
  set_text (self, TEXT_TITLE, date);
  set_text (self, TEXT_DETAIL, detail);
  set_text (self, TEXT_LENGTH, length);
  set_text (self, TEXT_MARKS, marks);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* TRANSLATORS: an attempt in the list, read aloud: date, score, length, to whom or what */
  label = g_strdup_printf (_("%s, score %s, %s long, %s"), date, score, length, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->spoken,
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

/* ---- drawn ---- */

/* Where each text starts, left to right (mirrored for a right-to-left language) */
static void
columns (VmcAttemptRow *self,
         int            width,
         int            x[N_TEXTS])
{
  x[TEXT_SCORE] = MARGIN_X;
  x[TEXT_TITLE] = x[TEXT_DETAIL] = x[TEXT_SCORE] + self->score_width + SPACING;
  x[TEXT_MARKS] = width - MARGIN_X - self->marks_width;
  x[TEXT_LENGTH] = x[TEXT_MARKS] - SPACING - self->length_width;
}

static GtkSizeRequestMode
vmc_attempt_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
vmc_attempt_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (widget);

  ensure_measured (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int fixed = 2 * MARGIN_X + self->score_width + self->length_width + self->marks_width + 3 * SPACING;

      *minimum = fixed + 80;    /* a few characters of the date, the rest ellipsized */
      *natural = fixed + 360;
    }
  else
    *minimum = *natural = self->height;
}

static void
vmc_attempt_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (widget);
  int x[N_TEXTS];
  int text_width;

  ensure_measured (self);
  columns (self, width, x);
  text_width = MAX (1, x[TEXT_LENGTH] - SPACING - x[TEXT_TITLE]);
  if (text_width != self->text_width)
    {
      self->text_width = text_width;
      for (Text t = TEXT_TITLE; t <= TEXT_DETAIL; t++)
        if (self->layouts[t])
          pango_layout_set_width (self->layouts[t], text_width * PANGO_SCALE);
    }
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           int            x,
           int            y,
           int            width,
           gboolean       end_aligned,
           int            row_width,
           gboolean       rtl,
           const GdkRGBA *color)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (end_aligned)
    x += width - w;
  if (rtl)
    x = row_width - x - (end_aligned ? w : MIN (w, width));
  vmc_snapshot_layout_at (snapshot, layout, x, y, color);
}

static void
vmc_attempt_row_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x[N_TEXTS], h[N_TEXTS];
  GdkRGBA fg, dim;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = fg;
  dim.alpha *= 0.55f;   /* .dim-label */
  columns (self, width, x);
  for (int t = 0; t < N_TEXTS; t++)
    pango_layout_get_pixel_size (layout_of (self, t), NULL, &h[t]);

  draw_text (snapshot, layout_of (self, TEXT_SCORE), x[TEXT_SCORE], (height - h[TEXT_SCORE]) / 2,
             self->score_width, TRUE, width, rtl, &fg);
  {
    int top = (height - h[TEXT_TITLE] - h[TEXT_DETAIL]) / 2;

    draw_text (snapshot, layout_of (self, TEXT_TITLE), x[TEXT_TITLE], top, self->text_width, FALSE,
               width, rtl, &fg);
    draw_text (snapshot, layout_of (self, TEXT_DETAIL), x[TEXT_DETAIL], top + h[TEXT_TITLE],
               self->text_width, FALSE, width, rtl, &dim);
  }
  draw_text (snapshot, layout_of (self, TEXT_LENGTH), x[TEXT_LENGTH], (height - h[TEXT_LENGTH]) / 2,
             self->length_width, TRUE, width, rtl, &dim);
  draw_text (snapshot, layout_of (self, TEXT_MARKS), x[TEXT_MARKS], (height - h[TEXT_MARKS]) / 2,
             self->marks_width, FALSE, width, rtl, &fg);
}

/* The marks' tooltip: the verdicts in words */
static gboolean
vmc_attempt_row_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int cols[N_TEXTS];

  if (self->spoken == NULL)
    return FALSE;
  columns (self, width, cols);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = width - x;
  if (!keyboard && x < cols[TEXT_MARKS])
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->spoken);
  return TRUE;
}

static void
vmc_attempt_row_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (widget);

  GTK_WIDGET_CLASS (vmc_attempt_row_parent_class)->css_changed (widget, change);
  /* another font, or the light or dark style: measured and laid out again, the marks in
   * the style's colours */
  self->measured = FALSE;
  drop_layouts (self);
  update (self);
  gtk_widget_queue_resize (widget);
}

static void
vmc_attempt_row_direction_changed (GtkWidget        *widget,
                                   GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (vmc_attempt_row_parent_class)->direction_changed (widget, previous);
  drop_layouts (VMC_ATTEMPT_ROW (widget));
  gtk_widget_queue_draw (widget);
}

static void
vmc_attempt_row_dispose (GObject *object)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (object);

  vmc_attempt_row_set_attempt (self, NULL);
  drop_layouts (self);
  G_OBJECT_CLASS (vmc_attempt_row_parent_class)->dispose (object);
}

static void
vmc_attempt_row_finalize (GObject *object)
{
  VmcAttemptRow *self = VMC_ATTEMPT_ROW (object);

  for (int t = 0; t < N_TEXTS; t++)
    g_free (self->texts[t]);
  g_free (self->spoken);
  G_OBJECT_CLASS (vmc_attempt_row_parent_class)->finalize (object);
}

static void
vmc_attempt_row_class_init (VmcAttemptRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_attempt_row_dispose;
  object_class->finalize = vmc_attempt_row_finalize;
  widget_class->get_request_mode = vmc_attempt_row_get_request_mode;
  widget_class->measure = vmc_attempt_row_measure;
  widget_class->size_allocate = vmc_attempt_row_size_allocate;
  widget_class->snapshot = vmc_attempt_row_snapshot;
  widget_class->query_tooltip = vmc_attempt_row_query_tooltip;
  widget_class->css_changed = vmc_attempt_row_css_changed;
  widget_class->direction_changed = vmc_attempt_row_direction_changed;
  gtk_widget_class_set_css_name (widget_class, "attemptrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
vmc_attempt_row_init (VmcAttemptRow *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
vmc_attempt_row_new (void)
{
  return g_object_new (VMC_TYPE_ATTEMPT_ROW, NULL);
}
