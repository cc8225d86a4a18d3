/* vmc-export.c: attempts written out: a table of them (CSV), one as a web page (HTML)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV has a row per attempt and a column per tip's verdict and per metric, quoted as
 * RFC 4180 says (fields with a comma, a quote or a line break in quotes, quotes doubled,
 * lines ended by CRLF). The HTML page is one file that needs nothing else: the waveform and
 * its timeline drawn in SVG, the highlighted transcript, the tips and the metrics, and the
 * recording itself embedded, so that a click on a word plays it, with no network; every text
 * in it is escaped.
 */
#define G_LOG_DOMAIN "vmc-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "vmc-audio-clip.h"
#include "vmc-export.h"

/* ---- CSV ---- */

static void
csv_field (GString    *out,
           const char *text,
           gboolean    last)
{
  if (strpbrk (text, ",\"\r\n"))
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
csv_number (GString *out,
            double   value,
            int      decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" : "%.2f", value);
  csv_field (out, buf, FALSE);
}

/**
 * vmc_export_csv:
 * @attempts: (element-type VmcAttempt): the attempts, loaded, in the order to write
 *
 * Returns: (transfer full): the table, RFC 4180 (a header row, then a row per attempt)
 */
char *
vmc_export_csv (GPtrArray *attempts)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (attempts != NULL, NULL);

  /* the header: names a program reads, not translated */
  csv_field (out, "id", FALSE);
  csv_field (out, "date", FALSE);
  csv_field (out, "recipient", FALSE);
  csv_field (out, "seconds", FALSE);
  csv_field (out, "score", FALSE);
  for (int t = 0; t < VMC_N_TIPS; t++)
    csv_field (out, vmc_tip_id_to_string (t), FALSE);
  csv_field (out, "words_per_minute", FALSE);
  csv_field (out, "number_digits_per_second", FALSE);
  csv_field (out, "pitch_range_semitones", FALSE);
  csv_field (out, "number", FALSE);
  csv_field (out, "note", TRUE);

  for (guint i = 0; i < attempts->len; i++)
    {
      VmcAttempt *a = attempts->pdata[i];
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, vmc_attempt_get_id (a));
      g_autofree char *date = vmc_attempt_get_created (a) ? g_date_time_format_iso8601 (vmc_attempt_get_created (a))
                                                          : g_strdup ("");

      csv_field (out, id, FALSE);
      csv_field (out, date, FALSE);
      csv_field (out, vmc_attempt_get_recipient (a), FALSE);
      csv_number (out, vmc_attempt_get_duration (a), 1);
      csv_number (out, vmc_attempt_get_score (a), 0);
      for (int t = 0; t < VMC_N_TIPS; t++)
        csv_field (out, vmc_verdict_to_string (vmc_attempt_get_verdict (a, t)), FALSE);
      csv_number (out, vmc_attempt_get_words_per_minute (a), 0);
      csv_number (out, vmc_attempt_get_digits_per_second (a), 2);
      csv_number (out, vmc_attempt_get_pitch_range (a), 1);
      csv_field (out, vmc_attempt_get_number (a), FALSE);
      csv_field (out, vmc_attempt_get_note (a), TRUE);
    }
  return g_string_free (out, FALSE);
}

/* ---- HTML ---- */

/* "Message to Tom, 2 December 2026, 14:30" */
char *
vmc_export_title (VmcAttempt *attempt)
{
  g_autofree char *when = NULL;
  const char *to;

  g_return_val_if_fail (VMC_IS_ATTEMPT (attempt), NULL);

  /* TRANSLATORS: a date and time in a title, as GDateTime formats them (strftime) */
  when = vmc_attempt_get_created (attempt) ? g_date_time_format (vmc_attempt_get_created (attempt), _("%-e %B %Y, %H:%M"))
                                           : g_strdup ("");
  g_strstrip (when);
  to = vmc_attempt_get_recipient (attempt);
  if (*to)
    /* TRANSLATORS: the recipient, then when */
    return g_strdup_printf (_("Message to %s, %s"), to, when);
  return g_strdup_printf (_("Message of %s"), when);
}

