/* vmc-enroll-dialog.h: "Teach Voicemail Coach Your Voice": sentences read, a voice learned
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VMC_TYPE_ENROLL_DIALOG (vmc_enroll_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VmcEnrollDialog, vmc_enroll_dialog, VMC, ENROLL_DIALOG, AdwWindow)

VmcEnrollDialog *vmc_enroll_dialog_new (GtkWindow *parent,
                                        GSettings *settings);

G_END_DECLS
