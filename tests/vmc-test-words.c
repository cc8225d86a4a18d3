/* vmc-test-words.c: made-up recognized words for the analysis tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vmc-test-util.h"
#include "vmc-word.h"

/**
 * vmc_test_words:
 * @text: words separated by spaces; "/" stands for a pause of 0.8 s, "@12.5" moves on to
 *   12.5 s, "~0.2" makes the words from there on last 0.2 s each; a word ending in "?" was
 *   heard unsurely (confidence 0.3, else 0.9)
 * @seconds_per_word: how long each word lasts (one word follows the next without a gap)
 *
 * Returns: (transfer full) (element-type VmcWord): the words with times from 0.5 s on
 */
GPtrArray *
vmc_test_words (const char *text,
                double      seconds_per_word)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  GPtrArray *words = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_word_free);
  double t = 0.5;

  for (guint i = 0; parts[i]; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (strcmp (parts[i], "/") == 0)
        {
          t += 0.8;
          continue;
        }
      if (parts[i][0] == '@')
        {
          t = g_ascii_strtod (parts[i] + 1, NULL);
          continue;
        }
      if (parts[i][0] == '~')
        {
          seconds_per_word = g_ascii_strtod (parts[i] + 1, NULL);
          continue;
        }
      if (g_str_has_suffix (parts[i], "?") && parts[i][1])
        {
          parts[i][strlen (parts[i]) - 1] = '\0';
          g_ptr_array_add (words, vmc_word_new (parts[i], t, t + seconds_per_word, 0.3));
        }
      else
        g_ptr_array_add (words, vmc_word_new (parts[i], t, t + seconds_per_word, 0.9));
      t += seconds_per_word;
    }
  return words;
}
