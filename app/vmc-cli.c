/* vmc-cli.c: the command-line commands (no display needed)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include <glib/gi18n.h>

#include "vmc-analysis.h"
#include "vmc-audio-reader.h"
#include "vmc-cli.h"
#include "vmc-cli-private.h"
#include "vmc-json.h"
#include "vmc-recognizer.h"
#include "vmc-voices.h"

static double
round2 (double x)
{
  return round (x * 100.0) / 100.0;
}

static JsonNode *
words_to_json (GPtrArray *words)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "word");
      json_builder_add_string_value (b, w->word);
      json_builder_set_member_name (b, "start");
      json_builder_add_double_value (b, round2 (w->start));
      json_builder_set_member_name (b, "end");
      json_builder_add_double_value (b, round2 (w->end));
      json_builder_set_member_name (b, "confidence");
      json_builder_add_double_value (b, round2 (w->confidence));
      if (w->filler)
        {
          json_builder_set_member_name (b, "filler");
          json_builder_add_boolean_value (b, TRUE);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

static char *
transcript_to_json (const char *file,
                    double      duration,
                    GPtrArray  *words)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, file);
  json_builder_set_member_name (b, "duration");
  json_builder_add_double_value (b, round2 (duration));
  json_builder_set_member_name (b, "words");
  json_builder_add_value (b, words_to_json (words));
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return vmc_json_to_string (root, FALSE);
}

/**
 * vmc_cli_speech_service:
 * @model_dir: (nullable): the speech model's folder (--model-dir)
 * @voice: (nullable): the name of a learned voice
 * @phrases: (nullable): what the plan says the caller will say (expected from the start)
 *
 * The process's speech service, hearing @voice; the model is not loaded yet.
 *
 * Returns: (transfer none) (nullable): the service, or %NULL after saying on standard error
 *   that the voice is unknown
 */
VmcSpeechService *
vmc_cli_speech_service (const char         *model_dir,
                        const char         *voice,
                        const char * const *phrases)
{
  VmcSpeechService *service = vmc_speech_service_get_default ();
  g_autoptr(VmcVoice) found = NULL;

  if (voice != NULL)
    {
      g_autofree char *voices = vmc_voices_default_dir ();

      if (!(found = vmc_voices_lookup (voices, voice)))
        {
          g_printerr (_("voicemail-coach: there is no voice named “%s”. voicemail-coach voices "
                        "lists them; enroll learns one.\n"), voice);
          return NULL;
        }
    }
  vmc_speech_service_set_model_dir (service, model_dir);
  vmc_speech_service_set_voice (service, found ? found->dir : NULL);
  vmc_speech_service_set_phrases (service, phrases);
  return service;
}

/* Loads the model, or says why it cannot on standard error */
gboolean
vmc_cli_load_model (VmcSpeechService *service,
                    gboolean          verbose)
{
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();

  if (!vmc_speech_service_load (service, NULL, &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return FALSE;
    }
  if (verbose)
    g_printerr (_("model loaded in %.3f s\n"), (g_get_monotonic_time () - t0) / (double)G_USEC_PER_SEC);
  return TRUE;
}

/**
 * vmc_cli_readable_files:
 * @files: the files given
 * @status: (inout): set to %VMC_EXIT_FAILED when one cannot be read
 *
 * Looks at each file's header before the speech model is loaded (that takes seconds): a
 * file that is not audio, or not there, is refused at once.
 *
 * Returns: (transfer full): the files that can be read, in their order
 */
GPtrArray *
vmc_cli_readable_files (char **files,
                        int   *status)
{
  GPtrArray *ok = g_ptr_array_new ();

  for (guint i = 0; files[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VmcAudioReader) reader = vmc_audio_reader_open (files[i], &error);

      if (reader == NULL)
        {
          g_printerr (_("voicemail-coach: %s\n"), error->message);
          *status = VMC_EXIT_FAILED;
          continue;
        }
      g_ptr_array_add (ok, files[i]);
    }
  return ok;
}

int
vmc_cli_usage_error (GOptionContext *ctx,
                     const char     *message)
{
  g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);

  g_printerr (_("voicemail-coach: %s\n\n%s"), message, help);
  return VMC_EXIT_USAGE;
}

