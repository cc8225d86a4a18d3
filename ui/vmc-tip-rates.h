/* vmc-tip-rates.h: how often each tip passed in the latest attempts
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-attempt.h"

G_BEGIN_DECLS

/* The rates are of this many attempts, the newest */
#define VMC_TIP_RATES_RECENT 10

#define VMC_TYPE_TIP_RATES (vmc_tip_rates_get_type ())
G_DECLARE_FINAL_TYPE (VmcTipRates, vmc_tip_rates, VMC, TIP_RATES, GtkWidget)

GtkWidget *vmc_tip_rates_new          (void);
void       vmc_tip_rates_set_attempts (VmcTipRates *self,
                                       GPtrArray   *attempts);

G_END_DECLS
