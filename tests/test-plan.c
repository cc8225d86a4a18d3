/* test-plan.c: plan files, good and bad
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "vmc-plan.h"

static void
test_full (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = vmc_plan_load_data (
      "{\"caller_name\": \"Sarah  Miller\", \"company\": \"Northwind, Inc.\","
      " \"callback_number\": \"(555) 212-3456\", \"recipient\": \"Tom\", \"goal\": \"renewal\","
      " \"ask\": \"a call back\", \"rapport\": \"Lisa referred me\","
      " \"alternate_contact\": \"sarah@northwind.example\", \"future_field\": [1, 2]}", -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (plan->caller_name, ==, "sarah miller");
  g_assert_cmpstr (plan->company, ==, "northwind inc");
  g_assert_cmpstr (plan->callback_number, ==, "5552123456");
  g_assert_cmpstr (plan->recipient, ==, "tom");
  g_assert_cmpstr (plan->ask, ==, "a call back");
  g_assert_cmpstr (plan->rapport, ==, "lisa referred me");
  g_assert_nonnull (plan->alternate_contact);
}

/* What the rep wrote is kept for showing, and a plan written out reads back the same */
static void
test_written (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = vmc_plan_load_data (
      "{\"caller_name\": \"  Sarah  Miller \", \"company\": \"Northwind, Inc.\","
      " \"callback_number\": \"(555) 212-3456\", \"recipient\": \"Karen, \\\"K\\\" <b>O'Neil</b>\","
      " \"goal\": \"  \"}", -1, &error);
  g_autoptr(VmcPlan) copy = NULL, again = NULL;
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (vmc_plan_get_written (plan, "caller_name"), ==, "Sarah  Miller");
  g_assert_cmpstr (vmc_plan_get_written (plan, "recipient"), ==, "Karen, \"K\" <b>O'Neil</b>");
  g_assert_cmpstr (vmc_plan_get_written (plan, "callback_number"), ==, "(555) 212-3456");
  g_assert_null (vmc_plan_get_written (plan, "goal"));
  g_assert_null (vmc_plan_get_written (plan, "ask"));
  copy = vmc_plan_copy (plan);
  g_assert_cmpstr (vmc_plan_get_written (copy, "company"), ==, "Northwind, Inc.");

  json = vmc_plan_to_json (plan);
  again = vmc_plan_load_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->caller_name, ==, "sarah miller");
  g_assert_cmpstr (again->callback_number, ==, "5552123456");
  g_assert_cmpstr (again->recipient, ==, plan->recipient);
  g_assert_cmpstr (vmc_plan_get_written (again, "recipient"), ==, "Karen, \"K\" <b>O'Neil</b>");
  g_assert_null (again->goal);

  /* a plan made in code shows its fields as they are */
  {
    g_autoptr(VmcPlan) made = vmc_plan_new ();

    made->recipient = g_strdup ("tom");
    g_assert_cmpstr (vmc_plan_get_written (made, "recipient"), ==, "tom");
  }
}

static void
test_partial (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = vmc_plan_load_data ("{\"caller_name\": \"Ana\", \"company\": null,"
                                                " \"callback_number\": \"\"}", -1, &error);
  g_auto(GStrv) name = NULL;

  g_assert_no_error (error);
  g_assert_null (plan->company);
  g_assert_null (plan->callback_number);
  name = vmc_plan_get_name_words (plan);
  g_assert_cmpstrv (name, ((const char * const[]){ "ana", NULL }));
}

/* A hyphenated surname is heard as two words */
static void
test_hyphenated_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = vmc_plan_load_data ("{\"caller_name\": \"Chidi  Okafor-Brandt\"}", -1, &error);
  g_auto(GStrv) name = NULL;

  g_assert_no_error (error);
  name = vmc_plan_get_name_words (plan);
  g_assert_cmpstrv (name, ((const char * const[]){ "chidi", "okafor", "brandt", NULL }));
}

typedef struct
{
  const char *json;
  int         code;
  const char *says;   /* part of the message */
} Bad;

static const Bad bad[] = {
  { "caller_name: Sarah", VMC_PLAN_ERROR_NOT_JSON, "not valid JSON" },
  { "", VMC_PLAN_ERROR_NOT_JSON, "must be a JSON object" },
  { "[\"Sarah\"]", VMC_PLAN_ERROR_NOT_JSON, "must be a JSON object" },
  { "{\"caller_name\": 42}", VMC_PLAN_ERROR_WRONG_TYPE, "“caller_name” must be text" },
  { "{\"callback_number\": 5552123456}", VMC_PLAN_ERROR_WRONG_TYPE, "“callback_number” must be text" },
  { "{\"company\": {\"name\": \"x\"}}", VMC_PLAN_ERROR_WRONG_TYPE, "“company” must be text" },
  { "{\"callback_number\": \"555-CALL-NOW\"}", VMC_PLAN_ERROR_BAD_NUMBER, "holds “C”" },
  { "{\"callback_number\": \"12345\"}", VMC_PLAN_ERROR_BAD_NUMBER, "has 5 digits" },
  { "{\"callback_number\": \"1234567890123456\"}", VMC_PLAN_ERROR_BAD_NUMBER, "has 16 digits" },
};

