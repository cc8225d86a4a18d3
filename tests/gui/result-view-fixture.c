/* result-view-fixture.c: result views on their own, for the GUI test (test-result-view.py)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   result-view-fixture ANALYSIS.json [RECORDING.wav] [ANALYSIS.json [RECORDING.wav]]
 *
 * Shows each saved analysis (with its recording, or "-" for none) in a result view of its
 * own, side by side in one window: nothing recorded, nothing analysed again.
 */
#include "config.h"

#include <adwaita.h>

#include "vmc-analysis.h"
#include "vmc-audio-clip.h"
#include "vmc-result-view.h"

static char **args;

static GtkWidget *
view_of (const char *json_path,
         const char *wav_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(VmcAnalysis) analysis = NULL;
  g_autoptr(VmcAudioClip) clip = NULL;
  GtkWidget *view = vmc_result_view_new ();

  if (!g_file_get_contents (json_path, &json, NULL, &error) ||
      !(analysis = vmc_analysis_new_from_json (json, -1, &error)))
    g_error ("%s: %s", json_path, error->message);
  if (wav_path && g_strcmp0 (wav_path, "-") != 0 && !(clip = vmc_audio_clip_load (wav_path, NULL, &error)))
    g_error ("%s: %s", wav_path, error->message);
  {
    gint64 t0 = g_get_monotonic_time ();

    vmc_result_view_show (VMC_RESULT_VIEW (view), analysis, clip);
    /* VMC_FIXTURE_TIMES=1: how long showing takes (for long recordings) */
    if (g_getenv ("VMC_FIXTURE_TIMES"))
      g_printerr ("shown in %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
  }
  gtk_widget_set_hexpand (view, TRUE);
  return view;
}

static gint64 presented;

static void
painted (GdkFrameClock *clock)
{
  static int frames;

  g_printerr ("frame %d painted %.1f ms after the window was presented\n", ++frames,
              (g_get_monotonic_time () - presented) / 1000.0);
  if (frames == 3)
    g_signal_handlers_disconnect_by_func (clock, painted, NULL);
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);

  for (guint i = 0; args[i]; i += 2)
    gtk_box_append (GTK_BOX (box), view_of (args[i], args[i + 1]));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), scroller);
  gtk_window_set_title (GTK_WINDOW (window), "Result views");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 780);
  gtk_window_present (GTK_WINDOW (window));
  if (g_getenv ("VMC_FIXTURE_TIMES"))
    {
      presented = g_get_monotonic_time ();
      g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted), NULL);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: %s ANALYSIS.json [RECORDING.wav] ...\n", argv[0]);
      return 2;
    }
  args = argv + 1;
  app = adw_application_new ("io.github.vmcoach.ResultViewFixture", G_APPLICATION_NON_UNIQUE);
  /* the app's style sheet, as the app has it */
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/vmcoach/VoicemailCoach");
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
