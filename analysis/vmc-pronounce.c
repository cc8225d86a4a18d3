/* vmc-pronounce.c: pronouncing words the dictionary lacks (callers' names)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * flite's CMU lexicon (the CMU dictionary plus trained letter-to-sound rules) gives phones
 * in the same ARPAbet the en-us acoustic model uses, with stress marks: "oyelaran" becomes
 * "ow1 y ax0 l aa1 r ax0 n". Stress digits are dropped and flite's "ax" (schwa) becomes "AH".
 *
 * Comparing pronunciations rather than letters finds a planned name the recognizer spelled
 * its own way ("kaitlyn" / "caitlin", "nakamura" / "knock a mura"): an edit distance over
 * phones where a phone costs less to swap for one of its own kind (a vowel for a vowel, a
 * stop for a stop) than for another.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include <flite/flite.h>

#include "vmc-pronounce.h"

/* libflite_cmulex has no public header */
cst_lexicon *cmu_lex_init (void);

G_LOCK_DEFINE_STATIC (lexicon);

/**
 * vmc_pronounce:
 * @word: a lower-case word (letters, apostrophes, hyphens)
 *
 * Returns: (transfer full) (nullable): its phones in the model's phone set ("OW Y AH L AA R AH N"),
 *   or %NULL when it has no letters to pronounce
 */
char *
vmc_pronounce (const char *word)
{
  static cst_lexicon *lex;
  g_autoptr(GString) phones = g_string_new (NULL);
  g_autoptr(GString) clean = g_string_new (NULL);
  cst_val *list;

  g_return_val_if_fail (word != NULL, NULL);

  for (const char *p = word; *p; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (clean, g_ascii_tolower (*p));
  if (clean->len == 0)
    return NULL;

  G_LOCK (lexicon);
  if (lex == NULL)
    lex = cmu_lex_init ();
  list = lex_lookup (lex, clean->str, NULL, NULL);
  G_UNLOCK (lexicon);

  for (const cst_val *v = list; v; v = val_cdr (v))
    {
      const char *ph = val_string (val_car (v));
      gsize len = strlen (ph);

      while (len > 0 && g_ascii_isdigit (ph[len - 1]))
        len--;
      if (len == 0 || (len == 3 && strncmp (ph, "pau", 3) == 0))
        continue;
      if (phones->len)
        g_string_append_c (phones, ' ');
      if (len == 2 && strncmp (ph, "ax", 2) == 0)
        g_string_append (phones, "AH");
      else
        for (gsize i = 0; i < len; i++)
          g_string_append_c (phones, g_ascii_toupper (ph[i]));
    }
  delete_val (list);

  return phones->len ? g_string_free (g_steal_pointer (&phones), FALSE) : NULL;
}

/**
 * vmc_pronounce_words:
 *
 * Returns: (transfer full) (nullable): the phones of @n_words words one after the other
 */
char *
vmc_pronounce_words (const char * const *words,
                     guint               n_words)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      g_autofree char *p = vmc_pronounce (words[i]);

      if (!p)
        continue;
      if (all->len)
        g_string_append_c (all, ' ');
      g_string_append (all, p);
    }
  return all->len ? g_string_free (g_steal_pointer (&all), FALSE) : NULL;
}

/* a phone's kind: 'v'owel, 's'top, 'f'ricative, 'a'ffricate, 'n'asal, 'l'iquid, 'g'lide
 * (compared by hand, not looked up: the sound-alike search asks this millions of times) */
