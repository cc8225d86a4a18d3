/* vmc-library-private.h: what the library's own files share (vmc-library-import.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "vmc-library.h"

G_BEGIN_DECLS

gboolean      _vmc_library_begin      (VmcLibrary     *self,
                                       GError        **error);
gboolean      _vmc_library_end        (VmcLibrary     *self,
                                       gboolean        ok,
                                       GError        **error);
sqlite3_stmt *_vmc_library_statement  (VmcLibrary     *self,
                                       const char     *sql,
                                       GError        **error);
gboolean      _vmc_library_step_done  (VmcLibrary     *self,
                                       sqlite3_stmt   *stmt,
                                       const char     *doing,
                                       GError        **error);
gint64        _vmc_library_add_locked (VmcLibrary     *self,
                                       VmcAnalysis    *analysis,
                                       const char     *audio,
                                       const VmcPlan  *plan,
                                       GDateTime      *created,
                                       GError        **error);

void          _vmc_library_changed    (VmcLibrary     *self,
                                       gint64          id);

G_END_DECLS
