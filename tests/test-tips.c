/* test-tips.c: each tip's rule at its thresholds, the score and the report
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "vmc-analysis.h"
#include "vmc-json.h"
#include "vmc-test-util.h"

/* A good message: name at 1.1 s, number right after at ~2 digits a second, reason, ask,
 * rapport, a second channel, thanks, and the number again. */
#define GOOD \
  "hi tom this is ana ruiz from lumen labs ~0.5 my number is two one two / five five five / " \
  "one two three four ~0.3 lisa suggested i give you a call i'm calling about your renewal " \
  "could you give me a call back you can also email me at ana at lumen dot com thanks / " \
  "again that's ~0.5 two one two five five five one two three four"

static VmcProsody lively = { .voiced_seconds = 12.0, .pitch_median_hz = 180.0,
                             .pitch_range_st = 6.0, .pitch_stddev_st = 2.5 };

static VmcAnalysis *
analyze (const char       *said,
         double            duration,
         const VmcProsody *prosody,
         const VmcPlan    *plan)
{
  g_autoptr(GPtrArray) words = vmc_test_words (said, 0.3);

  return vmc_analysis_new (words, duration, prosody, plan, NULL);
}

static void
assert_tip (const VmcAnalysis *a,
            VmcTipId           id,
            VmcVerdict         verdict,
            const char        *says)
{
  const VmcTip *tip = &a->tips[id];

  if (tip->verdict != verdict || (says && !strstr (tip->message, says)))
    g_error ("tip %s: %s “%s”, expected %s with “%s”", vmc_tip_id_to_string (id),
             vmc_verdict_to_string (tip->verdict), tip->message, vmc_verdict_to_string (verdict),
             says ? says : "");
}

static void
test_good (void)
{
  g_autoptr(VmcAnalysis) a = analyze (GOOD, 24.0, &lively, NULL);

  assert_tip (a, VMC_TIP_PLAN, VMC_VERDICT_SKIP, "No plan");
  assert_tip (a, VMC_TIP_NAME, VMC_VERDICT_PASS, "(“ana ruiz”) at 0:02");
  assert_tip (a, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, "212 555 1234");
  assert_tip (a, VMC_TIP_ENGAGED, VMC_VERDICT_PASS, "6.0 semitones");
  assert_tip (a, VMC_TIP_DIRECT, VMC_VERDICT_PASS, "could you give me a call back");
  assert_tip (a, VMC_TIP_SHORT, VMC_VERDICT_PASS, "24 s");
  assert_tip (a, VMC_TIP_NO_DEMANDS, VMC_VERDICT_PASS, "thanks");
  assert_tip (a, VMC_TIP_RAPPORT, VMC_VERDICT_PASS, "lisa suggested");
  assert_tip (a, VMC_TIP_ACCESSIBLE, VMC_VERDICT_PASS, "email");
  assert_tip (a, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_PASS, NULL);
  g_assert_cmpint (a->score, ==, 100);
  g_assert_cmpfloat (a->tips[VMC_TIP_NAME].at, >, 1.0);
  g_assert_cmpint (a->tips[VMC_TIP_NAME].first_word, ==, 4);
  g_assert_cmpfloat_with_epsilon (a->metrics.number_digits_per_second, 10 / 6.6, 0.01);
  g_assert_cmpfloat_with_epsilon (a->metrics.longest_pause, 0.8, 1e-6);
}

static void
test_short (void)
{
  VmcAnalysisOptions opts;
  g_autoptr(GPtrArray) words = vmc_test_words (GOOD, 0.3);
  g_autoptr(VmcAnalysis) at_limit = analyze (GOOD, 60.0, &lively, NULL);
  g_autoptr(VmcAnalysis) over = analyze (GOOD, 67.4, &lively, NULL);
  g_autoptr(VmcAnalysis) custom = NULL;

  assert_tip (at_limit, VMC_TIP_SHORT, VMC_VERDICT_PASS, "30 s or less is better");
  assert_tip (over, VMC_TIP_SHORT, VMC_VERDICT_FAIL, "7 s over the 60 s limit");
  g_assert_cmpint (over->score, <, 100);

  vmc_analysis_options_init (&opts);
  opts.target_seconds = 30.0;
  custom = vmc_analysis_new (words, 31.0, &lively, NULL, &opts);
  assert_tip (custom, VMC_TIP_SHORT, VMC_VERDICT_FAIL, "over the 30 s limit");
}

