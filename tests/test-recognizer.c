/* test-recognizer.c: the recognizer on speech the test makes itself with flite and sox
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "vmc-audio-reader.h"
#include "vmc-recognizer.h"
#include "vmc-segment.h"
#include "vmc-test-util.h"

static char *tmpdir;
static VmcRecognizer *rec;

/* Speaks @text with a flite voice into a 16 kHz mono WAV, with half a second of room tone
 * before and after, as a real recording has. */
static char *
speak (const char *name,
       const char *voice,
       const char *text)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autofree char *raw = g_strconcat (path, ".flite.wav", NULL);
  g_autofree char *q_text = g_shell_quote (text);
  g_autofree char *q_raw = g_shell_quote (raw);
  g_autofree char *q_path = g_shell_quote (path);
  g_autofree char *flite = g_strdup_printf ("flite -voice %s -t %s -o %s", voice, q_text, q_raw);
  g_autofree char *sox = g_strdup_printf ("sox %s -r 16000 -c 1 -b 16 %s pad 0.5 0.5", q_raw, q_path);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (flite, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_spawn_command_line_sync (sox, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_unlink (raw);
  return path;
}

/* Word error rate of @words against @reference by edit distance. */
static double
word_error_rate (GPtrArray  *words,
                 const char *reference)
{
  g_auto(GStrv) ref = g_strsplit (reference, " ", -1);
  guint n = g_strv_length (ref), m = words->len;
  g_autofree guint *prev = g_new0 (guint, m + 1);
  g_autofree guint *cur = g_new0 (guint, m + 1);

  for (guint j = 0; j <= m; j++)
    prev[j] = j;
  for (guint i = 1; i <= n; i++)
    {
      cur[0] = i;
      for (guint j = 1; j <= m; j++)
        {
          const VmcWord *w = g_ptr_array_index (words, j - 1);
          guint sub = prev[j - 1] + (g_strcmp0 (ref[i - 1], w->word) != 0);

          cur[j] = MIN (sub, MIN (prev[j] + 1, cur[j - 1] + 1));
        }
      memcpy (prev, cur, (m + 1) * sizeof (guint));
    }
  return (double)prev[m] / n;
}

static void
assert_well_formed (GPtrArray *words,
                    double     duration)
{
  double last_end = 0.0;

  g_assert_cmpuint (words->len, >, 0);
  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      /* no silence or noise tokens, no pronunciation marks, lower case */
      g_assert_false (w->word[0] == '<' || w->word[0] == '[' || w->word[0] == '+');
      g_assert_null (strchr (w->word, '('));
      for (const char *c = w->word; *c; c++)
        g_assert_false (g_ascii_isupper (*c));
      /* times rise and stay inside the recording */
      g_assert_cmpfloat (w->start, >=, last_end - 0.001);
      g_assert_cmpfloat (w->end, >, w->start);
      g_assert_cmpfloat (w->end, <=, duration + 0.05);
      last_end = w->end;
      g_assert_cmpfloat (w->confidence, >=, 0.0);
      g_assert_cmpfloat (w->confidence, <=, 1.0);
    }
}

static GPtrArray *
transcribe (const char *path,
            double     *duration)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *words = vmc_recognizer_transcribe_file (rec, path, duration, &error);

  g_assert_no_error (error);
  g_assert_nonnull (words);
  if (g_test_verbose ())
    {
      g_autofree char *text = vmc_words_to_text (words);
      g_test_message ("heard: %s", text);
    }
  return words;
}

static void
test_sentence (void)
{
  const char *text = "hello this is a test message please call me back tomorrow morning";
  g_autofree char *path = speak ("sentence.wav", "kal16", text);
  g_autoptr(GPtrArray) words = NULL;
  double duration = 0;

  words = transcribe (path, &duration);
  assert_well_formed (words, duration);
  g_assert_cmpfloat (word_error_rate (words, text), <=, 0.2);
  /* the leading half second of silence holds no word */
  g_assert_cmpfloat (((VmcWord *)g_ptr_array_index (words, 0))->start, >=, 0.3);
}