static char
phone_kind (const char *p)
{
  char a = p[0], b = a ? p[1] : '\0', c = b ? p[2] : '\0';

  if (c != '\0')
    return '?';
  switch (a)
    {
    case 'A':
      return strchr ("AEHOWY", b) && b ? 'v' : '?';
    case 'E':
      return strchr ("HRY", b) && b ? 'v' : '?';
    case 'I':
      return strchr ("HY", b) && b ? 'v' : '?';
    case 'O':
      return strchr ("WY", b) && b ? 'v' : '?';
    case 'U':
      return strchr ("HW", b) && b ? 'v' : '?';
    case 'P': case 'B': case 'K': case 'G':
      return b == '\0' ? 's' : '?';
    case 'T': case 'D':
      return b == '\0' ? 's' : b == 'H' ? 'f' : '?';
    case 'F': case 'V': case 'S': case 'Z':
      return b == '\0' || (b == 'H' && (a == 'S' || a == 'Z')) ? 'f' : '?';
    case 'H':
      return b == 'H' ? 'f' : '?';
    case 'C': case 'J':
      return b == 'H' ? 'a' : '?';
    case 'M':
      return b == '\0' ? 'n' : '?';
    case 'N':
      return b == '\0' || b == 'G' ? 'n' : '?';
    case 'L': case 'R':
      return b == '\0' ? 'l' : '?';
    case 'W': case 'Y':
      return b == '\0' ? 'g' : '?';
    default:
      return '?';
    }
}

static double
kinds_cost (const char *a,
            char        ka,
            const char *b,
            char        kb)
{
  if (strcmp (a, b) == 0)
    return 0.0;
  if (ka == 'v' && kb == 'v')
    return 0.35;   /* vowels are what recognizers and spellings disagree on most */
  if (ka == kb || (ka == 'a' && kb == 'f') || (ka == 'f' && kb == 'a') ||
      (ka == 'a' && kb == 's') || (ka == 's' && kb == 'a'))
    return 0.5;
  return 1.0;
}

/**
 * vmc_pronounce_distance_v:
 * @a: phones
 * @na: how many
 * @b: phones
 * @nb: how many
 *
 * vmc_pronounce_distance() of phones already split, for callers that compare many
 *
 * Returns: how different the two pronunciations sound
 */
double
vmc_pronounce_distance_v (const char * const *a,
                          guint               na,
                          const char * const *b,
                          guint               nb)
{
  g_autofree double *row = NULL;
  g_autofree char *ka = NULL, *kb = NULL;

  if (na == 0 || nb == 0)
    return 1.0;

  ka = g_new (char, na);
  kb = g_new (char, nb);
  for (guint i = 0; i < na; i++)
    ka[i] = phone_kind (a[i]);
  for (guint j = 0; j < nb; j++)
    kb[j] = phone_kind (b[j]);
  row = g_new (double, nb + 1);
  for (guint j = 0; j <= nb; j++)
    row[j] = j;
  for (guint i = 1; i <= na; i++)
    {
      double diag = row[0];

      row[0] = i;
      for (guint j = 1; j <= nb; j++)
        {
          double up = row[j];
          /* a vowel comes and goes more easily than a consonant */
          double del = ka[i - 1] == 'v' ? 0.7 : 1.0;
          double ins = kb[j - 1] == 'v' ? 0.7 : 1.0;
          double sub = kinds_cost (a[i - 1], ka[i - 1], b[j - 1], kb[j - 1]);

          row[j] = MIN (MIN (up + del, row[j - 1] + ins), diag + sub);
          diag = up;
        }
    }
  return row[nb] / MAX (na, nb);
}

/**
 * vmc_pronounce_distance:
 * @phones_a: phones separated by spaces ("K EY T L IH N")
 * @phones_b: phones separated by spaces
 *
 * Returns: how different the two pronunciations sound, 0 (the same) to 1 and more: the
 *   weighted edit distance divided by the longer one's length
 */
double
vmc_pronounce_distance (const char *phones_a,
                        const char *phones_b)
{
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;

  g_return_val_if_fail (phones_a != NULL && phones_b != NULL, 1.0);

  a = g_strsplit (phones_a, " ", -1);
  b = g_strsplit (phones_b, " ", -1);
  return vmc_pronounce_distance_v ((const char * const *)a, g_strv_length (a),
                                   (const char * const *)b, g_strv_length (b));
}