static void
test_name (void)
{
  g_autoptr(VmcAnalysis) none = analyze ("hi tom my number is two one two five five five one two three four", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) late = analyze ("hi tom @11 this is ana ruiz", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) rushed = analyze ("hi tom this is ~0.15 ana ruiz ~0.3 from lumen", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) calm = analyze ("hi tom this is ~0.2 ana ruiz ~0.3 from lumen", 20, &lively, NULL);

  assert_tip (none, VMC_TIP_NAME, VMC_VERDICT_FAIL, "No name");
  assert_tip (late, VMC_TIP_NAME, VMC_VERDICT_WARN, "only at 0:12");
  assert_tip (rushed, VMC_TIP_NAME, VMC_VERDICT_WARN, "quickly");
  assert_tip (calm, VMC_TIP_NAME, VMC_VERDICT_PASS, NULL);
}

/* the whole message at one pace, so only the absolute speed of the number counts */
static VmcAnalysis *
number_at_pace (double seconds_per_digit)
{
  g_autofree char *said = g_strdup_printf (
      "~%g this is ana ruiz my number is two one two five five five one two three four could "
      "you call me back", seconds_per_digit);

  return analyze (said, 20, &lively, NULL);
}

static void
test_number_pace (void)
{
  /* at the thresholds, with a little margin either side */
  g_autoptr(VmcAnalysis) slow = number_at_pace (0.5);
  g_autoptr(VmcAnalysis) under_warn = number_at_pace (1.0 / (VMC_DIGITS_PER_S_WARN - 0.1));
  g_autoptr(VmcAnalysis) over_warn = number_at_pace (1.0 / (VMC_DIGITS_PER_S_WARN + 0.1));
  g_autoptr(VmcAnalysis) over_fail = number_at_pace (1.0 / (VMC_DIGITS_PER_S_FAIL + 0.1));

  assert_tip (slow, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, "2.0 digits a second: easy to write down");
  assert_tip (under_warn, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, "A little slower");
  assert_tip (over_warn, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_WARN, "a little fast");
  assert_tip (over_fail, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "too fast to write down");
}

/* a number said much faster than the rest of the message is rushed */
static void
test_number_rushed (void)
{
  const char *fmt = "this is ana ruiz my number is ~%g two one two five five five one two three "
                    "four ~0.3 could you call me back";
  g_autofree char *rushed_said = g_strdup_printf (fmt, 0.3 * (VMC_NUMBER_RUSH_RATIO - 0.05));
  g_autofree char *steady_said = g_strdup_printf (fmt, 0.3 * (VMC_NUMBER_RUSH_RATIO + 0.05));
  g_autoptr(VmcAnalysis) rushed = analyze (rushed_said, 20, &lively, NULL);
  g_autoptr(VmcAnalysis) steady = analyze (steady_said, 20, &lively, NULL);
  g_autoptr(VmcAnalysis) slow = NULL;
  g_autofree char *fast_talker = g_strdup_printf (
      "~0.12 this is ana ruiz my number is ~%g two one two five five five one two three four "
      "~0.12 could you call me back", 1.0 / (VMC_DIGITS_PER_S_EASY - 0.2));

  assert_tip (rushed, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "rushed it");
  assert_tip (steady, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, NULL);
  /* slow enough to write down, even if the rest of the message was faster */
  slow = analyze (fast_talker, 20, &lively, NULL);
  assert_tip (slow, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, "easy to write down");
}