static char *
digits_of (GPtrArray *words)
{
  static const char * const names[] = { "zero", "one", "two", "three", "four", "five", "six",
                                         "seven", "eight", "nine", NULL };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      if (g_str_equal (w->word, "oh"))
        g_string_append_c (s, '0');
      for (guint d = 0; names[d]; d++)
        if (g_str_equal (w->word, names[d]))
          g_string_append_c (s, (char)('0' + d));
    }
  return g_string_free (s, FALSE);
}

/* The most important words in this app: a callback number, said digit by digit. */
static void
test_callback_number (gconstpointer data)
{
  const char *voice = data;
  g_autofree char *name = g_strdup_printf ("number-%s.wav", voice);
  g_autofree char *path = speak (name, voice,
                                 "hi this is sarah my number is eight oh one, seven oh one, six four three oh. thanks");
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *digits = NULL;
  double duration = 0;

  words = transcribe (path, &duration);
  assert_well_formed (words, duration);
  digits = digits_of (words);
  g_assert_cmpstr (digits, ==, "8017016430");
}

/* Any chunking of the same audio gives the same words and times; a partial result is there
 * while the audio still comes in. */
static void
test_streaming_chunks (void)
{
  g_autofree char *path = speak ("stream.wav", "slt", "good morning my name is james and i am calling about your order");
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *samples = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  g_autofree char *whole_text = NULL;
  gsize n = 0;
  gsize sizes[] = { 1, 160, 4097, 333 };

  samples = vmc_audio_read_all (path, &n, &error);
  g_assert_no_error (error);

  g_assert_true (vmc_recognizer_start (rec, &error));
  g_assert_true (vmc_recognizer_feed (rec, samples, n, &error));
  whole = vmc_recognizer_finish (rec, &error);
  g_assert_no_error (error);
  whole_text = vmc_words_to_text (whole);
  g_assert_cmpuint (whole->len, >=, 8);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GPtrArray) words = NULL;
      g_autofree char *partial = NULL;
      gsize pos = 0;

      g_assert_true (vmc_recognizer_start (rec, &error));
      while (pos < n)
        {
          gsize len = MIN (sizes[k], n - pos);

          g_assert_true (vmc_recognizer_feed (rec, samples + pos, len, &error));
          pos += len;
          if (pos >= n * 3 / 4 && partial == NULL)
            partial = vmc_recognizer_get_partial (rec);
        }
      words = vmc_recognizer_finish (rec, &error);
      g_assert_no_error (error);
      g_assert_nonnull (partial);
      g_assert_cmpuint (strlen (partial), >, 0);
      g_assert_cmpuint (words->len, ==, whole->len);
      for (guint i = 0; i < words->len; i++)
        {
          const VmcWord *a = g_ptr_array_index (words, i), *b = g_ptr_array_index (whole, i);

          g_assert_cmpstr (a->word, ==, b->word);
          g_assert_cmpfloat_with_epsilon (a->start, b->start, 0.0001);
          g_assert_cmpfloat_with_epsilon (a->end, b->end, 0.0001);
        }
    }
}

/* Pauses split the audio into utterances; times are still counted from the file's start. */
static void
test_times_across_pauses (void)
{
  g_autofree char *first = speak ("part1.wav", "kal16", "hello frank");
  g_autofree char *second = speak ("part2.wav", "kal16", "thank you goodbye");
  g_autofree char *joined = g_build_filename (tmpdir, "paused.wav", NULL);
  g_autofree char *silence = g_build_filename (tmpdir, "three-seconds.wav", NULL);
  g_autofree char *make_silence = g_strdup_printf ("sox -n -r 16000 -c 1 -b 16 %s trim 0 3", silence);
  g_autofree char *concat = g_strdup_printf ("sox %s %s %s %s", first, silence, second, joined);
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GError) error = NULL;
  double duration = 0;
  int status = 0;
  const VmcWord *last;

  /* hello frank, three seconds of silence, thank you goodbye */
  g_assert_true (g_spawn_command_line_sync (make_silence, NULL, NULL, &status, &error));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_spawn_command_line_sync (concat, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  words = transcribe (joined, &duration);
  assert_well_formed (words, duration);
  last = g_ptr_array_index (words, words->len - 1);
  g_assert_cmpstr (last->word, ==, "goodbye");
  /* part1 is ~1.9 s, then 3 s of silence, then 0.5 s of lead-in: goodbye starts after 5 s */
  g_assert_cmpfloat (last->start, >, 5.0);
  g_assert_cmpfloat (last->end, <=, duration);
}

