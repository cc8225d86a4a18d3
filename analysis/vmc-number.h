/* vmc-number.h: spoken numbers ("eight oh one, double five, thirty four") to digits
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint  first_word;   /* inclusive indexes into the words */
  guint  last_word;
  char  *digits;       /* "8017016430" */
  char  *extension;    /* digits after "extension", or NULL */
} VmcNumber;

void       vmc_number_free  (VmcNumber          *self);
GPtrArray *vmc_find_numbers (const char * const *words,
                             guint               n_words,
                             guint               min_digits);
gboolean   vmc_number_is_plausible (const char *digits);
gboolean   vmc_number_is_digit_word (const char *word);
char      *vmc_number_word_digits (const char *word);
guint      vmc_digits_edit_distance (const char *a,
                                     const char *b);
void       vmc_number_append_spoken_forms (GString    *grammar,
                                           const char *rule,
                                           const char *digits);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcNumber, vmc_number_free)

G_END_DECLS
