/* progress-chart-fixture.c: the progress chart and the tips' pass rates on their own, for the
 * GUI test (test-progress-chart.py)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   progress-chart-fixture N
 *
 * Makes N attempts (ids 1001, 1002, …; five a practice day, every other day from 8 January
 * 2024; scores that climb from about 40 to about 90 with some noise; the same every run),
 * hands them over shuffled, and once the window has been painted prints, in the coordinates
 * of its X window (GTK 4.8 gives AT-SPI only positions in the window, without its frame):
 *   "chart X Y WIDTH HEIGHT", where the chart is;
 *   "point ID X Y SCORE VERDICTS" for each attempt: where the chart drew it, its score and its
 *     ten verdicts (p, w, f or s for pass, warn, fail, skip: the test counts the pass rates
 *     itself); then "ready";
 *   "activated ID" whenever the chart asks for an attempt.
 * A button stands before the chart, to Tab from.
 * VMC_FIXTURE_TIMES=1: how long the chart takes to snapshot and to render (on stderr).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include <adwaita.h>

#include "vmc-progress-chart.h"
#include "vmc-tip-rates.h"

static guint n_attempts;
static VmcProgressChart *chart;

static GPtrArray *
make_attempts (guint n)
{
  GPtrArray *attempts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  g_autoptr(GDateTime) start = g_date_time_new_local (2024, 1, 8, 9, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      double progress = n > 1 ? (double)i / (n - 1) : 1.0;
      VmcAttemptData d = { 0 };

      d.id = 1001 + i;
      d.created = g_date_time_add (start, (i / 5) * 2 * G_TIME_SPAN_DAY + (i % 5) * 20 * G_TIME_SPAN_MINUTE);
      d.score = CLAMP ((int)lround (40 + 50 * progress + g_rand_double_range (rand, -12, 12)), 0, 100);
      d.duration = 20 + g_rand_double_range (rand, 0, 30);
      for (guint t = 0; t < VMC_N_TIPS; t++)
        {
          double r = g_rand_double (rand);

          /* rapport cannot be judged without a hook in the plan: now and then */
          if (t == VMC_TIP_RAPPORT && r < 0.2)
            d.verdicts[t] = VMC_VERDICT_SKIP;
          else
            d.verdicts[t] = r < d.score / 100.0 ? VMC_VERDICT_PASS
                          : r < d.score / 100.0 + 0.2 ? VMC_VERDICT_WARN : VMC_VERDICT_FAIL;
        }
      d.recipient = g_strdup ("Karen O'Neil");
      d.number = g_strdup ("4152279381");
      d.note = g_strdup ("");
      g_ptr_array_add (attempts, vmc_attempt_new_from_data (&d));
    }
  /* any order: the chart sorts them */
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer t = attempts->pdata[i - 1];

      attempts->pdata[i - 1] = attempts->pdata[j];
      attempts->pdata[j] = t;
    }
  return attempts;
}

