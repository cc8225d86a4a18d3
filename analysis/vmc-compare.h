/* vmc-compare.h: two attempts side by side: is the later one better, worse or the same?
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vmc-analysis.h"

G_BEGIN_DECLS

/* What the length of a message is held against: 20 to 30 s is best, a minute at most */
#define VMC_COMPARE_LENGTH_BEST_MIN_S  20.0
#define VMC_COMPARE_LENGTH_BEST_MAX_S  30.0
#define VMC_COMPARE_LENGTH_CEILING_S   60.0
/* The best pace of a number (the tip asks for about two digits a second) and of speech */
#define VMC_COMPARE_BEST_DIGITS_PER_S   2.0
#define VMC_COMPARE_BEST_WORDS_PER_MIN 150.0
/* A voice that moves this much (semitones) moves enough: more is no better */
#define VMC_COMPARE_ENOUGH_PITCH_ST     6.0

/* The measures of an attempt that are compared, in the order they are shown */
typedef enum {
  VMC_METRIC_DURATION,
  VMC_METRIC_DIGITS_PER_SECOND,
  VMC_METRIC_WORDS_PER_MINUTE,
  VMC_METRIC_PITCH_RANGE,
  VMC_METRIC_SCORE,
  VMC_N_METRICS /*< skip >*/
} VmcMetric;

/* The later attempt against the earlier one */
typedef enum {
  VMC_CHANGE_SAME,
  VMC_CHANGE_BETTER,
  VMC_CHANGE_WORSE,
  VMC_CHANGE_UNKNOWN,   /* one of the two was not measured, or the tip not judged */
} VmcChange;

typedef struct
{
  VmcMetric   metric;
  const char *key;        /* "digits_per_second" */
  const char *title;      /* "Number, digits a second" (untranslated: vmc_metric_title()) */
  double      tolerance;  /* changes smaller than this are the same */
} VmcMetricInfo;

const VmcMetricInfo *vmc_metric_info        (VmcMetric          metric);
const char          *vmc_metric_title       (VmcMetric          metric);
double               vmc_metric_shortfall   (VmcMetric          metric,
                                             double             value);
double               vmc_metric_of_analysis (const VmcAnalysis *analysis,
                                             VmcMetric          metric);
VmcChange            vmc_compare_metric     (VmcMetric          metric,
                                             double             before,
                                             double             after);
VmcChange            vmc_compare_verdicts   (VmcVerdict         before,
                                             VmcVerdict         after);
const char          *vmc_change_to_string   (VmcChange          change);

G_END_DECLS
