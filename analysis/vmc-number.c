/* vmc-number.c: spoken numbers ("eight oh one, double five, thirty four") to digits
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People read callback numbers digit by digit ("oh" for zero), with "double"/"triple",
 * in pairs ("thirty four fifty six"), with hundreds and thousands ("one eight hundred",
 * "five thousand"), behind "area code" and followed by an "extension". A stretch of such
 * words becomes one string of digits; hesitations inside it do not break it.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-number.h"
#include "vmc-word.h"

static const char * const units[] = { "zero", "one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", NULL };
static const char * const teens[] = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                      "sixteen", "seventeen", "eighteen", "nineteen", NULL };
static const char * const tens[] = { "", "", "twenty", "thirty", "forty", "fifty", "sixty",
                                     "seventy", "eighty", "ninety", NULL };

static int
index_in (const char * const *list,
          const char         *word)
{
  for (int i = 0; list[i]; i++)
    if (list[i][0] && strcmp (list[i], word) == 0)
      return i;
  return -1;
}

static int
unit_value (const char *w)
{
  if (strcmp (w, "oh") == 0 || strcmp (w, "o") == 0)
    return 0;
  return index_in (units, w);
}

/**
 * vmc_number_is_digit_word:
 *
 * Returns: whether @word says one digit ("seven", "oh", "zero")
 */
gboolean
vmc_number_is_digit_word (const char *word)
{
  return unit_value (word) >= 0;
}

void
vmc_number_free (VmcNumber *self)
{
  if (self == NULL)
    return;
  g_free (self->digits);
  g_free (self->extension);
  g_free (self);
}

