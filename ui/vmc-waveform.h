/* vmc-waveform.h: the message as a waveform, live while recording, with a timeline of where
 * each element came and a playback cursor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "vmc-analysis.h"
#include "vmc-audio-clip.h"

G_BEGIN_DECLS

#define VMC_TYPE_WAVEFORM (vmc_waveform_get_type ())
G_DECLARE_FINAL_TYPE (VmcWaveform, vmc_waveform, VMC, WAVEFORM, GtkWidget)

/* seconds a level block stands for (the recorder's 20 ms) */
#define VMC_WAVEFORM_BLOCK_SECONDS VMC_AUDIO_CLIP_BLOCK_SECONDS

GtkWidget *vmc_waveform_new            (void);
void       vmc_waveform_clear          (VmcWaveform       *self);
void       vmc_waveform_set_live       (VmcWaveform       *self,
                                        gboolean           live);
void       vmc_waveform_append_levels  (VmcWaveform       *self,
                                        const float       *peaks,
                                        guint              n);
void       vmc_waveform_set_clip       (VmcWaveform       *self,
                                        VmcAudioClip      *clip);
void       vmc_waveform_set_analysis   (VmcWaveform       *self,
                                        const VmcAnalysis *analysis);
void       vmc_waveform_set_cursor     (VmcWaveform       *self,
                                        double             seconds);
double     vmc_waveform_get_duration   (VmcWaveform       *self);

G_END_DECLS
