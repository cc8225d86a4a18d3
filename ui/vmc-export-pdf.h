/* vmc-export-pdf.h: one attempt as a printable report (PDF)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-analysis.h"
#include "vmc-attempt.h"

G_BEGIN_DECLS

gboolean vmc_export_pdf (VmcAttempt        *attempt,
                         const VmcAnalysis *analysis,
                         const char        *path,
                         GError           **error);

G_END_DECLS
