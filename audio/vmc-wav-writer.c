/* vmc-wav-writer.c: a recording written as it arrives, valid at every moment, recoverable
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The samples go to "<name>.part", a 16-bit PCM WAV whose header libsndfile rewrites after
 * every write (SFC_SET_UPDATE_HEADER_AUTO): killed at any moment, the file is a valid WAV of
 * all it holds. It is synced to the disk at least once a second of audio, and locked
 * (flock) while being written so that the recovery of another instance leaves it alone.
 * Finishing renames it to "<name>". A ".part" left behind (a crash, a power cut) is made
 * whole again by vmc_wav_recover(): its header is set from the length of the file.
 */
#define G_LOG_DOMAIN "vmc-audio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sndfile.h>

#include "vmc-audio-reader.h"
#include "vmc-wav-writer.h"

struct _VmcWavWriter
{
  char *path;        /* the final name */
  char *part;        /* the name while recording */
  int fd;
  SNDFILE *sf;
  int rate;
  guint64 frames;
  guint64 synced;    /* frames at the last fsync */
  int write_errno;   /* the errno of the last failed write, for the message */
  gboolean finished;
};

/* ---- libsndfile's I/O over our own descriptor (we keep it for flock and errno) ---- */

static sf_count_t
io_get_filelen (void *data)
{
  VmcWavWriter *self = data;
  struct stat st;

  return fstat (self->fd, &st) == 0 ? st.st_size : -1;
}

static sf_count_t
io_seek (sf_count_t offset,
         int        whence,
         void      *data)
{
  VmcWavWriter *self = data;

  return lseek (self->fd, offset, whence);
}

static sf_count_t
io_read (void       *ptr,
         sf_count_t  count,
         void       *data)
{
  VmcWavWriter *self = data;
  ssize_t n;

  do
    n = read (self->fd, ptr, count);
  while (n < 0 && errno == EINTR);
  return n < 0 ? 0 : n;
}

static sf_count_t
io_write (const void *ptr,
          sf_count_t  count,
          void       *data)
{
  VmcWavWriter *self = data;
  sf_count_t done = 0;

  while (done < count)
    {
      ssize_t n = write (self->fd, (const char *)ptr + done, count - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          self->write_errno = n < 0 ? errno : ENOSPC;
          break;
        }
      done += n;
    }
  return done;
}

static sf_count_t
io_tell (void *data)
{
  VmcWavWriter *self = data;

  return lseek (self->fd, 0, SEEK_CUR);
}

static SF_VIRTUAL_IO io = { io_get_filelen, io_seek, io_read, io_write, io_tell };

static gboolean
is_disk_full (int err)
{
  return err == ENOSPC || err == EFBIG || err == EDQUOT;
}

static void
set_write_error (VmcWavWriter  *self,
                 int            err,
                 GError       **error)
{
  double seconds = (double)self->frames / self->rate;

  if (is_disk_full (err))
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_DISK_FULL,
                 _("The disk is full: “%s” could not grow past %.1f s. What was recorded up to "
                 "then is kept. Free some space and record again."), self->path, seconds);
  else
    g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                 _("Could not write “%s” after %.1f s: %s. What was recorded up to then is kept."),
                 self->path, seconds, g_strerror (err));
}

/**
 * vmc_wav_writer_new:
 * @path: the name the recording will have when finished; it is written as @path.part
 * @rate: samples a second (mono, 16 bits)
 *
 * Returns: (transfer full): the writer, or %NULL with a #VMC_AUDIO_ERROR
 */
