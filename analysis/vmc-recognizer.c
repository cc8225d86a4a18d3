/* vmc-recognizer.c: streaming offline speech recognition with word times
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only file that talks to pocketsphinx. Debian ships pocketsphinx 5prealpha, whose API
 * (cmd_ln_t configs, ps_seg_frames, sphinxbase) differs from pocketsphinx 5.0; keeping it
 * here means a port touches one file.
 *
 * Audio is cut into utterances by pocketsphinx's own voice activity detector, as
 * pocketsphinx_continuous does, so a long recording never builds one huge lattice.
 */
#define G_LOG_DOMAIN "vmc-recognizer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <pocketsphinx.h>
#include <sphinxbase/ckd_alloc.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>
#include <sphinxbase/feat.h>
#include <sphinxbase/fsg_model.h>
#include <sphinxbase/jsgf.h>
#include <sphinxbase/ngram_model.h>

#include "vmc-audio-reader.h"
#include "vmc-band.h"
#include "vmc-denoiser.h"
#include "vmc-pronounce.h"
#include "vmc-recognizer.h"
#include "vmc-adapt.h"
#include "vmc-segment.h"
#include "vmc-tuning.h"

#define FRAME_RATE      100      /* pocketsphinx frames per second (-frate) */
#define FEED_CHUNK      2048     /* samples per ps_process_raw: how often the VAD is polled */
#define MAX_UTT_SECONDS 45       /* force an utterance end when nobody pauses */
/* An utterance this long ends at the next short pause (the VAD waits for half a second of
 * silence, which fluent speech may not have for a minute): ending an utterance costs time
 * in proportion to its length, and a live recording's Stop waits for the last one. */
#define SOFT_UTT_SECONDS   10
#define SOFT_PAUSE_SECONDS 0.2
#define PAUSE_MARGIN_SECONDS 0.05  /* of quiet on either side of the cut */
#define PAUSE_BELOW_PEAK   1e-3    /* a 10 ms frame 30 dB under the utterance's loudest */
G_STATIC_ASSERT (FEED_CHUNK % VMC_DENOISER_FRAME == 0);

#define DOMAIN_WEIGHT   0.5      /* share of the voicemail model in the mix (measured) */
#define THOROUGH_DOMAIN_WEIGHT 0.5  /* its share in the thorough pass (measured) */
#define THOROUGH_WIDE_MEAN 0.0     /* and a wideband file's own cepstral mean in its start: none (measured) */
#define THOROUGH_DIGIT_WEIGHT 0.0  /* share of a loop of digits in the thorough pass's set */
#define EXPECTED_WEIGHT 0.02     /* share of the caller's own name and company, when known */

struct _VmcRecognizer
{
  GObject       parent_instance;

  ps_decoder_t *ps;
  cmd_ln_t     *config;
  char         *voice_dir;   /* the voice in use, or NULL */
  double        load_time;

  gboolean      running;
  gboolean      in_utt;          /* the VAD has heard speech in this utterance */
  guint64       utt_samples;     /* samples fed into the current utterance */
  double        utt_peak;        /* the loudest 10 ms frame's mean square in it */
  guint64       quiet_samples;   /* how long it has been quiet, to the last sample fed */
  gint16        block[FEED_CHUNK]; /* whole blocks only reach the decoder, so that the */
  gsize         block_len;         /* result never depends on how callers chunk the audio */
  GPtrArray    *words;           /* (element-type VmcWord) finished utterances */
  mfcc_t       *cmn_initial;     /* the starting cepstral mean: the voice's, else the model's */
  mfcc_t       *cmn_recording;   /* the loud mean of the recording about to be decoded, or NULL */
  gboolean      narrowband;      /* and it came through a phone line */
  const gint16 *loud_of;         /* the recording whose loud mean is known (set_recording() */
  gsize         loud_n;          /*   forgets it): the passes over numbers ask for it again */
  mfcc_t       *loud_mean;
  gboolean      use_narrowband;  /* VMC_NARROWBAND=0: no phone-line handling, for measuring */
  char         *line_path;       /* the phone line's transform of the means (phone-line.mllr) */
  ps_mllr_t    *line_mllr;       /* as read from it, or NULL */
  ps_mllr_t    *plain_mllr;      /* the identity, to take it off again */
  gboolean      line_applied;    /* the means are the phone line's now */
  VmcDenoiser  *denoiser;        /* NULL when noise suppression is off */
  char         *expected;        /* the phrases of the "expected" model in the LM set, or NULL */
  gboolean      digit_search;    /* the "digit" grammar search is built */
  const char   *search;          /* the first pass's search: "voicemail", or pocketsphinx's own */
  gboolean      thorough;        /* the first pass searches as widely as a file allows */
  gboolean      thorough_built;  /* THOROUGH_SEARCH is the first pass's search, searching widely */
  gboolean      thorough_denoise; /* and the noise suppressor works in the thorough pass */
  GCancellable *cancellable;     /* stops a long first pass (vmc_recognizer_set_cancellable()) */
  ngram_model_t *general_lm;     /* NULL when only the default search is used */
  ngram_model_t *domain_lm;
  ngram_model_t *expected_lm;    /* the phrases expected, or NULL */
  double        domain_weight;
  double        thorough_domain_weight;
  double        thorough_wide_mean; /* the share of a wideband recording's own mean at its start */
  double        thorough_digit_weight;
  ngram_model_t *digit_lm;       /* any digit after any word, for the thorough set, or NULL */
};

/* Search settings, chosen by measurement on the corpus (tests/benchmark/): capping the
 * active HMMs and word exits per frame made decoding ~1.6 times faster than the defaults
 * with the same word error rate, once the noise suppressor keeps fan hiss out of the search. */
/* pocketsphinx's own language weights and insertion penalties are kept (-lw 6.5 -fwdflatlw 8.5
 * -bestpathlw 9.5 -wip 0.65 -pip 1). Measured with bench-realspeech.py --jobs 1 (VMC_PS_ARGS)
 * on the 158 real phone prompts of ../shared/realspeech/allison, live pass, WER: as they are
 * 0.667; the three weights raised to 8 / 10.5 / 11.7 0.674, to 9.5 / 12.4 / 13.9 0.736,
 * lowered to 5 / 6.5 / 7.3 0.717 (CPU 0.45 -> 0.80); -wip 0.2 0.655; -pip 0.5 0.647. On the
 * read speech of pocketsphinx-testdata -pip 0.5 took the live pass from 0.543 to 0.552 and
 * -wip 0.2 left it at 0.543. -pip 0.5 for phone recordings alone (a search of their own)
 * took Allison to 0.641 (0.653 in the corpus ratchet) but cost the FSDD numbers (8 kHz
 * too): number words 0.433 -> 0.413, the analysis's digit accuracy 0.84 -> 0.81; not kept. */
static const char * const default_args[] = {
  "-logfn", "/dev/null",
  "-maxhmmpf", "6000",
  "-maxwpf", "20",
};

/* The thorough pass (vmc_recognizer_set_thorough()): where time allows (a file, a finished
 * recording heard again), the first pass's language models are searched with these settings
 * in place of the live pass's (measured with tests/benchmark/bench-realspeech.py: see the
 * README's table). */
typedef struct
{
  const char *name;
  gboolean    integer;   /* else a floating-point setting */
  double      value;
} SearchSetting;

/* Its language weights and penalties are the live pass's. Measured with bench-realspeech.py
 * --thorough --jobs 1, WER (CPU a second of audio): on pocketsphinx-testdata as they are 0.500
 * (0.42); -lw 8 -fwdflatlw 10.5 -bestpathlw 11.7 0.534, 9.5 / 12.4 / 13.9 0.595, 5 / 6.5 / 7.3
 * 0.431 (0.58); -fwdflatlw 6.5 -bestpathlw 7.3 alone (VMC_THOROUGH_ARGS) 0.431 (0.37), but
 * with it every third Allison prompt 0.686 against 0.614 and every sixth corpus message
 * 0.0335 against 0.0189: not kept. -wip 0.2 0.500, -pip 0.5 0.500, -pip 2 0.517. */
static const SearchSetting thorough_settings[] = {
  { "-maxhmmpf", TRUE, 30000 },   /* pocketsphinx's own caps */
  { "-maxwpf", TRUE, -1 },
};

/* what ngram_search_calc_beams() reads from the configuration when a search is made: the
 * settings that VMC_THOROUGH_ARGS may give the thorough search, for measuring */