static void
on_activated (VmcProgressChart *self,
              gint64            id)
{
  printf ("activated %" G_GINT64_FORMAT "\n", id);
  fflush (stdout);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static guint
count_nodes (GskRenderNode *node)
{
  guint n = 1;

  if (gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      n += count_nodes (gsk_container_node_get_child (node, i));
  return n;
}

/* The chart's own snapshot, timed on its own (the median and the worst of 60), after a
 * resize (where the points go worked out again) and as a plain redraw; and the render of what
 * it made by the window's renderer */
static void
report_times (void)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  GtkAllocation allocation;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_widget_get_allocation (widget, &allocation);
  G_GNUC_END_IGNORE_DEPRECATIONS
  for (int resized = 1; resized >= 0; resized--)
    {
      double snap[60], render[60];
      guint nodes = 0;

      for (guint k = 0; k < G_N_ELEMENTS (snap); k++)
        {
          GtkSnapshot *snapshot = gtk_snapshot_new ();
          GskRenderNode *node;
          GdkTexture *texture;
          gint64 t0, t1, t2;

          if (resized)
            {
              gtk_widget_queue_allocate (widget);
              gtk_widget_size_allocate (widget, &allocation, -1);
            }
          t0 = g_get_monotonic_time ();
          GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
          node = gtk_snapshot_free_to_node (snapshot);
          t1 = g_get_monotonic_time ();
          /* no attempts: no node at all */
          texture = node ? gsk_renderer_render_texture (renderer, node, NULL) : NULL;
          t2 = g_get_monotonic_time ();
          nodes = node ? count_nodes (node) : 0;
          snap[k] = (t1 - t0) / 1000.0;
          render[k] = (t2 - t1) / 1000.0;
          g_clear_object (&texture);
          g_clear_pointer (&node, gsk_render_node_unref);
        }
      qsort (snap, G_N_ELEMENTS (snap), sizeof (double), compare_doubles);
      qsort (render, G_N_ELEMENTS (render), sizeof (double), compare_doubles);
      /* the median and the 90th percentile: the worst is whatever else the machine did */
      g_printerr ("chart of %u attempts, %d x %d, %s: snapshot %.2f ms (median of %u; 90%% under %.2f), "
                  "%u render nodes; render (%s) %.2f ms (90%% under %.2f)\n",
                  vmc_progress_chart_get_n_attempts (chart), allocation.width, allocation.height,
                  resized ? "after a resize" : "redrawn", snap[G_N_ELEMENTS (snap) / 2],
                  (guint)G_N_ELEMENTS (snap), snap[G_N_ELEMENTS (snap) * 9 / 10], nodes,
                  G_OBJECT_TYPE_NAME (renderer), render[G_N_ELEMENTS (render) / 2],
                  render[G_N_ELEMENTS (render) * 9 / 10]);
    }
}

static void
painted (GdkFrameClock *clock,
         GPtrArray     *attempts)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (chart));
  graphene_point_t origin;
  double dx, dy;

  g_signal_handlers_disconnect_by_func (clock, painted, attempts);
  /* the chart's place in the window, and the window's frame */
  if (!gtk_widget_compute_point (GTK_WIDGET (chart), GTK_WIDGET (native), &GRAPHENE_POINT_INIT (0, 0), &origin))
    g_error ("the chart is not in its window");
  gtk_native_get_surface_transform (native, &dx, &dy);
  origin.x += dx;
  origin.y += dy;
  printf ("chart %.1f %.1f %d %d\n", origin.x, origin.y, gtk_widget_get_width (GTK_WIDGET (chart)),
          gtk_widget_get_height (GTK_WIDGET (chart)));
  for (guint i = 0; i < attempts->len; i++)
    {
      VmcAttempt *a = g_ptr_array_index (attempts, i);
      char verdicts[VMC_N_TIPS + 1] = { 0 };
      graphene_point_t p;

      for (VmcTipId t = 0; t < VMC_N_TIPS; t++)
        verdicts[t] = "pwfs"[vmc_attempt_get_verdict (a, t)];
      if (vmc_progress_chart_get_point (chart, vmc_attempt_get_id (a), &p))
        printf ("point %" G_GINT64_FORMAT " %.2f %.2f %d %s\n", vmc_attempt_get_id (a),
                origin.x + p.x, origin.y + p.y, vmc_attempt_get_score (a), verdicts);
    }
  printf ("ready\n");
  fflush (stdout);
  if (g_getenv ("VMC_FIXTURE_TIMES"))
    report_times ();
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *rates = vmc_tip_rates_new ();
  g_autoptr(GPtrArray) attempts = make_attempts (n_attempts);

  chart = VMC_PROGRESS_CHART (vmc_progress_chart_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (chart), TRUE);
  g_signal_connect (chart, "attempt-activated", G_CALLBACK (on_activated), NULL);
  vmc_progress_chart_set_attempts (chart, attempts);
  vmc_tip_rates_set_attempts (VMC_TIP_RATES (rates), attempts);

  /* something to Tab from, as the window's list will be: GTK shows where the keyboard is
   * once Tab has moved it */
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Before the chart"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (chart));
  gtk_box_append (GTK_BOX (box), rates);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Progress chart");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect_data (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted),
                         g_ptr_array_ref (attempts), (GClosureNotify)(void (*)(void))g_ptr_array_unref, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;
  guint64 n;

  if (argc != 2 || !g_ascii_string_to_unsigned (argv[1], 10, 0, 1000000, &n, NULL))
    {
      g_printerr ("usage: %s N\n", argv[0]);
      return 2;
    }
  n_attempts = (guint)n;
  app = adw_application_new ("io.github.vmcoach.ProgressChartFixture", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/vmcoach/VoicemailCoach");
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
