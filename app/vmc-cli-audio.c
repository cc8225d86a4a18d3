/* vmc-cli-audio.c: recording, playing and sound devices from the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   voicemail-coach devices
 *   voicemail-coach record [--device ID] [--seconds N] [--output FILE] [--json] [--plan PLAN]
 *   voicemail-coach recover [--dir DIR] [--json] [--plan PLAN]
 *   voicemail-coach play [--from S] [--to S] [--telephone] [--device ID] FILE
 */
#define G_LOG_DOMAIN "vmc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <unistd.h>

#include <glib-unix.h>
#include <json-glib/json-glib.h>

#include "vmc-audio-reader.h"
#include "vmc-cli.h"
#include "vmc-cli-private.h"
#include "vmc-live-analysis.h"
#include "vmc-player.h"
#include "vmc-portaudio.h"
#include "vmc-recorder.h"
#include "vmc-store.h"

/* Repairs what a crash left in @dir; returns the recordings it made whole */
static GPtrArray *
recover_all (const char *dir)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  GPtrArray *recovered = vmc_store_recover (dir, errors);

  for (guint i = 0; i < errors->len; i++)
    g_printerr (_("voicemail-coach: %s\n"), ((GError *)errors->pdata[i])->message);
  return recovered;
}

/**
 * vmc_cli_devices:
 *
 * `voicemail-coach devices`: the microphones and outputs, the default ones marked
 */
int
vmc_cli_devices (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;

  for (int input = 1; input >= 0; input--)
    {
      g_autoptr(GPtrArray) list = vmc_audio_devices_list (input, &error);

      if (list == NULL)
        {
          g_printerr (_("voicemail-coach: %s\n"), error->message);
          return VMC_EXIT_FAILED;
        }
      g_print ("%s\n", input ? "Microphones:" : "Outputs:");
      if (list->len == 0)
        g_print (_("  (none)\n"));
      for (guint i = 0; i < list->len; i++)
        {
          const VmcAudioDevice *d = list->pdata[i];

          g_print ("  %s %-24s %s, %g Hz\n", d->is_default ? "*" : " ", d->id, d->name,
                   d->default_rate);
        }
    }
  g_print (_("(* the default; choose another with --device ID)\n"));
  return VMC_EXIT_OK;
}

typedef struct
{
  VmcRecorder *recorder;
  GMainLoop *loop;
  double seconds;
  gboolean live;          /* a terminal: show the time and the level as it records */
  float level;
  guint partials;
  gint64 stop_time;
  GError *error;
} Session;

static gboolean
on_signal (gpointer data)
{
  Session *s = data;

  if (s->stop_time == 0)
    s->stop_time = g_get_monotonic_time ();
  vmc_recorder_stop (s->recorder);
  return G_SOURCE_CONTINUE;
}

static void
on_levels (VmcRecorder *recorder,
           const float *peaks,
           const float *rms,
           guint        n,
           Session     *s)
{
  for (guint i = 0; i < n; i++)
    s->level = MAX (s->level * 0.9f, peaks[i]);
}

static void
on_elapsed (VmcRecorder *recorder,
            GParamSpec  *pspec,
            Session     *s)
{
  double elapsed = vmc_recorder_get_elapsed (recorder);

  if (s->live)
    {
      const char *partial = vmc_recorder_get_partial (recorder);
      int bars = (int)(s->level * 20);
      g_autofree char *meter = g_strnfill (CLAMP (bars, 0, 20), '#');
      g_autofree char *tail = g_strdup (partial ? partial : "");
      glong len = g_utf8_strlen (tail, -1);

      g_printerr ("\r\033[K%4.1f s [%-20s] %s", elapsed, meter,
                  g_utf8_offset_to_pointer (tail, MAX (0, len - 40)));
    }
  if (s->seconds > 0 && elapsed >= s->seconds && s->stop_time == 0)
    {
      s->stop_time = g_get_monotonic_time ();
      vmc_recorder_stop (recorder);
    }
}

static void
on_partial (VmcRecorder *recorder,
            GParamSpec  *pspec,
            Session     *s)
{
  s->partials++;
}

static void
on_finished (VmcRecorder  *recorder,
             const char   *path,
             const GError *error,
             Session      *s)
{
  if (s->live)
    g_printerr ("\n");
  if (error)
    s->error = g_error_copy (error);
  g_main_loop_quit (s->loop);
}

static void
on_model_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!vmc_speech_service_load_finish (VMC_SPEECH_SERVICE (source), result, &error))
    g_printerr (_("voicemail-coach: %s The recording goes on and is kept; it cannot be "
                  "analysed.\n"), error->message);
}

