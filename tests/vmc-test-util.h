/* vmc-test-util.h: helpers shared by the tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void       vmc_test_remove_dir (const char *dir);
GPtrArray *vmc_test_words      (const char *text,
                                double      seconds_per_word);

G_END_DECLS
