/* vmc-live-analysis.h: a recording transcribed while it is made, analysed when it ends
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vmc-analysis.h"
#include "vmc-plan.h"
#include "vmc-recognizer.h"
#include "vmc-speech-service.h"

G_BEGIN_DECLS

#define VMC_TYPE_LIVE_ANALYSIS (vmc_live_analysis_get_type ())
G_DECLARE_FINAL_TYPE (VmcLiveAnalysis, vmc_live_analysis, VMC, LIVE_ANALYSIS, GObject)

VmcLiveAnalysis   *vmc_live_analysis_new          (VmcSpeechService         *service,
                                                   VmcPlan                  *plan,
                                                   const VmcAnalysisOptions *options);
GPtrArray         *vmc_live_analysis_get_words    (VmcLiveAnalysis          *self);
VmcAnalysis       *vmc_live_analysis_get_analysis (VmcLiveAnalysis          *self);
VmcAudioClip      *vmc_live_analysis_get_clip     (VmcLiveAnalysis          *self);
const GError      *vmc_live_analysis_get_error    (VmcLiveAnalysis          *self);
gint64             vmc_live_analysis_get_transcript_time (VmcLiveAnalysis   *self);
gint64             vmc_live_analysis_get_analysis_time   (VmcLiveAnalysis   *self);
gint64             vmc_live_analysis_get_caught_up_time  (VmcLiveAnalysis   *self);

G_END_DECLS