static const SearchSetting search_settings[] = {
  { "-maxhmmpf", TRUE, 0 }, { "-maxwpf", TRUE, 0 },
  { "-beam", FALSE, 0 }, { "-wbeam", FALSE, 0 }, { "-pbeam", FALSE, 0 },
  { "-lpbeam", FALSE, 0 }, { "-lponlybeam", FALSE, 0 },
  { "-fwdflatbeam", FALSE, 0 }, { "-fwdflatwbeam", FALSE, 0 },
  { "-fwdflatlw", FALSE, 0 }, { "-bestpathlw", FALSE, 0 },
  { "-pip", FALSE, 0 }, { "-silprob", FALSE, 0 }, { "-fillprob", FALSE, 0 },
};

#define THOROUGH_SEARCH "thorough"

/* pocketsphinx's name for the search of -lm (PS_DEFAULT_SEARCH, not in its public headers);
 * used when there is no domain model. Kept here rather than asked with ps_get_search(),
 * which leaks an iterator each time it is called. */
#define PLAIN_SEARCH "_default"
#define MIXED_SEARCH "voicemail"

G_DEFINE_QUARK (vmc-recognizer-error-quark, vmc_recognizer_error)

G_DEFINE_FINAL_TYPE (VmcRecognizer, vmc_recognizer, G_TYPE_OBJECT)

static void
vmc_recognizer_finalize (GObject *object)
{
  VmcRecognizer *self = (VmcRecognizer *)object;

  g_clear_pointer (&self->ps, ps_free);
  g_clear_pointer (&self->config, cmd_ln_free_r);
  g_clear_pointer (&self->voice_dir, g_free);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->cmn_initial, g_free);
  g_clear_pointer (&self->cmn_recording, g_free);
  g_clear_pointer (&self->loud_mean, g_free);
  g_clear_pointer (&self->line_mllr, ps_mllr_free);
  g_clear_pointer (&self->plain_mllr, ps_mllr_free);
  g_clear_pointer (&self->line_path, g_free);
  g_clear_pointer (&self->denoiser, vmc_denoiser_free);
  g_clear_pointer (&self->expected, g_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->general_lm, ngram_model_free);
  g_clear_pointer (&self->domain_lm, ngram_model_free);
  g_clear_pointer (&self->expected_lm, ngram_model_free);
  g_clear_pointer (&self->digit_lm, ngram_model_free);

  G_OBJECT_CLASS (vmc_recognizer_parent_class)->finalize (object);
}

static void
vmc_recognizer_class_init (VmcRecognizerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vmc_recognizer_finalize;

  /* pocketsphinx logs every step to stderr; we report through GError instead. */
  err_set_logfp (NULL);
}

static void
vmc_recognizer_init (VmcRecognizer *self)
{
}

/**
 * vmc_recognizer_default_model_dir:
 *
 * Returns: the model directory: $VMC_MODEL_DIR, else pocketsphinx's pkg-config modeldir
 */
const char *
vmc_recognizer_default_model_dir (void)
{
  const char *dir = vmc_tuning_get ()->model_dir;

  return dir ? dir : POCKETSPHINX_MODELDIR;
}

static gboolean
require_file (const char  *path,
              GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_NO_MODEL,
               _("The speech model is missing: %s does not exist. Install the Debian package "
               "pocketsphinx-en-us, or point VMC_MODEL_DIR at a model folder."), path);
  return FALSE;
}

/* A data file of ours: @setting (VMC_DOMAIN_LM, VMC_PHONE_LINE_MLLR) when set, "" for none,
 * else @name where it is installed, else in the build tree */
static char *
find_data_file (const char *setting,
                const char *name)
{
  g_autofree char *installed = g_build_filename (VMC_DATADIR, name, NULL);
  g_autofree char *built = g_build_filename (VMC_BUILD_DATADIR, name, NULL);

  if (setting != NULL)
    return *setting ? g_strdup (setting) : NULL;
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&installed);
  if (g_file_test (built, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&built);
  return NULL;
}

/* the voicemail language model; empty setting: the general model alone */
static char *
find_domain_lm (void)
{
  return find_data_file (vmc_tuning_get ()->domain_lm, "voicemail.lm.bin");
}

/* the phone line's transform; empty setting: none, for measuring */
static char *
find_line_mllr (void)
{
  return find_data_file (vmc_tuning_get ()->phone_line_mllr, "phone-line.mllr");
}

/* An MLLR transform that leaves the means as they are, for the feature streams of @ps:
 * pocketsphinx takes a transform off only by applying another, and reads one only from a
 * file (ps_mllr.c: classes, streams, then each stream's length, A, b and variance scale). */
static ps_mllr_t *
read_identity_mllr (ps_decoder_t *ps)
{
  feat_t *fcb = ps_get_feat (ps);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *tmp = NULL;
  ps_mllr_t *mllr = NULL;
  int fd;

  g_string_append_printf (out, "1\n%d\n", (int)feat_dimension1 (fcb));
  for (int f = 0; f < (int)feat_dimension1 (fcb); f++)
    {
      int len = (int)feat_dimension2 (fcb, f);

      g_string_append_printf (out, "%d\n", len);
      for (int r = 0; r < len; r++)
        for (int k = 0; k < len; k++)
          g_string_append (out, r == k ? "1 " : "0 ");
      for (int k = 0; k < len; k++)
        g_string_append (out, "0 ");
      for (int k = 0; k < len; k++)
        g_string_append (out, "1 ");
      g_string_append_c (out, '\n');
    }
  fd = g_file_open_tmp ("vmc-identity-XXXXXX.mllr", &tmp, NULL);
  if (fd < 0)
    return NULL;
  close (fd);
  if (g_file_set_contents (tmp, out->str, out->len, NULL))
    mllr = ps_mllr_read (tmp);
  g_unlink (tmp);
  return mllr;
}

/* Interpolate the general English model with the voicemail domain model
 * (analysis/lm/make-domain-lm.py): numbers and phone-message phrasing come out right far
 * more often, while any other wording still has the general model behind it. The set holds
 * the general model, the voicemail one weighed @domain_weight and, when phrases are
 * expected, a small model of those (self->expected_lm). ngram_model_set_init() retains each
 * model it is given, and a search retains its set. */
static ngram_model_t *
mix_lm_set (VmcRecognizer *self,
            double         domain_weight,
            ngram_model_t *digit_lm,
            double         digit_weight)
{
  float32 weights[4];
  ngram_model_t *models[4];
  char *names[4] = { (char *)"general", (char *)"voicemail", NULL, NULL };
  int n = 2;
  double share = 1.0 - (self->expected_lm ? EXPECTED_WEIGHT : 0.0) - (digit_lm ? digit_weight : 0.0);

  models[0] = self->general_lm;
  models[1] = self->domain_lm;
  weights[0] = (float32)(share * (1.0 - domain_weight));
  weights[1] = (float32)(share * domain_weight);
  if (self->expected_lm)
    {
      names[n] = (char *)"expected";
      models[n] = self->expected_lm;
      weights[n++] = (float32)EXPECTED_WEIGHT;
    }
  if (digit_lm)
    {
      names[n] = (char *)"digits";
      models[n] = digit_lm;
      weights[n++] = (float32)digit_weight;
    }
  return ngram_model_set_init (self->config, models, names, weights, n);
}

/* Builds the first pass's search from the models, with @expected (taken) the model of the
 * phrases expected, or none */
static gboolean
build_lm_set (VmcRecognizer  *self,
              ngram_model_t  *expected,
              GError        **error)
{
  ngram_model_t *set;

  g_clear_pointer (&self->expected_lm, ngram_model_free);
  self->expected_lm = expected;
  set = mix_lm_set (self, self->domain_weight, NULL, 0.0);
  if (set == NULL || ps_set_lm (self->ps, MIXED_SEARCH, set) < 0 ||
      ps_set_search (self->ps, MIXED_SEARCH) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL,
                   _("Could not combine the voicemail language model with the general one."));
      if (set)
        ngram_model_free (set);
      return FALSE;
    }
  ngram_model_free (set);
  self->search = MIXED_SEARCH;
  /* the thorough search is made again from the new models when next wanted */
  self->thorough_built = FALSE;
  return TRUE;
}

/* Adds the search @name of a JSGF grammar. What ps_set_jsgf_string() does, but the parsed
 * grammar is freed: pocketsphinx 5prealpha keeps it (about 18 KB each time). */
