/* vmc-recording-view.h: the recorder as the rep sees it: Record, the timer, the level, the
 * live waveform and the words heard so far
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  VMC_RECORDING_VIEW_READY,       /* waiting for Record */
  VMC_RECORDING_VIEW_RECORDING,
  VMC_RECORDING_VIEW_ANALYZING,   /* stopped; the result is on its way */
  VMC_RECORDING_VIEW_DONE,        /* a result is shown below: only Record and a word are left */
} VmcRecordingViewMode;

#define VMC_TYPE_RECORDING_VIEW (vmc_recording_view_get_type ())
G_DECLARE_FINAL_TYPE (VmcRecordingView, vmc_recording_view, VMC, RECORDING_VIEW, GtkWidget)

VmcRecordingViewMode vmc_recording_view_get_mode     (VmcRecordingView     *self);
void                 vmc_recording_view_set_mode     (VmcRecordingView     *self,
                                                      VmcRecordingViewMode  mode);
double               vmc_recording_view_get_target   (VmcRecordingView     *self);
void                 vmc_recording_view_set_target   (VmcRecordingView     *self,
                                                      double                seconds);
void                 vmc_recording_view_reset        (VmcRecordingView     *self);
void                 vmc_recording_view_append_levels (VmcRecordingView    *self,
                                                       const float         *peaks,
                                                       guint                n);
void                 vmc_recording_view_set_elapsed  (VmcRecordingView     *self,
                                                      double                seconds);
void                 vmc_recording_view_set_heard    (VmcRecordingView     *self,
                                                      const char           *words);
void                 vmc_recording_view_set_status   (VmcRecordingView     *self,
                                                      const char           *text);
void                 vmc_recording_view_set_voice    (VmcRecordingView     *self,
                                                      const char           *text);

G_END_DECLS