/* Keeps the attempt just recorded in the library: a recording made in the library's folder
 * is kept there, as FLAC; one made elsewhere (--output, --dir) is copied in */
static void
keep (VmcAnalysis   *analysis,
      const char    *path,
      const VmcPlan *plan)
{
  g_autoptr(VmcLibrary) library = vmc_cli_open_library ();
  g_autoptr(GError) error = NULL;
  g_autofree char *audio_dir = NULL;
  gint64 id;

  if (library == NULL)
    return;
  audio_dir = vmc_library_get_audio_dir (library);
  if (g_str_has_prefix (path, audio_dir))
    {
      if ((id = vmc_library_add (library, analysis, path, plan, NULL, &error)))
        vmc_library_keep_as_flac (library, id, &error);
    }
  else
    id = vmc_library_import_file (library, path, analysis, plan, NULL, NULL, &error);
  if (error)
    g_printerr (_("voicemail-coach: %s\n"), error->message);
  if (id)
    g_printerr (_("Kept as attempt %" G_GINT64_FORMAT " (voicemail-coach show %" G_GINT64_FORMAT ").\n"), id, id);
}

/**
 * vmc_cli_record:
 *
 * `voicemail-coach record`: records from the microphone until Ctrl+C (or --seconds), then
 * prints the analysis. The recording stays in the recordings folder (or --output).
 */