static void
test_number_late (void)
{
  g_autoptr(VmcAnalysis) missing = analyze ("this is ana ruiz could you call me back", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) after_ask = analyze (
      "this is ana ruiz could you call me back my number is two one two five five five one two three four",
      20, &lively, NULL);
  g_autoptr(VmcAnalysis) after_15s = analyze (
      "this is ana ruiz @15.5 my number is two one two five five five one two three four", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) at_14s = analyze (
      "this is ana ruiz @12 my number is two one two five five five one two three four", 20, &lively, NULL);

  assert_tip (missing, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "No callback number");
  assert_tip (missing, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, NULL);
  assert_tip (after_ask, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "after your request");
  assert_tip (after_15s, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "only at 0:16");
  assert_tip (at_14s, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, NULL);
}

/* "please call me at" leads into the number: the number is early; a number said once, after
 * the request and the reason, as many published scripts do it, is late, and both tips say so */
static void
test_number_after_lead_in (void)
{
  g_autoptr(VmcAnalysis) lead_in = analyze (
      "this is ana ruiz please call me at two one two five five five one two three four "
      "i'm calling about your renewal thanks", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) once_late = analyze (
      "hi tom this is ana ruiz from lumen labs i'm calling about your renewal could you give me "
      "a call back / my number is two one two five five five one two three four thanks", 20, &lively, NULL);

  assert_tip (lead_in, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_PASS, "early");
  assert_tip (lead_in, VMC_TIP_DIRECT, VMC_VERDICT_PASS, "please call me at");
  assert_tip (once_late, VMC_TIP_NUMBER_EARLY, VMC_VERDICT_FAIL, "after your request");
  assert_tip (once_late, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_WARN, "only once, late (at 0:08)");
}

/* a reason in words no frame lists is still the reason; a name heard as common words is
 * still reported, with the advice to say it slowly */
static void
test_reason_and_unsure_name (void)
{
  g_autoptr(VmcAnalysis) a = analyze (
      "hi tom the name is pretty raymond from lakeside / your card on file was declined this "
      "morning could you give me a call back", 20, &lively, NULL);

  assert_tip (a, VMC_TIP_DIRECT, VMC_VERDICT_PASS, "could you give me a call back");
  assert_tip (a, VMC_TIP_NAME, VMC_VERDICT_PASS, "hard to make out (heard as “pretty raymond”)");
}

static void
test_closing (void)
{
  g_autoptr(VmcAnalysis) wrong = analyze (
      "my number is two one two five five five one two three four thanks again that's two one "
      "two five five five one two three five", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) none = analyze (
      "my number is two one two five five five one two three four thanks bye", 20, &lively, NULL);

  assert_tip (wrong, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, "212 555 1235");
  assert_tip (wrong, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, "212 555 1234");
  assert_tip (none, VMC_TIP_CLOSING_NUMBER, VMC_VERDICT_FAIL, "did not repeat");
}

static void
test_engaged (void)
{
  VmcProsody flat = { .voiced_seconds = 10, .pitch_range_st = VMC_PITCH_RANGE_FAIL_ST - 0.1 };
  VmcProsody some = { .voiced_seconds = 10, .pitch_range_st = VMC_PITCH_RANGE_WARN_ST - 0.1 };
  VmcProsody enough = { .voiced_seconds = 10, .pitch_range_st = VMC_PITCH_RANGE_WARN_ST + 0.1 };
  VmcProsody short_voice = { .voiced_seconds = VMC_MIN_VOICED_S - 0.5, .pitch_range_st = 1.0 };
  g_autoptr(VmcAnalysis) a = analyze (GOOD, 24, &flat, NULL);
  g_autoptr(VmcAnalysis) b = analyze (GOOD, 24, &some, NULL);
  g_autoptr(VmcAnalysis) c = analyze (GOOD, 24, &enough, NULL);
  g_autoptr(VmcAnalysis) d = analyze (GOOD, 24, &short_voice, NULL);
  g_autoptr(VmcAnalysis) e = analyze (GOOD, 24, NULL, NULL);

  assert_tip (a, VMC_TIP_ENGAGED, VMC_VERDICT_FAIL, "one note");
  assert_tip (b, VMC_TIP_ENGAGED, VMC_VERDICT_WARN, NULL);
  assert_tip (c, VMC_TIP_ENGAGED, VMC_VERDICT_PASS, NULL);
  assert_tip (d, VMC_TIP_ENGAGED, VMC_VERDICT_SKIP, NULL);
  assert_tip (e, VMC_TIP_ENGAGED, VMC_VERDICT_SKIP, NULL);
  /* a skipped tip does not count against the score */
  g_assert_cmpint (d->score, ==, 100);
  g_assert_cmpint (a->score, <, 100);
}

