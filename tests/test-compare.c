/* test-compare.c: two attempts side by side: better, worse or the same
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "vmc-compare.h"

#define BETTER VMC_CHANGE_BETTER
#define WORSE VMC_CHANGE_WORSE
#define SAME VMC_CHANGE_SAME
#define UNKNOWN VMC_CHANGE_UNKNOWN

typedef struct
{
  double before, after;
  VmcChange want;
} Case;

static void
check_cases (VmcMetric   metric,
             const Case *cases,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      VmcChange got = vmc_compare_metric (metric, cases[i].before, cases[i].after);

      if (got != cases[i].want)
        g_error ("%s %g -> %g: %s, not %s", vmc_metric_info (metric)->key, cases[i].before,
                 cases[i].after, vmc_change_to_string (got), vmc_change_to_string (cases[i].want));
    }
}

static void
test_verdicts (void)
{
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_FAIL, VMC_VERDICT_WARN), ==, BETTER);
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_WARN, VMC_VERDICT_PASS), ==, BETTER);
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_FAIL, VMC_VERDICT_PASS), ==, BETTER);
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_PASS, VMC_VERDICT_WARN), ==, WORSE);
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_PASS, VMC_VERDICT_FAIL), ==, WORSE);
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_WARN, VMC_VERDICT_FAIL), ==, WORSE);
  for (VmcVerdict v = VMC_VERDICT_PASS; v <= VMC_VERDICT_FAIL; v++)
    {
      g_assert_cmpint (vmc_compare_verdicts (v, v), ==, SAME);
      /* a tip not judged on one side says nothing of progress */
      g_assert_cmpint (vmc_compare_verdicts (v, VMC_VERDICT_SKIP), ==, UNKNOWN);
      g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_SKIP, v), ==, UNKNOWN);
    }
  g_assert_cmpint (vmc_compare_verdicts (VMC_VERDICT_SKIP, VMC_VERDICT_SKIP), ==, UNKNOWN);
}

static void
test_score (void)
{
  static const Case cases[] = {
    { 60, 61, BETTER }, { 61, 60, WORSE }, { 72, 72, SAME }, { 0, 100, BETTER },
    { 100, 0, WORSE }, { 0, 0, SAME }, { NAN, 50, UNKNOWN }, { -1, 50, UNKNOWN },
  };

  check_cases (VMC_METRIC_SCORE, cases, G_N_ELEMENTS (cases));
}

static void
test_duration (void)
{
  static const Case cases[] = {
    /* into the 20-30 s band from either side */
    { 45, 25, BETTER }, { 12, 22, BETTER }, { 25, 45, WORSE }, { 22, 12, WORSE },
    /* anywhere in the band is as good */
    { 21, 29, SAME }, { 20, 30, SAME },
    /* closer to the band is better, whichever side */
    { 40, 35, BETTER }, { 8, 15, BETTER }, { 15, 8, WORSE },
    { 5, 40, BETTER },   /* 15 s short against 10 s long */
    { 45, 10, BETTER },  /* 15 s long against 10 s short */
    /* over a minute is the worst, worse than any message under it */
    { 59, 61, WORSE }, { 61, 59, BETTER }, { 2, 61, WORSE }, { 90, 3, BETTER },
    { 70, 65, BETTER }, { 65, 70, WORSE },
    /* a second either way is the same */
    { 31.0, 31.6, SAME }, { 31.0, 32.5, WORSE }, { 60.0, 60.4, WORSE },
    { 0, 25, UNKNOWN }, { NAN, 25, UNKNOWN },
  };

  check_cases (VMC_METRIC_DURATION, cases, G_N_ELEMENTS (cases));
}

static void
test_digits_per_second (void)
{
  static const Case cases[] = {
    { 3.5, 2.1, BETTER }, { 2.1, 3.5, WORSE }, { 1.0, 1.8, BETTER }, { 1.8, 1.0, WORSE },
    /* as far on either side of two a second */
    { 1.5, 2.5, SAME }, { 3.0, 1.0, SAME },
    /* closer on the other side */
    { 2.8, 1.6, BETTER },
    /* less than a tenth does not count; a tenth does, however the doubles round it */
    { 2.0, 2.05, SAME }, { 2.0, 2.1, WORSE }, { 2.1, 2.2, WORSE }, { 2.3, 2.2, BETTER },
    { 2.4, 2.6, WORSE },
    /* no number said on one side */
    { 0, 2.0, UNKNOWN }, { 2.0, 0, UNKNOWN }, { NAN, 2.0, UNKNOWN },
  };

  check_cases (VMC_METRIC_DIGITS_PER_SECOND, cases, G_N_ELEMENTS (cases));
}

