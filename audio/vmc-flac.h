/* vmc-flac.h: a finished recording kept as FLAC, its WAV removed only once the FLAC is sure
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean vmc_flac_from_wav (const char  *wav,
                            const char  *flac,
                            GError     **error);

G_END_DECLS
