/* vmc-pronounce.h: pronouncing words the dictionary lacks (callers' names)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *vmc_pronounce (const char *word);

G_END_DECLS
