/* vmc-pronounce.h: pronouncing words the dictionary lacks (callers' names)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char   *vmc_pronounce          (const char *word);
char   *vmc_pronounce_words    (const char * const *words,
                                guint               n_words);
double  vmc_pronounce_distance (const char *phones_a,
                                const char *phones_b);
double  vmc_pronounce_distance_v (const char * const *a,
                                  guint               na,
                                  const char * const *b,
                                  guint               nb);

G_END_DECLS
