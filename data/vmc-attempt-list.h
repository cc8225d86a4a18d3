/* vmc-attempt-list.h: the attempts that match a query, as a list model that loads its rows
 * as they are shown
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "vmc-library.h"

G_BEGIN_DECLS

#define VMC_TYPE_ATTEMPT_LIST (vmc_attempt_list_get_type ())
G_DECLARE_FINAL_TYPE (VmcAttemptList, vmc_attempt_list, VMC, ATTEMPT_LIST, GObject)

VmcAttemptList *vmc_attempt_list_new          (VmcLibrary     *library);
VmcLibrary     *vmc_attempt_list_get_library  (VmcAttemptList *self);
void            vmc_attempt_list_set_query    (VmcAttemptList *self,
                                               const VmcQuery *query);
gboolean        vmc_attempt_list_get_ready    (VmcAttemptList *self);
const GError   *vmc_attempt_list_get_error    (VmcAttemptList *self);
guint           vmc_attempt_list_find         (VmcAttemptList *self,
                                               gint64          id);
VmcAttempt     *vmc_attempt_list_get_attempt  (VmcAttemptList *self,
                                               guint           position);

G_END_DECLS