VmcWavWriter *
vmc_wav_writer_new (const char  *path,
                    int          rate,
                    GError     **error)
{
  g_autoptr(VmcWavWriter) self = g_new0 (VmcWavWriter, 1);
  g_autofree char *dir = g_path_get_dirname (path);
  SF_INFO info = { .samplerate = rate, .channels = 1, .format = SF_FORMAT_WAV | SF_FORMAT_PCM_16 };

  g_return_val_if_fail (path != NULL && rate > 0, NULL);

  self->path = g_strdup (path);
  self->part = g_strconcat (path, VMC_WAV_PART_SUFFIX, NULL);
  self->rate = rate;
  self->fd = -1;
  if (g_mkdir_with_parents (dir, 0700) < 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR, is_disk_full (err) ? VMC_AUDIO_ERROR_DISK_FULL :
                   VMC_AUDIO_ERROR_ACCESS, _("Could not make the folder “%s” for recordings: %s. "
                   "Check that it can be written."), dir, g_strerror (err));
      return NULL;
    }
  self->fd = g_open (self->part, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR,
                   is_disk_full (err) ? VMC_AUDIO_ERROR_DISK_FULL :
                   err == EEXIST ? VMC_AUDIO_ERROR_FAILED : VMC_AUDIO_ERROR_ACCESS,
                   _("Could not start the recording “%s”: %s.%s"), self->part, g_strerror (err),
                   is_disk_full (err) ? _(" Free some space and record again.") :
                   _(" Check that the folder can be written."));
      return NULL;
    }
  if (flock (self->fd, LOCK_EX | LOCK_NB) < 0)
    g_warning ("Could not lock %s: %s", self->part, g_strerror (errno));
  self->sf = sf_open_virtual (&io, SFM_RDWR, &info, self);
  if (self->sf == NULL)
    {
      int err = self->write_errno;

      if (err)
        set_write_error (self, err, error);
      else
        g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                     _("Could not start the recording “%s”: %s."), self->part, sf_strerror (NULL));
      g_unlink (self->part);
      return NULL;
    }
  sf_command (self->sf, SFC_SET_UPDATE_HEADER_AUTO, NULL, SF_TRUE);
  return g_steal_pointer (&self);
}

/**
 * vmc_wav_writer_write:
 *
 * Appends samples. On a failed write (a full disk) the file still holds, valid, every sample
 * written before; the error says so.
 */
gboolean
vmc_wav_writer_write (VmcWavWriter  *self,
                      const gint16  *samples,
                      gsize          n,
                      GError       **error)
{
  sf_count_t done;

  g_return_val_if_fail (self != NULL && self->sf != NULL && !self->finished, FALSE);

  self->write_errno = 0;
  done = sf_write_short (self->sf, samples, n);
  self->frames += done > 0 ? done : 0;
  if (done < (sf_count_t)n)
    {
      set_write_error (self, self->write_errno ? self->write_errno : EIO, error);
      return FALSE;
    }
  if (self->frames - self->synced >= (guint64)self->rate)
    {
      fdatasync (self->fd);
      self->synced = self->frames;
    }
  return TRUE;
}

guint64
vmc_wav_writer_get_frames (VmcWavWriter *self)
{
  return self->frames;
}

/* The final name, which the file has once finished */
const char *
vmc_wav_writer_get_path (VmcWavWriter *self)
{
  return self->path;
}

static void
sync_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * vmc_wav_writer_finish:
 *
 * Closes the file, syncs it and gives it its final name. Call it after a write error too:
 * what was written is a recording.
 */
gboolean
vmc_wav_writer_finish (VmcWavWriter  *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL && !self->finished, FALSE);

  self->finished = TRUE;
  if (self->sf)
    sf_close (g_steal_pointer (&self->sf));
  fsync (self->fd);
  close (self->fd);   /* drops the lock */
  self->fd = -1;
  if (g_rename (self->part, self->path) < 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("The recording is in “%s” but could not be renamed to “%s”: %s."),
                   self->part, self->path, g_strerror (err));
      return FALSE;
    }
  sync_directory (self->path);
  return TRUE;
}

/**
 * vmc_wav_writer_free:
 *
 * Frees the writer. An unfinished recording stays as its ".part", which
 * vmc_wav_recover() turns into a recording: nothing recorded is thrown away.
 */
void
vmc_wav_writer_free (VmcWavWriter *self)
{
  if (self == NULL)
    return;
  if (self->sf)
    sf_close (self->sf);
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->path);
  g_free (self->part);
  g_free (self);
}

/* ---- recovery ---- */

static gboolean
is_locked (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean locked;

  if (fd < 0)
    return TRUE;
  locked = flock (fd, LOCK_EX | LOCK_NB) < 0 && errno == EWOULDBLOCK;
  close (fd);
  return locked;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * vmc_wav_find_unfinished:
 * @directory: where recordings are kept
 *
 * Returns: (transfer full) (element-type filename): the recordings a crash or a kill left
 *   unfinished in @directory (not those another instance is still writing), oldest first
 */
GPtrArray *
vmc_wav_find_unfinished (const char *directory)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  if (dir == NULL)
    return found;
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (name, ".wav" VMC_WAV_PART_SUFFIX))
        continue;
      path = g_build_filename (directory, name, NULL);
      if (!is_locked (path))
        g_ptr_array_add (found, g_steal_pointer (&path));
    }
  g_ptr_array_sort (found, compare_paths);
  return found;
}

