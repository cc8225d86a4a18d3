/* main.c: entry point; command-line commands or the window
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-app"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "vmc-application.h"
#include "vmc-cli.h"
#include "vmc-tuning.h"

static const char usage[] = N_(
  "Usage:\n"
  "  voicemail-coach [FILE]                     open the window (and a recording)\n"
  "  voicemail-coach analyze [--json] [--plan PLAN.json] FILE…\n"
  "                                             judge a message against the ten tips\n"
  "  voicemail-coach transcribe [--json] FILE…  print what was said, with word times\n"
  "  voicemail-coach record [--seconds N] [--plan PLAN.json] [--json]\n"
  "                                             record a message from the microphone, judge it\n"
  "  voicemail-coach recover                    repair recordings a crash cut off, judge them\n"
  "  voicemail-coach enroll --name NAME LIST.tsv\n"
  "                                             learn a speaker's voice from sentences read\n"
  "  voicemail-coach voices                     list the voices learned\n"
  "  voicemail-coach play [--telephone] FILE    play a recording (as a phone line would)\n"
  "  voicemail-coach devices                    list microphones and outputs\n"
  "  voicemail-coach attempts [--json] [--search TEXT]\n"
  "                                             list the attempts kept, newest first\n"
  "  voicemail-coach show ID [--json]           an attempt kept, as analyze reports it\n"
  "  voicemail-coach export --csv FILE [--search TEXT] | --pdf FILE ID | --html FILE ID\n"
  "                                             write attempts out: a table, a report, a page\n"
  "  voicemail-coach import FILE…               analyse recordings and keep them as attempts\n"
  "  voicemail-coach note ID TEXT               write a note on an attempt (\"\" clears it)\n"
  "  voicemail-coach delete ID…                 remove attempts, their recordings too\n"
  "  voicemail-coach COMMAND --help             the options of a command\n"
  "\n"
  "Voicemail Coach helps you rehearse phone messages that get called back.\n"
  "Exit status: 0 on success, 1 when a file could not be analysed, 2 for a usage error.\n");

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* Numbers are read and written as in C whatever the language: pocketsphinx and sphinxbase
   * read their models' numbers with atof() and fscanf(), which under a locale with a decimal
   * comma read "0.3" as 0 (the phone line's transform failed to load, the phrase models
   * were read wrong). Messages and dates still follow the user's locale. */
  setlocale (LC_NUMERIC, "C");
  /* the catalogues built in the build tree when run from it (build-aux/run.sh, the tests),
   * else the installed ones */
  {
    g_autofree char *built = g_build_filename (VMC_BUILD_LOCALEDIR, "de", "LC_MESSAGES",
                                               GETTEXT_PACKAGE ".mo", NULL);

    bindtextdomain (GETTEXT_PACKAGE, g_file_test (built, G_FILE_TEST_EXISTS)
                                     ? VMC_BUILD_LOCALEDIR : LOCALEDIR);
    bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    textdomain (GETTEXT_PACKAGE);
  }
  /* PortAudio probes JACK when it starts: never start a JACK server for that. Set here, before
   * any thread, as nothing may change the environment once threads run. */
  g_setenv ("JACK_NO_START_SERVER", "1", FALSE);
  /* the VMC_* switches for measuring, read once, before any thread */
  vmc_tuning_init ();
  /* standard output carries the reports and JSON; every log message goes to standard error */
  g_log_writer_default_set_use_stderr (TRUE);

  if (argc > 1)
    {
      const char *cmd = argv[1];

      if (strcmp (cmd, "transcribe") == 0)
        return vmc_cli_transcribe (argc - 1, argv + 1);
      if (strcmp (cmd, "analyze") == 0 || strcmp (cmd, "analyse") == 0)
        return vmc_cli_analyze (argc - 1, argv + 1);
      if (strcmp (cmd, "record") == 0)
        return vmc_cli_record (argc - 1, argv + 1);
      if (strcmp (cmd, "recover") == 0)
        return vmc_cli_recover (argc - 1, argv + 1);
      if (strcmp (cmd, "enroll") == 0)
        return vmc_cli_enroll (argc - 1, argv + 1);
      if (strcmp (cmd, "voices") == 0)
        return vmc_cli_voices (argc - 1, argv + 1);
      if (strcmp (cmd, "play") == 0)
        return vmc_cli_play (argc - 1, argv + 1);
      if (strcmp (cmd, "devices") == 0)
        return vmc_cli_devices (argc - 1, argv + 1);
      if (strcmp (cmd, "attempts") == 0)
        return vmc_cli_attempts (argc - 1, argv + 1);
      if (strcmp (cmd, "show") == 0)
        return vmc_cli_show (argc - 1, argv + 1);
      if (strcmp (cmd, "export") == 0)
        return vmc_cli_export (argc - 1, argv + 1);
      if (strcmp (cmd, "import") == 0)
        return vmc_cli_import (argc - 1, argv + 1);
      if (strcmp (cmd, "note") == 0)
        return vmc_cli_note (argc - 1, argv + 1);
      if (strcmp (cmd, "delete") == 0)
        return vmc_cli_delete (argc - 1, argv + 1);
      if (strcmp (cmd, "--help") == 0 || strcmp (cmd, "-h") == 0 || strcmp (cmd, "help") == 0)
        {
          g_print ("%s", _(usage));
          return VMC_EXIT_OK;
        }
      if (strcmp (cmd, "--version") == 0 || strcmp (cmd, "-v") == 0)
        {
          g_print ("voicemail-coach %s\n", PACKAGE_VERSION);
          return VMC_EXIT_OK;
        }
      if (cmd[0] == '-')
        {
          g_printerr (_("voicemail-coach: unknown option %s\n\n%s"), cmd, _(usage));
          return VMC_EXIT_USAGE;
        }
    }

  /* run from the build tree (build-aux/run.sh, the tests): the settings schema compiled there
   * comes first (an installed app on another machine has no build tree) */
  {
    g_autofree char *compiled = g_build_filename (VMC_BUILD_DATADIR, "gschemas.compiled", NULL);
    const char *dirs = g_getenv ("GSETTINGS_SCHEMA_DIR");

    if (g_file_test (compiled, G_FILE_TEST_EXISTS))
      {
        g_autofree char *value = dirs && *dirs ? g_strconcat (VMC_BUILD_DATADIR, ":", dirs, NULL)
                                               : g_strdup (VMC_BUILD_DATADIR);

        g_setenv ("GSETTINGS_SCHEMA_DIR", value, TRUE);
      }
  }

  {
    g_autoptr(VmcApplication) app = vmc_application_new ();

    return g_application_run (G_APPLICATION (app), argc, argv);
  }
}
