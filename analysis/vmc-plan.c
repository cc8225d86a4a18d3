/* vmc-plan.c: the rep's plan for a call (who they are, their number, why they call)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan file is a JSON object with any of caller_name, company, callback_number, recipient,
 * goal, ask, rapport and alternate_contact, all strings. Unknown fields are ignored so that
 * plans written by later versions still load.
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "vmc-plan.h"

G_DEFINE_QUARK (vmc-plan-error-quark, vmc_plan_error)

static const struct {
  const char *name;
  gsize       offset;
} fields[] = {
  { "caller_name", G_STRUCT_OFFSET (VmcPlan, caller_name) },
  { "company", G_STRUCT_OFFSET (VmcPlan, company) },
  { "callback_number", G_STRUCT_OFFSET (VmcPlan, callback_number) },
  { "recipient", G_STRUCT_OFFSET (VmcPlan, recipient) },
  { "goal", G_STRUCT_OFFSET (VmcPlan, goal) },
  { "ask", G_STRUCT_OFFSET (VmcPlan, ask) },
  { "rapport", G_STRUCT_OFFSET (VmcPlan, rapport) },
  { "alternate_contact", G_STRUCT_OFFSET (VmcPlan, alternate_contact) },
};

#define FIELD(plan, i) (G_STRUCT_MEMBER (char *, (plan), fields[i].offset))

VmcPlan *
vmc_plan_new (void)
{
  return g_new0 (VmcPlan, 1);
}

void
vmc_plan_free (VmcPlan *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_free (FIELD (self, i));
  g_free (self);
}

/* Lower case, punctuation other than apostrophes and hyphens dropped, single spaces. */
static char *
normalize_text (const char *text)
{
  g_autofree char *down = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = down; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '\'' || c == '-')
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

/**
 * vmc_plan_normalize_number:
 * @number: a phone number as a person writes it: "(555) 212-3456", "+1 555 212 3456"
 *
 * Returns: (transfer full): the digits, or %NULL with %VMC_PLAN_ERROR_BAD_NUMBER when the
 *   text holds letters or has too few or too many digits for a phone number
 */
char *
vmc_plan_normalize_number (const char  *number,
                           GError     **error)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = number; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (!strchr (" -.()+/", *p))
        {
          g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                       "The callback number “%s” holds “%c”: write it with digits only, "
                       "for example 555 212 3456", number, *p);
          g_string_free (digits, TRUE);
          return NULL;
        }
    }
  if (digits->len < 7 || digits->len > 15)
    {
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                   "The callback number “%s” has %u digits: a phone number has 7 to 15",
                   number, (guint)digits->len);
      g_string_free (digits, TRUE);
      return NULL;
    }
  return g_string_free (digits, FALSE);
}

static VmcPlan *
plan_from_node (JsonNode    *root,
                const char  *where,
                GError     **error)
{
  g_autoptr(VmcPlan) plan = vmc_plan_new ();
  JsonObject *obj;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_NOT_JSON,
                   "%s is not a plan: it must be a JSON object such as "
                   "{\"caller_name\": \"Sarah Miller\", \"callback_number\": \"5552123456\"}", where);
      return NULL;
    }
  obj = json_node_get_object (root);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonNode *node = json_object_get_member (obj, fields[i].name);
      const char *value;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_WRONG_TYPE,
                       "In %s, “%s” must be text in quotes", where, fields[i].name);
          return NULL;
        }
      value = json_node_get_string (node);
      if (strcmp (fields[i].name, "callback_number") == 0)
        {
          g_autoptr(GError) number_error = NULL;
          char *digits;

          if (*value == '\0')
            continue;
          if (!(digits = vmc_plan_normalize_number (value, &number_error)))
            {
              g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                           "In %s: %s", where, number_error->message);
              return NULL;
            }
          FIELD (plan, i) = digits;
        }
      else
        {
          char *text = normalize_text (value);

          if (*text)
            FIELD (plan, i) = text;
          else
            g_free (text);
        }
    }
  return g_steal_pointer (&plan);
}

static VmcPlan *
load_data (const char  *data,
           gssize       length,
           const char  *where,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_NOT_JSON,
                   "%s is not valid JSON (%s): a plan looks like "
                   "{\"caller_name\": \"Sarah Miller\", \"callback_number\": \"5552123456\"}",
                   where, local->message);
      return NULL;
    }
  return plan_from_node (json_parser_get_root (parser), where, error);
}

/**
 * vmc_plan_load_data:
 * @data: JSON text
 * @length: its length, or -1 when nul-terminated
 *
 * Returns: (transfer full): the plan, or %NULL with a #VMC_PLAN_ERROR
 */
VmcPlan *
vmc_plan_load_data (const char  *data,
                    gssize       length,
                    GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);

  return load_data (data, length, "The plan", error);
}

/**
 * vmc_plan_load_file:
 * @path: a plan file
 *
 * Returns: (transfer full): the plan, or %NULL with a #VMC_PLAN_ERROR that names the file
 */
VmcPlan *
vmc_plan_load_file (const char  *path,
                    GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_READ,
                   "Could not read the plan: %s", local->message);
      return NULL;
    }
  where = g_strdup_printf ("The plan %s", path);
  return load_data (data, (gssize)length, where, error);
}

/**
 * vmc_plan_get_name_words:
 *
 * Returns: (transfer full) (nullable): the words of the caller's name, or %NULL
 */
char **
vmc_plan_get_name_words (const VmcPlan *self)
{
  g_auto(GStrv) parts = NULL;
  GStrvBuilder *b;
  char **out;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->caller_name == NULL)
    return NULL;
  /* "okafor-brandt" is heard as two words */
  parts = g_strsplit_set (self->caller_name, " -", -1);
  b = g_strv_builder_new ();
  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_strv_builder_add (b, parts[i]);
  out = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  return out;
}

/**
 * vmc_plan_get_phrases:
 *
 * Returns: (transfer full): the phrases the caller will say that a recognizer may not expect:
 *   their name and their company (possibly none)
 */
char **
vmc_plan_get_phrases (const VmcPlan *self)
{
  GStrvBuilder *b = g_strv_builder_new ();
  char **out;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->caller_name)
    g_strv_builder_add (b, self->caller_name);
  if (self->company)
    g_strv_builder_add (b, self->company);
  out = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  return out;
}
