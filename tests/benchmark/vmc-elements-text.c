/* vmc-elements-text.c: the parts the detectors find in lines of text (a tuning aid, not a test)
 *
 *   vmc-elements-text [--all] < LINES
 *
 * Each line of standard input is taken as one message, spoken evenly at 0.33 s a word with a
 * pause where the line has " / ". For every line the detectors take a part in, prints the line
 * number, the kind and the words; numbers, closing numbers and companies only with --all.
 * For finding what the frames take in sentences that are not voicemails (look-alikes from
 * text of any kind) thousands of lines a second, where vmc-reanalyze needs audio.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "vmc-element.h"
#include "vmc-test-util.h"

int
main (int    argc,
      char **argv)
{
  gboolean all = argc > 1 && strcmp (argv[1], "--all") == 0;
  char line[8192];
  guint n = 0;

  while (fgets (line, sizeof line, stdin))
    {
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(GPtrArray) elements = NULL;

      n++;
      g_strstrip (line);
      if (!*line)
        continue;
      words = vmc_test_words (line, 0.33);
      elements = vmc_detect_elements (words, NULL);
      for (guint i = 0; i < elements->len; i++)
        {
          const VmcElement *e = g_ptr_array_index (elements, i);

          if (!all && (e->kind == VMC_ELEMENT_NUMBER || e->kind == VMC_ELEMENT_CLOSING_NUMBER ||
                       e->kind == VMC_ELEMENT_COMPANY))
            continue;
          g_print ("%u\t%s\t%s\n", n, vmc_element_kind_to_string (e->kind), e->text);
        }
    }
  return 0;
}
