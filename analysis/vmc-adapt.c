/* vmc-adapt.c: teaching the recognizer one speaker's voice
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From a couple of minutes of sentences read by one speaker, with what each says, this moves
 * the acoustic model's Gaussian means towards that voice. Two steps, as sphinxtrain does it
 * (its tools run here as programs: sphinxtrain has no library):
 *
 *  1. MLLR (bw, mllr_solve, mllr_transform): one affine transform of every mean, learned
 *     from all the speech at once. It needs little speech and moves every sound, heard or not.
 *  2. MAP (bw again, map_adapt): each mean moved further by as much as that sound was heard
 *     in the sentences; only from 45 s of speech on, below which it hurts. Twice: the second
 *     pass aligns the speech with the means the first one adapted.
 *
 * Measured on ../shared/realspeech/allison (a human voice through a phone line; word error
 * rate on a third of the prompts after adapting on 20 / 40 / 101 of the others, from 0.763):
 * MLLR alone 0.587 / 0.585 / 0.580, MAP alone 0.720 / 0.599 / 0.528, MLLR then MAP with every
 * parameter 0.549 / 0.481 / 0.443, MLLR then MAP keeping only the means 0.453 / 0.405 / 0.354
 * (features from sphinx_fe); MAP with a fixed prior weight instead of map_adapt's Bayesian
 * one was worse (tau 2 / 10 / 50: 0.516 / 0.542 / 0.627 against 0.487 on a development split).
 * So only the means are kept: a voice is one file of 0.8 MB that the recognizer loads with
 * -mean in place of the model's, and the model itself is never changed.
 *
 * The speech is measured as the recognizer hears it: the same noise suppressor, and the front
 * end configured from the model's own feat.params. The mean cepstrum of its loudest frames is
 * kept too (voice.ini's CepstralMean): a recording of the voice starts from it instead of the
 * model's average voice and line, which a wideband recording heard as it comes otherwise
 * learns only over its first seconds (pocketsphinx-testdata's reader, learned from the other
 * four sentences: 0.519 -> 0.420; the espeak voice of tests/test-adapt.py 0.32 -> 0.03).
 * Tried and not kept: a frequency warp per voice (VTLN), chosen at enrollment by the
 * alignment score of the sentences read or fixed, with the statistics gathered on warped
 * features; with MLLR and MAP after it, every voice was heard worse (Allison's held-out third
 * 0.324 -> 0.352 chosen (1.24), 0.356 at 1.12, 0.345 at 1.06; FSDD number words george 0.93
 * -> 0.90, lucas 0.96 -> 0.95). Everything happens in a scratch folder
 * beside the voice's folder; the voice appears (or replaces the old one) by one rename at the
 * end, so a failed, cancelled or killed adaptation leaves the previous voice as it was.
 */
#define G_LOG_DOMAIN "vmc-adapt"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <pocketsphinx.h>
#include <sphinxbase/cmd_ln.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>

#include "vmc-adapt.h"
#include "vmc-audio-reader.h"
#include "vmc-denoiser.h"
#include "vmc-pronounce.h"
#include "vmc-recognizer.h"
#include "vmc-tuning.h"

/* Less than this and the transform is guessed from too few sounds to help. */
#define MIN_SPEECH_SECONDS 8.0
/* Less than this and only the transform is learned (see adapt_means()). */
#define MAP_MIN_SECONDS 45.0

G_DEFINE_QUARK (vmc-adapt-error-quark, vmc_adapt_error)

/* GLib 2.74 (Debian 12) has no cleanup for FILE yet */
typedef FILE VmcFile;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcFile, fclose)

VmcAdaptUtterance *
vmc_adapt_utterance_new (const char   *text,
                         const gint16 *samples,
                         gsize         n_samples)
{
  VmcAdaptUtterance *utt = g_new0 (VmcAdaptUtterance, 1);

  utt->text = g_strdup (text);
  utt->samples = g_memdup2 (samples, n_samples * sizeof (gint16));
  utt->n_samples = n_samples;
  return utt;
}

void
vmc_adapt_utterance_free (VmcAdaptUtterance *utt)
{
  if (utt == NULL)
    return;
  g_free (utt->text);
  g_free (utt->samples);
  g_free (utt);
}

/* ---- the model's mixture weights, which bw needs and the Debian model ships quantized ---- */

static gboolean
read_u32 (FILE    *f,
          gboolean swap,
          guint32 *out)
{
  guint32 v;

  if (fread (&v, 4, 1, f) != 1)
    return FALSE;
  *out = swap ? GUINT32_SWAP_LE_BE (v) : v;
  return TRUE;
}

