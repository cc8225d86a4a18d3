/* vmc-element.c: the parts of a message a listener needs (name, number, ask, ...)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Voicemails are unpunctuated speech, so each part is found from a trigger phrase ("call me
 * back", "mutual friend", "you can only reach me") and widened to its clause: left over the
 * words that lead into such a request ("could you", "i'd love to"), right until the next
 * clause begins (another trigger, "again", "thanks", a phone number, a long pause). Numbers
 * come from vmc_find_numbers(); the first one is the callback number, a later one with
 * nearly the same digits is the closing number. With a plan the caller's name is looked up
 * by its words first.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-element.h"
#include "vmc-number.h"
#include "vmc-phrase.h"
#include "vmc-word.h"

static const char * const kind_names[VMC_N_ELEMENT_KINDS] = {
  "name", "number", "closing_number", "ask", "rapport", "demand", "alternate_contact",
  "time_window", "company", "reason", "thanks",
};

const char *
vmc_element_kind_to_string (VmcElementKind kind)
{
  g_return_val_if_fail (kind < VMC_N_ELEMENT_KINDS, NULL);
  return kind_names[kind];
}

void
vmc_element_free (VmcElement *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self->digits);
  g_free (self->extension);
  g_free (self);
}

/**
 * vmc_elements_find:
 *
 * Returns: (transfer none) (nullable): the first element of @kind
 */
VmcElement *
vmc_elements_find (GPtrArray      *elements,
                   VmcElementKind  kind)
{
  for (guint i = 0; i < elements->len; i++)
    {
      VmcElement *e = g_ptr_array_index (elements, i);

      if (e->kind == kind)
        return e;
    }
  return NULL;
}

/* ---- vocabulary ------------------------------------------------------------------------- */

/* Words that cannot be part of a person's name. */
static const char * const not_name[] = {
  "a", "an", "the", "and", "or", "but", "so", "of", "in", "on", "at", "to", "for", "from", "with",
  "by", "about", "regarding", "as", "into", "over", "up", "out", "off", "back", "just", "only",
  "also", "still", "again", "here", "there", "now", "then", "today", "tomorrow", "this", "that",
  "these", "those", "it", "it's", "is", "was", "be", "been", "am", "are", "were", "i", "i'm",
  "i'd", "i'll", "i've", "me", "my", "mine", "you", "your", "you're", "we", "we're", "our", "us",
  "he", "she", "they", "them", "his", "her", "their", "who", "what", "when", "where", "why",
  "how", "hi", "hello", "hey", "good", "morning", "afternoon", "evening", "thanks", "thank",
  "bye", "goodbye", "calling", "call", "called", "reaching", "following", "trying", "looking",
  "hoping", "going", "getting", "just", "quick", "quickly", "really", "very", "sorry", "glad",
  "happy", "sure", "not", "no", "yes", "okay", "ok", "well", "all", "some", "any", "one",
  "number", "phone", "line", "office", "available", "free", "only", "interested", "excited",
  "important", "urgent", "regarding", "re", "following", "wondering", "checking", "leaving",
  "message", "voicemail", "because", "since", "if", "do", "did", "does", "have", "has", "had",
  "can", "could", "would", "will", "should", "may", "might", "must", "need", "want", "wanted",
  "like", "love", "let", "know", "get", "give", "got", "see", "saw", "hear", "talk", "speak",
  "name", "name's", "its", "uh", "um", "been", "me", "again", "once", "more", "best", "direct", "reason",
  "cell", "email", "text", "real", "great", "nice", "busy", "back", "down", "finally",
  NULL
};

/* Words after which a company name may follow the caller's name. */
static const char * const company_lead[] = {
  "from", "with", "at", "calling from", "here from", "here with", "here at", "over at", NULL
};

static const char * const name_cues[] = {
  "my name is", "my name's", "name's", "this is", "it's", "it is", "hi it's", "hey it's", NULL
};

