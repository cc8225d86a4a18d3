/* vmc-band.h: telling phone-band audio from wideband audio
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double   vmc_band_upper_share (const gint16 *samples,
                               gsize         n_samples);
gboolean vmc_band_is_narrow   (const gint16 *samples,
                               gsize         n_samples);

G_END_DECLS
