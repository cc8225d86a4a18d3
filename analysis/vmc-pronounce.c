/* vmc-pronounce.c: pronouncing words the dictionary lacks (callers' names)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * flite's CMU lexicon (the CMU dictionary plus trained letter-to-sound rules) gives phones
 * in the same ARPAbet the en-us acoustic model uses, with stress marks: "oyelaran" becomes
 * "ow1 y ax0 l aa1 r ax0 n". Stress digits are dropped and flite's "ax" (schwa) becomes "AH".
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
