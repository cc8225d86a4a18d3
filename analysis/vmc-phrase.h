/* vmc-phrase.h: matching spoken phrases against short word patterns
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A pattern is words separated by spaces. In a pattern word:
 *   "call|ring"  any of the alternatives; "i'm|i+am" joins words with '+' into one
 *                alternative ("i am"),
 *   "*"          any one word,
 *   "#"          a number word ("two", "ten", "thirty", "oh" next to digits not needed),
 *   "@"          a time word (a day, "noon", "morning", "o'clock", a number word up to twelve),
 *   "?word"      the word may be left out (alternatives allowed: "?a|the"),
 *   "<class>"    a word of a class of the frame grammar ("<callv>": call, ring, phone, ...;
 *                see vmc-phrase.c); classes are alternatives like words ("<callv>|give"),
 *                and may be optional ("?<me>").
 */
guint    vmc_phrase_match     (const char * const *words,
                               guint               n_words,
                               guint               at,
                               const char         *pattern);
gboolean vmc_phrase_match_any (const char * const *words,
                               guint               n_words,
                               guint               at,
                               const char * const *patterns,
                               guint              *length);
gboolean vmc_word_is_number_word (const char *word);
gboolean vmc_word_is_time_word   (const char *word);

G_END_DECLS
