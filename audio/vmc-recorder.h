/* vmc-recorder.h: recording from a microphone, to a file and a live consumer, with levels
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "vmc-audio-sink.h"

G_BEGIN_DECLS

typedef enum {
  VMC_RECORDER_IDLE,
  VMC_RECORDER_RECORDING,
  VMC_RECORDER_STOPPING,   /* the last samples are being written and transcribed */
} VmcRecorderState;

/* One level block: peak and RMS (0..1) of this many samples at 16 kHz (20 ms) */
#define VMC_RECORDER_BLOCK 320

#define VMC_TYPE_RECORDER (vmc_recorder_get_type ())
G_DECLARE_FINAL_TYPE (VmcRecorder, vmc_recorder, VMC, RECORDER, GObject)

VmcRecorder      *vmc_recorder_new               (void);
void              vmc_recorder_set_device        (VmcRecorder   *self,
                                                  const char    *device_id);
const char       *vmc_recorder_get_device        (VmcRecorder   *self);
void              vmc_recorder_set_sink          (VmcRecorder   *self,
                                                  VmcAudioSink  *sink);
gboolean          vmc_recorder_start             (VmcRecorder   *self,
                                                  const char    *path,
                                                  GError       **error);
void              vmc_recorder_stop              (VmcRecorder   *self);
VmcRecorderState  vmc_recorder_get_state         (VmcRecorder   *self);
double            vmc_recorder_get_elapsed       (VmcRecorder   *self);
const char       *vmc_recorder_get_path          (VmcRecorder   *self);
const char       *vmc_recorder_get_partial       (VmcRecorder   *self);
int               vmc_recorder_get_device_rate   (VmcRecorder   *self);
guint             vmc_recorder_get_overflows     (VmcRecorder   *self);
double            vmc_recorder_get_dropped_seconds (VmcRecorder *self);
double            vmc_recorder_get_worker_cpu_seconds (VmcRecorder *self);

G_END_DECLS
