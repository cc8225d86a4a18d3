/* vmc-audio-sink.h: something that takes a recording's samples as they come (a recognizer)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define VMC_TYPE_AUDIO_SINK (vmc_audio_sink_get_type ())
G_DECLARE_INTERFACE (VmcAudioSink, vmc_audio_sink, VMC, AUDIO_SINK, GObject)

/**
 * VmcAudioSinkInterface:
 * @begin: a recording starts
 * @write: more samples, 16 kHz mono
 * @get_partial: (nullable): what it made of the samples so far, as text to show
 * @end: the recording is over (also after an error: what came is all there is)
 *
 * The recorder calls every method on its worker thread, one at a time.
 */
struct _VmcAudioSinkInterface
{
  GTypeInterface parent_iface;

  gboolean (*begin)       (VmcAudioSink  *self,
                           GError       **error);
  gboolean (*write)       (VmcAudioSink  *self,
                           const gint16  *samples,
                           gsize          n,
                           GError       **error);
  char    *(*get_partial) (VmcAudioSink  *self);
  gboolean (*end)         (VmcAudioSink  *self,
                           GError       **error);
};

gboolean vmc_audio_sink_begin       (VmcAudioSink  *self,
                                     GError       **error);
gboolean vmc_audio_sink_write       (VmcAudioSink  *self,
                                     const gint16  *samples,
                                     gsize          n,
                                     GError       **error);
char    *vmc_audio_sink_get_partial (VmcAudioSink  *self);
gboolean vmc_audio_sink_end         (VmcAudioSink  *self,
                                     GError       **error);

G_END_DECLS
