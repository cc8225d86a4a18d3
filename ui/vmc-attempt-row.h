/* vmc-attempt-row.h: one attempt in the Attempts list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-attempt.h"

G_BEGIN_DECLS

#define VMC_TYPE_ATTEMPT_ROW (vmc_attempt_row_get_type ())
G_DECLARE_FINAL_TYPE (VmcAttemptRow, vmc_attempt_row, VMC, ATTEMPT_ROW, GtkWidget)

GtkWidget  *vmc_attempt_row_new          (void);
void        vmc_attempt_row_set_attempt  (VmcAttemptRow *self,
                                          VmcAttempt    *attempt);
char       *vmc_format_attempt_date      (GDateTime     *when);
char       *vmc_format_verdict_marks     (GtkWidget     *widget,
                                          VmcAttempt    *attempt,
                                          char         **accessible);

G_END_DECLS
