/* vmc-phrase.c: matching spoken phrases against short word patterns
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-phrase.h"

static const char * const number_words[] = {
  "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
  "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "hundred", "thousand", NULL
};

static const char * const time_words[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
  "tuesdays", "wednesdays", "thursdays", "fridays", "today", "tonight", "tomorrow", "morning",
  "mornings", "afternoon", "afternoons", "evening", "evenings", "noon", "midday", "lunch",
  "lunchtime", "o'clock", "am", "pm", "a.m.", "p.m.", "one", "two", "three", "four", "five",
  "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirty", "fifteen", "forty",
  "forty-five", "half", "quarter", "weekend", NULL
};

/* Word classes of the frame grammar: "<callv> <me> back" is "call me back", "ring us back", ... */
typedef struct
{
  const char         *name;
  const char * const *words;
} WordClass;

static const WordClass classes[] = {
  { "me", (const char * const[]){ "me", "us", NULL } },
  { "you", (const char * const[]){ "you", "ya", "y'all", NULL } },
  { "modal", (const char * const[]){ "could", "can", "would", "will", "might", "may", NULL } },
  /* verbs of phoning, and what one gives someone who is to phone */
  { "callv", (const char * const[]){ "call", "ring", "phone", "buzz", "dial", "telephone", NULL } },
  { "callnoun", (const char * const[]){ "call", "ring", "buzz", "shout", "holler", "callback",
                                        "jingle", "bell", "tinkle", "try", NULL } },
  /* verbs of meeting and talking */
  { "talkv", (const char * const[]){ "talk", "chat", "speak", "connect", "meet", "catch", "touch",
                                     "visit", "discuss", "sit", "hop", "jump", "walk", "show",
                                     "demo", "review", "go", "run", "share", "explore",
                                     "brainstorm", "compare", NULL } },
  /* a stretch of someone's time */
  { "while", (const char * const[]){ "minutes", "minute", "moment", "moments", "time", "seconds",
                                     "second", "sec", "mins", "min", NULL } },
  /* channels other than the phone line */
  { "channel", (const char * const[]){ "email", "e-mail", "emails", "mail", "text", "texts",
                                       "message", "note", "line", "dm", "linkedin", "whatsapp",
                                       "reply", "voicemail", "sms", NULL } },
  { "sendv", (const char * const[]){ "shoot", "drop", "send", "fire", "flick", "ping", "hit",
                                     "leave", "pop", "zap", "toss", NULL } },
  /* what a referrer does */
  { "referv", (const char * const[]){ "suggested", "recommended", "mentioned", "referred",
                                      "thought", "told", "passed", "gave", "introduced",
                                      "pointed", "asked", "wanted", "encouraged", "insisted",
                                      "said", "shared", "forwarded", "connected", "put",
                                      "sent", "urged", "figured", "felt", "suggests", "says",
                                      "thinks", "recommends", "mentions", NULL } },
  /* people the caller and the listener may have in common */
  { "relation", (const char * const[]){ "friend", "friends", "colleague", "colleagues",
                                        "coworker", "co-worker", "coworkers", "partner",
                                        "boss", "manager", "neighbor", "neighbour", "client",
                                        "contact", "connection", "acquaintance", "peer",
                                        "counterpart", "director", "teammate", "cousin",
                                        "brother", "sister", "classmate", "mentor", "vp",
                                        "ceo", "cfo", "assistant", "customer", "buddy",
                                        NULL } },
  /* gatherings people meet at */
  { "event", (const char * const[]){ "conference", "summit", "expo", "show", "event", "meetup",
                                     "webinar", "workshop", "dinner", "breakfast", "lunch",
                                     "luncheon", "mixer", "fair", "convention", "seminar",
                                     "panel", "outing", "tournament", "fundraiser", "gala",
                                     "session", "talk", "presentation", "keynote", "booth",
                                     "forum", "retreat", "party", "game", "open", "house",
                                     "networking", "chamber", "class", "course", "meeting",
                                     "symposium", "roundtable", "fest", "festival", "opener",
                                     "reunion", NULL } },
  /* the day of a month a deadline falls on: "by the twenty fifth" */
  { "ordinal", (const char * const[]){ "first", "second", "third", "fourth", "fifth", "sixth",
                                       "seventh", "eighth", "ninth", "tenth", "eleventh",
                                       "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                       "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                       "twentieth", "thirtieth", NULL } },
  /* who is being asked: the caller's own future actions are no request */
  { "iwill", (const char * const[]){ "i'll", "we'll", "i", "we", "i'm", "we're", NULL } },
  { NULL, NULL },
};

