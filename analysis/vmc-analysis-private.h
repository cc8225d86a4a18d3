/* vmc-analysis-private.h: for the tests: how a thorough analysis keeps the live pass's numbers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-analysis.h"

G_BEGIN_DECLS

void _vmc_analysis_keep_live_numbers (GPtrArray *words,
                                      GPtrArray *live);

G_END_DECLS