static void
test_direct_and_demands (void)
{
  g_autoptr(VmcAnalysis) demand = analyze (
      "this is ana ruiz i'm calling about your renewal you need to call me back today", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) demand_and_ask = analyze (
      "this is ana ruiz i'm calling about your renewal i expect an answer today "
      "please give me a call back", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) no_ask = analyze (
      "this is ana ruiz i'm calling about your renewal talk soon", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) no_reason = analyze (
      "this is ana ruiz could you call me back", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) no_thanks = analyze (
      "this is ana ruiz i'm calling about your renewal could you call me back", 20, &lively, NULL);

  assert_tip (demand, VMC_TIP_DIRECT, VMC_VERDICT_FAIL, "demanded");
  assert_tip (demand, VMC_TIP_NO_DEMANDS, VMC_VERDICT_FAIL, "you need to call me back today");
  /* a polite request beside it does not take the demand back */
  assert_tip (demand_and_ask, VMC_TIP_DIRECT, VMC_VERDICT_FAIL, "i expect an answer today");
  assert_tip (no_ask, VMC_TIP_DIRECT, VMC_VERDICT_FAIL, "never asked");
  assert_tip (no_reason, VMC_TIP_DIRECT, VMC_VERDICT_WARN, "why you call");
  assert_tip (no_thanks, VMC_TIP_DIRECT, VMC_VERDICT_PASS, NULL);
  assert_tip (no_thanks, VMC_TIP_NO_DEMANDS, VMC_VERDICT_PASS, "thank you");
}

static void
test_accessible_and_rapport (void)
{
  g_autoptr(VmcAnalysis) window = analyze (
      "this is ana ruiz you can email me too but i'm only in on friday mornings", 20, &lively, NULL);
  g_autoptr(VmcAnalysis) one_way = analyze ("this is ana ruiz could you call me back", 20, &lively, NULL);

  assert_tip (window, VMC_TIP_ACCESSIBLE, VMC_VERDICT_FAIL, "friday mornings");
  assert_tip (one_way, VMC_TIP_ACCESSIBLE, VMC_VERDICT_WARN, "second one");
  assert_tip (one_way, VMC_TIP_RAPPORT, VMC_VERDICT_WARN, "mutual contact");
}

static void
test_plan (void)
{
  g_autoptr(VmcPlan) plan = vmc_plan_new ();
  g_autoptr(VmcAnalysis) mismatch = NULL;
  g_autoptr(VmcAnalysis) partial = NULL;
  g_autoptr(VmcAnalysis) full = NULL;

  plan->caller_name = g_strdup ("ana ruiz");
  plan->callback_number = g_strdup ("2125551239");
  mismatch = analyze (GOOD, 24, &lively, plan);
  assert_tip (mismatch, VMC_TIP_PLAN, VMC_VERDICT_FAIL, "You said 212 555 1234; your number is 212 555 1239");

  g_free (plan->callback_number);
  plan->callback_number = g_strdup ("2125551234");
  partial = analyze (GOOD, 24, &lively, plan);
  assert_tip (partial, VMC_TIP_PLAN, VMC_VERDICT_WARN, "why you call, your ask and a rapport hook");

  plan->goal = g_strdup ("renewal");
  plan->ask = g_strdup ("a call back");
  plan->rapport = g_strdup ("lisa");
  full = analyze (GOOD, 24, &lively, plan);
  assert_tip (full, VMC_TIP_PLAN, VMC_VERDICT_PASS, NULL);
}

