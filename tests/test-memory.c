/* test-memory.c: memory stays flat over many analyses in one process (the window analyses
 * one attempt after another for hours; a workshop imports hundreds of files)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One recognizer analyses the same short message again and again, each time with a plan of
 * another caller (so the phrase model of the plan's name is built anew) and with a number in
 * it (so numbers are decoded again with their grammars). Every tenth analysis is the whole
 * one (the first pass over the audio too); the others start from the words the first pass
 * heard, as the live recording does, which keeps the test to a minute. Each of these leaked: the models of
 * a recognizer (33 MB each), the phrase model (about 0.8 MB each time the name changed), the
 * grammar of each number decoded again (about 18 KB), an iterator per search looked up.
 */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vmc-analysis.h"
#include "vmc-audio-reader.h"
#include "vmc-recognizer.h"
#include "vmc-test-util.h"

#define MESSAGES 200
#define WARM_UP  20

/* Resident memory, in MB */
static double
rss_mb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0, resident = 0;

  /* what the program holds, not what the allocator keeps for later */
  malloc_trim (0);
  g_assert_true (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL));
  g_assert_cmpint (sscanf (statm, "%ld %ld", &pages, &resident), ==, 2);
  return resident * (double)sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static char *
speak (const char *dir,
       const char *text)
{
  char *path = g_build_filename (dir, "message.wav", NULL);
  g_autofree char *raw = g_build_filename (dir, "raw.wav", NULL);
  const char *flite[] = { "flite", "-voice", "kal16", "-t", text, "-o", raw, NULL };
  const char *sox[] = { "sox", raw, "-r", "16000", "-c", "1", "-b", "16", path, "pad", "0.3", "0.3", NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)flite, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **)sox, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return path;
}

static void
test_analyses_stay_flat (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vmc-memory-XXXXXX", NULL);
  g_autofree char *wav = speak (dir, "hi this is dana call me at five five five two one two three four five six");
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcRecognizer) rec = vmc_recognizer_new (NULL, &error);
  g_autofree gint16 *samples = NULL;
  g_autoptr(GPtrArray) heard = NULL;
  gsize n = 0;
  double warm = 0, last = 0;
  /* fewer under a leak checker: VMC_TEST_MESSAGES=12 */
  guint messages = g_getenv ("VMC_TEST_MESSAGES") ? (guint)atoi (g_getenv ("VMC_TEST_MESSAGES")) : MESSAGES;

  g_assert_no_error (error);
  samples = vmc_audio_read_all (wav, &n, &error);
  g_assert_no_error (error);
  heard = vmc_recognizer_transcribe_samples (rec, samples, n, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < messages; i++)
    {
      /* another caller each time (ten trainees in turn): another phrase model each time,
       * words the dictionary lacks added the first time (a word added stays: its cost is
       * per distinct name, not per analysis) */
      g_autofree char *json = g_strdup_printf ("{\"caller_name\": \"Dana Kowal%c\", "
                                               "\"company\": \"Northwind %c\", "
                                               "\"callback_number\": \"555 212 3456\"}",
                                               'a' + i % 10, 'a' + i % 7);
      g_autoptr(VmcPlan) plan = vmc_plan_load_data (json, -1, &error);
      g_autoptr(VmcAnalysis) a = NULL;

      g_assert_no_error (error);
      if (i % 10 == 0)
        a = vmc_analyze_samples (rec, samples, n, plan, NULL, &error);
      else if (vmc_analysis_prepare_recognizer (rec, plan, &error))
        a = vmc_analyze_heard (rec, samples, n, heard, plan, NULL);
      g_assert_no_error (error);
      g_assert_nonnull (a);
      g_assert_cmpuint (a->elements->len, >, 0);
      if (i == WARM_UP)
        warm = rss_mb ();
    }
  last = rss_mb ();
  g_test_message ("resident after %u analyses %.1f MB, after %u %.1f MB: %+.1f MB",
                  WARM_UP, warm, messages, last, last - warm);
  if (messages < MESSAGES)
    return;
  /* 180 more analyses: before, the phrase models alone added about 140 MB, the grammars of
   * the numbers decoded again 10 MB; now it is flat to within 0.2 MB */
  g_assert_cmpfloat (last - warm, <, 4.0);
  vmc_test_remove_dir (dir);
}

/* Recognizers made and dropped (a voice learned again, a model reloaded): each was kept
 * whole, language models and all */
static void
test_recognizers_freed (void)
{
  g_autoptr(GError) error = NULL;
  double warm = 0, last = 0;

  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(VmcRecognizer) rec = vmc_recognizer_new (NULL, &error);

      g_assert_no_error (error);
      if (i == 2)
        warm = rss_mb ();
    }
  last = rss_mb ();
  g_test_message ("resident after 3 recognizers %.1f MB, after 12 %.1f MB: %+.1f MB", warm, last,
                  last - warm);
  /* before, each recognizer kept its two language models: +30 MB each */
  g_assert_cmpfloat (last - warm, <, 20.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/memory/recognizers-freed", test_recognizers_freed);
  g_test_add_func ("/memory/analyses-stay-flat", test_analyses_stay_flat);
  return g_test_run ();
}
