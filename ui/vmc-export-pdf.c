/* vmc-export-pdf.c: one attempt as a printable report (PDF, drawn with cairo and Pango)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A4 pages: the title and the score, the waveform with the timeline of the elements and its
 * legend, the highlighted transcript, the ten tips with their verdicts and advice, and the
 * metrics. Text that does not fit on a page goes on to the next, line by line.
 */
#define G_LOG_DOMAIN "vmc-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "vmc-audio-clip.h"
#include "vmc-export.h"
#include "vmc-export-pdf.h"

#define PAGE_W 595.0   /* A4, points */
#define PAGE_H 842.0
#define MARGIN 50.0
#define TEXT_W (PAGE_W - 2 * MARGIN)

typedef struct
{
  cairo_t *cr;
  double y;
} Page;

static void
rgb (cairo_t    *cr,
     const char *hex,
     double      alpha)
{
  unsigned r = 0, g = 0, b = 0;

  sscanf (hex, "#%02x%02x%02x", &r, &g, &b);
  cairo_set_source_rgba (cr, r / 255.0, g / 255.0, b / 255.0, alpha);
}

static void
need (Page   *p,
      double  height)
{
  if (p->y + height > PAGE_H - MARGIN)
    {
      cairo_show_page (p->cr);
      p->y = MARGIN;
    }
}