static gboolean
set_grammar (VmcRecognizer *self,
             const char    *name,
             const char    *grammar)
{
  jsgf_t *jsgf = jsgf_parse_string (grammar, NULL);
  jsgf_rule_t *rule = jsgf ? jsgf_get_public_rule (jsgf) : NULL;
  fsg_model_t *fsg = NULL;
  gboolean ok;

  if (rule)
    fsg = jsgf_build_fsg (jsgf, rule, ps_get_logmath (self->ps),
                          cmd_ln_float32_r (self->config, "-lw"));
  /* the search retains the grammar's automaton */
  ok = fsg != NULL && ps_set_fsg (self->ps, name, fsg) >= 0;
  if (fsg)
    fsg_model_free (fsg);
  if (jsgf)
    jsgf_grammar_free (jsgf);
  return ok;
}

/* Sets @n settings in the configuration; what was there goes to @saved when it is given */
static void
apply_settings (cmd_ln_t            *config,
                const SearchSetting *settings,
                guint                n,
                SearchSetting       *saved)
{
  for (guint i = 0; i < n; i++)
    {
      const SearchSetting *set = &settings[i];

      if (saved)
        {
          saved[i] = *set;
          saved[i].value = set->integer ? (double)cmd_ln_int_r (config, set->name)
                                        : cmd_ln_float_r (config, set->name);
        }
      if (set->integer)
        cmd_ln_set_int_r (config, set->name, (long)set->value);
      else
        cmd_ln_set_float_r (config, set->name, set->value);
    }
}

static ngram_model_t *read_phrases_lm (VmcRecognizer       *self,
                                        const char * const  *phrases,
                                        GError             **error);

/* The thorough pass's settings: ours, and those of VMC_THOROUGH_ARGS in their place */
static GArray *
thorough_search_settings (void)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SearchSetting));
  const char *tuning = vmc_tuning_get ()->thorough_args;
  g_auto(GStrv) extra = NULL;

  if (tuning && *tuning && !g_shell_parse_argv (tuning, NULL, &extra, NULL))
    g_warning ("VMC_THOROUGH_ARGS is not a list of options: left out");
  for (guint i = 0; extra && extra[i] && extra[i + 1]; i += 2)
    for (guint k = 0; k < G_N_ELEMENTS (search_settings); k++)
      if (strcmp (extra[i], search_settings[k].name) == 0)
        {
          SearchSetting set = search_settings[k];

          set.value = g_ascii_strtod (extra[i + 1], NULL);
          g_array_append_val (out, set);
        }
  for (guint k = 0; k < G_N_ELEMENTS (thorough_settings); k++)
    {
      gboolean given = FALSE;

      for (guint i = 0; i < out->len; i++)
        given |= strcmp (g_array_index (out, SearchSetting, i).name, thorough_settings[k].name) == 0;
      if (!given)
        g_array_append_val (out, thorough_settings[k]);
    }
  return out;
}

/* Makes the thorough search: the first pass's language models, searched with the thorough
 * settings. A search reads its settings from the decoder's configuration when it is made
 * (and again when words are added with an update), so they are put there for the moment. */
static gboolean
build_thorough_search (VmcRecognizer *self)
{
  g_autoptr(GArray) settings = thorough_search_settings ();
  g_autofree SearchSetting *saved = g_new0 (SearchSetting, settings->len);
  ngram_model_t *lm;
  gboolean ok;

  /* the models mixed with the thorough pass's own weight; without a domain model, the
   * general model alone as in the live pass */
  if (self->general_lm != NULL && self->thorough_digit_weight > 0.0 && self->digit_lm == NULL)
    {
      static const char * const digits[] = { "zero", "oh", "one", "two", "three", "four", "five",
                                             "six", "seven", "eight", "nine", NULL };
      g_autoptr(GError) error = NULL;

      if (!(self->digit_lm = read_phrases_lm (self, digits, &error)))
        g_warning ("%s", error->message);
    }
  if (self->general_lm != NULL)
    lm = mix_lm_set (self, self->thorough_domain_weight, self->digit_lm, self->thorough_digit_weight);
  else if ((lm = ps_get_lm (self->ps, self->search)) != NULL)
    ngram_model_retain (lm);
  if (lm == NULL)
    return FALSE;
  apply_settings (self->config, (SearchSetting *)(void *)settings->data, settings->len, saved);
  ok = ps_set_lm (self->ps, THOROUGH_SEARCH, lm) >= 0;
  apply_settings (self->config, saved, settings->len, NULL);
  ngram_model_free (lm);
  return ok;
}

/* Selects the first pass's search for the mode asked, making the thorough one first if
 * need be (it fails only when pocketsphinx does: then the live pass's search is used) */
static void
select_first_pass (VmcRecognizer *self)
{
  if (self->thorough && !self->thorough_built)
    {
      gint64 t0 = g_get_monotonic_time ();

      if (!(self->thorough_built = build_thorough_search (self)))
        g_warning ("The thorough search could not be made: the live pass's is used");
      g_debug ("thorough search made in %.3f s", (g_get_monotonic_time () - t0) / 1e6);
    }
  ps_set_search (self->ps, self->thorough && self->thorough_built ? THOROUGH_SEARCH : self->search);
}

static gboolean
mix_domain_lm (VmcRecognizer  *self,
               const char     *general_path,
               const char     *domain_path,
               GError        **error)
{
  const VmcTuning *tuning = vmc_tuning_get ();
  logmath_t *lmath = ps_get_logmath (self->ps);
  double weight = tuning->has_domain_weight ? tuning->domain_weight : DOMAIN_WEIGHT;

  self->domain_weight = CLAMP (weight, 0.0, 1.0);
  weight = tuning->has_thorough_domain_weight ? tuning->thorough_domain_weight : THOROUGH_DOMAIN_WEIGHT;
  self->thorough_domain_weight = CLAMP (weight, 0.0, 1.0);
  weight = tuning->thorough_digit_weight >= 0.0 ? tuning->thorough_digit_weight : THOROUGH_DIGIT_WEIGHT;
  self->thorough_digit_weight = CLAMP (weight, 0.0, 0.5);

  self->general_lm = ngram_model_read (self->config, general_path, NGRAM_AUTO, lmath);
  self->domain_lm = ngram_model_read (self->config, domain_path, NGRAM_AUTO, lmath);
  if (self->general_lm == NULL || self->domain_lm == NULL)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL,
                   _("Could not load the language models %s and %s. Reinstall Voicemail Coach "
                   "and the Debian package pocketsphinx-en-us."), general_path, domain_path);
      return FALSE;
    }
  return TRUE;
}

/* Writes a trigram ARPA model of @phrases (each said as a whole, any word alone too) and
 * reads it back. The set that it joins scores trigrams, so the model has all three orders. */
static ngram_model_t *
read_phrases_lm (VmcRecognizer       *self,
                 const char * const  *phrases,
                 GError             **error)
{
  GPtrArray *grams[3];
  g_autoptr(GString) arpa = g_string_new (NULL);
  g_autofree char *path = NULL;
  ngram_model_t *lm;
  int fd;

  for (guint o = 0; o < 3; o++)
    grams[o] = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (grams[0], g_strdup ("<s>"));
  g_ptr_array_add (grams[0], g_strdup ("</s>"));
  for (guint p = 0; phrases[p]; p++)
    {
      g_autofree char *line = g_strdup_printf ("<s> %s </s>", phrases[p]);
      g_auto(GStrv) w = g_strsplit (line, " ", -1);
      guint n = g_strv_length (w);

      for (guint o = 0; o < 3; o++)
        for (guint i = 0; i + o < n; i++)
          {
            GString *gram = g_string_new (w[i]);

            for (guint k = i + 1; k <= i + o; k++)
              g_string_append_printf (gram, " %s", w[k]);
            if ((o == 0 && (strcmp (gram->str, "<s>") == 0 || strcmp (gram->str, "</s>") == 0)) ||
                g_ptr_array_find_with_equal_func (grams[o], gram->str, g_str_equal, NULL))
              g_string_free (gram, TRUE);
            else
              g_ptr_array_add (grams[o], g_string_free (gram, FALSE));
          }
    }

  g_string_append (arpa, "\\data\\\n");
  for (guint o = 0; o < 3; o++)
    g_string_append_printf (arpa, "ngram %u=%u\n", o + 1, grams[o]->len);
  for (guint o = 0; o < 3; o++)
    {
      g_string_append_printf (arpa, "\n\\%u-grams:\n", o + 1);
      for (guint i = 0; i < grams[o]->len; i++)
        {
          const char *g = g_ptr_array_index (grams[o], i);
          double prob = o == 0 ? -log10 ((double)grams[0]->len - 1) : -0.3;

          if (o == 0 && strcmp (g, "<s>") == 0)
            prob = -99.0;
          if (o < 2)
            g_string_append_printf (arpa, "%.4f %s -0.3\n", prob, g);
          else
            g_string_append_printf (arpa, "%.4f %s\n", prob, g);
        }
    }
  g_string_append (arpa, "\n\\end\\\n");

  for (guint o = 0; o < 3; o++)
    g_ptr_array_unref (grams[o]);

  if ((fd = g_file_open_tmp ("vmc-words-XXXXXX.arpa", &path, error)) < 0)
    return NULL;
  close (fd);
  if (!g_file_set_contents (path, arpa->str, (gssize)arpa->len, error))
    {
      g_unlink (path);
      return NULL;
    }
  lm = ngram_model_read (self->config, path, NGRAM_ARPA, ps_get_logmath (self->ps));
  g_unlink (path);
  if (lm == NULL)
    g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                 _("Could not build a language model for the expected words."));
  return lm;
}

