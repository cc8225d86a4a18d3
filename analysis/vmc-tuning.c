/* vmc-tuning.c: the switches for measuring and testing, read once
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The benchmarks and tests try settings without rebuilding through VMC_* environment
 * variables. They are read here, once, into one struct that the libraries consult: the
 * program calls vmc_tuning_init() before it starts a thread (app/main.c), and nothing reads
 * or changes the environment afterwards. A program that does not call it (a unit test) gets
 * the same on the first vmc_tuning_get().
 */
#include "config.h"

#include "vmc-tuning.h"

static VmcTuning tuning;

static const char *
string_of (const char *name)
{
  const char *value = g_getenv (name);

  /* kept for the process's life, as the environment is */
  return value ? g_intern_string (value) : NULL;
}

static gboolean
off (const char *name,
     const char *word)
{
  return g_strcmp0 (g_getenv (name), word) == 0;
}

static void
read_environment (void)
{
  const char *weight = g_getenv ("VMC_DOMAIN_WEIGHT");
  const char *depth = g_getenv ("VMC_DENOISE_DB");
  const char *gate = g_getenv ("VMC_DENOISE_GATE_DB");
  const char *model = g_getenv ("VMC_MODEL_DIR");

  tuning.model_dir = model && *model ? g_intern_string (model) : NULL;
  tuning.domain_lm = string_of ("VMC_DOMAIN_LM");
  tuning.phone_line_mllr = string_of ("VMC_PHONE_LINE_MLLR");
  tuning.ps_args = string_of ("VMC_PS_ARGS");
  tuning.thorough_args = string_of ("VMC_THOROUGH_ARGS");
  tuning.has_thorough_domain_weight = g_getenv ("VMC_THOROUGH_DOMAIN_WEIGHT") != NULL;
  tuning.thorough_domain_weight = tuning.has_thorough_domain_weight
                                  ? g_ascii_strtod (g_getenv ("VMC_THOROUGH_DOMAIN_WEIGHT"), NULL) : 0.0;
  tuning.thorough_wide_mean = g_getenv ("VMC_THOROUGH_WIDE_MEAN")
                              ? g_ascii_strtod (g_getenv ("VMC_THOROUGH_WIDE_MEAN"), NULL) : -1.0;
  tuning.thorough_digit_weight = g_getenv ("VMC_THOROUGH_DIGIT_WEIGHT")
                                 ? g_ascii_strtod (g_getenv ("VMC_THOROUGH_DIGIT_WEIGHT"), NULL) : -1.0;
  tuning.thorough_denoise = off ("VMC_THOROUGH_DENOISE", "0") ? 0 :
                            off ("VMC_THOROUGH_DENOISE", "1") ? 1 : -1;
  tuning.has_domain_weight = weight != NULL;
  tuning.domain_weight = weight ? g_ascii_strtod (weight, NULL) : 0.0;
  tuning.denoise = !off ("VMC_DENOISE", "0");
  tuning.denoise_db = depth ? (int)g_ascii_strtoll (depth, NULL, 10) : 0;
  tuning.denoise_gate_db = gate ? g_ascii_strtod (gate, NULL) : 0.0;
  tuning.narrowband = !off ("VMC_NARROWBAND", "0");
  tuning.wide_mean = g_getenv ("VMC_WIDE_MEAN") ? g_ascii_strtod (g_getenv ("VMC_WIDE_MEAN"), NULL) : 0.0;
  tuning.number_pass = !off ("VMC_NUMBER_PASS", "off");
  tuning.thorough_live_numbers = !off ("VMC_THOROUGH_LIVE_NUMBERS", "0");
  tuning.thorough_live_intro = !off ("VMC_THOROUGH_LIVE_INTRO", "0");
  tuning.adapt_steps = string_of ("VMC_ADAPT_STEPS");
  tuning.adapt_tau = string_of ("VMC_ADAPT_TAU");
  if (tuning.adapt_tau && !*tuning.adapt_tau)
    tuning.adapt_tau = NULL;
  tuning.adapt_passes = off ("VMC_ADAPT_PASSES", "1") ? 1 : 2;
  tuning.voice_mean = !off ("VMC_VOICE_MEAN", "0");
  tuning.sphinxtrain_dir = string_of ("VMC_SPHINXTRAIN_DIR");
  if (tuning.sphinxtrain_dir && !*tuning.sphinxtrain_dir)
    tuning.sphinxtrain_dir = NULL;
}

/**
 * vmc_tuning_init:
 *
 * Reads the VMC_* switches from the environment. Call it once, before any thread starts;
 * later calls do nothing.
 */
void
vmc_tuning_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      read_environment ();
      g_once_init_leave (&done, 1);
    }
}

/**
 * vmc_tuning_get:
 *
 * Returns: (transfer none): the switches, read by vmc_tuning_init()
 */
const VmcTuning *
vmc_tuning_get (void)
{
  vmc_tuning_init ();
  return &tuning;
}
