/* vmc-transcript-view.c: the transcript with the elements highlighted and the word being
 * played marked; a click on a word plays from it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wrapping label in Pango markup: each word a link to play from it, each element's words
 * on its colour (vmc-colors.h), the word under the playback cursor underlined.
 */
#define G_LOG_DOMAIN "vmc-transcript-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "vmc-colors.h"
#include "vmc-transcript-view.h"
#include "vmc-word.h"

struct _VmcTranscriptView
{
  GtkWidget parent_instance;

  GtkLabel *label;
  VmcAnalysis *analysis;  /* a reference: it is shown as long as it is here */
  int current;            /* the word being played, or -1 */
};

G_DEFINE_FINAL_TYPE (VmcTranscriptView, vmc_transcript_view, GTK_TYPE_WIDGET)

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

/* The element a word belongs to (the first shown kind that covers it), or NULL */
static const VmcElement *
element_at (const VmcAnalysis *a,
            guint              word)
{
  const VmcElement *best = NULL;

  for (guint k = 0; k < a->elements->len; k++)
    {
      const VmcElement *e = g_ptr_array_index (a->elements, k);
      int i = shown_index (e->kind);

      if (i >= 0 && e->first_word <= word && word <= e->last_word &&
          (best == NULL || i < shown_index (best->kind)))
        best = e;
    }
  return best;
}

/* Each word a link ("w:INDEX") so that a click plays from it; each element's words on its
 * colour; the word being played underlined */
static void
render (VmcTranscriptView *self)
{
  const VmcAnalysis *a = self->analysis;
  GString *m = g_string_new (NULL);

  for (guint i = 0; i < a->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (a->words, i);
      const VmcElement *e = element_at (a, i);
      const VmcElement *next = i + 1 < a->words->len ? element_at (a, i + 1) : NULL;
      g_autofree char *word = g_markup_escape_text (w->word, -1);

      if (e)
        g_string_append_printf (m, "<span background=\"%s\" bgalpha=\"35%%\"%s>",
                                vmc_element_color (e->kind),
                                shown_index (e->kind) < 4 ? " weight=\"bold\"" : "");
      g_string_append_printf (m, "<a href=\"w:%u\" title=\"%d:%04.1f\">%s%s%s</a>", i,
                              (int)w->start / 60, fmod (w->start, 60.0),
                              (int)i == self->current ? "<u>" : "", word,
                              (int)i == self->current ? "</u>" : "");
      /* the space inside the span when the next word is in it too */
      if (e && next == e)
        g_string_append (m, " </span>");
      else
        g_string_append_printf (m, "%s%s", e ? "</span>" : "", i + 1 < a->words->len ? " " : "");
    }
  gtk_label_set_markup (self->label, m->str);
  g_string_free (m, TRUE);
}

/* Plain text: the partial transcript while recording, or a message */
void
vmc_transcript_view_set_text (VmcTranscriptView *self,
                              const char        *text)
{
  g_return_if_fail (VMC_IS_TRANSCRIPT_VIEW (self));

  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  self->current = -1;
  gtk_label_set_text (self->label, text ? text : "");
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

/* Marks the word being played at @seconds (none for a negative time) */
void
vmc_transcript_view_set_time (VmcTranscriptView *self,
                              double             seconds)
{
  int word = -1;

  g_return_if_fail (VMC_IS_TRANSCRIPT_VIEW (self));

  if (self->analysis == NULL)
    return;
  for (guint i = 0; seconds >= 0 && i < self->analysis->words->len; i++)
    if (((VmcWord *)g_ptr_array_index (self->analysis->words, i))->start <= seconds)
      word = (int)i;
  if (word == self->current)
    return;
  self->current = word;
  render (self);
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
  const VmcAnalysis *a;

  g_return_val_if_fail (VMC_IS_TRANSCRIPT_VIEW (self), NULL);

  if ((a = self->analysis) == NULL)
    {
      g_string_append (out, gtk_label_get_text (self->label));
      return g_string_free (out, FALSE);
    }
  for (guint i = 0; i < a->words->len; i++)
    {
      const VmcElement *e = element_at (a, i);
      const VmcElement *prev = i > 0 ? element_at (a, i - 1) : NULL;
      const VmcElement *next = i + 1 < a->words->len ? element_at (a, i + 1) : NULL;

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

static gboolean
on_link (GtkLabel          *label,
         const char        *uri,
         VmcTranscriptView *self)
{
  guint64 i;

  if (self->analysis && g_str_has_prefix (uri, "w:") &&
      g_ascii_string_to_unsigned (uri + 2, 10, 0, self->analysis->words->len - 1, &i, NULL))
    g_signal_emit (self, signals[SIGNAL_WORD_ACTIVATED], 0,
                   ((VmcWord *)g_ptr_array_index (self->analysis->words, i))->start);
  return TRUE;
}

static void
vmc_transcript_view_dispose (GObject *object)
{
  VmcTranscriptView *self = VMC_TRANSCRIPT_VIEW (object);

  if (self->label)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }
  g_clear_pointer (&self->analysis, vmc_analysis_unref);
  G_OBJECT_CLASS (vmc_transcript_view_parent_class)->dispose (object);
}

static void
vmc_transcript_view_class_init (VmcTranscriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vmc_transcript_view_dispose;
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
style_changed (VmcTranscriptView *self)
{
  if (self->analysis && self->analysis->words->len > 0)
    render (self);   /* the dark style's colours, or the light one's */
}

static void
vmc_transcript_view_init (VmcTranscriptView *self)
{
  self->current = -1;
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_yalign (self->label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->label), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->label), 12);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self->label, "activate-link", G_CALLBACK (on_link), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Transcript"), -1);
}

GtkWidget *
vmc_transcript_view_new (void)
{
  return g_object_new (VMC_TYPE_TRANSCRIPT_VIEW, NULL);
}