/* Prints an analysis as the report or as one line of JSON */
void
vmc_cli_print_analysis (const VmcAnalysis *analysis,
                        gboolean           json,
                        gboolean           first)
{
  if (json)
    {
      g_autofree char *out = vmc_analysis_to_json (analysis, FALSE);

      g_print ("%s\n", out);
    }
  else
    {
      g_autofree char *out = vmc_analysis_to_text (analysis, isatty (STDOUT_FILENO));

      g_print ("%s%s", first ? "" : "\n", out);
    }
  fflush (stdout);
}

/**
 * vmc_cli_transcribe:
 *
 * `voicemail-coach transcribe [--json] FILE...`
 *
 * Returns: the exit status: 0, %VMC_EXIT_FAILED when a file could not be transcribed,
 *   %VMC_EXIT_USAGE for bad arguments
 */
int
vmc_cli_transcribe (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) readable = NULL;
  VmcSpeechService *service;
  VmcRecognizer *rec = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  gboolean verbose = FALSE;
  gboolean thorough = FALSE;
  g_autofree char *model_dir = NULL;
  g_autofree char *voice = NULL;
  int status = VMC_EXIT_OK;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per file"), NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_("Print timings on standard error"), NULL },
    { "thorough", 0, 0, G_OPTION_ARG_NONE, &thorough, N_("Search more widely than a live recording "
      "is heard (slower; real voices are heard better, real digits not yet)"), NULL },
    { "model-dir", 0, 0, G_OPTION_ARG_FILENAME, &model_dir, N_("Speech model folder"), N_("DIR") },
    { "voice", 0, 0, G_OPTION_ARG_STRING, &voice, N_("Recognize with the voice learned under NAME (see enroll)"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  ctx = g_option_context_new (_("FILE… — transcribe recorded messages"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx,
      _("Prints the words of each file on one line, or with --json one object per file:\n"
      "{\"file\", \"duration\", \"words\": [{\"word\", \"start\", \"end\", \"confidence\"}]}"));
  g_option_context_set_description (ctx,
      _("Exit status: 0 when every file was transcribed, 1 when a file could not be,\n"
      "2 for a usage error."));
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_help_enabled (ctx, TRUE);

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (files == NULL || files[0] == NULL)
    return vmc_cli_usage_error (ctx, _("give at least one audio file to transcribe"));

  if (!(service = vmc_cli_speech_service (model_dir, voice, NULL)))
    return VMC_EXIT_FAILED;
  if ((readable = vmc_cli_readable_files (files, &status))->len == 0)
    return status;
  if (!vmc_cli_load_model (service, verbose) ||
      !(rec = vmc_speech_service_acquire (service, NULL, &error)))
    return VMC_EXIT_FAILED;
  vmc_recognizer_set_thorough (rec, thorough);

  for (guint i = 0; i < readable->len; i++)
    {
      const char *file = readable->pdata[i];
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(GError) file_error = NULL;
      double duration = 0.0;
      gint64 t0 = g_get_monotonic_time ();

      words = vmc_recognizer_transcribe_file (rec, file, &duration, &file_error);
      if (words == NULL)
        {
          g_printerr (_("voicemail-coach: %s\n"), file_error->message);
          status = VMC_EXIT_FAILED;
          continue;
        }
      if (verbose)
        g_printerr (_("%s: %.2f s of audio in %.2f s\n"), file, duration,
                    (g_get_monotonic_time () - t0) / (double)G_USEC_PER_SEC);

      if (json)
        {
          g_autofree char *out = transcript_to_json (file, duration, words);

          g_print ("%s\n", out);
        }
      else
        {
          g_autofree char *text = vmc_words_to_text (words);

          g_print ("%s\n", text);
        }
      fflush (stdout);
    }
  vmc_speech_service_release (service, rec);
  return status;
}

/* ---- analysing files, one or several at once ---- */

typedef struct
{
  VmcSpeechService         *service;
  GPtrArray                *files;
  const VmcPlan            *plan;
  const VmcAnalysisOptions *options;
  gboolean                  json;
  gboolean                  verbose;
  GPtrArray                *done;      /* per file: its analysis, once analysed (or failed) */
  GPtrArray                *errors;    /* per file: why it failed */
  gint64                   *started;
  guint                     next;      /* the next file to start */
  guint                     printed;   /* the files printed so far (in their order) */
  guint                     running;
  gboolean                  ok;
  GMainLoop                *loop;
} Batch;

typedef struct
{
  Batch *batch;
  guint  index;   /* of the file */
} BatchJob;

static void start_next (Batch *batch);

/* Prints what is ready in the files' order, so that --jobs does not change the output */
static void
print_ready (Batch *batch)
{
  while (batch->printed < batch->files->len &&
         (batch->done->pdata[batch->printed] || batch->errors->pdata[batch->printed]))
    {
      VmcAnalysis *analysis = batch->done->pdata[batch->printed];
      GError *error = batch->errors->pdata[batch->printed];

      if (analysis)
        vmc_cli_print_analysis (analysis, batch->json, batch->printed == 0);
      else
        {
          g_printerr (_("voicemail-coach: %s\n"), error->message);
          batch->ok = FALSE;
        }
      batch->printed++;
    }
}

static void
analysed (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autofree BatchJob *job = data;
  Batch *batch = job->batch;
  guint i = job->index;
  GError *error = NULL;
  VmcAnalysis *analysis = vmc_speech_service_analyze_file_finish (batch->service, result, NULL, &error);

  if (batch->verbose && analysis)
    g_printerr (_("%s: %.2f s of audio in %.2f s\n"), (char *)batch->files->pdata[i], analysis->duration,
                (g_get_monotonic_time () - batch->started[i]) / (double)G_USEC_PER_SEC);
  batch->done->pdata[i] = analysis;
  batch->errors->pdata[i] = error;
  batch->running--;
  print_ready (batch);
  start_next (batch);
}

static void
start_next (Batch *batch)
{
  guint max = vmc_speech_service_get_max_recognizers (batch->service);

  while (batch->next < batch->files->len && batch->running < max)
    {
      BatchJob *job = g_new0 (BatchJob, 1);

      job->batch = batch;
      job->index = batch->next++;
      batch->started[job->index] = g_get_monotonic_time ();
      batch->running++;
      vmc_speech_service_analyze_file_async (batch->service, batch->files->pdata[job->index], batch->plan,
                                             batch->options, NULL, analysed, job);
    }
  if (batch->running == 0 && batch->next >= batch->files->len)
    g_main_loop_quit (batch->loop);
}

/* the errors of the files analysed well are %NULL */
static void
free_error (gpointer error)
{
  if (error)
    g_error_free (error);
}

/* Analyses @files with up to @jobs recognizers at once (each its own model in memory), and
 * prints each analysis in the files' order. Returns: whether every file was analysed. */
static gboolean
analyze_all (VmcSpeechService         *service,
             GPtrArray                *files,
             const VmcPlan            *plan,
             const VmcAnalysisOptions *options,
             gboolean                  json,
             gboolean                  verbose,
             int                       jobs)
{
  Batch batch = { service, files, plan, options, json, verbose, NULL, NULL, NULL, 0, 0, 0, TRUE, NULL };

  vmc_speech_service_set_max_recognizers (service, (guint)jobs);
  batch.done = g_ptr_array_new_full (files->len, (GDestroyNotify)vmc_analysis_unref);
  batch.errors = g_ptr_array_new_full (files->len, free_error);
  g_ptr_array_set_size (batch.done, files->len);
  g_ptr_array_set_size (batch.errors, files->len);
  batch.started = g_new0 (gint64, files->len);
  batch.loop = g_main_loop_new (NULL, FALSE);
  start_next (&batch);
  if (batch.running > 0)
    g_main_loop_run (batch.loop);
  g_main_loop_unref (batch.loop);
  g_ptr_array_unref (batch.done);
  g_ptr_array_unref (batch.errors);
  g_free (batch.started);
  return batch.ok;
}

/**
 * vmc_cli_analyze:
 *
 * `voicemail-coach analyze [--json] [--plan PLAN.json] FILE...`
 *
 * Returns: the exit status: 0, %VMC_EXIT_FAILED when a file could not be analysed,
 *   %VMC_EXIT_USAGE for bad arguments or a bad plan
 */
int
vmc_cli_analyze (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = NULL;
  g_autoptr(GPtrArray) readable = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *plan_path = NULL;
  g_autofree char *model_dir = NULL;
  g_autofree char *voice = NULL;
  VmcSpeechService *service;
  gboolean json = FALSE;
  gboolean verbose = FALSE;
  gboolean thorough = FALSE;
  double target = 60.0;
  int jobs = 1;
  VmcAnalysisOptions options;
  int status = VMC_EXIT_OK;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per file"), NULL },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path,
      N_("Your plan: a JSON object with caller_name, company, callback_number, recipient, goal, "
      "ask, rapport, alternate_contact"), N_("PLAN.json") },
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, N_("The longest a message should be, in seconds "
      "(default 60)"), N_("SECONDS") },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_("Print timings on standard error"), NULL },
    { "thorough", 0, 0, G_OPTION_ARG_NONE, &thorough, N_("Search more widely than a live recording "
      "is heard (slower; real voices are heard better, real digits not yet)"), NULL },
    { "jobs", 'J', 0, G_OPTION_ARG_INT, &jobs, N_("Analyse this many files at once (each takes a "
      "speech model of its own, about 150 MB; default 1)"), N_("N") },
    { "model-dir", 0, 0, G_OPTION_ARG_FILENAME, &model_dir, N_("Speech model folder"), N_("DIR") },
    { "voice", 0, 0, G_OPTION_ARG_STRING, &voice, N_("Recognize with the voice learned under NAME (see enroll)"), N_("NAME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  ctx = g_option_context_new (_("FILE… — judge recorded messages against the ten tips"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx,
      _("Finds your name, your callback number, your ask and the closing number in each message,\n"
      "and says for each of the ten tips what went well and what to do next.\n"
      "With --json, prints one object per file: {\"file\", \"duration\", \"words\", \"elements\",\n"
      "\"tips\", \"metrics\", \"score\"}."));
  g_option_context_set_description (ctx,
      _("Exit status: 0 when every file was analysed, 1 when a file could not be,\n"
      "2 for a usage error or a bad plan file."));
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_help_enabled (ctx, TRUE);

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (files == NULL || files[0] == NULL)
    return vmc_cli_usage_error (ctx, _("give at least one audio file to analyze"));
  if (!(target >= 5.0 && target <= 600.0))
    return vmc_cli_usage_error (ctx, _("--target must be between 5 and 600 seconds"));
  if (jobs < 1 || jobs > 16)
    return vmc_cli_usage_error (ctx, _("--jobs must be between 1 and 16"));
  if (plan_path && !(plan = vmc_plan_load_file (plan_path, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_USAGE;
    }

  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, target);
  options.thorough = thorough;

  {
    /* the plan's name and company expected from the start: one search build, not two */
    g_auto(GStrv) phrases = plan ? vmc_plan_get_phrases (plan) : NULL;

    if (!(service = vmc_cli_speech_service (model_dir, voice, (const char * const *)phrases)))
      return VMC_EXIT_FAILED;
  }
  if ((readable = vmc_cli_readable_files (files, &status))->len == 0)
    return status;
  if (!vmc_cli_load_model (service, verbose))
    return VMC_EXIT_FAILED;

  status = analyze_all (service, readable, plan, &options, json, verbose, jobs) && status == VMC_EXIT_OK
           ? VMC_EXIT_OK : VMC_EXIT_FAILED;
  return status;
}
