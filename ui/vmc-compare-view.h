/* vmc-compare-view.h: two attempts side by side
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-analysis.h"
#include "vmc-attempt.h"
#include "vmc-audio-clip.h"

G_BEGIN_DECLS

#define VMC_TYPE_COMPARE_VIEW (vmc_compare_view_get_type ())
G_DECLARE_FINAL_TYPE (VmcCompareView, vmc_compare_view, VMC, COMPARE_VIEW, GtkWidget)

GtkWidget *vmc_compare_view_new           (void);
void       vmc_compare_view_set_attempts  (VmcCompareView *self,
                                           VmcAttempt     *a,
                                           VmcAnalysis    *analysis_a,
                                           VmcAudioClip   *clip_a,
                                           VmcAttempt     *b,
                                           VmcAnalysis    *analysis_b,
                                           VmcAudioClip   *clip_b);
void       vmc_compare_view_stop          (VmcCompareView *self);

G_END_DECLS