/* Adds the words of @phrases the dictionary lacks, pronounced by flite's letter-to-sound
 * rules ("oyelaran" -> OW Y AH L AA R AH N). A word that cannot be pronounced that way ("007",
 * "mi6": digits) is left out of the phrase rather than failing the recording: the rest of
 * the name and the general model still hear it.
 *
 * Returns: (transfer full): the phrases as they will be expected */
static char **
add_missing_words (VmcRecognizer       *self,
                   const char * const  *phrases)
{
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  for (guint p = 0; phrases && phrases[p]; p++)
    {
      g_auto(GStrv) parts = g_strsplit (phrases[p], " ", -1);
      g_autoptr(GString) phrase = g_string_new (NULL);

      for (guint i = 0; parts[i]; i++)
        {
          g_autofree char *pron = NULL;
          char *known;

          if (!*parts[i])
            continue;
          known = ps_lookup_word (self->ps, parts[i]);
          ckd_free (known);
          if (!known)
            {
              if (!(pron = vmc_pronounce (parts[i])) || ps_add_word (self->ps, parts[i], pron, FALSE) < 0)
                {
                  g_debug ("“%s” cannot be pronounced: not expected", parts[i]);
                  continue;
                }
              g_debug ("added “%s” as %s", parts[i], pron);
            }
          g_string_append_printf (phrase, "%s%s", phrase->len ? " " : "", parts[i]);
        }
      if (phrase->len)
        g_strv_builder_add (kept, phrase->str);
    }
  return g_strv_builder_end (kept);
}

/* Builds the search with @phrases expected (none when %NULL or empty). */
static gboolean
set_expected (VmcRecognizer       *self,
              const char * const  *phrases,
              GError             **error)
{
  g_autofree char *joined = phrases ? g_strjoinv ("|", (char **)phrases) : g_strdup ("");
  g_auto(GStrv) said = NULL;
  ngram_model_t *lm = NULL;

  if (*joined && *(said = add_missing_words (self, phrases)) != NULL &&
      !(lm = read_phrases_lm (self, (const char * const *)said, error)))
    return FALSE;
  if (!build_lm_set (self, lm, error))
    return FALSE;
  g_free (self->expected);
  self->expected = *joined ? g_steal_pointer (&joined) : NULL;
  return TRUE;
}

/**
 * vmc_recognizer_new:
 * @model_dir: (nullable): a folder holding en-us/ (acoustic model), en-us.lm.bin and
 *   cmudict-en-us.dict; %NULL for vmc_recognizer_default_model_dir()
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Loads the model. This takes about a second; make one recognizer and reuse it.
 *
 * Returns: (transfer full): a recognizer, or %NULL
 */
VmcRecognizer *
vmc_recognizer_new (const char  *model_dir,
                    GError     **error)
{
  return vmc_recognizer_new_expecting (model_dir, NULL, error);
}

/**
 * vmc_recognizer_new_expecting:
 * @model_dir: (nullable): as for vmc_recognizer_new()
 * @phrases: (nullable): phrases the speaker will say, as for vmc_recognizer_expect_phrases()
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Loads the model with @phrases expected from the start: cheaper than expecting them later,
 * which builds the search a second time.
 *
 * Returns: (transfer full): a recognizer, or %NULL
 */
VmcRecognizer *
vmc_recognizer_new_expecting (const char          *model_dir,
                              const char * const  *phrases,
                              GError             **error)
{
  return vmc_recognizer_new_with_voice (model_dir, NULL, phrases, error);
}

static VmcRecognizer *load (const char          *model_dir,
                            const char          *voice_means,
                            const char * const  *phrases,
                            GError             **error);

/**
 * vmc_recognizer_new_with_voice:
 * @model_dir: (nullable): as for vmc_recognizer_new()
 * @voice_dir: (nullable): a voice learned by vmc_adapt_voice(), or %NULL for the model's own
 * @phrases: (nullable): as for vmc_recognizer_new_expecting()
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Loads the model adapted to the voice in @voice_dir. A voice that is missing or cannot be
 * loaded is left out, with a warning: the model's own voice still recognizes. Whether the
 * voice is in use, vmc_recognizer_get_voice() says.
 *
 * Returns: (transfer full): a recognizer, or %NULL
 */
VmcRecognizer *
vmc_recognizer_new_with_voice (const char          *model_dir,
                               const char          *voice_dir,
                               const char * const  *phrases,
                               GError             **error)
{
  g_autofree char *means = voice_dir ? vmc_adapt_voice_means (voice_dir) : NULL;

  if (voice_dir && means == NULL)
    g_warning ("No voice in %s: recognizing with the model's own", voice_dir);
  if (means != NULL)
    {
      g_autoptr(GError) local = NULL;
      VmcRecognizer *self = load (model_dir, means, phrases, &local);

      if (self != NULL)
        {
          gsize n = 0;
          g_autofree double *mean = vmc_tuning_get ()->voice_mean
                                    ? vmc_adapt_voice_cepstral_mean (voice_dir, &n) : NULL;
          cmn_t *cmn = ps_get_feat (self->ps)->cmn_struct;

          /* a recording heard as it comes starts from the speaker's own mean, not the
           * model's idea of an average voice */
          if (mean != NULL && n == (gsize)cmn->veclen)
            for (gsize j = 0; j < n; j++)
              self->cmn_initial[j] = (mfcc_t)mean[j];
          self->voice_dir = g_strdup (voice_dir);
          return self;
        }
      g_warning ("The voice in %s could not be loaded (%s): recognizing with the model's own",
                 voice_dir, local->message);
    }
  return load (model_dir, NULL, phrases, error);
}

/**
 * vmc_recognizer_get_voice:
 * @self: a recognizer
 *
 * Returns: (nullable): the folder of the voice it recognizes with, or %NULL for the model's own
 */
const char *
vmc_recognizer_get_voice (VmcRecognizer *self)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  return self->voice_dir;
}

