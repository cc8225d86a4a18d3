/* vmc-tuning.h: the switches for measuring and testing (VMC_* environment variables), read once
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *model_dir;          /* VMC_MODEL_DIR: another speech model, or NULL */
  const char *domain_lm;          /* VMC_DOMAIN_LM: NULL to look it up, "" for none */
  const char *phone_line_mllr;    /* VMC_PHONE_LINE_MLLR: NULL to look it up, "" for none */
  const char *ps_args;            /* VMC_PS_ARGS: pocketsphinx options replacing ours */
  const char *thorough_args;      /* VMC_THOROUGH_ARGS: search options of the thorough pass replacing ours */
  gboolean    has_thorough_domain_weight; /* VMC_THOROUGH_DOMAIN_WEIGHT: its share in the thorough pass */
  double      thorough_domain_weight;
  int         thorough_denoise;   /* VMC_THOROUGH_DENOISE: 0 off, 1 on, -1 ours */
  double      thorough_wide_mean; /* VMC_THOROUGH_WIDE_MEAN: as VMC_WIDE_MEAN in the thorough pass, < 0 for ours */
  double      thorough_digit_weight; /* VMC_THOROUGH_DIGIT_WEIGHT: share of a loop of digits in its set, < 0 for ours */
  gboolean    has_domain_weight;  /* VMC_DOMAIN_WEIGHT: the domain model's share */
  double      domain_weight;
  gboolean    denoise;            /* VMC_DENOISE=0 turns the noise suppressor off */
  int         denoise_db;         /* VMC_DENOISE_DB: its depth, 0 for ours */
  double      denoise_gate_db;    /* VMC_DENOISE_GATE_DB: the noise floor it acts above, 0 for ours */
  gboolean    narrowband;         /* VMC_NARROWBAND=0: phone recordings heard as any other */
  double      wide_mean;          /* VMC_WIDE_MEAN: share of a wideband file's own cepstral mean in its start */
  gboolean    number_pass;        /* VMC_NUMBER_PASS=off: no second pass over numbers */
  gboolean    thorough_live_numbers; /* VMC_THOROUGH_LIVE_NUMBERS=0: a thorough analysis keeps its own numbers */
  gboolean    thorough_live_intro;   /* VMC_THOROUGH_LIVE_INTRO=0: nor the live pass's surely heard opening */
  const char *adapt_steps;        /* VMC_ADAPT_STEPS: "mllr" or "mllr+map", NULL: by the speech */
  const char *adapt_tau;          /* VMC_ADAPT_TAU: MAP's fixed prior weight, or NULL */
  int         adapt_passes;       /* VMC_ADAPT_PASSES: MAP passes (1 or 2) */
  gboolean    voice_mean;         /* VMC_VOICE_MEAN=0: a voice starts from the model's cepstral mean */
  const char *sphinxtrain_dir;    /* VMC_SPHINXTRAIN_DIR: where bw and friends are, or NULL */
} VmcTuning;

void             vmc_tuning_init (void);
const VmcTuning *vmc_tuning_get  (void);

G_END_DECLS
