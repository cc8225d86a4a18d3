/* test-number.c: every way people say a callback number, and words that must stay words
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vmc-analysis-private.h"
#include "vmc-number.h"
#include "vmc-test-util.h"
#include "vmc-word.h"

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

/* The numbers in @said, a string of words */
static GPtrArray *
numbers_in (const char *said,
            guint       min_digits)
{
  g_auto(GStrv) words = g_strsplit (said, " ", -1);

  return vmc_find_numbers ((const char * const *)words, g_strv_length (words), min_digits);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) found = numbers_in (c->said, 3);
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
  g_autoptr(GPtrArray) found = numbers_in (said, 7);
  const VmcNumber *a, *b;

  g_assert_cmpuint (found->len, ==, 2);
  a = found->pdata[0];
  b = found->pdata[1];
  g_assert_cmpstr (a->digits, ==, "2125551234");
  g_assert_cmpstr (b->digits, ==, "2125551234");
  g_assert_cmpuint (a->last_word, ==, 12);
  g_assert_cmpuint (b->first_word, ==, 16);
}

/* The number said twice with no word between ("call me back at 916 302 7744, 916 302 7744")
 * is the number and the number restated, not one of twenty digits; two different numbers
 * said together stay one stretch (nothing tells where one ends). */
static void
test_said_twice_at_once (void)
{
  const char *said = "call me back at nine one six three oh two seven seven four four "
                     "nine one six three oh two seven seven four four thanks";
  const char *other = "five five five one two one two five five five three four three four";
  g_autoptr(GPtrArray) found = numbers_in (said, 7);
  g_autoptr(GPtrArray) found2 = numbers_in (other, 7);
  const VmcNumber *a, *b;

  g_assert_cmpuint (found->len, ==, 2);
  a = found->pdata[0];
  b = found->pdata[1];
  g_assert_cmpstr (a->digits, ==, "9163027744");
  g_assert_cmpstr (b->digits, ==, "9163027744");
  g_assert_cmpuint (a->first_word, ==, 4);
  g_assert_cmpuint (a->last_word, ==, 13);
  g_assert_cmpuint (b->first_word, ==, 14);
  g_assert_cmpuint (b->last_word, ==, 23);
  g_assert_cmpuint (found2->len, ==, 1);
  g_assert_cmpstr (((VmcNumber *)found2->pdata[0])->digits, ==, "55512125553434");
}

/* Twenty digits in a row are two phone numbers (no number has twenty); a "one" after "till"
 * before a number is the hour, no country code. */
static void
test_two_ten_digit_numbers (void)
{
  const char *said = "text my work mobile three one two five five eight two oh four four "
                     "three one two five five eight two oh three nine";
  const char *hour = "from nine till one eight four three two oh seven six six five oh";
  g_autoptr(GPtrArray) found = numbers_in (said, 7);
  g_autoptr(GPtrArray) found2 = numbers_in (hour, 7);

  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (((VmcNumber *)found->pdata[0])->digits, ==, "3125582044");
  g_assert_cmpstr (((VmcNumber *)found->pdata[1])->digits, ==, "3125582039");
  g_assert_cmpuint (((VmcNumber *)found->pdata[1])->first_word, ==, 14);
  g_assert_cmpuint (found2->len, ==, 1);
  g_assert_cmpstr (((VmcNumber *)found2->pdata[0])->digits, ==, "8432076650");
  g_assert_cmpuint (((VmcNumber *)found2->pdata[0])->first_word, ==, 4);
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

/* ---- the spoken forms of a number, as a JSGF grammar: expanded here to every phrase ---- */

typedef struct
{
  GHashTable *rules;   /* name -> body */
  const char *p;
} Expander;

static GPtrArray *expand_body (Expander *e, const char **p);

static GPtrArray *
cross (GPtrArray *heads,
       GPtrArray *tails)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < heads->len; i++)
    for (guint j = 0; j < tails->len; j++)
      {
        const char *a = heads->pdata[i], *b = tails->pdata[j];

        g_ptr_array_add (out, *a && *b ? g_strconcat (a, " ", b, NULL) : g_strconcat (a, b, NULL));
      }
  return out;
}

