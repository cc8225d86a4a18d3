/* vmc-export.h: attempts written out: a table of them (CSV), one as a web page (HTML)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-analysis.h"
#include "vmc-attempt.h"

G_BEGIN_DECLS

char     *vmc_export_csv   (GPtrArray         *attempts);
gboolean  vmc_export_html  (VmcAttempt        *attempt,
                            const VmcAnalysis *analysis,
                            const char        *path,
                            GError           **error);
char     *vmc_export_title (VmcAttempt        *attempt);
gboolean  vmc_export_write (const char        *path,
                            const char        *data,
                            gsize              length,
                            GError           **error);

G_END_DECLS