static VmcRecognizer *
load (const char          *model_dir,
      const char          *voice_means,
      const char * const  *phrases,
      GError             **error)
{
  g_autoptr(VmcRecognizer) self = NULL;
  g_autofree char *hmm = NULL;
  g_autofree char *lm = NULL;
  g_autofree char *dict = NULL;
  g_autofree char *domain = find_domain_lm ();
  gint64 t0 = g_get_monotonic_time ();

  if (model_dir == NULL)
    model_dir = vmc_recognizer_default_model_dir ();

  hmm = g_build_filename (model_dir, "en-us", "en-us", NULL);
  lm = g_build_filename (model_dir, "en-us", "en-us.lm.bin", NULL);
  dict = g_build_filename (model_dir, "en-us", "cmudict-en-us.dict", NULL);
  if (!require_file (hmm, error) || !require_file (lm, error) || !require_file (dict, error))
    return NULL;

  self = g_object_new (VMC_TYPE_RECOGNIZER, NULL);
  self->search = PLAIN_SEARCH;
  {
    g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
    g_auto(GStrv) extra = NULL;
    const char *tuning = vmc_tuning_get ()->ps_args;

    g_ptr_array_add (argv, g_strdup ("voicemail-coach"));
    if (tuning && *tuning && !g_shell_parse_argv (tuning, NULL, &extra, NULL))
      g_clear_pointer (&extra, g_strfreev);
    /* pocketsphinx refuses an option given twice: a setting being measured replaces ours */
    for (guint i = 0; i + 1 < G_N_ELEMENTS (default_args); i += 2)
      if (!extra || !g_strv_contains ((const char * const *)extra, default_args[i]))
        {
          g_ptr_array_add (argv, g_strdup (default_args[i]));
          g_ptr_array_add (argv, g_strdup (default_args[i + 1]));
        }
    g_ptr_array_add (argv, g_strdup ("-hmm"));
    g_ptr_array_add (argv, g_strdup (hmm));
    /* With a domain model the mixed search is the only one: building the general model's
     * own search too would cost load time and memory for nothing. */
    if (domain == NULL)
      {
        g_ptr_array_add (argv, g_strdup ("-lm"));
        g_ptr_array_add (argv, g_strdup (lm));
      }
    g_ptr_array_add (argv, g_strdup ("-dict"));
    g_ptr_array_add (argv, g_strdup (dict));
    if (voice_means != NULL)
      {
        g_ptr_array_add (argv, g_strdup ("-mean"));
        g_ptr_array_add (argv, g_strdup (voice_means));
      }
    /* For measuring search settings without rebuilding: VMC_PS_ARGS="-beam 1e-60". */
    for (guint i = 0; extra && extra[i]; i++)
      g_ptr_array_add (argv, g_strdup (extra[i]));
    self->config = cmd_ln_parse_r (NULL, ps_args (), (int)argv->len, (char **)argv->pdata, TRUE);
  }
  if (self->config == NULL)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL,
                   _("pocketsphinx refused the recognizer settings for %s."), model_dir);
      return NULL;
    }

  self->ps = ps_init (self->config);
  if (self->ps == NULL)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL,
                   _("pocketsphinx could not load the speech model in %s. Reinstall the "
                   "Debian package pocketsphinx-en-us."), model_dir);
      return NULL;
    }

  if (domain != NULL && !mix_domain_lm (self, lm, domain, error))
    return NULL;
  if (domain != NULL && !set_expected (self, phrases, error))
    return NULL;

  {
    cmn_t *cmn = ps_get_feat (self->ps)->cmn_struct;

    self->cmn_initial = g_new0 (mfcc_t, cmn->veclen);
    cmn_live_get (cmn, self->cmn_initial);
  }

  /* Fan hiss kept the voice detector open and the search busy; suppressing it lowered the
   * error rate on noisy messages (0.102 -> 0.087) and sped them up by a third.
   * VMC_DENOISE=0 turns it off, for measuring. */
  if (vmc_tuning_get ()->denoise)
    self->denoiser = vmc_denoiser_new (VMC_AUDIO_RATE, vmc_tuning_get ()->denoise_db,
                                       vmc_tuning_get ()->denoise_gate_db);
  self->thorough_denoise = vmc_tuning_get ()->thorough_denoise > 0;
  self->thorough_wide_mean = vmc_tuning_get ()->thorough_wide_mean >= 0.0
                             ? CLAMP (vmc_tuning_get ()->thorough_wide_mean, 0.0, 1.0)
                             : THOROUGH_WIDE_MEAN;
  self->use_narrowband = vmc_tuning_get ()->narrowband;
  /* A voice learned from the speaker has its own idea of their line; without one, a phone
   * recording is heard through the phone line's transform (data/phone-line.mllr) */
  if (self->use_narrowband && voice_means == NULL)
    {
      g_autofree char *line = find_line_mllr ();
      g_autoptr(GError) local = NULL;

      if (line && !vmc_recognizer_set_line_transform (self, line, &local))
        g_warning ("%s", local->message);
    }

  self->words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  self->load_time = (g_get_monotonic_time () - t0) / (double)G_USEC_PER_SEC;
  return g_steal_pointer (&self);
}

double
vmc_recognizer_get_load_time (VmcRecognizer *self)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), 0.0);

  return self->load_time;
}

/**
 * vmc_recognizer_add_word:
 * @self: a recognizer, not running
 * @word: the word, lower case
 * @phones: its pronunciation in the model's phone set ("S EH R AH")
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Teaches the recognizer a word the dictionary lacks (a caller's name, say).
 */
gboolean
vmc_recognizer_add_word (VmcRecognizer  *self,
                         const char     *word,
                         const char     *phones,
                         GError        **error)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);
  g_return_val_if_fail (word != NULL && phones != NULL, FALSE);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("Words can only be added between recordings."));
      return FALSE;
    }
  if (ps_add_word (self->ps, word, phones, TRUE) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("Could not add “%s” (%s) to the dictionary."), word, phones);
      return FALSE;
    }
  /* every search was made again, the thorough one with the live pass's settings */
  self->thorough_built = FALSE;
  return TRUE;
}

/**
 * vmc_recognizer_expect_phrases:
 * @self: a recognizer, not running
 * @phrases: (nullable): lower-case phrases the speaker is known to say (their own name, their
 *   company); words the dictionary lacks are pronounced by flite's letter-to-sound rules;
 *   %NULL or empty to expect nothing in particular again
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * A small language model of the phrases joins the mix (with EXPECTED_WEIGHT), so that the recognizer
 * prefers them where the sound fits. Calling it again replaces the phrases.
 */
gboolean
vmc_recognizer_expect_phrases (VmcRecognizer       *self,
                               const char * const  *phrases,
                               GError             **error)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("Phrases can only be changed between recordings."));
      return FALSE;
    }
  joined = phrases ? g_strjoinv ("|", (char **)phrases) : g_strdup ("");
  if (strcmp (joined, self->expected ? self->expected : "") == 0)
    return TRUE;   /* nothing changes */
  if (self->general_lm == NULL)
    return TRUE;   /* the general model alone (no domain model): nothing to mix into */
  return set_expected (self, phrases, error);
}

/**
 * vmc_recognizer_knows_word:
 * @word: a lower-case word
 *
 * Returns: whether the dictionary has @word
 */
gboolean
vmc_recognizer_knows_word (VmcRecognizer *self,
                           const char    *word)
{
  char *phones;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  phones = ps_lookup_word (self->ps, word);
  ckd_free (phones);
  return phones != NULL;
}

gboolean
vmc_recognizer_start (VmcRecognizer  *self,
                      GError        **error)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("The recognizer is already running."));
      return FALSE;
    }

  g_ptr_array_set_size (self->words, 0);
  self->utt_samples = 0;
  self->utt_peak = 0.0;
  self->quiet_samples = 0;
  self->block_len = 0;
  self->in_utt = FALSE;

  /* Live cepstral mean normalisation learns the channel as it goes; start every recording
   * from the recording's own mean when it is known (vmc_recognizer_set_recording()), else
   * from the model's prior, so that the same file always gives the same words. */
  {
    cmn_t *cmn = ps_get_feat (self->ps)->cmn_struct;
    double own = self->narrowband ? 1.0 : self->thorough ? self->thorough_wide_mean
                                                         : vmc_tuning_get ()->wide_mean;
    g_autofree mfcc_t *mean = g_memdup2 (self->cmn_initial, sizeof (mfcc_t) * cmn->veclen);

    /* from the recording's own mean weighed @own, the model's 1 - @own */
    if (self->cmn_recording != NULL && own > 0.0)
      for (int j = 0; j < cmn->veclen; j++)
        mean[j] = (mfcc_t)(own * self->cmn_recording[j] + (1.0 - own) * self->cmn_initial[j]);
    cmn_live_set (cmn, mean);
  }
  if (self->denoiser != NULL)
    vmc_denoiser_reset (self->denoiser);

  select_first_pass (self);
  if (ps_start_stream (self->ps) < 0 || ps_start_utt (self->ps) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("The recognizer could not start."));
      return FALSE;
    }
  self->running = TRUE;
  return TRUE;
}

