/* vmc-lexicon.c: which words are common English words and which can be names
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is generated at build time from SCOWL's American word list (Debian's
 * wamerican-large) by analysis/lexicon/make-lexicon.py: a well-kept list of 170,000 words
 * that spells names with a capital, so "convenient" after "it's" is known not to be a name
 * while "Baker" can be one.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "vmc-lexicon.h"

extern const VmcLexiconEntry vmc_lexicon_entries[];
extern const unsigned vmc_lexicon_n_entries;

static int
compare_entry (const void *key,
               const void *entry)
{
  return strcmp (key, ((const VmcLexiconEntry *)entry)->word);
}

/**
 * vmc_lexicon_lookup:
 * @word: a lower-case word
 *
 * Returns: the classes of @word, %VMC_LEXICON_UNKNOWN when the word list lacks it
 */
VmcLexiconClass
vmc_lexicon_lookup (const char *word)
{
  const VmcLexiconEntry *e;

  g_return_val_if_fail (word != NULL, VMC_LEXICON_UNKNOWN);

  e = bsearch (word, vmc_lexicon_entries, vmc_lexicon_n_entries, sizeof (VmcLexiconEntry),
               compare_entry);
  return e ? (VmcLexiconClass)e->classes : VMC_LEXICON_UNKNOWN;
}