static void
test_bad (gconstpointer data)
{
  const Bad *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VmcPlan) plan = vmc_plan_load_data (b->json, -1, &error);

  g_assert_null (plan);
  g_assert_error (error, VMC_PLAN_ERROR, b->code);
  if (!strstr (error->message, b->says))
    g_error ("“%s”: message “%s” lacks “%s”", b->json, error->message, b->says);
}

/* Input far larger than a plan is refused before it is parsed or pronounced: a field of a
 * million letters, nesting 80,000 deep (each crashed the program with a stack overflow) */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) json = g_string_new ("{\"caller_name\": \"");
  g_autoptr(VmcPlan) plan = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (json, 'a' + i % 26);
  g_string_append (json, "\"}");
  g_assert_null (vmc_plan_load_data (json->str, -1, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "a few lines of JSON"));
  g_clear_error (&error);

  g_string_assign (json, "{\"caller_name\": \"");
  for (guint i = 0; i < VMC_PLAN_MAX_NAME_CHARS + 1; i++)
    g_string_append_c (json, 'a');
  g_string_append (json, "\"}");
  g_assert_null (vmc_plan_load_data (json->str, -1, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "In the plan, “caller_name” is 101 characters long"));
  g_clear_error (&error);

  /* the longest name allowed loads */
  g_string_assign (json, "{\"caller_name\": \"");
  for (guint i = 0; i < VMC_PLAN_MAX_NAME_CHARS; i++)
    g_string_append_c (json, i % 8 ? 'a' : ' ');
  g_string_append (json, "\"}");
  plan = vmc_plan_load_data (json->str, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan->caller_name);

  g_string_truncate (json, 0);
  for (guint i = 0; i < 80000; i++)
    g_string_append_c (json, '[');
  g_assert_null (vmc_plan_load_data (json->str, -1, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* brackets inside text are text */
  g_string_assign (json, "{\"goal\": \"");
  for (guint i = 0; i < 40; i++)
    g_string_append (json, "[{");
  g_string_append (json, "\"}");
  g_clear_pointer (&plan, vmc_plan_free);
  plan = vmc_plan_load_data (json->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (vmc_plan_field_max_chars ("goal"), ==, VMC_PLAN_MAX_TEXT_CHARS);
  g_assert_cmpint (vmc_plan_field_max_chars ("nonsense"), ==, 0);
}

/* A number of 500 digits is refused with a message that shows its start, not all of it */
static void
test_long_number_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) number = g_string_new (NULL);

  for (guint i = 0; i < 500; i++)
    g_string_append_c (number, '0' + i % 10);
  g_assert_null (vmc_plan_normalize_number (number->str, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER);
  g_assert_nonnull (strstr (error->message, "has 500 digits"));
  g_assert_nonnull (strstr (error->message, "…"));
  g_assert_cmpuint (strlen (error->message), <, 150);
}

static void
test_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vmc-plan-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(VmcPlan) plan = NULL;

  g_assert_true (g_file_set_contents (good, "{\"callback_number\": \"+1 555 212 3456\"}", -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{\"callback_number\": ", -1, NULL));

  plan = vmc_plan_load_file (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->callback_number, ==, "15552123456");

  g_assert_null (vmc_plan_load_file (broken, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_NOT_JSON);
  g_assert_nonnull (strstr (error->message, broken));
  g_clear_error (&error);

  /* inside a sentence the plan is "the plan", not "The plan" */
  g_assert_true (g_file_set_contents (good, "{\"callback_number\": \"555\"}", -1, NULL));
  g_assert_null (vmc_plan_load_file (good, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER);
  g_assert_true (g_str_has_prefix (error->message, "In the plan "));
  g_clear_error (&error);

  /* a file far too large is refused by its size */
  {
    g_autofree char *big = g_malloc0 (VMC_PLAN_MAX_BYTES + 2);

    memset (big, ' ', VMC_PLAN_MAX_BYTES + 1);
    g_assert_true (g_file_set_contents (good, big, -1, NULL));
    g_assert_null (vmc_plan_load_file (good, &error));
    g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, good));
    g_clear_error (&error);
  }

  g_assert_null (vmc_plan_load_file (missing, &error));
  g_assert_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "missing.json"));

  g_unlink (good);
  g_unlink (broken);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/full", test_full);
  g_test_add_func ("/plan/written", test_written);
  g_test_add_func ("/plan/partial", test_partial);
  g_test_add_func ("/plan/hyphenated-name", test_hyphenated_name);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan/bad/%u", i);

      g_test_add_data_func (path, &bad[i], test_bad);
    }
  g_test_add_func ("/plan/too-large", test_too_large);
  g_test_add_func ("/plan/long-number-message", test_long_number_message);
  g_test_add_func ("/plan/file", test_file);
  return g_test_run ();
}