int
vmc_cli_record (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = NULL;
  g_autoptr(VmcRecorder) recorder = NULL;
  g_autoptr(VmcLiveAnalysis) live = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_autofree char *device = NULL, *output = NULL, *dir = NULL, *plan_path = NULL;
  g_autofree char *model_dir = NULL, *path = NULL, *voice = NULL;
  gboolean json = FALSE, stats = FALSE, no_analysis = FALSE;
  double seconds = 0.0, target = 60.0;
  VmcAnalysisOptions options;
  Session s = { 0 };
  guint sigint, sigterm;
  int status = VMC_EXIT_OK;
  const GOptionEntry entries[] = {
    { "device", 'd', 0, G_OPTION_ARG_STRING, &device, N_("Record from this microphone (see "
      "`voicemail-coach devices`; default: the system's)"), N_("ID") },
    { "seconds", 's', 0, G_OPTION_ARG_DOUBLE, &seconds, N_("Stop after this much audio (default: "
      "at Ctrl+C)"), N_("SECONDS") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Record to this WAV file"), N_("FILE") },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, N_("Keep recordings in this folder"), N_("DIR") },
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the analysis as JSON"), NULL },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("Your plan (see analyze --help)"),
      N_("PLAN.json") },
    { "target", 't', 0, G_OPTION_ARG_DOUBLE, &target, N_("The longest a message should be, in "
      "seconds (default 60)"), N_("SECONDS") },
    { "no-analysis", 0, 0, G_OPTION_ARG_NONE, &no_analysis, N_("Only record"), NULL },
    { "stats", 0, 0, G_OPTION_ARG_NONE, &stats, N_("Print the recording's figures (overflows, "
      "CPU, latency) as JSON on standard error"), NULL },
    { "model-dir", 0, 0, G_OPTION_ARG_FILENAME, &model_dir, N_("Speech model folder"), N_("DIR") },
    { "voice", 0, 0, G_OPTION_ARG_STRING, &voice, N_("Recognize with the voice learned under NAME (see enroll)"), N_("NAME") },
    { NULL }
  };

  ctx = g_option_context_new (_("— record a practice message and judge it"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx,
      _("Records from the microphone until Ctrl+C (or --seconds), transcribing as you speak,\n"
      "then prints the analysis as `analyze` does. The recording is kept in\n"
      "~/.local/share/voicemail-coach/audio (or --dir, or --output) and kept as an attempt\n"
      "(voicemail-coach attempts lists them). A recording cut\n"
      "off by a crash is repaired the next time you record."));
  g_option_context_set_description (ctx,
      _("Exit status: 0 when recorded and analysed, 1 when the microphone or the disk failed\n"
      "(what was recorded is kept), 2 for a usage error or a bad plan file."));
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (argc > 1)
    return vmc_cli_usage_error (ctx, _("record takes no file; use --output FILE"));
  if (seconds < 0 || !(target >= 5.0 && target <= 600.0))
    return vmc_cli_usage_error (ctx, _("--seconds must be positive and --target between 5 and 600"));
  if (plan_path && !(plan = vmc_plan_load_file (plan_path, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_USAGE;
    }
  if (dir == NULL)
    dir = output ? g_path_get_dirname (output) : vmc_store_default_dir ();

  recovered = recover_all (dir);
  for (guint i = 0; i < recovered->len; i++)
    g_printerr (_("voicemail-coach: an earlier recording was cut off; it is recovered as %s "
                "(analyze it with: voicemail-coach analyze %s)\n"),
                (char *)recovered->pdata[i], (char *)recovered->pdata[i]);

  vmc_analysis_options_init (&options);
  vmc_analysis_options_set_target (&options, target);
  recorder = vmc_recorder_new ();
  vmc_recorder_set_device (recorder, device);
  if (!no_analysis)
    {
      g_auto(GStrv) phrases = plan ? vmc_plan_get_phrases (plan) : NULL;
      VmcSpeechService *service;

      if (!(service = vmc_cli_speech_service (model_dir, voice, (const char * const *)phrases)))
        return VMC_EXIT_FAILED;
      /* recording starts at once; the transcript catches up when the model has loaded */
      vmc_speech_service_load_async (service, NULL, on_model_loaded, NULL);
      live = vmc_live_analysis_new (service, plan ? vmc_plan_copy (plan) : NULL, &options);
      vmc_recorder_set_sink (recorder, VMC_AUDIO_SINK (live));
    }

  path = output ? g_strdup (output) : vmc_store_new_recording_path (dir);
  loop = g_main_loop_new (NULL, FALSE);
  s.recorder = recorder;
  s.loop = loop;
  s.seconds = seconds;
  s.live = isatty (STDERR_FILENO) && !stats;
  g_signal_connect (recorder, "levels", G_CALLBACK (on_levels), &s);
  g_signal_connect (recorder, "notify::elapsed", G_CALLBACK (on_elapsed), &s);
  g_signal_connect (recorder, "notify::partial", G_CALLBACK (on_partial), &s);
  g_signal_connect (recorder, "finished", G_CALLBACK (on_finished), &s);
  if (!vmc_recorder_start (recorder, path, &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  g_printerr (_("Recording to %s at %d Hz. Press Ctrl+C to stop.\n"), path,
              vmc_recorder_get_device_rate (recorder));
  sigint = g_unix_signal_add (SIGINT, on_signal, &s);
  sigterm = g_unix_signal_add (SIGTERM, on_signal, &s);
  g_main_loop_run (loop);
  g_source_remove (sigint);
  g_source_remove (sigterm);

  if (s.error)
    {
      g_printerr (_("voicemail-coach: %s\n"), s.error->message);
      status = VMC_EXIT_FAILED;
    }
  g_printerr (_("Recorded %.1f s to %s.\n"), vmc_recorder_get_elapsed (recorder), path);
  if (stats)
    {
      double elapsed = vmc_recorder_get_elapsed (recorder);
      gint64 t_words = live ? vmc_live_analysis_get_transcript_time (live) : 0;
      gint64 t_analysis = live ? vmc_live_analysis_get_analysis_time (live) : 0;

      g_printerr ("stats: {\"seconds\": %.3f, \"device_rate\": %d, \"overflows\": %u, "
                  "\"dropped_seconds\": %.4f, \"worker_cpu_seconds\": %.3f, "
                  "\"worker_cpu_share\": %.4f, \"stop_to_transcript\": %.4f, "
                  "\"stop_to_analysis\": %.4f, \"partials\": %u}\n",
                  elapsed, vmc_recorder_get_device_rate (recorder),
                  vmc_recorder_get_overflows (recorder), vmc_recorder_get_dropped_seconds (recorder),
                  vmc_recorder_get_worker_cpu_seconds (recorder),
                  elapsed > 0 ? vmc_recorder_get_worker_cpu_seconds (recorder) / elapsed : 0.0,
                  t_words && s.stop_time ? (t_words - s.stop_time) / 1e6 : -1.0,
                  t_analysis && s.stop_time ? (t_analysis - s.stop_time) / 1e6 : -1.0, s.partials);
    }
  if (live)
    {
      VmcAnalysis *analysis = vmc_live_analysis_get_analysis (live);

      if (analysis)
        {
          /* the report names the file */
          g_autoptr(VmcAnalysis) named = vmc_analysis_with_file (analysis, path);

          vmc_cli_print_analysis (named, json, TRUE);
          keep (named, path, plan);
        }
      else if (vmc_live_analysis_get_error (live))
        {
          g_printerr (_("voicemail-coach: %s\n"), vmc_live_analysis_get_error (live)->message);
          status = VMC_EXIT_FAILED;
        }
    }
  g_clear_error (&s.error);
  return status;
}

/**
 * vmc_cli_recover:
 *
 * `voicemail-coach recover`: repairs the recordings a crash cut off, and analyses them
 */
int
vmc_cli_recover (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(VmcPlan) plan = NULL;
  VmcSpeechService *service;
  g_autofree char *dir = NULL, *plan_path = NULL, *model_dir = NULL, *voice = NULL;
  gboolean json = FALSE;
  VmcAnalysisOptions options;
  int status = VMC_EXIT_OK;
  const GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, N_("The recordings folder"), N_("DIR") },
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the analyses as JSON"), NULL },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("Your plan (see analyze --help)"),
      N_("PLAN.json") },
    { "model-dir", 0, 0, G_OPTION_ARG_FILENAME, &model_dir, N_("Speech model folder"), N_("DIR") },
    { "voice", 0, 0, G_OPTION_ARG_STRING, &voice, N_("Recognize with the voice learned under NAME (see enroll)"), N_("NAME") },
    { NULL }
  };

  ctx = g_option_context_new (_("— repair recordings a crash cut off, and analyse them"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (plan_path && !(plan = vmc_plan_load_file (plan_path, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_USAGE;
    }
  if (dir == NULL)
    dir = vmc_store_default_dir ();
  recovered = recover_all (dir);
  if (recovered->len == 0)
    {
      g_printerr (_("No unfinished recording in %s.\n"), dir);
      return VMC_EXIT_OK;
    }
  vmc_analysis_options_init (&options);
  {
    g_auto(GStrv) phrases = plan ? vmc_plan_get_phrases (plan) : NULL;

    if (!(service = vmc_cli_speech_service (model_dir, voice, (const char * const *)phrases)) ||
        !vmc_cli_load_model (service, FALSE))
      return VMC_EXIT_FAILED;
  }
  for (guint i = 0; i < recovered->len; i++)
    {
      g_autoptr(VmcAudioClip) clip = NULL;
      g_autoptr(VmcAnalysis) analysis = NULL;
      g_autoptr(GError) file_error = NULL;

      g_printerr (_("Recovered %s\n"), (char *)recovered->pdata[i]);
      if (!(clip = vmc_audio_clip_load (recovered->pdata[i], NULL, &file_error)) ||
          !(analysis = vmc_speech_service_analyze (service, clip, plan, &options, NULL, &file_error)))
        {
          g_printerr (_("voicemail-coach: %s\n"), file_error->message);
          status = VMC_EXIT_FAILED;
          continue;
        }
      vmc_cli_print_analysis (analysis, json, i == 0);
      /* repaired and analysed: kept as an attempt, as if it had finished */
      {
        g_autoptr(VmcAnalysis) named = vmc_analysis_with_file (analysis, recovered->pdata[i]);

        keep (named, recovered->pdata[i], plan);
      }
    }
  return status;
}

static void
on_played (VmcPlayer *player,
           GMainLoop *loop)
{
  g_main_loop_quit (loop);
}

static gboolean
on_play_signal (gpointer data)
{
  vmc_player_stop (data);
  return G_SOURCE_CONTINUE;
}

/**
 * vmc_cli_play:
 *
 * `voicemail-coach play FILE`: plays a recording (or a part of it), optionally as a phone
 * line carries it
 */
int
vmc_cli_play (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlayer) player = vmc_player_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_auto(GStrv) files = NULL;
  g_autofree char *device = NULL;
  gboolean telephone = FALSE;
  double from = 0.0, to = -1.0;
  guint sigint;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_DOUBLE, &from, N_("Start here (seconds)"), N_("SECONDS") },
    { "to", 0, 0, G_OPTION_ARG_DOUBLE, &to, N_("Stop here (seconds)"), N_("SECONDS") },
    { "telephone", 0, 0, G_OPTION_ARG_NONE, &telephone, N_("Play it as a phone line carries it "
      "(300 to 3400 Hz): what the listener hears"), NULL },
    { "device", 'd', 0, G_OPTION_ARG_STRING, &device, N_("Play on this output (see `voicemail-coach "
      "devices`)"), N_("ID") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE") },
    { NULL }
  };

  ctx = g_option_context_new (_("FILE — play a recording"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return vmc_cli_usage_error (ctx, _("give one recording to play"));
  if (from < 0 || (to >= 0 && to <= from))
    return vmc_cli_usage_error (ctx, _("--from must be positive and before --to"));
  vmc_player_set_device (player, device);
  if (!vmc_player_open (player, files[0], &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  vmc_player_set_telephone_band (player, telephone);
  g_signal_connect (player, "finished", G_CALLBACK (on_played), loop);
  if (!vmc_player_play (player, from, to, &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  sigint = g_unix_signal_add (SIGINT, on_play_signal, player);
  g_signal_connect_swapped (player, "notify::state", G_CALLBACK (g_main_loop_quit), loop);
  g_main_loop_run (loop);
  g_source_remove (sigint);
  return VMC_EXIT_OK;
}
