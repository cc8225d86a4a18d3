/* vmc-analysis.h: a recorded message judged: transcript, elements, the ten tips, a score
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vmc-element.h"
#include "vmc-plan.h"
#include "vmc-prosody.h"
#include "vmc-recognizer.h"

G_BEGIN_DECLS

/* The tips' thresholds */
#define VMC_NAME_EARLY_S             10.0  /* the name within the first seconds */
#define VMC_NAME_RUSHED_S_PER_WORD    0.18 /* faster than this per word of the name is rushed */
#define VMC_NAME_UNSURE_CONFIDENCE    0.5  /* a name word heard less surely: say it slowly */
#define VMC_NUMBER_EARLY_S           15.0  /* the number within the first ~15 s */
#define VMC_NUMBER_AFTER_NAME_S      12.0  /* and soon after the name */
#define VMC_DIGITS_PER_S_EASY         3.0  /* slower than this is easy to write down */
#define VMC_DIGITS_PER_S_WARN         5.5  /* hard to write down */
#define VMC_DIGITS_PER_S_FAIL         6.5  /* a rush nobody can write down */
#define VMC_NUMBER_RUSH_RATIO         0.7  /* digits said this much faster than the other words:
                                              rushed (when faster than ..._EASY too) */
#define VMC_PITCH_RANGE_FAIL_ST       1.5  /* flat: monotone (10th-90th percentile range) */
#define VMC_PITCH_RANGE_WARN_ST       2.2  /* little movement */
#define VMC_MIN_VOICED_S              0.9  /* less voiced speech than this cannot be judged */

typedef enum {
  VMC_VERDICT_PASS,
  VMC_VERDICT_WARN,
  VMC_VERDICT_FAIL,
  VMC_VERDICT_SKIP,   /* cannot be judged from this message */
} VmcVerdict;

typedef enum {
  VMC_TIP_PLAN,
  VMC_TIP_NAME,
  VMC_TIP_NUMBER_EARLY,
  VMC_TIP_ENGAGED,
  VMC_TIP_DIRECT,
  VMC_TIP_SHORT,
  VMC_TIP_NO_DEMANDS,
  VMC_TIP_RAPPORT,
  VMC_TIP_ACCESSIBLE,
  VMC_TIP_CLOSING_NUMBER,
  VMC_N_TIPS /*< skip >*/
} VmcTipId;

typedef struct
{
  VmcTipId    id;
  VmcVerdict  verdict;
  char       *message;   /* what they did, where, what to do next */
  double      at;        /* seconds of the evidence, or -1 */
  int         first_word; /* the words of the evidence, or -1 */
  int         last_word;
} VmcTip;

typedef struct
{
  double duration;            /* of the recording, seconds */
  double speech_seconds;      /* first word to last word */
  guint  n_words;             /* not counting fillers */
  double words_per_minute;
  guint  fillers;
  double longest_pause;       /* between two words, seconds */
  double number_digits_per_second;   /* 0 when there is no number */
  double closing_digits_per_second;
  double pitch_range_st;
  double pitch_stddev_st;
  double pitch_median_hz;
  double energy_stddev_db;
  double voiced_seconds;
} VmcMetrics;

typedef struct
{
  double target_seconds;   /* the ceiling (60) */
  double ideal_seconds;    /* shorter is better still (30) */
  gboolean thorough;       /* the recording is heard with the thorough pass (where time allows:
                            * a file, a finished recording heard again), else (FALSE, the
                            * default) with the live pass's search (vmc_recognizer_set_thorough()) */
} VmcAnalysisOptions;

typedef struct
{
  char        *file;
  double       duration;
  GPtrArray   *words;      /* VmcWord */
  GPtrArray   *elements;   /* VmcElement, in order */
  VmcTip       tips[VMC_N_TIPS];
  VmcMetrics   metrics;
  int          score;      /* 0..100 */
  char        *planned_number; /* from the plan, for the report */

  /*< private >*/
  gatomicrefcount ref_count;
} VmcAnalysis;

/* An analysis is shared by reference and never changed once it is built: whoever shows,
 * saves or exports one holds a reference; a changed analysis is a new one. */
#define VMC_TYPE_ANALYSIS (vmc_analysis_get_type ())
GType        vmc_analysis_get_type    (void) G_GNUC_CONST;

/* What each tip is called, what it asks and what it weighs in the score (vmc-tips.c) */
typedef struct
{
  VmcTipId    id;
  const char *key;      /* in the JSON: "number_early" */
  const char *title;    /* "Give your number early" */
  const char *summary;  /* what it asks, in a sentence */
  int         weight;   /* its share of the score */
} VmcTipInfo;

const VmcTipInfo *vmc_tip_info        (VmcTipId    id);
const char  *vmc_tip_id_to_string     (VmcTipId    id);
const char  *vmc_tip_title            (VmcTipId    id);
const char  *vmc_verdict_to_string    (VmcVerdict  verdict);
const char  *vmc_verdict_title        (VmcVerdict  verdict);
void         vmc_analysis_options_init (VmcAnalysisOptions *options);
void         vmc_analysis_options_set_target (VmcAnalysisOptions *options,
                                              double              seconds);

VmcAnalysis *vmc_analysis_new         (const GPtrArray          *words,
                                       double                    duration,
                                       const VmcProsody         *prosody,
                                       const VmcPlan            *plan,
                                       const VmcAnalysisOptions *options);
VmcAnalysis *vmc_analysis_ref         (VmcAnalysis *self);
void         vmc_analysis_unref       (VmcAnalysis *self);
VmcAnalysis *vmc_analysis_with_file   (const VmcAnalysis *self,
                                       const char        *file);

gboolean     vmc_analysis_prepare_recognizer (VmcRecognizer *rec,
                                              const VmcPlan *plan,
                                              GError       **error);
VmcAnalysis *vmc_analyze_heard        (VmcRecognizer            *rec,
                                       const gint16             *samples,
                                       gsize                     n_samples,
                                       const GPtrArray          *words,
                                       const VmcPlan            *plan,
                                       const VmcAnalysisOptions *options);
VmcAnalysis *vmc_analyze_samples      (VmcRecognizer            *rec,
                                       const gint16             *samples,
                                       gsize                     n_samples,
                                       const VmcPlan            *plan,
                                       const VmcAnalysisOptions *options,
                                       GError                  **error);
VmcAnalysis *vmc_analyze_file         (VmcRecognizer            *rec,
                                       const char               *path,
                                       const VmcPlan            *plan,
                                       const VmcAnalysisOptions *options,
                                       GError                  **error);

char        *vmc_analysis_to_json     (const VmcAnalysis *self,
                                       gboolean           pretty);
VmcAnalysis *vmc_analysis_new_from_json (const char      *data,
                                         gssize           length,
                                         GError         **error);
char        *vmc_analysis_to_text     (const VmcAnalysis *self,
                                       gboolean           color);
char        *vmc_format_time          (double seconds);

/* internal to the library: an analysis to fill in, and the tip rules */
VmcAnalysis *vmc_analysis_new_empty   (void);
double       vmc_number_digits_per_second (GPtrArray        *words,
                                           const VmcElement *number);
void         vmc_judge_tips           (VmcAnalysis              *self,
                                       const VmcPlan            *plan,
                                       const VmcAnalysisOptions *options);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcAnalysis, vmc_analysis_unref)

G_END_DECLS
