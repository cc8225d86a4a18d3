/* vmc-flac.c: a finished recording kept as FLAC, its WAV removed only once the FLAC is sure
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recording is written as WAV while it is made (crash-safe: vmc-wav-writer.c); once it is
 * finished it is kept as FLAC, lossless and about half the size. The FLAC is written beside
 * it under another name, synced, read back and compared sample by sample with the WAV, and
 * only then renamed into place; the caller removes the WAV after it has recorded the new
 * name. A failure at any point leaves the WAV as it was.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sndfile.h>

#include "vmc-audio-reader.h"
#include "vmc-flac.h"

#define BLOCK 8192

static gboolean
sync_path (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY, 0);
  int err;

  if (fd < 0 || fsync (fd) < 0)
    {
      err = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, VMC_AUDIO_ERROR, err == ENOSPC ? VMC_AUDIO_ERROR_DISK_FULL : VMC_AUDIO_ERROR_FAILED,
                   _("Could not save %s: %s."), path, g_strerror (err));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Whether @flac holds exactly the samples of @wav */
static gboolean
same_samples (const char *wav,
              const char *flac)
{
  SF_INFO a_info = { 0 }, b_info = { 0 };
  SNDFILE *a = sf_open (wav, SFM_READ, &a_info);
  SNDFILE *b = sf_open (flac, SFM_READ, &b_info);
  g_autofree short *x = g_new (short, BLOCK);
  g_autofree short *y = g_new (short, BLOCK);
  gboolean same = a && b && a_info.frames == b_info.frames && a_info.channels == b_info.channels &&
                  a_info.samplerate == b_info.samplerate;

  while (same)
    {
      sf_count_t n = sf_read_short (a, x, BLOCK), m = sf_read_short (b, y, BLOCK);

      same = n == m && memcmp (x, y, (size_t)n * sizeof (short)) == 0;
      if (n == 0)
        break;
    }
  if (a)
    sf_close (a);
  if (b)
    sf_close (b);
  return same;
}

/**
 * vmc_flac_from_wav:
 * @wav: a finished recording
 * @flac: the FLAC to make of it (replaced if there)
 * @error: a #VMC_AUDIO_ERROR
 *
 * Writes @wav again as FLAC, synced and checked: the same number of samples, the same
 * samples. @wav is left as it is (remove it once the new name is recorded).
 */
gboolean
vmc_flac_from_wav (const char  *wav,
                   const char  *flac,
                   GError     **error)
{
  g_autofree char *part = g_strconcat (flac, ".part", NULL);
  g_autofree short *buf = g_new (short, BLOCK);
  g_autofree char *dir = g_path_get_dirname (flac);
  SF_INFO in_info = { 0 }, out_info = { 0 };
  SNDFILE *in, *out;
  sf_count_t n;
  gboolean ok = TRUE;

  g_return_val_if_fail (wav != NULL && flac != NULL, FALSE);

  if (!(in = sf_open (wav, SFM_READ, &in_info)))
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_NOT_AUDIO,
                   _("Could not read the recording %s to keep it as FLAC: %s."), wav, sf_strerror (NULL));
      return FALSE;
    }
  out_info.samplerate = in_info.samplerate;
  out_info.channels = in_info.channels;
  out_info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
  if (!(out = sf_open (part, SFM_WRITE, &out_info)))
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR, err == ENOSPC ? VMC_AUDIO_ERROR_DISK_FULL : VMC_AUDIO_ERROR_ACCESS,
                   _("Could not write %s: %s. The recording is kept as WAV."), part, sf_strerror (NULL));
      sf_close (in);
      return FALSE;
    }
  while (ok && (n = sf_readf_short (in, buf, BLOCK / MAX (in_info.channels, 1))) > 0)
    ok = sf_writef_short (out, buf, n) == n;
  sf_close (in);
  if (sf_close (out) != 0 || !ok)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DISK_FULL,
                   _("Could not write %s (is the disk full?). The recording is kept as WAV."), part);
      g_unlink (part);
      return FALSE;
    }
  if (!sync_path (part, error))
    {
      g_unlink (part);
      return FALSE;
    }
  if (!same_samples (wav, part))
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT,
                   _("The FLAC written for %s does not read back as the recording. The recording "
                     "is kept as WAV."), wav);
      g_unlink (part);
      return FALSE;
    }
  if (g_rename (part, flac) != 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("Could not rename %s: %s. The recording is kept as WAV."), part, g_strerror (err));
      g_unlink (part);
      return FALSE;
    }
  /* the new name itself on disk */
  return sync_path (dir, error);
}
