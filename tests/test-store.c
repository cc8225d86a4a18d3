/* test-store.c: where attempts are kept
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vmc-store.h"
#include "vmc-test-util.h"
#include "vmc-wav-writer.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vmc-store-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* New names never clash, with a finished recording or one being made */
static void
test_new_path (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = vmc_store_new_recording_path (dir);
  g_autofree char *a_part = g_strconcat (a, ".part", NULL);
  g_autofree char *b = NULL, *c = NULL;
  g_autofree char *name = g_path_get_basename (a);

  g_assert_true (g_str_has_prefix (name, "attempt-"));
  g_assert_true (g_str_has_suffix (name, ".wav"));
  g_assert_true (g_file_set_contents (a_part, "x", 1, NULL));
  b = vmc_store_new_recording_path (dir);
  g_assert_cmpstr (a, !=, b);
  g_assert_true (g_file_set_contents (b, "x", 1, NULL));
  c = vmc_store_new_recording_path (dir);
  g_assert_cmpstr (c, !=, a);
  g_assert_cmpstr (c, !=, b);
  vmc_test_remove_dir (dir);
}

/* The analysis is saved beside its recording, as the JSON of `analyze --json` */
static void
test_save_analysis (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *wav = g_build_filename (dir, "attempt-1.wav", NULL);
  g_autofree char *json = g_build_filename (dir, "attempt-1.json", NULL);
  g_autoptr(GPtrArray) words = vmc_test_words ("hi this is sam please call me back", 0.3);
  VmcAnalysisOptions options;
  VmcProsody prosody = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  VmcAnalysis *a;
  JsonObject *root;

  vmc_analysis_options_init (&options);
  a = vmc_analysis_new (words, 5.0, &prosody, NULL, &options);
  g_assert_true (vmc_store_save_analysis (a, wav, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, json, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "tips")), ==, 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "words")), ==, 8);
  vmc_analysis_unref (a);
  vmc_test_remove_dir (dir);
}

/* What a crash left is repaired; what cannot be is reported, and left as it was */
static void
test_recover (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "attempt-2.wav", NULL);
  g_autofree char *junk = g_build_filename (dir, "attempt-3.wav.part", NULL);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  g_autoptr(GPtrArray) recovered = NULL;
  gint16 samples[16000] = { 0 };
  VmcWavWriter *w = vmc_wav_writer_new (path, 16000, NULL);

  g_assert_true (vmc_wav_writer_write (w, samples, G_N_ELEMENTS (samples), NULL));
  vmc_wav_writer_free (w);   /* as a crash leaves it */
  g_assert_true (g_file_set_contents (junk, "not a wav", -1, NULL));
  recovered = vmc_store_recover (dir, errors);
  g_assert_cmpuint (recovered->len, ==, 1);
  g_assert_cmpstr (recovered->pdata[0], ==, path);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_true (g_file_test (junk, G_FILE_TEST_EXISTS));
  vmc_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/new-path", test_new_path);
  g_test_add_func ("/store/save-analysis", test_save_analysis);
  g_test_add_func ("/store/recover", test_recover);
  return g_test_run ();
}