/* "word(2)" is the dictionary's second pronunciation of "word". */
static int
compare_c0 (const void *a,
            const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static char *
clean_word (const char *w)
{
  const char *paren;

  while (g_ascii_isspace (*w))
    w++;   /* grammar searches put a space before each word */
  paren = strchr (w, '(');
  return g_strstrip (g_ascii_strdown (w, paren ? paren - w : -1));
}

static gboolean
is_non_speech (const char *w)
{
  return w[0] == '<' || w[0] == '[' || w[0] == '+';
}

static void
collect_segments_into (VmcRecognizer *self,
                       GPtrArray     *into,
                       double         offset)
{
  logmath_t *lmath = ps_get_logmath (self->ps);
  ps_seg_t *seg;

  for (seg = ps_seg_iter (self->ps); seg != NULL; seg = ps_seg_next (seg))
    {
      const char *w = ps_seg_word (seg);
      g_autofree char *clean = NULL;
      int sf, ef;
      int32 post;

      if (w == NULL || is_non_speech (w))
        continue;
      clean = clean_word (w);
      if (*clean == '\0')
        continue;   /* a grammar's empty transition */
      ps_seg_frames (seg, &sf, &ef);
      post = ps_seg_prob (seg, NULL, NULL, NULL);
      g_ptr_array_add (into, vmc_word_new (clean, offset + (double)sf / FRAME_RATE,
                                           offset + (double)(ef + 1) / FRAME_RATE,
                                           logmath_exp (lmath, post)));
    }
}

static void
collect_segments (VmcRecognizer *self)
{
  collect_segments_into (self, self->words, 0.0);
}

static gboolean
end_utterance (VmcRecognizer  *self,
               gboolean        restart,
               GError        **error)
{
  gint64 t0 = g_get_monotonic_time ();

  if (ps_end_utt (self->ps) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("The recognizer failed at the end of an utterance."));
      return FALSE;
    }
  collect_segments (self);
  /* the cost of ending an utterance grows with it: what Stop waits for in a live recording */
  g_debug ("utterance of %.1f s ended in %.3f s", (double)self->utt_samples / VMC_AUDIO_RATE,
           (g_get_monotonic_time () - t0) / 1e6);
  self->in_utt = FALSE;
  self->utt_samples = 0;
  self->utt_peak = 0.0;
  self->quiet_samples = 0;

  if (restart && ps_start_utt (self->ps) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("The recognizer could not start a new utterance."));
      return FALSE;
    }
  return TRUE;
}

/* Mean square of @n samples */
static double
frame_energy (const gint16 *samples,
              gsize         n)
{
  double e = 0.0;

  for (gsize i = 0; i < n; i++)
    e += (double)samples[i] * samples[i];
  return n ? e / n : 0.0;
}

/* Samples of quiet at the start of @samples, against the utterance's loudest so far */
static gsize
leading_quiet (VmcRecognizer *self,
               const gint16  *samples,
               gsize          n)
{
  const gsize frame = VMC_AUDIO_RATE / 100;
  gsize at = 0;

  while (at < n && frame_energy (samples + at, MIN (frame, n - at)) < self->utt_peak * PAUSE_BELOW_PEAK)
    at += MIN (frame, n - at);
  return at;
}

/* How long the audio has been quiet up to the last sample fed */
static void
track_pause (VmcRecognizer *self,
             const gint16  *samples,
             gsize          n)
{
  const gsize frame = VMC_AUDIO_RATE / 100;

  for (gsize at = 0; at < n; at += frame)
    {
      gsize len = MIN (frame, n - at);
      double e = frame_energy (samples + at, len);

      self->utt_peak = MAX (self->utt_peak, e);
      if (e < self->utt_peak * PAUSE_BELOW_PEAK)
        self->quiet_samples += len;
      else
        self->quiet_samples = 0;
    }
}

/* A long utterance ends at a short pause that spans the start of the block about to be fed:
 * the cut falls inside the pause, with quiet on both sides of it */
static gboolean
pause_before (VmcRecognizer *self,
              const gint16  *samples,
              gsize          n)
{
  const guint64 margin = (guint64)(PAUSE_MARGIN_SECONDS * VMC_AUDIO_RATE);
  guint64 lead;

  if (!self->in_utt || self->utt_samples < (guint64)SOFT_UTT_SECONDS * VMC_AUDIO_RATE ||
      self->quiet_samples < margin)
    return FALSE;
  lead = leading_quiet (self, samples, n);
  return lead >= margin && self->quiet_samples + lead >= (guint64)(SOFT_PAUSE_SECONDS * VMC_AUDIO_RATE);
}

/* @samples is our own block: the denoiser cleans it in place. */
static gboolean
decode_block (VmcRecognizer  *self,
              gint16         *samples,
              gsize           n,
              GError        **error)
{
  gboolean speech;

  if (self->denoiser != NULL && (!self->thorough || self->thorough_denoise))
    vmc_denoiser_process (self->denoiser, samples, n);

  if (pause_before (self, samples, n) && !end_utterance (self, TRUE, error))
    return FALSE;
  if (ps_process_raw (self->ps, samples, n, FALSE, FALSE) < 0)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("The recognizer failed to decode the audio."));
      return FALSE;
    }
  self->utt_samples += n;
  track_pause (self, samples, n);

  speech = ps_get_in_speech (self->ps);
  if (speech && !self->in_utt)
    self->in_utt = TRUE;
  else if (self->in_utt &&
           (!speech || self->utt_samples > (guint64)MAX_UTT_SECONDS * VMC_AUDIO_RATE))
    return end_utterance (self, TRUE, error);
  return TRUE;
}

/**
 * vmc_recognizer_feed:
 * @self: a started recognizer
 * @samples: 16-bit mono samples at %VMC_AUDIO_RATE
 * @n_samples: how many; any number
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Decodes as it goes, so that vmc_recognizer_finish() has little left to do.
 */
gboolean
vmc_recognizer_feed (VmcRecognizer  *self,
                     const gint16   *samples,
                     gsize           n_samples,
                     GError        **error)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);
  g_return_val_if_fail (samples != NULL || n_samples == 0, FALSE);

  if (!self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("Audio was fed to the recognizer before it was started."));
      return FALSE;
    }

  while (n_samples > 0)
    {
      gsize n = MIN (n_samples, FEED_CHUNK - self->block_len);

      memcpy (self->block + self->block_len, samples, n * sizeof (gint16));
      self->block_len += n;
      samples += n;
      n_samples -= n;

      if (self->block_len == FEED_CHUNK)
        {
          self->block_len = 0;
          if (!decode_block (self, self->block, FEED_CHUNK, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * vmc_recognizer_get_partial:
 * @self: a recognizer
 *
 * Returns: (transfer full): the words heard so far, best guess for the current utterance
 */
char *
vmc_recognizer_get_partial (VmcRecognizer *self)
{
  g_autofree char *done = NULL;
  const char *hyp = NULL;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);

  done = vmc_words_to_text (self->words);
  if (self->running && self->in_utt)
    hyp = ps_get_hyp (self->ps, NULL);
  if (hyp == NULL || *hyp == '\0')
    return g_steal_pointer (&done);
  if (*done == '\0')
    return g_strdup (hyp);
  return g_strconcat (done, " ", hyp, NULL);
}

/**
 * vmc_recognizer_finish:
 * @self: a started recognizer
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Ends the recording and returns every word, in order.
 *
 * Returns: (transfer full) (element-type VmcWord): the words, or %NULL on error
 */
GPtrArray *
vmc_recognizer_finish (VmcRecognizer  *self,
                       GError        **error)
{
  g_autoptr(GPtrArray) out = NULL;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);

  if (!self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("The recognizer was not started."));
      return NULL;
    }
  if (self->block_len > 0)
    {
      gsize n = self->block_len;

      self->block_len = 0;
      if (!decode_block (self, self->block, n, error))
        {
          self->running = FALSE;
          ps_end_utt (self->ps);
          return NULL;
        }
    }
  self->running = FALSE;
  if (!end_utterance (self, FALSE, error))
    return NULL;

  out = g_steal_pointer (&self->words);
  self->words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  return g_steal_pointer (&out);
}

/* Puts the phone line's transform of the means on or takes it off. It was learned (MLLR,
 * build-aux/train-phone-line.py) from synthetic voices of many kinds read through a phone
 * band, never from a real voice; on the real phone prompts of ../shared/realspeech/allison
 * it took the word error rate from 0.806 to 0.670, and the FSDD number words from 0.353 to
 * 0.43. Applying it reloads the model's means: a few milliseconds, only when the kind of
 * recording changes. */
static void
set_line (VmcRecognizer *self,
          gboolean       on)
{
  if (self->line_mllr == NULL || on == self->line_applied)
    return;
  ps_update_mllr (self->ps, ps_mllr_retain (on ? self->line_mllr : self->plain_mllr));
  self->line_applied = on;
}

static void loud_cepstral_mean (VmcRecognizer *self,
                                const gint16  *samples,
                                gsize          n_samples,
                                mfcc_t        *mean,
                                int            veclen);

/**
 * vmc_recognizer_set_recording:
 * @self: a recognizer, not running
 * @samples: (nullable): the whole recording about to be decoded, 16 kHz mono
 * @n_samples: how many
 *
 * Tells the recognizer what it is about to hear, when the whole of it is known (a file, a
 * finished recording). A recording that came through a phone line (vmc-band.c) is far from
 * the model's idea of a voice and a line: its upper filters see nothing, and a short message
 * ends before the running cepstral mean has learnt that. The next vmc_recognizer_start()
 * then starts from the recording's own mean instead of the model's, and, unless a voice is
 * in use, hears it through the phone line's transform of the model (data/phone-line.mllr).
 * %NULL forgets the recording (a live one, heard as it comes).
 */
void
vmc_recognizer_set_recording (VmcRecognizer *self,
                              const gint16  *samples,
                              gsize          n_samples)
{
  cmn_t *cmn;

  g_return_if_fail (VMC_IS_RECOGNIZER (self));
  g_return_if_fail (!self->running);

  g_clear_pointer (&self->cmn_recording, g_free);
  /* another recording: its loud mean is another */
  g_clear_pointer (&self->loud_mean, g_free);
  self->narrowband = samples != NULL && n_samples > 0 && self->use_narrowband &&
                     vmc_band_is_narrow (samples, n_samples);
  /* Measured: on phone audio the recording's own mean is a large gain (the phone prompts of
   * ../shared/realspeech/allison, 0.95 -> 0.81 word error rate); on wideband synthetic voices
   * it cost spoken numbers in the live pass's search (../shared/corpus digits exact 0.954 ->
   * 0.917), so there a wideband recording still starts from the model's mean (VMC_WIDE_MEAN=S,
   * for measuring: from its own mean weighed S, the model's 1 - S); the thorough pass starts
   * from THOROUGH_WIDE_MEAN of it (vmc_recognizer_start() weighs them). */
  if (samples != NULL && n_samples > 0 &&
      (self->narrowband || vmc_tuning_get ()->wide_mean > 0.0 || self->thorough_wide_mean > 0.0))
    {
      cmn = ps_get_feat (self->ps)->cmn_struct;
      self->cmn_recording = g_new0 (mfcc_t, cmn->veclen);
      loud_cepstral_mean (self, samples, n_samples, self->cmn_recording, cmn->veclen);
    }
  set_line (self, self->narrowband);
}

/**
 * vmc_recognizer_set_line_transform:
 * @self: a recognizer, not running
 * @path: (nullable): an MLLR file of the model's streams (build-aux/train-phone-line.py),
 *   or %NULL to hear phone recordings without one
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Chooses the phone line's transform that phone recordings are heard through
 * (vmc_recognizer_set_recording()). A recognizer is made with data/phone-line.mllr unless a
 * voice is in use. On error the recognizer is left without one.
 *
 * Returns: whether @path was read
 */
gboolean
vmc_recognizer_set_line_transform (VmcRecognizer  *self,
                                   const char     *path,
                                   GError        **error)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);
  g_return_val_if_fail (!self->running, FALSE);

  set_line (self, FALSE);
  g_clear_pointer (&self->line_mllr, ps_mllr_free);
  g_clear_pointer (&self->line_path, g_free);
  if (path == NULL)
    return TRUE;
  if (self->plain_mllr == NULL)
    self->plain_mllr = read_identity_mllr (self->ps);
  if (self->plain_mllr == NULL || (self->line_mllr = ps_mllr_read (path)) == NULL)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL,
                   _("The phone line's transform %s could not be read: phone recordings are "
                   "heard as any other. Reinstall Voicemail Coach."), path);
      return FALSE;
    }
  self->line_path = g_strdup (path);
  /* a phone recording already given is heard through the new one */
  set_line (self, self->narrowband);
  return TRUE;
}

