/* vmc-application.h: the application: windows, app actions, files to open
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VMC_TYPE_APPLICATION (vmc_application_get_type ())
G_DECLARE_FINAL_TYPE (VmcApplication, vmc_application, VMC, APPLICATION, AdwApplication)

VmcApplication *vmc_application_new (void);

G_END_DECLS
