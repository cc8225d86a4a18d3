/* vmc-cli-voice.c: `voicemail-coach enroll` and `voicemail-coach voices`
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "vmc-adapt.h"
#include "vmc-audio-reader.h"
#include "vmc-cli.h"
#include "vmc-cli-private.h"
#include "vmc-voices.h"

static void
print_progress (double      fraction,
                const char *stage,
                gpointer    user_data)
{
  static char *last;

  /* a line per stage, not per sentence */
  if (g_strcmp0 (last, stage) == 0)
    return;
  g_free (last);
  last = g_strdup (stage);
  g_printerr ("%3.0f%%  %s\n", fraction * 100.0, stage);
}

/* "file<TAB>words" lines; files relative to the list's folder. */
static GPtrArray *
read_list (const char  *list,
           GError     **error)
{
  g_autoptr(GPtrArray) utts = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_adapt_utterance_free);
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_dirname (list);
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (list, &text, NULL, error))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", 2);
      g_autofree char *path = NULL;
      g_autofree gint16 *samples = NULL;
      g_autoptr(GError) local = NULL;
      gsize n = 0;

      if (!parts[0] || !*g_strstrip (parts[0]) || parts[0][0] == '#')
        continue;
      if (!parts[1] || !*g_strstrip (parts[1]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s, line %u: give the file, a tab, and the words read in it."), list, i + 1);
          return NULL;
        }
      path = g_path_is_absolute (parts[0]) ? g_strdup (parts[0]) : g_build_filename (base, parts[0], NULL);
      if (!(samples = vmc_audio_read_all (path, &n, &local)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s, line %u: %s"), list, i + 1,
                       local->message);
          return NULL;
        }
      g_ptr_array_add (utts, vmc_adapt_utterance_new (parts[1], samples, n));
    }
  return g_steal_pointer (&utts);
}

/**
 * vmc_cli_enroll:
 *
 * `voicemail-coach enroll --name NAME LIST.tsv`
 */
int
vmc_cli_enroll (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) utts = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *name = NULL;
  g_autofree char *model_dir = NULL;
  g_autofree char *voices = vmc_voices_default_dir ();
  g_autofree char *dir = NULL;
  gboolean quiet = FALSE;
  double seconds = 0.0;
  gint64 t0;
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("Whose voice it is"), N_("NAME") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Do not print the progress"), NULL },
    { "model-dir", 0, 0, G_OPTION_ARG_FILENAME, &model_dir, N_("Speech model folder"), N_("DIR") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("LIST.tsv") },
    { NULL }
  };

  ctx = g_option_context_new (_("LIST.tsv — learn a speaker's voice from sentences they read"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx,
      _("LIST.tsv has a line per recording: the audio file (relative to the list), a tab, and the\n"
      "words read in it. Two minutes of speech is plenty; less than ten seconds is refused.\n"
      "The voice is kept under NAME; transcribe, analyze and record use it with --voice NAME.\n"
      "Enrolling the same name again replaces the voice, only once the new one is learned."));
  g_option_context_set_description (ctx,
      _("Exit status: 0 when the voice was learned, 1 when it could not be (the previous voice\n"
      "is kept), 2 for a usage error or a bad list."));
  g_option_context_add_main_entries (ctx, entries, NULL);

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (name == NULL || !*g_strstrip (name))
    return vmc_cli_usage_error (ctx, _("say whose voice it is with --name NAME"));
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return vmc_cli_usage_error (ctx, _("give one list of recordings and their words"));
  if (!(utts = read_list (files[0], &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_USAGE;
    }
  for (guint i = 0; i < utts->len; i++)
    seconds += ((VmcAdaptUtterance *)g_ptr_array_index (utts, i))->n_samples / (double)VMC_AUDIO_RATE;

  dir = vmc_voices_dir_for (voices, name);
  t0 = g_get_monotonic_time ();
  if (!vmc_adapt_voice (model_dir, utts, dir, name, quiet ? NULL : print_progress, NULL, NULL,
                        &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  g_print (_("Learned the voice of %s from %u recordings (%.0f s of speech) in %.1f s: %s\n"),
           name, utts->len, seconds, (g_get_monotonic_time () - t0) / (double)G_USEC_PER_SEC, dir);
  return VMC_EXIT_OK;
}

/**
 * vmc_cli_voices:
 *
 * `voicemail-coach voices`
 */
int
vmc_cli_voices (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new (_("— list the voices learned with enroll"));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = vmc_voices_default_dir ();
  g_autoptr(GPtrArray) voices = NULL;

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  voices = vmc_voices_list (dir);
  if (voices->len == 0)
    g_print (_("No voices yet: learn one with voicemail-coach enroll --name NAME LIST.tsv, or in "
             "the window's menu, Teach Voicemail Coach Your Voice.\n"));
  for (guint i = 0; i < voices->len; i++)
    {
      VmcVoice *v = g_ptr_array_index (voices, i);

      /* TRANSLATORS: a voice in the list: its id, whose it is, how much was read, when */
      g_print (_("%s\t%s\t%d sentences, %.0f s\t%s\n"), v->id, v->name, v->sentences, v->seconds,
               v->created ? v->created : "");
    }
  return VMC_EXIT_OK;
}
