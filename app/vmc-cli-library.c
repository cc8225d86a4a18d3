/* vmc-cli-library.c: the attempts library from the command line: list, show, export,
 * import, delete
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "vmc-cli.h"
#include "vmc-cli-private.h"
#include "vmc-export.h"
#include "vmc-export-pdf.h"
#include "vmc-json.h"
#include "vmc-library.h"
#include "vmc-store.h"

/**
 * vmc_cli_open_library:
 *
 * The user's library ($XDG_DATA_HOME/voicemail-coach), with what was left deleted at the
 * last run removed and the 0.2.0 recordings folder brought in (each recording once).
 *
 * Returns: (transfer full) (nullable): the library, or %NULL after saying why on standard
 *   error
 */
VmcLibrary *
vmc_cli_open_library (void)
{
  g_autofree char *dir = vmc_library_default_dir ();
  g_autofree char *old = vmc_store_legacy_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)g_error_free);
  VmcLibrary *library;

  if (!(library = vmc_library_open (dir, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return NULL;
    }
  vmc_library_purge (library, NULL);
  if (vmc_library_import_folder (library, old, vmc_speech_service_get_default (), errors) > 0)
    g_printerr (_("Brought the recordings of %s into the library.\n"), old);
  for (guint i = 0; i < errors->len; i++)
    g_printerr (_("voicemail-coach: %s\n"), ((GError *)errors->pdata[i])->message);
  return library;
}

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  guint64 v;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &v, NULL))
    return FALSE;
  *id = (gint64)v;
  return TRUE;
}

/* @text in a column @width characters wide (cut, or padded with spaces): printf counts bytes */
static char *
column (const char *text,
        glong       width)
{
  glong n = g_utf8_strlen (text, -1);
  GString *s;

  if (n > width)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, width - 1);

      return g_strconcat (cut, "…", NULL);
    }
  s = g_string_new (text);
  for (; n < width; n++)
    g_string_append_c (s, ' ');
  return g_string_free (s, FALSE);
}

/* The verdicts as ten marks: ✓ pass, ! could be better, ✗ fix, · not judged */
static char *
marks_of (VmcAttempt *attempt)
{
  static const char * const marks[] = { "✓", "!", "✗", "·" };
  GString *s = g_string_new (NULL);

  for (int t = 0; t < VMC_N_TIPS; t++)
    g_string_append (s, marks[vmc_attempt_get_verdict (attempt, t)]);
  return g_string_free (s, FALSE);
}

static JsonNode *
attempt_json (VmcAttempt *a)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *date = g_date_time_format_iso8601 (vmc_attempt_get_created (a));

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, vmc_attempt_get_id (a));
  json_builder_set_member_name (b, "date");
  json_builder_add_string_value (b, date);
  json_builder_set_member_name (b, "recipient");
  json_builder_add_string_value (b, vmc_attempt_get_recipient (a));
  json_builder_set_member_name (b, "duration");
  json_builder_add_double_value (b, vmc_attempt_get_duration (a));
  json_builder_set_member_name (b, "score");
  json_builder_add_int_value (b, vmc_attempt_get_score (a));
  json_builder_set_member_name (b, "tips");
  json_builder_begin_object (b);
  for (int t = 0; t < VMC_N_TIPS; t++)
    {
      json_builder_set_member_name (b, vmc_tip_id_to_string (t));
      json_builder_add_string_value (b, vmc_verdict_to_string (vmc_attempt_get_verdict (a, t)));
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "number");
  json_builder_add_string_value (b, vmc_attempt_get_number (a));
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, vmc_attempt_get_note (a));
  json_builder_set_member_name (b, "audio");
  json_builder_add_string_value (b, vmc_attempt_get_audio (a));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* The attempts that match @search, loaded, newest first */
static GPtrArray *
find_attempts (VmcLibrary  *library,
               const char  *search,
               GError     **error)
{
  g_autoptr(GArray) ids = NULL;
  VmcQuery query;

  vmc_query_init (&query);
  query.search = search;
  if (!(ids = vmc_library_find (library, &query, error)))
    return NULL;
  return vmc_library_get_attempts (library, (const gint64 *)(void *)ids->data, ids->len, error);
}