/* A number decoded again with a grammar, after a recording of several utterances: its words
 * are timed from the stretch given, not from the recording's earlier utterances */
static void
test_decode_number_times (void)
{
  g_autofree char *first = speak ("n1.wav", "kal16", "hello frank");
  g_autofree char *second = speak ("n2.wav", "kal16", "four one five two two seven nine three eight one");
  g_autofree char *joined = g_build_filename (tmpdir, "n-paused.wav", NULL);
  g_autofree char *silence = g_build_filename (tmpdir, "two-seconds.wav", NULL);
  g_autofree char *make_silence = g_strdup_printf ("sox -n -r 16000 -c 1 -b 16 %s trim 0 2", silence);
  g_autofree char *concat = g_strdup_printf ("sox %s %s %s %s", first, silence, second, joined);
  g_autoptr(GPtrArray) words = NULL, again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gint16 *samples = NULL, *head = NULL;
  gsize n = 0, n_head = 0, from;
  double duration = 0;
  int status = 0;
  const char *grammar = "#JSGF V1.0;\ngrammar n;\npublic <n> = four one five two two seven nine three eight one;\n";

  g_assert_true (g_spawn_command_line_sync (make_silence, NULL, NULL, &status, &error));
  g_assert_true (g_spawn_command_line_sync (concat, NULL, NULL, &status, &error));
  g_assert_cmpint (status, ==, 0);
  words = transcribe (joined, &duration);   /* two utterances, with the silence between */
  g_assert_cmpuint (words->len, >=, 12);
  samples = vmc_audio_read_all (joined, &n, &error);
  g_assert_no_error (error);
  head = vmc_audio_read_all (first, &n_head, &error);
  g_assert_no_error (error);
  from = n_head + 16000;   /* the second part: from the middle of the silence */
  again = vmc_recognizer_decode_number (rec, samples + from, n - from, (double)from / 16000,
                                        grammar, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 10);
  g_test_message ("number from %.2f s: first word at %.2f s", (double)from / 16000,
                  ((VmcWord *)again->pdata[0])->start);
  g_assert_cmpfloat (((VmcWord *)again->pdata[0])->start, >=, (double)from / 16000);
  g_assert_cmpfloat (((VmcWord *)again->pdata[9])->end, <=, duration + 0.01);
}

/* A phone line's audio (8 kHz, 300 to 3400 Hz, mu-law) is told from wideband audio, and
 * decoded from its own cepstral mean: from the model's, hardly a word of it comes through. */
static void
test_phone_line (void)
{
  const char *text = "hi this is sarah my number is eight oh one seven oh one six four three oh thanks";
  g_autofree char *wide = speak ("phone-wide.wav", "kal16", text);
  g_autofree char *phone = g_build_filename (tmpdir, "phone-line.wav", NULL);
  /* -D: no dither, so that the phone version is the same on every run (dithered, its word
   * error rate moved between 0.5 and 0.9) */
  g_autofree char *sox = g_strdup_printf ("sox -D %s -r 8000 -e mu-law %s sinc 300-3400", wide, phone);
  g_autofree gint16 *samples = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) plain = NULL;
  g_autoptr(GError) error = NULL;
  double duration = 0;
  gsize n = 0;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (sox, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  samples = vmc_audio_read_all (phone, &n, &error);
  g_assert_no_error (error);
  vmc_recognizer_set_recording (rec, samples, n);
  g_assert_true (vmc_recognizer_is_narrowband (rec));
  vmc_recognizer_set_recording (rec, NULL, 0);
  g_assert_false (vmc_recognizer_is_narrowband (rec));
  g_clear_pointer (&samples, g_free);
  samples = vmc_audio_read_all (wide, &n, &error);
  g_assert_no_error (error);
  vmc_recognizer_set_recording (rec, samples, n);
  g_assert_false (vmc_recognizer_is_narrowband (rec));
  vmc_recognizer_set_recording (rec, NULL, 0);

  /* heard from the model's mean, as before phone lines were told apart */
  g_clear_pointer (&samples, g_free);
  samples = vmc_audio_read_all (phone, &n, &error);
  g_assert_no_error (error);
  g_assert_true (vmc_recognizer_start (rec, &error));
  g_assert_true (vmc_recognizer_feed (rec, samples, n, &error));
  g_assert_no_error (error);
  plain = vmc_recognizer_finish (rec, &error);
  g_assert_no_error (error);

  words = transcribe (phone, &duration);
  assert_well_formed (words, duration);
  /* measured 0.78 against 1.0: one recording, so only a clear gain is asked for */
  g_assert_cmpfloat (word_error_rate (words, text), <=, 0.85);
  g_assert_cmpfloat (word_error_rate (words, text), <=, word_error_rate (plain, text) - 0.15);
  /* and the recognizer is left as it was: the next file is judged on its own */
  g_assert_false (vmc_recognizer_is_narrowband (rec));
}