/**
 * vmc_adapt_sendump_to_mixw:
 * @sendump: pocketsphinx's quantized mixture weights (the model's `sendump`)
 * @mixture_weights: where to write them as sphinxtrain's float `mixture_weights`
 * @error: a #VMC_ADAPT_ERROR
 *
 * sendump holds, for each feature stream and each codeword, one byte per senone: the weight's
 * negated log (base 1.0001) shifted right by mixw_shift. mixture_weights is an s3 file of
 * floats laid out [senone][stream][codeword].
 *
 * Returns: whether it was written
 */
gboolean
vmc_adapt_sendump_to_mixw (const char  *sendump,
                           const char  *mixture_weights,
                           GError     **error)
{
  g_autoptr(VmcFile) in = NULL;
  g_autoptr(VmcFile) out = NULL;
  g_autofree float *mixw = NULL;
  g_autofree guint8 *row = NULL;
  guint32 n, n_senones = 0, n_codewords = 0, n_streams = 0, shift = 10, clusters = 0;
  gboolean swap = FALSE, first = TRUE;
  const guint32 magic = 0x11223344;
  guint32 dims[4];

  if (!(in = g_fopen (sendump, "rb")))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_MODEL,
                   _("The speech model's mixture weights (%s) cannot be read: %s."), sendump,
                   g_strerror (errno));
      return FALSE;
    }

  /* a title, then "key value" strings, then an empty one; each string is preceded by its
   * length, whose size tells the byte order */
  for (;;)
    {
      char buf[512];

      if (!read_u32 (in, swap, &n))
        goto bad;
      if (first && n > 65536)
        {
          swap = TRUE;
          n = GUINT32_SWAP_LE_BE (n);
        }
      first = FALSE;
      if (n == 0)
        break;
      if (n >= sizeof buf || fread (buf, 1, n, in) != n)
        goto bad;
      buf[n - 1] = '\0';
      if (g_str_has_prefix (buf, "mixw_shift "))
        shift = (guint32)g_ascii_strtoull (buf + 11, NULL, 10);
      else if (g_str_has_prefix (buf, "feature_count "))
        n_streams = (guint32)g_ascii_strtoull (buf + 14, NULL, 10);
      else if (g_str_has_prefix (buf, "cluster_count "))
        clusters = (guint32)g_ascii_strtoull (buf + 14, NULL, 10);
    }
  if (clusters != 0 || n_streams == 0 || n_streams > 8 || shift > 20)
    goto bad;
  if (!read_u32 (in, swap, &n_codewords) || !read_u32 (in, swap, &n_senones) ||
      n_codewords == 0 || n_codewords > 1024 || n_senones == 0 || n_senones > 1000000)
    goto bad;

  mixw = g_new (float, (gsize)n_senones * n_streams * n_codewords);
  row = g_new (guint8, n_senones);
  for (guint32 f = 0; f < n_streams; f++)
    for (guint32 c = 0; c < n_codewords; c++)
      {
        if (fread (row, 1, n_senones, in) != n_senones)
          goto bad;
        for (guint32 s = 0; s < n_senones; s++)
          mixw[((gsize)s * n_streams + f) * n_codewords + c] =
            (float)pow (1.0001, -(double)((guint32)row[s] << shift));
      }

  if (!(out = g_fopen (mixture_weights, "wb")))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not write %s: %s."), mixture_weights, g_strerror (errno));
      return FALSE;
    }
  /* "s3\nversion 1.0\n" is 15 bytes: three spaces bring "endhdr\n" and the data to a multiple
   * of 4, as sphinxtrain's own writer does */
  fputs ("s3\nversion 1.0\n   endhdr\n", out);
  fwrite (&magic, 4, 1, out);
  dims[0] = n_senones;
  dims[1] = n_streams;
  dims[2] = n_codewords;
  dims[3] = n_senones * n_streams * n_codewords;
  fwrite (dims, 4, 4, out);
  fwrite (mixw, sizeof (float), dims[3], out);
  if (fflush (out) != 0 || ferror (out))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not write %s: %s."), mixture_weights, g_strerror (errno));
      return FALSE;
    }
  return TRUE;

bad:
  g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_MODEL,
               _("The speech model's mixture weights (%s) are not in a form this version can "
               "adapt. Reinstall the Debian package pocketsphinx-en-us."), sendump);
  return FALSE;
}

/* ---- running sphinxtrain's programs ---- */

typedef struct {
  const char       *hmm;        /* the model's folder */
  char             *work;       /* scratch folder */
  char             *tools;      /* sphinxtrain's programs */
  char             *mdef_text;
  char             *mixw;
  char             *ts2cb;      /* ".ptm.", ".semi." or ".cont." */
  GHashTable       *params;     /* the model's feat.params: "-feat" -> "1s_c_d_dd" */
  double            seconds;    /* of speech to learn from */
  double           *mean;       /* the voice's cepstral mean, as the recognizer starts from it */
  int               n_mean;
  const char       *method;     /* what was learned, for voice.ini */
  VmcAdaptProgress  progress;
  gpointer          user_data;
  GCancellable     *cancellable;
} Job;