static guint32
le32 (const guint8 *p)
{
  return p[0] | p[1] << 8 | (guint32)p[2] << 16 | (guint32)p[3] << 24;
}

static gboolean
put_le32 (int      fd,
          off_t    at,
          guint32  value)
{
  guint8 b[4] = { value & 0xff, value >> 8 & 0xff, value >> 16 & 0xff, value >> 24 & 0xff };

  return pwrite (fd, b, 4, at) == 4;
}

/**
 * vmc_wav_recover:
 * @part_path: a recording left unfinished ("….wav.part")
 *
 * Makes it a whole recording again: its header is set from what the file holds (a last
 * incomplete sample is cut), and it takes its final name.
 *
 * Returns: (transfer full): the recording's path, or %NULL with a #VMC_AUDIO_ERROR
 */
char *
vmc_wav_recover (const char  *part_path,
                 GError     **error)
{
  g_autofree char *path = NULL;
  guint8 head[12], chunk[8], fmt[16];
  off_t pos = 12, len, data_at = -1;
  guint block = 0;
  struct stat st;
  int fd;

  g_return_val_if_fail (g_str_has_suffix (part_path, VMC_WAV_PART_SUFFIX), NULL);

  path = g_strndup (part_path, strlen (part_path) - strlen (VMC_WAV_PART_SUFFIX));
  fd = g_open (part_path, O_RDWR | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR,
                   err == ENOENT ? VMC_AUDIO_ERROR_NOT_FOUND : VMC_AUDIO_ERROR_ACCESS,
                   _("Could not open the unfinished recording “%s”: %s."), part_path, g_strerror (err));
      return NULL;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) < 0)
    {
      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("“%s” is still being recorded by another Voicemail Coach."), part_path);
      close (fd);
      return NULL;
    }
  fstat (fd, &st);
  len = st.st_size;
  if (pread (fd, head, 12, 0) != 12 || memcmp (head, "RIFF", 4) != 0 ||
      memcmp (head + 8, "WAVE", 4) != 0)
    goto corrupt;
  /* the chunks up to "data"; its size is whatever follows it */
  while (pos + 8 <= len && pread (fd, chunk, 8, pos) == 8)
    {
      guint32 size = le32 (chunk + 4);

      if (memcmp (chunk, "fmt ", 4) == 0 && size >= 16 && pread (fd, fmt, 16, pos + 8) == 16)
        block = fmt[12] | fmt[13] << 8;
      if (memcmp (chunk, "data", 4) == 0)
        {
          data_at = pos + 8;
          break;
        }
      pos += 8 + size + (size & 1);
    }
  if (data_at < 0 || block == 0)
    goto corrupt;
  {
    guint32 data_size = (guint32)((len - data_at) / block * block);

    if (!put_le32 (fd, data_at - 4, data_size) ||
        !put_le32 (fd, 4, (guint32)(data_at + data_size - 8)) ||
        ftruncate (fd, data_at + data_size) < 0 || fsync (fd) < 0)
      {
        int err = errno;

        g_set_error (error, VMC_AUDIO_ERROR, is_disk_full (err) ? VMC_AUDIO_ERROR_DISK_FULL :
                     VMC_AUDIO_ERROR_FAILED, _("Could not repair the unfinished recording “%s”: "
                     "%s."), part_path, g_strerror (err));
        close (fd);
        return NULL;
      }
  }
  close (fd);
  if (g_rename (part_path, path) < 0)
    {
      int err = errno;

      g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_FAILED,
                   _("Could not rename the recovered recording “%s”: %s."), part_path,
                   g_strerror (err));
      return NULL;
    }
  sync_directory (path);
  return g_steal_pointer (&path);

corrupt:
  close (fd);
  g_set_error (error, VMC_AUDIO_ERROR, VMC_AUDIO_ERROR_CORRUPT,
               _("“%s” is not a recording Voicemail Coach can repair (no WAV header). It was left "
               "as it is."), part_path);
  return NULL;
}
