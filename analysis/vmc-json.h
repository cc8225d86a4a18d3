/* vmc-json.h: JSON text with numbers as people write them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *vmc_json_to_string (JsonNode *root,
                          gboolean  pretty);

G_END_DECLS