static void
job_clear (Job *job)
{
  g_free (job->work);
  g_free (job->tools);
  g_free (job->mdef_text);
  g_free (job->mixw);
  g_free (job->ts2cb);
  g_free (job->mean);
  g_clear_pointer (&job->params, g_hash_table_unref);
}

static void
report (Job        *job,
        double      fraction,
        const char *stage)
{
  if (job->progress)
    job->progress (fraction, stage, job->user_data);
}

static char *
log_tail (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* the last error line says most */
  for (guint i = n; i-- > 0;)
    if (strstr (lines[i], "ERROR") || strstr (lines[i], "FATAL"))
      return g_strstrip (g_strdup (lines[i]));
  return n >= 2 ? g_strstrip (g_strdup (lines[n - 2])) : g_strdup ("");
}

/* Runs a program with its output in @log (inside the scratch folder). */
static gboolean
run (Job                *job,
     const char         *log,
     const char * const *argv,
     GError            **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_MERGE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autofree char *log_path = g_build_filename (job->work, log, NULL);
  g_autoptr(GError) local = NULL;

  g_subprocess_launcher_set_stdout_file_path (launcher, log_path);
  g_subprocess_launcher_set_cwd (launcher, job->work);
  if (!(proc = g_subprocess_launcher_spawnv (launcher, argv, &local)))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_TOOLS,
                   _("Could not run %s: %s"), argv[0], local->message);
      return FALSE;
    }
  if (!g_subprocess_wait (proc, job->cancellable, &local))
    {
      g_subprocess_force_exit (proc);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0)
    {
      g_autofree char *why = log_tail (log_path);
      g_autofree char *name = g_path_get_basename (argv[0]);

      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Adapting to the voice failed in %s: %s"), name, why);
      return FALSE;
    }
  return TRUE;
}

static char *
tool (Job        *job,
      const char *name)
{
  return g_build_filename (job->tools, name, NULL);
}

static const char *
param (Job        *job,
       const char *key,
       const char *fallback)
{
  const char *v = g_hash_table_lookup (job->params, key);

  return v ? v : fallback;
}

static gboolean
read_feat_params (Job     *job,
                  GError **error)
{
  g_autofree char *path = g_build_filename (job->hmm, "feat.params", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  job->params = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_MODEL,
                   _("The speech model has no %s. Reinstall the Debian package pocketsphinx-en-us."),
                   path);
      return FALSE;
    }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit_set (g_strstrip (lines[i]), " \t", 2);

      if (kv[0] && kv[0][0] == '-' && kv[1])
        g_hash_table_insert (job->params, g_strdup (kv[0]), g_strdup (g_strstrip (kv[1])));
    }
  {
    const char *model = param (job, "-model", "ptm");

    job->ts2cb = g_strdup (g_str_equal (model, "ptm") ? ".ptm." :
                           g_str_equal (model, "semi") ? ".semi." : ".cont.");
  }
  return TRUE;
}

