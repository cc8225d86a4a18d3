/* vmc-transcript-view.c: the transcript with the elements highlighted and the word being
 * played marked; a click on a word plays from it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only GtkTextView: each element's words on its colour (vmc-colors.h), the key spans
 * in bold, the word under the playback cursor underlined. A text view lays out only what is
 * on screen and changes a word's look without laying out the rest again, so a 30-minute
 * message (5,000 words) shows at once; a label of links took most of a minute.
 */
#define G_LOG_DOMAIN "vmc-transcript-view"

#include "config.h"

#include <glib/gi18n.h>

#include "vmc-colors.h"
#include "vmc-transcript-view.h"
#include "vmc-word.h"

struct _VmcTranscriptView
{
  GtkWidget parent_instance;

  GtkTextView *text_view;
  GtkTextTagTable *tags;  /* shared by each buffer shown */
  GtkTextBuffer *buffer;
  GtkTextTag *kind_tags[VMC_N_ELEMENT_KINDS];
  GtkTextTag *current_tag;
  VmcAnalysis *analysis;  /* a reference: it is shown as long as it is here */
  GArray *offsets;        /* guint: where each word starts in the buffer, then its end */
  int current;            /* the word being played, or -1 */

  /* a long transcript goes in a few hundred runs at a time, between frames */
  const VmcElement **owner; /* each word's element, while rendering */
  guint8 *breaks;         /* whether a paragraph starts at each word, while rendering */
  guint rendered;         /* the words in the buffer so far */
  guint chars;            /* and their characters, with the spaces */
  guint render_id;
};

G_DEFINE_FINAL_TYPE (VmcTranscriptView, vmc_transcript_view, GTK_TYPE_WIDGET)

static gboolean requeue_resize (gpointer data);

enum {
  SIGNAL_WORD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The four key spans first (they are bold as well as coloured); -1: not highlighted */
static int
shown_index (VmcElementKind kind)
{
  return vmc_element_info (kind)->rank;
}

/* For each word, the element it is shown in (the first shown kind that covers it), or NULL:
 * one pass over the elements, however long the message */
static const VmcElement **
word_owners (const VmcAnalysis *a)
{
  const VmcElement **owner = g_new0 (const VmcElement *, a->words->len + 1);

  for (guint k = 0; k < a->elements->len; k++)
    {
      const VmcElement *e = g_ptr_array_index (a->elements, k);
      int rank = shown_index (e->kind);

      if (rank < 0)
        continue;
      for (guint w = e->first_word; w <= e->last_word && w < a->words->len; w++)
        if (owner[w] == NULL || rank < shown_index (owner[w]->kind))
          owner[w] = e;
    }
  return owner;
}

/* A new paragraph where the speaker paused, and in a long stretch without a pause at its
 * longest gap: a long recording reads in paragraphs, and a text view lays out a paragraph at a
 * time (one paragraph of 5,000 words was laid out again whole each time words were added:
 * 60 ms frames). Never inside a highlighted element. */
#define PARAGRAPH_PAUSE 1.5     /* seconds of silence that end a paragraph */
#define PARAGRAPH_LEAST 60      /* words, before a break at the longest gap */
#define PARAGRAPH_MOST  120     /* words without a pause that make a paragraph long */

static guint8 *
paragraph_starts (const VmcAnalysis  *a,
                  const VmcElement  **owner)
{
  guint8 *breaks = g_new0 (guint8, a->words->len + 1);
  guint start = 0;

  for (guint j = 1; j < a->words->len; j++)
    {
      gboolean inside = owner[j] != NULL && owner[j] == owner[j - 1];
      const VmcWord *before = g_ptr_array_index (a->words, j - 1);
      const VmcWord *word = g_ptr_array_index (a->words, j);

      if (!inside && word->start - before->end >= PARAGRAPH_PAUSE)
        start = j;
      else if (j - start >= PARAGRAPH_MOST)
        {
          double longest = -1;
          guint best = 0;

          for (guint k = start + PARAGRAPH_LEAST; k <= j; k++)
            {
              double gap = ((VmcWord *)g_ptr_array_index (a->words, k))->start -
                           ((VmcWord *)g_ptr_array_index (a->words, k - 1))->end;

              if (!(owner[k] != NULL && owner[k] == owner[k - 1]) && gap > longest)
                longest = gap, best = k;
            }
          if (best == 0)
            continue;     /* inside one element all along: at its end */
          start = best;
        }
      else
        continue;
      breaks[start] = TRUE;
    }
  return breaks;
}

/* Each kind's tag in the colour of the style in use (35% over the text's background, as
 * the legend shows it) */
static void
update_colors (VmcTranscriptView *self)
{
  for (VmcElementKind k = 0; k < VMC_N_ELEMENT_KINDS; k++)
    {
      GdkRGBA color;

      gdk_rgba_parse (&color, vmc_element_color (k));
      color.alpha = 0.35f;
      g_object_set (self->kind_tags[k], "background-rgba", &color, NULL);
    }
}

static void
word_range (VmcTranscriptView *self,
            guint              first,
            guint              last,
            GtkTextIter       *start,
            GtkTextIter       *end)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, start, (int)g_array_index (self->offsets, guint, first));
  gtk_text_buffer_get_iter_at_offset (self->buffer, end, (int)g_array_index (self->offsets, guint, last + 1) - 1);
}

