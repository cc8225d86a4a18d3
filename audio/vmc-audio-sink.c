/* vmc-audio-sink.c: something that takes a recording's samples as they come
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "vmc-audio-sink.h"

G_DEFINE_INTERFACE (VmcAudioSink, vmc_audio_sink, G_TYPE_OBJECT)

static void
vmc_audio_sink_default_init (VmcAudioSinkInterface *iface)
{
}

gboolean
vmc_audio_sink_begin (VmcAudioSink  *self,
                      GError       **error)
{
  g_return_val_if_fail (VMC_IS_AUDIO_SINK (self), FALSE);

  return VMC_AUDIO_SINK_GET_IFACE (self)->begin (self, error);
}

gboolean
vmc_audio_sink_write (VmcAudioSink  *self,
                      const gint16  *samples,
                      gsize          n,
                      GError       **error)
{
  g_return_val_if_fail (VMC_IS_AUDIO_SINK (self), FALSE);

  return VMC_AUDIO_SINK_GET_IFACE (self)->write (self, samples, n, error);
}

/* Returns: (transfer full) (nullable): the partial result as text */
char *
vmc_audio_sink_get_partial (VmcAudioSink *self)
{
  VmcAudioSinkInterface *iface;

  g_return_val_if_fail (VMC_IS_AUDIO_SINK (self), NULL);

  iface = VMC_AUDIO_SINK_GET_IFACE (self);
  return iface->get_partial ? iface->get_partial (self) : NULL;
}

gboolean
vmc_audio_sink_end (VmcAudioSink  *self,
                    GError       **error)
{
  g_return_val_if_fail (VMC_IS_AUDIO_SINK (self), FALSE);

  return VMC_AUDIO_SINK_GET_IFACE (self)->end (self, error);
}
