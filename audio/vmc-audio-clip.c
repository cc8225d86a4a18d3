/* vmc-audio-clip.c: a recording read once, shared by whoever shows, plays or analyses it
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is read (decoded, mixed to mono, converted to 16 kHz) once, in a worker, and the
 * peaks of the waveform are taken from the same samples there; the waveform, the player and
 * the analysis then share the clip by reference. Nothing changes a clip once it is made, so
 * any thread may read it.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vmc-audio-clip.h"
#include "vmc-audio-reader.h"

struct _VmcAudioClip
{
  gint16 *samples;        /* 16 kHz mono */
  gsize n_samples;
  char *path;             /* the file it was read from, or the recording's */
  float *highs;           /* per block of VMC_AUDIO_CLIP_BLOCK_SECONDS, -1..1 */
  float *lows;
  gsize n_blocks;
  gatomicrefcount ref_count;
};

G_DEFINE_BOXED_TYPE (VmcAudioClip, vmc_audio_clip, vmc_audio_clip_ref, vmc_audio_clip_unref)

static void
compute_peaks (VmcAudioClip *self)
{
  gsize block = (gsize)(VMC_AUDIO_RATE * VMC_AUDIO_CLIP_BLOCK_SECONDS);

  self->n_blocks = self->n_samples / block;
  self->highs = g_new (float, MAX (self->n_blocks, 1));
  self->lows = g_new (float, MAX (self->n_blocks, 1));
  for (gsize b = 0; b < self->n_blocks; b++)
    {
      const gint16 *s = self->samples + b * block;
      gint16 lo = 0, hi = 0;

      for (gsize i = 0; i < block; i++)
        {
          lo = MIN (lo, s[i]);
          hi = MAX (hi, s[i]);
        }
      self->lows[b] = lo / 32768.0f;
      self->highs[b] = hi / 32768.0f;
    }
}

/**
 * vmc_audio_clip_new_take:
 * @samples: (transfer full): 16 kHz mono samples (g_malloc'd)
 * @n_samples: how many
 * @path: (nullable): the file they are of
 *
 * Takes the samples of a recording already in memory (a finished recording) and measures
 * its peaks: call it from a worker for long recordings.
 *
 * Returns: (transfer full): the clip
 */
VmcAudioClip *
vmc_audio_clip_new_take (gint16     *samples,
                         gsize       n_samples,
                         const char *path)
{
  VmcAudioClip *self;

  g_return_val_if_fail (samples != NULL || n_samples == 0, NULL);

  self = g_new0 (VmcAudioClip, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->samples = samples ? samples : g_new0 (gint16, 1);
  self->n_samples = n_samples;
  self->path = g_strdup (path);
  compute_peaks (self);
  return self;
}

/**
 * vmc_audio_clip_load:
 * @path: an audio file (any the reader reads)
 * @cancellable: (nullable): to stop reading a long file
 * @error: a #VMC_AUDIO_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Reads the whole file at 16 kHz mono and measures its peaks. Blocks: call it from a worker.
 *
 * Returns: (transfer full): the clip, or %NULL
 */
VmcAudioClip *
vmc_audio_clip_load (const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(VmcAudioReader) reader = NULL;
  g_autoptr(GArray) buf = NULL;
  gint16 block[8192];
  gssize n;
  gsize n_samples;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(reader = vmc_audio_reader_open (path, error)))
    return NULL;
  /* room for the whole file at once: a 30-minute file is not copied as it grows */
  buf = g_array_sized_new (FALSE, FALSE, sizeof (gint16),
                           (guint)MIN (G_MAXUINT / 2, vmc_audio_reader_get_duration (reader) * VMC_AUDIO_RATE + 4096));
  while ((n = vmc_audio_reader_read (reader, block, G_N_ELEMENTS (block), error)) > 0)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      g_array_append_vals (buf, block, (guint)n);
    }
  if (n < 0)
    return NULL;
  n_samples = buf->len;
  return vmc_audio_clip_new_take ((gint16 *)(void *)g_array_free (g_steal_pointer (&buf), FALSE),
                                  n_samples, path);
}

VmcAudioClip *
vmc_audio_clip_ref (VmcAudioClip *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
vmc_audio_clip_unref (VmcAudioClip *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->samples);
  g_free (self->path);
  g_free (self->highs);
  g_free (self->lows);
  g_free (self);
}

/**
 * vmc_audio_clip_get_samples:
 * @n_samples: (out): how many
 *
 * Returns: (transfer none): the 16 kHz mono samples
 */
const gint16 *
vmc_audio_clip_get_samples (const VmcAudioClip *self,
                            gsize              *n_samples)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_samples)
    *n_samples = self->n_samples;
  return self->samples;
}

double
vmc_audio_clip_get_duration (const VmcAudioClip *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return (double)self->n_samples / VMC_AUDIO_RATE;
}

/* Returns: (nullable): the file the clip is of */
const char *
vmc_audio_clip_get_path (const VmcAudioClip *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/**
 * vmc_audio_clip_get_peaks:
 * @lows: (out) (optional): the lowest sample of each block, -1..0
 * @n_blocks: (out): how many blocks of %VMC_AUDIO_CLIP_BLOCK_SECONDS
 *
 * Returns: (transfer none): the highest sample of each block, 0..1
 */
const float *
vmc_audio_clip_get_peaks (const VmcAudioClip  *self,
                          const float        **lows,
                          gsize               *n_blocks)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_blocks != NULL, NULL);

  if (lows)
    *lows = self->lows;
  *n_blocks = self->n_blocks;
  return self->highs;
}
