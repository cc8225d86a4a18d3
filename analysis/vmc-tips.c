/* vmc-tips.c: the ten tips' rules
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule looks at the elements found and the metrics, and says what the rep did, where,
 * and what to do next. The thresholds are the ones a listener notices: a name in the first
 * seconds, a number early and slow enough to write down, the same number at the end, a
 * message under a minute, a voice that moves.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "vmc-analysis.h"
#include "vmc-lexicon.h"
#include "vmc-word.h"

/* The ten tips, in one place: adding one touches the enum and this table (and its judge) */
static const VmcTipInfo tips[VMC_N_TIPS] = {
  { VMC_TIP_PLAN, "plan", N_("Plan each call"),
    N_("Before you call, note who you are, your number, why you call, your ask and a rapport hook."), 6 },
  { VMC_TIP_NAME, "name", N_("Clearly state your name"),
    N_("Say your name early, and not rushed."), 12 },
  { VMC_TIP_NUMBER_EARLY, "number_early", N_("Give your number early"),
    N_("Right after your name, slowly enough to write down: about two digits a second."), 14 },
  { VMC_TIP_ENGAGED, "engaged", N_("Be engaged"),
    N_("Not monotone: let your pitch and energy vary."), 8 },
  { VMC_TIP_DIRECT, "direct", N_("Be direct"),
    N_("Say why you call, and ask for what you want."), 12 },
  { VMC_TIP_SHORT, "short", N_("Keep it short"),
    N_("A minute at most; 20 to 30 seconds is better."), 10 },
  { VMC_TIP_NO_DEMANDS, "no_demands", N_("Don’t make demands"),
    N_("“You need to call me today” loses; thanks and appreciation win."), 10 },
  { VMC_TIP_RAPPORT, "rapport", N_("Build rapport"),
    N_("A mutual contact, a shared event, a referral."), 8 },
  { VMC_TIP_ACCESSIBLE, "accessible", N_("Be easily accessible"),
    N_("Offer a second way to reach you, and no narrow window to call back in."), 8 },
  { VMC_TIP_CLOSING_NUMBER, "closing_number", N_("Conclude with your phone number"),
    N_("Say the same number again at the end."), 12 },
};

/**
 * vmc_tip_info:
 * @id: a tip
 *
 * Returns: (transfer none): what the tip is called, what it asks and what it weighs
 */
const VmcTipInfo *
vmc_tip_info (VmcTipId id)
{
  g_return_val_if_fail (id < VMC_N_TIPS, NULL);
  g_assert (tips[id].id == id);
  return &tips[id];
}

const char *
vmc_tip_id_to_string (VmcTipId id)
{
  g_return_val_if_fail (id < VMC_N_TIPS, NULL);
  return tips[id].key;
}

const char *
vmc_tip_title (VmcTipId id)
{
  g_return_val_if_fail (id < VMC_N_TIPS, NULL);
  /* in the user's language */
  return _(tips[id].title);
}

const char *
vmc_verdict_to_string (VmcVerdict verdict)
{
  static const char * const names[] = { "pass", "warn", "fail", "skip" };

  g_return_val_if_fail (verdict <= VMC_VERDICT_SKIP, NULL);
  return names[verdict];
}

/* Returns: a verdict as the result, the comparison and the reports title it, in the user's
 * language: "Pass", "Could be better", "Fix this", "Not judged" */
const char *
vmc_verdict_title (VmcVerdict verdict)
{
  switch (verdict)
    {
    case VMC_VERDICT_PASS: return _("Pass");
    case VMC_VERDICT_WARN: return _("Could be better");
    case VMC_VERDICT_FAIL: return _("Fix this");
    case VMC_VERDICT_SKIP:
    default:               return _("Not judged");
    }
}

/**
 * vmc_format_time:
 *
 * Returns: (transfer full): "0:07", "1:02"
 */
char *
vmc_format_time (double seconds)
{
  int s = (int)floor (MAX (seconds, 0.0) + 0.5);

  return g_strdup_printf ("%d:%02d", s / 60, s % 60);
}

