/* vmc-portaudio-private.h: what the recorder and the player share about PortAudio
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <portaudio.h>

#include "vmc-portaudio.h"

G_BEGIN_DECLS

PaDeviceIndex vmc_portaudio_find_device (const char  *id,
                                         gboolean     input,
                                         GError     **error);
void          vmc_portaudio_close       (PaStream   **stream,
                                         gboolean    *acquired);
void          vmc_portaudio_set_error   (GError     **error,
                                         PaError      err,
                                         const char  *doing);

G_END_DECLS