static const char * const ask_triggers[] = {
  "call|ring me back", "call|ring us back", "give me a call|ring|buzz|shout",
  "give us a call|ring", "return my call", "return the call", "get back to me",
  "call me when", "call me at your", "call me anytime|tomorrow|today",
  "let me know", "let's", "would|will you be open|available|free|interested",
  "are you open|available|free", "do you have|got ?a few ?minutes|moment|time",
  "is there a good time", "a good time to", "the best time to", "set up ?a|some|a|the",
  "schedule ?a|some", "book ?a|some", "grab ?a coffee|lunch|time|minutes",
  "find a|some time", "love to chat|talk|connect|meet|speak|show|walk|hear|catch",
  "like to chat|talk|connect|meet|speak|set|schedule|show|walk|book|hear|catch",
  "could|can we chat|talk|meet|connect|speak|set|schedule|find",
  "hop|jump on a call", "reach back out", "look forward to hearing",
  "looking forward to hearing", "hear back", "set a time", "get together", NULL
};

static const char * const demand_triggers[] = {
  "immediately", "right away", "right now", "asap", "as soon as possible", "you need to",
  "you must", "you have to", "you've got to", "you better", "you'd better", "i need you to",
  "i expect", "i demand", "i insist", "no later than", "by end of day", "by the end of ?the day",
  "it's urgent that", "make sure you", "don't ignore", "without delay", "at once",
  "call me today", "call me back today", NULL
};

static const char * const rapport_triggers[] = {
  "mutual friend|contact|connection|acquaintance|colleague|client", "our friend",
  "a friend of", "recommended", "referred", "referral", "suggested", "mentioned you|that|your",
  "we met", "i met", "met you", "great meeting|talking|chatting|seeing",
  "enjoyed meeting|talking|chatting|your", "nice meeting|talking|chatting",
  "gave me your name|number", "passed along|on your", "told me about|you", "introduced",
  "we spoke", "we talked", "we chatted", "saw your post|talk|presentation|article",
  "congratulations", "fellow", "alumni", "we both", "worked with your", "your colleague",
  "your coworker|co-worker", "i give you a call", "i reach out", "i call you",
  "i get in touch", "i contact you", "you might be interested", "give you a call", NULL
};

static const char * const alternate_triggers[] = {
  "email|e-mail|emailing|emails", "text|texting", "text message", "cell|cellphone|mobile",
  "cell phone", "assistant", "linkedin", "whatsapp", "send me a message|note|line",
  "other number", "second number", "home number", "voicemail box", "my website", NULL
};

static const char * const window_triggers[] = {
  "only", "between @ and|to @", "from @ to|till|until @", "after @ o'clock", "before @ o'clock",
  "until @ o'clock", NULL
};

static const char * const reason_triggers[] = {
  "the reason for|of my call", "the reason i'm calling", "i'm calling about|regarding|because|to",
  "i am calling about|regarding|because|to", "calling about|regarding", "i wanted to",
  "i want to", "following up on|about", "follow up on|about", "reaching out about|regarding|because|to",
  "touching base", "i'm reaching out", "i saw that", "for my call", NULL
};

static const char * const thanks_triggers[] = {
  "thank you", "thanks", "appreciate", "grateful", NULL
};

/* Where a clause starts: another part of the message begins here. */
static const char * const boundaries[] = {
  "again", "once more", "that number", "that's", "my number", "my direct", "my phone",
  "the best number", "best number", "you can reach me", "reach me at", "call me at",
  "you can call me", "my cell", "thanks", "thank you", "bye", "talk soon", "talk to you",
  "have a great|good|nice|wonderful", "i really", "take care", "the reason", "i'm calling",
  "i am calling", "i wanted", "hello", "hi", "hey", "this is", "my name", "feel free",
  "you can also", "or send", "or email", "i'm only", "i am only", "we met", "our mutual",
  "i'd love", "let me know", "would you", "could you", "please", "looking forward", "i look forward",
  "i want", "i'm reaching", "i'm following",
  "i hope", "hope", "anyway", "so", NULL
};