/* "555 212 3456" for a 10-digit number, the digits as they are otherwise */
static char *
group_digits (const char *digits)
{
  gsize len = strlen (digits);

  if (len == 10)
    return g_strdup_printf ("%.3s %.3s %.4s", digits, digits + 3, digits + 6);
  if (len == 11 && digits[0] == '1')
    return g_strdup_printf ("1 %.3s %.3s %.4s", digits + 1, digits + 4, digits + 7);
  if (len == 7)
    return g_strdup_printf ("%.3s %.4s", digits, digits + 3);
  return g_strdup (digits);
}

static void
set_tip (VmcAnalysis      *self,
         VmcTipId          id,
         VmcVerdict        verdict,
         const VmcElement *evidence,
         const char       *format,
         ...) G_GNUC_PRINTF (5, 6);

static void
set_tip (VmcAnalysis      *self,
         VmcTipId          id,
         VmcVerdict        verdict,
         const VmcElement *evidence,
         const char       *format,
         ...)
{
  VmcTip *tip = &self->tips[id];
  va_list args;

  g_free (tip->message);
  tip->id = id;
  tip->verdict = verdict;
  va_start (args, format);
  tip->message = g_strdup_vprintf (format, args);
  va_end (args);
  tip->at = evidence ? evidence->start : -1.0;
  tip->first_word = evidence ? (int)evidence->first_word : -1;
  tip->last_word = evidence ? (int)evidence->last_word : -1;
}

static VmcElement *
find (VmcAnalysis    *self,
      VmcElementKind  kind)
{
  return vmc_elements_find (self->elements, kind);
}

/* Seconds from the first digit word (not "area code") to the end of the number. */
double
vmc_number_digits_per_second (GPtrArray        *words,
                              const VmcElement *number)
{
  const VmcWord *first = NULL, *last = g_ptr_array_index (words, number->last_word);

  for (guint i = number->first_word; i <= number->last_word && !first; i++)
    {
      const VmcWord *w = g_ptr_array_index (words, i);

      if (strcmp (w->word, "area") != 0 && strcmp (w->word, "code") != 0)
        first = w;
    }
  if (!first || last->end - first->start < 0.1)
    return 0.0;
  return (double)(number->n_heard ? number->n_heard : strlen (number->digits)) /
         (last->end - first->start);
}

/* How long a digit word of @number lasts, against the caller's other words: below 1 the
 * number was said faster than the rest of the message. 1 when there is nothing to compare. */
static double
digit_pace_ratio (VmcAnalysis      *self,
                  const VmcElement *number)
{
  double other = 0.0, digits = 0.0;
  guint n_other = 0, n_digits = 0;

  for (guint i = 0; i < self->words->len; i++)
    {
      const VmcWord *w = g_ptr_array_index (self->words, i);
      gboolean in_number = FALSE;

      if (w->filler)
        continue;
      for (guint k = 0; k < self->elements->len && !in_number; k++)
        {
          const VmcElement *e = g_ptr_array_index (self->elements, k);

          in_number = e->digits && i >= e->first_word && i <= e->last_word;
        }
      if (i >= number->first_word && i <= number->last_word)
        {
          digits += w->end - w->start;
          n_digits++;
        }
      else if (!in_number)
        {
          other += w->end - w->start;
          n_other++;
        }
    }
  if (n_other < 5 || n_digits == 0 || other <= 0.0)
    return 1.0;
  return (digits / n_digits) / (other / n_other);
}