static GPtrArray *
single (const char *phrase)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (out, g_strdup (phrase));
  return out;
}

/* item* up to '|', ')' , ';' or the end */
static GPtrArray *
expand_sequence (Expander    *e,
                 const char **p)
{
  GPtrArray *acc = single ("");

  for (;;)
    {
      g_autoptr(GPtrArray) item = NULL;
      GPtrArray *next;

      while (**p == ' ')
        (*p)++;
      if (**p == '\0' || **p == '|' || **p == ')' || **p == ';')
        return acc;
      if (**p == '(')
        {
          (*p)++;
          item = expand_body (e, p);
          g_assert_cmpint (**p, ==, ')');
          (*p)++;
        }
      else if (**p == '<')
        {
          const char *end = strchr (*p, '>');
          g_autofree char *name = g_strndup (*p + 1, end - *p - 1);
          const char *body = g_hash_table_lookup (e->rules, name);

          g_assert_nonnull (body);
          item = expand_body (e, &body);
          *p = end + 1;
        }
      else
        {
          gsize len = strcspn (*p, " |);");
          g_autofree char *word = g_strndup (*p, len);

          item = single (word);
          *p += len;
        }
      next = cross (acc, item);
      g_ptr_array_unref (acc);
      acc = next;
    }
}

static GPtrArray *
expand_body (Expander    *e,
             const char **p)
{
  GPtrArray *all = expand_sequence (e, p);

  while (**p == '|')
    {
      g_autoptr(GPtrArray) alt = NULL;

      (*p)++;
      alt = expand_sequence (e, p);
      for (guint i = 0; i < alt->len; i++)
        g_ptr_array_add (all, g_strdup (alt->pdata[i]));
    }
  return all;
}

/* Every phrase the rules for @digits allow */
static GPtrArray *
spoken_forms (const char *digits)
{
  g_autoptr(GString) grammar = g_string_new (NULL);
  g_autoptr(GHashTable) rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  Expander e = { rules, NULL };
  const char *start = "x_0";

  vmc_number_append_spoken_forms (grammar, "x", digits);
  lines = g_strsplit (grammar->str, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *eq = strstr (lines[i], " =");

      if (!*lines[i])
        continue;
      g_assert_nonnull (eq);
      g_assert_true (g_str_has_suffix (lines[i], ";"));
      g_hash_table_insert (rules, g_strndup (lines[i] + 1, eq - lines[i] - 2), g_strdup (eq + 2));
    }
  start = g_hash_table_lookup (rules, start);
  return expand_body (&e, &start);
}

static gboolean
has_phrase (GPtrArray  *phrases,
            const char *phrase)
{
  return g_ptr_array_find_with_equal_func (phrases, phrase, g_str_equal, NULL);
}

static void
test_spoken_forms (void)
{
  g_autoptr(GPtrArray) a = spoken_forms ("8005551212");
  g_autoptr(GPtrArray) b = spoken_forms ("2019");
  g_autoptr(GPtrArray) c = spoken_forms ("3000");

  g_assert_true (has_phrase (a, "eight oh oh five five five one two one two"));
  g_assert_true (has_phrase (a, "eight zero zero five five five one two one two"));
  g_assert_true (has_phrase (a, "eight hundred triple five twelve twelve"));
  g_assert_true (has_phrase (a, "eight hundred five double five twelve one two"));
  g_assert_true (has_phrase (a, "eighty oh five fifty five twelve twelve"));
  g_assert_false (has_phrase (a, "eight hundred five five five one two one"));   /* a digit short */
  g_assert_false (has_phrase (a, "eighty five five five one two one two"));      /* "80" + "05" lost */
  g_assert_true (has_phrase (b, "twenty nineteen"));
  g_assert_true (has_phrase (b, "two oh one nine"));
  g_assert_true (has_phrase (b, "two zero nineteen"));
  g_assert_false (has_phrase (b, "twenty ninety"));
  g_assert_true (has_phrase (c, "three thousand"));
  g_assert_true (has_phrase (c, "thirty double zero"));
  g_assert_true (has_phrase (c, "three triple zero"));
  g_assert_false (has_phrase (c, "three hundred"));
  /* every phrase says the digits again */
  for (guint i = 0; i < a->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (a->pdata[i], " ", -1);
      g_autoptr(GPtrArray) found = vmc_find_numbers ((const char * const *)words,
                                                     g_strv_length (words), 1);
      GString *digits = g_string_new (NULL);

      for (guint j = 0; j < found->len; j++)
        g_string_append (digits, ((VmcNumber *)found->pdata[j])->digits);
      g_assert_cmpstr (digits->str, ==, "8005551212");
      g_string_free (digits, TRUE);
    }
}