/* Words a recognizer hears for a digit said inside a number ("six for three") */
static int
homophone_value (const char *w)
{
  static const struct { const char *word; int value; } homophones[] = {
    { "for", 4 }, { "fore", 4 }, { "to", 2 }, { "too", 2 }, { "won", 1 }, { "ate", 8 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (homophones); i++)
    if (strcmp (homophones[i].word, w) == 0)
      return homophones[i].value;
  return -1;
}

/**
 * vmc_number_word_digits:
 *
 * Returns: (transfer full) (nullable): the digits one number word says on its own ("oh" 0,
 *   "thirty" 30, "twelve" 12, "hundred" 00), or %NULL for another word
 */
char *
vmc_number_word_digits (const char *word)
{
  int v;

  if ((v = unit_value (word)) >= 0 || (v = homophone_value (word)) >= 0)
    return g_strdup_printf ("%d", v);
  if ((v = index_in (teens, word)) >= 0)
    return g_strdup_printf ("1%d", v);
  if ((v = index_in (tens, word)) >= 0)
    return g_strdup_printf ("%d0", v);
  if (strcmp (word, "hundred") == 0)
    return g_strdup ("00");
  if (strcmp (word, "thousand") == 0)
    return g_strdup ("000");
  return NULL;
}

/* Reads one number token at words[*i] into @out; returns FALSE when the word is not part of
 * a number. "oh" only counts next to another number word, so "oh hi" stays words. */
static gboolean
read_token (const char * const *words,
            guint               n,
            guint              *i,
            GString            *out)
{
  const char *w = words[*i];
  const char *next = *i + 1 < n ? words[*i + 1] : "";
  int v;

  if ((strcmp (w, "double") == 0 || strcmp (w, "triple") == 0) && (v = unit_value (next)) >= 0)
    {
      for (int k = 0; k < (w[0] == 'd' ? 2 : 3); k++)
        g_string_append_c (out, (char)('0' + v));
      *i += 2;
      return TRUE;
    }
  /* a homophone counts only between two digits: "six for three", not "for you" */
  if (out->len > 0 && (v = homophone_value (w)) >= 0 && unit_value (next) >= 0)
    {
      g_string_append_c (out, (char)('0' + v));
      *i += 1;
      return TRUE;
    }
  if ((v = index_in (teens, w)) >= 0)
    {
      g_string_append_printf (out, "1%d", v);
      *i += 1;
      return TRUE;
    }
  if ((v = index_in (tens, w)) >= 0)
    {
      int u = index_in (units, next);

      if (u > 0)
        {
          g_string_append_printf (out, "%d%d", v, u);
          *i += 2;
        }
      else
        {
          g_string_append_printf (out, "%d0", v);
          *i += 1;
        }
      return TRUE;
    }
  if ((v = unit_value (w)) >= 0)
    {
      if (w[0] == 'o' && w[1] != 'n' && out->len == 0 && unit_value (next) < 0 &&
          index_in (teens, next) < 0 && index_in (tens, next) < 0)
        return FALSE;
      g_string_append_c (out, (char)('0' + v));
      *i += 1;
      if (strcmp (next, "hundred") == 0)
        {
          g_string_append (out, "00");
          *i += 1;
        }
      else if (strcmp (next, "thousand") == 0)
        {
          g_string_append (out, "000");
          *i += 1;
        }
      return TRUE;
    }
  return FALSE;
}

/* A number word (or two: "double four") read into a number */
typedef struct
{
  guint word;            /* where it starts */
  guint digits_before;   /* how many digits the number had before it */
} Token;

static void
add_found (GPtrArray  *found,
           guint       first_word,
           guint       last_word,
           char       *digits,      /* (transfer full) */
           const char *extension)
{
  VmcNumber *num = g_new0 (VmcNumber, 1);

  num->first_word = first_word;
  num->last_word = last_word;
  num->digits = digits;
  num->extension = extension ? g_strdup (extension) : NULL;
  g_ptr_array_add (found, num);
}

/**
 * vmc_find_numbers:
 * @words: lower-case words
 * @n_words: how many
 * @min_digits: shorter stretches are not reported ("one" in "one more thing")
 *
 * Returns: (transfer full) (element-type VmcNumber): the number stretches in order
 */
GPtrArray *
vmc_find_numbers (const char * const *words,
                  guint               n_words,
                  guint               min_digits)
{
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_number_free);
  guint i = 0;

  g_return_val_if_fail (words != NULL || n_words == 0, found);

  while (i < n_words)
    {
      g_autoptr(GString) digits = g_string_new (NULL);
      g_autoptr(GString) ext = NULL;
      g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
      GString *into = digits;
      guint start = i, last = i, half = 0;
      gboolean any = FALSE;

      if (i + 1 < n_words && strcmp (words[i], "area") == 0 && strcmp (words[i + 1], "code") == 0)
        i += 2;

      while (i < n_words)
        {
          guint before = i;
          guint had = into->len;

          if (read_token (words, n_words, &i, into))
            {
              if (into == digits)
                {
                  Token token = { before, had };

                  g_array_append_val (tokens, token);
                }
              any = TRUE;
              last = i - 1;
              continue;
            }
          /* a hesitation inside a number does not end it */
          if (any && vmc_word_is_filler (words[i]) && i + 1 < n_words)
            {
              guint j = i + 1;
              g_autoptr(GString) probe = g_string_new (NULL);

              if (read_token (words, n_words, &j, probe))
                {
                  i += 1;
                  continue;
                }
            }
          if (any && ext == NULL && (strcmp (words[i], "extension") == 0 || strcmp (words[i], "ext") == 0))
            {
              ext = g_string_new (NULL);
              into = ext;
              i += 1;
              continue;
            }
          g_assert (i == before);
          break;
        }

      /* the same number said twice without a word between ("call me at 916 302 7744, 916 302
       * 7744") is two numbers: the second one is the number restated; so are two ten-digit
       * numbers said one after the other ("or text my mobile, 312 558 2044, 312 558 2039"): no
       * phone number has twenty digits (fourteen may be one abroad) */
      if (any && ext == NULL && (digits->len == 14 || digits->len == 20 || digits->len == 22))
        {
          g_autofree char *first_half = g_strndup (digits->str, digits->len / 2);
          const char *second_half = digits->str + digits->len / 2;

          if (strcmp (first_half, second_half) == 0 ||
              (digits->len == 20 && vmc_number_is_plausible (first_half) && vmc_number_is_plausible (second_half)))
            for (guint t = 1; t < tokens->len; t++)
              if (g_array_index (tokens, Token, t).digits_before == digits->len / 2)
                half = g_array_index (tokens, Token, t).word;
        }
      /* "from nine till one, 843 207 ...": the "one" is the hour, no country code */
      if (any && ext == NULL && half == 0 && digits->len == 11 && digits->str[0] == '1' && start > 0 &&
          strcmp (words[start], "one") == 0 &&
          g_strv_contains ((const char * const[]){ "till", "until", "til", "to", "from", "at", "by", "past",
                                                   "after", "before", "around", "about", "and", "between",
                                                   NULL }, words[start - 1]))
        {
          start++;
          g_string_erase (digits, 0, 1);
        }
      if (half > 0 && digits->len / 2 >= min_digits)
        {
          add_found (found, start, half - 1, g_strndup (digits->str, digits->len / 2), NULL);
          add_found (found, half, last, g_strdup (digits->str + digits->len / 2), NULL);
        }
      else if (any && digits->len >= min_digits)
        add_found (found, start, last, g_strdup (digits->str), ext && ext->len ? ext->str : NULL);
      i = MAX (i, start + 1);
      if (any)
        i = MAX (i, last + 1);
    }
  return found;
}