/**
 * vmc_cli_attempts:
 *
 * `voicemail-coach attempts [--json] [--search TEXT]`: the attempts kept, newest first
 */
int
vmc_cli_attempts (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  g_autoptr(GPtrArray) attempts = NULL;
  g_autofree char *search = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object per attempt"), NULL },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only the attempts whose words, recipient "
      "or note hold TEXT"), N_("TEXT") },
    { NULL }
  };

  ctx = g_option_context_new (_("— list the attempts kept"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _("Lists the attempts kept in the library, newest first: the id, "
                                       "the date, the recipient,\nthe length, the score and a mark per "
                                       "tip (✓ pass, ! could be better, ✗ fix this, · not judged)."));
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (argc > 1)
    return vmc_cli_usage_error (ctx, _("attempts takes no file"));
  if (!(library = vmc_cli_open_library ()))
    return VMC_EXIT_FAILED;
  if (!(attempts = find_attempts (library, search, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  for (guint i = 0; i < attempts->len; i++)
    {
      VmcAttempt *a = attempts->pdata[i];

      if (json)
        {
          g_autoptr(JsonNode) node = attempt_json (a);
          g_autofree char *out = vmc_json_to_string (node, FALSE);

          g_print ("%s\n", out);
        }
      else
        {
          g_autofree char *date = g_date_time_format (vmc_attempt_get_created (a), "%Y-%m-%d %H:%M");
          g_autofree char *length = vmc_format_time (vmc_attempt_get_duration (a));
          g_autofree char *marks = marks_of (a);
          g_autofree char *to = column (*vmc_attempt_get_recipient (a) ? vmc_attempt_get_recipient (a) : "—", 16);

          g_print ("%5" G_GINT64_FORMAT "  %s  %s %5s  %3d  %s\n", vmc_attempt_get_id (a), date, to, length,
                   vmc_attempt_get_score (a), marks);
        }
    }
  if (!json && attempts->len == 0)
    g_printerr (search ? _("No attempt matches “%s”.\n") : _("No attempts yet: record one with "
                "voicemail-coach record, or in the window.\n"), search);
  return VMC_EXIT_OK;
}

/* The attempt @arg names, or NULL after saying why */
static VmcAttempt *
attempt_of (VmcLibrary *library,
            const char *arg,
            VmcAnalysis **analysis)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAttempt) attempt = NULL;
  gint64 id;

  if (!parse_id (arg, &id))
    {
      g_printerr (_("voicemail-coach: “%s” is not an attempt's id: see voicemail-coach attempts.\n"), arg);
      return NULL;
    }
  if (!(attempt = vmc_library_get_attempt (library, id, &error)) ||
      (analysis && !(*analysis = vmc_library_load_analysis (library, id, &error))))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return NULL;
    }
  return g_steal_pointer (&attempt);
}

/**
 * vmc_cli_show:
 *
 * `voicemail-coach show ID [--json]`: one attempt, as `analyze` reports it
 */