/* Words that lead into a request or a clause: "could you", "i'd love to", "feel free to". */
static const char * const lead_in[] = {
  "please", "could", "would", "can", "will", "you", "if", "i'd", "i", "love", "like", "to",
  "just", "maybe", "perhaps", "feel", "free", "go", "ahead", "and", "we", "be", "great", "it",
  "it'd", "also", "or", "our", "my", "a", "your", "i'm", "am", "so", "really", "kindly", "do",
  "are", "the", "an", "send", "shoot", "drop", NULL
};

/* Before a demand also the request it makes demanding: "call me back immediately". */
static const char * const demand_lead_in[] = {
  "call", "ring", "return", "this", "get", "to", "hear", "from", "reply", "respond", "contact",
  "me", "back", "you", "please", "i", "need", "must", NULL
};

/* ---- state -------------------------------------------------------------------------------- */

typedef struct
{
  GPtrArray   *words;   /* VmcWord, all of them */
  const char **w;       /* the words that are not fillers */
  guint       *idx;     /* w[k] is words[idx[k]] */
  guint        n;
  GPtrArray   *numbers; /* VmcNumber over w */
  gboolean    *in_number;
  gboolean    *claimed; /* the word is already part of an element */
  guint       *starts;  /* bit k: a trigger of clause kind k starts at this word */
  GPtrArray   *out;     /* VmcElement */
} Detect;

static double
word_gap (Detect *d,
          guint   k)   /* pause before w[k] */
{
  const VmcWord *a, *b;

  if (k == 0 || k >= d->n)
    return 0.0;
  a = g_ptr_array_index (d->words, d->idx[k - 1]);
  b = g_ptr_array_index (d->words, d->idx[k]);
  return b->start - a->end;
}