/**
 * vmc_number_is_plausible:
 * @digits: a string of digits
 *
 * Returns: whether @digits can be a North American phone number: 7 digits, 10 (area code
 *   first), or 11 starting with 1; neither an area code nor an exchange starts with 0 or 1
 */
gboolean
vmc_number_is_plausible (const char *digits)
{
  gsize len;

  g_return_val_if_fail (digits != NULL, FALSE);

  len = strlen (digits);
  if (len == 11 && digits[0] == '1')
    digits++, len--;
  return (len == 7 || len == 10) && digits[0] >= '2';
}

/**
 * vmc_digits_edit_distance:
 *
 * Returns: how many digits must be inserted, deleted or changed to turn @a into @b
 */
guint
vmc_digits_edit_distance (const char *a,
                          const char *b)
{
  guint la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (guint j = 0; j <= lb; j++)
    row[j] = j;
  for (guint i = 1; i <= la; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (guint j = 1; j <= lb; j++)
        {
          guint up = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));
          diag = up;
        }
    }
  return row[lb];
}

static const char *
unit_words (char digit)
{
  return digit == '0' ? "(oh | zero)" : units[digit - '0'];
}

/* One way of saying the digits at i: @words, then the rest from i + @width on */
static void
add_form (GString    *g,
          gboolean   *first,
          const char *rule,
          guint       i,
          guint       width,
          guint       n,
          const char *words)
{
  g_string_append_printf (g, "%s %s", *first ? "" : " |", words);
  if (i + width < n)
    g_string_append_printf (g, " <%s_%u>", rule, i + width);
  *first = FALSE;
}

/**
 * vmc_number_append_spoken_forms:
 * @grammar: a JSGF grammar being written
 * @rule: a name for the rules this adds; the whole number is `<RULE_0>`
 * @digits: the digits
 *
 * Adds to @grammar the rules for every usual way of saying @digits: one by one ("oh" or
 * "zero"), in pairs ("thirty four", "nineteen", "fifty"), "double" and "triple", "eight
 * hundred", "two thousand". Rule `<RULE_i>` says the digits from the i-th on.
 */
void
vmc_number_append_spoken_forms (GString    *grammar,
                                const char *rule,
                                const char *digits)
{
  guint n = strlen (digits);

  g_return_if_fail (n > 0);

  for (guint i = 0; i < n; i++)
    {
      const char *d = digits + i;
      guint rest = n - i;
      gboolean first = TRUE;
      g_autofree char *form = NULL;

      g_string_append_printf (grammar, "<%s_%u> =", rule, i);
      add_form (grammar, &first, rule, i, 1, n, unit_words (d[0]));
      if (rest >= 2 && d[0] == '1')
        add_form (grammar, &first, rule, i, 2, n, teens[d[1] - '0']);
      else if (rest >= 2 && d[0] >= '2')
        {
          form = g_strjoin (" ", tens[d[0] - '0'], d[1] != '0' ? units[d[1] - '0'] : NULL, NULL);
          add_form (grammar, &first, rule, i, 2, n, form);
          g_clear_pointer (&form, g_free);
        }
      if (rest >= 3 && d[1] == d[0] && d[2] == d[0])
        {
          form = g_strconcat ("triple ", unit_words (d[0]), NULL);
          add_form (grammar, &first, rule, i, 3, n, form);
          g_clear_pointer (&form, g_free);
        }
      if (rest >= 2 && d[1] == d[0])
        {
          form = g_strconcat ("double ", unit_words (d[0]), NULL);
          add_form (grammar, &first, rule, i, 2, n, form);
          g_clear_pointer (&form, g_free);
        }
      if (rest >= 4 && d[0] != '0' && strncmp (d + 1, "000", 3) == 0)
        {
          form = g_strconcat (units[d[0] - '0'], " thousand", NULL);
          add_form (grammar, &first, rule, i, 4, n, form);
          g_clear_pointer (&form, g_free);
        }
      if (rest >= 3 && d[0] != '0' && d[1] == '0' && d[2] == '0')
        {
          form = g_strconcat (units[d[0] - '0'], " hundred", NULL);
          add_form (grammar, &first, rule, i, 3, n, form);
        }
      g_string_append (grammar, ";\n");
    }
}
