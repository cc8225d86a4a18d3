/* vmc-result-view.h: one attempt judged, with its recording to play
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-analysis.h"
#include "vmc-audio-clip.h"

G_BEGIN_DECLS

#define VMC_TYPE_RESULT_VIEW (vmc_result_view_get_type ())
G_DECLARE_FINAL_TYPE (VmcResultView, vmc_result_view, VMC, RESULT_VIEW, GtkWidget)

GtkWidget     *vmc_result_view_new               (void);
void           vmc_result_view_show              (VmcResultView *self,
                                                  VmcAnalysis   *analysis,
                                                  VmcAudioClip  *clip);
VmcAnalysis   *vmc_result_view_get_analysis      (VmcResultView *self);
gboolean       vmc_result_view_get_complete      (VmcResultView *self);
VmcAudioClip  *vmc_result_view_get_clip          (VmcResultView *self);
gboolean       vmc_result_view_get_playing       (VmcResultView *self);
double         vmc_result_view_get_position      (VmcResultView *self);
gboolean       vmc_result_view_get_telephone_band (VmcResultView *self);
void           vmc_result_view_set_telephone_band (VmcResultView *self,
                                                   gboolean       telephone);
void           vmc_result_view_play_pause        (VmcResultView *self);
void           vmc_result_view_play_from         (VmcResultView *self,
                                                  double         seconds);
void           vmc_result_view_stop              (VmcResultView *self);
void           vmc_result_view_add_action        (VmcResultView *self,
                                                  GtkWidget     *widget);

G_END_DECLS