/* sphinxtrain reads the model definition as text and the mixture weights as floats. */
static gboolean
prepare_model (Job     *job,
               GError **error)
{
  g_autofree char *convert = g_find_program_in_path ("pocketsphinx_mdef_convert");
  g_autofree char *mdef = g_build_filename (job->hmm, "mdef", NULL);
  g_autofree char *mixw = g_build_filename (job->hmm, "mixture_weights", NULL);
  g_autofree char *sendump = g_build_filename (job->hmm, "sendump", NULL);
  const char *names[] = { "bw", "mllr_solve", "mllr_transform", "map_adapt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = tool (job, names[i]);

      if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        {
          g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_TOOLS,
                       _("Learning a voice needs sphinxtrain's %s, which is not installed. Install "
                       "the Debian package sphinxtrain (sudo apt install sphinxtrain)."), names[i]);
          return FALSE;
        }
    }
  if (convert == NULL)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_TOOLS,
                   _("Learning a voice needs pocketsphinx_mdef_convert. Install the Debian package "
                   "pocketsphinx."));
      return FALSE;
    }

  job->mdef_text = g_build_filename (job->work, "mdef.txt", NULL);
  {
    const char *argv[] = { convert, "-text", mdef, job->mdef_text, NULL };

    if (!run (job, "mdef.log", argv, error))
      return FALSE;
  }

  if (g_file_test (mixw, G_FILE_TEST_EXISTS))
    job->mixw = g_steal_pointer (&mixw);
  else
    {
      job->mixw = g_build_filename (job->work, "mixture_weights", NULL);
      if (!vmc_adapt_sendump_to_mixw (sendump, job->mixw, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the speaker's sentences, as bw reads them ---- */

static const char *digit_words[] = { "zero", "one", "two", "three", "four", "five", "six",
                                     "seven", "eight", "nine" };

/**
 * vmc_adapt_words_of:
 * @text: a sentence as it is shown to be read
 *
 * The words a reader says for @text, as the dictionary spells them: lower case, without
 * punctuation, each digit as its word ("Hi, this is Dana at 555-0134." -> "hi this is dana at
 * five five five zero one three four").
 *
 * Returns: (transfer full): the words, separated by single spaces
 */
char *
vmc_adapt_words_of (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (out->len && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          g_string_append_printf (out, "%s ", digit_words[*p - '0']);
        }
      else if (g_ascii_isalpha (*p) || *p == '\'')
        g_string_append_c (out, *p);
      else if (out->len && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  g_strchomp (out->str);
  return g_string_free (out, FALSE);
}

/* The dictionary's entries for the words of @utts (and their alternatives), and flite's
 * guess for a word it lacks (a surname, a company). */
static gboolean
write_dictionary (Job        *job,
                  GPtrArray  *texts,
                  const char *model_dir,
                  const char *path,
                  GError    **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *dict = g_build_filename (model_dir, "en-us", "cmudict-en-us.dict", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  GHashTableIter it;
  gpointer key;

  (void)job;
  for (guint i = 0; i < texts->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (texts, i), " ", -1);

      for (guint j = 0; words[j]; j++)
        if (*words[j] && !g_hash_table_contains (wanted, words[j]))
          g_hash_table_add (wanted, (char *)g_intern_string (words[j]));
    }

  if (!g_file_get_contents (dict, &text, NULL, NULL))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_MODEL,
                   _("The speech model's dictionary %s cannot be read. Reinstall the Debian "
                   "package pocketsphinx-en-us."), dict);
      return FALSE;
    }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = lines[i];
      char *sp = strchr (line, ' ');
      char *paren;
      g_autofree char *word = NULL;

      if (sp == NULL)
        continue;
      word = g_strndup (line, sp - line);
      if ((paren = strchr (word, '(')))
        *paren = '\0';
      if (g_hash_table_contains (wanted, word))
        {
          g_string_append_printf (out, "%s\n", line);
          g_hash_table_add (found, (char *)g_intern_string (word));
        }
    }

  g_hash_table_iter_init (&it, wanted);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (!g_hash_table_contains (found, key))
      {
        g_autofree char *pron = vmc_pronounce (key);

        if (pron == NULL)
          {
            g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                         _("Could not find how “%s” is said. Use letters only in the sentences."),
                         (const char *)key);
            return FALSE;
          }
        g_string_append_printf (out, "%s %s\n", (const char *)key, pron);
      }

  return g_file_set_contents (path, out->str, out->len, error);
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Adds the loudest 60% of @n frames to @sum (the speaker and the line, without the pauses),
 * as the recognizer takes a recording's own mean */
static void
add_loud_frames (mfcc_t **cep,
                 int      n,
                 int      ncep,
                 double  *sum,
                 guint   *n_loud)
{
  g_autofree double *c0 = g_new (double, n);
  double threshold;

  for (int i = 0; i < n; i++)
    c0[i] = cep[i][0];
  qsort (c0, n, sizeof (double), compare_double);
  threshold = c0[(int)(n * 0.40)];
  for (int i = 0; i < n; i++)
    if (cep[i][0] >= threshold)
      {
        for (int j = 0; j < ncep; j++)
          sum[j] += cep[i][j];
        (*n_loud)++;
      }
}

/* One feature file per sentence, computed as the recognizer's front end does. */
static gboolean
write_features (Job        *job,
                GPtrArray  *utts,
                GPtrArray  *texts,
                GError    **error)
{
  static const char *fe_keys[] = { "-lowerf", "-upperf", "-nfilt", "-transform", "-lifter",
                                   "-ncep", "-nfft", "-wlen", "-alpha", "-dither" };
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *feat_dir = g_build_filename (job->work, "feat", NULL);
  g_autoptr(GString) ctl = g_string_new (NULL);
  g_autoptr(GString) lsn = g_string_new (NULL);
  /* the recognizer's own front end: through the same noise suppressor, unless it is off */
  g_autoptr(VmcDenoiser) denoiser = vmc_tuning_get ()->denoise
                                    ? vmc_denoiser_new (VMC_AUDIO_RATE, vmc_tuning_get ()->denoise_db,
                                                        vmc_tuning_get ()->denoise_gate_db)
                                    : NULL;
  g_autofree char *path = NULL;
  g_autofree double *sum = NULL;
  guint n_loud = 0;
  cmd_ln_t *config;
  fe_t *fe;
  int ncep;

  g_mkdir_with_parents (feat_dir, 0700);
  g_ptr_array_add (argv, g_strdup ("vmc-adapt"));
  for (guint i = 0; i < G_N_ELEMENTS (fe_keys); i++)
    if (g_hash_table_contains (job->params, fe_keys[i]))
      {
        g_ptr_array_add (argv, g_strdup (fe_keys[i]));
        g_ptr_array_add (argv, g_strdup (param (job, fe_keys[i], NULL)));
      }
  g_ptr_array_add (argv, g_strdup ("-samprate"));
  g_ptr_array_add (argv, g_strdup_printf ("%d", VMC_AUDIO_RATE));
  /* the recognizer leaves dither off (its default); so do we, for features that repeat; and
   * sphinxbase would print its whole configuration */
  err_set_logfp (NULL);
  config = cmd_ln_parse_r (NULL, fe_get_args (), (int)argv->len, (char **)argv->pdata, FALSE);
  if (config == NULL || (fe = fe_init_auto_r (config)) == NULL)
    {
      if (config)
        cmd_ln_free_r (config);
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_MODEL,
                   _("The speech model's feat.params could not be used to measure the voice."));
      return FALSE;
    }
  ncep = fe_get_output_size (fe);
  sum = g_new0 (double, ncep);

  for (guint i = 0; i < utts->len; i++)
    {
      VmcAdaptUtterance *utt = g_ptr_array_index (utts, i);
      g_autofree gint16 *copy = g_memdup2 (utt->samples, utt->n_samples * sizeof (gint16));
      g_autofree char *name = g_strdup_printf ("u%03u", i);
      g_autofree char *file = g_strdup_printf ("%s/%s.mfc", feat_dir, name);
      mfcc_t **cep = NULL;
      int32 nframes = 0;
      g_autoptr(VmcFile) f = NULL;
      gint32 count;
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (job->cancellable, error))
        goto fail;
      /* the recognizer hears speech through the noise suppressor: so must its model */
      if (denoiser)
        {
          vmc_denoiser_reset (denoiser);
          vmc_denoiser_process (denoiser, copy, utt->n_samples);
        }
      fe_start_utt (fe);
      if (fe_process_utt (fe, copy, utt->n_samples, &cep, &nframes) < 0 || nframes < 10)
        {
          if (cep)
            fe_free_2d (cep);
          continue;   /* too short to learn from: left out */
        }
      add_loud_frames (cep, nframes, ncep, sum, &n_loud);
      count = nframes * ncep;
      f = g_fopen (file, "wb");
      ok = f && fwrite (&count, 4, 1, f) == 1 &&
           fwrite (cep[0], sizeof (mfcc_t), (gsize)count, f) == (gsize)count && fflush (f) == 0;
      fe_free_2d (cep);
      if (!ok)
        {
          g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                       _("Could not write %s: %s."), file, g_strerror (errno));
          goto fail;
        }
      g_string_append_printf (ctl, "%s\n", name);
      g_string_append_printf (lsn, "<s> %s </s> (%s)\n", (char *)g_ptr_array_index (texts, i), name);
      report (job, 0.05 + 0.15 * (i + 1) / utts->len, _("Measuring your voice"));
    }
  fe_free (fe);
  cmd_ln_free_r (config);
  if (n_loud > 0)
    {
      job->n_mean = ncep;
      job->mean = g_new (double, ncep);
      for (int j = 0; j < ncep; j++)
        job->mean[j] = sum[j] / n_loud;
    }

  path = g_build_filename (job->work, "adapt.fileids", NULL);
  if (!g_file_set_contents (path, ctl->str, ctl->len, error))
    return FALSE;
  g_free (path);
  path = g_build_filename (job->work, "adapt.transcription", NULL);
  return g_file_set_contents (path, lsn->str, lsn->len, error);