static void
judge_plan (VmcAnalysis   *self,
            const VmcPlan *plan)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  VmcElement *number = find (self, VMC_ELEMENT_NUMBER);
  VmcElement *name = find (self, VMC_ELEMENT_NAME);

  if (plan == NULL)
    {
      set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_SKIP, NULL,
               _("No plan was given. Before you call, note who you are, your number, why you "
               "call, your ask and a rapport hook."));
      return;
    }
  if (!plan->caller_name)
    g_ptr_array_add (missing, _("your name"));
  if (!plan->callback_number)
    g_ptr_array_add (missing, _("your number"));
  if (!plan->goal)
    g_ptr_array_add (missing, _("why you call"));
  if (!plan->ask)
    g_ptr_array_add (missing, _("your ask"));
  if (!plan->rapport)
    g_ptr_array_add (missing, _("a rapport hook"));

  if (plan->callback_number && number && strcmp (number->digits, plan->callback_number) != 0)
    {
      g_autofree char *said = group_digits (number->digits);
      g_autofree char *want = group_digits (plan->callback_number);

      set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_FAIL, number,
               _("You said %s; your number is %s. Check each digit before you call."), said, want);
      return;
    }
  if (plan->callback_number && !number)
    {
      set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_FAIL, NULL,
               _("Your plan has a callback number but the message never gives it."));
      return;
    }
  if (plan->caller_name && !name)
    {
      set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_WARN, NULL,
               _("Your plan has your name but it was not heard in the message."));
      return;
    }
  if (missing->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < missing->len; i++)
        g_string_append_printf (list, "%s%s", i == 0 ? "" : (i + 1 == missing->len ? _(" and ") : _(", ")),
                                (char *)g_ptr_array_index (missing, i));
      set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_WARN, number,
               ngettext ("The message followed your plan. The plan lacks %s: add it next time.",
                         "The message followed your plan. The plan lacks %s: add them next time.",
                         missing->len), list->str);
      return;
    }
  set_tip (self, VMC_TIP_PLAN, VMC_VERDICT_PASS, number,
           _("Your plan covers who you are, your number, why you call, your ask and a rapport hook, "
           "and the message followed it."));
}

/* A name heard unsurely, or heard as words that are no names ("pretty raymond" for an
 * unusual surname), is one the listener may not catch either. */
static gboolean
name_unsure (VmcAnalysis      *self,
             const VmcElement *name)
{
  for (guint i = name->first_word; i <= name->last_word; i++)
    {
      const VmcWord *w = g_ptr_array_index (self->words, i);
      VmcLexiconClass cls = vmc_lexicon_lookup (w->word);

      if (w->filler)
        continue;
      if (w->confidence < VMC_NAME_UNSURE_CONFIDENCE || cls == VMC_LEXICON_COMMON)
        return TRUE;
    }
  return FALSE;
}

static void
judge_name (VmcAnalysis *self)
{
  VmcElement *name = find (self, VMC_ELEMENT_NAME);
  g_autofree char *at = NULL;
  guint n_words;
  double per_word;

  if (!name)
    {
      set_tip (self, VMC_TIP_NAME, VMC_VERDICT_FAIL, NULL,
               _("No name was heard. Start with “Hi, this is …” and your full name, said slowly."));
      return;
    }
  at = vmc_format_time (name->start);
  n_words = name->last_word - name->first_word + 1;
  per_word = (name->end - name->start) / n_words;
  if (name->start > VMC_NAME_EARLY_S)
    set_tip (self, VMC_TIP_NAME, VMC_VERDICT_WARN, name,
             _("You gave your name (“%s”) only at %s. Say it in the first few seconds."), name->text, at);
  else if (per_word < VMC_NAME_RUSHED_S_PER_WORD)
    set_tip (self, VMC_TIP_NAME, VMC_VERDICT_WARN, name,
             _("You gave your name (“%s”) at %s, but quickly (%.2f s a word). Slow down on it so it "
             "can be written down."), name->text, at, per_word);
  else if (name_unsure (self, name))
    set_tip (self, VMC_TIP_NAME, VMC_VERDICT_PASS, name,
             _("You gave your name at %s, early, but it was hard to make out (heard as “%s”). Say "
             "it slowly, and spell a surname people may not know."), at, name->text);
  else
    set_tip (self, VMC_TIP_NAME, VMC_VERDICT_PASS, name,
             _("You gave your name (“%s”) at %s, early and clearly."), name->text, at);
}

/* The request the message makes before @number is said (a demand is a request too), or
 * %NULL; "please call me at" leads straight into the number and does not count. */
static VmcElement *
request_before (VmcAnalysis      *self,
                const VmcElement *number)
{
  for (guint i = 0; i < self->elements->len; i++)
    {
      VmcElement *e = g_ptr_array_index (self->elements, i);

      if ((e->kind == VMC_ELEMENT_ASK || e->kind == VMC_ELEMENT_DEMAND) && e->start < number->start &&
          e->last_word + 2 < number->first_word)
        return e;
    }
  return NULL;
}

/* Said after the request or the reason, long after the name, or past the first 15 s. */
static gboolean
number_is_late (VmcAnalysis      *self,
                const VmcElement *number)
{
  VmcElement *name = find (self, VMC_ELEMENT_NAME);
  VmcElement *reason = find (self, VMC_ELEMENT_REASON);

  return number->start > VMC_NUMBER_EARLY_S || request_before (self, number) ||
         (reason && reason->start < number->start) ||
         (name && number->start - name->end > VMC_NUMBER_AFTER_NAME_S);
}

