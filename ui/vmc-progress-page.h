/* vmc-progress-page.h: the Progress view: the scores over time and each tip's pass rate
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-library.h"

G_BEGIN_DECLS

#define VMC_TYPE_PROGRESS_PAGE (vmc_progress_page_get_type ())
G_DECLARE_FINAL_TYPE (VmcProgressPage, vmc_progress_page, VMC, PROGRESS_PAGE, GtkWidget)

GtkWidget *vmc_progress_page_new         (void);
void       vmc_progress_page_set_library (VmcProgressPage *self,
                                          VmcLibrary      *library);

G_END_DECLS