/* The same words at the same times, heard as surely: the confidence moves with any change
 * of the model's means (a phone line's transform left on took one word from 0.61 to 0.03),
 * and by a ten-thousandth from nothing more than the model's means read again. */
static void
assert_heard_alike (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      VmcWord *x = a->pdata[i], *y = b->pdata[i];

      g_assert_cmpstr (x->word, ==, y->word);
      g_assert_cmpfloat_with_epsilon (x->start, y->start, 0.011);
      g_assert_cmpfloat_with_epsilon (x->end, y->end, 0.011);
      g_assert_cmpfloat_with_epsilon (x->confidence, y->confidence, 0.01);
    }
}

/* A phone recording is heard through the phone line's transform of the model, and the
 * model is given back as it was for the wideband recording that comes next; a transform
 * that cannot be read is said and left out. */
static void
test_phone_line_transform (void)
{
  const char *text = "good morning this is priya with lakeside dental please call me back thanks";
  g_autofree char *wide = speak ("line-wide.wav", "slt", text);
  g_autofree char *phone = g_build_filename (tmpdir, "line-phone.wav", NULL);
  g_autofree char *sox = g_strdup_printf ("sox -D %s -r 8000 -e mu-law %s sinc 300-3400", wide, phone);
  g_autofree char *bad = g_build_filename (tmpdir, "bad.mllr", NULL);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) heard = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(VmcRecognizer) other = NULL;
  g_autoptr(GError) error = NULL;
  double duration = 0;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (sox, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  /* a recognizer that has heard nothing yet, with the build tree's data/phone-line.mllr */
  other = vmc_recognizer_new (NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (vmc_recognizer_get_line_transform (other));
  g_assert_true (g_str_has_suffix (vmc_recognizer_get_line_transform (other), "phone-line.mllr"));
  before = vmc_recognizer_transcribe_file (other, wide, &duration, &error);
  g_assert_no_error (error);
  heard = vmc_recognizer_transcribe_file (other, phone, &duration, &error);
  g_assert_no_error (error);
  assert_well_formed (heard, duration);
  g_test_message ("phone: %.2f word error rate", word_error_rate (heard, text));
  g_assert_cmpfloat (word_error_rate (heard, text), <=, 0.85);
  after = vmc_recognizer_transcribe_file (other, wide, &duration, &error);
  g_assert_no_error (error);
  assert_heard_alike (before, after);
  g_clear_object (&other);

  /* a file that is no transform: said, and phone recordings are heard without one */
  g_assert_true (g_file_set_contents (bad, "2\n1\n39\n0.5 not a number\n", -1, NULL));
  other = vmc_recognizer_new (NULL, &error);
  g_assert_no_error (error);
  g_assert_false (vmc_recognizer_set_line_transform (other, bad, &error));
  g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_BAD_MODEL);
  g_assert_nonnull (strstr (error->message, "could not be read"));
  g_clear_error (&error);
  g_assert_null (vmc_recognizer_get_line_transform (other));
  again = vmc_recognizer_transcribe_file (other, phone, &duration, &error);
  g_assert_no_error (error);
  assert_well_formed (again, duration);
}

