/* vmc-json.c: JSON text with numbers as people write them
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib writes every double with 17 significant digits, so 20.08 comes out as
 * 20.079999999999998. The values are the same; this rewrites each number outside strings
 * in the shortest form that reads back as the same double (at most 10 significant digits,
 * which is all our times and scores carry).
 */
#define G_LOG_DOMAIN "vmc-analysis"

#include "config.h"

#include <string.h>

#include "vmc-json.h"

char *
vmc_json_to_string (JsonNode *root,
                    gboolean  pretty)
{
  g_autofree char *raw = json_to_string (root, pretty);
  GString *out = g_string_sized_new (strlen (raw));
  gboolean in_string = FALSE;

  for (const char *p = raw; *p;)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1])
            {
              g_string_append_len (out, p, 2);
              p += 2;
              continue;
            }
          if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
          continue;
        }
      if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
          continue;
        }
      if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end = NULL;
          double v = g_ascii_strtod (p, &end);
          gboolean fractional = FALSE;
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          for (const char *q = p; q < end; q++)
            fractional |= (*q == '.' || *q == 'e' || *q == 'E');
          if (fractional)
            {
              g_ascii_formatd (buf, sizeof buf, "%.10g", v);
              g_string_append (out, buf);
            }
          else
            g_string_append_len (out, p, end - p);
          p = end;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}