/* Runs of words (each element's words, and the ones between) put in at a time: about 20 ms */
#define RUNS_AT_A_TIME 250

/* Puts up to @runs runs of words at the end of the buffer, each with its element's tag (the
 * space inside a span is the span's; after it, the text's). Appending a run with its tag is
 * the cheap way: applying a tag in the middle of a long buffer costs far more.
 *
 * Returns: whether every word is in */
static gboolean
render_some (VmcTranscriptView *self,
             guint              runs)
{
  const VmcAnalysis *a = self->analysis;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  for (guint r = 0; r < runs && self->rendered < a->words->len; r++)
    {
      const VmcElement *e = self->owner[self->rendered];
      guint j = self->rendered;

      g_string_truncate (text, 0);
      while (j < a->words->len && self->owner[j] == e && (j == self->rendered || !self->breaks[j]))
        {
          const VmcWord *w = g_ptr_array_index (a->words, j);

          g_array_append_val (self->offsets, self->chars);
          g_string_append (text, w->word);
          self->chars += (guint)g_utf8_strlen (w->word, -1) + 1;
          j++;
          if (j < a->words->len && self->owner[j] == e && !self->breaks[j])
            g_string_append_c (text, ' ');
        }
      if (e)
        gtk_text_buffer_insert_with_tags (self->buffer, &end, text->str, (int)text->len,
                                          self->kind_tags[e->kind], NULL);
      else
        gtk_text_buffer_insert (self->buffer, &end, text->str, (int)text->len);
      if (j < a->words->len)
        gtk_text_buffer_insert (self->buffer, &end, self->breaks[j] ? "\n" : " ", 1);
      self->rendered = j;
    }
  if (self->rendered < a->words->len)
    return FALSE;
  /* one past the end of the last word, as if a space followed it */
  g_array_append_val (self->offsets, self->chars);
  /* the text view measures its height once its lines are laid out (in its own idle): ask
   * again after that, or it keeps the height of the first lines only */
  g_idle_add_full (G_PRIORITY_LOW, requeue_resize, g_object_ref (self), g_object_unref);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->breaks, g_free);
  return TRUE;
}

static gboolean
requeue_resize (gpointer data)
{
  VmcTranscriptView *self = data;

  if (self->text_view)
    gtk_widget_queue_resize (GTK_WIDGET (self->text_view));
  return G_SOURCE_REMOVE;
}

static gboolean
render_idle (gpointer data)
{
  VmcTranscriptView *self = data;

  if (!render_some (self, RUNS_AT_A_TIME))
    return G_SOURCE_CONTINUE;
  self->render_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_rendering (VmcTranscriptView *self)
{
  g_clear_handle_id (&self->render_id, g_source_remove);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->breaks, g_free);
}

/* The words, each element's words on its colour: the first few hundred runs at once (all of a
 * voicemail), the rest of a long recording between frames */
