/* vmc-compare.c: two attempts side by side: is the later one better, worse or the same?
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each measure has a best value or band, and an attempt's shortfall is how far it lies from
 * it: a message of 25 s falls 0 short, one of 40 s 10 (seconds), one over a minute more than
 * any message under a minute. The later attempt is better when its shortfall is smaller by
 * more than the measure's tolerance (a change a listener would not notice is the same).
 * Verdicts go fail < warn < pass. A measure that was not taken (no number said, too little
 * voice to hear its pitch) or a tip not judged cannot be compared.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "vmc-compare.h"

static const VmcMetricInfo metrics[VMC_N_METRICS] = {
  { VMC_METRIC_DURATION, "duration", N_("Length"), 1.0 },
  { VMC_METRIC_DIGITS_PER_SECOND, "digits_per_second", N_("Number, digits a second"), 0.1 },
  { VMC_METRIC_WORDS_PER_MINUTE, "words_per_minute", N_("Words a minute"), 5.0 },
  { VMC_METRIC_PITCH_RANGE, "pitch_range", N_("Pitch range"), 0.2 },
  /* scores are whole numbers: any point counts */
  { VMC_METRIC_SCORE, "score", N_("Score"), 0.5 },
};

/* Over a minute is worse than anything under it, however short: the jump keeps a message of
 * 61 s from counting as "the same" as one of 59 s */
#define OVER_CEILING_PENALTY 100.0

const VmcMetricInfo *
vmc_metric_info (VmcMetric metric)
{
  g_return_val_if_fail (metric < VMC_N_METRICS, NULL);
  g_assert (metrics[metric].metric == metric);
  return &metrics[metric];
}

/* in the user's language */
const char *
vmc_metric_title (VmcMetric metric)
{
  g_return_val_if_fail (metric < VMC_N_METRICS, NULL);
  return _(metrics[metric].title);
}

/**
 * vmc_metric_shortfall:
 * @value: the measure (seconds, digits a second, words a minute, semitones, points)
 *
 * Returns: how far @value falls short of the best, in the measure's unit (0 is the best;
 *   larger is worse); NAN when it was not measured (NAN, or 0 or less for a pace or a range)
 */
double
vmc_metric_shortfall (VmcMetric metric,
                      double    value)
{
  g_return_val_if_fail (metric < VMC_N_METRICS, NAN);

  if (isnan (value) || (metric != VMC_METRIC_SCORE && value <= 0.0) || value < 0.0)
    return NAN;
  switch (metric)
    {
    case VMC_METRIC_DURATION:
      if (value > VMC_COMPARE_LENGTH_CEILING_S)
        return OVER_CEILING_PENALTY + value - VMC_COMPARE_LENGTH_CEILING_S;
      if (value > VMC_COMPARE_LENGTH_BEST_MAX_S)
        return value - VMC_COMPARE_LENGTH_BEST_MAX_S;
      if (value < VMC_COMPARE_LENGTH_BEST_MIN_S)
        return VMC_COMPARE_LENGTH_BEST_MIN_S - value;
      return 0.0;
    case VMC_METRIC_DIGITS_PER_SECOND:
      return fabs (value - VMC_COMPARE_BEST_DIGITS_PER_S);
    case VMC_METRIC_WORDS_PER_MINUTE:
      return fabs (value - VMC_COMPARE_BEST_WORDS_PER_MIN);
    case VMC_METRIC_PITCH_RANGE:
      return MAX (0.0, VMC_COMPARE_ENOUGH_PITCH_ST - value);
    case VMC_METRIC_SCORE:
      return MAX (0.0, 100.0 - value);
    case VMC_N_METRICS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * vmc_metric_of_analysis:
 *
 * Returns: the measure of @analysis, NAN when it was not taken: no number heard, no words,
 *   too little voice for its pitch (the tip "Be engaged" is not judged then either)
 */
double
vmc_metric_of_analysis (const VmcAnalysis *analysis,
                        VmcMetric          metric)
{
  const VmcMetrics *m;

  g_return_val_if_fail (analysis != NULL, NAN);
  g_return_val_if_fail (metric < VMC_N_METRICS, NAN);

  m = &analysis->metrics;
  switch (metric)
    {
    case VMC_METRIC_DURATION:
      return analysis->duration;
    case VMC_METRIC_DIGITS_PER_SECOND:
      return m->number_digits_per_second > 0 ? m->number_digits_per_second : NAN;
    case VMC_METRIC_WORDS_PER_MINUTE:
      return m->n_words > 0 && m->words_per_minute > 0 ? m->words_per_minute : NAN;
    case VMC_METRIC_PITCH_RANGE:
      return m->voiced_seconds >= VMC_MIN_VOICED_S ? m->pitch_range_st : NAN;
    case VMC_METRIC_SCORE:
      return analysis->score;
    case VMC_N_METRICS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * vmc_compare_metric:
 * @before: the measure of the earlier attempt
 * @after: of the later one
 *
 * Returns: whether @after is better, worse or the same (within the measure's tolerance), or
 *   unknown when either was not measured
 */
VmcChange
vmc_compare_metric (VmcMetric metric,
                    double    before,
                    double    after)
{
  double a, b;

  g_return_val_if_fail (metric < VMC_N_METRICS, VMC_CHANGE_UNKNOWN);

  a = vmc_metric_shortfall (metric, before);
  b = vmc_metric_shortfall (metric, after);
  if (isnan (a) || isnan (b))
    return VMC_CHANGE_UNKNOWN;
  /* a change of the tolerance itself counts, however the doubles round it: 2.0 -> 2.1
   * digits a second is a shortfall 0.1000…09 larger, 2.3 -> 2.2 one 0.0999…96 smaller */
  if (fabs (b - a) < metrics[metric].tolerance - 1e-9)
    return VMC_CHANGE_SAME;
  return b < a ? VMC_CHANGE_BETTER : VMC_CHANGE_WORSE;
}

static int
verdict_rank (VmcVerdict v)
{
  switch (v)
    {
    case VMC_VERDICT_FAIL: return 0;
    case VMC_VERDICT_WARN: return 1;
    case VMC_VERDICT_PASS: return 2;
    case VMC_VERDICT_SKIP:
    default:               return -1;
    }
}

/* A tip's verdict in the later attempt against the earlier one: fail < warn < pass; unknown
 * when either was not judged */
VmcChange
vmc_compare_verdicts (VmcVerdict before,
                      VmcVerdict after)
{
  int a = verdict_rank (before), b = verdict_rank (after);

  if (a < 0 || b < 0)
    return VMC_CHANGE_UNKNOWN;
  if (a == b)
    return VMC_CHANGE_SAME;
  return b > a ? VMC_CHANGE_BETTER : VMC_CHANGE_WORSE;
}

/* "same", "better", "worse", "unknown" (not translated: for JSON and tests) */
const char *
vmc_change_to_string (VmcChange change)
{
  static const char * const names[] = { "same", "better", "worse", "unknown" };

  g_return_val_if_fail (change <= VMC_CHANGE_UNKNOWN, NULL);
  return names[change];
}
