/* vmc-reanalyze.c: re-runs the analysis on words recognized before (for tuning the detectors
 * and tips without decoding again)
 *
 *   vmc-reanalyze WORDS_DIR [--plan PLAN.json] FILE.wav
 *
 * reads WORDS_DIR/<name>.json (an `analyze --json` or `transcribe --json` output) for the
 * words, FILE.wav for the pitch, and prints the analysis JSON like `analyze --json`.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "vmc-analysis.h"
#include "vmc-audio-reader.h"
#include "vmc-word.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  g_autoptr(VmcAnalysis) analysis = NULL;
  g_autofree gint16 *samples = NULL;
  g_autofree char *base = NULL, *cached = NULL, *out = NULL;
  const char *dir, *wav;
  JsonArray *arr;
  VmcProsody prosody;
  gsize n = 0;

  if (argc != 3 && !(argc == 5 && strcmp (argv[2], "--plan") == 0))
    {
      g_printerr ("usage: vmc-reanalyze WORDS_DIR [--plan PLAN.json] FILE.wav\n");
      return 2;
    }
  dir = argv[1];
  wav = argv[argc - 1];
  if (argc == 5 && !(plan = vmc_plan_load_file (argv[3], &error)))
    g_error ("%s", error->message);

  base = g_path_get_basename (wav);
  *strrchr (base, '.') = '\0';
  cached = g_strdup_printf ("%s/%s.json", dir, base);
  if (!json_parser_load_from_file (parser, cached, &error))
    g_error ("%s", error->message);
  arr = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "words");
  for (guint i = 0; i < json_array_get_length (arr); i++)
    {
      JsonObject *o = json_array_get_object_element (arr, i);

      g_ptr_array_add (words, vmc_word_new (json_object_get_string_member (o, "word"),
                                            json_object_get_double_member (o, "start"),
                                            json_object_get_double_member (o, "end"),
                                            json_object_get_double_member (o, "confidence")));
    }

  if (!(samples = vmc_audio_read_all (wav, &n, &error)))
    g_error ("%s", error->message);
  vmc_prosody_measure (samples, n, 16000, &prosody);
  analysis = vmc_analysis_new (words, n / 16000.0, &prosody, plan, NULL);
  analysis->file = g_strdup (wav);
  out = vmc_analysis_to_json (analysis, FALSE);
  g_print ("%s\n", out);
  return 0;
}
