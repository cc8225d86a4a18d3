/* vmc-phrase.c: matching spoken phrases against short word patterns
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-phrase.h"

static const char * const number_words[] = {
  "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "hundred", "thousand", NULL
};

static const char * const time_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
  "tuesdays", "wednesdays", "thursdays", "fridays", "today", "tonight", "tomorrow", "morning",
  "mornings", "afternoon", "afternoons", "evening", "evenings", "noon", "midday", "lunch",
  "lunchtime", "o'clock", "am", "pm", "a.m.", "p.m.", "one", "two", "three", "four", "five",
  "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirty", "fifteen", "forty",
  "forty-five", "half", "quarter", "weekend", NULL
};

gboolean
vmc_word_is_number_word (const char *word)
{
  return g_strv_contains (number_words, word);
}

gboolean
vmc_word_is_time_word (const char *word)
{
  return g_strv_contains (time_words, word);
}

/* Does @word equal one of the '|'-separated alternatives in tok[0..len)? */
static gboolean
token_matches (const char *tok,
               gsize       len,
               const char *word)
{
  gsize wlen = strlen (word);

  if (len == 1 && tok[0] == '*')
    return TRUE;
  if (len == 1 && tok[0] == '#')
    return vmc_word_is_number_word (word);
  if (len == 1 && tok[0] == '@')
    return vmc_word_is_time_word (word);

  while (len > 0)
    {
      const char *bar = memchr (tok, '|', len);
      gsize alt = bar ? (gsize)(bar - tok) : len;

      if (alt == wlen && strncmp (tok, word, alt) == 0)
        return TRUE;
      if (!bar)
        break;
      tok += alt + 1;
      len -= alt + 1;
    }
  return FALSE;
}

/* Returns the number of words matched + 1, or 0 when the pattern does not match. */
static guint
match_rest (const char * const *words,
            guint               n,
            guint               at,
            const char         *p)
{
  const char *end;
  gboolean optional;
  gsize len;
  guint r;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return 1;

  optional = (*p == '?');
  if (optional)
    p++;
  end = strchr (p, ' ');
  len = end ? (gsize)(end - p) : strlen (p);

  if (at < n && token_matches (p, len, words[at]) && (r = match_rest (words, n, at + 1, p + len)) > 0)
    return r + 1;
  if (optional)
    return match_rest (words, n, at, p + len);
  return 0;
}

/**
 * vmc_phrase_match:
 * @words: lower-case words
 * @n_words: how many
 * @at: where the phrase must start
 * @pattern: see vmc-phrase.h
 *
 * Returns: how many words the pattern matched at @at (0: no match)
 */
guint
vmc_phrase_match (const char * const *words,
                  guint               n_words,
                  guint               at,
                  const char         *pattern)
{
  guint r;

  g_return_val_if_fail (pattern != NULL, 0);

  if (at >= n_words)
    return 0;
  r = match_rest (words, n_words, at, pattern);
  return r > 1 ? r - 1 : 0;
}

/**
 * vmc_phrase_match_any:
 * @length: (out) (optional): the longest match's length
 *
 * Returns: whether any of the %NULL-terminated @patterns matches at @at
 */
gboolean
vmc_phrase_match_any (const char * const *words,
                      guint               n_words,
                      guint               at,
                      const char * const *patterns,
                      guint              *length)
{
  guint best = 0;

  for (guint k = 0; patterns[k]; k++)
    best = MAX (best, vmc_phrase_match (words, n_words, at, patterns[k]));
  if (length)
    *length = best;
  return best > 0;
}