static void
test_report (void)
{
  g_autoptr(VmcAnalysis) a = analyze (GOOD, 24, &lively, NULL);
  g_autofree char *text = vmc_analysis_to_text (a, FALSE);
  g_autofree char *json = vmc_analysis_to_json (a, FALSE);

  g_assert_nonnull (strstr (text, "[NAME 0:02: ana ruiz]"));
  g_assert_nonnull (strstr (text, "= 2125551234]"));
  g_assert_nonnull (strstr (text, "PASS   2. Clearly state your name"));
  g_assert_nonnull (strstr (text, "Score: 100/100"));
  g_assert_null (strstr (text, "\033["));
  g_assert_nonnull (strstr (json, "\"kind\":\"closing_number\""));
  g_assert_nonnull (strstr (json, "\"id\":\"number_early\",\"verdict\":\"pass\""));
  g_assert_nonnull (strstr (json, "\"score\":100"));
}

static void
test_json_numbers (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;

  g_assert_true (json_parser_load_from_data (parser,
      "{\"a\": 20.079999999999998, \"b\": \"at 0.30000000000000004 \\\" 1.10000000000000009\","
      " \"c\": [-0.1, 3, 1e-7, 100]}", -1, NULL));
  out = vmc_json_to_string (json_parser_get_root (parser), FALSE);
  g_assert_cmpstr (out, ==, "{\"a\":20.08,\"b\":\"at 0.30000000000000004 \\\" 1.10000000000000009\","
                             "\"c\":[-0.1,3,1e-07,100]}");
}