/* Appends @text, escaped for HTML text and attribute values */
static void
esc (GString    *out,
     const char *text)
{
  g_autofree char *e = g_markup_escape_text (text ? text : "", -1);

  g_string_append (out, e);
}

/* The waveform (its peaks by 800 columns) and the timeline of the elements, in SVG */
static void
waveform_svg (GString           *out,
              VmcAudioClip      *clip,
              const VmcAnalysis *analysis)
{
  const float *highs, *lows = NULL;
  gsize n = 0;
  const int width = 800, wave = 100, bar = 10;
  double duration = MAX (analysis->duration, 0.1);

  highs = clip ? vmc_audio_clip_get_peaks (clip, &lows, &n) : NULL;
  g_string_append_printf (out, "<svg class=\"wave\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", width, wave + 2 * bar);
  esc (out, _("Waveform and timeline"));
  g_string_append (out, "\"><g fill=\"#444\">");
  for (int x = 0; highs && x < width; x++)
    {
      gsize b0 = (gsize)((double)x / width * n), b1 = MAX (b0 + 1, (gsize)((double)(x + 1) / width * n));
      float hi = 0, lo = 0;

      for (gsize b = b0; b < b1 && b < n; b++)
        {
          hi = MAX (hi, highs[b]);
          lo = MIN (lo, lows[b]);
        }
      if (hi > lo)
        g_string_append_printf (out, "<rect x=\"%d\" y=\"%.1f\" width=\"1\" height=\"%.1f\"/>", x,
                                wave / 2.0 - MIN (1.0, hi * 1.6) * wave / 2.0,
                                MAX (1.0, (MIN (1.0, hi * 1.6) - MAX (-1.0, lo * 1.6)) * wave / 2.0));
    }
  g_string_append (out, "</g>");
  for (guint i = 0; i < analysis->elements->len; i++)
    {
      const VmcElement *e = g_ptr_array_index (analysis->elements, i);
      const VmcElementInfo *info = vmc_element_info (e->kind);

      if (info->rank < 0)
        continue;
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>",
                              e->start / duration * width, wave + 4, MAX (2.0, (e->end - e->start) / duration * width),
                              bar, info->light_color);
      esc (out, _(info->title));
      g_string_append (out, "</title></rect>");
    }
  g_string_append (out, "</svg>\n");
}

/* The transcript: each word a span that plays from its time, each element's words marked */
static void
transcript_html (GString           *out,
                 const VmcAnalysis *analysis)
{
  g_autofree const VmcElement **owner = g_new0 (const VmcElement *, analysis->words->len + 1);
  char t[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint k = 0; k < analysis->elements->len; k++)
    {
      const VmcElement *e = g_ptr_array_index (analysis->elements, k);
      int rank = vmc_element_info (e->kind)->rank;

      for (guint w = e->first_word; rank >= 0 && w <= e->last_word && w < analysis->words->len; w++)
        if (!owner[w] || rank < vmc_element_info (owner[w]->kind)->rank)
          owner[w] = e;
    }
  g_string_append (out, "<p class=\"transcript\">");
  if (analysis->words->len == 0)
    esc (out, _("No speech was heard."));
  for (guint i = 0; i < analysis->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (analysis->words, i);
      const VmcElement *e = owner[i];

      if (e && (i == 0 || owner[i - 1] != e))
        {
          const VmcElementInfo *info = vmc_element_info (e->kind);

          g_string_append_printf (out, "<mark class=\"%s\" style=\"background:%s66\" title=\"", info->id, info->light_color);
          esc (out, _(info->title));
          g_string_append (out, "\">");
        }
      g_ascii_formatd (t, sizeof t, "%.2f", w->start);
      g_string_append_printf (out, "<span class=\"w\" data-t=\"%s\">", t);
      esc (out, w->word);
      g_string_append (out, "</span>");
      if (e && owner[i + 1] != e)
        g_string_append (out, "</mark>");
      if (i + 1 < analysis->words->len)
        g_string_append_c (out, ' ');
    }
  g_string_append (out, "</p>\n");
}