static const char * const *
word_class (const char *name,
            gsize       len)
{
  for (guint i = 0; classes[i].words; i++)
    if (strlen (classes[i].name) == len && strncmp (classes[i].name, name, len) == 0)
      return classes[i].words;
  g_critical ("unknown word class <%.*s>", (int)len, name);
  return NULL;
}

gboolean
vmc_word_is_number_word (const char *word)
{
  return g_strv_contains (number_words, word);
}

gboolean
vmc_word_is_time_word (const char *word)
{
  return g_strv_contains (time_words, word);
}

/* Does @word match one alternative (a word, "*", "#", "@" or "<class>") of tok[0..len)? */
static gboolean
alternative_matches (const char *alt,
                     gsize       len,
                     const char *word)
{
  if (len == 1 && alt[0] == '*')
    return TRUE;
  if (len == 1 && alt[0] == '#')
    return vmc_word_is_number_word (word);
  if (len == 1 && alt[0] == '@')
    return vmc_word_is_time_word (word);
  if (len > 2 && alt[0] == '<' && alt[len - 1] == '>')
    {
      const char * const *cls = word_class (alt + 1, len - 2);

      return cls && g_strv_contains (cls, word);
    }
  return len == strlen (word) && strncmp (alt, word, len) == 0;
}

/* How many words from @at one alternative of a pattern word matches: a single word, or
 * words joined by '+' ("i+am" is "i am"); 0 when it does not match. */
static guint
alternative_length (const char * const *words,
                    guint               n,
                    guint               at,
                    const char         *alt,
                    gsize               len)
{
  guint count = 0;

  while (len > 0)
    {
      const char *plus = memchr (alt, '+', len);
      gsize one = plus ? (gsize)(plus - alt) : len;

      if (at + count >= n || !alternative_matches (alt, one, words[at + count]))
        return 0;
      count++;
      if (!plus)
        break;
      alt += one + 1;
      len -= one + 1;
    }
  return count;
}

/* Returns the number of words matched + 1, or 0 when the pattern does not match. Every
 * alternative of a pattern word is tried, and the longest whole match wins. */
static guint
match_rest (const char * const *words,
            guint               n,
            guint               at,
            const char         *p)
{
  const char *end, *tok;
  gboolean optional;
  gsize len;
  guint best = 0;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return 1;

  optional = (*p == '?');
  if (optional)
    p++;
  end = strchr (p, ' ');
  len = end ? (gsize)(end - p) : strlen (p);

  for (tok = p; tok < p + len;)
    {
      const char *bar = memchr (tok, '|', (gsize)(p + len - tok));
      gsize alt = bar ? (gsize)(bar - tok) : (gsize)(p + len - tok);
      guint used = alternative_length (words, n, at, tok, alt);
      guint r;

      if (used > 0 && (r = match_rest (words, n, at + used, p + len)) > 0)
        best = MAX (best, r + used);
      tok += alt + 1;
    }
  if (optional)
    best = MAX (best, match_rest (words, n, at, p + len));
  return best;
}

/**
 * vmc_phrase_match:
 * @words: lower-case words
 * @n_words: how many
 * @at: where the phrase must start
 * @pattern: see vmc-phrase.h
 *
 * Returns: how many words the pattern matched at @at (0: no match)
 */
guint
vmc_phrase_match (const char * const *words,
                  guint               n_words,
                  guint               at,
                  const char         *pattern)
{
  guint r;

  g_return_val_if_fail (pattern != NULL, 0);

  if (at >= n_words)
    return 0;
  r = match_rest (words, n_words, at, pattern);
  return r > 1 ? r - 1 : 0;
}

/**
 * vmc_phrase_match_any:
 * @length: (out) (optional): the longest match's length
 *
 * Returns: whether any of the %NULL-terminated @patterns matches at @at
 */
gboolean
vmc_phrase_match_any (const char * const *words,
                      guint               n_words,
                      guint               at,
                      const char * const *patterns,
                      guint              *length)
{
  guint best = 0;

  for (guint k = 0; patterns[k]; k++)
    best = MAX (best, vmc_phrase_match (words, n_words, at, patterns[k]));
  if (length)
    *length = best;
  return best > 0;
}