static void
judge_number (VmcAnalysis *self)
{
  VmcElement *number = find (self, VMC_ELEMENT_NUMBER);
  VmcElement *reason = find (self, VMC_ELEMENT_REASON);
  VmcElement *ask;
  g_autofree char *at = NULL;
  g_autofree char *grouped = NULL;
  double dps, rush;

  if (!number)
    {
      set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, NULL,
               _("No callback number was heard. Give it right after your name, slowly, in groups: "
               "“five five five, two one two, three four five six”."));
      return;
    }
  at = vmc_format_time (number->start);
  grouped = group_digits (number->digits);
  dps = self->metrics.number_digits_per_second;
  rush = digit_pace_ratio (self, number);

  ask = request_before (self, number);
  if (number_is_late (self, number))
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, number,
             _("Your number (%s) comes only at %s, after %s. Give it right after your name, so the "
             "listener has it before deciding to call back."), grouped, at,
             (ask && ask->start < number->start) ? _("your request") :
             (reason && reason->start < number->start) ? _("the reason for your call") : _("a long wait"));
  else if (dps > VMC_DIGITS_PER_S_FAIL)
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, number,
             _("You gave your number (%s) at %s, but at %.1f digits a second: too fast to write "
             "down. Aim for about two a second, with a pause between the groups."), grouped, at, dps);
  else if (dps > VMC_DIGITS_PER_S_EASY && rush < VMC_NUMBER_RUSH_RATIO)
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, number,
             _("You gave your number (%s) at %s, but rushed it: %.1f digits a second, faster than "
             "the rest of your message. Slow down on the number, to about two digits a second, "
             "with a pause between the groups."), grouped, at, dps);
  else if (dps > VMC_DIGITS_PER_S_WARN)
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_WARN, number,
             _("You gave your number (%s) at %s, a little fast (%.1f digits a second). Slow down "
             "to about two a second and pause between the groups."), grouped, at, dps);
  else if (dps > VMC_DIGITS_PER_S_EASY)
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, number,
             _("You gave your number (%s) early, at %s, at %.1f digits a second. A little slower "
             "(about two a second, pausing between the groups) is easier to write down."),
             grouped, at, dps);
  else
    set_tip (self, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, number,
             _("You gave your number (%s) early, at %s, at %.1f digits a second: easy to write "
             "down."), grouped, at, dps);
}

static void
judge_engaged (VmcAnalysis *self)
{
  const VmcMetrics *m = &self->metrics;

  if (m->voiced_seconds < VMC_MIN_VOICED_S)
    set_tip (self, VMC_TIP_ENGAGED, VMC_VERDICT_SKIP, NULL,
             _("Too little voiced speech to judge the pitch of your voice."));
  else if (m->pitch_range_st < VMC_PITCH_RANGE_FAIL_ST)
    set_tip (self, VMC_TIP_ENGAGED, VMC_VERDICT_FAIL, NULL,
             _("Your voice stays on one note (a pitch range of %.1f semitones). Let it rise and "
             "fall: smile, stress the reason for your call and your ask."), m->pitch_range_st);
  else if (m->pitch_range_st < VMC_PITCH_RANGE_WARN_ST)
    set_tip (self, VMC_TIP_ENGAGED, VMC_VERDICT_WARN, NULL,
             _("Your voice moves a little (a pitch range of %.1f semitones). More variation sounds "
             "more engaged."), m->pitch_range_st);
  else
    set_tip (self, VMC_TIP_ENGAGED, VMC_VERDICT_PASS, NULL,
             _("Your voice sounds engaged: its pitch moves over %.1f semitones."), m->pitch_range_st);
}

/* The first words of a long clause, enough to recognize it: "your card on file was declined …" */
static char *
short_quote (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", 9);

  if (g_strv_length (words) <= 8)
    return g_strdup (text);
  g_free (words[8]);
  words[8] = g_strdup ("…");
  return g_strjoinv (" ", words);
}

