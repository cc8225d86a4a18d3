/* vmc-portaudio.h: PortAudio shared by the recorder, the player and the device list
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char    *id;            /* stable across runs: PortAudio's device name */
  char    *name;          /* for people: the name and its host API */
  int      max_input;
  int      max_output;
  double   default_rate;
  gboolean is_default;    /* the default device for its direction */
} VmcAudioDevice;

#define VMC_TYPE_AUDIO_DEVICE (vmc_audio_device_get_type ())
GType           vmc_audio_device_get_type (void) G_GNUC_CONST;
VmcAudioDevice *vmc_audio_device_copy     (const VmcAudioDevice *self);
void            vmc_audio_device_free     (VmcAudioDevice       *self);

gboolean   vmc_portaudio_acquire   (GError     **error);
void       vmc_portaudio_release   (void);
GPtrArray *vmc_audio_devices_list  (gboolean     input,
                                    GError     **error);
void       vmc_audio_devices_list_async  (gboolean             input,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GPtrArray *vmc_audio_devices_list_finish (GAsyncResult        *result,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcAudioDevice, vmc_audio_device_free)

G_END_DECLS
