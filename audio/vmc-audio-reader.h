/* vmc-audio-reader.h: stream any audio file as 16 kHz mono samples
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * VMC_AUDIO_ERROR:
 *
 * Error domain for reading and writing audio. Each code says what a user can do about it.
 */
#define VMC_AUDIO_ERROR (vmc_audio_error_quark ())
GQuark vmc_audio_error_quark (void);

typedef enum {
  VMC_AUDIO_ERROR_NOT_FOUND,   /* no such file: check the path */
  VMC_AUDIO_ERROR_ACCESS,      /* the file cannot be read: check permissions */
  VMC_AUDIO_ERROR_EMPTY,       /* zero bytes, or a header with no samples */
  VMC_AUDIO_ERROR_NOT_AUDIO,   /* not a format we read: convert to WAV, FLAC or Ogg */
  VMC_AUDIO_ERROR_CORRUPT,     /* damaged inside: re-export or re-record */
  VMC_AUDIO_ERROR_TRUNCATED,   /* cut short: the end of the file is missing */
  VMC_AUDIO_ERROR_TOO_SHORT,   /* too short to hold a spoken message */
  VMC_AUDIO_ERROR_FAILED,      /* anything else (resampler, I/O) */
  VMC_AUDIO_ERROR_NO_DEVICE,   /* no microphone (or not the one chosen): plug one in, pick another */
  VMC_AUDIO_ERROR_DEVICE_BUSY, /* another program holds the microphone: close it */
  VMC_AUDIO_ERROR_DEVICE_LOST, /* the microphone went away while recording: what came is kept */
  VMC_AUDIO_ERROR_RATE_UNSUPPORTED, /* the device records at no rate we can use */
  VMC_AUDIO_ERROR_DISK_FULL,   /* no room to write: free space; what fit is kept */
} VmcAudioError;

/* The rate and channel count everything in analysis/ works at. */
#define VMC_AUDIO_RATE 16000

/* Shorter than this cannot hold even one word. */
#define VMC_AUDIO_MIN_SECONDS 0.3

#define VMC_TYPE_AUDIO_READER (vmc_audio_reader_get_type ())
G_DECLARE_FINAL_TYPE (VmcAudioReader, vmc_audio_reader, VMC, AUDIO_READER, GObject)

VmcAudioReader *vmc_audio_reader_open          (const char      *path,
                                                GError         **error);
gssize          vmc_audio_reader_read          (VmcAudioReader  *self,
                                                gint16          *samples,
                                                gsize            n_samples,
                                                GError         **error);
double          vmc_audio_reader_get_duration  (VmcAudioReader  *self);
int             vmc_audio_reader_get_source_rate     (VmcAudioReader *self);
int             vmc_audio_reader_get_source_channels (VmcAudioReader *self);
const char     *vmc_audio_reader_get_path      (VmcAudioReader  *self);

gint16         *vmc_audio_read_all             (const char      *path,
                                                gsize           *n_samples,
                                                GError         **error);

G_END_DECLS