static void
test_silence_has_no_words (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "silence.wav", NULL);
  g_autofree char *cmd = g_strdup_printf ("sox -n -r 16000 -c 1 -b 16 %s synth 3 whitenoise vol 0.001", path);
  g_autoptr(GPtrArray) words = NULL;
  int status = 0;
  double duration = 0;

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  words = transcribe (path, &duration);
  g_assert_cmpuint (words->len, ==, 0);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcRecognizer) none = NULL;
  g_autoptr(GPtrArray) words = NULL;
  gint16 zeros[160] = { 0 };
  g_autofree char *missing = g_build_filename (tmpdir, "missing.wav", NULL);

  none = vmc_recognizer_new ("/nonexistent/model", &error);
  g_assert_null (none);
  g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_NO_MODEL);
  g_assert_nonnull (strstr (error->message, "pocketsphinx-en-us"));
  g_clear_error (&error);

  g_assert_false (vmc_recognizer_feed (rec, zeros, 160, &error));
  g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_STATE);
  g_clear_error (&error);

  words = vmc_recognizer_transcribe_file (rec, missing, NULL, &error);
  g_assert_null (words);
  g_assert_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* a digit that cannot be decoded (its piece lies outside the audio) fails the call, whether
   * or not the caller asks why */
  {
    g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (VmcSpan));
    g_autoptr(GPtrArray) digits = NULL;
    VmcSpan outside = { 5.0, 5.4 };

    g_array_append_val (pieces, outside);
    digits = vmc_recognizer_decode_digits (rec, zeros, 160, pieces, NULL);
    g_assert_null (digits);
    digits = vmc_recognizer_decode_digits (rec, zeros, 160, pieces, &error);
    g_assert_null (digits);
    g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED);
    g_clear_error (&error);
  }

  /* and the recognizer still works after a failed file */
  g_assert_true (vmc_recognizer_start (rec, &error));
  g_assert_true (vmc_recognizer_feed (rec, zeros, 160, &error));
  words = vmc_recognizer_finish (rec, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (words->len, ==, 0);
}

static void
test_add_word (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (vmc_recognizer_add_word (rec, "zorvath", "Z AO R V AE TH", &error));
  g_assert_no_error (error);
  g_assert_false (vmc_recognizer_add_word (rec, "badword", "QQ XX", &error));
  g_assert_error (error, VMC_RECOGNIZER_ERROR, VMC_RECOGNIZER_ERROR_FAILED);
}

static void
test_fillers (void)
{
  g_autoptr(VmcWord) um = vmc_word_new ("um", 1.0, 1.2, 0.5);
  g_autoptr(VmcWord) hi = vmc_word_new ("hi", 1.0, 1.2, 1.7);

  g_assert_true (um->filler);
  g_assert_false (hi->filler);
  g_assert_cmpfloat (hi->confidence, ==, 1.0);
}

/* Real read speech (Debian's pocketsphinx-testdata: five sentences from a LibriVox reader,
 * 16 kHz): the thorough pass, which a file gets, hears it better than the live pass, whose
 * search was pruned for synthetic voices. */
#define LIBRIVOX_DIR "/usr/share/pocketsphinx/test/data/librivox"

static void
test_thorough_real_speech (void)
{
  g_autofree char *trans_path = g_build_filename (LIBRIVOX_DIR, "transcription", NULL);
  g_autofree char *trans = NULL;
  g_auto(GStrv) lines = NULL;
  double errors[2] = { 0.0, 0.0 };
  guint files = 0;

  if (!g_file_get_contents (trans_path, &trans, NULL, NULL))
    {
      g_test_skip ("pocketsphinx-testdata is not installed");
      return;
    }
  lines = g_strsplit (trans, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *open = strrchr (lines[i], '(');
      g_autofree char *id = NULL;
      g_autofree char *wav = NULL;
      g_autoptr(GString) ref = g_string_new (NULL);
      g_auto(GStrv) said = NULL;

      if (open == NULL || strchr (open, ')') == NULL)
        continue;
      id = g_strndup (open + 1, strchr (open, ')') - open - 1);
      *open = '\0';
      said = g_strsplit (g_strstrip (lines[i]), " ", -1);
      for (guint k = 0; said[k]; k++)
        if (*said[k] && !g_str_equal (said[k], "<s>") && !g_str_equal (said[k], "</s>"))
          g_string_append_printf (ref, "%s%s", ref->len ? " " : "", said[k]);
      wav = g_strconcat (LIBRIVOX_DIR "/", id, ".wav", NULL);
      for (guint thorough = 0; thorough < 2; thorough++)
        {
          g_autoptr(GPtrArray) words = NULL;
          double duration = 0;
          g_auto(GStrv) n_ref = g_strsplit (ref->str, " ", -1);

          vmc_recognizer_set_thorough (rec, thorough);
          g_assert_true (vmc_recognizer_get_thorough (rec) == (gboolean)thorough);
          words = transcribe (wav, &duration);
          assert_well_formed (words, duration);
          errors[thorough] += word_error_rate (words, ref->str) * g_strv_length (n_ref);
        }
      files++;
    }
  vmc_recognizer_set_thorough (rec, FALSE);
  g_assert_cmpuint (files, ==, 5);
  g_test_message ("errors: live pass %.0f, thorough pass %.0f", errors[0], errors[1]);
  /* measured: 35 word errors in the live pass, 30 in the thorough one (24 when a file also
   * starts from its own cepstral mean, which the corpus's numbers did not allow) */
  g_assert_cmpfloat (errors[1], <=, errors[0] - 3);
}