int
vmc_cli_show (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  g_autoptr(VmcAttempt) attempt = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_("Print the analysis as JSON"), NULL },
    { NULL }
  };

  ctx = g_option_context_new (_("ID — show an attempt kept"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (argc != 2)
    return vmc_cli_usage_error (ctx, _("give the id of one attempt (see voicemail-coach attempts)"));
  if (!(library = vmc_cli_open_library ()) || !(attempt = attempt_of (library, argv[1], &analysis)))
    return VMC_EXIT_FAILED;
  vmc_cli_print_analysis (analysis, json, TRUE);
  if (!json && *vmc_attempt_get_note (attempt))
    g_print (_("Note: %s\n"), vmc_attempt_get_note (attempt));
  return VMC_EXIT_OK;
}

/**
 * vmc_cli_export:
 *
 * `voicemail-coach export --csv FILE [--search TEXT]`, `export --pdf FILE ID`,
 * `export --html FILE ID`
 */
int
vmc_cli_export (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  g_autofree char *csv = NULL, *pdf = NULL, *html = NULL, *search = NULL;
  const GOptionEntry entries[] = {
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv, N_("Write every attempt (or those --search finds) "
      "as a table, a row per attempt"), N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the report of attempt ID"), N_("FILE") },
    { "html", 0, 0, G_OPTION_ARG_FILENAME, &html, N_("Write attempt ID as one web page, its "
      "recording in it"), N_("FILE") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("With --csv, only the attempts whose "
      "words, recipient or note hold TEXT"), N_("TEXT") },
    { NULL }
  };

  ctx = g_option_context_new (_("[ID] — write attempts out: a table, a report, a web page"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if ((csv != NULL) + (pdf != NULL) + (html != NULL) != 1)
    return vmc_cli_usage_error (ctx, _("give one of --csv, --pdf and --html"));
  if (csv ? argc != 1 : argc != 2)
    return vmc_cli_usage_error (ctx, csv ? _("--csv takes no id: use --search to choose")
                                         : _("give the id of one attempt (see voicemail-coach attempts)"));
  if (!(library = vmc_cli_open_library ()))
    return VMC_EXIT_FAILED;
  if (csv)
    {
      g_autoptr(GPtrArray) attempts = find_attempts (library, search, &error);
      g_autofree char *table = NULL;

      if (attempts != NULL)
        table = vmc_export_csv (attempts);
      if (attempts == NULL || !vmc_export_write (csv, table, strlen (table), &error))
        {
          g_printerr (_("voicemail-coach: %s\n"), error->message);
          return VMC_EXIT_FAILED;
        }
      g_printerr (ngettext ("Wrote %u attempt to %s.\n", "Wrote %u attempts to %s.\n", attempts->len),
                  attempts->len, csv);
      return VMC_EXIT_OK;
    }
  {
    g_autoptr(VmcAnalysis) analysis = NULL;
    g_autoptr(VmcAttempt) attempt = attempt_of (library, argv[1], &analysis);

    if (attempt == NULL)
      return VMC_EXIT_FAILED;
    if (pdf ? !vmc_export_pdf (attempt, analysis, pdf, &error)
            : !vmc_export_html (attempt, analysis, html, &error))
      {
        g_printerr (_("voicemail-coach: %s\n"), error->message);
        return VMC_EXIT_FAILED;
      }
    g_printerr (_("Wrote %s.\n"), pdf ? pdf : html);
  }
  return VMC_EXIT_OK;
}

/**
 * vmc_cli_import:
 *
 * `voicemail-coach import [--plan PLAN.json] FILE…`: recordings analysed and kept
 */
int
vmc_cli_import (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  g_autoptr(VmcPlan) plan = NULL;
  g_autoptr(GPtrArray) readable = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree char *plan_path = NULL;
  VmcSpeechService *service;
  VmcAnalysisOptions options;
  int status = VMC_EXIT_OK;
  const GOptionEntry entries[] = {
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &plan_path, N_("The plan the messages were left with "
      "(see analyze --help)"), N_("PLAN.json") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  ctx = g_option_context_new (_("FILE… — analyse recorded messages and keep them as attempts"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _("Analyses each recording (a phone voicemail, a practice message "
                                       "recorded elsewhere) and keeps it\nin the library, its audio as "
                                       "FLAC. The files themselves are left as they are."));
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (files == NULL || files[0] == NULL)
    return vmc_cli_usage_error (ctx, _("give at least one audio file to import"));
  if (plan_path && !(plan = vmc_plan_load_file (plan_path, &error)))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_USAGE;
    }
  {
    g_auto(GStrv) phrases = plan ? vmc_plan_get_phrases (plan) : NULL;

    if (!(service = vmc_cli_speech_service (NULL, NULL, (const char * const *)phrases)))
      return VMC_EXIT_FAILED;
  }
  if ((readable = vmc_cli_readable_files (files, &status))->len == 0)
    return status;
  if (!(library = vmc_cli_open_library ()) || !vmc_cli_load_model (service, FALSE))
    return VMC_EXIT_FAILED;
  vmc_analysis_options_init (&options);
  for (guint i = 0; i < readable->len; i++)
    {
      const char *file = readable->pdata[i];
      g_autoptr(GError) file_error = NULL;
      g_autoptr(VmcAudioClip) clip = NULL;
      g_autoptr(VmcAnalysis) analysis = NULL;
      gint64 id, already;

      if ((already = vmc_library_find_import (library, file)))
        {
          g_autofree char *as = g_strdup_printf ("%" G_GINT64_FORMAT, already);

          /* TRANSLATORS: the file, then the attempt's id twice */
          g_printerr (_("%s is in the library already, as attempt %s (voicemail-coach show %s).\n"), file, as, as);
          continue;
        }
      if (!(clip = vmc_audio_clip_load (file, NULL, &file_error)) ||
          !(analysis = vmc_speech_service_analyze (service, clip, plan, &options, NULL, &file_error)))
        {
          g_printerr (_("voicemail-coach: %s\n"), file_error->message);
          status = VMC_EXIT_FAILED;
          continue;
        }
      id = vmc_library_import_file (library, file, analysis, plan, NULL, NULL, &file_error);
      if (id == 0 && file_error)
        {
          g_printerr (_("voicemail-coach: %s\n"), file_error->message);
          status = VMC_EXIT_FAILED;
        }
      else if (id == 0)   /* brought in meanwhile, by another process */
        g_printerr (_("%s is in the library already.\n"), file);
      else
        g_print (_("%" G_GINT64_FORMAT "  %s  score %d\n"), id, file, analysis->score);
    }
  return status;
}

/**
 * vmc_cli_note:
 *
 * `voicemail-coach note ID TEXT`: the note on an attempt written (an empty one clears it)
 */
int
vmc_cli_note (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  gint64 id;

  ctx = g_option_context_new (_("ID TEXT — write a note on an attempt"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _("The note is searched with the words (attempts --search) and "
                                       "printed in the exports. \"\" clears it."));
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (argc != 3)
    return vmc_cli_usage_error (ctx, _("give the id of one attempt and the note (in quotes)"));
  if (!parse_id (argv[1], &id))
    {
      g_printerr (_("voicemail-coach: “%s” is not an attempt's id: see voicemail-coach attempts.\n"), argv[1]);
      return VMC_EXIT_FAILED;
    }
  if (!g_utf8_validate (argv[2], -1, NULL))
    return vmc_cli_usage_error (ctx, _("the note is not UTF-8 text"));
  if (!(library = vmc_cli_open_library ()))
    return VMC_EXIT_FAILED;
  if (!vmc_library_set_note (library, id, argv[2], &error))
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  return VMC_EXIT_OK;
}

/**
 * vmc_cli_delete:
 *
 * `voicemail-coach delete ID…`: attempts removed, their recordings too
 */
int
vmc_cli_delete (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcLibrary) library = NULL;
  int status = VMC_EXIT_OK;
  guint trashed = 0;

  ctx = g_option_context_new (_("ID… — remove attempts for good, their recordings too"));
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return vmc_cli_usage_error (ctx, error->message);
  if (argc < 2)
    return vmc_cli_usage_error (ctx, _("give the id of an attempt (see voicemail-coach attempts)"));
  if (!(library = vmc_cli_open_library ()))
    return VMC_EXIT_FAILED;
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) one = NULL;
      gint64 id;

      if (!parse_id (argv[i], &id))
        {
          g_printerr (_("voicemail-coach: “%s” is not an attempt's id: see voicemail-coach attempts.\n"), argv[i]);
          status = VMC_EXIT_FAILED;
        }
      else if (!vmc_library_trash (library, id, &one))
        {
          g_printerr (_("voicemail-coach: %s\n"), one->message);
          status = VMC_EXIT_FAILED;
        }
      else
        trashed++;
    }
  vmc_library_purge (library, &error);
  if (error)
    {
      g_printerr (_("voicemail-coach: %s\n"), error->message);
      return VMC_EXIT_FAILED;
    }
  if (trashed)
    g_printerr (ngettext ("Deleted %u attempt and its recording.\n", "Deleted %u attempts and their recordings.\n",
                          trashed), trashed);
  return status;
}
