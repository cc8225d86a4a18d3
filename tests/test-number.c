/* test-number.c: every way people say a callback number, and words that must stay words
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vmc-number.h"

typedef struct
{
  const char *said;
  const char *digits;      /* NULL: no number at all */
  guint       first, last; /* word span of the number */
  const char *extension;
} Case;

static const Case cases[] = {
  { "my number is two one two five five five one two three four", "2125551234", 3, 12, NULL },
  { "call me at eight oh one seven oh one six four three oh thanks", "8017016430", 3, 12, NULL },
  { "area code three zero three nine zero three seven eight five zero", "3039037850", 0, 11, NULL },
  { "three zero three double four four double six two five", "3034446625", 0, 9, NULL },
  { "nine one nine two two five oh seven sixty four", "9192250764", 0, 9, NULL },
  { "three zero three nine eight seven seventy eight seventy seven", "3039877877", 0, 9, NULL },
  { "five one two four five seven thirty eighty five", "5124573085", 0, 8, NULL },
  { "one eight hundred five five five one two one two", "18005551212", 0, 9, NULL },
  { "two one two five five five four thousand", "2125554000", 0, 7, NULL },
  { "it's six zero two uh six one seven three nine eight two", "6026173982", 1, 11, NULL },
  { "reach me at two one two five five five one two three four extension two one four please",
    "2125551234", 3, 16, "214" },
  { "triple seven two one two", "777212", 0, 4, NULL },
  /* digits heard as their homophones inside a number */
  { "eight oh one seven oh one six for three oh", "8017016430", 0, 9, NULL },
  { "nine one nine to two five oh seven six four", "9192250764", 0, 9, NULL },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_auto(GStrv) words = g_strsplit (c->said, " ", -1);
  g_autoptr(GPtrArray) found = vmc_find_numbers ((const char * const *)words, g_strv_length (words), 3);
  const VmcNumber *n;

  g_assert_cmpuint (found->len, ==, 1);
  n = g_ptr_array_index (found, 0);
  g_assert_cmpstr (n->digits, ==, c->digits);
  g_assert_cmpuint (n->first_word, ==, c->first);
  g_assert_cmpuint (n->last_word, ==, c->last);
  g_assert_cmpstr (n->extension, ==, c->extension);
}

/* Words that look like numbers but are not callback numbers. */
static void
test_nonsense (void)
{
  static const char * const phrases[] = {
    "oh hi frank this is sarah",
    "one more thing before i go",
    "i have two questions for you",
    "oh no",
    "let me know a good time to talk",
    "area code",
    "double check your calendar",
    "thanks for two minutes of your time",
    "ten to noon",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      g_auto(GStrv) words = g_strsplit (phrases[i], " ", -1);
      g_autoptr(GPtrArray) found = vmc_find_numbers ((const char * const *)words,
                                                     g_strv_length (words), 3);

      if (found->len > 0)
        g_error ("“%s” gave the number %s", phrases[i], ((VmcNumber *)found->pdata[0])->digits);
    }
}

/* The number said twice is found twice, with the words between left alone. */
static void
test_two_numbers (void)
{
  const char *said = "my number is two one two five five five one two three four "
                     "thanks again that's two one two five five five one two three four bye";
  g_auto(GStrv) words = g_strsplit (said, " ", -1);
  g_autoptr(GPtrArray) found = vmc_find_numbers ((const char * const *)words, g_strv_length (words), 7);
  const VmcNumber *a, *b;

  g_assert_cmpuint (found->len, ==, 2);
  a = found->pdata[0];
  b = found->pdata[1];
  g_assert_cmpstr (a->digits, ==, "2125551234");
  g_assert_cmpstr (b->digits, ==, "2125551234");
  g_assert_cmpuint (a->last_word, ==, 12);
  g_assert_cmpuint (b->first_word, ==, 16);
}

static void
test_plausible (void)
{
  g_assert_true (vmc_number_is_plausible ("2125551234"));
  g_assert_true (vmc_number_is_plausible ("5551234"));
  g_assert_true (vmc_number_is_plausible ("18005551212"));
  g_assert_false (vmc_number_is_plausible ("0125551234"));   /* no area code starts with 0 */
  g_assert_false (vmc_number_is_plausible ("212555123"));    /* 9 digits */
  g_assert_false (vmc_number_is_plausible ("51252313023"));  /* 11 digits, not 1 first */
  g_assert_false (vmc_number_is_plausible (""));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/number/said/%u", i);

      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/number/nonsense", test_nonsense);
  g_test_add_func ("/number/two-numbers", test_two_numbers);
  g_test_add_func ("/number/plausible", test_plausible);
  return g_test_run ();
}
