/* vmc-store.h: where attempts are kept: each recording and its analysis
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "vmc-analysis.h"

G_BEGIN_DECLS

char      *vmc_store_default_dir        (void);
char      *vmc_store_legacy_dir         (void);
char      *vmc_store_new_recording_path (const char         *dir);
gboolean   vmc_store_save_analysis      (const VmcAnalysis  *analysis,
                                         const char         *recording,
                                         GError            **error);
GPtrArray *vmc_store_recover            (const char         *dir,
                                         GPtrArray          *errors);

G_END_DECLS
