/* vmc-attempts-page.h: every attempt kept: listed, searched, opened, compared, exported
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-library.h"

G_BEGIN_DECLS

#define VMC_TYPE_ATTEMPTS_PAGE (vmc_attempts_page_get_type ())
G_DECLARE_FINAL_TYPE (VmcAttemptsPage, vmc_attempts_page, VMC, ATTEMPTS_PAGE, GtkWidget)

GtkWidget  *vmc_attempts_page_new          (void);
void        vmc_attempts_page_set_library  (VmcAttemptsPage *self,
                                            VmcLibrary      *library,
                                            const GError    *error);
void        vmc_attempts_page_open_attempt (VmcAttemptsPage *self,
                                            gint64           id);
void        vmc_attempts_page_compare      (VmcAttemptsPage *self,
                                            gint64           older,
                                            gint64           newer);
void        vmc_attempts_page_show_list    (VmcAttemptsPage *self);
void        vmc_attempts_page_focus_search (VmcAttemptsPage *self);
void        vmc_attempts_page_play_pause   (VmcAttemptsPage *self);
void        vmc_attempts_page_stop         (VmcAttemptsPage *self);
gint64      vmc_attempts_page_get_opened   (VmcAttemptsPage *self);
const char *vmc_attempts_page_get_view     (VmcAttemptsPage *self);
void        vmc_attempts_page_import       (VmcAttemptsPage *self,
                                            GSList          *files);

G_END_DECLS