/* A saved analysis reads back as it was written: the same JSON again, the same report */
static void
test_json_round_trip (void)
{
  g_autoptr(VmcAnalysis) a = analyze (GOOD, 24.0, &lively, NULL);
  g_autoptr(VmcAnalysis) named = vmc_analysis_with_file (a, "/tmp/attempt.wav");
  g_autofree char *json = vmc_analysis_to_json (named, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcAnalysis) back = vmc_analysis_new_from_json (json, -1, &error);
  g_autofree char *again = NULL;
  g_autofree char *text = NULL, *text_back = NULL;

  g_assert_no_error (error);
  again = vmc_analysis_to_json (back, FALSE);
  g_assert_cmpstr (again, ==, json);
  g_assert_cmpstr (back->file, ==, "/tmp/attempt.wav");
  g_assert_cmpint (back->score, ==, 100);
  g_assert_cmpuint (back->elements->len, ==, a->elements->len);
  g_assert_cmpint (back->tips[VMC_TIP_NAME].first_word, ==, 4);
  text = vmc_analysis_to_text (named, FALSE);
  text_back = vmc_analysis_to_text (back, FALSE);
  g_assert_cmpstr (text_back, ==, text);

  /* damaged: a clear error, never a half analysis */
  g_assert_null (vmc_analysis_new_from_json ("{\"words\": 3}", -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Analyse the recording again"));
  g_clear_error (&error);
  g_assert_null (vmc_analysis_new_from_json ("not json", -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  {
    /* an element that points past the words */
    g_autofree char *broken = g_strdup (json);
    char *at = strstr (broken, "\"last_word\":");

    g_assert_nonnull (at);
    memcpy (at + strlen ("\"last_word\":"), "999", 3);
    g_assert_null (vmc_analysis_new_from_json (broken, -1, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  }
}

static void
test_silence (void)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(VmcAnalysis) a = vmc_analysis_new (words, 5.0, NULL, NULL, NULL);
  g_autofree char *text = vmc_analysis_to_text (a, FALSE);

  assert_tip (a, VMC_TIP_NAME, VMC_VERDICT_FAIL, NULL);
  assert_tip (a, VMC_TIP_SHORT, VMC_VERDICT_SKIP, "No speech was heard");
  g_assert_cmpint (a->score, ==, 0);
  g_assert_nonnull (strstr (text, "no speech was heard"));
}

/* An analysis is shared, never changed: it keeps its own words, a reference keeps it, and
 * one for another file is a new analysis */
static void
test_shared_analysis (void)
{
  g_autoptr(GPtrArray) words = vmc_test_words ("hi this is dana call me back at five five five "
                                               "two zero one three four seven eight", 0.3);
  g_autoptr(VmcAnalysis) a = vmc_analysis_new (words, 9.0, &lively, NULL, NULL);
  g_autoptr(VmcAnalysis) named = NULL;
  g_autofree char *before = vmc_analysis_to_json (a, FALSE);
  g_autofree char *after = NULL;
  g_autofree char *named_json = NULL;
  VmcWord *w;

  g_assert_true (G_TYPE_IS_BOXED (VMC_TYPE_ANALYSIS));
  /* the caller changes its words: the analysis does not move */
  w = g_ptr_array_index (words, 3);
  g_free (w->word);
  w->word = g_strdup ("nobody");
  g_ptr_array_set_size (words, 2);
  after = vmc_analysis_to_json (a, FALSE);
  g_assert_cmpstr (before, ==, after);

  /* a reference keeps it */
  vmc_analysis_ref (a);
  vmc_analysis_unref (a);
  g_assert_cmpuint (a->words->len, ==, 18);

  named = vmc_analysis_with_file (a, "/tmp/attempt.wav");
  g_assert_true (named != a);
  g_assert_null (a->file);
  g_assert_cmpstr (named->file, ==, "/tmp/attempt.wav");
  g_assert_cmpint (named->score, ==, a->score);
  g_assert_true (named->words != a->words && named->elements != a->elements);
  named_json = vmc_analysis_to_json (named, FALSE);
  g_assert_nonnull (strstr (named_json, "/tmp/attempt.wav"));
  {
    /* the same analysis otherwise: its JSON without the file's member is the original's */
    g_autoptr(VmcAnalysis) unnamed = vmc_analysis_with_file (named, NULL);
    g_autofree char *unnamed_json = vmc_analysis_to_json (unnamed, FALSE);

    g_assert_cmpstr (unnamed_json, ==, before);
  }
}

/* the ten tips' table: each its own key, a title and what it asks, weights that make 100 */
static void
test_tip_table (void)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  int total = 0;

  for (VmcTipId id = 0; id < VMC_N_TIPS; id++)
    {
      const VmcTipInfo *info = vmc_tip_info (id);

      g_assert_cmpint (info->id, ==, id);
      g_assert_true (g_hash_table_add (keys, (gpointer)info->key));
      g_assert_cmpstr (vmc_tip_id_to_string (id), ==, info->key);
      g_assert_cmpstr (vmc_tip_title (id), ==, info->title);
      g_assert_true (*info->title && *info->summary);
      g_assert_cmpint (info->weight, >, 0);
      total += info->weight;
    }
  g_assert_cmpint (total, ==, 100);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tips/good", test_good);
  g_test_add_func ("/tips/json-round-trip", test_json_round_trip);
  g_test_add_func ("/tips/short", test_short);
  g_test_add_func ("/tips/name", test_name);
  g_test_add_func ("/tips/number-pace", test_number_pace);
  g_test_add_func ("/tips/number-rushed", test_number_rushed);
  g_test_add_func ("/tips/number-late", test_number_late);
  g_test_add_func ("/tips/number-after-lead-in", test_number_after_lead_in);
  g_test_add_func ("/tips/reason-and-unsure-name", test_reason_and_unsure_name);
  g_test_add_func ("/tips/closing", test_closing);
  g_test_add_func ("/tips/engaged", test_engaged);
  g_test_add_func ("/tips/direct-and-demands", test_direct_and_demands);
  g_test_add_func ("/tips/accessible-and-rapport", test_accessible_and_rapport);
  g_test_add_func ("/tips/plan", test_plan);
  g_test_add_func ("/tips/report", test_report);
  g_test_add_func ("/tips/silence", test_silence);
  g_test_add_func ("/tips/json-numbers", test_json_numbers);
  g_test_add_func ("/tips/table", test_tip_table);
  g_test_add_func ("/tips/shared-analysis", test_shared_analysis);
  return g_test_run ();
}