fail:
  fe_free (fe);
  cmd_ln_free_r (config);
  return FALSE;
}

static gboolean
baum_welch (Job        *job,
            const char *means,
            const char *accum,
            const char *log,
            GError    **error)
{
  g_autofree char *bw = tool (job, "bw");
  g_autofree char *vars = g_build_filename (job->hmm, "variances", NULL);
  g_autofree char *tmat = g_build_filename (job->hmm, "transition_matrices", NULL);
  g_autofree char *fdict = g_build_filename (job->hmm, "noisedict", NULL);
  g_autofree char *acc = g_build_filename (job->work, accum, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *fixed[] = {
    bw, "-moddeffn", job->mdef_text, "-ts2cbfn", job->ts2cb,
    "-meanfn", means, "-varfn", vars, "-mixwfn", job->mixw, "-tmatfn", tmat,
    "-feat", param (job, "-feat", "1s_c_d_dd"),
    "-cmn", param (job, "-cmn", "batch"), "-agc", param (job, "-agc", "none"),
    "-varnorm", param (job, "-varnorm", "no"),
    "-dictfn", "adapt.dict", "-fdictfn", fdict,
    "-ctlfn", "adapt.fileids", "-lsnfn", "adapt.transcription",
    "-cepdir", "feat", "-cepext", "mfc", "-accumdir", acc,
  };

  g_mkdir_with_parents (acc, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (argv, (gpointer)fixed[i]);
  /* a model of several streams says how the features divide between them */
  if (g_hash_table_contains (job->params, "-svspec"))
    {
      g_ptr_array_add (argv, (gpointer)"-svspec");
      g_ptr_array_add (argv, (gpointer)param (job, "-svspec", NULL));
    }
  g_ptr_array_add (argv, NULL);
  return run (job, log, (const char * const *)argv->pdata, error);
}

static gboolean
move_file (const char *from,
           const char *to,
           GError    **error)
{
  if (g_rename (from, to) == 0)
    return TRUE;
  g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED, _("Could not move %s to %s: %s."),
               from, to, g_strerror (errno));
  return FALSE;
}

/* MAP from @means (and the counts bw gathered with them in @accum) to means.map */
static gboolean
map_pass (Job        *job,
          const char *means,
          const char *accum,
          const char *log,
          GError    **error)
{
  g_autofree char *map = tool (job, "map_adapt");
  g_autofree char *vars = g_build_filename (job->hmm, "variances", NULL);
  g_autofree char *tmat = g_build_filename (job->hmm, "transition_matrices", NULL);
  g_autofree char *acc = g_build_filename (job->work, accum, NULL);
  /* for measuring: VMC_ADAPT_TAU fixes map_adapt's prior weight instead of its Bayesian
   * estimate from the data */
  const char *tau = vmc_tuning_get ()->adapt_tau;
  gboolean fixed = tau != NULL;
  const char *argv[] = { map, "-moddeffn", job->mdef_text, "-ts2cbfn", job->ts2cb,
                         "-meanfn", means, "-varfn", vars, "-mixwfn", job->mixw,
                         "-tmatfn", tmat, "-accumdir", acc,
                         "-mapmeanfn", "means.map", "-mapvarfn", "variances.map",
                         "-mapmixwfn", "mixture_weights.map", "-maptmatfn", "tmat.map",
                         "-fixedtau", fixed ? "yes" : "no", "-bayesmean", fixed ? "no" : "yes",
                         "-tau", fixed ? tau : "10", NULL };

  return run (job, log, argv, error);
}

static gboolean
adapt_means (Job     *job,
             GError **error)
{
  g_autofree char *means = g_build_filename (job->hmm, "means", NULL);
  g_autofree char *vars = g_build_filename (job->hmm, "variances", NULL);
  g_autofree char *solve = tool (job, "mllr_solve");
  g_autofree char *transform = tool (job, "mllr_transform");
  g_autofree char *acc1 = g_build_filename (job->work, "acc1", NULL);
  g_autofree char *from = g_build_filename (job->work, "means.mllr", NULL);
  const char *steps;
  int passes;

  report (job, 0.2, _("Listening to your voice (1 of 3)"));
  if (!baum_welch (job, means, "acc1", "bw1.log", error))
    return FALSE;
  report (job, 0.4, _("Learning your voice (1 of 3)"));
  {
    const char *argv[] = { solve, "-meanfn", means, "-varfn", vars, "-outmllrfn", "mllr_matrix",
                           "-accumdir", acc1, NULL };

    if (!run (job, "mllr_solve.log", argv, error))
      return FALSE;
  }
  {
    const char *argv[] = { transform, "-inmeanfn", means, "-outmeanfn", "means.mllr",
                           "-mllrmat", "mllr_matrix", NULL };

    if (!run (job, "mllr_transform.log", argv, error))
      return FALSE;
  }
  /* MAP moves each sound by what was heard of it: from little speech that is noise. Learning
   * from the other four sentences of pocketsphinx-testdata's reader (22 s), MLLR alone took
   * the fifth from 0.543 to 0.519 and MLLR then MAP to 0.642; from 60 s of Allison's prompts
   * MAP took her held-out third from 0.587 to 0.453. VMC_ADAPT_STEPS=mllr or mllr+map forces
   * one, for measuring. */
  steps = vmc_tuning_get ()->adapt_steps;
  if (g_strcmp0 (steps, "mllr") == 0 ||
      (g_strcmp0 (steps, "mllr+map") != 0 && job->seconds < MAP_MIN_SECONDS))
    {
      g_autofree char *to = g_build_filename (job->work, "means.map", NULL);

      job->method = "mllr-means";
      return move_file (from, to, error);
    }
  /* A second pass listens again with the adapted means (the alignment is better) and adapts
   * again. Chosen on a split of Allison's learning prompts alone (learn on 71, test on 35:
   * 0.487 -> 0.448); then on the held-out sets: Allison 0.362 -> 0.324, FSDD number words
   * 0.89 / 0.96 / 0.96 -> 0.93 / 0.96 / 0.97, for 40% more time. VMC_ADAPT_PASSES=1 measures
   * one pass. */
  passes = vmc_tuning_get ()->adapt_passes;
  job->method = "mllr+map-means";
  for (int p = 1; p <= passes; p++)
    {
      g_autofree char *accum = g_strdup_printf ("acc%d", p + 1);
      g_autofree char *bw_log = g_strdup_printf ("bw%d.log", p + 1);
      g_autofree char *map_log = g_strdup_printf ("map_adapt%d.log", p);
      g_autofree char *listen = g_strdup_printf (_("Listening to your voice (%d of 3)"), p + 1);
      g_autofree char *learn = g_strdup_printf (_("Learning your voice (%d of 3)"), p + 1);

      report (job, 0.45 + 0.25 * (p - 1), listen);
      if (!baum_welch (job, from, accum, bw_log, error))
        return FALSE;
      report (job, 0.6 + 0.25 * (p - 1), learn);
      if (!map_pass (job, from, accum, map_log, error))
        return FALSE;
      if (p < passes)
        {
          g_autofree char *map_means = g_build_filename (job->work, "means.map", NULL);

          g_free (from);
          from = g_strdup_printf ("%s/means.pass%d", job->work, p);
          if (!move_file (map_means, from, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- the voice's folder ---- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Scratch folders left by an adaptation that was killed. */
static void
remove_leftovers (const char *voice_dir)
{
  g_autofree char *parent = g_path_get_dirname (voice_dir);
  g_autofree char *base = g_path_get_basename (voice_dir);
  g_autofree char *prefix = g_strconcat (base, ".adapting-", NULL);
  g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (parent, name, NULL);

        remove_tree (path);
      }
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY, 0);
  gboolean ok = fd >= 0 && fsync (fd) == 0;

  if (fd >= 0)
    close (fd);
  if (!ok)
    g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                 _("Could not save the voice (%s): %s."), path, g_strerror (errno));
  return ok;
}

static gboolean
install_voice (Job        *job,
               const char *voice_dir,
               const char *voice_name,
               guint       n_utts,
               double      seconds,
               GError    **error)
{
  g_autofree char *out = g_build_filename (job->work, "voice", NULL);
  g_autofree char *means = g_build_filename (job->work, "means.map", NULL);
  g_autofree char *kept = g_build_filename (out, "means", NULL);
  g_autofree char *mllr = g_build_filename (job->work, "mllr_matrix", NULL);
  g_autofree char *kept_mllr = g_build_filename (out, "mllr", NULL);
  g_autofree char *ini = g_build_filename (out, "voice.ini", NULL);
  g_autofree char *model_means = g_build_filename (job->hmm, "means", NULL);
  g_autofree char *old = g_strconcat (job->work, "/previous", NULL);
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format_iso8601 (now);
  GStatBuf a, b;

  if (g_stat (means, &a) != 0 || g_stat (model_means, &b) != 0 || a.st_size != b.st_size)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Adapting to the voice produced no usable model."));
      return FALSE;
    }
  g_mkdir_with_parents (out, 0700);
  /* the means, and the MLLR transform of the model's own means they started from (a few
   * kilobytes: pocketsphinx applies it with -mllr, to any means of this model) */
  if (g_rename (means, kept) != 0 || g_rename (mllr, kept_mllr) != 0)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not save the voice: %s."), g_strerror (errno));
      return FALSE;
    }
  g_key_file_set_string (kf, "Voice", "Name", voice_name ? voice_name : "");
  g_key_file_set_string (kf, "Voice", "Created", date);
  g_key_file_set_integer (kf, "Voice", "Sentences", (int)n_utts);
  g_key_file_set_double (kf, "Voice", "Seconds", seconds);
  g_key_file_set_string (kf, "Voice", "Method", job->method);
  if (job->mean != NULL)
    g_key_file_set_double_list (kf, "Voice", "CepstralMean", job->mean, (gsize)job->n_mean);
  g_key_file_set_string (kf, "Voice", "Model", job->hmm);
  if (!g_key_file_save_to_file (kf, ini, error) || !sync_file (kept, error) ||
      !sync_file (kept_mllr, error) || !sync_file (ini, error))
    return FALSE;

  /* the old voice stays whole until the new one is in place */
  if (g_file_test (voice_dir, G_FILE_TEST_IS_DIR) && g_rename (voice_dir, old) != 0)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not replace the voice in %s: %s."), voice_dir, g_strerror (errno));
      return FALSE;
    }
  if (g_rename (out, voice_dir) != 0)
    {
      int e = errno;

      g_rename (old, voice_dir);
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not save the voice in %s: %s."), voice_dir, g_strerror (e));
      return FALSE;
    }
  return TRUE;
}