static void
test_words_per_minute (void)
{
  static const Case cases[] = {
    { 199.6, 152, BETTER }, { 152, 199.6, WORSE }, { 110, 140, BETTER }, { 140, 110, WORSE },
    { 130, 170, SAME }, { 148, 152, SAME }, { 150, 158, WORSE }, { 100, 190, BETTER },
    { 0, 150, UNKNOWN },
  };

  check_cases (VMC_METRIC_WORDS_PER_MINUTE, cases, G_N_ELEMENTS (cases));
}

static void
test_pitch_range (void)
{
  static const Case cases[] = {
    { 1.7, 3.4, BETTER }, { 3.4, 1.7, WORSE }, { 5.0, 5.9, BETTER },
    /* past about six semitones, more is no better */
    { 6.0, 9.0, SAME }, { 9.0, 6.5, SAME }, { 5.0, 9.0, BETTER }, { 9.0, 5.0, WORSE },
    { 3.0, 3.1, SAME },
    /* too little voice to measure it */
    { 0, 3.0, UNKNOWN }, { NAN, 3.0, UNKNOWN },
  };

  check_cases (VMC_METRIC_PITCH_RANGE, cases, G_N_ELEMENTS (cases));
}

static void
test_shortfall (void)
{
  g_assert_cmpfloat (vmc_metric_shortfall (VMC_METRIC_DURATION, 25), ==, 0);
  g_assert_cmpfloat_with_epsilon (vmc_metric_shortfall (VMC_METRIC_DURATION, 40), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (vmc_metric_shortfall (VMC_METRIC_DURATION, 12), 8, 1e-9);
  g_assert_cmpfloat (vmc_metric_shortfall (VMC_METRIC_DURATION, 60.5), >,
                     vmc_metric_shortfall (VMC_METRIC_DURATION, 0.5));
  g_assert_cmpfloat (vmc_metric_shortfall (VMC_METRIC_SCORE, 100), ==, 0);
  g_assert_cmpfloat (vmc_metric_shortfall (VMC_METRIC_PITCH_RANGE, 8), ==, 0);
  g_assert_true (isnan (vmc_metric_shortfall (VMC_METRIC_WORDS_PER_MINUTE, 0)));
}

static void
test_of_analysis (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "attempt.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) a = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  a = vmc_analysis_new_from_json (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (vmc_metric_of_analysis (a, VMC_METRIC_DURATION), 20.21, 1e-9);
  g_assert_cmpfloat_with_epsilon (vmc_metric_of_analysis (a, VMC_METRIC_DIGITS_PER_SECOND), 3.55, 1e-9);
  g_assert_cmpfloat_with_epsilon (vmc_metric_of_analysis (a, VMC_METRIC_WORDS_PER_MINUTE), 199.58, 1e-9);
  g_assert_cmpfloat_with_epsilon (vmc_metric_of_analysis (a, VMC_METRIC_PITCH_RANGE), 1.67, 1e-9);
  g_assert_cmpfloat (vmc_metric_of_analysis (a, VMC_METRIC_SCORE), ==, 96);

  /* what was not measured is not a zero to compare with */
  a->metrics.number_digits_per_second = 0;
  a->metrics.voiced_seconds = 0.5;
  g_assert_true (isnan (vmc_metric_of_analysis (a, VMC_METRIC_DIGITS_PER_SECOND)));
  g_assert_true (isnan (vmc_metric_of_analysis (a, VMC_METRIC_PITCH_RANGE)));
  g_assert_cmpint (vmc_compare_metric (VMC_METRIC_PITCH_RANGE, 2.0,
                                       vmc_metric_of_analysis (a, VMC_METRIC_PITCH_RANGE)), ==, UNKNOWN);
}

static void
test_table (void)
{
  for (VmcMetric m = 0; m < VMC_N_METRICS; m++)
    {
      const VmcMetricInfo *info = vmc_metric_info (m);

      g_assert_cmpint (info->metric, ==, m);
      g_assert_nonnull (info->key);
      g_assert_cmpstr (vmc_metric_title (m), !=, "");
      g_assert_cmpfloat (info->tolerance, >, 0);
    }
  g_assert_cmpstr (vmc_metric_title (VMC_METRIC_WORDS_PER_MINUTE), ==, "Words a minute");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/compare/verdicts", test_verdicts);
  g_test_add_func ("/compare/score", test_score);
  g_test_add_func ("/compare/duration", test_duration);
  g_test_add_func ("/compare/digits-per-second", test_digits_per_second);
  g_test_add_func ("/compare/words-per-minute", test_words_per_minute);
  g_test_add_func ("/compare/pitch-range", test_pitch_range);
  g_test_add_func ("/compare/shortfall", test_shortfall);
  g_test_add_func ("/compare/of-analysis", test_of_analysis);
  g_test_add_func ("/compare/table", test_table);
  return g_test_run ();
}
