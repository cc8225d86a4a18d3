/* vmc-cli-private.h: what the command-line commands share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vmc-analysis.h"
#include "vmc-library.h"
#include "vmc-recognizer.h"
#include "vmc-speech-service.h"

G_BEGIN_DECLS

VmcSpeechService *vmc_cli_speech_service (const char         *model_dir,
                                          const char         *voice,
                                          const char * const *phrases);
gboolean       vmc_cli_load_model      (VmcSpeechService   *service,
                                        gboolean            verbose);
GPtrArray     *vmc_cli_readable_files  (char              **files,
                                        int                *status);
VmcLibrary    *vmc_cli_open_library    (void);
int            vmc_cli_usage_error     (GOptionContext     *ctx,
                                        const char         *message);
void           vmc_cli_print_analysis  (const VmcAnalysis  *analysis,
                                        gboolean            json,
                                        gboolean            first);

G_END_DECLS
