/* compare-view-fixture.c: two attempts compared, on their own, for the GUI test
 * (test-compare-view.py)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   compare-view-fixture EARLIER.json EARLIER.wav|- LATER.json LATER.wav|- [--later-first]
 *
 * Makes an attempt of each saved analysis, as the library would keep it (the earlier made on
 * 12 March 2024 at 14:05 for Karen O'Neil, id 11; the later on 20 March 2024 at 09:30 for
 * Janet Hill, id 12), and shows them in a compare view, with their recordings ("-" for
 * none), over the earlier one compared with itself (the rows are replaced, as when the
 * window's choice changes). --later-first hands the later one over first: the view puts it
 * on the right all the same. Nothing is recorded or analysed.
 */
#include "config.h"

#include <adwaita.h>

#include "vmc-analysis.h"
#include "vmc-attempt.h"
#include "vmc-audio-clip.h"
#include "vmc-compare-view.h"

static char **args;
static gboolean later_first;

typedef struct
{
  VmcAttempt *attempt;
  VmcAnalysis *analysis;
  VmcAudioClip *clip;
} Side;

static void
side_clear (Side *side)
{
  g_clear_object (&side->attempt);
  g_clear_pointer (&side->analysis, vmc_analysis_unref);
  g_clear_pointer (&side->clip, vmc_audio_clip_unref);
}

/* An attempt as the library keeps it: the row's figures are the analysis's */
static void
side_load (Side       *side,
           gint64      id,
           GDateTime  *created,
           const char *recipient,
           const char *json_path,
           const char *wav_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  VmcAttemptData d = { 0 };
  VmcAnalysis *a;

  if (!g_file_get_contents (json_path, &json, NULL, &error) ||
      !(side->analysis = vmc_analysis_new_from_json (json, -1, &error)))
    g_error ("%s: %s", json_path, error->message);
  if (g_strcmp0 (wav_path, "-") != 0 && !(side->clip = vmc_audio_clip_load (wav_path, NULL, &error)))
    g_error ("%s: %s", wav_path, error->message);
  a = side->analysis;
  d.id = id;
  d.created = g_date_time_ref (created);
  d.duration = a->duration;
  d.score = a->score;
  for (guint t = 0; t < VMC_N_TIPS; t++)
    d.verdicts[t] = a->tips[t].verdict;
  d.recipient = g_strdup (recipient);
  d.number = g_strdup ("4152279381");
  d.note = g_strdup ("");
  d.audio = g_strdup (wav_path);
  d.words_per_minute = a->metrics.words_per_minute;
  d.digits_per_second = a->metrics.number_digits_per_second;
  d.pitch_range = a->metrics.pitch_range_st;
  side->attempt = vmc_attempt_new_from_data (&d);
}

static void
on_error (VmcCompareView *view,
          const GError   *error)
{
  g_printerr ("playback failed: %s\n", error->message);
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *view = vmc_compare_view_new ();
  g_autoptr(GDateTime) march_12 = g_date_time_new_local (2024, 3, 12, 14, 5, 0);
  g_autoptr(GDateTime) march_20 = g_date_time_new_local (2024, 3, 20, 9, 30, 0);
  Side earlier = { 0 }, later = { 0 };

  side_load (&earlier, 11, march_12, "Karen O'Neil", args[0], args[1]);
  side_load (&later, 12, march_20, "Janet Hill", args[2], args[3]);
  /* shown over something else, as the window does when the choice changes: the earlier
   * attempt against itself first (all the same), then the two */
  vmc_compare_view_set_attempts (VMC_COMPARE_VIEW (view), earlier.attempt, earlier.analysis, earlier.clip,
                                 earlier.attempt, earlier.analysis, NULL);
  if (later_first)
    vmc_compare_view_set_attempts (VMC_COMPARE_VIEW (view), later.attempt, later.analysis, later.clip,
                                   earlier.attempt, earlier.analysis, earlier.clip);
  else
    vmc_compare_view_set_attempts (VMC_COMPARE_VIEW (view), earlier.attempt, earlier.analysis, earlier.clip,
                                   later.attempt, later.analysis, later.clip);
  side_clear (&earlier);
  side_clear (&later);
  g_signal_connect (view, "error", G_CALLBACK (on_error), NULL);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1240);
  adw_clamp_set_child (ADW_CLAMP (clamp), view);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), scroller);
  gtk_window_set_title (GTK_WINDOW (window), "Compare view");
  gtk_window_set_default_size (GTK_WINDOW (window), 1260, 790);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  if (argc < 5 || argc > 6 || (argc == 6 && g_strcmp0 (argv[5], "--later-first") != 0))
    {
      g_printerr ("usage: %s EARLIER.json EARLIER.wav|- LATER.json LATER.wav|- [--later-first]\n", argv[0]);
      return 2;
    }
  args = argv + 1;
  later_first = argc == 6;
  app = adw_application_new ("io.github.vmcoach.CompareViewFixture", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/vmcoach/VoicemailCoach");
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
