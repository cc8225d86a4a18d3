/* vmc-plan-panel.h: the plan for the next call, beside the recorder (tip 1)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "vmc-plan.h"

G_BEGIN_DECLS

#define VMC_TYPE_PLAN_PANEL (vmc_plan_panel_get_type ())
G_DECLARE_FINAL_TYPE (VmcPlanPanel, vmc_plan_panel, VMC, PLAN_PANEL, GtkWidget)

VmcPlan *vmc_plan_panel_get_plan (VmcPlanPanel  *self);
void     vmc_plan_panel_set_plan (VmcPlanPanel  *self,
                                  const VmcPlan *plan);

G_END_DECLS