/**
 * vmc_adapt_voice:
 * @model_dir: (nullable): the speech model's folder, as for vmc_recognizer_new()
 * @utterances: (element-type VmcAdaptUtterance): sentences read by one speaker
 * @voice_dir: the folder to keep the voice in; replaced only when adaptation succeeds
 * @voice_name: (nullable): whose voice it is, kept with it
 * @progress: (nullable) (scope call): told how far it got, from this thread
 * @user_data: for @progress
 * @cancellable: (nullable): stops it; the previous voice is left as it was
 * @error: a #VMC_ADAPT_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Learns the voice of @utterances. Takes a few seconds a minute of speech: call it from a
 * worker thread. Needs sphinxtrain's programs (in /usr/lib/sphinxtrain, or the folder in
 * VMC_SPHINXTRAIN_DIR).
 *
 * Returns: whether @voice_dir now holds the new voice
 */
gboolean
vmc_adapt_voice (const char        *model_dir,
                 GPtrArray         *utterances,
                 const char        *voice_dir,
                 const char        *voice_name,
                 VmcAdaptProgress   progress,
                 gpointer           user_data,
                 GCancellable      *cancellable,
                 GError           **error)
{
  Job job = { 0 };
  g_autofree char *hmm = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *template = NULL;
  g_autofree char *dict = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const char *tools = vmc_tuning_get ()->sphinxtrain_dir;
  double seconds = 0.0;
  gboolean ok = FALSE;

  g_return_val_if_fail (utterances != NULL, FALSE);
  g_return_val_if_fail (voice_dir != NULL, FALSE);

  if (model_dir == NULL)
    model_dir = vmc_recognizer_default_model_dir ();
  for (guint i = 0; i < utterances->len; i++)
    {
      VmcAdaptUtterance *utt = g_ptr_array_index (utterances, i);
      g_autofree char *text = vmc_adapt_words_of (utt->text ? utt->text : "");

      seconds += utt->n_samples / (double)VMC_AUDIO_RATE;
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }
  if (seconds < MIN_SPEECH_SECONDS)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_TOO_LITTLE,
                   _("%.0f seconds of speech is too little to learn a voice from: read at least "
                   "%.0f seconds of sentences."), seconds, MIN_SPEECH_SECONDS);
      return FALSE;
    }

  hmm = g_build_filename (model_dir, "en-us", "en-us", NULL);
  job.hmm = hmm;
  job.tools = g_strdup (tools && *tools ? tools : "/usr/lib/sphinxtrain");
  job.seconds = seconds;
  job.progress = progress;
  job.user_data = user_data;
  job.cancellable = cancellable;

  parent = g_path_get_dirname (voice_dir);
  if (g_mkdir_with_parents (parent, 0700) != 0)
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not create %s: %s."), parent, g_strerror (errno));
      return FALSE;
    }
  remove_leftovers (voice_dir);
  template = g_strconcat (voice_dir, ".adapting-XXXXXX", NULL);
  if (!(job.work = g_strdup (g_mkdtemp (template))))
    {
      g_set_error (error, VMC_ADAPT_ERROR, VMC_ADAPT_ERROR_FAILED,
                   _("Could not create a scratch folder beside %s: %s."), voice_dir,
                   g_strerror (errno));
      return FALSE;
    }

  report (&job, 0.0, _("Preparing the model"));
  dict = g_build_filename (job.work, "adapt.dict", NULL);
  ok = read_feat_params (&job, error) &&
       prepare_model (&job, error) &&
       write_dictionary (&job, texts, model_dir, dict, error) &&
       write_features (&job, utterances, texts, error) &&
       adapt_means (&job, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error) &&
       install_voice (&job, voice_dir, voice_name, utterances->len, seconds, error);
  if (ok)
    report (&job, 1.0, "Done");

  remove_tree (job.work);
  job_clear (&job);
  return ok;
}

