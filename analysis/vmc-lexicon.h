/* vmc-lexicon.h: which words are common English words and which can be names
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  VMC_LEXICON_UNKNOWN = 0,       /* not in the word list (many surnames) */
  VMC_LEXICON_COMMON  = 1 << 0,  /* spelled in lower case: "convenient", "baker" */
  VMC_LEXICON_NAME    = 1 << 1,  /* spelled with a capital: "Sarah", "Baker" */
} VmcLexiconClass;

typedef struct
{
  const char *word;
  int         classes;
} VmcLexiconEntry;

VmcLexiconClass vmc_lexicon_lookup (const char *word);

G_END_DECLS
