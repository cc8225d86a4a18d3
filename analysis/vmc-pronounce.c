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

/* a phone's kind: 'v'owel, 's'top, 'f'ricative, 'a'ffricate, 'n'asal, 'l'iquid, 'g'lide */
static char
phone_kind (const char *p)
{
  static const char * const kinds[] = {
    "vAA", "vAE", "vAH", "vAO", "vAW", "vAY", "vEH", "vER", "vEY", "vIH", "vIY", "vOW", "vOY",
    "vUH", "vUW", "sP", "sB", "sT", "sD", "sK", "sG", "fF", "fV", "fTH", "fDH", "fS", "fZ", "fSH",
    "fZH", "fHH", "aCH", "aJH", "nM", "nN", "nNG", "lL", "lR", "gW", "gY",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (kinds[i] + 1, p) == 0)
      return kinds[i][0];
  return '?';
}

static double
substitution_cost (const char *a,
                   const char *b)
{
  char ka, kb;

  if (strcmp (a, b) == 0)
    return 0.0;
  ka = phone_kind (a);
  kb = phone_kind (b);
  if (ka == 'v' && kb == 'v')
    return 0.35;   /* vowels are what recognizers and spellings disagree on most */
  if (ka == kb || (ka == 'a' && kb == 'f') || (ka == 'f' && kb == 'a') ||
      (ka == 'a' && kb == 's') || (ka == 's' && kb == 'a'))
    return 0.5;
  return 1.0;
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
  g_autofree double *row = NULL;
  guint na, nb;
  double result;

  g_return_val_if_fail (phones_a != NULL && phones_b != NULL, 1.0);

  a = g_strsplit (phones_a, " ", -1);
  b = g_strsplit (phones_b, " ", -1);
  na = g_strv_length (a);
  nb = g_strv_length (b);
  if (na == 0 || nb == 0)
    return 1.0;

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
          double del = phone_kind (a[i - 1]) == 'v' ? 0.7 : 1.0;
          double ins = phone_kind (b[j - 1]) == 'v' ? 0.7 : 1.0;

          row[j] = MIN (MIN (up + del, row[j - 1] + ins), diag + substitution_cost (a[i - 1], b[j - 1]));
          diag = up;
        }
    }
  result = row[nb] / MAX (na, nb);
  return result;
}
