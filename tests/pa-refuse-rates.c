/* pa-refuse-rates.c: LD_PRELOAD into a test to make PortAudio refuse sample rates
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * VMC_TEST_PA_REFUSE_RATES=16000 refuses 16 kHz only (as many USB microphones do);
 * =all refuses every rate. VMC_TEST_SRC_FAIL=1 makes libsamplerate's src_new() fail (as it
 * does when out of memory). Everything else is the real PortAudio and libsamplerate.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include <portaudio.h>
#include <samplerate.h>

SRC_STATE *
src_new (int  converter,
         int  channels,
         int *error)
{
  SRC_STATE *(*real) (int, int, int *) = (SRC_STATE *(*) (int, int, int *)) dlsym (RTLD_NEXT, "src_new");

  if (getenv ("VMC_TEST_SRC_FAIL"))
    {
      if (error)
        *error = 1;   /* SRC_ERR_MALLOC_FAILED */
      return NULL;
    }
  return real (converter, channels, error);
}

static int
refused (double rate)
{
  const char *what = getenv ("VMC_TEST_PA_REFUSE_RATES");

  if (what == NULL)
    return 0;
  if (strcmp (what, "all") == 0)
    return 1;
  return atof (what) == rate;
}

PaError
Pa_IsFormatSupported (const PaStreamParameters *in,
                      const PaStreamParameters *out,
                      double                    rate)
{
  PaError (*real) (const PaStreamParameters *, const PaStreamParameters *, double) =
    (PaError (*) (const PaStreamParameters *, const PaStreamParameters *, double))
      dlsym (RTLD_NEXT, "Pa_IsFormatSupported");

  return in && refused (rate) ? paInvalidSampleRate : real (in, out, rate);
}

PaError
Pa_OpenStream (PaStream                 **stream,
               const PaStreamParameters  *in,
               const PaStreamParameters  *out,
               double                     rate,
               unsigned long              frames,
               PaStreamFlags              flags,
               PaStreamCallback          *callback,
               void                      *data)
{
  PaError (*real) (PaStream **, const PaStreamParameters *, const PaStreamParameters *, double,
                   unsigned long, PaStreamFlags, PaStreamCallback *, void *) =
    (PaError (*) (PaStream **, const PaStreamParameters *, const PaStreamParameters *, double,
                  unsigned long, PaStreamFlags, PaStreamCallback *, void *))
      dlsym (RTLD_NEXT, "Pa_OpenStream");

  return in && refused (rate) ? paInvalidSampleRate
                              : real (stream, in, out, rate, frames, flags, callback, data);
}