static void
render (VmcTranscriptView *self)
{
  stop_rendering (self);
  g_array_set_size (self->offsets, 0);
  self->owner = word_owners (self->analysis);
  self->breaks = paragraph_starts (self->analysis, self->owner);
  self->rendered = self->chars = 0;
  gtk_text_buffer_set_text (self->buffer, "", 0);
  if (!render_some (self, RUNS_AT_A_TIME))
    self->render_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, render_idle, self, NULL);
}

/* Plain text: the partial transcript while recording, or a message */
void
vmc_transcript_view_set_text (VmcTranscriptView *self,
                              const char        *text)
{
  g_return_if_fail (VMC_IS_TRANSCRIPT_VIEW (self));

  stop_rendering (self);
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  g_array_set_size (self->offsets, 0);
  self->rendered = self->chars = 0;
  self->current = -1;
  gtk_text_buffer_set_text (self->buffer, text ? text : "", -1);
}

/**
 * vmc_transcript_view_set_analysis:
 * @analysis: (nullable): the attempt to show (a reference is kept)
 */
void
vmc_transcript_view_set_analysis (VmcTranscriptView *self,
                                  VmcAnalysis       *analysis)
{
  g_return_if_fail (VMC_IS_TRANSCRIPT_VIEW (self));

  vmc_transcript_view_set_text (self, NULL);
  if (analysis == NULL)
    return;
  if (analysis->words->len == 0)
    {
      vmc_transcript_view_set_text (self, _("No speech was heard. Check that the microphone is on "
                                            "and not muted, and speak close to it."));
      return;
    }
  self->analysis = vmc_analysis_ref (analysis);
  render (self);
}

/**
 * vmc_transcript_view_get_complete:
 *
 * Returns: whether every word is in; a long transcript goes in a few hundred runs at a time,
 *   between frames
 */
gboolean
vmc_transcript_view_get_complete (VmcTranscriptView *self)
{
  g_return_val_if_fail (VMC_IS_TRANSCRIPT_VIEW (self), TRUE);

  return self->render_id == 0;
}

/* The word that starts last at or before @seconds, or -1 */
static int
word_at_time (const VmcAnalysis *a,
              double             seconds)
{
  guint lo = 0, hi = a->words->len;

  if (seconds < 0)
    return -1;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (((VmcWord *)g_ptr_array_index (a->words, mid))->start <= seconds)
        lo = mid + 1;
      else
        hi = mid;
    }
  return (int)lo - 1;
}

/* Marks the word being played at @seconds (none for a negative time) */
void
vmc_transcript_view_set_time (VmcTranscriptView *self,
                              double             seconds)
{
  GtkTextIter start, end;
  int word;

  g_return_if_fail (VMC_IS_TRANSCRIPT_VIEW (self));

  if (self->analysis == NULL)
    return;
  word = word_at_time (self->analysis, seconds);
  if (word + 1 >= (int)self->offsets->len)
    word = -1;   /* not put in yet (its end is the next word's start) */
  if (word == self->current)
    return;
  if (self->current >= 0)
    {
      word_range (self, (guint)self->current, (guint)self->current, &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->current_tag, &start, &end);
    }
  self->current = word;
  if (word >= 0)
    {
      word_range (self, (guint)word, (guint)word, &start, &end);
      gtk_text_buffer_apply_tag (self->buffer, self->current_tag, &start, &end);
    }
}

/**
 * vmc_transcript_view_describe:
 *
 * Returns: (transfer full): the transcript with each highlighted span marked as
 *   "[kind: words]", for the accessible description and tests
 */