static const char style[] =
  "body{font-family:sans-serif;max-width:56em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}"
  "h1{font-size:1.4em}.meta{color:#666}.score{font-size:2em;font-weight:bold}"
  ".wave{width:100%;height:auto;background:#fafafa;border-radius:6px}"
  ".transcript{font-size:1.15em}.w{cursor:pointer}.w:hover{text-decoration:underline}"
  "mark{color:inherit;border-radius:3px;padding:0 2px}"
  "mark.name,mark.number,mark.ask,mark.closing_number{font-weight:bold}"
  ".tips li{margin:.4em 0}.pass .v{color:#26a269}.warn .v{color:#c64600}.fail .v{color:#c01c28}"
  ".skip .v{color:#777}.at{color:#666;font-variant-numeric:tabular-nums}";

static const char script[] =
  "document.querySelectorAll('.w, .at').forEach(function (w) {"
  "  w.addEventListener('click', function () {"
  "    var a = document.getElementById('audio');"
  "    a.currentTime = parseFloat(w.dataset.t); a.play();"
  "  });"
  "});";

/**
 * vmc_export_html:
 * @attempt: the attempt (its recording is embedded)
 * @analysis: its analysis
 * @path: the page to write
 * @error: a #G_IO_ERROR, or why the recording could not be read
 *
 * Writes one self-contained page: no network, every text escaped.
 */
gboolean
vmc_export_html (VmcAttempt         *attempt,
                 const VmcAnalysis  *analysis,
                 const char         *path,
                 GError            **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(VmcAudioClip) clip = NULL;
  g_autofree char *title = NULL, *audio = NULL, *b64 = NULL, *length = NULL;
  const VmcMetrics *m = &analysis->metrics;
  gsize audio_len = 0;
  const char *file;

  g_return_val_if_fail (VMC_IS_ATTEMPT (attempt), FALSE);
  g_return_val_if_fail (analysis != NULL && path != NULL, FALSE);

  file = vmc_attempt_get_audio (attempt);
  if (!g_file_get_contents (file, &audio, &audio_len, error) ||
      !(clip = vmc_audio_clip_load (file, NULL, error)))
    return FALSE;
  b64 = g_base64_encode ((const guchar *)audio, audio_len);
  title = vmc_export_title (attempt);
  length = vmc_format_time (analysis->duration);

  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width\"><title>");
  esc (out, title);
  g_string_append_printf (out, "</title><style>%s</style></head><body>\n<h1>", style);
  esc (out, title);
  g_string_append (out, "</h1>\n<p class=\"meta\"><span class=\"score\">");
  g_string_append_printf (out, "%d</span> / 100 · ", analysis->score);
  esc (out, length);
  if (*vmc_attempt_get_note (attempt))
    {
      g_string_append (out, " · ");
      esc (out, vmc_attempt_get_note (attempt));
    }
  g_string_append (out, "</p>\n");
  waveform_svg (out, clip, analysis);
  g_string_append_printf (out, "<audio id=\"audio\" controls preload=\"auto\" src=\"data:%s;base64,%s\"></audio>\n",
                          g_str_has_suffix (file, ".flac") ? "audio/flac" : g_str_has_suffix (file, ".ogg")
                          ? "audio/ogg" : "audio/wav", b64);
  g_string_append (out, "<h2>");
  esc (out, _("Transcript"));
  g_string_append (out, "</h2>\n");
  transcript_html (out, analysis);
  g_string_append (out, "<h2>");
  esc (out, _("Tips"));
  g_string_append (out, "</h2>\n<ol class=\"tips\">\n");
  for (int t = 0; t < VMC_N_TIPS; t++)
    {
      const VmcTip *tip = &analysis->tips[t];

      g_string_append_printf (out, "<li class=\"%s\"><span class=\"v\">", vmc_verdict_to_string (tip->verdict));
      esc (out, vmc_verdict_title (tip->verdict));
      g_string_append (out, "</span> <strong>");
      esc (out, vmc_tip_title (tip->id));
      g_string_append (out, "</strong>: ");
      esc (out, tip->message);
      if (tip->at >= 0)
        {
          g_autofree char *at = vmc_format_time (tip->at);
          char t_buf[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (t_buf, sizeof t_buf, "%.2f", tip->at);
          g_string_append_printf (out, " <span class=\"at\" data-t=\"%s\">▶ ", t_buf);
          esc (out, at);
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n<h2>");
  esc (out, _("Metrics"));
  g_string_append (out, "</h2>\n<ul>");
  {
    g_autofree char *wpm = g_strdup_printf (_("%.0f words a minute"), m->words_per_minute);
    g_autofree char *dps = g_strdup_printf (_("the number at %.1f digits a second"), m->number_digits_per_second);
    g_autofree char *pitch = g_strdup_printf (_("a pitch range of %.1f semitones"), m->pitch_range_st);
    g_autofree char *pause = g_strdup_printf (_("the longest pause %.1f s"), m->longest_pause);
    const char *items[] = { wpm, m->number_digits_per_second > 0 ? dps : NULL, m->voiced_seconds > 1 ? pitch : NULL, pause };

    for (guint i = 0; i < G_N_ELEMENTS (items); i++)
      if (items[i])
        {
          g_string_append (out, "<li>");
          esc (out, items[i]);
          g_string_append (out, "</li>");
        }
  }
  g_string_append_printf (out, "</ul>\n<script>%s</script>\n</body></html>\n", script);
  return vmc_export_write (path, out->str, out->len, error);
}

/* Writes @data into what @path is already: a device, a pipe (/dev/stdout) */
static gboolean
write_into (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
  int saved;

  while (fd >= 0 && length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      data += n;
      length -= (gsize)n;
    }
  saved = errno;
  if (fd >= 0 && g_close (fd, NULL) && length == 0)
    return TRUE;
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved), g_strerror (saved));
  return FALSE;
}

