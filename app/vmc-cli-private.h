/* vmc-cli-private.h: what the command-line commands share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-analysis.h"
#include "vmc-recognizer.h"

G_BEGIN_DECLS

VmcRecognizer *vmc_cli_load_recognizer (const char         *model_dir,
                                        const char         *voice,
                                        const char * const *phrases,
                                        gboolean            verbose);
int            vmc_cli_usage_error     (GOptionContext     *ctx,
                                        const char         *message);
void           vmc_cli_print_analysis  (const VmcAnalysis  *analysis,
                                        gboolean            json,
                                        gboolean            first);

G_END_DECLS