/* Words a recognizer learns after its thorough search was made (the plan's names, a word
 * added) are words the thorough search knows: it is made again from the new models. */
static void
test_thorough_new_words (void)
{
  const char *text = "hello this is oyelaran from quantrix please call me back";
  g_autofree char *path = speak ("thorough-words.wav", "kal16", text);
  const char * const phrases[] = { "oyelaran", "quantrix", NULL };
  g_autoptr(VmcRecognizer) other = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heard = NULL;
  double duration = 0;

  other = vmc_recognizer_new (NULL, &error);
  g_assert_no_error (error);
  vmc_recognizer_set_thorough (other, TRUE);
  /* the thorough search made before the words are known: they cannot be heard */
  before = vmc_recognizer_transcribe_file (other, path, &duration, &error);
  g_assert_no_error (error);
  heard = vmc_words_to_text (before);
  g_assert_null (strstr (heard, "oyelaran"));
  g_clear_pointer (&heard, g_free);

  g_assert_true (vmc_recognizer_expect_phrases (other, phrases, &error));
  g_assert_no_error (error);
  g_assert_true (vmc_recognizer_get_thorough (other));
  words = vmc_recognizer_transcribe_file (other, path, &duration, &error);
  g_assert_no_error (error);
  heard = vmc_words_to_text (words);
  g_test_message ("heard: %s", heard);
  g_assert_nonnull (strstr (heard, "oyelaran"));
  g_assert_nonnull (strstr (heard, "quantrix"));
  g_clear_pointer (&words, g_ptr_array_unref);
  g_clear_pointer (&heard, g_free);

  /* a word added with its phones: every search is made again, the thorough one with the
   * thorough settings still (the sentence is heard as before) */
  g_assert_true (vmc_recognizer_add_word (other, "zorvath", "Z AO R V AE TH", &error));
  words = vmc_recognizer_transcribe_file (other, path, &duration, &error);
  g_assert_no_error (error);
  heard = vmc_words_to_text (words);
  g_assert_nonnull (strstr (heard, "oyelaran"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("vmc-rec-XXXXXX", NULL);

  rec = vmc_recognizer_new (NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/recognizer/sentence", test_sentence);
  g_test_add_data_func ("/recognizer/callback-number/kal16", "kal16", test_callback_number);
  g_test_add_data_func ("/recognizer/callback-number/slt", "slt", test_callback_number);
  g_test_add_data_func ("/recognizer/callback-number/awb", "awb", test_callback_number);
  g_test_add_func ("/recognizer/streaming-chunks", test_streaming_chunks);
  g_test_add_func ("/recognizer/times-across-pauses", test_times_across_pauses);
  g_test_add_func ("/recognizer/decode-number-times", test_decode_number_times);
  g_test_add_func ("/recognizer/phone-line", test_phone_line);
  g_test_add_func ("/recognizer/phone-line-transform", test_phone_line_transform);
  g_test_add_func ("/recognizer/silence", test_silence_has_no_words);
  g_test_add_func ("/recognizer/errors", test_errors);
  g_test_add_func ("/recognizer/add-word", test_add_word);
  g_test_add_func ("/recognizer/fillers", test_fillers);
  g_test_add_func ("/recognizer/thorough/real-speech", test_thorough_real_speech);
  g_test_add_func ("/recognizer/thorough/new-words", test_thorough_new_words);

  ret = g_test_run ();
  g_clear_object (&rec);

  vmc_test_remove_dir (tmpdir);
  return ret;
}
