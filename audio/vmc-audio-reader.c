/* vmc-audio-reader.c: stream any audio file as 16 kHz mono samples
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libsndfile decodes (WAV, FLAC, Ogg Vorbis and the rest it knows), we mix down to mono and
 * libsamplerate converts to VMC_AUDIO_RATE. Everything works block by block so that a
 * 30-minute file never sits in memory whole.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <samplerate.h>
#include <stdio.h>
#include <sndfile.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "vmc-audio-reader.h"

#define BLOCK_FRAMES 4096

struct _VmcAudioReader
{
  GObject     parent_instance;

  char       *path;
  char       *display_name;
  SNDFILE    *sf;
  SF_INFO     info;
  SRC_STATE  *src;
  double      ratio;

  float      *in_block;      /* interleaved, BLOCK_FRAMES * channels */
  float      *mono;          /* BLOCK_FRAMES, input of the resampler */
  gsize       mono_len;
  gsize       mono_pos;
  float      *out;           /* resampled, not yet handed out */
  gsize       out_cap;
  gsize       out_len;
  gsize       out_pos;

  sf_count_t  frames_read;
  gboolean    input_done;
  gboolean    flushed;
};

G_DEFINE_QUARK (vmc-audio-error-quark, vmc_audio_error)

G_DEFINE_FINAL_TYPE (VmcAudioReader, vmc_audio_reader, G_TYPE_OBJECT)

static void
vmc_audio_reader_finalize (GObject *object)
{
  VmcAudioReader *self = (VmcAudioReader *)object;

  g_clear_pointer (&self->sf, sf_close);
  g_clear_pointer (&self->src, src_delete);
  g_clear_pointer (&self->in_block, g_free);
  g_clear_pointer (&self->mono, g_free);
  g_clear_pointer (&self->out, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (vmc_audio_reader_parent_class)->finalize (object);
}

static void
vmc_audio_reader_class_init (VmcAudioReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vmc_audio_reader_finalize;
}

static void
vmc_audio_reader_init (VmcAudioReader *self)
{
}

/* libsndfile quietly shortens a WAV or AIFF whose data chunk runs past the end of the file,
 * noting "data : 96000 (should be 47956)" in its log. A header that promises less than the
 * file holds is left alone: that is what an unfinished recording looks like. */
static gboolean
header_promises_more (SNDFILE *sf)
{
  char log[4096];
  const char *line;

  sf_command (sf, SFC_GET_LOG_INFO, log, sizeof log);
  for (line = strstr (log, "data : "); line != NULL; line = strstr (line + 1, "data : "))
    {
      unsigned long long said = 0, real = 0;

      if (sscanf (line, "data : %llu (should be %llu)", &said, &real) == 2 && said > real)
        return TRUE;
    }
  return FALSE;
}

/* libsndfile answers "format not recognised" both for files that are not audio at all and
 * for audio files whose header is damaged; the extension tells a user which one they have. */
static gboolean
has_audio_extension (const char *path)
{
  static const char * const exts[] = { ".wav", ".wave", ".flac", ".ogg", ".oga", ".aiff", ".aif", ".au", NULL };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; exts[i]; i++)
    if (g_str_has_suffix (lower, exts[i]))
      return TRUE;
  return FALSE;
}

static gboolean
check_file (const char  *path,
            const char  *name,
            GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT || saved == ENOTDIR)
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_FOUND,
                     _("%s: no such file. Check the name and the folder."), name);
      else
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_ACCESS,
                     _("%s: cannot read it (%s)."), name, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_AUDIO,
                   _("%s is a folder, not an audio file. Choose a WAV, FLAC or Ogg file."), name);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_EMPTY,
                   _("%s is empty (0 bytes). Record the message again or choose another file."), name);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_ACCESS,
                   _("%s: cannot read it (%s). Check its permissions."), name, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * vmc_audio_reader_open:
 * @path: a file in any format libsndfile reads
 * @error: a #VMC_AUDIO_ERROR naming the file and what is wrong with it
 *
 * Returns: (transfer full): a reader positioned at the start, or %NULL
 */