char *
vmc_transcript_view_describe (VmcTranscriptView *self)
{
  GString *out = g_string_new (NULL);
  g_autofree const VmcElement **owner = NULL;
  const VmcAnalysis *a;

  g_return_val_if_fail (VMC_IS_TRANSCRIPT_VIEW (self), NULL);

  if ((a = self->analysis) == NULL)
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
      g_string_append (out, text);
      return g_string_free (out, FALSE);
    }
  owner = word_owners (a);
  for (guint i = 0; i < a->words->len; i++)
    {
      const VmcElement *e = owner[i];
      const VmcElement *prev = i > 0 ? owner[i - 1] : NULL;
      const VmcElement *next = owner[i + 1];

      if (i > 0)
        g_string_append_c (out, ' ');
      if (e && prev != e)
        g_string_append_printf (out, "[%s: ", vmc_element_kind_to_string (e->kind));
      g_string_append (out, ((VmcWord *)g_ptr_array_index (a->words, i))->word);
      if (e && next != e)
        g_string_append_c (out, ']');
    }
  return g_string_free (out, FALSE);
}

/* A click (not a drag to select) on a word plays from it */
static void
on_released (GtkGestureClick   *gesture,
             int                n_press,
             double             x,
             double             y,
             VmcTranscriptView *self)
{
  GtkTextIter iter, start, end;
  int bx, by, offset;
  guint lo = 0, hi;

  if (self->analysis == NULL || self->rendered == 0 ||
      gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    return;
  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int)x, (int)y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;
  offset = gtk_text_iter_get_offset (&iter);
  /* the last word that starts at or before the offset */
  hi = self->rendered;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if ((int)g_array_index (self->offsets, guint, mid) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0 || lo - 1 >= self->rendered)
    return;
  g_signal_emit (self, signals[SIGNAL_WORD_ACTIVATED], 0,
                 ((VmcWord *)g_ptr_array_index (self->analysis->words, lo - 1))->start);
}

static void
vmc_transcript_view_dispose (GObject *object)
{
  VmcTranscriptView *self = VMC_TRANSCRIPT_VIEW (object);

  stop_rendering (self);
  if (self->text_view)
    {
      gtk_widget_unparent (GTK_WIDGET (self->text_view));
      self->text_view = NULL;
    }
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  G_OBJECT_CLASS (vmc_transcript_view_parent_class)->dispose (object);
}

static void
vmc_transcript_view_finalize (GObject *object)
{
  VmcTranscriptView *self = VMC_TRANSCRIPT_VIEW (object);

  g_array_unref (self->offsets);
  g_clear_object (&self->buffer);
  g_clear_object (&self->tags);
  G_OBJECT_CLASS (vmc_transcript_view_parent_class)->finalize (object);
}

static void
vmc_transcript_view_class_init (VmcTranscriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_transcript_view_dispose;
  object_class->finalize = vmc_transcript_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "transcript");

  /**
   * VmcTranscriptView::word-activated:
   * @seconds: when the clicked word starts
   */
  signals[SIGNAL_WORD_ACTIVATED] =
    g_signal_new ("word-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
}

static void
vmc_transcript_view_init (VmcTranscriptView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->current = -1;
  self->offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->tags = gtk_text_tag_table_new ();
  for (VmcElementKind k = 0; k < VMC_N_ELEMENT_KINDS; k++)
    {
      self->kind_tags[k] = g_object_new (GTK_TYPE_TEXT_TAG, "weight",
                                         shown_index (k) >= 0 && shown_index (k) < 4
                                         ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, NULL);
      gtk_text_tag_table_add (self->tags, self->kind_tags[k]);
      g_object_unref (self->kind_tags[k]);
    }
  self->current_tag = g_object_new (GTK_TYPE_TEXT_TAG, "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_tag_table_add (self->tags, self->current_tag);
  g_object_unref (self->current_tag);
  self->buffer = gtk_text_buffer_new (self->tags);
  update_colors (self);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new_with_buffer (self->buffer));
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, FALSE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_text_view_set_top_margin (self->text_view, 12);
  gtk_text_view_set_bottom_margin (self->text_view, 12);
  gtk_text_view_set_pixels_inside_wrap (self->text_view, 4);
  gtk_text_view_set_pixels_below_lines (self->text_view, 12);  /* between paragraphs */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), "pointer");
  gtk_widget_set_parent (GTK_WIDGET (self->text_view), GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));
  /* the dark style's colours, or the light one's */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_colors), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Transcript"), -1);
}

GtkWidget *
vmc_transcript_view_new (void)
{
  return g_object_new (VMC_TYPE_TRANSCRIPT_VIEW, NULL);
}
