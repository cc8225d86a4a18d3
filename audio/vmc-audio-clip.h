/* vmc-audio-clip.h: a recording read once, shared by whoever shows, plays or analyses it
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The peaks are the lowest and highest sample of each block of this many seconds (20 ms): a
 * waveform draws them; a 30-minute recording has 90,000. */
#define VMC_AUDIO_CLIP_BLOCK_SECONDS 0.02

typedef struct _VmcAudioClip VmcAudioClip;

#define VMC_TYPE_AUDIO_CLIP (vmc_audio_clip_get_type ())
GType          vmc_audio_clip_get_type      (void) G_GNUC_CONST;

VmcAudioClip  *vmc_audio_clip_new_take      (gint16        *samples,
                                             gsize          n_samples,
                                             const char    *path);
VmcAudioClip  *vmc_audio_clip_load          (const char    *path,
                                             GCancellable  *cancellable,
                                             GError       **error);
VmcAudioClip  *vmc_audio_clip_ref           (VmcAudioClip  *self);
void           vmc_audio_clip_unref         (VmcAudioClip  *self);

const gint16  *vmc_audio_clip_get_samples   (const VmcAudioClip *self,
                                             gsize              *n_samples);
double         vmc_audio_clip_get_duration  (const VmcAudioClip *self);
const char    *vmc_audio_clip_get_path      (const VmcAudioClip *self);
const float   *vmc_audio_clip_get_peaks     (const VmcAudioClip *self,
                                             const float       **lows,
                                             gsize              *n_blocks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VmcAudioClip, vmc_audio_clip_unref)

G_END_DECLS
