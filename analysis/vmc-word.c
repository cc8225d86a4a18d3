/* vmc-word.c: one recognized word with its time
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-word.h"

G_DEFINE_BOXED_TYPE (VmcWord, vmc_word, vmc_word_copy, vmc_word_free)

/* Hesitations a listener hears as hesitations; kept in the transcript but flagged. */
static const char * const fillers[] = { "uh", "um", "uhm", "er", "erm", "ah", "hmm", "mm", "mhm", NULL };

gboolean
vmc_word_is_filler (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  return g_strv_contains (fillers, word);
}

VmcWord *
vmc_word_new (const char *word,
              double      start,
              double      end,
              double      confidence)
{
  VmcWord *self;

  g_return_val_if_fail (word != NULL, NULL);

  self = g_new0 (VmcWord, 1);
  self->word = g_strdup (word);
  self->start = start;
  self->end = end;
  self->confidence = CLAMP (confidence, 0.0, 1.0);
  self->filler = vmc_word_is_filler (word);
  return self;
}

VmcWord *
vmc_word_copy (const VmcWord *self)
{
  VmcWord *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->word = g_strdup (self->word);
  return copy;
}

void
vmc_word_free (VmcWord *self)
{
  if (self == NULL)
    return;
  g_free (self->word);
  g_free (self);
}

/**
 * vmc_words_to_text:
 * @words: (element-type VmcWord): words
 *
 * Returns: (transfer full): the words joined by single spaces
 */
char *
vmc_words_to_text (GPtrArray *words)
{
  GString *s;

  g_return_val_if_fail (words != NULL, NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, w->word);
    }
  return g_string_free (s, FALSE);
}
