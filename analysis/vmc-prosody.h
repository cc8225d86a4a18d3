/* vmc-prosody.h: how the voice moves: pitch range and loudness variation
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double voiced_seconds;     /* how much of the audio had a clear pitch */
  double pitch_median_hz;
  double pitch_range_st;     /* 10th to 90th percentile of the pitch, in semitones */
  double pitch_stddev_st;    /* standard deviation of the pitch, in semitones */
  double energy_stddev_db;   /* standard deviation of the loudness of voiced frames */
} VmcProsody;

void vmc_prosody_preload (void);

void vmc_prosody_measure (const gint16 *samples,
                          gsize         n_samples,
                          int           rate,
                          VmcProsody   *out);

G_END_DECLS