static PangoLayout *
layout_new (Page       *p,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (p->cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Draws @layout at @x, line by line, going on to the next page when a line does not fit */
static void
place (Page        *p,
       PangoLayout *layout,
       double       x,
       double       after)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  cairo_set_source_rgb (p->cr, 0.13, 0.13, 0.13);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      need (p, logical.height / (double)PANGO_SCALE);
      cairo_move_to (p->cr, x + logical.x / (double)PANGO_SCALE,
                     p->y + (baseline - logical.y) / (double)PANGO_SCALE);
      pango_cairo_show_layout_line (p->cr, line);
      p->y += logical.height / (double)PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  p->y += after;
}

static void
text (Page       *p,
      const char *font,
      const char *markup,
      double      after)
{
  g_autoptr(PangoLayout) layout = layout_new (p, font, TEXT_W);

  pango_layout_set_markup (layout, markup, -1);
  place (p, layout, MARGIN, after);
}

static void
waveform (Page              *p,
          VmcAudioClip      *clip,
          const VmcAnalysis *analysis)
{
  const double height = 70, bar = 8;
  const float *highs, *lows = NULL;
  double duration = MAX (analysis->duration, 0.1);
  gsize n = 0;
  int columns = (int)TEXT_W;

  need (p, height + bar + 30);
  highs = clip ? vmc_audio_clip_get_peaks (clip, &lows, &n) : NULL;
  cairo_set_source_rgb (p->cr, 0.3, 0.3, 0.3);
  for (int x = 0; highs && x < columns; x++)
    {
      gsize b0 = (gsize)((double)x / columns * n), b1 = MAX (b0 + 1, (gsize)((double)(x + 1) / columns * n));
      float hi = 0, lo = 0;

      for (gsize b = b0; b < b1 && b < n; b++)
        {
          hi = MAX (hi, highs[b]);
          lo = MIN (lo, lows[b]);
        }
      if (hi > lo)
        cairo_rectangle (p->cr, MARGIN + x, p->y + height / 2 - MIN (1.0, hi * 1.6) * height / 2, 0.8,
                         MAX (0.5, (MIN (1.0, hi * 1.6) - MAX (-1.0, lo * 1.6)) * height / 2));
    }
  cairo_fill (p->cr);
  p->y += height + 4;
  for (guint i = 0; i < analysis->elements->len; i++)
    {
      const VmcElement *e = g_ptr_array_index (analysis->elements, i);
      const VmcElementInfo *info = vmc_element_info (e->kind);

      if (info->rank < 0)
        continue;
      rgb (p->cr, info->light_color, 1.0);
      cairo_rectangle (p->cr, MARGIN + e->start / duration * TEXT_W, p->y,
                       MAX (2.0, (e->end - e->start) / duration * TEXT_W), bar);
      cairo_fill (p->cr);
    }
  p->y += bar + 8;
  /* the legend */
  {
    g_autoptr(GString) legend = g_string_new (NULL);

    for (int rank = 0; rank < VMC_N_ELEMENT_KINDS; rank++)
      for (VmcElementKind k = 0; k < VMC_N_ELEMENT_KINDS; k++)
        if (vmc_element_info (k)->rank == rank)
          {
            g_autofree char *title = g_markup_escape_text (_(vmc_element_info (k)->title), -1);
            g_auto(GStrv) words = g_strsplit (title, " ", -1);
            g_autofree char *unbroken = g_strjoinv ("\u00a0", words);

            /* an entry is never broken between lines ("Other contact"), only between entries */
            g_string_append_printf (legend, "<span background=\"%s\">\u00a0\u00a0\u00a0\u00a0</span>"
                                    "\u00a0%s    ", vmc_element_info (k)->light_color, unbroken);
          }
    text (p, "Sans 8", legend->str, 10);
  }
}

static char *
transcript_markup (const VmcAnalysis *analysis)
{
  g_autofree const VmcElement **owner = g_new0 (const VmcElement *, analysis->words->len + 1);
  GString *m = g_string_new (NULL);

  for (guint k = 0; k < analysis->elements->len; k++)
    {
      const VmcElement *e = g_ptr_array_index (analysis->elements, k);
      int rank = vmc_element_info (e->kind)->rank;

      for (guint w = e->first_word; rank >= 0 && w <= e->last_word && w < analysis->words->len; w++)
        if (!owner[w] || rank < vmc_element_info (owner[w]->kind)->rank)
          owner[w] = e;
    }
  if (analysis->words->len == 0)
    {
      g_autofree char *none = g_markup_escape_text (_("No speech was heard."), -1);

      g_string_append (m, none);
    }
  for (guint i = 0; i < analysis->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (analysis->words, i);
      const VmcElement *e = owner[i];
      g_autofree char *word = g_markup_escape_text (w->word, -1);

      if (e && (i == 0 || owner[i - 1] != e))
        g_string_append_printf (m, "<span background=\"%s\" bgalpha=\"40%%\"%s>",
                                vmc_element_info (e->kind)->light_color,
                                vmc_element_info (e->kind)->rank < 4 ? " weight=\"bold\"" : "");
      g_string_append (m, word);
      if (e && owner[i + 1] != e)
        g_string_append (m, "</span>");
      if (i + 1 < analysis->words->len)
        g_string_append_c (m, ' ');
    }
  return g_string_free (m, FALSE);
}

static const char *
verdict_color (VmcVerdict v)
{
  switch (v)
    {
    case VMC_VERDICT_PASS: return "#26a269";
    case VMC_VERDICT_WARN: return "#c64600";
    case VMC_VERDICT_FAIL: return "#c01c28";
    default:               return "#777777";
    }
}

static cairo_status_t
append_to (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * vmc_export_pdf:
 * @attempt: the attempt (its recording gives the waveform)
 * @analysis: its analysis
 * @path: the PDF to write
 * @error: why it could not be written
 *
 * Writes the report of one attempt.
 */
gboolean
vmc_export_pdf (VmcAttempt         *attempt,
                const VmcAnalysis  *analysis,
                const char         *path,
                GError            **error)
{
  g_autoptr(VmcAudioClip) clip = NULL;
  g_autofree char *title = NULL, *esc_title = NULL, *length = NULL, *meta = NULL, *transcript = NULL;
  cairo_surface_t *surface;
  g_autoptr(GByteArray) pdf = NULL;
  cairo_status_t status;
  Page p = { NULL, MARGIN };

  g_return_val_if_fail (VMC_IS_ATTEMPT (attempt), FALSE);
  g_return_val_if_fail (analysis != NULL && path != NULL, FALSE);

  clip = vmc_audio_clip_load (vmc_attempt_get_audio (attempt), NULL, NULL);   /* no waveform without */
  /* made in memory and written whole by vmc_export_write(): its errors say what to do, and a
   * failed write leaves no half report */
  pdf = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to, pdf, PAGE_W, PAGE_H);
  title = vmc_export_title (attempt);
  esc_title = g_markup_escape_text (title, -1);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Voicemail Coach " PACKAGE_VERSION);
  p.cr = cairo_create (surface);

  text (&p, "Sans Bold 17", esc_title, 4);
  length = vmc_format_time (analysis->duration);
  {
    g_autofree char *note = g_markup_escape_text (vmc_attempt_get_note (attempt), -1);

    /* TRANSLATORS: under the report's title: the score, the length, the note */
    meta = g_strdup_printf (_("<b>Score %d / 100</b> · %s%s%s"), analysis->score, length, *note ? " · " : "", note);
  }
  text (&p, "Sans 11", meta, 14);
  waveform (&p, clip, analysis);

  {
    g_autofree char *h = g_markup_printf_escaped ("<b>%s</b>", _("Transcript"));

    text (&p, "Sans 13", h, 4);
  }
  transcript = transcript_markup (analysis);
  text (&p, "Sans 11", transcript, 14);

  {
    g_autofree char *h = g_markup_printf_escaped ("<b>%s</b>", _("Tips"));

    text (&p, "Sans 13", h, 6);
  }
  for (int t = 0; t < VMC_N_TIPS; t++)
    {
      const VmcTip *tip = &analysis->tips[t];
      g_autofree char *at = tip->at >= 0 ? vmc_format_time (tip->at) : NULL;
      g_autofree char *line = g_markup_printf_escaped ("<span foreground=\"%s\"><b>%s</b></span>  "
                                                       "<b>%d. %s</b>%s%s\n%s",
                                                       verdict_color (tip->verdict), vmc_verdict_title (tip->verdict),
                                                       t + 1, vmc_tip_title (tip->id), at ? "  " : "",
                                                       at ? at : "", tip->message);

      text (&p, "Sans 10", line, 6);
    }
  p.y += 8;
  {
    const VmcMetrics *m = &analysis->metrics;
    g_autofree char *h = g_markup_printf_escaped ("<b>%s</b>", _("Metrics"));
    g_autofree char *body = g_markup_printf_escaped (_("%.0f words a minute · the number at %.1f digits a second · "
                                                       "a pitch range of %.1f semitones · the longest pause %.1f s"),
                                                     m->words_per_minute, m->number_digits_per_second,
                                                     m->pitch_range_st, m->longest_pause);

    text (&p, "Sans 13", h, 4);
    text (&p, "Sans 10", body, 0);
  }

  cairo_destroy (p.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the report %s: %s."), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return vmc_export_write (path, (const char *)pdf->data, pdf->len, error);
}