VmcAudioReader *
vmc_audio_reader_open (const char  *path,
                       GError     **error)
{
  g_autoptr(VmcAudioReader) self = NULL;
  g_autofree char *name = NULL;
  int err = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_basename (path);
  if (!check_file (path, name, error))
    return NULL;

  self = g_object_new (VMC_TYPE_AUDIO_READER, NULL);
  self->path = g_strdup (path);
  self->display_name = g_steal_pointer (&name);
  self->sf = sf_open (path, SFM_READ, &self->info);

  if (self->sf == NULL)
    {
      err = sf_error (NULL);
      if (err == SF_ERR_UNRECOGNISED_FORMAT && !has_audio_extension (path))
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_AUDIO,
                     _("%s is not an audio file this app can read. Use WAV, FLAC or Ogg Vorbis."),
                     self->display_name);
      else if (err == SF_ERR_UNSUPPORTED_ENCODING)
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_AUDIO,
                     _("%s uses an audio encoding this app cannot decode. Convert it to WAV, FLAC or Ogg Vorbis."),
                     self->display_name);
      else
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT,
                     _("%s is damaged and cannot be decoded (%s). Export or record it again."),
                     self->display_name, sf_strerror (NULL));
      return NULL;
    }

  if (self->info.channels < 1 || self->info.samplerate < 1000 || self->info.samplerate > 768000)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT,
                   _("%s has an impossible header (%d channels at %d Hz). Export or record it again."),
                   self->display_name, self->info.channels, self->info.samplerate);
      return NULL;
    }

  if (self->info.frames <= 0)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_EMPTY,
                   _("%s holds no audio. Record the message again or choose another file."),
                   self->display_name);
      return NULL;
    }

  if (header_promises_more (self->sf))
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TRUNCATED,
                   _("%s is cut short: its header promises more audio than the file holds. "
                   "It may have been copied or saved incompletely; copy or export it again."),
                   self->display_name);
      return NULL;
    }

  if (vmc_audio_reader_get_duration (self) < VMC_AUDIO_MIN_SECONDS)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TOO_SHORT,
                   _("%s is only %.2f s long, too short to hold a spoken message. "
                   "Record at least a few seconds."),
                   self->display_name, vmc_audio_reader_get_duration (self));
      return NULL;
    }

  self->ratio = (double)VMC_AUDIO_RATE / self->info.samplerate;
  if (self->info.samplerate != VMC_AUDIO_RATE)
    {
      self->src = src_new (SRC_SINC_MEDIUM_QUALITY, 1, &err);
      if (self->src == NULL)
        {
          g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                       _("%s: cannot set up the sample rate converter (%s)."),
                       self->display_name, src_strerror (err));
          return NULL;
        }
    }

  self->in_block = g_new (float, (gsize)BLOCK_FRAMES * self->info.channels);
  self->mono = g_new (float, BLOCK_FRAMES);
  self->out_cap = (gsize)(BLOCK_FRAMES * self->ratio) + 64;
  self->out = g_new (float, self->out_cap);

  /* Integer formats arrive as floats in -1..1, whatever their bit depth. */
  sf_command (self->sf, SFC_SET_NORM_FLOAT, NULL, SF_TRUE);

  return g_steal_pointer (&self);
}

static gboolean
fill_mono (VmcAudioReader  *self,
           GError         **error)
{
  sf_count_t got;
  int ch = self->info.channels;

  got = sf_readf_float (self->sf, self->in_block, BLOCK_FRAMES);
  if (got < 0 || (got == 0 && sf_error (self->sf) != SF_ERR_NO_ERROR))
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT,
                   _("%s is damaged after %.1f s (%s). Export or record it again."),
                   self->display_name, (double)self->frames_read / self->info.samplerate,
                   sf_strerror (self->sf));
      return FALSE;
    }

  if (got == 0)
    {
      /* Compressed formats know their length from the header; stopping early means
       * the rest of the stream is missing. Allow a block of slack for encoder padding. */
      if (self->frames_read + BLOCK_FRAMES < self->info.frames)
        {
          g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_TRUNCATED,
                       _("%s is cut short: it ends at %.1f s of the %.1f s its header promises. "
                       "Copy or export it again."),
                       self->display_name, (double)self->frames_read / self->info.samplerate,
                       vmc_audio_reader_get_duration (self));
          return FALSE;
        }
      self->input_done = TRUE;
      self->mono_len = self->mono_pos = 0;
      return TRUE;
    }

  self->frames_read += got;
  for (sf_count_t i = 0; i < got; i++)
    {
      float sum = 0.f;

      for (int c = 0; c < ch; c++)
        sum += self->in_block[i * ch + c];
      self->mono[i] = sum / ch;
    }
  self->mono_len = (gsize)got;
  self->mono_pos = 0;
  return TRUE;
}