static gboolean
is_number_start (Detect *d,
                 guint   k)
{
  for (guint i = 0; i < d->numbers->len; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (num->first_word == k)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_boundary (Detect             *d,
             guint               k,
             const char * const *own,
             int                 own_kind)
{
  if (k >= d->n || d->claimed[k])
    return TRUE;
  if (own && vmc_phrase_match_any (d->w, d->n, k, own, NULL))
    return FALSE;
  if (own_kind >= 0 && (d->starts[k] & ~(1u << own_kind)) != 0)
    return TRUE;
  return vmc_phrase_match_any (d->w, d->n, k, boundaries, NULL) || is_number_start (d, k) ||
         word_gap (d, k) > 0.6;
}

static VmcElement *
add_element (Detect         *d,
             VmcElementKind  kind,
             guint           first,   /* indexes into w */
             guint           last)
{
  VmcElement *e = g_new0 (VmcElement, 1);
  const VmcWord *a, *b;
  GString *text = g_string_new (NULL);

  e->kind = kind;
  e->first_word = d->idx[first];
  e->last_word = d->idx[last];
  a = g_ptr_array_index (d->words, e->first_word);
  b = g_ptr_array_index (d->words, e->last_word);
  e->start = a->start;
  e->end = b->end;
  for (guint i = e->first_word; i <= e->last_word; i++)
    {
      const VmcWord *w = g_ptr_array_index (d->words, i);

      if (text->len)
        g_string_append_c (text, ' ');
      g_string_append (text, w->word);
    }
  e->text = g_string_free (text, FALSE);
  g_ptr_array_add (d->out, e);
  for (guint k = first; k <= last; k++)
    d->claimed[k] = TRUE;
  return e;
}

/* ---- clause finders ------------------------------------------------------------------------ */

typedef struct
{
  const char * const *triggers;
  guint               max_left;   /* lead-in words taken before the trigger */
  guint               max_right;  /* words taken after the trigger */
  gboolean            name_left;  /* one unknown word may precede ("lisa suggested") */
  const char * const *more_lead;  /* lead-in words of this kind only */
  gboolean          (*accept) (const char * const *w, guint n, guint at, guint len);
} ClauseSpec;

/* "give you a call" is a referral ("Lisa suggested I give you a call"), not "I'll give you a
 * call" or "I wanted to give you a call" */
static gboolean
rapport_accept (const char * const *w,
                guint               n,
                guint               at,
                guint               len)
{
  static const char * const not_after[] = {
    "i'll", "will", "to", "i'd", "gonna", "can", "could", "would", "should", "might", "may",
    "let", "me", "just", "i", "we'll", "we", NULL
  };

  if (strcmp (w[at], "give") != 0)
    return TRUE;
  return at > 0 && !g_strv_contains (not_after, w[at - 1]);
}

/* "only" makes a time window when a time follows: "only on thursday from ten to noon",
 * not "it will only take a minute". */
static gboolean
window_accept (const char * const *w,
               guint               n,
               guint               at,
               guint               len)
{
  if (strcmp (w[at], "only") != 0)
    return TRUE;
  for (guint k = at + len; k < MIN (n, at + len + 8); k++)
    {
      /* a day, a part of the day, a clock time, or a range of numbers ("ten to noon") */
      if (vmc_word_is_time_word (w[k]) && !vmc_word_is_number_word (w[k]))
        return TRUE;
      if (vmc_phrase_match (w, n, k, "# to|and|till|until|through @") > 0)
        return TRUE;
    }
  return FALSE;
}

static void
find_clauses (Detect           *d,
              VmcElementKind    kind,
              const ClauseSpec *spec)
{
  for (guint k = 0; k < d->n; k++)
    {
      guint len, first, last, left = 0;

      if (d->claimed[k] || d->in_number[k] ||
          !vmc_phrase_match_any (d->w, d->n, k, spec->triggers, &len) ||
          (spec->accept && !spec->accept (d->w, d->n, k, len)))
        continue;

      first = k;
      while (first > 0 && left < spec->max_left && !d->claimed[first - 1] && !d->in_number[first - 1] &&
             word_gap (d, first) < 0.6 &&
             (g_strv_contains (lead_in, d->w[first - 1]) ||
              (spec->more_lead && g_strv_contains (spec->more_lead, d->w[first - 1])) ||
              (spec->name_left && left == 0 && !g_strv_contains (not_name, d->w[first - 1]))))
        {
          first--;
          left++;
        }

      last = k + len - 1;
      for (guint r = 0; r < spec->max_right && !is_boundary (d, last + 1, spec->triggers, kind) &&
           !d->in_number[last + 1]; r++)
        last++;

      /* a clause that continues the previous one of the same kind joins it */
      if (d->out->len > 0)
        {
          VmcElement *prev = g_ptr_array_index (d->out, d->out->len - 1);

          if (prev->kind == kind && prev->last_word + 2 >= d->idx[first])
            {
              guint pf = 0;

              while (d->idx[pf] != prev->first_word)
                pf++;
              g_ptr_array_remove_index (d->out, d->out->len - 1);
              for (guint i = pf; i <= last; i++)
                d->claimed[i] = FALSE;
              add_element (d, kind, pf, last);
              k = last;
              continue;
            }
        }
      add_element (d, kind, first, last);
      k = last;
    }
}


/* ---- name and company ---------------------------------------------------------------------- */

static gboolean
name_word (Detect *d,
           guint   k)
{
  return k < d->n && !d->in_number[k] && !g_strv_contains (not_name, d->w[k]) &&
         !vmc_word_is_number_word (d->w[k]) && strlen (d->w[k]) > 1;
}

static void
add_company_after (Detect  *d,
                   guint    k,
                   const VmcPlan *plan)
{
  guint len, first, last;

  if (!vmc_phrase_match_any (d->w, d->n, k, company_lead, &len))
    return;
  first = k + len;
  if (!name_word (d, first))
    return;
  last = first;
  while (last + 1 < d->n && last - first < 3 && name_word (d, last + 1) &&
         !is_boundary (d, last + 1, NULL, -1))
    last++;
  /* with a plan, keep to the company's own words */
  if (plan && plan->company)
    {
      g_auto(GStrv) cw = g_strsplit (plan->company, " ", -1);

      while (last > first && !g_strv_contains ((const char * const *)cw, d->w[last]))
        last--;
    }
  add_element (d, VMC_ELEMENT_COMPANY, first, last);
}

static gboolean
find_name_from_plan (Detect        *d,
                     const VmcPlan *plan)
{
  g_auto(GStrv) parts = NULL;

  if (!plan || !plan->caller_name)
    return FALSE;
  parts = vmc_plan_get_name_words (plan);
  for (guint k = 0; k < d->n; k++)
    {
      guint last = k;

      if (!g_strv_contains ((const char * const *)parts, d->w[k]))
        continue;
      while (last + 1 < d->n && g_strv_contains ((const char * const *)parts, d->w[last + 1]))
        last++;
      add_element (d, VMC_ELEMENT_NAME, k, last);
      add_company_after (d, last + 1, plan);
      return TRUE;
    }
  return FALSE;
}

/* "hello linda, mike johnson here from acme": after the greeting and the listener's name,
 * one or two words followed closely by "here", "from", "with" or "calling". */
static gboolean
find_name_after_greeting (Detect        *d,
                          const VmcPlan *plan)
{
  static const char * const greetings[] = {
    "hi", "hello", "hey", "good morning|afternoon|evening", "morning", NULL
  };
  static const char * const after_name[] = {
    "here", "from", "with", "calling", "at", NULL
  };
  guint k = 0, len, skipped = 0;

  if (!vmc_phrase_match_any (d->w, d->n, 0, greetings, &len))
    return FALSE;
  k = len;
  if (name_word (d, k))
    k++;   /* the listener's name */
  while (k < d->n && !name_word (d, k) && skipped < 2 &&
         !vmc_phrase_match_any (d->w, d->n, k, boundaries, NULL))
    k++, skipped++;
  if (!name_word (d, k))
    return FALSE;
  for (guint j = k + 1; j < MIN (k + 5, d->n); j++)
    if (vmc_phrase_match_any (d->w, d->n, j, after_name, NULL))
      {
        guint last = (j > k + 1 && name_word (d, k + 1)) ? k + 1 : k;

        add_element (d, VMC_ELEMENT_NAME, k, last);
        add_company_after (d, j, plan);
        return TRUE;
      }
  return FALSE;
}

static void
find_name (Detect        *d,
           const VmcPlan *plan)
{
  guint len;

  if (find_name_from_plan (d, plan))
    return;

  for (guint k = 0; k < d->n; k++)
    {
      guint first = 0, last = 0;
      gboolean found = FALSE;

      if (vmc_phrase_match_any (d->w, d->n, k, name_cues, &len) && name_word (d, k + len))
        {
          first = last = k + len;
          if (name_word (d, last + 1) && !is_boundary (d, last + 1, NULL, -1) &&
              !vmc_phrase_match_any (d->w, d->n, last + 1, company_lead, NULL))
            last++;
          found = TRUE;
        }
      else if ((strcmp (d->w[k], "i'm") == 0 || vmc_phrase_match (d->w, d->n, k, "i am") > 0) &&
               k < 8)
        {
          guint at = k + (d->w[k][1] == '\'' ? 1 : 2);

          /* "i'm sarah miller from ..." but not "i'm calling", "i'm only in on ..." */
          if (name_word (d, at) && (name_word (d, at + 1) ||
                                    vmc_phrase_match_any (d->w, d->n, at + 1, company_lead, NULL)))
            {
              first = at;
              last = name_word (d, at + 1) ? at + 1 : at;
              found = TRUE;
            }
        }
      else if (strcmp (d->w[k], "here") == 0 && k > 0 && k < 14 && name_word (d, k - 1) &&
               !(k + 1 < d->n && g_strv_contains ((const char * const[]){ "is", "are", "in", NULL },
                                                  d->w[k + 1])))
        {
          first = last = k - 1;
          if (first > 0 && name_word (d, first - 1))
            first--;
          found = TRUE;
        }

      if (found)
        {
          add_element (d, VMC_ELEMENT_NAME, first, last);
          for (guint j = last + 1; j < MIN (last + 4, d->n); j++)
            if (vmc_phrase_match_any (d->w, d->n, j, company_lead, NULL))
              {
                add_company_after (d, j, plan);
                break;
              }
          return;
        }
    }
  find_name_after_greeting (d, plan);
}

/* ---- numbers -------------------------------------------------------------------------------- */

static gboolean
introduced_as_other_channel (Detect    *d,
                             VmcNumber *num)
{
  guint from = num->first_word > 5 ? num->first_word - 5 : 0;

  for (guint k = from; k < num->first_word; k++)
    if (vmc_phrase_match_any (d->w, d->n, k, (const char * const[]){
          "cell|cellphone|mobile|assistant|fax|home", "text", "other number", "second number", NULL }, NULL))
      return TRUE;
  return FALSE;
}

/* A number of no phone number's length, within two digits of the other mention of it (or of
 * the planned number), was misheard: a quick "oh" is easily swallowed, a short word taken for
 * a digit. Numbers of a plausible length are left as heard, so that a wrong digit is still
 * caught. */
static void
repair_digits (VmcElement *e,
               const char *other)
{
  if (e && other && !vmc_number_is_plausible (e->digits) && vmc_number_is_plausible (other) &&
      vmc_digits_edit_distance (e->digits, other) <= 2)
    {
      g_free (e->digits);
      e->digits = g_strdup (other);
    }
}

static VmcElement *
add_number (Detect         *d,
            VmcElementKind  kind,
            VmcNumber      *num)
{
  VmcElement *e = add_element (d, kind, num->first_word, num->last_word);

  e->digits = g_strdup (num->digits);
  e->n_heard = (guint)strlen (num->digits);
  e->extension = g_strdup (num->extension);
  return e;
}

static void
find_numbers (Detect        *d,
              const VmcPlan *plan)
{
  VmcNumber *first = NULL, *closing = NULL;
  guint first_i = 0;

  if (d->numbers->len == 0)
    return;

  /* the callback number: the planned one when it was said, else the first one that is not
   * introduced as another channel ("my cell is ...") */
  for (guint i = 0; i < d->numbers->len && !first; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (plan && plan->callback_number &&
          vmc_digits_edit_distance (num->digits, plan->callback_number) <= strlen (plan->callback_number) / 3)
        first = num, first_i = i;
    }
  for (guint i = 0; i < d->numbers->len && !first; i++)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);

      if (!introduced_as_other_channel (d, num))
        first = num, first_i = i;
    }
  if (!first)
    first = g_ptr_array_index (d->numbers, 0), first_i = 0;

  for (guint i = d->numbers->len; i-- > first_i + 1;)
    {
      VmcNumber *num = g_ptr_array_index (d->numbers, i);
      guint dist = vmc_digits_edit_distance (num->digits, first->digits);

      if (dist <= MAX (strlen (first->digits), strlen (num->digits)) / 3 ||
          !introduced_as_other_channel (d, num))
        {
          closing = num;
          break;
        }
    }

  {
    VmcElement *a = add_number (d, VMC_ELEMENT_NUMBER, first);
    VmcElement *b = closing ? add_number (d, VMC_ELEMENT_CLOSING_NUMBER, closing) : NULL;

    repair_digits (a, plan ? plan->callback_number : NULL);
    repair_digits (b, plan ? plan->callback_number : NULL);
    if (b)
      {
        repair_digits (a, b->digits);
        repair_digits (b, a->digits);
      }
  }
}