/**
 * vmc_recognizer_get_line_transform:
 * @self: a recognizer
 *
 * Returns: (nullable): the file of the phone line's transform that phone recordings are
 *   heard through, or %NULL when they are not (a voice is in use, VMC_NARROWBAND=0, no
 *   file, or one that could not be read)
 */
const char *
vmc_recognizer_get_line_transform (VmcRecognizer *self)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  return self->line_path;
}

/**
 * vmc_recognizer_is_narrowband:
 * @self: a recognizer
 *
 * Returns: whether the recording last given to vmc_recognizer_set_recording() came
 *   through a phone line
 */
gboolean
vmc_recognizer_is_narrowband (VmcRecognizer *self)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);
  return self->narrowband;
}

/* Feeds a started recognizer @n samples in small blocks, as a recording would come, and
 * finishes it; a recognizer that fails is finished all the same, ready for the next one. */
static GPtrArray *
decode_blocks (VmcRecognizer  *self,
               const gint16   *samples,
               gsize           n,
               GError        **error)
{
  const gsize block = 4096;

  for (gsize off = 0; off < n; off += block)
    if (g_cancellable_set_error_if_cancelled (self->cancellable, error) ||
        !vmc_recognizer_feed (self, samples + off, MIN (block, n - off), error))
      {
        g_autoptr(GPtrArray) discard = vmc_recognizer_finish (self, NULL);
        return NULL;
      }
  return vmc_recognizer_finish (self, error);
}

/**
 * vmc_recognizer_set_cancellable:
 * @cancellable: (nullable): when cancelled, the first pass over a recording stops with
 *   %G_IO_ERROR_CANCELLED (a 30-minute file takes minutes)
 */
void
vmc_recognizer_set_cancellable (VmcRecognizer *self,
                                GCancellable  *cancellable)
{
  g_return_if_fail (VMC_IS_RECOGNIZER (self));

  g_set_object (&self->cancellable, cancellable);
}

/**
 * vmc_recognizer_set_thorough:
 * @self: a recognizer, not running
 * @thorough: whether the first pass searches widely
 *
 * Chooses the first pass's search from the next vmc_recognizer_start() on (a pass over a
 * stretch, vmc_recognizer_transcribe_span(), too). The live pass (%FALSE, as a recognizer
 * is made) keeps up with a microphone at a fraction of a core; the thorough pass, for where
 * time allows (a file, a finished recording heard again), prunes the search less and hears
 * real voices better, at more CPU time (the README has the figures). Its search is made the
 * first time it is wanted after the language models change: a fraction of a second.
 */
void
vmc_recognizer_set_thorough (VmcRecognizer *self,
                             gboolean       thorough)
{
  g_return_if_fail (VMC_IS_RECOGNIZER (self));
  g_return_if_fail (!self->running);

  self->thorough = !!thorough;
}

/**
 * vmc_recognizer_get_thorough:
 * @self: a recognizer
 *
 * Returns: whether the first pass searches widely (vmc_recognizer_set_thorough())
 */
gboolean
vmc_recognizer_get_thorough (VmcRecognizer *self)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), FALSE);

  return self->thorough;
}

/**
 * vmc_recognizer_transcribe_samples:
 * @self: a recognizer, not running
 * @samples: 16 kHz mono audio
 * @n_samples: how many
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * The first pass over a recording, as one made from a microphone is decoded; what
 * vmc_recognizer_set_recording() said of the recording (its line) holds.
 *
 * Returns: (transfer full) (element-type VmcWord): the words, or %NULL on error
 */
GPtrArray *
vmc_recognizer_transcribe_samples (VmcRecognizer  *self,
                                   const gint16   *samples,
                                   gsize           n_samples,
                                   GError        **error)
{
  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  g_return_val_if_fail (samples != NULL || n_samples == 0, NULL);

  if (!vmc_recognizer_start (self, error))
    return NULL;
  return decode_blocks (self, samples, n_samples, error);
}

/**
 * vmc_recognizer_transcribe_file:
 * @self: a recognizer, not running
 * @path: an audio file
 * @duration: (out) (optional): the file's length in seconds
 * @error: a #VMC_AUDIO_ERROR or #VMC_RECOGNIZER_ERROR
 *
 * Reads the whole file, tells the recognizer what it holds (vmc_recognizer_set_recording())
 * and transcribes it.
 *
 * Returns: (transfer full) (element-type VmcWord): the words, or %NULL on error
 */
GPtrArray *
vmc_recognizer_transcribe_file (VmcRecognizer  *self,
                                const char     *path,
                                double         *duration,
                                GError        **error)
{
  g_autofree gint16 *samples = NULL;
  gsize n = 0;
  GPtrArray *words;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!(samples = vmc_audio_read_all (path, &n, error)))
    return NULL;
  if (duration)
    *duration = (double)n / VMC_AUDIO_RATE;
  vmc_recognizer_set_recording (self, samples, n);
  words = vmc_recognizer_transcribe_samples (self, samples, n, error);
  /* the next recording is another's */
  vmc_recognizer_set_recording (self, NULL, 0);
  return words;
}

/**
 * vmc_recognizer_decode_number:
 * @self: a recognizer, not running
 * @samples: 16 kHz mono audio of someone saying a number
 * @n_samples: how many
 * @offset: the time of the first sample in the recording, seconds
 * @grammar: a JSGF grammar of what may have been said there
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Decodes a stretch of audio again with a grammar, free of the language model: where the first
 * pass lost an "oh" in a number, the sound alone decides.
 *
 * Returns: (transfer full) (element-type VmcWord): the words, times from @offset on
 */