/* Produces the next run of output samples into self->out. FALSE with no error at the end. */
static gboolean
produce (VmcAudioReader  *self,
         GError         **error)
{
  while (TRUE)
    {
      SRC_DATA data = { 0 };
      int err;

      if (self->mono_pos >= self->mono_len && !self->input_done)
        if (!fill_mono (self, error))
          return FALSE;

      if (self->src == NULL)
        {
          if (self->input_done)
            return FALSE;
          memcpy (self->out, self->mono, self->mono_len * sizeof (float));
          self->out_len = self->mono_len;
          self->out_pos = 0;
          self->mono_pos = self->mono_len;
          return TRUE;
        }

      if (self->flushed)
        return FALSE;

      data.data_in = self->mono + self->mono_pos;
      data.input_frames = (long)(self->mono_len - self->mono_pos);
      data.data_out = self->out;
      data.output_frames = (long)self->out_cap;
      data.src_ratio = self->ratio;
      data.end_of_input = self->input_done;

      if ((err = src_process (self->src, &data)) != 0)
        {
          g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                       _("%s: sample rate conversion failed (%s)."),
                       self->display_name, src_strerror (err));
          return FALSE;
        }
      self->mono_pos += (gsize)data.input_frames_used;
      self->out_len = (gsize)data.output_frames_gen;
      self->out_pos = 0;

      if (self->input_done && data.output_frames_gen == 0)
        self->flushed = TRUE;
      if (self->out_len > 0)
        return TRUE;
    }
}

/**
 * vmc_audio_reader_read:
 * @self: a reader
 * @samples: (out caller-allocates): room for @n_samples
 * @n_samples: how many to read at most
 * @error: a #VMC_AUDIO_ERROR when the file turns out damaged
 *
 * Reads the next samples, 16-bit mono at %VMC_AUDIO_RATE.
 *
 * Returns: the number of samples read, 0 at the end, -1 on error
 */
gssize
vmc_audio_reader_read (VmcAudioReader  *self,
                       gint16          *samples,
                       gsize            n_samples,
                       GError         **error)
{
  gsize done = 0;

  g_return_val_if_fail (VMC_IS_AUDIO_READER (self), -1);
  g_return_val_if_fail (samples != NULL || n_samples == 0, -1);

  while (done < n_samples)
    {
      gsize n;

      if (self->out_pos >= self->out_len)
        {
          g_autoptr(GError) local_error = NULL;

          if (!produce (self, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return -1;
                }
              break;
            }
        }

      n = MIN (n_samples - done, self->out_len - self->out_pos);
      src_float_to_short_array (self->out + self->out_pos, samples + done, (int)n);
      self->out_pos += n;
      done += n;
    }

  return (gssize)done;
}

double
vmc_audio_reader_get_duration (VmcAudioReader *self)
{
  g_return_val_if_fail (VMC_IS_AUDIO_READER (self), 0.0);

  return (double)self->info.frames / self->info.samplerate;
}

int
vmc_audio_reader_get_source_rate (VmcAudioReader *self)
{
  g_return_val_if_fail (VMC_IS_AUDIO_READER (self), 0);

  return self->info.samplerate;
}

int
vmc_audio_reader_get_source_channels (VmcAudioReader *self)
{
  g_return_val_if_fail (VMC_IS_AUDIO_READER (self), 0);

  return self->info.channels;
}

const char *
vmc_audio_reader_get_path (VmcAudioReader *self)
{
  g_return_val_if_fail (VMC_IS_AUDIO_READER (self), NULL);

  return self->path;
}

/**
 * vmc_audio_read_all:
 * @path: an audio file
 * @n_samples: (out): the number of samples returned
 * @error: a #VMC_AUDIO_ERROR
 *
 * Reads a whole (short) file at once; for tests and small clips. Long files should be
 * streamed with vmc_audio_reader_read().
 *
 * Returns: (transfer full): 16 kHz mono samples, or %NULL
 */
gint16 *
vmc_audio_read_all (const char  *path,
                    gsize       *n_samples,
                    GError     **error)
{
  g_autoptr(VmcAudioReader) reader = NULL;
  g_autoptr(GArray) buf = NULL;
  gint16 block[4096];
  gssize n;

  g_return_val_if_fail (n_samples != NULL, NULL);

  if (!(reader = vmc_audio_reader_open (path, error)))
    return NULL;

  buf = g_array_new (FALSE, FALSE, sizeof (gint16));
  while ((n = vmc_audio_reader_read (reader, block, G_N_ELEMENTS (block), error)) > 0)
    g_array_append_vals (buf, block, (guint)n);
  if (n < 0)
    return NULL;

  *n_samples = buf->len;
  return (gint16 *)(void *)g_array_free (g_steal_pointer (&buf), FALSE);
}