/* ---- putting it together ---------------------------------------------------------------- */

static int
compare_elements (gconstpointer pa,
                  gconstpointer pb)
{
  const VmcElement *a = *(VmcElement **)pa, *b = *(VmcElement **)pb;

  if (a->first_word != b->first_word)
    return a->first_word < b->first_word ? -1 : 1;
  return (int)a->kind - (int)b->kind;
}

/**
 * vmc_detect_elements:
 * @words: (element-type VmcWord): the recognized words
 * @plan: (nullable): the caller's plan
 *
 * Returns: (transfer full) (element-type VmcElement): the elements found, in order
 */
GPtrArray *
vmc_detect_elements (GPtrArray     *words,
                     const VmcPlan *plan)
{
  static const ClauseSpec ask = { ask_triggers, 4, 8, FALSE, NULL, NULL };
  static const ClauseSpec demand = { demand_triggers, 5, 8, FALSE, demand_lead_in, NULL };
  static const ClauseSpec rapport = { rapport_triggers, 3, 8, TRUE, NULL, rapport_accept };
  static const ClauseSpec alternate = { alternate_triggers, 5, 9, FALSE, NULL, NULL };
  static const ClauseSpec window = { window_triggers, 4, 10, FALSE, NULL, window_accept };
  static const ClauseSpec reason = { reason_triggers, 1, 10, FALSE, NULL, NULL };
  static const ClauseSpec thanks = { thanks_triggers, 2, 3, FALSE, NULL, NULL };
  Detect d = { 0 };
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify)vmc_element_free);

  g_return_val_if_fail (words != NULL, out);

  d.words = words;
  d.w = g_new0 (const char *, words->len + 1);
  d.idx = g_new0 (guint, words->len + 1);
  for (guint i = 0; i < words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      if (!w->filler)
        {
          d.w[d.n] = w->word;
          d.idx[d.n++] = i;
        }
    }
  d.numbers = vmc_find_numbers (d.w, d.n, 7);
  d.in_number = g_new0 (gboolean, d.n + 1);
  for (guint i = 0; i < d.numbers->len; i++)
    {
      VmcNumber *num = g_ptr_array_index (d.numbers, i);

      for (guint k = num->first_word; k <= num->last_word; k++)
        d.in_number[k] = TRUE;
    }
  d.out = out;
  d.claimed = g_new0 (gboolean, d.n + 1);
  d.starts = g_new0 (guint, d.n + 1);

  if (d.n > 0)
    {
      /* the clause kinds, the most telling first: a demand is not also an ask */
      const struct { VmcElementKind kind; const ClauseSpec *spec; } order[] = {
        { VMC_ELEMENT_DEMAND, &demand }, { VMC_ELEMENT_TIME_WINDOW, &window },
        { VMC_ELEMENT_ALTERNATE_CONTACT, &alternate }, { VMC_ELEMENT_RAPPORT, &rapport },
        { VMC_ELEMENT_ASK, &ask }, { VMC_ELEMENT_REASON, &reason }, { VMC_ELEMENT_THANKS, &thanks },
      };

      for (guint k = 0; k < d.n; k++)
        for (guint o = 0; o < G_N_ELEMENTS (order); o++)
          {
            guint len;

            if (vmc_phrase_match_any (d.w, d.n, k, order[o].spec->triggers, &len) &&
                (!order[o].spec->accept || order[o].spec->accept (d.w, d.n, k, len)))
              d.starts[k] |= 1u << order[o].kind;
          }

      find_name (&d, plan);
      find_numbers (&d, plan);
      for (guint o = 0; o < G_N_ELEMENTS (order); o++)
        find_clauses (&d, order[o].kind, order[o].spec);
    }

  g_ptr_array_sort (out, compare_elements);
  g_ptr_array_unref (d.numbers);
  g_free (d.claimed);
  g_free (d.starts);
  g_free (d.in_number);
  g_free (d.idx);
  g_free (d.w);
  return out;
}
