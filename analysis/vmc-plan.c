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
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "vmc-plan.h"

G_DEFINE_QUARK (vmc-plan-error-quark, vmc_plan_error)

static const struct {
  const char *name;
  gsize       offset;
  guint       max_chars;
} fields[] = {
  { "caller_name", G_STRUCT_OFFSET (VmcPlan, caller_name), VMC_PLAN_MAX_NAME_CHARS },
  { "company", G_STRUCT_OFFSET (VmcPlan, company), VMC_PLAN_MAX_NAME_CHARS },
  { "callback_number", G_STRUCT_OFFSET (VmcPlan, callback_number), VMC_PLAN_MAX_NUMBER_CHARS },
  { "recipient", G_STRUCT_OFFSET (VmcPlan, recipient), VMC_PLAN_MAX_NAME_CHARS },
  { "goal", G_STRUCT_OFFSET (VmcPlan, goal), VMC_PLAN_MAX_TEXT_CHARS },
  { "ask", G_STRUCT_OFFSET (VmcPlan, ask), VMC_PLAN_MAX_TEXT_CHARS },
  { "rapport", G_STRUCT_OFFSET (VmcPlan, rapport), VMC_PLAN_MAX_TEXT_CHARS },
  { "alternate_contact", G_STRUCT_OFFSET (VmcPlan, alternate_contact), VMC_PLAN_MAX_TEXT_CHARS },
};

/* The number as the message shows it: a few dozen characters at most */
#define SHOWN_NUMBER_CHARS 24

#define FIELD(plan, i) (G_STRUCT_MEMBER (char *, (plan), fields[i].offset))

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == G_N_ELEMENTS (((VmcPlan *)NULL)->written));

VmcPlan *
vmc_plan_new (void)
{
  return g_new0 (VmcPlan, 1);
}

/* Returns: (transfer full): a copy of @self */
VmcPlan *
vmc_plan_copy (const VmcPlan *self)
{
  VmcPlan *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = vmc_plan_new ();
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      FIELD (copy, i) = g_strdup (FIELD (self, i));
      copy->written[i] = g_strdup (self->written[i]);
    }
  return copy;
}

void
vmc_plan_free (VmcPlan *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_free (FIELD (self, i));
      g_free (self->written[i]);
    }
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
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *shown = NULL;
  const char *p;

  g_return_val_if_fail (number != NULL, NULL);

  for (p = number; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (!strchr (" -.()+/", *p))
        break;
    }
  if (*p == '\0' && digits->len >= 7 && digits->len <= 15)
    return g_string_free (g_steal_pointer (&digits), FALSE);

  /* a number pasted by mistake may be pages long: the message shows its start */
  if (g_utf8_validate (number, -1, NULL) && g_utf8_strlen (number, -1) > SHOWN_NUMBER_CHARS)
    {
      g_autofree char *start = g_utf8_substring (number, 0, SHOWN_NUMBER_CHARS);

      shown = g_strconcat (start, "…", NULL);
    }
  else
    shown = g_utf8_make_valid (number, -1);
  if (*p != '\0')
    g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                 _("The callback number “%s” holds “%c”: write it with digits only, "
                   "for example 555 212 3456"), shown, *p);
  else
    g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                 _("The callback number “%s” has %u digits: a phone number has 7 to 15"),
                 shown, (guint)digits->len);
  return NULL;
}

/**
 * vmc_plan_field_max_chars:
 * @field: a plan field: "caller_name", "ask", …
 *
 * Returns: the longest text the field may hold, in characters (0 for an unknown field)
 */
guint
vmc_plan_field_max_chars (const char *field)
{
  g_return_val_if_fail (field != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (fields[i].name, field) == 0)
      return fields[i].max_chars;
  return 0;
}

/* "The plan plan.json" at the start of a sentence, "the plan plan.json" inside one */
typedef struct
{
  char *start;
  char *inside;
} Where;

static void
where_init (Where      *where,
            const char *path)
{
  if (path)
    {
      g_autofree char *shown = g_filename_display_name (path);

      where->start = g_strdup_printf (_("The plan %s"), shown);
      where->inside = g_strdup_printf (_("the plan %s"), shown);
    }
  else
    {
      where->start = g_strdup (_("The plan"));
      where->inside = g_strdup (_("the plan"));
    }
}

static void
where_clear (Where *where)
{
  g_free (where->start);
  g_free (where->inside);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Where, where_clear)