static void
judge_direct (VmcAnalysis *self)
{
  VmcElement *ask = find (self, VMC_ELEMENT_ASK);
  VmcElement *demand = find (self, VMC_ELEMENT_DEMAND);
  VmcElement *reason = find (self, VMC_ELEMENT_REASON);
  g_autofree char *at = NULL;

  if (demand)
    {
      g_autofree char *said = short_quote (demand->text);

      /* a demand is no direct request, even next to a polite one: it is what is heard */
      at = vmc_format_time (demand->start);
      set_tip (self, VMC_TIP_DIRECT, VMC_VERDICT_FAIL, demand,
               _("At %s you demanded (“%s”) instead of asking. Ask for what you want: “could you "
               "give me a call back?”"), at, said);
      return;
    }
  if (!ask)
    {
      set_tip (self, VMC_TIP_DIRECT, VMC_VERDICT_FAIL, reason,
               _("You never asked for anything. Say what you want: “could you give me a call "
               "back?” or “would you be open to a short call next week?”"));
      return;
    }
  at = vmc_format_time (ask->start);
  if (!reason)
    set_tip (self, VMC_TIP_DIRECT, VMC_VERDICT_WARN, ask,
             _("You asked (“%s” at %s), but did not say why you call. Add one sentence: “I’m "
             "calling about …”."), ask->text, at);
  else
    {
      g_autofree char *why_at = vmc_format_time (reason->start);
      g_autofree char *why = short_quote (reason->text);

      set_tip (self, VMC_TIP_DIRECT, VMC_VERDICT_PASS, ask,
               _("You said why you call (“%s” at %s) and asked clearly: “%s” at %s."), why, why_at,
               ask->text, at);
    }
}

static void
judge_short (VmcAnalysis              *self,
             const VmcAnalysisOptions *options)
{
  double d = self->duration;

  if (d > options->target_seconds)
    set_tip (self, VMC_TIP_SHORT, VMC_VERDICT_FAIL, NULL,
             _("The message runs %.0f s, %.0f s over the %.0f s limit. Cut it to the name, the "
             "number, the reason and the ask."), d, d - options->target_seconds, options->target_seconds);
  else if (d > options->ideal_seconds)
    set_tip (self, VMC_TIP_SHORT, VMC_VERDICT_PASS, NULL,
             _("The message runs %.0f s: under the %.0f s limit. %.0f s or less is better still."),
             d, options->target_seconds, options->ideal_seconds);
  else
    set_tip (self, VMC_TIP_SHORT, VMC_VERDICT_PASS, NULL,
             _("The message runs %.0f s: short and to the point."), d);
}

static void
judge_demands (VmcAnalysis *self)
{
  VmcElement *demand = find (self, VMC_ELEMENT_DEMAND);
  VmcElement *thanks = find (self, VMC_ELEMENT_THANKS);
  g_autofree char *at = NULL;

  if (demand)
    {
      at = vmc_format_time (demand->start);
      set_tip (self, VMC_TIP_NO_DEMANDS, VMC_VERDICT_FAIL, demand,
               _("At %s you said “%s”. Demands put people off: ask, and thank them for their "
               "time."), at, demand->text);
    }
  else if (thanks)
    {
      at = vmc_format_time (thanks->start);
      set_tip (self, VMC_TIP_NO_DEMANDS, VMC_VERDICT_PASS, thanks,
               _("No demands, and you showed appreciation (“%s” at %s)."), thanks->text, at);
    }
  else
    set_tip (self, VMC_TIP_NO_DEMANDS, VMC_VERDICT_PASS, NULL,
             _("No demands. A “thank you” at the end would make it warmer still."));
}

static void
judge_rapport (VmcAnalysis *self)
{
  VmcElement *rapport = find (self, VMC_ELEMENT_RAPPORT);
  g_autofree char *at = NULL;

  if (!rapport)
    {
      set_tip (self, VMC_TIP_RAPPORT, VMC_VERDICT_WARN, NULL,
               _("Nothing connects you to the listener. Mention a mutual contact, a referral or an "
               "event you shared: “Lisa suggested I give you a call”."));
      return;
    }
  at = vmc_format_time (rapport->start);
  set_tip (self, VMC_TIP_RAPPORT, VMC_VERDICT_PASS, rapport,
           _("You built rapport at %s: “%s”."), at, rapport->text);
}