/**
 * vmc_adapt_voice_means:
 * @voice_dir: a folder vmc_adapt_voice() wrote
 *
 * Returns: (transfer full) (nullable): the voice's means file, or %NULL when @voice_dir
 *   holds no voice
 */
char *
vmc_adapt_voice_means (const char *voice_dir)
{
  g_autofree char *means = g_build_filename (voice_dir, "means", NULL);
  g_autofree char *ini = g_build_filename (voice_dir, "voice.ini", NULL);

  if (!g_file_test (means, G_FILE_TEST_IS_REGULAR) || !g_file_test (ini, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&means);
}

/**
 * vmc_adapt_voice_cepstral_mean:
 * @voice_dir: a folder vmc_adapt_voice() wrote
 * @length: (out): how many coefficients
 *
 * Returns: (transfer full) (nullable): the mean cepstrum of the sentences the voice was
 *   learned from (their loudest frames, through the noise suppressor), or %NULL when voice.ini
 *   has none
 */
double *
vmc_adapt_voice_cepstral_mean (const char *voice_dir,
                               gsize      *length)
{
  g_autofree char *ini = g_build_filename (voice_dir, "voice.ini", NULL);
  g_autoptr(GKeyFile) kf = g_key_file_new ();

  *length = 0;
  if (!g_key_file_load_from_file (kf, ini, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_double_list (kf, "Voice", "CepstralMean", length, NULL);
}