GPtrArray *
vmc_recognizer_decode_number (VmcRecognizer  *self,
                              const gint16   *samples,
                              gsize           n_samples,
                              double          offset,
                              const char     *grammar,
                              GError        **error)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  gboolean ok;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  g_return_val_if_fail (grammar != NULL, NULL);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("A number can only be decoded again between recordings."));
      return NULL;
    }
  if (!set_grammar (self, "number", grammar))
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("Could not build the grammar of a spoken number."));
      return NULL;
    }
  ps_set_search (self->ps, "number");

  /* a stream of its own: word times count from its first sample, not from the recording's
   * earlier utterances */
  ok = ps_start_stream (self->ps) >= 0 && ps_start_utt (self->ps) >= 0 &&
       ps_process_raw (self->ps, samples, n_samples, FALSE, TRUE) >= 0 &&
       ps_end_utt (self->ps) >= 0;
  if (ok)
    collect_segments_into (self, words, offset);
  select_first_pass (self);
  if (!ok)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("The recognizer failed on a spoken number."));
      return NULL;
    }
  return g_steal_pointer (&words);
}

/* One digit; "oh" is rare said alone and, in telephone-band audio, easily heard for "two" or
 * "four", so it weighs little (measured on real recorded digits). */
static const char digit_grammar[] =
  "#JSGF V1.0;\n"
  "grammar digit;\n"
  "public <digit> = zero | /1e-5/ oh | one | two | three | four | five | six | seven | eight | nine;\n";

/* The mean cepstrum of the loudest 60% of the frames: the speaker and the line, without
 * the pauses that would drag it towards silence. */
static void
loud_cepstral_mean (VmcRecognizer *self,
                    const gint16  *samples,
                    gsize          n_samples,
                    mfcc_t        *mean,
                    int            veclen)
{
  fe_t *fe = ps_get_fe (self->ps);
  int32 n_frames = (int32)(n_samples / 160 + 2), got = n_frames, tail;
  mfcc_t **cep = NULL;
  const int16 *p = samples;
  size_t left = n_samples;
  g_autofree double *c0 = NULL;
  double threshold;
  g_autofree double *sum = g_new0 (double, veclen);
  int used = 0;

  /* the same recording again (each pass over its numbers asks): known already */
  if (self->loud_mean && samples == self->loud_of && n_samples == self->loud_n)
    {
      memcpy (mean, self->loud_mean, sizeof (mfcc_t) * veclen);
      return;
    }
  cep = (mfcc_t **)ckd_calloc_2d ((size_t)n_frames + 1, (size_t)veclen, sizeof (mfcc_t));
  fe_start_utt (fe);
  fe_process_frames (fe, &p, &left, cep, &got, NULL);
  tail = n_frames - got;
  fe_end_utt (fe, cep[got], &tail);
  got += tail;
  if (got < 10)
    {
      ckd_free_2d (cep);
      memcpy (mean, self->cmn_initial, sizeof (mfcc_t) * veclen);
      return;
    }
  c0 = g_new (double, got);
  for (int i = 0; i < got; i++)
    c0[i] = cep[i][0];
  qsort (c0, got, sizeof (double), compare_c0);
  threshold = c0[(int)(got * 0.40)];
  for (int i = 0; i < got; i++)
    if (cep[i][0] >= threshold)
      {
        for (int j = 0; j < veclen; j++)
          sum[j] += cep[i][j];
        used++;
      }
  for (int j = 0; j < veclen; j++)
    mean[j] = (mfcc_t)(sum[j] / MAX (used, 1));
  ckd_free_2d (cep);
  g_free (self->loud_mean);
  self->loud_mean = g_memdup2 (mean, sizeof (mfcc_t) * veclen);
  self->loud_of = samples;
  self->loud_n = n_samples;
}

/**
 * vmc_recognizer_transcribe_span:
 * @self: a recognizer, not running
 * @samples: the whole recording, 16 kHz mono
 * @n_samples: how many
 * @from: the first sample of the stretch to decode again
 * @to: the sample after its last
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Decodes a stretch of a recording again, with the search of the first pass but its cepstral
 * mean taken from the loudest part of the whole recording rather than learnt as it goes: the
 * first seconds of a message, where the caller says who they are, were heard under the
 * model's idea of a voice and a line.
 *
 * Returns: (transfer full) (element-type VmcWord): the words, times from the start of the
 *   recording, or %NULL on error
 */
GPtrArray *
vmc_recognizer_transcribe_span (VmcRecognizer  *self,
                                const gint16   *samples,
                                gsize           n_samples,
                                gsize           from,
                                gsize           to,
                                GError        **error)
{
  cmn_t *cmn = ps_get_feat (self->ps)->cmn_struct;
  g_autofree mfcc_t *mean = g_new0 (mfcc_t, cmn->veclen);
  g_autoptr(GPtrArray) words = NULL;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);
  g_return_val_if_fail (from <= to && to <= n_samples, NULL);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("A stretch can only be decoded again between recordings."));
      return NULL;
    }
  loud_cepstral_mean (self, samples, n_samples, mean, cmn->veclen);
  if (!vmc_recognizer_start (self, error))
    return NULL;
  cmn_live_set (cmn, mean);
  if (!(words = decode_blocks (self, samples + from, to - from, error)))
    return NULL;
  for (guint i = 0; i < words->len; i++)
    {
      VmcWord *w = g_ptr_array_index (words, i);

      w->start += (double)from / VMC_AUDIO_RATE;
      w->end += (double)from / VMC_AUDIO_RATE;
    }
  return g_steal_pointer (&words);
}

/**
 * vmc_recognizer_decode_digits:
 * @self: a recognizer, not running
 * @samples: the whole recording, 16 kHz mono
 * @n_samples: how many
 * @pieces: (element-type VmcSpan): where each digit was said, seconds
 * @error: a #VMC_RECOGNIZER_ERROR
 *
 * Recognizes each piece as one digit, the cepstral mean set from the loudest part of the
 * recording before each, so that the result does not depend on what came before.
 *
 * Returns: (transfer full) (element-type VmcWord): one digit word per piece
 */
GPtrArray *
vmc_recognizer_decode_digits (VmcRecognizer  *self,
                              const gint16   *samples,
                              gsize           n_samples,
                              GArray         *pieces,
                              GError        **error)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  g_autofree mfcc_t *mean = NULL;
  cmn_t *cmn = ps_get_feat (self->ps)->cmn_struct;
  logmath_t *lmath = ps_get_logmath (self->ps);
  gboolean failed = FALSE;

  g_return_val_if_fail (VMC_IS_RECOGNIZER (self), NULL);

  if (self->running)
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE,
                   _("Digits can only be decoded again between recordings."));
      return NULL;
    }
  if (!self->digit_search && !set_grammar (self, "digit", digit_grammar))
    {
      g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                   _("Could not build the grammar of digits."));
      return NULL;
    }
  self->digit_search = TRUE;
  mean = g_new0 (mfcc_t, cmn->veclen);
  loud_cepstral_mean (self, samples, n_samples, mean, cmn->veclen);
  ps_set_search (self->ps, "digit");

  for (guint i = 0; i < pieces->len; i++)
    {
      const VmcSpan *piece = &g_array_index (pieces, VmcSpan, i);
      gsize from = (gsize)(MAX (0.0, piece->start - 0.15) * 16000);
      gsize to = MIN ((gsize)((piece->end + 0.15) * 16000), n_samples);
      const char *hyp;
      int32 score;

      cmn_live_set (cmn, mean);
      if (to <= from || ps_start_utt (self->ps) < 0 ||
          ps_process_raw (self->ps, samples + from, to - from, FALSE, TRUE) < 0 ||
          ps_end_utt (self->ps) < 0)
        {
          g_set_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED,
                       _("The recognizer failed on a digit."));
          failed = TRUE;
          break;
        }
      hyp = ps_get_hyp (self->ps, &score);
      if (hyp && *hyp)
        {
          g_autofree char *word = clean_word (hyp);

          g_ptr_array_add (words, vmc_word_new (word, piece->start, piece->end,
                                                logmath_exp (lmath, ps_get_prob (self->ps))));
        }
    }
  select_first_pass (self);
  /* a failure is a failure whether or not the caller asked why */
  if (failed)
    return NULL;
  return g_steal_pointer (&words);
}