static void
judge_accessible (VmcAnalysis *self)
{
  VmcElement *window = find (self, VMC_ELEMENT_TIME_WINDOW);
  VmcElement *alt = find (self, VMC_ELEMENT_ALTERNATE_CONTACT);
  g_autofree char *at = NULL;

  if (window)
    {
      at = vmc_format_time (window->start);
      set_tip (self, VMC_TIP_ACCESSIBLE, VMC_VERDICT_FAIL, window,
               _("At %s you limited when you can be reached (“%s”). Make it easy: any time, or "
               "leave a message%s."), at, window->text, alt ? "" : _(", and give an email or a cell"));
    }
  else if (!alt)
    set_tip (self, VMC_TIP_ACCESSIBLE, VMC_VERDICT_WARN, NULL,
             _("You gave one way to reach you. Add a second one: an email, a cell to text, or an "
             "assistant."));
  else
    {
      at = vmc_format_time (alt->start);
      set_tip (self, VMC_TIP_ACCESSIBLE, VMC_VERDICT_PASS, alt,
               _("You gave a second way to reach you at %s: “%s”."), at, alt->text);
    }
}

static void
judge_closing (VmcAnalysis *self)
{
  VmcElement *number = find (self, VMC_ELEMENT_NUMBER);
  VmcElement *closing = find (self, VMC_ELEMENT_CLOSING_NUMBER);
  g_autofree char *at = NULL;

  if (!number)
    {
      set_tip (self, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, NULL,
               _("No number was given, so there is none to repeat. End with your number, slowly."));
      return;
    }
  if (!closing)
    {
      if (number_is_late (self, number))
        {
          at = vmc_format_time (number->start);
          set_tip (self, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_WARN, number,
                   _("You gave your number only once, late (at %s), as many scripts do. Give it right "
                   "after your name, then repeat it at the end, so that a listener who missed it "
                   "once still has it."), at);
        }
      else
        set_tip (self, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, NULL,
                 _("You did not repeat your number at the end. Close with “again, that’s …” and "
                 "the number, slowly."));
      return;
    }
  at = vmc_format_time (closing->start);
  if (strcmp (closing->digits, number->digits) != 0)
    {
      g_autofree char *first = group_digits (number->digits);
      g_autofree char *last = group_digits (closing->digits);

      set_tip (self, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, closing,
               _("The number at the end (%s, at %s) is not the one you gave first (%s). Read it "
               "from your plan."), last, at, first);
    }
  else
    set_tip (self, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_PASS, closing,
             _("You repeated your number at the end (%s), the same as at first."), at);
}

static int
compute_score (const VmcAnalysis *self)
{
  double got = 0.0, total = 0.0;

  for (int i = 0; i < VMC_N_TIPS; i++)
    {
      const VmcTip *tip = &self->tips[i];

      if (tip->verdict == VMC_VERDICT_SKIP)
        continue;
      total += tips[i].weight;
      got += tips[i].weight * (tip->verdict == VMC_VERDICT_PASS ? 1.0 :
                               tip->verdict == VMC_VERDICT_WARN ? 0.5 : 0.0);
    }
  return total > 0 ? (int)lround (100.0 * got / total) : 0;
}

/**
 * vmc_judge_tips:
 *
 * Fills in the tips and the score from the elements and metrics.
 */
void
vmc_judge_tips (VmcAnalysis              *self,
                const VmcPlan            *plan,
                const VmcAnalysisOptions *options)
{
  judge_plan (self, plan);
  judge_name (self);
  judge_number (self);
  judge_engaged (self);
  judge_direct (self);
  judge_short (self, options);
  judge_demands (self);
  judge_rapport (self);
  judge_accessible (self);
  judge_closing (self);
  if (self->metrics.n_words == 0)
    {
      /* nothing said: nothing to praise */
      const VmcTipId moot[] = { VMC_TIP_ENGAGED, VMC_TIP_SHORT, VMC_TIP_NO_DEMANDS, VMC_TIP_RAPPORT,
                                VMC_TIP_ACCESSIBLE };

      for (guint i = 0; i < G_N_ELEMENTS (moot); i++)
        set_tip (self, moot[i], VMC_VERDICT_SKIP, NULL,
                 _("No speech was heard. Check that the microphone is on and close to you."));
    }
  self->score = compute_score (self);
}