static void
test_word_digits (void)
{
  static const char * const pairs[][2] = {
    { "oh", "0" }, { "zero", "0" }, { "seven", "7" }, { "for", "4" }, { "twelve", "12" },
    { "nineteen", "19" }, { "ninety", "90" }, { "hundred", "00" }, { "thousand", "000" },
    { "hello", NULL }, { "double", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *digits = vmc_number_word_digits (pairs[i][0]);

      g_assert_cmpstr (digits, ==, pairs[i][1]);
    }
  g_assert_true (vmc_number_is_digit_word ("oh"));
  g_assert_false (vmc_number_is_digit_word ("twenty"));
  g_assert_cmpuint (vmc_digits_edit_distance ("2065114890", "2065114892"), ==, 1);
  g_assert_cmpuint (vmc_digits_edit_distance ("5129485", "5129484002"), ==, 4);
  g_assert_cmpuint (vmc_digits_edit_distance ("", "123"), ==, 3);
}

static char *
joined (GPtrArray *words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", ((VmcWord *)g_ptr_array_index (words, i))->word);
  return g_string_free (s, FALSE);
}

/* A thorough analysis keeps the live pass's numbers: the thorough words said meanwhile are
 * replaced, and so are the thorough pass's number words that run on from them, which would
 * otherwise join the number kept */
static void
test_keep_live_numbers (void)
{
  static const struct { const char *live, *thorough, *kept; } kept_cases[] = {
    /* digits heard before the number, where the live pass heard words */
    { "the ash the @1.7 ~1.2 road ~0.3 @3.0 four one three seven five six eight two two nine @6.0 before one",
      "the ash be @1.7 two one one three @3.0 four one three seven five six eight two two nine @6.0 "
      "before one",
      "the ash be road four one three seven five six eight two two nine before one" },
    /* a digit after it, heard in the first part of the next word */
    { "seventy seven twenty @1.7 the candidate you liked",
      "seventy seven twenty @1.7 ~0.15 six ~0.3 you liked",
      "seventy seven twenty you liked" },
    /* the thorough pass's own number where the live pass heard none is left alone */
    { "call me back thanks", "call me back @2.0 eight eight eight", "call me back eight eight eight" },
    /* the thorough digits differ within the number's time: the live pass's are kept */
    { "two one four five oh oh seven nine two three", "two one four five oh oh seven nine two two",
      "two one four five oh oh seven nine two three" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kept_cases); i++)
    {
      g_autoptr(GPtrArray) live = vmc_test_words (kept_cases[i].live, 0.3);
      g_autoptr(GPtrArray) words = vmc_test_words (kept_cases[i].thorough, 0.3);
      g_autofree char *got = NULL;

      _vmc_analysis_keep_live_numbers (words, live);
      got = joined (words);
      g_assert_cmpstr (got, ==, kept_cases[i].kept);
    }
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
  g_test_add_func ("/number/said-twice-at-once", test_said_twice_at_once);
  g_test_add_func ("/number/two-ten-digit-numbers", test_two_ten_digit_numbers);
  g_test_add_func ("/number/plausible", test_plausible);
  g_test_add_func ("/number/spoken-forms", test_spoken_forms);
  g_test_add_func ("/number/word-digits", test_word_digits);
  g_test_add_func ("/number/keep-live-numbers", test_keep_live_numbers);
  return g_test_run ();
}