/**
 * vmc_export_write:
 * @path: the file to write
 * @data: (array length=length): what to write in it
 * @length: its size
 * @error: why it could not be written, in words that say what to do
 *
 * Writes an export whole or not at all: a new file beside @path, synced and renamed over it,
 * so that a full disk or a crash never leaves half a report or a table where a good one was.
 * A symbolic link is followed (the file it points to is replaced, not the link); a path that
 * is not a file (/dev/stdout, a pipe) is written into as it is.
 */
gboolean
vmc_export_write (const char  *path,
                  const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *real = NULL, *folder = NULL;
  GStatBuf buf;
  gboolean ok;

  if (g_stat (path, &buf) == 0 && !S_ISREG (buf.st_mode) && !S_ISDIR (buf.st_mode))
    ok = write_into (path, data, length, &local);
  else
    {
      /* a link to a file: the file replaced (or made), the link kept */
      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) && !(real = realpath (path, NULL)))
        {
          g_autofree char *target = g_file_read_link (path, NULL), *dir = g_path_get_dirname (path);
          g_autofree char *from = g_canonicalize_filename (dir, NULL);

          real = target ? g_canonicalize_filename (target, from) : NULL;
        }
      ok = g_file_set_contents_full (real ? real : path, data, (gssize)length, G_FILE_SET_CONTENTS_CONSISTENT,
                                     0666, &local);
    }
  if (ok)
    return TRUE;
  folder = g_path_get_dirname (path);
  if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT) || g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
    g_set_error (error, G_FILE_ERROR, local->code,
                 _("Could not write %s: there is no folder %s. Choose a folder that exists."), path, folder);
  else if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_PERM) ||
           g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ROFS))
    g_set_error (error, G_FILE_ERROR, local->code,
                 _("Could not write %s: the folder %s cannot be written to. Choose a folder of your own."),
                 path, folder);
  else if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOSPC))
    g_set_error (error, G_FILE_ERROR, local->code,
                 _("Could not write %s: the disk is full. Free some space or choose another disk."), path);
  else if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ISDIR))
    g_set_error (error, G_FILE_ERROR, local->code,
                 _("Could not write %s: it is a folder. Give the name of a file."), path);
  else
    g_set_error (error, G_FILE_ERROR, local->code, _("Could not write %s: %s"), path, local->message);
  return FALSE;
}