static VmcPlan *
plan_from_node (JsonNode     *root,
                const Where  *where,
                GError      **error)
{
  g_autoptr(VmcPlan) plan = vmc_plan_new ();
  JsonObject *obj;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      /* TRANSLATORS: the first %s is "The plan" or "The plan FILE" */
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_NOT_JSON,
                   _("%s is not a plan: it must be a JSON object such as "
                     "{\"caller_name\": \"Sarah Miller\", \"callback_number\": \"5552123456\"}"),
                   where->start);
      return NULL;
    }
  obj = json_node_get_object (root);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonNode *node = json_object_get_member (obj, fields[i].name);
      const char *value;
      glong length;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          /* TRANSLATORS: the first %s is "the plan" or "the plan FILE", the second a field */
          g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_WRONG_TYPE,
                       _("In %s, “%s” must be text in quotes"), where->inside, fields[i].name);
          return NULL;
        }
      value = json_node_get_string (node);
      if ((length = g_utf8_strlen (value, -1)) > fields[i].max_chars)
        {
          /* TRANSLATORS: the first %s is "the plan" or "the plan FILE", the second a field */
          g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE,
                       _("In %s, “%s” is %ld characters long: keep it under %u, a few words "
                         "you would say on the call"),
                       where->inside, fields[i].name, length, fields[i].max_chars);
          return NULL;
        }
      if (strcmp (fields[i].name, "callback_number") == 0)
        {
          g_autoptr(GError) number_error = NULL;
          char *digits;

          if (*value == '\0')
            continue;
          plan->written[i] = g_strstrip (g_strdup (value));
          if (!(digits = vmc_plan_normalize_number (value, &number_error)))
            {
              /* TRANSLATORS: %s is "the plan" or "the plan FILE", then the reason */
              g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_BAD_NUMBER,
                           _("In %s: %s"), where->inside, number_error->message);
              return NULL;
            }
          FIELD (plan, i) = digits;
        }
      else
        {
          char *text = normalize_text (value);

          if (*text)
            {
              FIELD (plan, i) = text;
              plan->written[i] = g_strstrip (g_strdup (value));
            }
          else
            g_free (text);
        }
    }
  return g_steal_pointer (&plan);
}

/* How deep arrays and objects nest in JSON @data (outside strings) */
static guint
json_depth (const char *data,
            gsize       length)
{
  guint depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        deepest = MAX (deepest, ++depth);
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return deepest;
}

static gboolean
check_size (guint64       length,
            const Where  *where,
            GError      **error)
{
  g_autofree char *size = NULL;

  if (length <= VMC_PLAN_MAX_BYTES)
    return TRUE;
  size = g_format_size (length);
  /* TRANSLATORS: the first %s is "The plan" or "The plan FILE", the second a size */
  g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE,
               _("%s is %s, far more than a plan holds: a plan is a few lines of JSON. "
                 "Check that you chose the right file."), where->start, size);
  return FALSE;
}

static VmcPlan *
load_data (const char  *data,
           gsize        length,
           const char  *path,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  g_auto(Where) where = { NULL, NULL };

  where_init (&where, path);
  /* refused before parsing: json-glib parses nesting recursively */
  if (!check_size (length, &where, error))
    return NULL;
  if (json_depth (data, length) > VMC_PLAN_MAX_DEPTH)
    {
      /* TRANSLATORS: %s is "The plan" or "The plan FILE" */
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_TOO_LARGE,
                   _("%s nests its values more than %d levels deep: a plan is one JSON object "
                     "of text fields, such as {\"caller_name\": \"Sarah Miller\"}"),
                   where.start, VMC_PLAN_MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize)length, &local))
    {
      /* TRANSLATORS: the first %s is "The plan" or "The plan FILE", the second the reason */
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_NOT_JSON,
                   _("%s is not valid JSON (%s): a plan looks like "
                     "{\"caller_name\": \"Sarah Miller\", \"callback_number\": \"5552123456\"}"),
                   where.start, local->message);
      return NULL;
    }
  return plan_from_node (json_parser_get_root (parser), &where, error);
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

  return load_data (data, length < 0 ? strlen (data) : (gsize)length, NULL, error);
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
  g_autoptr(GError) local = NULL;
  GStatBuf st;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  /* a huge file (a recording chosen by mistake) is not read whole to be refused */
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    {
      g_auto(Where) where = { NULL, NULL };

      where_init (&where, path);
      if (!check_size ((guint64)st.st_size, &where, error))
        return NULL;
    }
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, VMC_PLAN_ERROR, VMC_PLAN_ERROR_READ,
                   _("Could not read the plan: %s"), local->message);
      return NULL;
    }
  return load_data (data, length, path, error);
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

/**
 * vmc_plan_get_written:
 * @field: a plan file's field: "recipient", "caller_name"…
 *
 * Returns: (nullable): the field as the rep wrote it (trimmed), for showing: "Karen O'Neil"
 *   where the field itself is "karen o'neil"; the field itself for a plan not read from
 *   text; %NULL when it is empty
 */
const char *
vmc_plan_get_written (const VmcPlan *self,
                      const char    *field)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (fields[i].name, field) == 0)
      return self->written[i] ? self->written[i] : FIELD (self, i);
  g_return_val_if_reached (NULL);
}

/**
 * vmc_plan_to_json:
 *
 * The plan as a plan file, its fields as the rep wrote them: vmc_plan_load_data() reads it
 * back to the same plan.
 *
 * Returns: (transfer full): a JSON object
 */
char *
vmc_plan_to_json (const VmcPlan *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = self->written[i] ? self->written[i] : FIELD (self, i);

      if (value)
        {
          json_builder_set_member_name (b, fields[i].name);
          json_builder_add_string_value (b, value);
        }
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}
